from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amendment_applied_discounts_item import AmendmentAppliedDiscountsItem
    from ..models.amendment_next_bill import AmendmentNextBill


T = TypeVar("T", bound="Amendment")


@_attrs_define
class Amendment:
    """
    Attributes:
        id (str):
        contract_id (str):
        status (str):
        applied_discounts (list[AmendmentAppliedDiscountsItem]):
        amendment_type (str):
        next_bill (AmendmentNextBill | Unset):
    """

    id: str
    contract_id: str
    status: str
    applied_discounts: list[AmendmentAppliedDiscountsItem]
    amendment_type: str
    next_bill: AmendmentNextBill | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contract_id = self.contract_id

        status = self.status

        applied_discounts = []
        for applied_discounts_item_data in self.applied_discounts:
            applied_discounts_item = applied_discounts_item_data.to_dict()
            applied_discounts.append(applied_discounts_item)

        amendment_type = self.amendment_type

        next_bill: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_bill, Unset):
            next_bill = self.next_bill.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "contractId": contract_id,
                "status": status,
                "appliedDiscounts": applied_discounts,
                "amendmentType": amendment_type,
            }
        )
        if next_bill is not UNSET:
            field_dict["nextBill"] = next_bill

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amendment_applied_discounts_item import (
            AmendmentAppliedDiscountsItem,
        )
        from ..models.amendment_next_bill import AmendmentNextBill

        d = dict(src_dict)
        id = d.pop("id")

        contract_id = d.pop("contractId")

        status = d.pop("status")

        applied_discounts = []
        _applied_discounts = d.pop("appliedDiscounts")
        for applied_discounts_item_data in _applied_discounts:
            applied_discounts_item = AmendmentAppliedDiscountsItem.from_dict(
                applied_discounts_item_data
            )

            applied_discounts.append(applied_discounts_item)

        amendment_type = d.pop("amendmentType")

        _next_bill = d.pop("nextBill", UNSET)
        next_bill: AmendmentNextBill | Unset
        if isinstance(_next_bill, Unset):
            next_bill = UNSET
        else:
            next_bill = AmendmentNextBill.from_dict(_next_bill)

        amendment = cls(
            id=id,
            contract_id=contract_id,
            status=status,
            applied_discounts=applied_discounts,
            amendment_type=amendment_type,
            next_bill=next_bill,
        )

        amendment.additional_properties = d
        return amendment

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
