//! The signed-in account, loaded once for the whole portal, and what its role allows; the
//! billing profile, loaded by each view that shows it or copies from it.

use billing_core::address::Address;
use billing_core::contract::{Account, BillingProfile};
use leptos::prelude::*;

use super::resource::{use_api_resource, ApiResource};

/// Whether the signed-in customer may pay and change payment methods: false for a viewer,
/// and until the account is known, so that no action flashes into view for a viewer.
pub fn use_can_manage_billing() -> Signal<bool> {
    let account = use_account();
    Signal::derive(move || {
        account
            .get()
            .and_then(Result::ok)
            .is_some_and(|a| a.role.can_manage_billing())
    })
}

/// The account, loaded once for the whole portal.
pub fn use_account() -> ApiResource<Account> {
    expect_context::<ApiResource<Account>>()
}

/// Loads the account for [`use_account`]; called once, by the portal.
pub fn provide_account() -> ApiResource<Account> {
    let account = use_api_resource(|api| async move { api.account().await });
    provide_context(account);
    account
}

/// The billing profile: whom invoices are made out to (which **Use company information**
/// copies) and the billing contacts. Loaded by the view that asks, as it is, when it asks.
pub fn use_billing_profile() -> ApiResource<BillingProfile> {
    use_api_resource(|api| async move { api.billing_profile().await })
}

/// The profile's billing address, for **Use company information**, once `profile` is
/// loaded. A signal, so that only that choice follows the profile and a form around it stays.
pub fn company_of(profile: ApiResource<BillingProfile>) -> Signal<Option<Address>> {
    Signal::derive(move || {
        profile
            .get()
            .and_then(Result::ok)
            .map(|p| p.bill_to.billing_address)
    })
}
