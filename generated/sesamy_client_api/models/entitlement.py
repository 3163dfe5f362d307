from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entitlement_type import EntitlementType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entitlement_origin_type_0 import EntitlementOriginType0
    from ..models.entitlement_origin_type_1 import EntitlementOriginType1


T = TypeVar("T", bound="Entitlement")


@_attrs_define
class Entitlement:
    """
    Attributes:
        id (str):  Example: 1d78271264b9c76d5842911dd70b4353.
        sku (str):
        title (str):
        type_ (EntitlementType):
        has_access (bool):
        created_at (str):
        updated_at (str):
        purchase_option (str | Unset):
        cover (str | Unset):
        url (str | Unset):
        presentation_url (str | Unset):
        publisher_content_id (str | Unset):
        origin (EntitlementOriginType0 | EntitlementOriginType1 | Unset):
        token (str | Unset):
        expires_at (str | Unset):
    """

    id: str
    sku: str
    title: str
    type_: EntitlementType
    has_access: bool
    created_at: str
    updated_at: str
    purchase_option: str | Unset = UNSET
    cover: str | Unset = UNSET
    url: str | Unset = UNSET
    presentation_url: str | Unset = UNSET
    publisher_content_id: str | Unset = UNSET
    origin: EntitlementOriginType0 | EntitlementOriginType1 | Unset = UNSET
    token: str | Unset = UNSET
    expires_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entitlement_origin_type_0 import EntitlementOriginType0

        id = self.id

        sku = self.sku

        title = self.title

        type_ = self.type_.value

        has_access = self.has_access

        created_at = self.created_at

        updated_at = self.updated_at

        purchase_option = self.purchase_option

        cover = self.cover

        url = self.url

        presentation_url = self.presentation_url

        publisher_content_id = self.publisher_content_id

        origin: dict[str, Any] | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        elif isinstance(self.origin, EntitlementOriginType0):
            origin = self.origin.to_dict()
        else:
            origin = self.origin.to_dict()

        token = self.token

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sku": sku,
                "title": title,
                "type": type_,
                "hasAccess": has_access,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if purchase_option is not UNSET:
            field_dict["purchaseOption"] = purchase_option
        if cover is not UNSET:
            field_dict["cover"] = cover
        if url is not UNSET:
            field_dict["url"] = url
        if presentation_url is not UNSET:
            field_dict["presentationUrl"] = presentation_url
        if publisher_content_id is not UNSET:
            field_dict["publisherContentId"] = publisher_content_id
        if origin is not UNSET:
            field_dict["origin"] = origin
        if token is not UNSET:
            field_dict["token"] = token
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.entitlement_origin_type_0 import EntitlementOriginType0
        from ..models.entitlement_origin_type_1 import EntitlementOriginType1

        d = dict(src_dict)
        id = d.pop("id")

        sku = d.pop("sku")

        title = d.pop("title")

        type_ = EntitlementType(d.pop("type"))

        has_access = d.pop("hasAccess")

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        purchase_option = d.pop("purchaseOption", UNSET)

        cover = d.pop("cover", UNSET)

        url = d.pop("url", UNSET)

        presentation_url = d.pop("presentationUrl", UNSET)

        publisher_content_id = d.pop("publisherContentId", UNSET)

        def _parse_origin(
            data: object,
        ) -> EntitlementOriginType0 | EntitlementOriginType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                origin_type_0 = EntitlementOriginType0.from_dict(data)

                return origin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            origin_type_1 = EntitlementOriginType1.from_dict(data)

            return origin_type_1

        origin = _parse_origin(d.pop("origin", UNSET))

        token = d.pop("token", UNSET)

        expires_at = d.pop("expiresAt", UNSET)

        entitlement = cls(
            id=id,
            sku=sku,
            title=title,
            type_=type_,
            has_access=has_access,
            created_at=created_at,
            updated_at=updated_at,
            purchase_option=purchase_option,
            cover=cover,
            url=url,
            presentation_url=presentation_url,
            publisher_content_id=publisher_content_id,
            origin=origin,
            token=token,
            expires_at=expires_at,
        )

        entitlement.additional_properties = d
        return entitlement

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
