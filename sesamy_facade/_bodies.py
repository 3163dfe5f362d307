"""
Typed keyword properties of the request bodies the facade sends.

One `TypedDict` per generated body model, keyed by the model's `__init__` parameters
(snake_case), so `**fields: Unpack[...]` lets mypy and IDEs check the keywords a
resource method takes. `make_body` still checks them at run time.

An enum property takes the generated enum or one of its values as a plain string
(`make_body` converts it), so each is typed `<Enum> | <Enum>Value`, a `Literal` of
the enum's exact values: mypy rejects a misspelt value.

The generated types are imported only for type checkers, so importing the facade
stays cheap; they are quoted because this module must not use
`from __future__ import annotations`, which would hide `Required[...]` from
`__required_keys__` on Python 3.11.

`tests/facade/test_bodies.py` keeps these in step with the generated models.
"""

import datetime
from typing import TYPE_CHECKING, Literal, Required, TypeAlias, TypedDict

if TYPE_CHECKING:
    from sesamy_client_api.models.attribution import Attribution
    from sesamy_client_api.models.create_checkout_request_address import (
        CreateCheckoutRequestAddress,
    )
    from sesamy_client_api.models.create_checkout_request_business_address import (
        CreateCheckoutRequestBusinessAddress,
    )
    from sesamy_client_api.models.create_checkout_request_field_settings import (
        CreateCheckoutRequestFieldSettings,
    )
    from sesamy_client_api.models.create_checkout_request_items_item import (
        CreateCheckoutRequestItemsItem,
    )
    from sesamy_client_api.models.create_checkout_request_metadata import (
        CreateCheckoutRequestMetadata,
    )
    from sesamy_client_api.models.create_checkout_request_payment_data import (
        CreateCheckoutRequestPaymentData,
    )
    from sesamy_client_api.models.payment_methods import PaymentMethods
    from sesamy_client_api.models.tally_insert_policies import TallyInsertPolicies
    from sesamy_client_api.models.update_checkout_body_address import (
        UpdateCheckoutBodyAddress,
    )
    from sesamy_client_api.models.update_checkout_body_business_address import (
        UpdateCheckoutBodyBusinessAddress,
    )
    from sesamy_client_api.models.update_checkout_body_field_settings import (
        UpdateCheckoutBodyFieldSettings,
    )
    from sesamy_client_api.models.update_checkout_body_items_item import (
        UpdateCheckoutBodyItemsItem,
    )
    from sesamy_client_api.models.update_checkout_body_metadata import (
        UpdateCheckoutBodyMetadata,
    )
    from sesamy_client_api.models.update_checkout_body_payment_data import (
        UpdateCheckoutBodyPaymentData,
    )
    from sesamy_client_api.models.update_profile_body_billing_address import (
        UpdateProfileBodyBillingAddress,
    )
    from sesamy_client_api.models.update_profile_body_delivery_address import (
        UpdateProfileBodyDeliveryAddress,
    )
    from sesamy_client_api.models.update_profile_body_user_metadata import (
        UpdateProfileBodyUserMetadata,
    )
    from sesamy_management_api.models.create_access_list_status import (
        CreateAccessListStatus,
    )
    from sesamy_management_api.models.create_access_list_type import (
        CreateAccessListType,
    )
    from sesamy_management_api.models.create_grant_extra_fields import (
        CreateGrantExtraFields,
    )
    from sesamy_management_api.models.create_grant_status import CreateGrantStatus
    from sesamy_management_api.models.grant_address import GrantAddress
    from sesamy_management_api.models.update_access_list_status import (
        UpdateAccessListStatus,
    )
    from sesamy_management_api.models.update_access_list_type import (
        UpdateAccessListType,
    )
    from sesamy_management_api.models.update_grant_extra_fields import (
        UpdateGrantExtraFields,
    )
    from sesamy_management_api.models.update_grant_status import UpdateGrantStatus
    from sesamy_management_api.models.update_user_body_billing_address import (
        UpdateUserBodyBillingAddress,
    )
    from sesamy_management_api.models.update_user_body_delivery_address import (
        UpdateUserBodyDeliveryAddress,
    )
    from sesamy_management_api.models.update_user_body_user_metadata import (
        UpdateUserBodyUserMetadata,
    )

