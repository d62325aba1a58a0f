//! The backend over HTTP: the API base URL and bearer token from the host's configuration,
//! JSON of the contract types, a timeout on every request, and reads retried with backoff.

use billing_core::contract::{
    Account, AssociateItem, AttemptOutcome, BillTo, BillingContact, BillingItem, BillingItemQuery,
    BillingProfile, BillingSummary, BulkAction, BulkRequest, BulkResult, CancelItem, CardToken,
    CardTokenRequest, ContactDetails, Device, Invoice, InvoiceDetail, InvoiceQuery, NewPayment,
    NewPaymentMethod, Page, Params, Payment, PaymentMethod, PaymentQuery,
};
use billing_core::lang::Lang;
use std::future::{poll_fn, Future};
use std::pin::pin;
use std::sync::{PoisonError, RwLock};
use std::task::Poll;

use gloo_net::http::{Method, Request, RequestBuilder};
use serde::de::DeserializeOwned;
use serde::Serialize;
use web_sys::AbortController;

use super::response::{
    decode, rate_limited, refusal, retry_delay, READ_RETRY_DELAYS_MS, TIMEOUT_MS,
};
use super::{ApiError, ApiFuture, ApiResult, BillingApi, IdempotencyKey};
use crate::clock;

pub struct HttpApi {
    /// Without a trailing slash: `/api/v1`, or `https://billing.example.com/api/v1`.
    base: String,
    /// Where card numbers are tokenized: the vault's origin, or the API's.
    vault: String,
    /// The host's bearer token, which it may replace at any time (after it expired).
    token: RwLock<Option<String>>,
    /// The last token the API refused (`Some(None)`: the lack of one).
    refused: RwLock<Option<Option<String>>>,
}

