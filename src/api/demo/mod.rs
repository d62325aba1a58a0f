//! The in-browser demo backend: the seeded demo account, served without a network.

mod options;
mod saved;

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use billing_core::contract::{
    Account, AttemptOutcome, BillTo, BillingContact, BillingItem, BillingItemQuery, BillingProfile,
    BillingSummary, BulkAction, BulkItemResult, BulkRequest, BulkResult, CardToken,
    CardTokenRequest, ContactDetails, Device, ErrorBody, ErrorCode, Invoice, InvoiceDetail,
    InvoiceQuery, NewPayment, NewPaymentMethod, Page, Payment, PaymentMethod, PaymentQuery,
    PaymentStatus,
};
use billing_core::fields::field;
use billing_core::items::{self, ItemError};
use billing_core::lang::Lang;
use billing_core::ledger::{self, InMemory, Refusal};
use billing_core::listing;
use billing_core::profile::{self, ProfileError};
use billing_core::seed::{self, SeedData};
use billing_core::summary::billing_summary;
use billing_core::wallet::{self, Vaulted, WalletError};

use super::{ApiError, ApiFuture, ApiResult, BillingApi, IdempotencyKey};
use crate::clock;

pub use options::{DemoFault, DemoOptions};
use saved::{Baseline, Changes, Record, Replay};

/// The demo account, and what the demo backend keeps beside it as a server would.
struct DemoState {
    data: SeedData,
    /// The vault's tokens: brand, last four and expiry, never a number or security code.
    vault: Vec<Vaulted>,
    /// What the customer's changes are told from when they are saved.
    baseline: Baseline,
    /// The changes saved in this browser, until they are read and applied: before the
    /// first answer (see [`DemoApi::ready`]).
    unread: Option<String>,
    /// The answers to requests made with an idempotency key, replayed for the same key;
    /// kept with the changes, so that an attempt resent after a reload is not made twice.
    replays: Vec<(String, Replay)>,
    /// `?demo_fault=item`: the next action on an item fails as a busy backend's would.
    item_fault: bool,
    /// Counts the changes made since the seed; a reset starts again from none.
    changes: u64,
}

impl DemoState {
    /// The seeded account, with the changes saved in this browser (`unread`) still to apply.
    fn new(options: &DemoOptions, unread: Option<String>) -> DemoState {
        let mut data = seed::generate(options.invoices, options.items);
        data.account.role = options.role;
        DemoState {
            baseline: Baseline::of(&data),
            data,
            vault: Vec::new(),
            unread,
            replays: Vec::new(),
            item_fault: options.fault == Some(DemoFault::Item),
            changes: 0,
        }
    }
}

pub struct DemoApi {
    state: Arc<Mutex<DemoState>>,
    options: DemoOptions,
}

impl DemoApi {
    pub fn new(options: DemoOptions) -> DemoApi {
        let state = DemoState::new(&options, saved::load(&options));
        DemoApi {
            state: Arc::new(Mutex::new(state)),
            options,
        }
    }

    /// **Reset demo**: the seeded account again, and nothing saved of the changes (a change
    /// still being saved is not, see [`Self::admin`]).
    pub fn reset(&self) {
        saved::forget(&self.options);
        let fresh = DemoState::new(&self.options, None);
        let mut state = self.state();
        // Past every change made before, so that none of their records is written now.
        let changes = state.changes + 1;
        *state = DemoState { changes, ..fresh };
    }

