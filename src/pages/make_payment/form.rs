//! The payment form's steps: amount and method, then review, then the outcome.

use billing_core::address::Address;
use billing_core::contract::{
    CardTokenRequest, NewPayment, NewPaymentMethod, Payment, PaymentMethodSummary, PaymentSource,
};
use billing_core::money::Money;
use leptos::prelude::*;

use super::amount::{AmountField, AmountInput};
use super::flow::{self, Asked, Next, Sent};
use super::outcome::{ActionDialog, NewMonthly, Receipt};
use super::Payable;
use crate::api::{settled, Api, ApiError, IdempotencyKey};
use crate::clock;
use crate::components::{
    check_card_and_address, method_text, show_refusal, AddressInput, BillingAddress, BrandMark,
    CardInput, ErrorPanel, FormErrors, Link, MethodLabel, MoneyText, PaymentInformation,
};
use crate::i18n::use_i18n;
use crate::state::pending::{self, PendingPayment};
use crate::state::{company_of, use_billing_profile, use_request, OnLeave};

/// How the customer pays.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Choice {
    Saved(String),
    NewCard,
    Paypal,
}

#[derive(Clone, Debug, PartialEq)]
enum Step {
    Details,
    /// The request is fixed, with its key: every Pay sends exactly this.
    Review(Box<Attempt>),
    /// Paid; with the card that now becomes the monthly method, in the flow that replaces it.
    Done(Box<Payment>, Option<Box<NewPaymentMethod>>),
}

/// One payment attempt: one request, one idempotency key. A double click, a retry after a
/// lost answer or a second press after an error sends it again unchanged and the server
/// charges once; changing anything makes a new attempt.
#[derive(Clone, Debug, PartialEq)]
struct Attempt {
    request: NewPayment,
    key: IdempotencyKey,
    method: PaymentMethodSummary,
    /// When its key was made: the backend keeps a key's answer for a day from its use.
    created: chrono::DateTime<chrono::Utc>,
    /// The paying card again, from a token of its own (a token pays once), to be added as
    /// the monthly method once this has paid: the flow that replaces the monthly card.
    monthly: Option<NewPaymentMethod>,
}

