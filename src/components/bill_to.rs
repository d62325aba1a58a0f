//! Whom an invoice is made out to, as printed on it: the billing profile's, or an issued
//! invoice's own.

use billing_core::address::Address;
use billing_core::contract::BillTo;
use billing_core::tax_id::TaxId;
use leptos::prelude::*;

use crate::i18n::{intl, use_i18n};

/// The address as printed on an invoice, and the tax ID, in the active language.
#[component]
pub fn BillToText(bill_to: BillTo) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let Address {
            first_name,
            last_name,
            company,
            line1,
            line2,
            city,
            state,
            postal_code,
            country,
            phone,
            email,
        } = bill_to.billing_address.clone();
        let name = i18n.t_with(
            "profile-person",
            &[("first", first_name.into()), ("last", last_name.into())],
        );
        // A state where the country has them, in each language's order.
        let place = match state.trim() {
            "" => i18n.t_with(
                "profile-place",
                &[("city", city.into()), ("postal", postal_code.into())],
            ),
            _ => i18n.t_with(
                "profile-place-state",
                &[
                    ("city", city.into()),
                    ("state", state.into()),
                    ("postal", postal_code.into()),
                ],
            ),
        };
        let country = intl::region(&country, i18n.lang());
        let lines = [company, name, line1, line2, place, country, phone, email]
            .into_iter()
            .filter(|line| !line.trim().is_empty())
            .map(|line| view! { <span class="bp-address__line">{line}</span> })
            .collect_view();
        let tax_id = match &bill_to.tax_id {
            Some(TaxId { country, value }) => i18n.t_with(
                "profile-tax-id-value",
                &[
                    ("country", intl::region(country, i18n.lang()).into()),
                    ("number", value.clone().into()),
                ],
            ),
            None => i18n.t("profile-tax-id-none"),
        };
        view! {
            <address class="bp-address">{lines}</address>
            <p>{tax_id}</p>
        }
    }
}
