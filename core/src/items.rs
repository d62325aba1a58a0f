//! Billing item actions: associate with a device, dissociate, cancel, and one action on a
//! selection. The rules both backends apply, so that an action means the same on either.
//! Each checks everything before it changes anything: a refusal leaves the item as it was.

use chrono::NaiveDate;

use crate::contract::MAX_PAGE_SIZE;
use crate::contract::{
    BillingItem, BulkAction, CancelWhen, Device, DeviceRef, ErrorBody, ErrorCode, ItemStatus,
};
use crate::fields::FieldCode;
use crate::money::{Money, MoneyError};

/// Why an action was refused: each is one answer of the API contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemError {
    NotFound,
    /// Cancelled, or being cancelled: nothing more can be done to it.
    AlreadyCancelled,
    /// The device to associate with is not one of the account's.
    UnknownDevice,
    /// A bulk action names more items than one page of the list holds.
    TooManyItems,
}

impl ItemError {
    /// The HTTP status and error body the API answers with.
    pub fn answer(self) -> (u16, ErrorBody) {
        match self {
            ItemError::NotFound => (
                404,
                ErrorBody::new(ErrorCode::NotFound, "billing item not found"),
            ),
            ItemError::AlreadyCancelled => (
                409,
                ErrorBody::new(
                    ErrorCode::ItemAlreadyCancelled,
                    "the item is cancelled or being cancelled",
                ),
            ),
            ItemError::UnknownDevice => {
                let mut body = ErrorBody::new(ErrorCode::ValidationFailed, "no such device");
                body.fields
                    .insert("device_id".into(), FieldCode::NotFound.as_str().into());
                (422, body)
            }
            ItemError::TooManyItems => {
                let mut body = ErrorBody::new(ErrorCode::ValidationFailed, "too many items");
                body.fields
                    .insert("item_ids".into(), FieldCode::TooLong.as_str().into());
                (400, body)
            }
        }
    }
}

/// Applies `action` to `item` (`devices` are the account's), as of `today`.
pub fn act(
    item: &mut BillingItem,
    action: &BulkAction,
    devices: &[Device],
    today: NaiveDate,
) -> Result<(), ItemError> {
    if !item.status.is_actionable() {
        return Err(ItemError::AlreadyCancelled);
    }
    match action {
        BulkAction::Associate { device_id } => {
            let device = devices
                .iter()
                .find(|d| &d.id == device_id)
                .ok_or(ItemError::UnknownDevice)?;
            item.device = Some(DeviceRef {
                id: device.id.clone(),
                name: device.name.clone(),
            });
        }
        BulkAction::Dissociate => item.device = None,
        BulkAction::Cancel { when } => cancel(item, *when, today),
    }
    Ok(())
}

/// At the end of the period the item bills until its next bill date; an item with no
/// bill ahead has no period left, so it ends today either way.
fn cancel(item: &mut BillingItem, when: CancelWhen, today: NaiveDate) {
    match (when, item.next_bill_date) {
        (CancelWhen::EndOfPeriod, Some(end)) => {
            item.status = ItemStatus::CancellationPending;
            item.cancellation_date = Some(end);
        }
        _ => {
            item.status = ItemStatus::Cancelled;
            item.next_bill_date = None;
            item.cancellation_date = Some(today);
        }
    }
}

/// The selection of a bulk action: an item selected twice is acted on once, and no more
/// items than a page of the list holds, which bounds the work of one request.
pub fn selection(mut ids: Vec<String>) -> Result<Vec<String>, ItemError> {
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| seen.insert(id.clone()));
    match ids.len() <= MAX_PAGE_SIZE as usize {
        true => Ok(ids),
        false => Err(ItemError::TooManyItems),
    }
}

/// What cancelling `items` takes off the recurring charges: their fees, one sum per
/// currency in the order the currencies first appear. Items already cancelled or being
/// cancelled take nothing more off.
pub fn recurring_saving<'a>(
    items: impl IntoIterator<Item = &'a BillingItem>,
) -> Result<Vec<Money>, MoneyError> {
    let mut totals: Vec<Money> = Vec::new();
    for item in items.into_iter().filter(|i| i.status.is_actionable()) {
        let fee = &item.recurring_fee;
        match totals.iter_mut().find(|t| t.currency == fee.currency) {
            Some(total) => *total = total.checked_add(fee)?,
            None => totals.push(*fee),
        }
    }
    Ok(totals)
}