__all__ = [
    "AddTagBodyFields",
    "ChangeUserLoginIdentifierBodyFields",
    "CreateAccessListFields",
    "CreateAmendmentBodyFields",
    "CreateCheckoutRequestFields",
    "CreateFulfillmentBodyFields",
    "CreateGrantFields",
    "CreateProductBodyFields",
    "CreateUserBodyFields",
    "CreateVendorBodyFields",
    "SetUserPasswordBodyFields",
    "TallyInsertFields",
    "UpdateAccessListFields",
    "UpdateCheckoutBodyFields",
    "UpdateGrantFields",
    "UpdateProductBodyFields",
    "UpdateProfileBodyFields",
    "UpdateUserBodyFields",
]

# The values of the generated body enums, member for member; a plain string must be
# one of them. `tests/facade/test_bodies.py` compares each with its enum.
CreateAccessListStatusValue: TypeAlias = Literal["ACTIVE", "CANCELED", "DRAFT"]
CreateAccessListTypeValue: TypeAlias = Literal[
    "BASIC_API",
    "CLAIMED",
    "CSV_FILE",
    "CSV_FILE_OLD",
    "CSV_TRANSACTIONS",
    "HOOK",
    "MANUAL",
]
CreateGrantStatusValue: TypeAlias = Literal["ACTIVE", "CANCELED", "INACTIVE"]
UpdateAccessListStatusValue: TypeAlias = Literal["ACTIVE", "CANCELED", "DRAFT"]
UpdateAccessListTypeValue: TypeAlias = Literal[
    "BASIC_API",
    "CLAIMED",
    "CSV_FILE",
    "CSV_FILE_OLD",
    "CSV_TRANSACTIONS",
    "HOOK",
    "MANUAL",
]
UpdateGrantStatusValue: TypeAlias = Literal["ACTIVE", "CANCELED", "INACTIVE"]


class AddTagBodyFields(TypedDict, total=False):
    """The keywords of a client API `AddTagBody` body."""

    tag: Required[str]


class ChangeUserLoginIdentifierBodyFields(TypedDict, total=False):
    """The keywords of a management API `ChangeUserLoginIdentifierBody` body."""

    email: Required[str]


class CreateAccessListFields(TypedDict, total=False):
    """The keywords of a management API `CreateAccessList` body."""

    name: Required[str]
    type_: Required["CreateAccessListType | CreateAccessListTypeValue"]
    status: Required["CreateAccessListStatus | CreateAccessListStatusValue"]
    description: str
    exclude_from_stats: bool


class CreateAmendmentBodyFields(TypedDict, total=False):
    """The keywords of a client API `CreateAmendmentBody` body."""

    amendment_type: str
    discount_code: str


class CreateCheckoutRequestFields(TypedDict, total=False):
    """The keywords of a client API `CreateCheckoutRequest` body."""

    items: Required["list[CreateCheckoutRequestItemsItem]"]
    redirect_url: Required[str]
    address: "CreateCheckoutRequestAddress"
    business_address: "CreateCheckoutRequestBusinessAddress"
    email: str
    given_name: str
    family_name: str
    birth_date: str
    phone_number: str
    country: str
    referral_email: str
    language: str
    is_business: bool
    price: float
    currency: str
    anonymous_user_id: str
    attribution: "Attribution"
    payment_data: "CreateCheckoutRequestPaymentData"
    payment_methods_filter: "list[PaymentMethods]"
    field_settings: "CreateCheckoutRequestFieldSettings"
    gift_mode: bool
    require_address: bool
    metadata: "CreateCheckoutRequestMetadata"
    requested_discount_codes: list[str]
    payer_email: str


class CreateFulfillmentBodyFields(TypedDict, total=False):
    """The keywords of a client API `CreateFulfillmentBody` body."""

    sku: Required[str]
    item_id: str
    copies: float


class CreateGrantFields(TypedDict, total=False):
    """The keywords of a management API `CreateGrant` body."""

    email: Required[str]
    sku: Required[str]
    po_id: Required[str]
    status: Required["CreateGrantStatus | CreateGrantStatusValue"]
    source: Required[str]
    user_id: str
    publisher_user_id: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    first_name: str
    last_name: str
    phone: str
    delivery_address: "GrantAddress"
    billing_address: "GrantAddress"
    publisher_purchase_id: str
    notes: str
    extra_fields: "CreateGrantExtraFields"
    exclude_from_stats: bool


class CreateProductBodyFields(TypedDict, total=False):
    """The keywords of a management API `CreateProductBody` body."""

    sku: Required[str]
    title: Required[str]
    product_type: Required[str]
    cover: str
    language: str
    publisher_content_id: str


