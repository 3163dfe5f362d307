from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribution import Attribution
    from ..models.create_checkout_request_address import CreateCheckoutRequestAddress
    from ..models.create_checkout_request_business_address import (
        CreateCheckoutRequestBusinessAddress,
    )
    from ..models.create_checkout_request_field_settings import (
        CreateCheckoutRequestFieldSettings,
    )
    from ..models.create_checkout_request_items_item import (
        CreateCheckoutRequestItemsItem,
    )
    from ..models.create_checkout_request_metadata import CreateCheckoutRequestMetadata
    from ..models.create_checkout_request_payment_data import (
        CreateCheckoutRequestPaymentData,
    )
    from ..models.payment_methods import PaymentMethods


T = TypeVar("T", bound="CreateCheckoutRequest")


@_attrs_define
class CreateCheckoutRequest:
    """
    Attributes:
        items (list[CreateCheckoutRequestItemsItem]):
        redirect_url (str):
        address (CreateCheckoutRequestAddress | Unset):
        business_address (CreateCheckoutRequestBusinessAddress | Unset):
        email (str | Unset):
        given_name (str | Unset):
        family_name (str | Unset):
        birth_date (str | Unset):
        phone_number (str | Unset):
        country (str | Unset):
        referral_email (str | Unset):
        language (str | Unset):
        is_business (bool | Unset):
        price (float | Unset):
        currency (str | Unset):
        anonymous_user_id (str | Unset):
        attribution (Attribution | Unset):
        payment_data (CreateCheckoutRequestPaymentData | Unset):
        payment_methods_filter (list[PaymentMethods] | Unset):
        field_settings (CreateCheckoutRequestFieldSettings | Unset):
        gift_mode (bool | Unset):
        require_address (bool | Unset):
        metadata (CreateCheckoutRequestMetadata | Unset):
        requested_discount_codes (list[str] | Unset):
        payer_email (str | Unset):
    """

    items: list[CreateCheckoutRequestItemsItem]
    redirect_url: str
    address: CreateCheckoutRequestAddress | Unset = UNSET
    business_address: CreateCheckoutRequestBusinessAddress | Unset = UNSET
    email: str | Unset = UNSET
    given_name: str | Unset = UNSET
    family_name: str | Unset = UNSET
    birth_date: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    country: str | Unset = UNSET
    referral_email: str | Unset = UNSET
    language: str | Unset = UNSET
    is_business: bool | Unset = UNSET
    price: float | Unset = UNSET
    currency: str | Unset = UNSET
    anonymous_user_id: str | Unset = UNSET
    attribution: Attribution | Unset = UNSET
    payment_data: CreateCheckoutRequestPaymentData | Unset = UNSET
    payment_methods_filter: list[PaymentMethods] | Unset = UNSET
    field_settings: CreateCheckoutRequestFieldSettings | Unset = UNSET
    gift_mode: bool | Unset = UNSET
    require_address: bool | Unset = UNSET
    metadata: CreateCheckoutRequestMetadata | Unset = UNSET
    requested_discount_codes: list[str] | Unset = UNSET
    payer_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        redirect_url = self.redirect_url

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        business_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_address, Unset):
            business_address = self.business_address.to_dict()

        email = self.email

        given_name = self.given_name

        family_name = self.family_name

        birth_date = self.birth_date

        phone_number = self.phone_number

        country = self.country

        referral_email = self.referral_email

        language = self.language

        is_business = self.is_business

        price = self.price

        currency = self.currency

        anonymous_user_id = self.anonymous_user_id

        attribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attribution, Unset):
            attribution = self.attribution.to_dict()

        payment_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_data, Unset):
            payment_data = self.payment_data.to_dict()

        payment_methods_filter: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_methods_filter, Unset):
            payment_methods_filter = []
            for payment_methods_filter_item_data in self.payment_methods_filter:
                payment_methods_filter_item = payment_methods_filter_item_data.to_dict()
                payment_methods_filter.append(payment_methods_filter_item)

        field_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_settings, Unset):
            field_settings = self.field_settings.to_dict()

        gift_mode = self.gift_mode

        require_address = self.require_address

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        requested_discount_codes: list[str] | Unset = UNSET
        if not isinstance(self.requested_discount_codes, Unset):
            requested_discount_codes = self.requested_discount_codes

        payer_email = self.payer_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "redirectUrl": redirect_url,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if business_address is not UNSET:
            field_dict["businessAddress"] = business_address
        if email is not UNSET:
            field_dict["email"] = email
        if given_name is not UNSET:
            field_dict["givenName"] = given_name
        if family_name is not UNSET:
            field_dict["familyName"] = family_name
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if country is not UNSET:
            field_dict["country"] = country
        if referral_email is not UNSET:
            field_dict["referralEmail"] = referral_email
        if language is not UNSET:
            field_dict["language"] = language
        if is_business is not UNSET:
            field_dict["isBusiness"] = is_business
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if anonymous_user_id is not UNSET:
            field_dict["anonymousUserId"] = anonymous_user_id
        if attribution is not UNSET:
            field_dict["attribution"] = attribution
        if payment_data is not UNSET:
            field_dict["paymentData"] = payment_data
        if payment_methods_filter is not UNSET:
            field_dict["paymentMethodsFilter"] = payment_methods_filter
        if field_settings is not UNSET:
            field_dict["fieldSettings"] = field_settings
        if gift_mode is not UNSET:
            field_dict["giftMode"] = gift_mode
        if require_address is not UNSET:
            field_dict["requireAddress"] = require_address
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if requested_discount_codes is not UNSET:
            field_dict["requestedDiscountCodes"] = requested_discount_codes
        if payer_email is not UNSET:
            field_dict["payerEmail"] = payer_email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attribution import Attribution
        from ..models.create_checkout_request_address import (
            CreateCheckoutRequestAddress,
        )
        from ..models.create_checkout_request_business_address import (
            CreateCheckoutRequestBusinessAddress,
        )
        from ..models.create_checkout_request_field_settings import (
            CreateCheckoutRequestFieldSettings,
        )
        from ..models.create_checkout_request_items_item import (
            CreateCheckoutRequestItemsItem,
        )
        from ..models.create_checkout_request_metadata import (
            CreateCheckoutRequestMetadata,
        )
        from ..models.create_checkout_request_payment_data import (
            CreateCheckoutRequestPaymentData,
        )
        from ..models.payment_methods import PaymentMethods

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = CreateCheckoutRequestItemsItem.from_dict(items_item_data)

            items.append(items_item)

        redirect_url = d.pop("redirectUrl")

        _address = d.pop("address", UNSET)
        address: CreateCheckoutRequestAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = CreateCheckoutRequestAddress.from_dict(_address)

        _business_address = d.pop("businessAddress", UNSET)
        business_address: CreateCheckoutRequestBusinessAddress | Unset
        if isinstance(_business_address, Unset):
            business_address = UNSET
        else:
            business_address = CreateCheckoutRequestBusinessAddress.from_dict(
                _business_address
            )

        email = d.pop("email", UNSET)

        given_name = d.pop("givenName", UNSET)

        family_name = d.pop("familyName", UNSET)

        birth_date = d.pop("birthDate", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        country = d.pop("country", UNSET)

        referral_email = d.pop("referralEmail", UNSET)

        language = d.pop("language", UNSET)

        is_business = d.pop("isBusiness", UNSET)

        price = d.pop("price", UNSET)

        currency = d.pop("currency", UNSET)

        anonymous_user_id = d.pop("anonymousUserId", UNSET)

        _attribution = d.pop("attribution", UNSET)
        attribution: Attribution | Unset
        if isinstance(_attribution, Unset):
            attribution = UNSET
        else:
            attribution = Attribution.from_dict(_attribution)

        _payment_data = d.pop("paymentData", UNSET)
        payment_data: CreateCheckoutRequestPaymentData | Unset
        if isinstance(_payment_data, Unset):
            payment_data = UNSET
        else:
            payment_data = CreateCheckoutRequestPaymentData.from_dict(_payment_data)

        _payment_methods_filter = d.pop("paymentMethodsFilter", UNSET)
        payment_methods_filter: list[PaymentMethods] | Unset = UNSET
        if _payment_methods_filter is not UNSET:
            payment_methods_filter = []
            for payment_methods_filter_item_data in _payment_methods_filter:
                payment_methods_filter_item = PaymentMethods.from_dict(
                    payment_methods_filter_item_data
                )

                payment_methods_filter.append(payment_methods_filter_item)

        _field_settings = d.pop("fieldSettings", UNSET)
        field_settings: CreateCheckoutRequestFieldSettings | Unset
        if isinstance(_field_settings, Unset):
            field_settings = UNSET
        else:
            field_settings = CreateCheckoutRequestFieldSettings.from_dict(
                _field_settings
            )

        gift_mode = d.pop("giftMode", UNSET)

        require_address = d.pop("requireAddress", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: CreateCheckoutRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CreateCheckoutRequestMetadata.from_dict(_metadata)

        requested_discount_codes = cast(
            list[str], d.pop("requestedDiscountCodes", UNSET)
        )

        payer_email = d.pop("payerEmail", UNSET)

        create_checkout_request = cls(
            items=items,
            redirect_url=redirect_url,
            address=address,
            business_address=business_address,
            email=email,
            given_name=given_name,
            family_name=family_name,
            birth_date=birth_date,
            phone_number=phone_number,
            country=country,
            referral_email=referral_email,
            language=language,
            is_business=is_business,
            price=price,
            currency=currency,
            anonymous_user_id=anonymous_user_id,
            attribution=attribution,
            payment_data=payment_data,
            payment_methods_filter=payment_methods_filter,
            field_settings=field_settings,
            gift_mode=gift_mode,
            require_address=require_address,
            metadata=metadata,
            requested_discount_codes=requested_discount_codes,
            payer_email=payer_email,
        )

        create_checkout_request.additional_properties = d
        return create_checkout_request

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
