from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaywallSubscriptionsItem")


@_attrs_define
class PaywallSubscriptionsItem:
    """
    Attributes:
        id (str): Subscription identifier Example: R4gX0YSbSU1WJA7bCrbQw.
        sku (str): Product SKU Example: sid:fGb4GbMUclADQtBxoX1rl.
        po_id (str): Purchase option identifier Example: VDuH_poxqIPKW638Ok43q.
        title (str): Subscription title Example: Månedsabonnement.
        description (str): Subscription description (can contain HTML) Example: <p>Kun 720 kr./år – spar 20%</p>.
        price (float): Regular price Example: 99.
        discount_code (str): Applied discount code
        period_text (str): Period text (e.g., "måned", "month") Example: måned.
        tag (str): Tag for categorization
        selected (bool): Whether this subscription is pre-selected Example: True.
        discount_price (float | Unset): Discounted price if applicable Example: 75.
        features (list[str] | Unset): List of features included in this subscription Example: ['Daglige nyheder om tech,
            startups og scaleups', 'Eksklusive interviews med founders'].
        button_text (str | Unset): Custom button text Example: KØB ADGANG.
        read_more_text (str | Unset): Read more link text Example: Læs mere.
        prefer_business (bool | Unset): Whether this option is preferred for business customers Example: False.
        url (str | Unset): External URL for more information Example: https://24victoria.dk/business.
    """

    id: str
    sku: str
    po_id: str
    title: str
    description: str
    price: float
    discount_code: str
    period_text: str
    tag: str
    selected: bool
    discount_price: float | Unset = UNSET
    features: list[str] | Unset = UNSET
    button_text: str | Unset = UNSET
    read_more_text: str | Unset = UNSET
    prefer_business: bool | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sku = self.sku

        po_id = self.po_id

        title = self.title

        description = self.description

        price = self.price

        discount_code = self.discount_code

        period_text = self.period_text

        tag = self.tag

        selected = self.selected

        discount_price = self.discount_price

        features: list[str] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features

        button_text = self.button_text

        read_more_text = self.read_more_text

        prefer_business = self.prefer_business

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sku": sku,
                "poId": po_id,
                "title": title,
                "description": description,
                "price": price,
                "discountCode": discount_code,
                "periodText": period_text,
                "tag": tag,
                "selected": selected,
            }
        )
        if discount_price is not UNSET:
            field_dict["discountPrice"] = discount_price
        if features is not UNSET:
            field_dict["features"] = features
        if button_text is not UNSET:
            field_dict["buttonText"] = button_text
        if read_more_text is not UNSET:
            field_dict["readMoreText"] = read_more_text
        if prefer_business is not UNSET:
            field_dict["preferBusiness"] = prefer_business
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        sku = d.pop("sku")

        po_id = d.pop("poId")

        title = d.pop("title")

        description = d.pop("description")

        price = d.pop("price")

        discount_code = d.pop("discountCode")

        period_text = d.pop("periodText")

        tag = d.pop("tag")

        selected = d.pop("selected")

        discount_price = d.pop("discountPrice", UNSET)

        features = cast(list[str], d.pop("features", UNSET))

        button_text = d.pop("buttonText", UNSET)

        read_more_text = d.pop("readMoreText", UNSET)

        prefer_business = d.pop("preferBusiness", UNSET)

        url = d.pop("url", UNSET)

        paywall_subscriptions_item = cls(
            id=id,
            sku=sku,
            po_id=po_id,
            title=title,
            description=description,
            price=price,
            discount_code=discount_code,
            period_text=period_text,
            tag=tag,
            selected=selected,
            discount_price=discount_price,
            features=features,
            button_text=button_text,
            read_more_text=read_more_text,
            prefer_business=prefer_business,
            url=url,
        )

        paywall_subscriptions_item.additional_properties = d
        return paywall_subscriptions_item

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
