//! **Add credit card**: the card goes to the vault, the method is made from the token.

use billing_core::address::Address;
use billing_core::contract::{CardTokenRequest, NewPaymentMethod};
use leptos::prelude::*;

use crate::api::{settled, Api, ApiError, IdempotencyKey};
use crate::components::{
    check_card_and_address, show_refusal, AddressInput, BillingAddress, CardInput, ErrorPanel,
    FormActions, FormErrors, PaymentInformation,
};
use crate::i18n::use_i18n;
use crate::state::{use_request, OnLeave};

#[component]
pub fn AddCard(
    /// The billing profile's address, for **Use company information**, once it is loaded.
    company: Signal<Option<Address>>,
    /// Whether the card is to be the monthly method, to begin with.
    monthly: bool,
    added: Callback<()>,
    cancelled: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let card = CardInput::default();
    on_cleanup(move || card.forget());
    let address = AddressInput::default();
    let errors = FormErrors::new();
    let eu_supported = RwSignal::new(false);
    let make_default = RwSignal::new(monthly);
    let failed = RwSignal::new(None::<ApiError>);
    // The key of an add whose answer was lost: it may have added the card, so the next
    // submit asks what became of it before adding anything.
    let unanswered = RwSignal::new(None::<IdempotencyKey>);
    let adding = use_request(
        OnLeave::Finish,
        |api: Api, new: NewCard| {
            let NewCard {
                billing_address,
                request,
                key,
                earlier,
                eu_supported,
                make_default,
            } = new;
            async move {
                if let Some(earlier) = earlier {
                    match api
                        .resolve_payment_method(earlier.clone())
                        .await
                        .and_then(settled)
                    {
                        // Still unknown: adding now could add the card twice.
                        Err(error) => return (Some(earlier), Err(error)),
                        // It was added after all: that is this submit's answer too.
                        Ok(Some(Ok(method))) => return (None, Ok(method)),
                        // Refused, or never carried out: nothing was added.
                        Ok(_) => {}
                    }
                }
                let holder = request.holder.clone();
                let added = match api.create_card_token(request).await {
                    Ok(token) => {
                        let new = NewPaymentMethod {
                            token: token.token,
                            holder,
                            billing_address,
                            eu_supported,
                            make_default,
                        };
                        api.add_payment_method(new, key.clone()).await
                    }
                    Err(error) => Err(error),
                };
                let lost = matches!(&added, Err(error) if error.is_retryable());
                (lost.then_some(key), added)
            }
        },
        move |(lost, result)| {
            unanswered.set(lost);
            match result {
                Ok(_) => {
                    card.forget();
                    added.run(());
                }
                Err(error) => {
                    show_refusal(&card, errors, &error);
                    failed.set(Some(error));
                }
            }
        },
    );
    let busy = adding.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        failed.set(None);
        let Some((billing_address, request)) = check_card_and_address(&card, &address, errors)
        else {
            return;
        };
        // Each submit tokenizes the card anew, so it is a new request with a key of its own;
        // the client sends that same request again, with the same key, if its answer is lost.
        adding.dispatch(NewCard {
            billing_address,
            request,
            key: IdempotencyKey::fresh(),
            earlier: unanswered.get_untracked(),
            eu_supported: eu_supported.get_untracked(),
            make_default: make_default.get_untracked(),
        });
    };
    view! {
        <section class="bp-section" aria-labelledby="bp-add-card-title">
            <h2 id="bp-add-card-title" tabindex="-1">{i18n.msg("card-add")}</h2>
            <form class="bp-form" novalidate on:submit=submit aria-busy=move || busy.get().to_string()>
                {move || failed.get().map(|error| view! { <ErrorPanel error /> })}
                <BillingAddress address errors company />
                <PaymentInformation card errors />
                <label class="bp-choice">
                    <input type="checkbox" prop:checked=eu_supported
                        on:change=move |ev| eu_supported.set(event_target_checked(&ev)) />
                    {i18n.msg("card-eu-supported")}
                </label>
                <p class="bp-muted">{i18n.msg("card-eu-supported-help")}</p>
                <label class="bp-choice">
                    <input type="checkbox" prop:checked=make_default
                        on:change=move |ev| make_default.set(event_target_checked(&ev)) />
                    {i18n.msg("card-make-monthly")}
                </label>
                <FormActions submit="card-add" busy_label="card-adding" busy cancelled />
            </form>
        </section>
    }
}

/// What one submit sends: the card to tokenize and add, with the key of this attempt and of
/// an earlier one whose answer was lost.
#[derive(Clone)]
struct NewCard {
    billing_address: Address,
    request: CardTokenRequest,
    key: IdempotencyKey,
    earlier: Option<IdempotencyKey>,
    eu_supported: bool,
    make_default: bool,
}
