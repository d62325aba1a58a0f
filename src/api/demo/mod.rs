//! The in-browser demo backend: the seeded demo account, served without a network.

mod options;

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use billing_core::contract::{
    Account, BillingItem, BillingItemQuery, BillingSummary, Invoice, InvoiceDetail, InvoiceQuery,
    Page, Payment, PaymentMethod, PaymentQuery,
};
use billing_core::listing;
use billing_core::seed::{self, SeedData};
use billing_core::summary::billing_summary;

use super::{ApiError, ApiFuture, ApiResult, BillingApi};

pub use options::{DemoFault, DemoOptions};

pub struct DemoApi {
    state: Arc<Mutex<SeedData>>,
    fault: Option<DemoFault>,
}

impl DemoApi {
    pub fn new(options: DemoOptions) -> DemoApi {
        let mut data = seed::generate(options.invoices, options.items);
        data.account.role = options.role;
        DemoApi {
            state: Arc::new(Mutex::new(data)),
            fault: options.fault,
        }
    }

    fn state(&self) -> MutexGuard<'_, SeedData> {
        // Nothing panics while holding the lock, and the data stays consistent if it did.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Answers from the demo state, or with the fault the demo was asked to show.
    fn answer<T: 'static>(&self, read: impl FnOnce(&SeedData) -> ApiResult<T>) -> ApiFuture<'_, T> {
        let result = match self.fault {
            Some(DemoFault::Error) => Err(ApiError::Server { status: 500 }),
            Some(DemoFault::Panic) => panic!("demo fault injection: ?demo_fault=panic"),
            None => read(&self.state()),
        };
        Box::pin(async move { result })
    }
}

impl BillingApi for DemoApi {
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

    fn invoice_pdf(&self, id: String) -> ApiFuture<'_, Option<Vec<u8>>> {
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

    fn payments(&self, query: PaymentQuery) -> ApiFuture<'_, Page<Payment>> {
        self.answer(move |s| Ok(listing::payments(&s.payments, &query)?))
    }

    fn billing_items(&self, query: BillingItemQuery) -> ApiFuture<'_, Page<BillingItem>> {
        self.answer(move |s| Ok(listing::billing_items(&s.billing_items, &query)?))
    }
}
