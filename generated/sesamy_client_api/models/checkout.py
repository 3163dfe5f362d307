from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkout_status import CheckoutStatus
from ..models.checkout_type import CheckoutType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.applied_discount_codes import AppliedDiscountCodes
    from ..models.attribution import Attribution
    from ..models.checkout_address import CheckoutAddress
    from ..models.checkout_business_address import CheckoutBusinessAddress
    from ..models.checkout_field_settings import CheckoutFieldSettings
    from ..models.checkout_items_item import CheckoutItemsItem
    from ..models.checkout_items_owned_item import CheckoutItemsOwnedItem
    from ..models.checkout_metadata import CheckoutMetadata
    from ..models.checkout_payer import CheckoutPayer
    from ..models.checkout_payment_data import CheckoutPaymentData
    from ..models.payment_methods import PaymentMethods


T = TypeVar("T", bound="Checkout")


@_attrs_define
class Checkout:
    """
    Attributes:
        items (list[CheckoutItemsItem]):
        redirect_url (str):
        id (str):
        checkout_url (str):
        status (CheckoutStatus):
        type_ (CheckoutType):
        items_owned (list[CheckoutItemsOwnedItem]):
        applied_discount_codes (list[AppliedDiscountCodes]):
        available_payment_methods (list[PaymentMethods]):
        created_at (str):
        updated_at (str):
        address (CheckoutAddress | Unset):
        business_address (CheckoutBusinessAddress | Unset):
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
        payment_data (CheckoutPaymentData | Unset):
        payment_methods_filter (list[PaymentMethods] | Unset):
        field_settings (CheckoutFieldSettings | Unset):
        gift_mode (bool | Unset):
        require_address (bool | Unset):
        metadata (CheckoutMetadata | Unset):
        payer (CheckoutPayer | Unset):
    """

    items: list[CheckoutItemsItem]
    redirect_url: str
    id: str
    checkout_url: str
    status: CheckoutStatus
    type_: CheckoutType
    items_owned: list[CheckoutItemsOwnedItem]
    applied_discount_codes: list[AppliedDiscountCodes]
    available_payment_methods: list[PaymentMethods]
    created_at: str
    updated_at: str
    address: CheckoutAddress | Unset = UNSET
    business_address: CheckoutBusinessAddress | Unset = UNSET
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
    payment_data: CheckoutPaymentData | Unset = UNSET
    payment_methods_filter: list[PaymentMethods] | Unset = UNSET
    field_settings: CheckoutFieldSettings | Unset = UNSET
    gift_mode: bool | Unset = UNSET
    require_address: bool | Unset = UNSET
    metadata: CheckoutMetadata | Unset = UNSET
    payer: CheckoutPayer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        redirect_url = self.redirect_url

        id = self.id

        checkout_url = self.checkout_url

        status = self.status.value

        type_ = self.type_.value

        items_owned = []
        for items_owned_item_data in self.items_owned:
            items_owned_item = items_owned_item_data.to_dict()
            items_owned.append(items_owned_item)

        applied_discount_codes = []
        for applied_discount_codes_item_data in self.applied_discount_codes:
            applied_discount_codes_item = applied_discount_codes_item_data.to_dict()
            applied_discount_codes.append(applied_discount_codes_item)

        available_payment_methods = []
        for available_payment_methods_item_data in self.available_payment_methods:
            available_payment_methods_item = (
                available_payment_methods_item_data.to_dict()
            )
            available_payment_methods.append(available_payment_methods_item)

        created_at = self.created_at

        updated_at = self.updated_at

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

        payer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payer, Unset):
            payer = self.payer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "redirectUrl": redirect_url,
                "id": id,
                "checkoutUrl": checkout_url,
                "status": status,
                "type": type_,
                "itemsOwned": items_owned,
                "appliedDiscountCodes": applied_discount_codes,
                "availablePaymentMethods": available_payment_methods,
                "createdAt": created_at,
                "updatedAt": updated_at,
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
        if payer is not UNSET:
            field_dict["payer"] = payer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.applied_discount_codes import AppliedDiscountCodes
        from ..models.attribution import Attribution
        from ..models.checkout_address import CheckoutAddress
        from ..models.checkout_business_address import CheckoutBusinessAddress
        from ..models.checkout_field_settings import CheckoutFieldSettings
        from ..models.checkout_items_item import CheckoutItemsItem
        from ..models.checkout_items_owned_item import CheckoutItemsOwnedItem
        from ..models.checkout_metadata import CheckoutMetadata
        from ..models.checkout_payer import CheckoutPayer
        from ..models.checkout_payment_data import CheckoutPaymentData
        from ..models.payment_methods import PaymentMethods

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = CheckoutItemsItem.from_dict(items_item_data)

            items.append(items_item)

        redirect_url = d.pop("redirectUrl")

        id = d.pop("id")

        checkout_url = d.pop("checkoutUrl")

        status = CheckoutStatus(d.pop("status"))

        type_ = CheckoutType(d.pop("type"))

        items_owned = []
        _items_owned = d.pop("itemsOwned")
        for items_owned_item_data in _items_owned:
            items_owned_item = CheckoutItemsOwnedItem.from_dict(items_owned_item_data)

            items_owned.append(items_owned_item)

        applied_discount_codes = []
        _applied_discount_codes = d.pop("appliedDiscountCodes")
        for applied_discount_codes_item_data in _applied_discount_codes:
            applied_discount_codes_item = AppliedDiscountCodes.from_dict(
                applied_discount_codes_item_data
            )

            applied_discount_codes.append(applied_discount_codes_item)

        available_payment_methods = []
        _available_payment_methods = d.pop("availablePaymentMethods")
        for available_payment_methods_item_data in _available_payment_methods:
            available_payment_methods_item = PaymentMethods.from_dict(
                available_payment_methods_item_data
            )

            available_payment_methods.append(available_payment_methods_item)

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        _address = d.pop("address", UNSET)
        address: CheckoutAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = CheckoutAddress.from_dict(_address)

        _business_address = d.pop("businessAddress", UNSET)
        business_address: CheckoutBusinessAddress | Unset
        if isinstance(_business_address, Unset):
            business_address = UNSET
        else:
            business_address = CheckoutBusinessAddress.from_dict(_business_address)

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
        payment_data: CheckoutPaymentData | Unset
        if isinstance(_payment_data, Unset):
            payment_data = UNSET
        else:
            payment_data = CheckoutPaymentData.from_dict(_payment_data)

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
        field_settings: CheckoutFieldSettings | Unset
        if isinstance(_field_settings, Unset):
            field_settings = UNSET
        else:
            field_settings = CheckoutFieldSettings.from_dict(_field_settings)

        gift_mode = d.pop("giftMode", UNSET)

        require_address = d.pop("requireAddress", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: CheckoutMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CheckoutMetadata.from_dict(_metadata)

        _payer = d.pop("payer", UNSET)
        payer: CheckoutPayer | Unset
        if isinstance(_payer, Unset):
            payer = UNSET
        else:
            payer = CheckoutPayer.from_dict(_payer)

        checkout = cls(
            items=items,
            redirect_url=redirect_url,
            id=id,
            checkout_url=checkout_url,
            status=status,
            type_=type_,
            items_owned=items_owned,
            applied_discount_codes=applied_discount_codes,
            available_payment_methods=available_payment_methods,
            created_at=created_at,
            updated_at=updated_at,
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
            payer=payer,
        )

        checkout.additional_properties = d
        return checkout

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
