//! The root: configuration, language and backend into context, then the routes.

use billing_core::lang::{negotiate, Lang, LangSources};
use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos::wasm_split;

use crate::components::{AttentionBanner, FailurePanel, NavLink, Shell};
use crate::crash::{self, CrashText};
use crate::i18n::{provide_i18n, use_i18n, I18n};
use crate::pages::{
    BillingItemsPage, BillingProfilePage, InvoiceDetailPage, InvoiceDetailPageProps,
    InvoiceExportPage, InvoicesPage, MakePaymentPage, NotFoundPage, PaymentMethodsPage,
    PaymentsPage, ReceiptPage, ReceiptPageProps,
};
use crate::state::config::{Config, ConfigError};
use crate::state::host::{self, HostEvent};
use crate::state::{
    prefs, provide_account, provide_session, provide_summary, segment_text, use_location, History,
};

/// The billing menu of the console, in the order the customer portal lists it.
const LINKS: &[NavLink] = &[
    NavLink {
        href: "/invoices",
        message_id: "nav-invoices",
    },
    NavLink {
        href: "/payment-methods",
        message_id: "nav-payment-methods",
    },
    NavLink {
        href: "/billing-items",
        message_id: "nav-billing-items",
    },
    NavLink {
        href: "/payments/new",
        message_id: "nav-make-payment",
    },
    NavLink {
        href: "/payments",
        message_id: "nav-payments",
    },
    NavLink {
        href: "/billing-profile",
        message_id: "nav-billing-profile",
    },
];

#[component]
pub fn App(config: Result<Config, ConfigError>) -> impl IntoView {
    let host_locale = config.as_ref().ok().and_then(|c| c.locale.clone());
    let navigator = host::navigator_languages();
    let initial = negotiate(&LangSources {
        host_config: host_locale.as_deref(),
        query: host::query_lang().as_deref(),
        saved: prefs::saved_lang().as_deref(),
        navigator: &navigator,
    });
    let asset_base = config
        .as_ref()
        .map(|c| c.asset_base.clone())
        .unwrap_or_default();
    let i18n = provide_i18n(initial, asset_base);
    let host = host::use_host();
    keep_crash_text_translated(i18n, host);
    tell_host_the_language(i18n, host);
    let configured = config.as_ref().map(|c| c.theme).unwrap_or_default();
    let live = use_context::<host::LiveAttributes>();
    let theme = move || live.and_then(|l| l.theme.get()).unwrap_or(configured);
    if let Some(live) = live {
        follow_the_element_locale(i18n, live);
    }
    view! {
        <div
            class="billing-portal"
            data-theme=move || theme().as_str()
            lang=move || i18n.lang().tag()
            aria-busy=move || (!i18n.is_ready()).to_string()
        >
            <Show when=move || i18n.is_ready()>
                {
                    let config = config.clone();
                    move || match config.clone() {
                        Ok(config) => Portal(PortalProps { config }).into_any(),
                        Err(error) => view! { <ConfigErrorPanel error /> }.into_any(),
                    }
                }
            </Show>
        </div>
    }
}

/// The `<billing-portal>` element's `locale` attribute, set again by the host.
fn follow_the_element_locale(i18n: I18n, live: host::LiveAttributes) {
    Effect::new(move |_| {
        if let Some(lang) = live.locale.get() {
            i18n.select(lang);
        }
    });
}

/// `billing-portal:locale-changed` once a newly chosen language is shown.
fn tell_host_the_language(i18n: I18n, host: host::Host) {
    Effect::new(move |previous: Option<Lang>| {
        let lang = i18n.lang();
        if previous.is_some_and(|p| p != lang) {
            host.notify_with(HostEvent::LocaleChanged, &[("locale", lang.tag())]);
        }
        lang
    });
}

fn keep_crash_text_translated(i18n: I18n, host: host::Host) {
    Effect::new(move |_| {
        let Some(element) = host.element() else {
            return;
        };
        crash::set_text(
            &element,
            CrashText {
                title: i18n.t("crash-title"),
                body: i18n.t("crash-body"),
                reload: i18n.t("action-reload"),
            },
        )
    });
}

#[component]
fn Portal(config: Config) -> impl IntoView {
    provide_session(config);
    let i18n = use_i18n();
    let account = provide_account();
    provide_summary();
    let read_only = move || {
        account
            .get()
            .and_then(Result::ok)
            .is_some_and(|a| !a.role.can_manage_billing())
    };
    view! {
        {move || read_only().then(|| view! {
            <p class="bp-notice" role="note">{i18n.t("viewer-notice")}</p>
        })}
        {move || i18n.failed().map(|lang| {
            // Shown in English instead, or (the views' words of neither to be had) kept as it was.
            let message = match i18n.lang() {
                Lang::En => "language-unavailable",
                _ => "language-unavailable-kept",
            };
            view! {
                <p class="bp-notice" role="status">
                    {i18n.t_with(message, &[("language", lang.native_name().into())])}
                </p>
            }
        })}
        <Shell links=LINKS prefetch>
            <AttentionBanner />
            <Views />
        </Shell>
    }
}

