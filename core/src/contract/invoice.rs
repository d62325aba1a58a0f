use std::sync::Arc;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::Money;

use super::SortDir;

/// A row of the invoice table (`GET /api/v1/invoices`). All amounts are positive; the type
/// says which way it moves the balance.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Invoice {
    pub id: String,
    pub number: String,
    #[serde(with = "super::date")]
    pub date: NaiveDate,
    #[serde(with = "super::date::option", default)]
    pub due_date: Option<NaiveDate>,
    #[serde(rename = "type")]
    pub kind: InvoiceType,
    pub status: InvoiceStatus,
    pub total: Money,
    pub balance_due: Money,
}

/// The five invoice types of the customer portal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum InvoiceType {
    /// The first invoice in a series of recurring invoices.
    New,
    /// Recurring charges active on the account for more than one month.
    Recurring,
    /// One-time charges of various kinds, overages included.
    OneTimeCharge,
    /// A credit to the account balance.
    Credit,
    /// A reversal of a one-time or recurring charge.
    Refund,
    #[serde(other)]
    Unknown,
}

impl InvoiceType {
    pub const KNOWN: [InvoiceType; 5] = [
        InvoiceType::New,
        InvoiceType::Recurring,
        InvoiceType::OneTimeCharge,
        InvoiceType::Credit,
        InvoiceType::Refund,
    ];
}

/// An open, due or past-due charge with a balance due can be paid (Pay now).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum InvoiceStatus {
    Open,
    Due,
    PastDue,
    Paid,
    Void,
    #[serde(other)]
    Unknown,
}

impl InvoiceStatus {
    pub const KNOWN: [InvoiceStatus; 5] = [
        InvoiceStatus::Open,
        InvoiceStatus::Due,
        InvoiceStatus::PastDue,
        InvoiceStatus::Paid,
        InvoiceStatus::Void,
    ];
}

/// `GET /api/v1/invoices/{id}`: the invoice with its itemized billing items.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvoiceDetail {
    #[serde(flatten)]
    #[cfg_attr(feature = "openapi", schema(inline))]
    pub invoice: Invoice,
    #[serde(with = "super::date")]
    pub period_start: NaiveDate,
    #[serde(with = "super::date")]
    pub period_end: NaiveDate,
    pub subtotal: Money,
    pub tax: Money,
    pub lines: Vec<InvoiceLine>,
    /// Whom it was made out to when it was issued; a later change of the billing profile
    /// does not change it. `null` from a backend that keeps none. Shared: the invoices
    /// issued under one profile hold one copy of it.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<super::BillTo>))]
    pub bill_to: Option<Arc<super::BillTo>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvoiceLine {
    pub id: String,
    pub description: String,
    pub category: String,
    /// The device or service the charge is for, if any.
    pub resource: Option<String>,
    #[serde(with = "super::date")]
    pub period_start: NaiveDate,
    #[serde(with = "super::date")]
    pub period_end: NaiveDate,
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = "decimal"))]
    pub quantity: Decimal,
    pub unit_price: Money,
    /// `quantity × unit_price`, before tax.
    pub amount: Money,
    pub tax: Money,
}

/// Query of `GET /api/v1/invoices`; every field maps to a query parameter of the same name
/// (lists comma-separated).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::IntoParams),
    into_params(parameter_in = Query)
)]
pub struct InvoiceQuery {
    /// Comma-separated.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", param(style = Form, explode = false))]
    pub types: Vec<InvoiceType>,
    /// Comma-separated.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", param(style = Form, explode = false))]
    pub statuses: Vec<InvoiceStatus>,
    #[serde(with = "super::date::option", default)]
    pub from: Option<NaiveDate>,
    #[serde(with = "super::date::option", default)]
    pub to: Option<NaiveDate>,
    /// Matched against the invoice number.
    pub search: Option<String>,
    #[serde(default)]
    pub sort: InvoiceSort,
    #[serde(default)]
    pub dir: SortDir,
    /// Opaque; the `next_cursor` of the previous page.
    pub cursor: Option<String>,
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 500, default = 50))]
    pub limit: Option<u32>,
}

/// Invoice table sort keys.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum InvoiceSort {
    Number,
    #[default]
    Date,
    Type,
    Status,
    Currency,
    Total,
    BalanceDue,
}
