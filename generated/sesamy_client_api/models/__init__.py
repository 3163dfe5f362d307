"""Contains all the data models used in inputs/outputs"""

from .add_tag_body import AddTagBody
from .amendment import Amendment
from .amendment_applied_discounts_item import AmendmentAppliedDiscountsItem
from .amendment_next_bill import AmendmentNextBill
from .applied_discount_codes import AppliedDiscountCodes
from .applied_discount_codes_status import AppliedDiscountCodesStatus
from .attribution import Attribution
from .attribution_source import AttributionSource
from .bill import Bill
from .bill_items_item import BillItemsItem
from .cancel_contract_response_200 import CancelContractResponse200
from .checkout import Checkout
from .checkout_address import CheckoutAddress
from .checkout_business_address import CheckoutBusinessAddress
from .checkout_field_settings import CheckoutFieldSettings
from .checkout_field_settings_birthdate import CheckoutFieldSettingsBirthdate
from .checkout_field_settings_name import CheckoutFieldSettingsName
from .checkout_field_settings_phone import CheckoutFieldSettingsPhone
from .checkout_field_settings_referral import CheckoutFieldSettingsReferral
from .checkout_items_item import CheckoutItemsItem
from .checkout_items_item_geo_restrictions import CheckoutItemsItemGeoRestrictions
from .checkout_items_item_geo_restrictions_type import (
    CheckoutItemsItemGeoRestrictionsType,
)
from .checkout_items_owned_item import CheckoutItemsOwnedItem
from .checkout_metadata import CheckoutMetadata
from .checkout_payer import CheckoutPayer
from .checkout_payment_data import CheckoutPaymentData
from .checkout_status import CheckoutStatus
from .checkout_type import CheckoutType
from .confirm_amendment_response_200 import ConfirmAmendmentResponse200
from .contract import Contract
from .contract_applied_discounts_item import ContractAppliedDiscountsItem
from .contract_contract_duration import ContractContractDuration
from .contract_items_item import ContractItemsItem
from .contract_payment_data import ContractPaymentData
from .contract_recurring_interval import ContractRecurringInterval
from .create_amendment_body import CreateAmendmentBody
from .create_checkout_request import CreateCheckoutRequest
from .create_checkout_request_address import CreateCheckoutRequestAddress
from .create_checkout_request_business_address import (
    CreateCheckoutRequestBusinessAddress,
)
from .create_checkout_request_field_settings import CreateCheckoutRequestFieldSettings
from .create_checkout_request_field_settings_birthdate import (
    CreateCheckoutRequestFieldSettingsBirthdate,
)
from .create_checkout_request_field_settings_name import (
    CreateCheckoutRequestFieldSettingsName,
)
from .create_checkout_request_field_settings_phone import (
    CreateCheckoutRequestFieldSettingsPhone,
)
from .create_checkout_request_field_settings_referral import (
    CreateCheckoutRequestFieldSettingsReferral,
)
from .create_checkout_request_items_item import CreateCheckoutRequestItemsItem
from .create_checkout_request_items_item_geo_restrictions import (
    CreateCheckoutRequestItemsItemGeoRestrictions,
)
from .create_checkout_request_items_item_geo_restrictions_type import (
    CreateCheckoutRequestItemsItemGeoRestrictionsType,
)
from .create_checkout_request_metadata import CreateCheckoutRequestMetadata
from .create_checkout_request_payment_data import CreateCheckoutRequestPaymentData
from .create_fulfillment_body import CreateFulfillmentBody
from .entitlement import Entitlement
from .entitlement_origin_type_0 import EntitlementOriginType0
from .entitlement_origin_type_0_type import EntitlementOriginType0Type
from .entitlement_origin_type_1 import EntitlementOriginType1
from .entitlement_origin_type_1_type import EntitlementOriginType1Type
from .entitlement_type import EntitlementType
from .get_entitlement_access_response_200 import GetEntitlementAccessResponse200
from .get_spotify_link_response_200 import GetSpotifyLinkResponse200
from .get_vendor_response_200 import GetVendorResponse200
from .list_user_metadata_response_200 import ListUserMetadataResponse200
from .list_vendors_response_200_item import ListVendorsResponse200Item
from .payment_issue import PaymentIssue
from .payment_issue_status import PaymentIssueStatus
from .payment_methods import PaymentMethods
from .paywall import Paywall
from .paywall_settings import PaywallSettings
from .paywall_settings_styling import PaywallSettingsStyling
from .paywall_settings_template import PaywallSettingsTemplate
from .paywall_single_purchase import PaywallSinglePurchase
from .paywall_subscriptions_item import PaywallSubscriptionsItem
from .product import Product
from .profile import Profile
from .profile_billing_address import ProfileBillingAddress
from .profile_delivery_address import ProfileDeliveryAddress
from .profile_user_metadata import ProfileUserMetadata
from .subscription import Subscription
from .subscription_product import SubscriptionProduct
from .tally import Tally
from .tally_insert import TallyInsert
from .tally_insert_policies import TallyInsertPolicies
from .tally_insert_policies_overflow import TallyInsertPoliciesOverflow
from .tally_policies import TallyPolicies
from .tally_policies_overflow import TallyPoliciesOverflow
from .transaction import Transaction
from .unlink_spotify_response_200 import UnlinkSpotifyResponse200
from .update_checkout_body import UpdateCheckoutBody
from .update_checkout_body_address import UpdateCheckoutBodyAddress
from .update_checkout_body_business_address import UpdateCheckoutBodyBusinessAddress
from .update_checkout_body_field_settings import UpdateCheckoutBodyFieldSettings
from .update_checkout_body_field_settings_birthdate import (
    UpdateCheckoutBodyFieldSettingsBirthdate,
)
from .update_checkout_body_field_settings_name import (
    UpdateCheckoutBodyFieldSettingsName,
)
from .update_checkout_body_field_settings_phone import (
    UpdateCheckoutBodyFieldSettingsPhone,
)
from .update_checkout_body_field_settings_referral import (
    UpdateCheckoutBodyFieldSettingsReferral,
)
from .update_checkout_body_items_item import UpdateCheckoutBodyItemsItem
from .update_checkout_body_items_item_geo_restrictions import (
    UpdateCheckoutBodyItemsItemGeoRestrictions,
)
from .update_checkout_body_items_item_geo_restrictions_type import (
    UpdateCheckoutBodyItemsItemGeoRestrictionsType,
)
from .update_checkout_body_metadata import UpdateCheckoutBodyMetadata
from .update_checkout_body_payment_data import UpdateCheckoutBodyPaymentData
from .update_profile_body import UpdateProfileBody
from .update_profile_body_billing_address import UpdateProfileBodyBillingAddress
from .update_profile_body_delivery_address import UpdateProfileBodyDeliveryAddress
from .update_profile_body_user_metadata import UpdateProfileBodyUserMetadata
from .user_fulfillment import UserFulfillment