/// The portal's views, by their path under the base path.
#[derive(Clone, Debug, PartialEq, Eq)]
enum View {
    /// The base path itself, which shows the invoices.
    Home,
    Invoices,
    /// Its id as escaped in the path.
    Invoice(String),
    /// Download invoices.
    Export,
    PaymentMethods,
    NewPayment,
    Payments,
    /// A payment's receipt, by the payment's id as escaped in the path.
    Receipt(String),
    BillingItems,
    BillingProfile,
    NotFound,
}

impl View {
    fn at(path: &str) -> View {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] if path.starts_with('/') => View::Home,
            ["invoices"] => View::Invoices,
            ["invoices", id] => View::Invoice((*id).to_string()),
            ["export"] => View::Export,
            ["payment-methods"] => View::PaymentMethods,
            ["payments", "new"] => View::NewPayment,
            ["payments"] => View::Payments,
            ["payments", id] => View::Receipt((*id).to_string()),
            ["billing-items"] => View::BillingItems,
            ["billing-profile"] => View::BillingProfile,
            _ => View::NotFound,
        }
    }
}

/// The view at the location; a change of query alone keeps the view (its lists follow it).
#[component]
fn Views() -> impl IntoView {
    let location = use_location();
    // The base path itself is the invoices: before anything is shown (so that arriving
    // is not taken for a navigation), and whenever the customer comes back to it.
    let home = move || location.navigate("/invoices", History::Replace);
    if View::at(&location.path.get_untracked()) == View::Home {
        home();
    }
    let view = Memo::new(move |_| View::at(&location.path.get()));
    Effect::new(move |_| {
        if view.get() == View::Home {
            home();
        }
    });
    move || match view.get() {
        View::Home => ().into_any(),
        View::Invoices => InvoicesPage().into_any(),
        View::Invoice(id) => {
            let id = segment_text(&id);
            view! { <InChunk load=Box::new(move || Box::pin(invoice_view(id.clone()))) /> }
                .into_any()
        }
        View::Export => view! { <InChunk load=Box::new(|| Box::pin(export_view())) /> }.into_any(),
        View::PaymentMethods => {
            view! { <InChunk load=Box::new(|| Box::pin(payment_methods_view())) /> }.into_any()
        }
        View::NewPayment => {
            view! { <InChunk load=Box::new(|| Box::pin(make_payment_view())) /> }.into_any()
        }
        View::Payments => {
            view! { <InChunk load=Box::new(|| Box::pin(payments_view())) /> }.into_any()
        }
        View::Receipt(id) => {
            let id = segment_text(&id);
            view! { <InChunk load=Box::new(move || Box::pin(receipt_view(id.clone()))) /> }
                .into_any()
        }
        View::BillingItems => {
            view! { <InChunk load=Box::new(|| Box::pin(billing_items_view())) /> }.into_any()
        }
        View::BillingProfile => {
            view! { <InChunk load=Box::new(|| Box::pin(billing_profile_view())) /> }.into_any()
        }
        View::NotFound => NotFoundPage().into_any(),
    }
}

