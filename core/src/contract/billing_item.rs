use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::money::Money;

use super::{ErrorBody, SortDir};

/// `GET /api/v1/devices`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Device {
    pub id: String,
    pub name: String,
    pub kind: String,
}

/// `GET /api/v1/billing-items`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct BillingItem {
    pub id: String,
    pub description: String,
    pub category: String,
    /// The device the item is associated with; `None` when dissociated.
    pub device: Option<DeviceRef>,
    pub recurring_fee: Money,
    pub created: NaiveDate,
    pub next_bill_date: Option<NaiveDate>,
    pub status: ItemStatus,
    /// Set once a cancellation is scheduled or done.
    pub cancellation_date: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DeviceRef {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
#[serde(rename_all = "snake_case")]
pub enum ItemView {
    #[default]
    Associated,
    Dissociated,
    All,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
pub struct BillingItemQuery {
    #[serde(default)]
    pub view: ItemView,
    pub search: Option<String>,
    #[serde(default)]
    pub sort: ItemSort,
    #[serde(default)]
    pub dir: SortDir,
    pub cursor: Option<String>,
    pub limit: Option<u32>,
}

/// `POST /api/v1/billing-items/{id}/associate`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssociateItem {
    pub device_id: String,
}

/// `POST /api/v1/billing-items/{id}/cancel`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CancelItem {
    pub when: CancelWhen,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CancelWhen {
    Immediately,
    EndOfPeriod,
}

/// `POST /api/v1/billing-items/bulk`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkRequest {
    pub action: BulkAction,
    pub item_ids: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum BulkAction {
    Associate { device_id: String },
    Dissociate,
    Cancel { when: CancelWhen },
}

/// Per item, what succeeded and what failed, so a retry sends only the failures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkResult {
    pub results: Vec<BulkItemResult>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkItemResult {
    pub item_id: String,
    /// The item after the action, when it succeeded.
    pub item: Option<BillingItem>,
    pub error: Option<ErrorBody>,
}
