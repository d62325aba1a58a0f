//! The billing contacts: who receives the invoices, the payment receipts and the payment
//! methods' status changes. At least one receives the invoices; the backend refuses a change
//! that would leave none, and this view says so.

use billing_core::contract::{BillingContact, ContactDetails, ContactTopic};
use billing_core::fields::field;
use leptos::prelude::*;

use crate::api::{Api, ApiError};
use crate::components::{
    field_id, ErrorPanel, FormActions, FormErrors, RemoveButton, RemoveMessages, TextField,
};
use crate::i18n::use_i18n;
use crate::state::{use_request, OnLeave};

/// The add form's key in the section's one open form.
const NEW: &str = "";

/// The message naming what a contact receives.
fn topic_message(topic: ContactTopic) -> &'static str {
    match topic {
        ContactTopic::Invoices => "contact-topic-invoices",
        ContactTopic::Receipts => "contact-topic-receipts",
        ContactTopic::MethodStatus => "contact-topic-method-status",
        ContactTopic::Unknown => "contact-topic-other",
    }
}

#[component]
pub fn ContactsSection(
    contacts: Vec<BillingContact>,
    can_manage: Signal<bool>,
    changed: Callback<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    // The one contact form open: a contact's id, or `NEW`. One at a time, so that no two
    // forms share their fields' ids.
    let open = RwSignal::new(None::<String>);
    let rows = contacts
        .into_iter()
        .map(|contact| view! { <ContactRow contact can_manage open changed /> })
        .collect_view();
    let adding = move || open.get().as_deref() == Some(NEW);
    view! {
        <section class="bp-section" aria-labelledby="bp-contacts-title">
            <h2 id="bp-contacts-title">{i18n.msg("profile-contacts")}</h2>
            <p class="bp-muted">{i18n.msg("profile-contacts-note")}</p>
            <div class="bp-table-wrap">
            <table class="bp-table bp-table--contacts">
                <thead>
                    <tr>
                        <th scope="col">{i18n.msg("contact-email")}</th>
                        <th scope="col">{i18n.msg("contact-receives")}</th>
                        <th scope="col"><span class="bp-visually-hidden">{i18n.msg("contact-actions")}</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
            {move || can_manage.get().then(|| match adding() {
                false => view! {
                    <button type="button" class="bp-button" on:click=move |_| open.set(Some(NEW.into()))>
                        {i18n.msg("contact-add")}
                    </button>
                }.into_any(),
                true => view! {
                    <ContactForm id=None details=ContactDetails::default()
                        saved=Callback::new(move |()| { open.set(None); changed.run("contact-added") })
                        cancelled=Callback::new(move |()| open.set(None)) />
                }.into_any(),
            })}
        </section>
    }
}

#[component]
fn ContactRow(
    contact: BillingContact,
    can_manage: Signal<bool>,
    open: RwSignal<Option<String>>,
    changed: Callback<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let BillingContact { id, details } = contact;
    let mine = id.clone();
    let editing = Memo::new(move |_| open.get().as_deref() == Some(mine.as_str()));
    move || {
        let (id, details) = (id.clone(), details.clone());
        if editing.get() {
            return view! {
                <tr>
                    <td colspan="3">
                        <ContactForm id=Some(id) details
                            saved=Callback::new(move |()| { open.set(None); changed.run("contact-saved") })
                            cancelled=Callback::new(move |()| open.set(None)) />
                    </td>
                </tr>
            }
            .into_any();
        }
        let topics = details
            .receives
            .iter()
            .map(|topic| view! { <li>{i18n.msg(topic_message(*topic))}</li> })
            .collect_view();
        view! {
            <tr>
                <td>{details.email.clone()}</td>
                <td><ul class="bp-plain-list">{topics}</ul></td>
                <td>
                    {move || can_manage.get().then(|| view! {
                        <div class="bp-actions">
                            <button type="button" class="bp-button bp-button--secondary bp-button--small"
                                on:click={
                                    let id = id.clone();
                                    move |_| open.set(Some(id.clone()))
                                }>
                                {i18n.msg("contact-edit")}
                            </button>
                            <RemoveContact id=id.clone() email=details.email.clone() changed />
                        </div>
                    })}
                </td>
            </tr>
        }
        .into_any()
    }
}

