//! The one place that talks to a backend. Pages ask the [`Api`] in context and never
//! touch the network or storage themselves.

pub mod assets;
#[cfg(feature = "demo")]
pub mod demo;
mod error;
#[cfg(feature = "http")]
pub mod http;
#[cfg(feature = "http")]
mod response;

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use billing_core::contract::{
    Account, AttemptOutcome, AttemptState, BillTo, BillingContact, BillingItem, BillingItemQuery,
    BillingProfile, BillingSummary, BulkAction, BulkRequest, BulkResult, CardToken,
    CardTokenRequest, ContactDetails, Device, Invoice, InvoiceDetail, InvoiceQuery, NewPayment,
    NewPaymentMethod, Page, Payment, PaymentMethod, PaymentQuery,
};
use billing_core::lang::Lang;

pub use error::{field_error_message, ApiError};

pub type ApiResult<T> = Result<T, ApiError>;

/// Futures are local: in the browser nothing is `Send`, and nothing needs to be.
pub type ApiFuture<'a, T> = Pin<Box<dyn Future<Output = ApiResult<T>> + 'a>>;

/// Declares [`BillingApi`], and [`Api`]'s same calls forwarded to the backend in use, from
/// one list of the calls.
macro_rules! billing_api {
    ($($(#[$doc:meta])* fn $call:ident(&self $(, $arg:ident: $type:ty)* $(,)?) -> $answer:ty;)*) => {
        /// Every resource of the API contract (`core/openapi.json`), as the app sees it. The demo backend
        /// and the HTTP client implement it alike; each view's issue adds the calls it needs.
        pub trait BillingApi: Send + Sync {
            $($(#[$doc])* fn $call(&self $(, $arg: $type)*) -> $answer;)*
        }

        impl Api {
            $($(#[$doc])* pub fn $call(&self $(, $arg: $type)*) -> $answer {
                match self {
                    #[cfg(feature = "demo")]
                    Api::Demo(api) => api.$call($($arg),*),
                    #[cfg(feature = "http")]
                    Api::Http(api) => api.$call($($arg),*),
                }
            })*
        }
    };
}

billing_api! {
    /// Replaces the host's bearer token; whether it changed.
    fn set_token(&self, token: Option<String>) -> bool;
    /// Whether the API refused the current token (not one replaced since).
    fn token_refused(&self) -> bool;
    fn account(&self) -> ApiFuture<'_, Account>;
    fn billing_summary(&self) -> ApiFuture<'_, BillingSummary>;
    fn invoices(&self, query: InvoiceQuery) -> ApiFuture<'_, Page<Invoice>>;
    fn invoice(&self, id: String) -> ApiFuture<'_, InvoiceDetail>;
    /// The invoice as a PDF the backend made in `lang`; `None` where the backend makes none
    /// (the demo), and the app offers its print view instead.
    fn invoice_pdf(&self, id: String, lang: Lang) -> ApiFuture<'_, Option<Vec<u8>>>;
    /// Whether the backend renders PDFs (the demo renders none).
    fn makes_pdfs(&self) -> bool;
    fn payment_methods(&self) -> ApiFuture<'_, Vec<PaymentMethod>>;
    /// The only call that carries a card number and security code, to the vault.
    fn create_card_token(&self, card: CardTokenRequest) -> ApiFuture<'_, CardToken>;
    /// Adds a card from a token; `key` makes a repeated request add it once.
    fn add_payment_method(
        &self,
        new: NewPaymentMethod,
        key: IdempotencyKey,
    ) -> ApiFuture<'_, PaymentMethod>;
    /// Makes an active method the monthly one.
    fn set_default_method(&self, id: String) -> ApiFuture<'_, PaymentMethod>;
    fn remove_method(&self, id: String) -> ApiFuture<'_, ()>;
    /// A one-time payment; `key` makes every retry of the same attempt charge once. It never
    /// changes the monthly payment method.
    fn create_payment(&self, new: NewPayment, key: IdempotencyKey) -> ApiFuture<'_, Payment>;
    /// What became of the payment sent with `key` when its answer was lost. One that never
    /// arrived is closed by asking, so it cannot be carried out beside a new attempt.
    fn resolve_payment(&self, key: IdempotencyKey) -> ApiFuture<'_, AttemptOutcome<Payment>>;
    /// As [`Self::resolve_payment`], for a card being added.
    fn resolve_payment_method(
        &self,
        key: IdempotencyKey,
    ) -> ApiFuture<'_, AttemptOutcome<PaymentMethod>>;
    /// Completes a payment the customer approved (PayPal, or the card issuer).
    fn confirm_payment(&self, id: String) -> ApiFuture<'_, Payment>;
    fn payments(&self, query: PaymentQuery) -> ApiFuture<'_, Page<Payment>>;
    fn payment(&self, id: String) -> ApiFuture<'_, Payment>;
    /// A succeeded payment's receipt as a PDF the backend made in `lang`; `None` where the
    /// backend makes none (the demo), and the app offers its print view instead.
    fn receipt_pdf(&self, id: String, lang: Lang) -> ApiFuture<'_, Option<Vec<u8>>>;
    fn billing_items(&self, query: BillingItemQuery) -> ApiFuture<'_, Page<BillingItem>>;
    /// The account's devices, which billing items can be associated with.
    fn devices(&self) -> ApiFuture<'_, Vec<Device>>;
    /// Associates, dissociates or cancels one item: the answer is the item as it now is.
    fn item_action(&self, id: String, action: BulkAction) -> ApiFuture<'_, BillingItem>;
    /// One action on several items: per item, the item as it now is or why it was refused.
    fn bulk_items(&self, request: BulkRequest) -> ApiFuture<'_, BulkResult>;
    /// Whom invoices are made out to, and the billing contacts.
    fn billing_profile(&self) -> ApiFuture<'_, BillingProfile>;
    /// For the invoices issued from now on; the answer is the profile as changed.
    fn update_bill_to(&self, bill_to: BillTo) -> ApiFuture<'_, BillingProfile>;
    fn add_contact(&self, details: ContactDetails) -> ApiFuture<'_, BillingContact>;
    fn update_contact(&self, id: String, details: ContactDetails) -> ApiFuture<'_, BillingContact>;
    fn remove_contact(&self, id: String) -> ApiFuture<'_, ()>;
}

/// The backend in use, chosen once from the configuration: the handle pages get from context.
/// An enum rather than a trait object: each call is dispatched statically, so that its code
/// (and the decoding of its answer) goes into the WASM chunk of the views that make it. A
/// trait object's vtable would keep every call of both backends in the main module.
#[derive(Clone)]
pub enum Api {
    #[cfg(feature = "demo")]
    Demo(Arc<demo::DemoApi>),
    #[cfg(feature = "http")]
    Http(Arc<http::HttpApi>),
}

/// What a resolved attempt (see [`BillingApi::resolve_payment`]) means: `Some` answer, as
/// if it had come (a refusal as `Err`), or `None` when the request was never carried out
/// and a new attempt may start. An outcome this client cannot read is an error: not
/// knowing is never taken for "nothing happened".
pub fn settled<T>(outcome: AttemptOutcome<T>) -> ApiResult<Option<ApiResult<T>>> {
    match (outcome.state, outcome.result, outcome.error) {
        (AttemptState::Completed, Some(result), _) => Ok(Some(Ok(result))),
        (AttemptState::Refused, _, Some(error)) => Ok(Some(Err(ApiError::Refused(error)))),
        (AttemptState::Abandoned, _, _) => Ok(None),
        _ => Err(ApiError::Malformed),
    }
}

/// One attempt at a request that creates or moves money: sent again (after a dropped
/// connection, a double click, a retry) with the same key, the server does it once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdempotencyKey(pub String);

impl IdempotencyKey {
    /// A new attempt, from the browser's `crypto.randomUUID()` (or the clock and
    /// `Math.random` where that is missing).
    pub fn fresh() -> IdempotencyKey {
        let uuid = web_sys::window()
            .and_then(|w| w.crypto().ok())
            .map(|c| c.random_uuid());
        IdempotencyKey(uuid.unwrap_or_else(|| {
            format!(
                "{}-{}",
                js_sys::Date::now(),
                js_sys::Math::random().to_bits()
            )
        }))
    }
}

#[cfg(test)]
mod tests {
    use billing_core::contract::{ErrorBody, ErrorCode};

    use super::*;

    fn outcome(
        state: AttemptState,
        result: Option<u8>,
        error: Option<ErrorBody>,
    ) -> AttemptOutcome<u8> {
        AttemptOutcome {
            key: "k".into(),
            state,
            result,
            error,
        }
    }

    #[test]
    fn only_a_definite_outcome_frees_the_customer_to_start_again() {
        let declined = ErrorBody::new(ErrorCode::CardDeclined, "");
        assert_eq!(
            settled(outcome(AttemptState::Completed, Some(7), None)),
            Ok(Some(Ok(7)))
        );
        assert_eq!(
            settled(outcome(AttemptState::Refused, None, Some(declined.clone()))),
            Ok(Some(Err(ApiError::Refused(declined))))
        );
        assert_eq!(
            settled(outcome(AttemptState::Abandoned, None, None)),
            Ok(None)
        );
        // A state from a newer server, or one that contradicts itself, is not knowing.
        assert_eq!(
            settled(outcome(AttemptState::Unknown, None, None)),
            Err(ApiError::Malformed)
        );
        assert_eq!(
            settled(outcome(AttemptState::Completed, None, None)),
            Err(ApiError::Malformed)
        );
        assert_eq!(
            settled(outcome(AttemptState::Refused, None, None)),
            Err(ApiError::Malformed)
        );
    }
}
