from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_contract_duration import ContractContractDuration
from ..models.contract_recurring_interval import ContractRecurringInterval
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contract_applied_discounts_item import ContractAppliedDiscountsItem
    from ..models.contract_items_item import ContractItemsItem
    from ..models.contract_payment_data import ContractPaymentData


T = TypeVar("T", bound="Contract")


@_attrs_define
class Contract:
    """
    Attributes:
        id (str):  Example: 1d78271264b9c76d5842911dd70b4353.
        name (str):
        user_id (str):
        created_at (str):
        updated_at (str):
        price (float):
        next_bill_at (None | str):
        next_price (float | None):
        currency (str):
        items (list[ContractItemsItem]):
        status (str):
        is_active (bool):
        will_cancel_at (None | str):
        applied_discounts (list[ContractAppliedDiscountsItem]):
        manage_url (str | Unset):
        contract_duration (ContractContractDuration | Unset):
        issues_remaining (float | Unset):
        recurring_interval (ContractRecurringInterval | Unset):
        recurring_time (float | Unset):
        expires_at (str | Unset):
        payment_data (ContractPaymentData | Unset):
    """

    id: str
    name: str
    user_id: str
    created_at: str
    updated_at: str
    price: float
    next_bill_at: None | str
    next_price: float | None
    currency: str
    items: list[ContractItemsItem]
    status: str
    is_active: bool
    will_cancel_at: None | str
    applied_discounts: list[ContractAppliedDiscountsItem]
    manage_url: str | Unset = UNSET
    contract_duration: ContractContractDuration | Unset = UNSET
    issues_remaining: float | Unset = UNSET
    recurring_interval: ContractRecurringInterval | Unset = UNSET
    recurring_time: float | Unset = UNSET
    expires_at: str | Unset = UNSET
    payment_data: ContractPaymentData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        user_id = self.user_id

        created_at = self.created_at

        updated_at = self.updated_at

        price = self.price

        next_bill_at: None | str
        next_bill_at = self.next_bill_at

        next_price: float | None
        next_price = self.next_price

        currency = self.currency

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        status = self.status

        is_active = self.is_active

        will_cancel_at: None | str
        will_cancel_at = self.will_cancel_at

        applied_discounts = []
        for applied_discounts_item_data in self.applied_discounts:
            applied_discounts_item = applied_discounts_item_data.to_dict()
            applied_discounts.append(applied_discounts_item)

        manage_url = self.manage_url

        contract_duration: str | Unset = UNSET
        if not isinstance(self.contract_duration, Unset):
            contract_duration = self.contract_duration.value

        issues_remaining = self.issues_remaining

        recurring_interval: str | Unset = UNSET
        if not isinstance(self.recurring_interval, Unset):
            recurring_interval = self.recurring_interval.value

        recurring_time = self.recurring_time

        expires_at = self.expires_at

        payment_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_data, Unset):
            payment_data = self.payment_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "userId": user_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "price": price,
                "nextBillAt": next_bill_at,
                "nextPrice": next_price,
                "currency": currency,
                "items": items,
                "status": status,
                "isActive": is_active,
                "willCancelAt": will_cancel_at,
                "appliedDiscounts": applied_discounts,
            }
        )
        if manage_url is not UNSET:
            field_dict["manageUrl"] = manage_url
        if contract_duration is not UNSET:
            field_dict["contractDuration"] = contract_duration
        if issues_remaining is not UNSET:
            field_dict["issuesRemaining"] = issues_remaining
        if recurring_interval is not UNSET:
            field_dict["recurringInterval"] = recurring_interval
        if recurring_time is not UNSET:
            field_dict["recurringTime"] = recurring_time
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if payment_data is not UNSET:
            field_dict["paymentData"] = payment_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contract_applied_discounts_item import (
            ContractAppliedDiscountsItem,
        )
        from ..models.contract_items_item import ContractItemsItem
        from ..models.contract_payment_data import ContractPaymentData

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        user_id = d.pop("userId")

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        price = d.pop("price")

        def _parse_next_bill_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_bill_at = _parse_next_bill_at(d.pop("nextBillAt"))

        def _parse_next_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        next_price = _parse_next_price(d.pop("nextPrice"))

        currency = d.pop("currency")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ContractItemsItem.from_dict(items_item_data)

            items.append(items_item)

        status = d.pop("status")

        is_active = d.pop("isActive")

        def _parse_will_cancel_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        will_cancel_at = _parse_will_cancel_at(d.pop("willCancelAt"))

        applied_discounts = []
        _applied_discounts = d.pop("appliedDiscounts")
        for applied_discounts_item_data in _applied_discounts:
            applied_discounts_item = ContractAppliedDiscountsItem.from_dict(
                applied_discounts_item_data
            )

            applied_discounts.append(applied_discounts_item)

        manage_url = d.pop("manageUrl", UNSET)

        _contract_duration = d.pop("contractDuration", UNSET)
        contract_duration: ContractContractDuration | Unset
        if isinstance(_contract_duration, Unset):
            contract_duration = UNSET
        else:
            contract_duration = ContractContractDuration(_contract_duration)

        issues_remaining = d.pop("issuesRemaining", UNSET)

        _recurring_interval = d.pop("recurringInterval", UNSET)
        recurring_interval: ContractRecurringInterval | Unset
        if isinstance(_recurring_interval, Unset):
            recurring_interval = UNSET
        else:
            recurring_interval = ContractRecurringInterval(_recurring_interval)

        recurring_time = d.pop("recurringTime", UNSET)

        expires_at = d.pop("expiresAt", UNSET)

        _payment_data = d.pop("paymentData", UNSET)
        payment_data: ContractPaymentData | Unset
        if isinstance(_payment_data, Unset):
            payment_data = UNSET
        else:
            payment_data = ContractPaymentData.from_dict(_payment_data)

        contract = cls(
            id=id,
            name=name,
            user_id=user_id,
            created_at=created_at,
            updated_at=updated_at,
            price=price,
            next_bill_at=next_bill_at,
            next_price=next_price,
            currency=currency,
            items=items,
            status=status,
            is_active=is_active,
            will_cancel_at=will_cancel_at,
            applied_discounts=applied_discounts,
            manage_url=manage_url,
            contract_duration=contract_duration,
            issues_remaining=issues_remaining,
            recurring_interval=recurring_interval,
            recurring_time=recurring_time,
            expires_at=expires_at,
            payment_data=payment_data,
        )

        contract.additional_properties = d
        return contract

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