/// A contact's address and what it receives; a new one when `id` is `None`.
#[component]
fn ContactForm(
    id: Option<String>,
    details: ContactDetails,
    saved: Callback<()>,
    cancelled: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let email = RwSignal::new(details.email);
    let receives = RwSignal::new(details.receives);
    let errors = FormErrors::new();
    let failed = RwSignal::new(None::<ApiError>);
    let saving = use_request(
        OnLeave::Finish,
        |api: Api, (id, details): (Option<String>, ContactDetails)| async move {
            match id {
                Some(id) => api.update_contact(id, details).await.map(drop),
                None => api.add_contact(details).await.map(drop),
            }
        },
        move |result| match result {
            Ok(()) => saved.run(()),
            Err(error) => {
                errors.show_refusal(&error, &[field::CONTACT_EMAIL, field::CONTACT_RECEIVES]);
                failed.set(Some(error));
            }
        },
    );
    let busy = saving.pending();
    let form_id = format!("bp-contact-{}", id.as_deref().unwrap_or("new"));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        failed.set(None);
        errors.clear();
        let details = ContactDetails {
            email: email.get_untracked(),
            receives: receives.get_untracked(),
        };
        saving.dispatch((id.clone(), details));
    };
    let receives_error = move || errors.get(field::CONTACT_RECEIVES);
    let topic = move |topic: ContactTopic| {
        let checked = move || receives.get().contains(&topic);
        // The first takes the focus when the group is refused.
        let id = (topic == ContactTopic::KNOWN[0]).then(|| field_id(field::CONTACT_RECEIVES));
        view! {
            <label class="bp-choice">
                <input type="checkbox" id=id prop:checked=checked on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    receives.update(|r| {
                        r.retain(|t| *t != topic);
                        if on {
                            r.push(topic);
                        }
                    });
                } />
                {i18n.msg(topic_message(topic))}
            </label>
        }
    };
    view! {
        <form id=form_id class="bp-form" novalidate on:submit=submit aria-busy=move || busy.get().to_string()>
            {move || failed.get().map(|error| view! { <ErrorPanel error /> })}
            <TextField path=field::CONTACT_EMAIL label="contact-email" value=email errors required=true autocomplete="email" />
            <fieldset class="bp-fieldset" aria-describedby="bp-receives-error"
                aria-invalid=move || receives_error().is_some().to_string()>
                <legend>{i18n.msg("contact-receives")}</legend>
                {ContactTopic::KNOWN.map(topic)}
                <p id="bp-receives-error" class="bp-field__error">
                    {move || receives_error().map(|code| i18n.t(crate::api::field_error_message(code)))}
                </p>
            </fieldset>
            <FormActions submit="contact-save" busy_label="contact-saving" busy cancelled />
        </form>
    }
}

/// **Remove**, after a confirmation that names the address.
#[component]
fn RemoveContact(id: String, email: String, changed: Callback<&'static str>) -> impl IntoView {
    let open = RwSignal::new(false);
    let failed = RwSignal::new(None::<ApiError>);
    let removing = use_request(
        OnLeave::Finish,
        |api: Api, id: String| async move { api.remove_contact(id).await },
        move |result| match result {
            Ok(()) => {
                open.set(false);
                changed.run("contact-removed");
            }
            Err(error) => failed.set(Some(error)),
        },
    );
    let messages = RemoveMessages {
        button: "contact-remove",
        title: "contact-remove-title",
        body: "contact-remove-body",
        busy: "contact-removing",
    };
    view! {
        <RemoveButton id=format!("bp-remove-{id}") messages open busy=removing.pending() failed
            confirm=Callback::new(move |()| { removing.dispatch(id.clone()); })>
            <p>{email}</p>
        </RemoveButton>
    }
}
