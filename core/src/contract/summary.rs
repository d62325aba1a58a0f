use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::money::Money;

use super::PaymentMethodSummary;

/// `GET /api/v1/billing-summary`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BillingSummary {
    /// One entry per currency the account is billed in.
    pub balances: Vec<CurrencyBalance>,
    /// The monthly (default) payment method, if any.
    pub payment_method: Option<PaymentMethodSummary>,
    #[serde(with = "super::date::option", default)]
    pub last_invoice_date: Option<NaiveDate>,
    #[serde(with = "super::date::option", default)]
    pub next_invoice_date: Option<NaiveDate>,
    /// Invoiced amounts of the last 12 months, oldest first, per currency.
    pub monthly: Vec<MonthlyTotal>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CurrencyBalance {
    pub current: Money,
    pub estimated_next: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonthlyTotal {
    /// `YYYY-MM`.
    #[cfg_attr(feature = "openapi", schema(pattern = "^[0-9]{4}-[0-9]{2}$"))]
    pub month: String,
    pub total: Money,
}