__all__ = (
    "AddTagBody",
    "Amendment",
    "AmendmentAppliedDiscountsItem",
    "AmendmentNextBill",
    "AppliedDiscountCodes",
    "AppliedDiscountCodesStatus",
    "Attribution",
    "AttributionSource",
    "Bill",
    "BillItemsItem",
    "CancelContractResponse200",
    "Checkout",
    "CheckoutAddress",
    "CheckoutBusinessAddress",
    "CheckoutFieldSettings",
    "CheckoutFieldSettingsBirthdate",
    "CheckoutFieldSettingsName",
    "CheckoutFieldSettingsPhone",
    "CheckoutFieldSettingsReferral",
    "CheckoutItemsItem",
    "CheckoutItemsItemGeoRestrictions",
    "CheckoutItemsItemGeoRestrictionsType",
    "CheckoutItemsOwnedItem",
    "CheckoutMetadata",
    "CheckoutPayer",
    "CheckoutPaymentData",
    "CheckoutStatus",
    "CheckoutType",
    "ConfirmAmendmentResponse200",
    "Contract",
    "ContractAppliedDiscountsItem",
    "ContractContractDuration",
    "ContractItemsItem",
    "ContractPaymentData",
    "ContractRecurringInterval",
    "CreateAmendmentBody",
    "CreateCheckoutRequest",
    "CreateCheckoutRequestAddress",
    "CreateCheckoutRequestBusinessAddress",
    "CreateCheckoutRequestFieldSettings",
    "CreateCheckoutRequestFieldSettingsBirthdate",
    "CreateCheckoutRequestFieldSettingsName",
    "CreateCheckoutRequestFieldSettingsPhone",
    "CreateCheckoutRequestFieldSettingsReferral",
    "CreateCheckoutRequestItemsItem",
    "CreateCheckoutRequestItemsItemGeoRestrictions",
    "CreateCheckoutRequestItemsItemGeoRestrictionsType",
    "CreateCheckoutRequestMetadata",
    "CreateCheckoutRequestPaymentData",
    "CreateFulfillmentBody",
    "Entitlement",
    "EntitlementOriginType0",
    "EntitlementOriginType0Type",
    "EntitlementOriginType1",
    "EntitlementOriginType1Type",
    "EntitlementType",
    "GetEntitlementAccessResponse200",
    "GetSpotifyLinkResponse200",
    "GetVendorResponse200",
    "ListUserMetadataResponse200",
    "ListVendorsResponse200Item",
    "PaymentIssue",
    "PaymentIssueStatus",
    "PaymentMethods",
    "Paywall",
    "PaywallSettings",
    "PaywallSettingsStyling",
    "PaywallSettingsTemplate",
    "PaywallSinglePurchase",
    "PaywallSubscriptionsItem",
    "Product",
    "Profile",
    "ProfileBillingAddress",
    "ProfileDeliveryAddress",
    "ProfileUserMetadata",
    "Subscription",
    "SubscriptionProduct",
    "Tally",
    "TallyInsert",
    "TallyInsertPolicies",
    "TallyInsertPoliciesOverflow",
    "TallyPolicies",
    "TallyPoliciesOverflow",
    "Transaction",
    "UnlinkSpotifyResponse200",
    "UpdateCheckoutBody",
    "UpdateCheckoutBodyAddress",
    "UpdateCheckoutBodyBusinessAddress",
    "UpdateCheckoutBodyFieldSettings",
    "UpdateCheckoutBodyFieldSettingsBirthdate",
    "UpdateCheckoutBodyFieldSettingsName",
    "UpdateCheckoutBodyFieldSettingsPhone",
    "UpdateCheckoutBodyFieldSettingsReferral",
    "UpdateCheckoutBodyItemsItem",
    "UpdateCheckoutBodyItemsItemGeoRestrictions",
    "UpdateCheckoutBodyItemsItemGeoRestrictionsType",
    "UpdateCheckoutBodyMetadata",
    "UpdateCheckoutBodyPaymentData",
    "UpdateProfileBody",
    "UpdateProfileBodyBillingAddress",
    "UpdateProfileBodyDeliveryAddress",
    "UpdateProfileBodyUserMetadata",
    "UserFulfillment",
)
