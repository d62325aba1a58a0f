//! **Billing profile**: whom invoices are made out to (the billing address, which **Use
//! company information** copies, and the tax ID) and the billing contacts, with what each
//! receives. An administrator changes them; a viewer reads them.

mod bill_to;
mod contacts;

use leptos::prelude::*;

use crate::components::AsyncView;
use crate::i18n::use_i18n;
use crate::state::{use_billing_profile, use_can_manage_billing};

#[component]
pub fn BillingProfilePage() -> impl IntoView {
    let i18n = use_i18n();
    let profile = use_billing_profile();
    let can_manage = use_can_manage_billing();
    // What the last change did, announced: a message id.
    let done = RwSignal::new(None::<&'static str>);
    let changed = Callback::new(move |message: &'static str| {
        done.set(Some(message));
        profile.refetch();
    });
    view! {
        <h1>{i18n.msg("nav-billing-profile")}</h1>
        <p class="bp-done" role="status">{move || done.get().map(|id| i18n.t(id))}</p>
        <AsyncView resource=profile view=move |profile| view! {
            <bill_to::BillToSection bill_to=profile.bill_to can_manage changed />
            <contacts::ContactsSection contacts=profile.contacts can_manage changed />
        } />
    }
}