    /// Readies the demo to answer: applies the changes saved in this browser, once, and
    /// fails with the fault the demo was asked to show. Their code not loading is answered
    /// as a dropped connection would be, and tried again on the next call: answering from
    /// the seed would save over the customer's changes. Boxed: one copy of its code, not
    /// one in each call's future.
    fn ready(&self) -> ApiFuture<'_, ()> {
        Box::pin(async move {
            let unread = self.state().unread.clone();
            if let Some(text) = unread {
                let record = saved::convert(Record::Text(text)).await;
                let record = record.map_err(|_| ApiError::Offline)?;
                let mut state = self.state();
                if state.unread.take().is_some() {
                    match record {
                        Record::Changes(changes) => {
                            let DemoState {
                                data,
                                vault,
                                replays,
                                baseline,
                                ..
                            } = &mut *state;
                            changes.apply(data, vault, replays, baseline);
                        }
                        _ => saved::forget(&self.options),
                    }
                }
            }
            match self.options.fault {
                Some(DemoFault::Error) => Err(ApiError::Server { status: 500 }),
                Some(DemoFault::Panic) => panic!("demo fault injection: ?demo_fault=panic"),
                Some(DemoFault::Item) | None => Ok(()),
            }
        })
    }

    fn state(&self) -> MutexGuard<'_, DemoState> {
        // Nothing panics while holding the lock, and the data stays consistent if it did.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Answers from the demo state, or with the fault the demo was asked to show.
    fn answer<'a, T: 'static>(
        &'a self,
        read: impl FnOnce(&SeedData) -> ApiResult<T> + 'a,
    ) -> ApiFuture<'a, T> {
        self.change(|state| read(&state.data))
    }

    /// Changes the demo state as a server would, or fails with the fault asked for.
    fn change<'a, T: 'static>(
        &'a self,
        work: impl FnOnce(&mut DemoState) -> ApiResult<T> + 'a,
    ) -> ApiFuture<'a, T> {
        Box::pin(async move {
            self.ready().await?;
            work(&mut self.state())
        })
    }

    /// A change only a billing administrator may make, as the server refuses a viewer; kept
    /// in this browser once made.
    fn admin<'a, T: 'static>(
        &'a self,
        work: impl FnOnce(&mut DemoState) -> ApiResult<T> + 'a,
    ) -> ApiFuture<'a, T> {
        Box::pin(async move {
            let (answer, changes, made) = self
                .change(|state| {
                    if !state.data.account.role.can_manage_billing() {
                        return Err(refused(ErrorCode::Forbidden));
                    }
                    let answer = work(state)?;
                    state.changes += 1;
                    let changes =
                        Changes::of(&state.data, &state.vault, &state.replays, &state.baseline);
                    Ok((answer, changes, state.changes))
                })
                .await?;
            // Written only if it is still the last change: a later one's record holds this
            // one, and after a reset none is wanted.
            if let Ok(Record::Text(text)) = saved::convert(Record::Changes(Box::new(changes))).await
            {
                if self.state().changes == made {
                    saved::save(&self.options, &text);
                }
            }
            Ok(answer)
        })
    }

    /// [`Self::admin`] done once per key: the same key gets the first answer again, and a
    /// refusal changes nothing, as in the server's transaction.
    fn once<'a, T: Replayed + 'static>(
        &'a self,
        key: IdempotencyKey,
        work: impl FnOnce(&mut DemoState) -> ApiResult<T> + 'a,
    ) -> ApiFuture<'a, T> {
        self.admin(move |state| {
            match state.replays.iter().find(|(k, _)| *k == key.0) {
                Some((_, Replay::Closed)) => return Err(refused(ErrorCode::Conflict)),
                Some((_, answer)) => {
                    if let Some(answer) = T::from_replay(answer) {
                        return answer.map_err(answered_body);
                    }
                }
                None => {}
            }
            let before = (state.data.clone(), state.vault.clone());
            let answer = work(state);
            if answer.is_err() {
                (state.data, state.vault) = before;
            }
            let recorded = answer.clone().map_err(|e| error_body(&e));
            state.replays.push((key.0, T::replay(recorded)));
            answer
        })
    }

    /// What became of the request sent with `key`, as the server's `resolve`: a key never
    /// used is closed, so a request sent with it later is refused.
    fn resolve<T: Replayed + 'static>(
        &self,
        key: IdempotencyKey,
    ) -> ApiFuture<'_, AttemptOutcome<T>> {
        self.admin(move |state| {
            let recorded = state.replays.iter().find(|(k, _)| *k == key.0);
            let outcome = match recorded.map(|(_, a)| T::from_replay(a)) {
                Some(Some(Ok(result))) => AttemptOutcome::completed(key.0, result),
                Some(Some(Err(error))) => AttemptOutcome::refused(key.0, error),
                Some(None) => AttemptOutcome::abandoned(key.0),
                None => {
                    state.replays.push((key.0.clone(), Replay::Closed));
                    AttemptOutcome::abandoned(key.0)
                }
            };
            Ok(outcome)
        })
    }
}

