from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateProductBody")


@_attrs_define
class UpdateProductBody:
    """
    Attributes:
        cover (str | Unset):
        language (str | Unset):
        sku (str | Unset):
        title (str | Unset):
        product_type (str | Unset):
        publisher_content_id (str | Unset):
    """

    cover: str | Unset = UNSET
    language: str | Unset = UNSET
    sku: str | Unset = UNSET
    title: str | Unset = UNSET
    product_type: str | Unset = UNSET
    publisher_content_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cover = self.cover

        language = self.language

        sku = self.sku

        title = self.title

        product_type = self.product_type

        publisher_content_id = self.publisher_content_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cover is not UNSET:
            field_dict["cover"] = cover
        if language is not UNSET:
            field_dict["language"] = language
        if sku is not UNSET:
            field_dict["sku"] = sku
        if title is not UNSET:
            field_dict["title"] = title
        if product_type is not UNSET:
            field_dict["productType"] = product_type
        if publisher_content_id is not UNSET:
            field_dict["publisherContentId"] = publisher_content_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cover = d.pop("cover", UNSET)

        language = d.pop("language", UNSET)

        sku = d.pop("sku", UNSET)

        title = d.pop("title", UNSET)

        product_type = d.pop("productType", UNSET)

        publisher_content_id = d.pop("publisherContentId", UNSET)

        update_product_body = cls(
            cover=cover,
            language=language,
            sku=sku,
            title=title,
            product_type=product_type,
            publisher_content_id=publisher_content_id,
        )

        update_product_body.additional_properties = d
        return update_product_body

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
