//! The two sections of the card form, shared by Add credit card and a one-time payment:
//! **Billing address** (with **Use company information**) and **Payment information**.
//!
//! The card number and security code live only in these signals, in memory: they are sent
//! to the vault alone, never stored, logged or put in a URL. The form that owns them
//! forgets them after success and when it goes away (a payment keeps them across its review
//! step, so that a declined card can be corrected rather than typed again).

use billing_core::address::Address;
use billing_core::card::{format_card_number_at, normalize_number, CardBrand};
use billing_core::contract::CardTokenRequest;
use billing_core::fields::{field, FieldError};
use billing_core::validation::{validate_billing_address, validate_card_form, CardForm};
use leptos::prelude::*;

use super::country_select::CountrySelect;
use super::form::{FormErrors, TextField};
use super::method_label::brand_message;
use crate::api::ApiError;
use crate::clock;
use crate::i18n::use_i18n;

/// The fields of **Payment information**, in the form's order.
pub const CARD_FIELDS: [&str; 4] = [
    field::CARD_NUMBER,
    field::CARD_EXPIRY,
    field::CARD_CVC,
    field::CARD_HOLDER,
];

/// The fields of **Billing address**, in the form's order.
pub const ADDRESS_FIELDS: [&str; 11] = [
    field::FIRST_NAME,
    field::LAST_NAME,
    field::COMPANY,
    field::LINE1,
    field::LINE2,
    field::CITY,
    field::STATE,
    field::POSTAL_CODE,
    field::COUNTRY,
    field::PHONE,
    field::EMAIL,
];

/// What the customer types into **Payment information**.
#[derive(Clone, Copy)]
pub struct CardInput {
    number: RwSignal<String>,
    expiry: RwSignal<String>,
    cvc: RwSignal<String>,
    holder: RwSignal<String>,
}

impl Default for CardInput {
    fn default() -> Self {
        CardInput {
            number: RwSignal::new(String::new()),
            expiry: RwSignal::new(String::new()),
            cvc: RwSignal::new(String::new()),
            holder: RwSignal::new(String::new()),
        }
    }
}

impl CardInput {
    pub fn form(&self) -> CardForm {
        CardForm {
            number: self.number.get_untracked(),
            expiry: self.expiry.get_untracked(),
            cvc: self.cvc.get_untracked(),
            holder: self.holder.get_untracked(),
        }
    }

    pub fn check(&self) -> Result<CardTokenRequest, Vec<FieldError>> {
        validate_card_form(&self.form(), &CardBrand::KNOWN, clock::today())
    }

    /// After a refusal the security code is typed again; everything else stays.
    pub fn forget_security_code(&self) {
        self.cvc.set(String::new());
    }

    /// After success, or when the form goes away.
    pub fn forget(&self) {
        for signal in [self.number, self.expiry, self.cvc, self.holder] {
            signal.set(String::new());
        }
    }
}

/// What the customer types into **Billing address**.
#[derive(Clone, Copy)]
pub struct AddressInput {
    fields: [RwSignal<String>; 11],
    /// **Use company information** is ticked: the fields show the company record.
    use_company: RwSignal<bool>,
    /// What the customer had typed before ticking it, back when it is unticked.
    typed: StoredValue<Address>,
}

impl Default for AddressInput {
    fn default() -> Self {
        AddressInput {
            fields: std::array::from_fn(|_| RwSignal::new(String::new())),
            use_company: RwSignal::new(false),
            typed: StoredValue::new(Address::default()),
        }
    }
}

impl AddressInput {
    fn signal(&self, path: &str) -> RwSignal<String> {
        let index = ADDRESS_FIELDS.iter().position(|p| *p == path).unwrap_or(0);
        self.fields[index]
    }

    pub fn address(&self) -> Address {
        let get = |path| self.signal(path).get_untracked();
        Address {
            first_name: get(field::FIRST_NAME),
            last_name: get(field::LAST_NAME),
            company: get(field::COMPANY),
            line1: get(field::LINE1),
            line2: get(field::LINE2),
            city: get(field::CITY),
            state: get(field::STATE),
            postal_code: get(field::POSTAL_CODE),
            country: get(field::COUNTRY),
            phone: get(field::PHONE),
            email: get(field::EMAIL),
        }
    }

    /// Shows `address` in the fields, as if typed.
    pub fn show(&self, address: &Address) {
        let values = [
            &address.first_name,
            &address.last_name,
            &address.company,
            &address.line1,
            &address.line2,
            &address.city,
            &address.state,
            &address.postal_code,
            &address.country,
            &address.phone,
            &address.email,
        ];
        for (signal, value) in self.fields.iter().zip(values) {
            signal.set(value.clone());
        }
    }

    pub fn check(&self) -> Result<Address, Vec<FieldError>> {
        validate_billing_address(&self.address())
    }

    /// Ticks or unticks **Use company information**.
    fn use_company(&self, company: &Address, on: bool) {
        if on {
            self.typed.set_value(self.address());
            self.show(&Address::from_company(company));
        } else {
            self.show(&self.typed.get_value());
        }
        self.use_company.set(on);
    }
}

