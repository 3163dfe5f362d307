from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.paywall_settings_template import PaywallSettingsTemplate
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paywall_settings_styling import PaywallSettingsStyling


T = TypeVar("T", bound="PaywallSettings")


@_attrs_define
class PaywallSettings:
    """
    Attributes:
        template (PaywallSettingsTemplate): Paywall template type - LOGIN for authentication-only, BOXES for
            subscription options Example: BOXES.
        use_default_logo (bool): Whether to use the default vendor logo Example: True.
        use_default_currency (bool): Whether to use the default vendor currency Example: True.
        use_default_color (bool): Whether to use the default vendor color Example: True.
        styling (PaywallSettingsStyling | Unset):
    """

    template: PaywallSettingsTemplate
    use_default_logo: bool
    use_default_currency: bool
    use_default_color: bool
    styling: PaywallSettingsStyling | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template = self.template.value

        use_default_logo = self.use_default_logo

        use_default_currency = self.use_default_currency

        use_default_color = self.use_default_color

        styling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.styling, Unset):
            styling = self.styling.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template": template,
                "useDefaultLogo": use_default_logo,
                "useDefaultCurrency": use_default_currency,
                "useDefaultColor": use_default_color,
            }
        )
        if styling is not UNSET:
            field_dict["styling"] = styling

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.paywall_settings_styling import PaywallSettingsStyling

        d = dict(src_dict)
        template = PaywallSettingsTemplate(d.pop("template"))

        use_default_logo = d.pop("useDefaultLogo")

        use_default_currency = d.pop("useDefaultCurrency")

        use_default_color = d.pop("useDefaultColor")

        _styling = d.pop("styling", UNSET)
        styling: PaywallSettingsStyling | Unset
        if isinstance(_styling, Unset):
            styling = UNSET
        else:
            styling = PaywallSettingsStyling.from_dict(_styling)

        paywall_settings = cls(
            template=template,
            use_default_logo=use_default_logo,
            use_default_currency=use_default_currency,
            use_default_color=use_default_color,
            styling=styling,
        )

        paywall_settings.additional_properties = d
        return paywall_settings

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
