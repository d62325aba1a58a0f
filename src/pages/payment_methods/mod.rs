//! Payment methods: the cards and PayPal on file, the monthly one, and **Add credit card**.
//! A billable account must keep a valid card on file; this is where the customer does it.

mod add_card;
mod list;

use leptos::prelude::*;

use crate::components::AsyncView;
use crate::i18n::use_i18n;
use crate::state::{
    company_of, use_api_resource, use_billing_profile, use_can_manage_billing, use_location,
    use_summary, History,
};

#[component]
pub fn PaymentMethodsPage() -> impl IntoView {
    let i18n = use_i18n();
    let methods = use_api_resource(|api| async move { api.payment_methods().await });
    let can_manage = use_can_manage_billing();
    let company = company_of(use_billing_profile());
    let summary = use_summary();
    let location = use_location();
    // `?add=monthly`, from the card-care banner (this view's too): the form open, for a new
    // monthly method. The query goes once the form closes, so that a reload does not open it.
    let asked = Memo::new(move |_| location.query_value("add").as_deref() == Some("monthly"));
    let adding = RwSignal::new(false);
    Effect::new(move |_| {
        if asked.get() {
            adding.set(true);
        }
    });
    let close = move || {
        adding.set(false);
        if asked.get_untracked() {
            location.navigate("/payment-methods", History::Replace);
        }
    };
    // What the last action did, announced: a message id.
    let done = RwSignal::new(None::<&'static str>);
    let changed = Callback::new(move |message: &'static str| {
        done.set(Some(message));
        methods.refetch();
        // The monthly method may have changed, and with it what the banner says.
        summary.refetch();
    });
    view! {
        <h1>{i18n.msg("nav-payment-methods")}</h1>
        <p class="bp-done" role="status">{move || done.get().map(|id| i18n.t(id))}</p>
        <AsyncView resource=methods view=move |list| view! { <list::MethodList methods=list can_manage changed /> } />
        {move || can_manage.get().then(|| match adding.get() {
            false => view! {
                <button type="button" class="bp-button" on:click=move |_| { done.set(None); adding.set(true) }>
                    {i18n.msg("card-add")}
                </button>
            }.into_any(),
            true => view! {
                <add_card::AddCard company monthly=asked.get_untracked()
                    added=Callback::new(move |()| { close(); changed.run("method-added") })
                    cancelled=Callback::new(move |()| close()) />
            }.into_any(),
        })}
    }
}