class CreateUserBodyFields(TypedDict, total=False):
    """The keywords of a management API `CreateUserBody` body."""

    email: Required[str]
    name: str
    first_name: str
    last_name: str


class CreateVendorBodyFields(TypedDict, total=False):
    """The keywords of a management API `CreateVendorBody` body."""

    name: Required[str]
    id: Required[str]
    website: str
    country: str


class SetUserPasswordBodyFields(TypedDict, total=False):
    """The keywords of a management API `SetUserPasswordBody` body."""

    password: Required[str]


class TallyInsertFields(TypedDict, total=False):
    """The keywords of a client API `TallyInsert` body."""

    value: Required[float | str]
    policies: "TallyInsertPolicies"


class UpdateAccessListFields(TypedDict, total=False):
    """The keywords of a management API `UpdateAccessList` body."""

    id: str
    name: str
    description: str
    type_: "UpdateAccessListType | UpdateAccessListTypeValue"
    status: "UpdateAccessListStatus | UpdateAccessListStatusValue"
    exclude_from_stats: bool


class UpdateCheckoutBodyFields(TypedDict, total=False):
    """The keywords of a client API `UpdateCheckoutBody` body."""

    items: "list[UpdateCheckoutBodyItemsItem]"
    address: "UpdateCheckoutBodyAddress"
    business_address: "UpdateCheckoutBodyBusinessAddress"
    email: str
    given_name: str
    family_name: str
    birth_date: str
    phone_number: str
    country: str
    referral_email: str
    language: str
    redirect_url: str
    is_business: bool
    price: float
    currency: str
    anonymous_user_id: str
    attribution: "Attribution"
    payment_data: "UpdateCheckoutBodyPaymentData"
    payment_methods_filter: "list[PaymentMethods]"
    field_settings: "UpdateCheckoutBodyFieldSettings"
    gift_mode: bool
    require_address: bool
    metadata: "UpdateCheckoutBodyMetadata"
    requested_discount_codes: list[str]
    payer_email: str


class UpdateGrantFields(TypedDict, total=False):
    """The keywords of a management API `UpdateGrant` body."""

    email: str
    user_id: str
    publisher_user_id: str
    sku: str
    po_id: str
    status: "UpdateGrantStatus | UpdateGrantStatusValue"
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    first_name: str
    last_name: str
    phone: str
    delivery_address: "GrantAddress"
    billing_address: "GrantAddress"
    publisher_purchase_id: str
    notes: str
    extra_fields: "UpdateGrantExtraFields"
    exclude_from_stats: bool


class UpdateProductBodyFields(TypedDict, total=False):
    """
    The keywords of a management API `UpdateProductBody` body.

    `sku` is left out: the method's own `sku` argument (the path) takes that
    keyword, so the body's `sku` can only be sent with `body=`.
    """

    cover: str
    language: str
    title: str
    product_type: str
    publisher_content_id: str


class UpdateProfileBodyFields(TypedDict, total=False):
    """
    The keywords of a client API `UpdateProfileBody` body.

    `user_id` is left out: the method's own `user_id` argument (the path) takes that
    keyword, so the body's `user_id` can only be sent with `body=`.
    """

    first_name: str
    last_name: str
    email: str
    email_verified: bool
    locale: str
    nickname: str
    picture: str
    name: str
    mobile_phone: str
    work_phone: str
    home_phone: str
    tags: list[str]
    user_metadata: "UpdateProfileBodyUserMetadata"
    billing_address: "UpdateProfileBodyBillingAddress"
    delivery_address: "UpdateProfileBodyDeliveryAddress"
    created_at: str
    updated_at: str
    company: str
    sub: str
    given_name: str
    family_name: str
    phone_number: str


class UpdateUserBodyFields(TypedDict, total=False):
    """
    The keywords of a management API `UpdateUserBody` body.

    `user_id` is left out: the method's own `user_id` argument (the path) takes that
    keyword, so the body's `user_id` can only be sent with `body=`.
    """

    first_name: str
    last_name: str
    email: str
    email_verified: bool
    locale: str
    nickname: str
    picture: str
    name: str
    mobile_phone: str
    work_phone: str
    home_phone: str
    tags: list[str]
    user_metadata: "UpdateUserBodyUserMetadata"
    billing_address: "UpdateUserBodyBillingAddress"
    delivery_address: "UpdateUserBodyDeliveryAddress"
    created_at: str
    updated_at: str
    company: str
    sub: str
    given_name: str
    family_name: str
    phone_number: str