/// An answer kept for its idempotency key.
trait Replayed: Clone + Sized {
    fn replay(answer: Result<Self, ErrorBody>) -> Replay;
    /// `None` for another kind of request's answer.
    fn from_replay(replay: &Replay) -> Option<Result<Self, ErrorBody>>;
}

/// Each answer kept in its own variant of [`Replay`].
macro_rules! replayed {
    ($($answer:ty => $variant:ident),*) => {$(
        impl Replayed for $answer {
            fn replay(answer: Result<$answer, ErrorBody>) -> Replay {
                Replay::$variant(answer)
            }

            fn from_replay(replay: &Replay) -> Option<Result<$answer, ErrorBody>> {
                match replay {
                    Replay::$variant(answer) => Some(answer.clone()),
                    _ => None,
                }
            }
        }
    )*};
}

replayed!(Payment => Payment, PaymentMethod => Method);

/// The answer a kept refusal is given again as.
fn answered_body(body: ErrorBody) -> ApiError {
    match body.code {
        ErrorCode::NotFound => ApiError::NotFound,
        _ => ApiError::Refused(body),
    }
}

/// The error envelope's body for an error the demo answered with.
fn error_body(error: &ApiError) -> ErrorBody {
    match error {
        ApiError::Refused(body) => body.clone(),
        ApiError::NotFound => ErrorBody::new(ErrorCode::NotFound, ""),
        _ => ErrorBody::new(ErrorCode::Internal, ""),
    }
}

fn refused(code: ErrorCode) -> ApiError {
    ApiError::Refused(ErrorBody::new(code, ""))
}

/// Core's refusal, as the HTTP client reads the server's answer of it (`response::refusal`).
fn answered((status, body): (u16, ErrorBody)) -> ApiError {
    match status {
        404 => ApiError::NotFound,
        _ => ApiError::Refused(body),
    }
}

impl From<Refusal> for ApiError {
    fn from(error: Refusal) -> ApiError {
        answered(error.answer())
    }
}

impl DemoState {
    /// The payment operations' view of the demo account.
    fn ledger(&mut self) -> InMemory<'_> {
        InMemory {
            data: &mut self.data,
            vault: &mut self.vault,
        }
    }

    /// Applies `action` to the item as the server does, and answers with the item.
    fn act(&mut self, id: &str, action: &BulkAction) -> Result<BillingItem, ItemError> {
        let SeedData {
            billing_items,
            devices,
            ..
        } = &mut self.data;
        let item = billing_items.iter_mut().find(|i| i.id == id);
        let item = item.ok_or(ItemError::NotFound)?;
        items::act(item, action, devices, clock::today())?;
        self.baseline.item_changed(&item.id);
        Ok(item.clone())
    }

    /// Whether the armed item fault fires now; it fires once.
    fn item_fails(&mut self) -> bool {
        std::mem::take(&mut self.item_fault)
    }
}

impl From<ItemError> for ApiError {
    fn from(error: ItemError) -> ApiError {
        answered(error.answer())
    }
}

impl From<WalletError> for ApiError {
    fn from(error: WalletError) -> ApiError {
        answered(error.answer())
    }
}

impl From<ProfileError> for ApiError {
    fn from(error: ProfileError) -> ApiError {
        answered(error.answer())
    }
}

