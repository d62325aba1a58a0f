use billing_core::contract::{MethodDetails, MethodStatus, PaymentMethod};
use leptos::prelude::*;

use crate::api::{Api, ApiError};
use crate::components::{
    BrandMark, ErrorPanel, MethodLabel, MethodStatusBadge, RemoveButton, RemoveMessages,
};
use crate::i18n::{intl, use_i18n};
use crate::state::{use_request, OnLeave};

#[component]
pub fn MethodList(
    methods: Vec<PaymentMethod>,
    can_manage: Signal<bool>,
    /// An action succeeded: the message that says so.
    changed: Callback<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    if methods.is_empty() {
        return view! { <p class="bp-empty">{i18n.msg("methods-empty")}</p> }.into_any();
    }
    view! {
        <ul class="bp-cards">
            {methods.into_iter().map(|method| view! { <MethodCard method can_manage changed /> }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn MethodCard(
    method: PaymentMethod,
    can_manage: Signal<bool>,
    changed: Callback<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let label = method.summary();
    let (expiry, holder, place) = match &method.details {
        MethodDetails::Card {
            exp_month,
            exp_year,
            holder,
            billing_address,
            ..
        } => (
            Some(format!("{exp_month:02}/{exp_year}")),
            Some(holder.clone()),
            Some((
                billing_address.city.clone(),
                billing_address.country.clone(),
            )),
        ),
        MethodDetails::Paypal { .. } => (None, None, None),
    };
    let id = method.id.clone();
    let can_default = method.status == MethodStatus::Active && !method.is_default;
    let failed = RwSignal::new(None::<ApiError>);
    let set_default = use_request(
        OnLeave::Finish,
        |api: Api, id: String| async move { api.set_default_method(id).await },
        move |result| match result {
            Ok(_) => changed.run("method-default-set"),
            Err(error) => failed.set(Some(error)),
        },
    );
    let make_default = move |_| {
        failed.set(None);
        set_default.dispatch(id.clone());
    };
    view! {
        <li class="bp-card">
            <p class="bp-card__title"><BrandMark method=label.clone() /><MethodLabel method=label.clone() /></p>
            {holder.map(|holder| view! { <p>{holder}</p> })}
            {expiry.map(|expiry| view! {
                <p>{i18n.msg_with("method-expires", vec![("expiry", expiry.into())])}</p>
            })}
            {place.map(|(city, country)| view! {
                <p class="bp-muted">{move || i18n.t_with("method-place", &[
                    ("city", city.clone().into()),
                    ("country", intl::region(&country, i18n.lang()).into()),
                ])}</p>
            })}
            <p><MethodStatusBadge status=method.status />
                {method.is_default.then(|| view! {
                    " " <span class="bp-badge bp-badge--neutral">{i18n.msg("method-default")}</span>
                })}
            </p>
            {(method.status == MethodStatus::PendingValidation).then(|| view! {
                <p class="bp-muted">{i18n.msg("method-pending-note")}</p>
            })}
            {move || can_manage.get().then(|| view! {
                <div class="bp-actions">
                    {can_default.then(|| view! {
                        <button type="button" class="bp-button bp-button--secondary bp-button--small" on:click=make_default.clone()>
                            {i18n.msg("method-make-default")}
                        </button>
                    })}
                    <RemoveMethod id=method.id.clone() label=label.clone() changed />
                </div>
            })}
            {move || failed.get().map(|error| view! { <ErrorPanel error /> })}
        </li>
    }
}

/// **Remove**, after a confirmation that says which method goes.
#[component]
fn RemoveMethod(
    id: String,
    label: billing_core::contract::PaymentMethodSummary,
    changed: Callback<&'static str>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let failed = RwSignal::new(None::<ApiError>);
    let removing = use_request(
        OnLeave::Finish,
        |api: Api, id: String| async move { api.remove_method(id).await },
        move |result| match result {
            Ok(()) => {
                open.set(false);
                changed.run("method-removed");
            }
            Err(error) => failed.set(Some(error)),
        },
    );
    let messages = RemoveMessages {
        button: "method-remove",
        title: "method-remove-title",
        body: "method-remove-body",
        busy: "method-removing",
    };
    view! {
        <RemoveButton id=format!("bp-remove-{id}") messages open busy=removing.pending() failed
            confirm=Callback::new(move |()| { removing.dispatch(id.clone()); })>
            <p><MethodLabel method=label /></p>
        </RemoveButton>
    }
}