/// Starts fetching the chunk of the view at `path`, its link pointed at or focused, so that
/// by the click it is there or on its way. Once per view: a failure is left for the click to
/// show, with its retry, rather than tried again at every row the pointer crosses.
fn prefetch(path: &str) {
    thread_local! {
        static STARTED: std::cell::RefCell<Vec<std::mem::Discriminant<View>>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    let view = View::at(path);
    let first = STARTED.with_borrow_mut(|started| {
        let kind = std::mem::discriminant(&view);
        let first = !started.contains(&kind);
        if first {
            started.push(kind);
        }
        first
    });
    if !first {
        return;
    }
    macro_rules! start {
        ($preload:ident) => {
            leptos::task::spawn_local(async {
                let _ = $preload().await;
            })
        };
    }
    match view {
        View::Invoice(_) => start!(preload_invoice),
        View::Export => start!(preload_export),
        View::PaymentMethods => start!(preload_payment_methods),
        View::NewPayment => start!(preload_make_payment),
        View::Payments => start!(preload_payments),
        View::Receipt(_) => start!(preload_receipt),
        View::BillingItems => start!(preload_billing_items),
        View::BillingProfile => start!(preload_billing_profile),
        View::Home | View::Invoices | View::NotFound => {}
    }
}

/// A view whose code is in a WASM chunk of its own (split by wasm-split in
/// `scripts/build-split.mjs`), loading.
type ChunkLoading = Pin<Box<dyn Future<Output = Result<AnyView, wasm_split::SplitLoaderError>>>>;

/// How to fetch a view's chunk: one type for every view, so that [`InChunk`] is compiled once.
type ChunkLoader = Box<dyn Fn() -> ChunkLoading + Send + Sync>;

/// A view in a chunk, fetched the first time it is shown, with its words. A chunk or words
/// that could not be fetched are said, with a retry, rather than panicking: neither the
/// chunk's loader nor the words' fetch keeps a failure, so the retry fetches them again.
#[component]
fn InChunk(load: ChunkLoader) -> impl IntoView {
    let i18n = use_i18n();
    let attempt = RwSignal::new(0_u32);
    let retry = Callback::new(move |()| attempt.update(|n| *n += 1));
    view! {
        <Suspense fallback=|| ()>
            {move || {
                attempt.track();
                // The view's code and its words, fetched side by side. The load's error type
                // is not `Send`; this all runs on the one thread.
                let load = send_wrapper::SendWrapper::new(futures_util::future::join(
                    load(),
                    i18n.views_ready(),
                ));
                Suspend::new(async move {
                    match load.await {
                        (Ok(view), true) => view,
                        // The code or the words could not be fetched.
                        _ => view! { <FailurePanel message_id="error-view-load" retry=Some(retry) /> }
                            .into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// The views whose code is a chunk of its own, fetched on their first visit. With the
/// `split` feature (the build, `scripts/build-split.mjs`) each function is a split point for
/// wasm-split: `#[lazy]` as in leptos_macro 0.8.20, but `fallible` (leptos-rs/leptos#4785, not
/// in a 0.8 release), so that a chunk that fails to load is returned rather than a panic,
/// which on WebAssembly would stop the whole portal. Without it (the browser unit tests,
/// which have no chunk loader) they are plain async functions.
macro_rules! views_in_chunks {
    ($($chunk:ident: $load:ident($($arg:ident: $type:ty),*), $preload:ident => $page:expr;)*) => {$(
        #[cfg(feature = "split")]
        #[wasm_split::wasm_split(
            $chunk,
            wasm_split_path = ::leptos::wasm_split,
            fallible,
            preload($preload)
        )]
        fn $load($($arg: $type),*) -> Result<AnyView, wasm_split::SplitLoaderError> {
            Ok($page.into_any())
        }

        #[cfg(not(feature = "split"))]
        async fn $load($($arg: $type),*) -> Result<AnyView, wasm_split::SplitLoaderError> {
            Ok($page.into_any())
        }

        /// Without chunks the view's code is already there.
        #[cfg(not(feature = "split"))]
        async fn $preload() -> Result<(), wasm_split::SplitLoaderError> {
            Ok(())
        }
    )*};
}

// Views that share much of their code share a chunk: each chunk shared by a different set of
// views is a file of its own with its entry in the loader, and five chunks instead of nine
// took 52 shared files and 4 KB gzip off the first load (the README's size section).
views_in_chunks! {
    documents: invoice_view(id: String), preload_invoice
        => InvoiceDetailPage(InvoiceDetailPageProps { id });
    documents: export_view(), preload_export => InvoiceExportPage();
    billing_items: billing_items_view(), preload_billing_items => BillingItemsPage();
    account: payment_methods_view(), preload_payment_methods => PaymentMethodsPage();
    make_payment: make_payment_view(), preload_make_payment => MakePaymentPage();
    documents: payments_view(), preload_payments => PaymentsPage();
    documents: receipt_view(id: String), preload_receipt => ReceiptPage(ReceiptPageProps { id });
    account: billing_profile_view(), preload_billing_profile => BillingProfilePage();
}

/// The host's configuration is unusable: say so rather than guess, which could show demo
/// data to a real customer.
#[component]
fn ConfigErrorPanel(error: ConfigError) -> impl IntoView {
    let i18n = use_i18n();
    // The attribute as the host wrote it, for the developer who wrote it.
    let detail = format!("{}=\"{}\"", error.field, error.value);
    view! {
        <div class="bp-panel bp-panel--error" role="alert">
            <h1 class="bp-panel__title">{i18n.msg("config-error-title")}</h1>
            <p>{i18n.msg("config-error-body")}</p>
            <pre class="bp-panel__detail">{detail}</pre>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::View;

    #[test]
    fn each_path_has_its_view() {
        assert_eq!(View::at("/"), View::Home);
        assert_eq!(View::at("/invoices"), View::Invoices);
        assert_eq!(View::at("/invoices/"), View::Invoices);
        assert_eq!(View::at("/invoices/INV-7"), View::Invoice("INV-7".into()));
        assert_eq!(View::at("/payments/new"), View::NewPayment);
        assert_eq!(View::at("/export"), View::Export);
        assert_eq!(View::at("/payments"), View::Payments);
        assert_eq!(View::at("/payments/pay_7"), View::Receipt("pay_7".into()));
        assert_eq!(View::at("/payment-methods"), View::PaymentMethods);
        assert_eq!(View::at("/billing-items"), View::BillingItems);
        assert_eq!(View::at("/invoices/INV-7/lines"), View::NotFound);
        assert_eq!(View::at("/nowhere"), View::NotFound);
        // A page URL outside the base path is no view of the portal's.
        assert_eq!(View::at(""), View::NotFound);
    }
}