impl BillingApi for DemoApi {
    /// The demo has no token to replace.
    fn set_token(&self, _token: Option<String>) -> bool {
        false
    }

    /// Nor one to refuse.
    fn token_refused(&self) -> bool {
        false
    }

    fn account(&self) -> ApiFuture<'_, Account> {
        self.answer(|s| Ok(s.account.clone()))
    }

    fn billing_summary(&self) -> ApiFuture<'_, BillingSummary> {
        self.answer(|s| {
            let invoices = s.invoices.iter().map(|d| &d.invoice);
            // Sums are per currency by construction; a mismatch would be corrupt demo data.
            billing_summary(invoices, &s.payment_methods, &s.billing_items, seed::ANCHOR)
                .map_err(|_| ApiError::Malformed)
        })
    }

    fn invoices(&self, query: InvoiceQuery) -> ApiFuture<'_, Page<Invoice>> {
        self.answer(move |s| {
            Ok(listing::invoices(
                s.invoices.iter().map(|d| &d.invoice),
                &query,
            )?)
        })
    }

    fn invoice(&self, id: String) -> ApiFuture<'_, InvoiceDetail> {
        self.answer(move |s| {
            s.invoices
                .iter()
                .find(|d| d.invoice.id == id)
                .cloned()
                .ok_or(ApiError::NotFound)
        })
    }

    fn makes_pdfs(&self) -> bool {
        false
    }

    fn invoice_pdf(&self, id: String, _: Lang) -> ApiFuture<'_, Option<Vec<u8>>> {
        self.answer(
            move |s| match s.invoices.iter().any(|d| d.invoice.id == id) {
                true => Ok(None),
                false => Err(ApiError::NotFound),
            },
        )
    }

    fn payment_methods(&self) -> ApiFuture<'_, Vec<PaymentMethod>> {
        self.answer(|s| Ok(s.payment_methods.clone()))
    }

    fn create_card_token(&self, card: CardTokenRequest) -> ApiFuture<'_, CardToken> {
        self.admin(move |state| {
            let token = format!("tok_{:08}", state.vault.len() + 1);
            let vaulted = wallet::vault(&card, token, clock::today())?;
            let card = vaulted.card.clone();
            state.vault.push(vaulted);
            Ok(card)
        })
    }

    fn add_payment_method(
        &self,
        new: NewPaymentMethod,
        key: IdempotencyKey,
    ) -> ApiFuture<'_, PaymentMethod> {
        self.once(key, move |state| {
            let new = wallet::checked_address(&new)?;
            let vaulted = ledger::take_token(&mut state.ledger(), &new.token, field::TOKEN)?;
            Ok(wallet::add_card(
                &mut state.data.payment_methods,
                vaulted,
                &new,
                clock::now(),
            )?)
        })
    }

    fn set_default_method(&self, id: String) -> ApiFuture<'_, PaymentMethod> {
        self.admin(move |state| Ok(wallet::set_default(&mut state.data.payment_methods, &id)?))
    }

    fn create_payment(&self, new: NewPayment, key: IdempotencyKey) -> ApiFuture<'_, Payment> {
        self.once(key, move |state| {
            Ok(ledger::make_payment(
                &mut state.ledger(),
                &new,
                clock::now(),
            )?)
        })
    }

    fn resolve_payment(&self, key: IdempotencyKey) -> ApiFuture<'_, AttemptOutcome<Payment>> {
        self.resolve(key)
    }

    fn resolve_payment_method(
        &self,
        key: IdempotencyKey,
    ) -> ApiFuture<'_, AttemptOutcome<PaymentMethod>> {
        self.resolve(key)
    }

    fn confirm_payment(&self, id: String) -> ApiFuture<'_, Payment> {
        self.admin(move |state| {
            ledger::confirm_payment(&mut state.ledger(), &id)?.ok_or(ApiError::NotFound)
        })
    }

    fn remove_method(&self, id: String) -> ApiFuture<'_, ()> {
        self.admin(move |state| {
            let owes = state
                .data
                .invoices
                .iter()
                .any(|d| d.invoice.balance_due.is_positive());
            Ok(wallet::remove(&mut state.data.payment_methods, &id, owes)?)
        })
    }

    fn billing_profile(&self) -> ApiFuture<'_, BillingProfile> {
        self.answer(|s| Ok(s.profile.clone()))
    }

    fn update_bill_to(&self, bill_to: BillTo) -> ApiFuture<'_, BillingProfile> {
        self.admin(move |state| {
            profile::update_bill_to(&mut state.data.profile, &bill_to)?;
            Ok(state.data.profile.clone())
        })
    }

    fn add_contact(&self, details: ContactDetails) -> ApiFuture<'_, BillingContact> {
        self.admin(move |state| Ok(profile::add_contact(&mut state.data.profile, &details)?))
    }

    fn update_contact(&self, id: String, details: ContactDetails) -> ApiFuture<'_, BillingContact> {
        self.admin(move |state| {
            Ok(profile::update_contact(
                &mut state.data.profile,
                &id,
                &details,
            )?)
        })
    }

    fn remove_contact(&self, id: String) -> ApiFuture<'_, ()> {
        self.admin(move |state| Ok(profile::remove_contact(&mut state.data.profile, &id)?))
    }

    fn payments(&self, query: PaymentQuery) -> ApiFuture<'_, Page<Payment>> {
        self.answer(move |s| Ok(listing::payments(&s.payments, &query)?))
    }

    fn payment(&self, id: String) -> ApiFuture<'_, Payment> {
        self.answer(move |s| {
            let payment = s.payments.iter().find(|p| p.id == id);
            payment.cloned().ok_or(ApiError::NotFound)
        })
    }

    fn receipt_pdf(&self, id: String, _: Lang) -> ApiFuture<'_, Option<Vec<u8>>> {
        self.answer(move |s| {
            let succeeded = |p: &Payment| p.id == id && p.status == PaymentStatus::Succeeded;
            match s.payments.iter().any(succeeded) {
                true => Ok(None),
                false => Err(ApiError::NotFound),
            }
        })
    }

    fn billing_items(&self, query: BillingItemQuery) -> ApiFuture<'_, Page<BillingItem>> {
        self.answer(move |s| Ok(listing::billing_items(&s.billing_items, &query)?))
    }

    fn devices(&self) -> ApiFuture<'_, Vec<Device>> {
        self.answer(|s| Ok(s.devices.clone()))
    }

    fn item_action(&self, id: String, action: BulkAction) -> ApiFuture<'_, BillingItem> {
        self.admin(move |state| match state.item_fails() {
            true => Err(ApiError::Server { status: 500 }),
            false => Ok(state.act(&id, &action)?),
        })
    }

    /// As the server: one result per distinct item; with the item fault armed, the last
    /// item of the selection fails with a server error and is not changed.
    fn bulk_items(&self, request: BulkRequest) -> ApiFuture<'_, BulkResult> {
        self.admin(move |state| {
            let BulkRequest { action, item_ids } = request;
            let item_ids = items::selection(item_ids)?;
            let failing = match state.item_fails() {
                true => item_ids.last().cloned(),
                false => None,
            };
            let results = item_ids
                .into_iter()
                .map(|item_id| {
                    let outcome = match failing.as_ref() == Some(&item_id) {
                        true => Err(ErrorBody::new(ErrorCode::Internal, "injected fault")),
                        false => state.act(&item_id, &action).map_err(|e| e.answer().1),
                    };
                    let (item, error) = match outcome {
                        Ok(item) => (Some(item), None),
                        Err(body) => (None, Some(body)),
                    };
                    BulkItemResult {
                        item_id,
                        item,
                        error,
                    }
                })
                .collect();
            Ok(BulkResult { results })
        })
    }
}
