//! Billing item actions, as both backends apply them.

use billing_core::contract::{BillingItem, BulkAction, CancelWhen, ItemStatus};
use billing_core::items::{self, ItemError};
use billing_core::seed;
use chrono::NaiveDate;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default()
}

fn active_item() -> (BillingItem, Vec<billing_core::contract::Device>) {
    let data = seed::generate(1, 36);
    let item = data
        .billing_items
        .into_iter()
        .find(|i| i.status == ItemStatus::Active && i.next_bill_date.is_some());
    (
        item.unwrap_or_else(|| panic!("the demo has an active item")),
        data.devices,
    )
}

#[test]
fn associate_and_dissociate_name_the_device() {
    let (mut item, devices) = active_item();
    let device = devices[0].clone();
    let action = BulkAction::Associate {
        device_id: device.id.clone(),
    };
    assert_eq!(items::act(&mut item, &action, &devices, today()), Ok(()));
    assert_eq!(
        item.device.as_ref().map(|d| d.name.as_str()),
        Some(device.name.as_str())
    );
    assert_eq!(
        items::act(&mut item, &BulkAction::Dissociate, &devices, today()),
        Ok(())
    );
    assert_eq!(item.device, None);
}

#[test]
fn an_unknown_device_is_refused_and_changes_nothing() {
    let (mut item, devices) = active_item();
    let before = item.clone();
    let action = BulkAction::Associate {
        device_id: "dev_nope".into(),
    };
    assert_eq!(
        items::act(&mut item, &action, &devices, today()),
        Err(ItemError::UnknownDevice)
    );
    assert_eq!(item, before);
    assert_eq!(
        ItemError::UnknownDevice.answer().1.fields["device_id"],
        "not_found"
    );
}

#[test]
fn cancelling_at_the_end_of_the_period_keeps_billing_until_then() {
    let (mut item, devices) = active_item();
    let end = item.next_bill_date;
    let action = BulkAction::Cancel {
        when: CancelWhen::EndOfPeriod,
    };
    assert_eq!(items::act(&mut item, &action, &devices, today()), Ok(()));
    assert_eq!(
        (item.status, item.cancellation_date),
        (ItemStatus::CancellationPending, end)
    );
    // Nothing more can be done to it, not even cancelling again.
    assert_eq!(
        items::act(&mut item, &BulkAction::Dissociate, &devices, today()),
        Err(ItemError::AlreadyCancelled)
    );
}

#[test]
fn cancelling_now_ends_billing_today() {
    let (mut item, devices) = active_item();
    let action = BulkAction::Cancel {
        when: CancelWhen::Immediately,
    };
    assert_eq!(items::act(&mut item, &action, &devices, today()), Ok(()));
    assert_eq!(
        (item.status, item.next_bill_date, item.cancellation_date),
        (ItemStatus::Cancelled, None, Some(today()))
    );
    assert_eq!(ItemError::AlreadyCancelled.answer().0, 409);
}

#[test]
fn a_selection_acts_once_per_item_in_order_and_at_most_a_page() {
    let ids: Vec<String> = ["b", "a", "b", "c", "a"].map(String::from).to_vec();
    assert_eq!(
        items::selection(ids),
        Ok(["b", "a", "c"].map(String::from).to_vec())
    );
    let page = billing_core::contract::MAX_PAGE_SIZE as usize;
    let many = |n: usize| (0..n).map(|i| format!("item_{i}")).collect::<Vec<_>>();
    assert_eq!(items::selection(many(page)).map(|ids| ids.len()), Ok(page));
    assert_eq!(
        items::selection(many(page + 1)),
        Err(ItemError::TooManyItems)
    );
    assert_eq!(ItemError::TooManyItems.answer().0, 400);
}

#[test]
fn cancelling_saves_each_currency_s_fees_of_items_still_billed() {
    let (item, _) = active_item();
    let mut euro = item.clone();
    euro.recurring_fee = billing_core::money::Money::new(
        rust_decimal::Decimal::new(1_050, 2),
        billing_core::money::Currency::EUR,
    );
    let mut cancelled = item.clone();
    cancelled.status = ItemStatus::Cancelled;
    let saving = items::recurring_saving([&item, &euro, &item, &cancelled]);
    let doubled = item.recurring_fee.checked_add(&item.recurring_fee);
    assert_eq!(
        saving,
        Ok(vec![
            doubled.unwrap_or(item.recurring_fee),
            euro.recurring_fee
        ])
    );
    assert_eq!(items::recurring_saving([&cancelled]), Ok(vec![]));
}
