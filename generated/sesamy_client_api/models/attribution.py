from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attribution_source import AttributionSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="Attribution")


@_attrs_define
class Attribution:
    """
    Attributes:
        utm_source (str | Unset):
        utm_medium (str | Unset):
        utm_campaign (str | Unset):
        utm_term (str | Unset):
        utm_content (str | Unset):
        source (AttributionSource | Unset):
        source_id (str | Unset):
        item_src (str | Unset):
        publisher_content_id (str | Unset):
        field_ga (str | Unset):
        field_gid (str | Unset):
        field_fbp (str | Unset):
        field_fbc (str | Unset):
    """

    utm_source: str | Unset = UNSET
    utm_medium: str | Unset = UNSET
    utm_campaign: str | Unset = UNSET
    utm_term: str | Unset = UNSET
    utm_content: str | Unset = UNSET
    source: AttributionSource | Unset = UNSET
    source_id: str | Unset = UNSET
    item_src: str | Unset = UNSET
    publisher_content_id: str | Unset = UNSET
    field_ga: str | Unset = UNSET
    field_gid: str | Unset = UNSET
    field_fbp: str | Unset = UNSET
    field_fbc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        utm_source = self.utm_source

        utm_medium = self.utm_medium

        utm_campaign = self.utm_campaign

        utm_term = self.utm_term

        utm_content = self.utm_content

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        source_id = self.source_id

        item_src = self.item_src

        publisher_content_id = self.publisher_content_id

        field_ga = self.field_ga

        field_gid = self.field_gid

        field_fbp = self.field_fbp

        field_fbc = self.field_fbc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if utm_source is not UNSET:
            field_dict["utmSource"] = utm_source
        if utm_medium is not UNSET:
            field_dict["utmMedium"] = utm_medium
        if utm_campaign is not UNSET:
            field_dict["utmCampaign"] = utm_campaign
        if utm_term is not UNSET:
            field_dict["utmTerm"] = utm_term
        if utm_content is not UNSET:
            field_dict["utmContent"] = utm_content
        if source is not UNSET:
            field_dict["source"] = source
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if item_src is not UNSET:
            field_dict["itemSrc"] = item_src
        if publisher_content_id is not UNSET:
            field_dict["publisherContentId"] = publisher_content_id
        if field_ga is not UNSET:
            field_dict["_ga"] = field_ga
        if field_gid is not UNSET:
            field_dict["_gid"] = field_gid
        if field_fbp is not UNSET:
            field_dict["_fbp"] = field_fbp
        if field_fbc is not UNSET:
            field_dict["_fbc"] = field_fbc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        utm_source = d.pop("utmSource", UNSET)

        utm_medium = d.pop("utmMedium", UNSET)

        utm_campaign = d.pop("utmCampaign", UNSET)

        utm_term = d.pop("utmTerm", UNSET)

        utm_content = d.pop("utmContent", UNSET)

        _source = d.pop("source", UNSET)
        source: AttributionSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = AttributionSource(_source)

        source_id = d.pop("sourceId", UNSET)

        item_src = d.pop("itemSrc", UNSET)

        publisher_content_id = d.pop("publisherContentId", UNSET)

        field_ga = d.pop("_ga", UNSET)

        field_gid = d.pop("_gid", UNSET)

        field_fbp = d.pop("_fbp", UNSET)

        field_fbc = d.pop("_fbc", UNSET)

        attribution = cls(
            utm_source=utm_source,
            utm_medium=utm_medium,
            utm_campaign=utm_campaign,
            utm_term=utm_term,
            utm_content=utm_content,
            source=source,
            source_id=source_id,
            item_src=item_src,
            publisher_content_id=publisher_content_id,
            field_ga=field_ga,
            field_gid=field_gid,
            field_fbp=field_fbp,
            field_fbc=field_fbc,
        )

        attribution.additional_properties = d
        return attribution

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
