from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """
    Attributes:
        id (str):  Example: 1d78271264b9c76d5842911dd70b4353.
        amount (float):
        contract_id (str):
        is_refund (bool):
        user_id (str):
        bill_id (str):
        updated_at (str):
        created_at (str):
        currency (str | Unset):
    """

    id: str
    amount: float
    contract_id: str
    is_refund: bool
    user_id: str
    bill_id: str
    updated_at: str
    created_at: str
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        contract_id = self.contract_id

        is_refund = self.is_refund

        user_id = self.user_id

        bill_id = self.bill_id

        updated_at = self.updated_at

        created_at = self.created_at

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "amount": amount,
                "contractId": contract_id,
                "isRefund": is_refund,
                "userId": user_id,
                "billId": bill_id,
                "updatedAt": updated_at,
                "createdAt": created_at,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        amount = d.pop("amount")

        contract_id = d.pop("contractId")

        is_refund = d.pop("isRefund")

        user_id = d.pop("userId")

        bill_id = d.pop("billId")

        updated_at = d.pop("updatedAt")

        created_at = d.pop("createdAt")

        currency = d.pop("currency", UNSET)

        transaction = cls(
            id=id,
            amount=amount,
            contract_id=contract_id,
            is_refund=is_refund,
            user_id=user_id,
            bill_id=bill_id,
            updated_at=updated_at,
            created_at=created_at,
            currency=currency,
        )

        transaction.additional_properties = d
        return transaction

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
