use billing_core::contract::{BillingItem, BillingItemQuery, ItemStatus, Page};
use leptos::prelude::*;

use crate::components::{AsyncView, Column, DateText, MoneyText, TableHead};
use crate::i18n::use_i18n;
use crate::state::use_api_resource;

fn status_message(status: ItemStatus) -> &'static str {
    match status {
        ItemStatus::Active => "item-status-active",
        ItemStatus::CancellationPending => "item-status-cancellation-pending",
        ItemStatus::Cancelled => "item-status-cancelled",
        ItemStatus::Unknown => "status-unknown",
    }
}

const ITEM_COLUMNS: &[Column] = &[
    Column::text("item-description"),
    Column::text("item-category"),
    Column::text("item-device"),
    Column::amount("item-recurring-fee"),
    Column::text("item-created"),
    Column::text("item-status"),
];

#[component]
pub fn BillingItemsPage() -> impl IntoView {
    let i18n = use_i18n();
    let items =
        use_api_resource(|api| async move { api.billing_items(BillingItemQuery::default()).await });
    view! {
        <h1>{i18n.msg("nav-billing-items")}</h1>
        <AsyncView resource=items view=|page| view! { <ItemTable page /> } />
    }
}

#[component]
fn ItemTable(page: Page<BillingItem>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="bp-table-wrap">
            <table class="bp-table">
                <TableHead columns=ITEM_COLUMNS />
                <tbody>
                    {page.items.into_iter().map(|item| {
                        let status_id = status_message(item.status);
                        view! {
                            <tr>
                                <th scope="row">{item.description}</th>
                                <td>{item.category}</td>
                                <td>{item.device.map(|d| d.name)}</td>
                                <td class="bp-num"><MoneyText money=item.recurring_fee /></td>
                                <td><DateText date=item.created /></td>
                                <td>{i18n.msg(status_id)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
