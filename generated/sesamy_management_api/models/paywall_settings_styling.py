from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaywallSettingsStyling")


@_attrs_define
class PaywallSettingsStyling:
    """
    Attributes:
        drop_shadow (bool): Whether to show drop shadow on paywall elements Example: True.
        background_color (str): Background color in hex format Example: #000000.
        show_background (bool): Whether to show the background Example: False.
    """

    drop_shadow: bool
    background_color: str
    show_background: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        drop_shadow = self.drop_shadow

        background_color = self.background_color

        show_background = self.show_background

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dropShadow": drop_shadow,
                "backgroundColor": background_color,
                "showBackground": show_background,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        drop_shadow = d.pop("dropShadow")

        background_color = d.pop("backgroundColor")

        show_background = d.pop("showBackground")

        paywall_settings_styling = cls(
            drop_shadow=drop_shadow,
            background_color=background_color,
            show_background=show_background,
        )

        paywall_settings_styling.additional_properties = d
        return paywall_settings_styling

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
