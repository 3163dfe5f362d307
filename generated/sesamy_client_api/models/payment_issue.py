from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_issue_status import PaymentIssueStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentIssue")


@_attrs_define
class PaymentIssue:
    """
    Attributes:
        created_at (str):
        updated_at (str):
        status (PaymentIssueStatus):
        contract_id (str | Unset):  Example: 1d78271264b9c76d5842911dd70b4353.
        next_payment_at (str | Unset):
        manage_url (str | Unset):
    """

    created_at: str
    updated_at: str
    status: PaymentIssueStatus
    contract_id: str | Unset = UNSET
    next_payment_at: str | Unset = UNSET
    manage_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        updated_at = self.updated_at

        status = self.status.value

        contract_id = self.contract_id

        next_payment_at = self.next_payment_at

        manage_url = self.manage_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "updatedAt": updated_at,
                "status": status,
            }
        )
        if contract_id is not UNSET:
            field_dict["contractId"] = contract_id
        if next_payment_at is not UNSET:
            field_dict["nextPaymentAt"] = next_payment_at
        if manage_url is not UNSET:
            field_dict["manageUrl"] = manage_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        status = PaymentIssueStatus(d.pop("status"))

        contract_id = d.pop("contractId", UNSET)

        next_payment_at = d.pop("nextPaymentAt", UNSET)

        manage_url = d.pop("manageUrl", UNSET)

        payment_issue = cls(
            created_at=created_at,
            updated_at=updated_at,
            status=status,
            contract_id=contract_id,
            next_payment_at=next_payment_at,
            manage_url=manage_url,
        )

        payment_issue.additional_properties = d
        return payment_issue

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
