from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_product import SubscriptionProduct


T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """
    Attributes:
        id (str):
        currency (str):
        created_at (str):
        status (str):
        product (SubscriptionProduct):
        has_access (bool):
        manage_url (str):
        user_id (str):
        cancel_at (None | str | Unset):
        total_issues (float | Unset):
        remaining_issues (float | Unset):
        price (float | Unset):
        next_price (float | Unset):
        next_payment_at (str | Unset):
    """

    id: str
    currency: str
    created_at: str
    status: str
    product: SubscriptionProduct
    has_access: bool
    manage_url: str
    user_id: str
    cancel_at: None | str | Unset = UNSET
    total_issues: float | Unset = UNSET
    remaining_issues: float | Unset = UNSET
    price: float | Unset = UNSET
    next_price: float | Unset = UNSET
    next_payment_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        currency = self.currency

        created_at = self.created_at

        status = self.status

        product = self.product.to_dict()

        has_access = self.has_access

        manage_url = self.manage_url

        user_id = self.user_id

        cancel_at: None | str | Unset
        if isinstance(self.cancel_at, Unset):
            cancel_at = UNSET
        else:
            cancel_at = self.cancel_at

        total_issues = self.total_issues

        remaining_issues = self.remaining_issues

        price = self.price

        next_price = self.next_price

        next_payment_at = self.next_payment_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "currency": currency,
                "createdAt": created_at,
                "status": status,
                "product": product,
                "hasAccess": has_access,
                "manageUrl": manage_url,
                "userId": user_id,
            }
        )
        if cancel_at is not UNSET:
            field_dict["cancelAt"] = cancel_at
        if total_issues is not UNSET:
            field_dict["totalIssues"] = total_issues
        if remaining_issues is not UNSET:
            field_dict["remainingIssues"] = remaining_issues
        if price is not UNSET:
            field_dict["price"] = price
        if next_price is not UNSET:
            field_dict["nextPrice"] = next_price
        if next_payment_at is not UNSET:
            field_dict["nextPaymentAt"] = next_payment_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.subscription_product import SubscriptionProduct

        d = dict(src_dict)
        id = d.pop("id")

        currency = d.pop("currency")

        created_at = d.pop("createdAt")

        status = d.pop("status")

        product = SubscriptionProduct.from_dict(d.pop("product"))

        has_access = d.pop("hasAccess")

        manage_url = d.pop("manageUrl")

        user_id = d.pop("userId")

        def _parse_cancel_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancel_at = _parse_cancel_at(d.pop("cancelAt", UNSET))

        total_issues = d.pop("totalIssues", UNSET)

        remaining_issues = d.pop("remainingIssues", UNSET)

        price = d.pop("price", UNSET)

        next_price = d.pop("nextPrice", UNSET)

        next_payment_at = d.pop("nextPaymentAt", UNSET)

        subscription = cls(
            id=id,
            currency=currency,
            created_at=created_at,
            status=status,
            product=product,
            has_access=has_access,
            manage_url=manage_url,
            user_id=user_id,
            cancel_at=cancel_at,
            total_issues=total_issues,
            remaining_issues=remaining_issues,
            price=price,
            next_price=next_price,
            next_payment_at=next_payment_at,
        )

        subscription.additional_properties = d
        return subscription

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
