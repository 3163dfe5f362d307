from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_checkout_body_field_settings_birthdate import (
        UpdateCheckoutBodyFieldSettingsBirthdate,
    )
    from ..models.update_checkout_body_field_settings_name import (
        UpdateCheckoutBodyFieldSettingsName,
    )
    from ..models.update_checkout_body_field_settings_phone import (
        UpdateCheckoutBodyFieldSettingsPhone,
    )
    from ..models.update_checkout_body_field_settings_referral import (
        UpdateCheckoutBodyFieldSettingsReferral,
    )


T = TypeVar("T", bound="UpdateCheckoutBodyFieldSettings")


@_attrs_define
class UpdateCheckoutBodyFieldSettings:
    """
    Attributes:
        name (UpdateCheckoutBodyFieldSettingsName | Unset):
        phone (UpdateCheckoutBodyFieldSettingsPhone | Unset):
        birthdate (UpdateCheckoutBodyFieldSettingsBirthdate | Unset):
        referral (UpdateCheckoutBodyFieldSettingsReferral | Unset):
    """

    name: UpdateCheckoutBodyFieldSettingsName | Unset = UNSET
    phone: UpdateCheckoutBodyFieldSettingsPhone | Unset = UNSET
    birthdate: UpdateCheckoutBodyFieldSettingsBirthdate | Unset = UNSET
    referral: UpdateCheckoutBodyFieldSettingsReferral | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone.to_dict()

        birthdate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.birthdate, Unset):
            birthdate = self.birthdate.to_dict()

        referral: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referral, Unset):
            referral = self.referral.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if birthdate is not UNSET:
            field_dict["birthdate"] = birthdate
        if referral is not UNSET:
            field_dict["referral"] = referral

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_checkout_body_field_settings_birthdate import (
            UpdateCheckoutBodyFieldSettingsBirthdate,
        )
        from ..models.update_checkout_body_field_settings_name import (
            UpdateCheckoutBodyFieldSettingsName,
        )
        from ..models.update_checkout_body_field_settings_phone import (
            UpdateCheckoutBodyFieldSettingsPhone,
        )
        from ..models.update_checkout_body_field_settings_referral import (
            UpdateCheckoutBodyFieldSettingsReferral,
        )

        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: UpdateCheckoutBodyFieldSettingsName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = UpdateCheckoutBodyFieldSettingsName.from_dict(_name)

        _phone = d.pop("phone", UNSET)
        phone: UpdateCheckoutBodyFieldSettingsPhone | Unset
        if isinstance(_phone, Unset):
            phone = UNSET
        else:
            phone = UpdateCheckoutBodyFieldSettingsPhone.from_dict(_phone)

        _birthdate = d.pop("birthdate", UNSET)
        birthdate: UpdateCheckoutBodyFieldSettingsBirthdate | Unset
        if isinstance(_birthdate, Unset):
            birthdate = UNSET
        else:
            birthdate = UpdateCheckoutBodyFieldSettingsBirthdate.from_dict(_birthdate)

        _referral = d.pop("referral", UNSET)
        referral: UpdateCheckoutBodyFieldSettingsReferral | Unset
        if isinstance(_referral, Unset):
            referral = UNSET
        else:
            referral = UpdateCheckoutBodyFieldSettingsReferral.from_dict(_referral)

        update_checkout_body_field_settings = cls(
            name=name,
            phone=phone,
            birthdate=birthdate,
            referral=referral,
        )

        update_checkout_body_field_settings.additional_properties = d
        return update_checkout_body_field_settings

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
