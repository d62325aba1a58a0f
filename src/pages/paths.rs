//! The addresses of the views that other views link to, written once (`app::View` reads
//! them back): an id is escaped as a URL segment or query value, whatever it holds.

use billing_core::contract::{InvoiceQuery, ListQuery};

use crate::state::path_segment;

/// An invoice's lines.
pub fn invoice(id: &str) -> String {
    format!("/invoices/{}", path_segment(id))
}

/// Make a payment of an invoice's balance due (Pay now).
pub fn pay_invoice(id: &str) -> String {
    format!("/payments/new?invoice={}", path_segment(id))
}

/// Pay a past-due invoice with a new card that then becomes the monthly payment method.
pub fn pay_invoice_new_monthly(id: &str) -> String {
    format!("{}&new_card=monthly", pay_invoice(id))
}

/// Make a payment of the balance in a currency (Pay balance).
pub fn pay_balance(currency: &str) -> String {
    format!("/payments/new?currency={}", path_segment(currency))
}

/// A payment's receipt.
pub fn receipt(id: &str) -> String {
    format!("/payments/{}", path_segment(id))
}

/// Download invoices, choosing the ones `query` does (its page left out).
pub fn export(query: &InvoiceQuery) -> String {
    let query = InvoiceQuery {
        cursor: None,
        ..query.clone()
    };
    format!("/export{}", query.to_page(&[]))
}