/// **Payment information**: card number (grouped as typed, its brand shown), expiry,
/// security code and name on card.
#[component]
pub fn PaymentInformation(card: CardInput, errors: FormErrors) -> impl IntoView {
    let i18n = use_i18n();
    let leave = Callback::new(move |path: &'static str| {
        errors.update_field(path, &card.check().err().unwrap_or_default())
    });
    let brand = move || {
        let digits = normalize_number(&card.number.get()).unwrap_or_default();
        (digits.len() >= 2)
            .then(|| CardBrand::detect(&digits))
            .filter(|b| *b != CardBrand::Unknown)
    };
    view! {
        <fieldset class="bp-fieldset">
            <legend>{i18n.msg("card-section-payment")}</legend>
            <TextField path=field::CARD_NUMBER label="card-number" value=card.number errors required=true
                autocomplete="cc-number" inputmode="numeric" reformat=format_card_number_at on_leave=leave>
                <span class="bp-field__brand" aria-live="polite">{move || brand().map(|b| i18n.t(brand_message(b)))}</span>
            </TextField>
            <div class="bp-field-row">
                <TextField path=field::CARD_EXPIRY label="card-expiry" value=card.expiry errors required=true
                    autocomplete="cc-exp" inputmode="numeric" on_leave=leave />
                <TextField path=field::CARD_CVC label="card-cvc" value=card.cvc errors required=true
                    autocomplete="cc-csc" inputmode="numeric" on_leave=leave />
            </div>
            <TextField path=field::CARD_HOLDER label="card-holder" value=card.holder errors required=true
                autocomplete="cc-name" on_leave=leave />
        </fieldset>
    }
}

/// The fields of both sections, in the order the form shows them.
fn form_order() -> Vec<&'static str> {
    ADDRESS_FIELDS
        .iter()
        .chain(CARD_FIELDS.iter())
        .copied()
        .collect()
}

/// Checks **Billing address** and **Payment information** together: on success the
/// address and the vault's request; otherwise every error shown and the focus on the first.
pub fn check_card_and_address(
    card: &CardInput,
    address: &AddressInput,
    errors: FormErrors,
) -> Option<(Address, CardTokenRequest)> {
    match (address.check(), card.check()) {
        (Ok(address), Ok(request)) => {
            errors.clear();
            Some((address, request))
        }
        (address, card) => {
            let all: Vec<FieldError> = [address.err(), card.err()]
                .into_iter()
                .flatten()
                .flatten()
                .collect();
            errors.set_all(&all);
            errors.focus_first(&form_order());
            None
        }
    }
}

/// After the server refused the card or its address: its field errors shown (the focus on
/// the first), the security code to type again, everything else as typed.
pub fn show_refusal(card: &CardInput, errors: FormErrors, error: &ApiError) {
    errors.show_refusal(error, &form_order());
    card.forget_security_code();
}

/// Whether an address field must be filled in: always, never, or depending on the country.
#[derive(Clone, Copy, PartialEq)]
enum Need {
    Required,
    Optional,
    ByCountry,
}

/// **Billing address**, with **Use company information** where the account has a company
/// record: ticked, it fills the section from the record; unticked, the customer's own
/// typing comes back and the fields are theirs to edit.
#[component]
pub fn BillingAddress(
    address: AddressInput,
    errors: FormErrors,
    /// The billing profile's address, once it is loaded; none offers no
    /// **Use company information**.
    #[prop(into)]
    company: Signal<Option<Address>>,
    /// The section's title: **Billing address**, or for a one-time payment **Credit card
    /// billing address**.
    #[prop(default = "card-section-address")]
    legend: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let leave = Callback::new(move |path: &'static str| {
        errors.update_field(path, &address.check().err().unwrap_or_default())
    });
    let readonly = Signal::derive(move || address.use_company.get());
    let text = move |path: &'static str, label: &'static str, autocomplete: &'static str, need| {
        let (required, optional) = (need == Need::Required, need == Need::Optional);
        view! {
            <TextField path label value=address.signal(path) errors required optional autocomplete readonly on_leave=leave />
        }
    };
    view! {
        <fieldset class="bp-fieldset">
            <legend>{i18n.msg(legend)}</legend>
            {move || company.get().map(|company| view! {
                <label class="bp-choice">
                    <input type="checkbox" prop:checked=address.use_company
                        on:change=move |ev| {
                            address.use_company(&company, event_target_checked(&ev));
                            errors.clear_fields(&ADDRESS_FIELDS);
                        } />
                    {i18n.msg("card-use-company")}
                </label>
            })}
            <div class="bp-field-row">
                {text(field::FIRST_NAME, "address-first-name", "given-name", Need::Required)}
                {text(field::LAST_NAME, "address-last-name", "family-name", Need::Required)}
            </div>
            {text(field::COMPANY, "address-company", "organization", Need::Optional)}
            {text(field::LINE1, "address-line1", "address-line1", Need::Required)}
            {text(field::LINE2, "address-line2", "address-line2", Need::Optional)}
            <div class="bp-field-row">
                {text(field::CITY, "address-city", "address-level2", Need::Required)}
                {text(field::STATE, "address-state", "address-level1", Need::ByCountry)}
                {text(field::POSTAL_CODE, "address-postal-code", "postal-code", Need::ByCountry)}
            </div>
            <CountrySelect path=field::COUNTRY label="address-country" value=address.signal(field::COUNTRY)
                errors disabled=readonly autocomplete="country" on_change=leave />
            <div class="bp-field-row">
                {text(field::PHONE, "address-phone", "tel", Need::Optional)}
                {text(field::EMAIL, "address-email", "email", Need::Optional)}
            </div>
        </fieldset>
    }
}