/// `new_monthly`: the flow that pays with a new card and makes it the monthly payment method
/// (from a past-due invoice); otherwise a one-time payment, which never changes it.
#[component]
pub fn PaymentForm(payable: Payable, new_monthly: bool) -> impl IntoView {
    let i18n = use_i18n();
    let profile = use_billing_profile();
    let company = company_of(profile);
    let due: Vec<Money> = match &payable.invoice {
        // A link to an invoice no longer payable (paid since, void, a credit) has nothing due.
        Some(detail) if detail.invoice.is_payable() => vec![detail.invoice.balance_due],
        Some(_) => Vec::new(),
        None => payable
            .balances
            .iter()
            .filter(|b| b.is_positive())
            .copied()
            .collect(),
    };
    let Some(first) = due
        .iter()
        .find(|m| Some(m.currency) == payable.currency)
        .or(due.first())
        .copied()
    else {
        return view! { <p class="bp-empty" role="status">{i18n.msg("payment-nothing-due")}</p> }
            .into_any();
    };
    let amount = AmountInput::new(first, i18n.lang());
    let invoice_id = payable.invoice.as_ref().map(|d| d.invoice.id.clone());
    let invoice_number = payable.invoice.as_ref().map(|d| d.invoice.number.clone());
    let methods = payable.methods.clone();
    let initial = methods
        .iter()
        .find(|m| m.is_default)
        .or(methods.first())
        .map_or(Choice::NewCard, |m| Choice::Saved(m.id.clone()));
    let initial = if new_monthly {
        Choice::NewCard
    } else {
        initial
    };
    let choice = RwSignal::new(initial);
    let card = CardInput::default();
    on_cleanup(move || card.forget());
    let address = AddressInput::default();
    let errors = FormErrors::new();
    let eu_supported = RwSignal::new(false);
    // A payment left unanswered (by a reload, by leaving, or a lost answer) comes back to its
    // review, to be sent again with its key: the server then answers it without charging
    // twice. Until its outcome is known, no other payment can start.
    let mut resumed = pending::load();
    // Too old to be sent again or asked about safely: the customer is told to look.
    let too_old = resumed.as_ref().is_some_and(|p| p.is_too_old(clock::now()));
    if too_old {
        pending::clear();
        resumed = None;
    }
    let step = RwSignal::new(match resumed.clone() {
        Some(p) => Step::Review(Box::new(Attempt::from_pending(p))),
        None => Step::Details,
    });
    // The attempt on review was sent and no answer came: its outcome is unknown.
    let unanswered = RwSignal::new(resumed.is_some());
    // An unanswered attempt turned out never to have been carried out.
    let not_made = RwSignal::new(false);
    let failed = RwSignal::new(None::<ApiError>);
    let action = RwSignal::new(None::<Payment>);

    // Where an answer to the attempt leads, however it came (Pay, approval, or asking what
    // became of it), as `flow` says.
    let show = move |next: Next| match next {
        Next::Paid(payment) => {
            card.forget();
            let monthly = match step.get_untracked() {
                Step::Review(attempt) => attempt.monthly.map(Box::new),
                _ => None,
            };
            step.set(Step::Done(Box::new(payment), monthly));
        }
        Next::Approve(payment) => action.set(Some(payment)),
        Next::Unknown => unanswered.set(true),
        Next::Correct(error) => {
            card.forget_security_code();
            step.set(Step::Details);
            failed.set(Some(error));
        }
        Next::Retry(error) => failed.set(Some(error)),
    };

    // A new card goes to the vault, and only there; its token is what is reviewed. In the
    // flow that makes it the monthly card, a second token is for that.
    let tokenizing = use_request(
        OnLeave::Abort,
        move |api: Api,
              (request, billing_address, base): (CardTokenRequest, Address, NewPayment)| async move {
            let holder = request.holder.clone();
            let paying = api.create_card_token(request.clone()).await;
            let monthly = match (&paying, new_monthly) {
                (Ok(_), true) => Some(api.create_card_token(request).await),
                _ => None,
            };
            let result = paying.and_then(|paying| match monthly {
                Some(monthly) => monthly.map(|monthly| (paying, Some((monthly, holder)))),
                None => Ok((paying, None)),
            });
            (result, billing_address, base)
        },
        move |(result, billing_address, base)| match result {
            Ok((token, monthly)) => {
                let eu_supported = base.eu_supported;
                let monthly = monthly.map(|(monthly, holder)| NewPaymentMethod {
                    token: monthly.token,
                    holder,
                    billing_address: billing_address.clone(),
                    eu_supported,
                    make_default: true,
                });
                let method = PaymentMethodSummary::Card {
                    brand: token.brand,
                    last4: token.last4.clone(),
                    exp_month: token.exp_month,
                    exp_year: token.exp_year,
                    status: billing_core::contract::MethodStatus::Active,
                };
                let source = PaymentSource::CardToken {
                    token: token.token,
                    billing_address,
                };
                let request = NewPayment { source, ..base };
                step.set(reviewing(request, method, monthly));
            }
            Err(error) => {
                show_refusal(&card, errors, &error);
                failed.set(Some(error));
            }
        },
    );
    let paying = use_request(
        OnLeave::Finish,
        |api: Api, attempt: Attempt| async move {
            api.create_payment(attempt.request, attempt.key).await
        },
        move |result: Result<Payment, ApiError>| {
            match flow::sent(&result) {
                Sent::Unanswered => unanswered.set(true),
                Sent::NothingLearnt => {}
                Sent::Answered => {
                    unanswered.set(false);
                    pending::clear();
                }
            }
            show(flow::settled(result));
        },
    );
    // Asking what became of an unanswered attempt, rather than paying; carried on if the
    // customer leaves, as asking closes a key never used.
    let asking = use_request(
        OnLeave::Finish,
        |api: Api, key: IdempotencyKey| async move { api.resolve_payment(key).await.and_then(settled) },
        move |outcome| {
            let asked = flow::asked(outcome);
            if let Asked::Unknown(error) = asked {
                failed.set(Some(error));
                return;
            }
            unanswered.set(false);
            pending::clear();
            match asked {
                Asked::Answered(next) => show(next),
                _ => {
                    not_made.set(true);
                    step.set(Step::Details);
                }
            }
        },
    );
    let checking = asking.pending();
    let busy = {
        let (tokenizing, paying) = (tokenizing.pending(), paying.pending());
        Signal::derive(move || tokenizing.get() || paying.get() || checking.get())
    };

    // Details → Review: check everything; a new card goes to the vault now, and only there.
    let review = {
        let (methods, invoice_id) = (methods.clone(), invoice_id.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if busy.get_untracked() {
                return;
            }
            failed.set(None);
            not_made.set(false);
            amount.shown.set(true);
            let Ok(money) = amount.result.get_untracked() else {
                errors.focus("bp-amount");
                return;
            };
            let chosen = choice.get_untracked();
            let base = NewPayment {
                amount: money,
                invoice_id: invoice_id.clone(),
                source: PaymentSource::Paypal,
                eu_supported: eu_supported.get_untracked(),
            };
            match chosen {
                Choice::Saved(id) => {
                    let method = methods.iter().find(|m| m.id == id).map(|m| m.summary());
                    if let Some(method) = method {
                        let request = NewPayment {
                            source: PaymentSource::SavedMethod { method_id: id },
                            ..base
                        };
                        step.set(reviewing(request, method, None));
                    }
                }
                Choice::Paypal => {
                    let email = profile
                        .get_untracked()
                        .and_then(Result::ok)
                        .map(|p| p.billing_email())
                        .unwrap_or_default();
                    let method = PaymentMethodSummary::Paypal {
                        email,
                        status: billing_core::contract::MethodStatus::Active,
                    };
                    step.set(reviewing(base, method, None));
                }
                Choice::NewCard => {
                    let Some((billing_address, request)) =
                        check_card_and_address(&card, &address, errors)
                    else {
                        return;
                    };
                    tokenizing.dispatch((request, billing_address, base));
                }
            }
        }
    };

    // Review → Pay: the attempt as it is, as often as it is pressed.
    let pay = move |attempt: Attempt| {
        if busy.get_untracked() {
            return;
        }
        failed.set(None);
        pending::save(&attempt.pending());
        paying.dispatch(attempt);
    };

    // Review → Change: at once if the attempt was never sent or was answered; otherwise
    // only once the backend says what became of it, so that it cannot charge beside a new
    // one. Not knowing keeps the customer on the review.
    let change = move |attempt: Attempt| {
        if busy.get_untracked() {
            return;
        }
        failed.set(None);
        if !unanswered.get_untracked() {
            pending::clear();
            step.set(Step::Details);
            return;
        }
        asking.dispatch(attempt.key);
    };

    let methods_view = methods.clone();
    view! {
        {move || failed.get().map(|error| view! { <ErrorPanel error /> })}
        {move || not_made.get().then(|| view! {
            <p class="bp-panel" role="status">{i18n.msg("payment-not-made")}</p>
        })}
        {too_old.then(|| view! {
            <div class="bp-panel" role="status">
                <p>{i18n.msg("payment-too-old")}</p>
                <p><Link to="/payments">{i18n.msg("nav-payments")}</Link></p>
            </div>
        })}
        {move || match step.get() {
            Step::Details => view! {
                <form class="bp-form" novalidate on:submit=review.clone() aria-busy=move || busy.get().to_string()>
                    {invoice_number.clone().map(|number| view! {
                        <p>{i18n.msg_with("payment-for-invoice", vec![("number", number.into())])}</p>
                    })}
                    <AmountField amount due=due.clone() />
                    <fieldset class="bp-fieldset">
                        <legend>{i18n.msg("payment-method")}</legend>
                        {methods_view.iter().map(|m| {
                            let id = m.id.clone();
                            let summary = m.summary();
                            let checked = Choice::Saved(id.clone());
                            view! {
                                <label class="bp-choice">
                                    <input type="radio" name="bp-method" prop:checked=move || choice.get() == checked
                                        on:change=move |_| choice.set(Choice::Saved(id.clone())) />
                                    <BrandMark method=summary.clone() /><MethodLabel method=summary />
                                </label>
                            }
                        }).collect_view()}
                        <label class="bp-choice">
                            <input type="radio" name="bp-method" prop:checked=move || choice.get() == Choice::NewCard
                                on:change=move |_| choice.set(Choice::NewCard) />
                            {i18n.msg(if new_monthly { "payment-new-monthly-card" } else { "payment-new-card" })}
                        </label>
                        <label class="bp-choice">
                            <input type="radio" name="bp-method" prop:checked=move || choice.get() == Choice::Paypal
                                on:change=move |_| choice.set(Choice::Paypal) />
                            "PayPal"
                        </label>
                    </fieldset>
                    {move || (choice.get() == Choice::NewCard).then(|| {
                        view! {
                            <p class="bp-muted">{i18n.msg(if new_monthly { "payment-new-monthly-card-help" } else { "payment-new-card-help" })}</p>
                            <BillingAddress address errors company legend="payment-card-address" />
                            <PaymentInformation card errors />
                        }
                    })}
                    <label class="bp-choice">
                        <input type="checkbox" prop:checked=eu_supported on:change=move |ev| eu_supported.set(event_target_checked(&ev)) />
                        {i18n.msg("card-eu-supported")}
                    </label>
                    <p class="bp-muted">{i18n.msg("card-eu-supported-help")}</p>
                    <div class="bp-actions">
                        <button type="submit" class="bp-button" disabled=busy>{i18n.msg("payment-review")}</button>
                    </div>
                </form>
            }.into_any(),
            Step::Review(attempt) => {
                let paid = attempt.request.amount;
                let remaining = due.iter().find(|d| d.currency == paid.currency).and_then(|d| d.checked_sub(&paid).ok());
                let paypal = matches!(attempt.request.source, PaymentSource::Paypal);
                let send = *attempt.clone();
                let changing = *attempt.clone();
                view! {
                    <section class="bp-section" aria-labelledby="bp-review-title">
                        <h2 id="bp-review-title" tabindex="-1">{i18n.msg("payment-review-title")}</h2>
                        {move || unanswered.get().then(|| view! {
                            <p class="bp-panel" role="status">{i18n.msg("payment-resumed")}</p>
                        })}
                        <dl class="bp-summary">
                            <div class="bp-summary__item"><dt>{i18n.msg("payment-amount")}</dt><dd><MoneyText money=attempt.request.amount /></dd></div>
                            {invoice_number.clone().map(|number| view! {
                                <div class="bp-summary__item"><dt>{i18n.msg("invoice-number")}</dt><dd>{number}</dd></div>
                            })}
                            <div class="bp-summary__item"><dt>{i18n.msg("payment-method")}</dt><dd><MethodLabel method=attempt.method.clone() /></dd></div>
                            {remaining.map(|money| view! {
                                <div class="bp-summary__item"><dt>{i18n.msg("payment-remaining-title")}</dt><dd><MoneyText money /></dd></div>
                            })}
                        </dl>
                        {match attempt.monthly.is_some() {
                            true => view! {
                                <p class="bp-muted">{i18n.t_with("payment-monthly-becomes", &[("method", method_text(&attempt.method, i18n).into())])}</p>
                            }.into_any(),
                            false => view! { <p class="bp-muted">{i18n.msg("payment-monthly-unchanged")}</p> }.into_any(),
                        }}
                        <div class="bp-actions">
                            <button type="button" class="bp-button" disabled=busy aria-busy=move || busy.get().to_string()
                                on:click=move |_| pay(send.clone())>
                                {move || match (busy.get(), paypal) {
                                    (true, _) => i18n.t("payment-processing"),
                                    (false, true) => i18n.t("payment-continue-paypal"),
                                    (false, false) => i18n.t("payment-pay-card"),
                                }}
                            </button>
                            <button type="button" class="bp-button bp-button--secondary" disabled=busy
                                on:click=move |_| change(changing.clone())>
                                {i18n.msg("payment-change")}
                            </button>
                        </div>
                        {move || busy.get().then(|| view! {
                            <p class="bp-loading" role="status"><span class="bp-spinner" aria-hidden="true"></span>{move || i18n.t(if checking.get() { "payment-checking" } else { "payment-processing" })}</p>
                        })}
                    </section>
                }.into_any()
            }
            Step::Done(payment, monthly) => view! {
                <Receipt payment=*payment />
                {monthly.map(|new| view! { <NewMonthly new=*new /> })}
            }.into_any(),
        }}
        {move || action.get().map(|payment| view! {
            <ActionDialog payment
                finished=Callback::new(move |result: Option<Result<Payment, ApiError>>| {
                    action.set(None);
                    // Not approved (`None`): nothing was charged, and the review is still there.
                    let Some(result) = result else { return };
                    // The approval's answer was lost: it may have been taken, so Change must
                    // ask first (the attempt's outcome then gives the payment's true state).
                    if matches!(&result, Err(error) if error.is_retryable()) {
                        if let Step::Review(attempt) = step.get_untracked() {
                            pending::save(&attempt.pending());
                            unanswered.set(true);
                        }
                    }
                    show(flow::settled(result));
                }) />
        })}
    }
    .into_any()
}

impl Attempt {
    fn pending(&self) -> PendingPayment {
        PendingPayment {
            key: self.key.0.clone(),
            request: self.request.clone(),
            method: self.method.clone(),
            sent_at: Some(self.created),
            monthly: self.monthly.clone(),
        }
    }

    fn from_pending(pending: PendingPayment) -> Attempt {
        Attempt {
            request: pending.request,
            key: IdempotencyKey(pending.key),
            method: pending.method,
            created: pending.sent_at.unwrap_or_else(clock::now),
            monthly: pending.monthly,
        }
    }
}

/// The review of a request fixed now, with a key of its own.
fn reviewing(
    request: NewPayment,
    method: PaymentMethodSummary,
    monthly: Option<NewPaymentMethod>,
) -> Step {
    Step::Review(Box::new(Attempt {
        request,
        key: IdempotencyKey::fresh(),
        method,
        created: clock::now(),
        monthly,
    }))
}
