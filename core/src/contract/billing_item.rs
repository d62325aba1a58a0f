use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::money::Money;

use super::{ErrorBody, SortDir};

/// `GET /api/v1/devices`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Device {
    pub id: String,
    pub name: String,
    pub kind: String,
}

/// `GET /api/v1/billing-items`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BillingItem {
    pub id: String,
    pub description: String,
    pub category: String,
    /// The device the item is associated with; `null` when dissociated.
    pub device: Option<DeviceRef>,
    pub recurring_fee: Money,
    #[serde(with = "super::date")]
    pub created: NaiveDate,
    #[serde(with = "super::date::option", default)]
    pub next_bill_date: Option<NaiveDate>,
    pub status: ItemStatus,
    /// Set once a cancellation is scheduled or done.
    #[serde(with = "super::date::option", default)]
    pub cancellation_date: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeviceRef {
    pub id: String,
    pub name: String,
}

/// Billing item states.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    Active,
    /// Cancelled at the end of the billing period.
    CancellationPending,
    Cancelled,
    #[serde(other)]
    Unknown,
}

impl ItemStatus {
    /// Cancelled (or cancelling) items cannot be acted on again.
    pub fn is_actionable(self) -> bool {
        self == ItemStatus::Active
    }
}

/// The view selector of the billing items page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ItemView {
    #[default]
    Associated,
    Dissociated,
    All,
}

impl ItemView {
    /// The views, in the order the selector offers them.
    pub const KNOWN: [ItemView; 3] = [ItemView::Associated, ItemView::Dissociated, ItemView::All];
}

/// Billing item sort keys.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ItemSort {
    Description,
    Category,
    Device,
    RecurringFee,
    #[default]
    Created,
    NextBillDate,
    Status,
}

/// Query of `GET /api/v1/billing-items`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::IntoParams),
    into_params(parameter_in = Query)
)]
pub struct BillingItemQuery {
    #[serde(default)]
    pub view: ItemView,
    pub search: Option<String>,
    #[serde(default)]
    pub sort: ItemSort,
    #[serde(default)]
    pub dir: SortDir,
    /// Opaque; the `next_cursor` of the previous page.
    pub cursor: Option<String>,
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 500, default = 50))]
    pub limit: Option<u32>,
}

/// `POST /api/v1/billing-items/{id}/associate`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssociateItem {
    pub device_id: String,
}

/// `POST /api/v1/billing-items/{id}/cancel`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CancelItem {
    pub when: CancelWhen,
}

/// When a cancellation takes effect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CancelWhen {
    Immediately,
    EndOfPeriod,
}

/// `POST /api/v1/billing-items/bulk`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BulkRequest {
    pub action: BulkAction,
    pub item_ids: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum BulkAction {
    Associate { device_id: String },
    Dissociate,
    Cancel { when: CancelWhen },
}

/// Per item, what succeeded and what failed, so a retry sends only the failures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BulkResult {
    pub results: Vec<BulkItemResult>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BulkItemResult {
    pub item_id: String,
    /// The item after the action, when it succeeded.
    pub item: Option<BillingItem>,
    pub error: Option<ErrorBody>,
}
