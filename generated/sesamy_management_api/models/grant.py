from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grant_status import GrantStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.grant_address import GrantAddress
    from ..models.grant_extra_fields import GrantExtraFields


T = TypeVar("T", bound="Grant")


@_attrs_define
class Grant:
    """
    Attributes:
        id (str): Unique identifier for the grant Example: grant_123abc.
        source (str): Source/access list ID Example: src_123abc.
        email (str): Email address of the user Example: user@example.com.
        sku (str): Product SKU Example: premium-article-123.
        po_id (str): Purchase option ID Example: po_123abc.
        status (GrantStatus): Status of the grant Example: ACTIVE.
        user_id (str | Unset): User ID Example: pub_user_123.
        publisher_user_id (str | Unset): Publisher user ID Example: pub_user_123.
        starts_at (datetime.datetime | Unset): Grant start date Example: 2024-01-01T00:00:00Z.
        ends_at (datetime.datetime | Unset): Grant end date Example: 2024-12-31T23:59:59Z.
        first_name (str | Unset): First name Example: John.
        last_name (str | Unset): Last name Example: Doe.
        phone (str | Unset): Phone number Example: +1234567890.
        delivery_address (GrantAddress | Unset):
        billing_address (GrantAddress | Unset):
        publisher_purchase_id (str | Unset): Publisher purchase ID Example: pub_purchase_123.
        notes (str | Unset): Notes about the grant Example: Bulk purchase.
        extra_fields (GrantExtraFields | Unset): Additional custom fields Example: {'custom_field': 'value'}.
        exclude_from_stats (bool | Unset): Whether to exclude from statistics Example: False.
    """

    id: str
    source: str
    email: str
    sku: str
    po_id: str
    status: GrantStatus
    user_id: str | Unset = UNSET
    publisher_user_id: str | Unset = UNSET
    starts_at: datetime.datetime | Unset = UNSET
    ends_at: datetime.datetime | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    delivery_address: GrantAddress | Unset = UNSET
    billing_address: GrantAddress | Unset = UNSET
    publisher_purchase_id: str | Unset = UNSET
    notes: str | Unset = UNSET
    extra_fields: GrantExtraFields | Unset = UNSET
    exclude_from_stats: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source = self.source

        email = self.email

        sku = self.sku

        po_id = self.po_id

        status = self.status.value

        user_id = self.user_id

        publisher_user_id = self.publisher_user_id

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat()

        ends_at: str | Unset = UNSET
        if not isinstance(self.ends_at, Unset):
            ends_at = self.ends_at.isoformat()

        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        delivery_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_address, Unset):
            delivery_address = self.delivery_address.to_dict()

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        publisher_purchase_id = self.publisher_purchase_id

        notes = self.notes

        extra_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_fields, Unset):
            extra_fields = self.extra_fields.to_dict()

        exclude_from_stats = self.exclude_from_stats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source": source,
                "email": email,
                "sku": sku,
                "poId": po_id,
                "status": status,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if publisher_user_id is not UNSET:
            field_dict["publisherUserId"] = publisher_user_id
        if starts_at is not UNSET:
            field_dict["startsAt"] = starts_at
        if ends_at is not UNSET:
            field_dict["endsAt"] = ends_at
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if publisher_purchase_id is not UNSET:
            field_dict["publisherPurchaseId"] = publisher_purchase_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if extra_fields is not UNSET:
            field_dict["extraFields"] = extra_fields
        if exclude_from_stats is not UNSET:
            field_dict["excludeFromStats"] = exclude_from_stats

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.grant_address import GrantAddress
        from ..models.grant_extra_fields import GrantExtraFields

        d = dict(src_dict)
        id = d.pop("id")

        source = d.pop("source")

        email = d.pop("email")

        sku = d.pop("sku")

        po_id = d.pop("poId")

        status = GrantStatus(d.pop("status"))

        user_id = d.pop("userId", UNSET)

        publisher_user_id = d.pop("publisherUserId", UNSET)

        _starts_at = d.pop("startsAt", UNSET)
        starts_at: datetime.datetime | Unset
        if isinstance(_starts_at, Unset):
            starts_at = UNSET
        else:
            starts_at = datetime.datetime.fromisoformat(_starts_at)

        _ends_at = d.pop("endsAt", UNSET)
        ends_at: datetime.datetime | Unset
        if isinstance(_ends_at, Unset):
            ends_at = UNSET
        else:
            ends_at = datetime.datetime.fromisoformat(_ends_at)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        phone = d.pop("phone", UNSET)

        _delivery_address = d.pop("deliveryAddress", UNSET)
        delivery_address: GrantAddress | Unset
        if isinstance(_delivery_address, Unset):
            delivery_address = UNSET
        else:
            delivery_address = GrantAddress.from_dict(_delivery_address)

        _billing_address = d.pop("billingAddress", UNSET)
        billing_address: GrantAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = GrantAddress.from_dict(_billing_address)

        publisher_purchase_id = d.pop("publisherPurchaseId", UNSET)

        notes = d.pop("notes", UNSET)

        _extra_fields = d.pop("extraFields", UNSET)
        extra_fields: GrantExtraFields | Unset
        if isinstance(_extra_fields, Unset):
            extra_fields = UNSET
        else:
            extra_fields = GrantExtraFields.from_dict(_extra_fields)

        exclude_from_stats = d.pop("excludeFromStats", UNSET)

        grant = cls(
            id=id,
            source=source,
            email=email,
            sku=sku,
            po_id=po_id,
            status=status,
            user_id=user_id,
            publisher_user_id=publisher_user_id,
            starts_at=starts_at,
            ends_at=ends_at,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            delivery_address=delivery_address,
            billing_address=billing_address,
            publisher_purchase_id=publisher_purchase_id,
            notes=notes,
            extra_fields=extra_fields,
            exclude_from_stats=exclude_from_stats,
        )

        grant.additional_properties = d
        return grant

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