impl HttpApi {
    pub fn new(base: &str, vault: Option<&str>, token: Option<String>) -> HttpApi {
        let base = base.trim_end_matches('/').to_string();
        HttpApi {
            vault: vault.map_or_else(|| base.clone(), |v| v.trim_end_matches('/').to_string()),
            base,
            token: RwLock::new(token),
            refused: RwLock::new(None),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Sends `request` with the current token, noting the token if the API refuses it.
    async fn send(
        &self,
        request: RequestBuilder,
        accept: &str,
        body: Option<&str>,
    ) -> ApiResult<Vec<u8>> {
        let token = self
            .token
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let mut request = request.header("Accept", accept);
        if let Some(token) = &token {
            request = request.header("Authorization", &format!("Bearer {token}"));
        }
        let result = send(request, body).await;
        if matches!(&result, Err(error) if error.is_session_expired()) {
            *self.refused.write().unwrap_or_else(PoisonError::into_inner) = Some(token);
        }
        result
    }

    /// A write with a JSON body, sent again after a failed connection or a server error
    /// only as `resend` allows.
    async fn write<T: DeserializeOwned>(
        &self,
        method: Method,
        url: String,
        body: Option<String>,
        resend: Resend<'_>,
    ) -> ApiResult<T> {
        let mut delays = READ_RETRY_DELAYS_MS.iter();
        loop {
            let mut request = RequestBuilder::new(&url).method(method.clone());
            if let Resend::WithKey(key) = resend {
                request = request.header("Idempotency-Key", &key.0);
            }
            let may_resend = !matches!(resend, Resend::Never);
            match self
                .send(request, "application/json", body.as_deref())
                .await
            {
                Err(error) => match delays.next().and_then(|&d| retry_delay(&error, d)) {
                    Some(delay) if may_resend => clock::sleep(delay).await,
                    _ => return Err(error),
                },
                // A 204 has no body: `()` reads from `null`.
                Ok(bytes) if bytes.is_empty() => return decode(b"null"),
                Ok(bytes) => return decode(&bytes),
            }
        }
    }

    async fn post<T: DeserializeOwned>(
        &self,
        url: String,
        body: &impl Serialize,
        resend: Resend<'_>,
    ) -> ApiResult<T> {
        let body = serde_json::to_string(body).map_err(|_| ApiError::Malformed)?;
        self.write(Method::POST, url, Some(body), resend).await
    }

    /// What became of the request sent to `collection` with `key`.
    async fn resolve<T: DeserializeOwned>(
        &self,
        collection: &str,
        key: IdempotencyKey,
    ) -> ApiResult<AttemptOutcome<T>> {
        let path = format!("{collection}/attempts/{}/resolve", segment(&key.0));
        self.write(Method::POST, self.url(&path), None, Resend::Safe)
            .await
    }

    async fn get<T: DeserializeOwned>(&self, path: &str, params: Params) -> ApiResult<T> {
        decode(&self.read(path, params, "application/json").await?)
    }

    /// A document the server renders, in `lang`.
    async fn pdf(&self, path: &str, lang: Lang) -> ApiResult<Option<Vec<u8>>> {
        let params = vec![("lang", lang.tag().to_string())];
        self.read(path, params, "application/pdf").await.map(Some)
    }

    /// A read's body, sent again after [`READ_RETRY_DELAYS_MS`] while it fails transiently.
    async fn read(&self, path: &str, params: Params, accept: &str) -> ApiResult<Vec<u8>> {
        let url = self.url(path);
        let mut delays = READ_RETRY_DELAYS_MS.iter();
        loop {
            let query = params.iter().map(|(k, v)| (*k, v.as_str()));
            match self
                .send(Request::get(&url).query(query), accept, None)
                .await
            {
                Err(error) => match delays.next().and_then(|&d| retry_delay(&error, d)) {
                    Some(delay) => clock::sleep(delay).await,
                    None => return Err(error),
                },
                result => return result,
            }
        }
    }
}

/// Whether a write may be sent again after a failed connection or a server error.
#[derive(Clone, Copy)]
enum Resend<'a> {
    /// Never: it could be done twice.
    Never,
    /// With its idempotency key, so the server does it once.
    WithKey(&'a IdempotencyKey),
    /// Freely: doing it again is asking the same question again.
    Safe,
}

/// Aborts its fetch when dropped: a request nobody waits for any more (its view went away
/// and aborted it, or its time ran out) stops at once rather than running to its end.
/// Aborting a finished fetch does nothing.
struct AbortOnDrop(AbortController);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Sends one request (with a JSON `body`, if any) and reads its whole answer, within
/// [`TIMEOUT_MS`], or until the returned future is dropped.
async fn send(request: RequestBuilder, body: Option<&str>) -> ApiResult<Vec<u8>> {
    let mut answer = pin!(answer(request, body));
    let mut timeout = pin!(clock::sleep(TIMEOUT_MS));
    // Whichever comes first; the other is dropped with this, which aborts the fetch.
    poll_fn(|cx| match answer.as_mut().poll(cx) {
        Poll::Ready(answer) => Poll::Ready(answer),
        Poll::Pending => timeout.as_mut().poll(cx).map(|()| Err(ApiError::Timeout)),
    })
    .await
}

/// The request's whole answer; its fetch is aborted if this is dropped before.
async fn answer(request: RequestBuilder, body: Option<&str>) -> ApiResult<Vec<u8>> {
    let controller = AbortOnDrop(AbortController::new().map_err(|_| ApiError::Offline)?);
    let request = request.abort_signal(Some(&controller.0.signal()));
    let request = match body {
        Some(body) => request
            .header("Content-Type", "application/json")
            .body(body.to_string()),
        None => request.build(),
    };
    // Building fails only on a header or URL the browser refuses: a server we cannot reach.
    let request = request.map_err(|_| ApiError::Offline)?;
    let response = request.send().await.map_err(|_| ApiError::Offline)?;
    let status = response.status();
    if status == 429 {
        return Err(rate_limited(
            response.headers().get("Retry-After").as_deref(),
        ));
    }
    let body = response.binary().await.map_err(|_| ApiError::Offline)?;
    match status {
        200..=299 => Ok(body),
        _ => Err(refusal(status, &body)),
    }
}

fn segment(id: &str) -> String {
    String::from(js_sys::encode_uri_component(id))
}

impl BillingApi for HttpApi {
    fn set_token(&self, token: Option<String>) -> bool {
        let mut current = self.token.write().unwrap_or_else(PoisonError::into_inner);
        let changed = *current != token;
        *current = token;
        changed
    }

    fn token_refused(&self) -> bool {
        let token = self.token.read().unwrap_or_else(PoisonError::into_inner);
        let refused = self.refused.read().unwrap_or_else(PoisonError::into_inner);
        refused.as_ref() == Some(&*token)
    }

    fn account(&self) -> ApiFuture<'_, Account> {
        Box::pin(self.get("/account", Params::new()))
    }

    fn billing_summary(&self) -> ApiFuture<'_, BillingSummary> {
        Box::pin(self.get("/billing-summary", Params::new()))
    }

