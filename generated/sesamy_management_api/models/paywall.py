from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paywall_settings import PaywallSettings
    from ..models.paywall_single_purchase import PaywallSinglePurchase
    from ..models.paywall_subscriptions_item import PaywallSubscriptionsItem


T = TypeVar("T", bound="Paywall")


@_attrs_define
class Paywall:
    """
    Attributes:
        id (str): Unique identifier for the paywall Example: aM8o7LqpkGZJ-szyPwe_E.
        vendor_id (str): Vendor identifier Example: 24victoria.
        currency (str): Currency code for pricing Example: DKK.
        version (float): Paywall version number Example: 2.
        settings (PaywallSettings):
        show_login_button (bool): Whether to show a login button. When true, indicates a subscription/entitlement
            paywall. When false with LOGIN template, indicates a login-only paywall. Example: True.
        subscriptions (list[PaywallSubscriptionsItem]):
        features (list[str]): General features displayed on the paywall Example: ['Danmarks nyhedsmedie om
            techvirksomeder. startups & scaleups'].
        footer_payment_methods (list[str]): Payment methods displayed in the footer Example: ['visa', 'mastercard',
            'google-pay', 'apple-pay'].
        main_color (str | Unset): Main brand color in hex format Example: #3377fe.
        headline (str | Unset): Paywall headline text Example: Login for at læse artiklen.
        logo_url (str | Unset): URL to the vendor logo Example: https://assets.sesamy.com/vendor-
            assets/24victoria/ad29ee3a-4648-453e-92ad-a2d43c68cd39.svg.
        single_purchase (PaywallSinglePurchase | Unset):
    """

    id: str
    vendor_id: str
    currency: str
    version: float
    settings: PaywallSettings
    show_login_button: bool
    subscriptions: list[PaywallSubscriptionsItem]
    features: list[str]
    footer_payment_methods: list[str]
    main_color: str | Unset = UNSET
    headline: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    single_purchase: PaywallSinglePurchase | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        vendor_id = self.vendor_id

        currency = self.currency

        version = self.version

        settings = self.settings.to_dict()

        show_login_button = self.show_login_button

        subscriptions = []
        for subscriptions_item_data in self.subscriptions:
            subscriptions_item = subscriptions_item_data.to_dict()
            subscriptions.append(subscriptions_item)

        features = self.features

        footer_payment_methods = self.footer_payment_methods

        main_color = self.main_color

        headline = self.headline

        logo_url = self.logo_url

        single_purchase: dict[str, Any] | Unset = UNSET
        if not isinstance(self.single_purchase, Unset):
            single_purchase = self.single_purchase.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "vendorId": vendor_id,
                "currency": currency,
                "version": version,
                "settings": settings,
                "showLoginButton": show_login_button,
                "subscriptions": subscriptions,
                "features": features,
                "footerPaymentMethods": footer_payment_methods,
            }
        )
        if main_color is not UNSET:
            field_dict["mainColor"] = main_color
        if headline is not UNSET:
            field_dict["headline"] = headline
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if single_purchase is not UNSET:
            field_dict["singlePurchase"] = single_purchase

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.paywall_settings import PaywallSettings
        from ..models.paywall_single_purchase import PaywallSinglePurchase
        from ..models.paywall_subscriptions_item import PaywallSubscriptionsItem

        d = dict(src_dict)
        id = d.pop("id")

        vendor_id = d.pop("vendorId")

        currency = d.pop("currency")

        version = d.pop("version")

        settings = PaywallSettings.from_dict(d.pop("settings"))

        show_login_button = d.pop("showLoginButton")

        subscriptions = []
        _subscriptions = d.pop("subscriptions")
        for subscriptions_item_data in _subscriptions:
            subscriptions_item = PaywallSubscriptionsItem.from_dict(
                subscriptions_item_data
            )

            subscriptions.append(subscriptions_item)

        features = cast(list[str], d.pop("features"))

        footer_payment_methods = cast(list[str], d.pop("footerPaymentMethods"))

        main_color = d.pop("mainColor", UNSET)

        headline = d.pop("headline", UNSET)

        logo_url = d.pop("logoUrl", UNSET)

        _single_purchase = d.pop("singlePurchase", UNSET)
        single_purchase: PaywallSinglePurchase | Unset
        if isinstance(_single_purchase, Unset):
            single_purchase = UNSET
        else:
            single_purchase = PaywallSinglePurchase.from_dict(_single_purchase)

        paywall = cls(
            id=id,
            vendor_id=vendor_id,
            currency=currency,
            version=version,
            settings=settings,
            show_login_button=show_login_button,
            subscriptions=subscriptions,
            features=features,
            footer_payment_methods=footer_payment_methods,
            main_color=main_color,
            headline=headline,
            logo_url=logo_url,
            single_purchase=single_purchase,
        )

        paywall.additional_properties = d
        return paywall

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
