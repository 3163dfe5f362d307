from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.profile_billing_address import ProfileBillingAddress
    from ..models.profile_delivery_address import ProfileDeliveryAddress
    from ..models.profile_user_metadata import ProfileUserMetadata


T = TypeVar("T", bound="Profile")


@_attrs_define
class Profile:
    """
    Attributes:
        user_id (str):
        created_at (str):
        updated_at (str):
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        email_verified (bool | Unset):
        locale (str | Unset):
        nickname (str | Unset):
        picture (str | Unset):
        name (str | Unset):
        mobile_phone (str | Unset):
        work_phone (str | Unset):
        home_phone (str | Unset):
        tags (list[str] | Unset):
        user_metadata (ProfileUserMetadata | Unset):
        billing_address (ProfileBillingAddress | Unset):
        delivery_address (ProfileDeliveryAddress | Unset):
        company (str | Unset):
        sub (str | Unset):
        given_name (str | Unset):
        family_name (str | Unset):
        phone_number (str | Unset):
    """

    user_id: str
    created_at: str
    updated_at: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    email_verified: bool | Unset = UNSET
    locale: str | Unset = UNSET
    nickname: str | Unset = UNSET
    picture: str | Unset = UNSET
    name: str | Unset = UNSET
    mobile_phone: str | Unset = UNSET
    work_phone: str | Unset = UNSET
    home_phone: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    user_metadata: ProfileUserMetadata | Unset = UNSET
    billing_address: ProfileBillingAddress | Unset = UNSET
    delivery_address: ProfileDeliveryAddress | Unset = UNSET
    company: str | Unset = UNSET
    sub: str | Unset = UNSET
    given_name: str | Unset = UNSET
    family_name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        created_at = self.created_at

        updated_at = self.updated_at

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        email_verified = self.email_verified

        locale = self.locale

        nickname = self.nickname

        picture = self.picture

        name = self.name

        mobile_phone = self.mobile_phone

        work_phone = self.work_phone

        home_phone = self.home_phone

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        user_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_metadata, Unset):
            user_metadata = self.user_metadata.to_dict()

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        delivery_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_address, Unset):
            delivery_address = self.delivery_address.to_dict()

        company = self.company

        sub = self.sub

        given_name = self.given_name

        family_name = self.family_name

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if email_verified is not UNSET:
            field_dict["emailVerified"] = email_verified
        if locale is not UNSET:
            field_dict["locale"] = locale
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if picture is not UNSET:
            field_dict["picture"] = picture
        if name is not UNSET:
            field_dict["name"] = name
        if mobile_phone is not UNSET:
            field_dict["mobilePhone"] = mobile_phone
        if work_phone is not UNSET:
            field_dict["workPhone"] = work_phone
        if home_phone is not UNSET:
            field_dict["homePhone"] = home_phone
        if tags is not UNSET:
            field_dict["tags"] = tags
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if company is not UNSET:
            field_dict["company"] = company
        if sub is not UNSET:
            field_dict["sub"] = sub
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        if family_name is not UNSET:
            field_dict["family_name"] = family_name
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.profile_billing_address import ProfileBillingAddress
        from ..models.profile_delivery_address import ProfileDeliveryAddress
        from ..models.profile_user_metadata import ProfileUserMetadata

        d = dict(src_dict)
        user_id = d.pop("userId")

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        email = d.pop("email", UNSET)

        email_verified = d.pop("emailVerified", UNSET)

        locale = d.pop("locale", UNSET)

        nickname = d.pop("nickname", UNSET)

        picture = d.pop("picture", UNSET)

        name = d.pop("name", UNSET)

        mobile_phone = d.pop("mobilePhone", UNSET)

        work_phone = d.pop("workPhone", UNSET)

        home_phone = d.pop("homePhone", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _user_metadata = d.pop("user_metadata", UNSET)
        user_metadata: ProfileUserMetadata | Unset
        if isinstance(_user_metadata, Unset):
            user_metadata = UNSET
        else:
            user_metadata = ProfileUserMetadata.from_dict(_user_metadata)

        _billing_address = d.pop("billingAddress", UNSET)
        billing_address: ProfileBillingAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = ProfileBillingAddress.from_dict(_billing_address)

        _delivery_address = d.pop("deliveryAddress", UNSET)
        delivery_address: ProfileDeliveryAddress | Unset
        if isinstance(_delivery_address, Unset):
            delivery_address = UNSET
        else:
            delivery_address = ProfileDeliveryAddress.from_dict(_delivery_address)

        company = d.pop("company", UNSET)

        sub = d.pop("sub", UNSET)

        given_name = d.pop("given_name", UNSET)

        family_name = d.pop("family_name", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        profile = cls(
            user_id=user_id,
            created_at=created_at,
            updated_at=updated_at,
            first_name=first_name,
            last_name=last_name,
            email=email,
            email_verified=email_verified,
            locale=locale,
            nickname=nickname,
            picture=picture,
            name=name,
            mobile_phone=mobile_phone,
            work_phone=work_phone,
            home_phone=home_phone,
            tags=tags,
            user_metadata=user_metadata,
            billing_address=billing_address,
            delivery_address=delivery_address,
            company=company,
            sub=sub,
            given_name=given_name,
            family_name=family_name,
            phone_number=phone_number,
        )

        profile.additional_properties = d
        return profile

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
