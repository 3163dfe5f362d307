from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_items_item import BillItemsItem


T = TypeVar("T", bound="Bill")


@_attrs_define
class Bill:
    """
    Attributes:
        id (str):  Example: 1d78271264b9c76d5842911dd70b4353.
        items (list[BillItemsItem]):
        price (float):
        receipt_url (str):
        payment_provider (str):
        payment_method (str):
        status (str):
        updated_at (str):
        created_at (str):
        currency (str | Unset):
    """

    id: str
    items: list[BillItemsItem]
    price: float
    receipt_url: str
    payment_provider: str
    payment_method: str
    status: str
    updated_at: str
    created_at: str
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        price = self.price

        receipt_url = self.receipt_url

        payment_provider = self.payment_provider

        payment_method = self.payment_method

        status = self.status

        updated_at = self.updated_at

        created_at = self.created_at

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "items": items,
                "price": price,
                "receiptUrl": receipt_url,
                "paymentProvider": payment_provider,
                "paymentMethod": payment_method,
                "status": status,
                "updatedAt": updated_at,
                "createdAt": created_at,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bill_items_item import BillItemsItem

        d = dict(src_dict)
        id = d.pop("id")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = BillItemsItem.from_dict(items_item_data)

            items.append(items_item)

        price = d.pop("price")

        receipt_url = d.pop("receiptUrl")

        payment_provider = d.pop("paymentProvider")

        payment_method = d.pop("paymentMethod")

        status = d.pop("status")

        updated_at = d.pop("updatedAt")

        created_at = d.pop("createdAt")

        currency = d.pop("currency", UNSET)

        bill = cls(
            id=id,
            items=items,
            price=price,
            receipt_url=receipt_url,
            payment_provider=payment_provider,
            payment_method=payment_method,
            status=status,
            updated_at=updated_at,
            created_at=created_at,
            currency=currency,
        )

        bill.additional_properties = d
        return bill

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
