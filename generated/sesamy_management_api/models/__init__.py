"""Contains all the data models used in inputs/outputs"""

from .access_list import AccessList
from .access_list_status import AccessListStatus
from .access_list_type import AccessListType
from .bill import Bill
from .bill_items_item import BillItemsItem
from .change_user_login_identifier_body import ChangeUserLoginIdentifierBody
from .contract import Contract
from .contract_applied_discounts_item import ContractAppliedDiscountsItem
from .contract_contract_duration import ContractContractDuration
from .contract_items_item import ContractItemsItem
from .contract_payment_data import ContractPaymentData
from .contract_recurring_interval import ContractRecurringInterval
from .create_access_list import CreateAccessList
from .create_access_list_status import CreateAccessListStatus
from .create_access_list_type import CreateAccessListType
from .create_grant import CreateGrant
from .create_grant_extra_fields import CreateGrantExtraFields
from .create_grant_status import CreateGrantStatus
from .create_product_body import CreateProductBody
from .create_user_body import CreateUserBody
from .create_vendor_body import CreateVendorBody
from .entitlement import Entitlement
from .entitlement_origin_type_0 import EntitlementOriginType0
from .entitlement_origin_type_0_type import EntitlementOriginType0Type
from .entitlement_origin_type_1 import EntitlementOriginType1
from .entitlement_origin_type_1_type import EntitlementOriginType1Type
from .entitlement_type import EntitlementType
from .fulfillment import Fulfillment
from .grant import Grant
from .grant_address import GrantAddress
from .grant_extra_fields import GrantExtraFields
from .grant_status import GrantStatus
from .list_bills_status import ListBillsStatus
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
from .set_user_password_body import SetUserPasswordBody
from .transaction import Transaction
from .update_access_list import UpdateAccessList
from .update_access_list_status import UpdateAccessListStatus
from .update_access_list_type import UpdateAccessListType
from .update_grant import UpdateGrant
from .update_grant_extra_fields import UpdateGrantExtraFields
from .update_grant_status import UpdateGrantStatus
from .update_product_body import UpdateProductBody
from .update_user_body import UpdateUserBody
from .update_user_body_billing_address import UpdateUserBodyBillingAddress
from .update_user_body_delivery_address import UpdateUserBodyDeliveryAddress
from .update_user_body_user_metadata import UpdateUserBodyUserMetadata
from .vendor import Vendor

__all__ = (
    "AccessList",
    "AccessListStatus",
    "AccessListType",
    "Bill",
    "BillItemsItem",
    "ChangeUserLoginIdentifierBody",
    "Contract",
    "ContractAppliedDiscountsItem",
    "ContractContractDuration",
    "ContractItemsItem",
    "ContractPaymentData",
    "ContractRecurringInterval",
    "CreateAccessList",
    "CreateAccessListStatus",
    "CreateAccessListType",
    "CreateGrant",
    "CreateGrantExtraFields",
    "CreateGrantStatus",
    "CreateProductBody",
    "CreateUserBody",
    "CreateVendorBody",
    "Entitlement",
    "EntitlementOriginType0",
    "EntitlementOriginType0Type",
    "EntitlementOriginType1",
    "EntitlementOriginType1Type",
    "EntitlementType",
    "Fulfillment",
    "Grant",
    "GrantAddress",
    "GrantExtraFields",
    "GrantStatus",
    "ListBillsStatus",
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
    "SetUserPasswordBody",
    "Transaction",
    "UpdateAccessList",
    "UpdateAccessListStatus",
    "UpdateAccessListType",
    "UpdateGrant",
    "UpdateGrantExtraFields",
    "UpdateGrantStatus",
    "UpdateProductBody",
    "UpdateUserBody",
    "UpdateUserBodyBillingAddress",
    "UpdateUserBodyDeliveryAddress",
    "UpdateUserBodyUserMetadata",
    "Vendor",
)