    fn invoices(&self, query: InvoiceQuery) -> ApiFuture<'_, Page<Invoice>> {
        Box::pin(self.get("/invoices", query.to_params()))
    }

    fn invoice(&self, id: String) -> ApiFuture<'_, InvoiceDetail> {
        Box::pin(async move {
            self.get(&format!("/invoices/{}", segment(&id)), Params::new())
                .await
        })
    }

    fn payment(&self, id: String) -> ApiFuture<'_, Payment> {
        Box::pin(async move {
            self.get(&format!("/payments/{}", segment(&id)), Params::new())
                .await
        })
    }

    fn receipt_pdf(&self, id: String, lang: Lang) -> ApiFuture<'_, Option<Vec<u8>>> {
        Box::pin(async move {
            let path = format!("/payments/{}/pdf", segment(&id));
            self.pdf(&path, lang).await
        })
    }

    fn makes_pdfs(&self) -> bool {
        true
    }

    fn invoice_pdf(&self, id: String, lang: Lang) -> ApiFuture<'_, Option<Vec<u8>>> {
        Box::pin(async move {
            let path = format!("/invoices/{}/pdf", segment(&id));
            self.pdf(&path, lang).await
        })
    }

    fn payment_methods(&self) -> ApiFuture<'_, Vec<PaymentMethod>> {
        Box::pin(self.get("/payment-methods", Params::new()))
    }

    fn create_card_token(&self, card: CardTokenRequest) -> ApiFuture<'_, CardToken> {
        Box::pin(async move {
            self.post(format!("{}/card-tokens", self.vault), &card, Resend::Never)
                .await
        })
    }

    fn add_payment_method(
        &self,
        new: NewPaymentMethod,
        key: IdempotencyKey,
    ) -> ApiFuture<'_, PaymentMethod> {
        Box::pin(async move {
            self.post(self.url("/payment-methods"), &new, Resend::WithKey(&key))
                .await
        })
    }

    fn set_default_method(&self, id: String) -> ApiFuture<'_, PaymentMethod> {
        Box::pin(async move {
            let url = self.url(&format!("/payment-methods/{}/default", segment(&id)));
            self.write(Method::POST, url, None, Resend::Never).await
        })
    }

    fn create_payment(&self, new: NewPayment, key: IdempotencyKey) -> ApiFuture<'_, Payment> {
        Box::pin(async move {
            self.post(self.url("/payments"), &new, Resend::WithKey(&key))
                .await
        })
    }

    fn resolve_payment(&self, key: IdempotencyKey) -> ApiFuture<'_, AttemptOutcome<Payment>> {
        Box::pin(self.resolve("/payments", key))
    }

    fn resolve_payment_method(
        &self,
        key: IdempotencyKey,
    ) -> ApiFuture<'_, AttemptOutcome<PaymentMethod>> {
        Box::pin(self.resolve("/payment-methods", key))
    }

    fn confirm_payment(&self, id: String) -> ApiFuture<'_, Payment> {
        Box::pin(async move {
            let url = self.url(&format!("/payments/{}/confirm", segment(&id)));
            self.write(Method::POST, url, None, Resend::Never).await
        })
    }

    fn remove_method(&self, id: String) -> ApiFuture<'_, ()> {
        Box::pin(async move {
            let url = self.url(&format!("/payment-methods/{}", segment(&id)));
            self.write(Method::DELETE, url, None, Resend::Never).await
        })
    }

    fn payments(&self, query: PaymentQuery) -> ApiFuture<'_, Page<Payment>> {
        Box::pin(self.get("/payments", query.to_params()))
    }

    fn billing_items(&self, query: BillingItemQuery) -> ApiFuture<'_, Page<BillingItem>> {
        Box::pin(self.get("/billing-items", query.to_params()))
    }

    fn devices(&self) -> ApiFuture<'_, Vec<Device>> {
        Box::pin(self.get("/devices", Params::new()))
    }

    fn item_action(&self, id: String, action: BulkAction) -> ApiFuture<'_, BillingItem> {
        Box::pin(async move {
            let path = |verb: &str| self.url(&format!("/billing-items/{}/{verb}", segment(&id)));
            match action {
                BulkAction::Associate { device_id } => {
                    let body = AssociateItem { device_id };
                    self.post(path("associate"), &body, Resend::Never).await
                }
                BulkAction::Dissociate => {
                    self.write(Method::POST, path("dissociate"), None, Resend::Never)
                        .await
                }
                BulkAction::Cancel { when } => {
                    let body = CancelItem { when };
                    self.post(path("cancel"), &body, Resend::Never).await
                }
            }
        })
    }

    fn bulk_items(&self, request: BulkRequest) -> ApiFuture<'_, BulkResult> {
        Box::pin(async move {
            self.post(self.url("/billing-items/bulk"), &request, Resend::Never)
                .await
        })
    }

    fn billing_profile(&self) -> ApiFuture<'_, BillingProfile> {
        Box::pin(self.get("/billing-profile", Params::new()))
    }

    fn update_bill_to(&self, bill_to: BillTo) -> ApiFuture<'_, BillingProfile> {
        Box::pin(async move {
            let body = serde_json::to_string(&bill_to).map_err(|_| ApiError::Malformed)?;
            let url = self.url("/billing-profile/bill-to");
            // Sending the same profile again changes nothing more.
            self.write(Method::PUT, url, Some(body), Resend::Safe).await
        })
    }

    fn add_contact(&self, details: ContactDetails) -> ApiFuture<'_, BillingContact> {
        Box::pin(async move {
            let url = self.url("/billing-profile/contacts");
            self.post(url, &details, Resend::Never).await
        })
    }

    fn update_contact(&self, id: String, details: ContactDetails) -> ApiFuture<'_, BillingContact> {
        Box::pin(async move {
            let body = serde_json::to_string(&details).map_err(|_| ApiError::Malformed)?;
            let url = self.url(&format!("/billing-profile/contacts/{}", segment(&id)));
            self.write(Method::PUT, url, Some(body), Resend::Safe).await
        })
    }

    fn remove_contact(&self, id: String) -> ApiFuture<'_, ()> {
        Box::pin(async move {
            let url = self.url(&format!("/billing-profile/contacts/{}", segment(&id)));
            self.write(Method::DELETE, url, None, Resend::Never).await
        })
    }
}
