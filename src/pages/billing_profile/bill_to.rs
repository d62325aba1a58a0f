//! The billing address and tax ID invoices are made out to: shown, and for an administrator
//! edited in place.

use billing_core::address::Address;
use billing_core::contract::BillTo;
use billing_core::fields::{field, FieldError};
use billing_core::profile::check_tax_id;
use billing_core::tax_id::{self, TaxId};
use leptos::prelude::*;

use crate::api::{Api, ApiError};
use crate::components::{
    AddressInput, BillToText, BillingAddress, CountrySelect, ErrorPanel, FormActions, FormErrors,
    TextField, ADDRESS_FIELDS,
};
use crate::i18n::use_i18n;
use crate::state::{use_request, OnLeave};

/// The fields of the form, in its order, for the focus on the first refused one.
fn form_order() -> Vec<&'static str> {
    let tax_id = [field::TAX_ID_COUNTRY, field::TAX_ID];
    ADDRESS_FIELDS.iter().chain(&tax_id).copied().collect()
}

#[component]
pub fn BillToSection(
    bill_to: BillTo,
    can_manage: Signal<bool>,
    changed: Callback<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let editing = RwSignal::new(false);
    let shown = bill_to.clone();
    view! {
        <section class="bp-section" aria-labelledby="bp-bill-to-title">
            <h2 id="bp-bill-to-title" tabindex="-1">{i18n.msg("profile-bill-to")}</h2>
            <p class="bp-muted">{i18n.msg("profile-bill-to-note")}</p>
            {move || match editing.get() {
                false => view! {
                    <BillToText bill_to=shown.clone() />
                    {move || can_manage.get().then(|| view! {
                        <button type="button" class="bp-button bp-button--secondary" on:click=move |_| editing.set(true)>
                            {i18n.msg("profile-edit")}
                        </button>
                    })}
                }.into_any(),
                true => view! {
                    <BillToForm bill_to=bill_to.clone()
                        saved=Callback::new(move |()| { editing.set(false); changed.run("profile-saved") })
                        cancelled=Callback::new(move |()| editing.set(false)) />
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn BillToForm(bill_to: BillTo, saved: Callback<()>, cancelled: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let address = AddressInput::default();
    address.show(&bill_to.billing_address);
    let TaxId { country, value } = bill_to.tax_id.unwrap_or_default();
    let tax_country = RwSignal::new(country);
    let tax_number = RwSignal::new(value);
    let errors = FormErrors::new();
    let failed = RwSignal::new(None::<ApiError>);
    // No number is no tax ID, whatever country is chosen.
    let tax_id = move || {
        let value = tax_number.get_untracked();
        (!value.trim().is_empty()).then(|| TaxId {
            country: tax_country.get_untracked(),
            value,
        })
    };
    let check_tax_id = move || -> Vec<FieldError> {
        tax_id()
            .map(|t| check_tax_id(&t).err().into_iter().collect())
            .unwrap_or_default()
    };
    let leave_tax_id =
        Callback::new(move |path: &'static str| errors.update_field(path, &check_tax_id()));
    let saving = use_request(
        OnLeave::Finish,
        |api: Api, bill_to: BillTo| async move { api.update_bill_to(bill_to).await },
        move |result| match result {
            Ok(_) => saved.run(()),
            Err(error) => {
                errors.show_refusal(&error, &form_order());
                failed.set(Some(error));
            }
        },
    );
    let busy = saving.pending();
    // This form is the profile's own address: nothing to copy it from.
    let no_company = Signal::stored(None::<Address>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        failed.set(None);
        let mut all = address.check().err().unwrap_or_default();
        all.extend(check_tax_id());
        if !all.is_empty() {
            errors.set_all(&all);
            errors.focus_first(&form_order());
            return;
        }
        errors.clear();
        saving.dispatch(BillTo {
            billing_address: address.address(),
            tax_id: tax_id(),
        });
    };
    view! {
        <form class="bp-form" novalidate on:submit=submit aria-busy=move || busy.get().to_string()>
            {move || failed.get().map(|error| view! { <ErrorPanel error /> })}
            <BillingAddress address errors company=no_company legend="profile-billing-address" />
            <fieldset class="bp-fieldset">
                <legend>{i18n.msg("profile-tax-id")}</legend>
                <div class="bp-field-row">
                    <CountrySelect path=field::TAX_ID_COUNTRY label="profile-tax-id-country" value=tax_country
                        errors on_change=leave_tax_id />
                    <TextField path=field::TAX_ID label="profile-tax-id-number" value=tax_number errors optional=true
                        on_leave=leave_tax_id />
                </div>
                <p class="bp-muted">{move || match tax_id::example(&tax_country.get()) {
                    Some(example) => i18n.t_with("profile-tax-id-example", &[("example", example.into())]),
                    None => i18n.t("profile-tax-id-help"),
                }}</p>
            </fieldset>
            <FormActions submit="profile-save" busy_label="profile-saving" busy cancelled />
        </form>
    }
}
