//! The server's lists in SQL (`billing_server::db::lists`) answer every query byte for byte as
//! `billing_core::listing`, which defines them, does over the same stored rows: every
//! filter, every sort key both ways, searches, and paging through with the cursors.
//!
//! The data is the seed with ties and edge cases added: equal amounts (one written with an
//! extra zero), negative amounts, unknown types and statuses, equal dates and payment times,
//! items without a device or a next bill date.

use billing_core::contract::{
    BillingItem, BillingItemQuery, Invoice, InvoiceQuery, InvoiceSort, InvoiceStatus, InvoiceType,
    ItemSort, ItemStatus, ItemView, Page, Payment, PaymentQuery, SortDir,
};
use billing_core::listing::{self, InvalidCursor, Window};
use billing_core::seed::{self, SeedData};
use billing_server::db::{self, lists};
use chrono::{Duration, NaiveDate};
use rusqlite::Connection;
use rust_decimal::Decimal;
use serde::Serialize;

fn data() -> SeedData {
    let mut data = seed::generate(300, 120);
    let invoices = &mut data.invoices;
    for i in (0..60).step_by(3) {
        // Same currency four apart: equal totals and balances, the tie-break decides.
        let (total, balance) = (invoices[i].invoice.total, invoices[i].invoice.balance_due);
        invoices[i + 4].invoice.total = total;
        invoices[i + 4].invoice.balance_due = balance;
        invoices[i + 8].invoice.date = invoices[i].invoice.date;
    }
    for i in [5, 9, 13] {
        let invoice = &mut invoices[i].invoice;
        invoice.total.amount = -invoice.total.amount;
        invoice.balance_due.amount = -invoice.balance_due.amount;
    }
    // 12.3 and 12.30 are one amount.
    invoices[20].invoice.total.amount = Decimal::new(1230, 2);
    invoices[24].invoice.total.amount = Decimal::new(123, 1);
    invoices[30].invoice.kind = InvoiceType::Unknown;
    invoices[31].invoice.status = InvoiceStatus::Unknown;
    for (i, item) in data.billing_items.iter_mut().enumerate() {
        match i % 7 {
            0 => item.next_bill_date = None,
            1 => item.description = "Shared Description".into(),
            2 => item.status = ItemStatus::Unknown,
            _ => {}
        }
    }
    let template = data.payments[0].clone();
    let ids: Vec<String> = data.invoices[..5]
        .iter()
        .map(|d| d.invoice.id.clone())
        .collect();
    for n in 0..40 {
        data.payments.push(Payment {
            id: format!("pay_extra_{n:03}"),
            // Four payments in each second, and whole seconds against fractions.
            created_at: template.created_at
                + Duration::seconds(n / 4)
                + Duration::milliseconds(if n % 8 == 0 { 0 } else { 500 }),
            invoice_id: (n % 3 != 0).then(|| ids[(n % 5) as usize].clone()),
            ..template.clone()
        });
    }
    data
}

fn database() -> Connection {
    db::open(None, data).expect("the database is written")
}

fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("serializes")
}

/// The server's answer to a query on this cursor: refused as core refuses it, or a page.
fn sql<T>(
    cursor: Option<&str>,
    limit: Option<u32>,
    answer: impl FnOnce(Window) -> billing_server::ApiResult<Page<T>>,
) -> Result<Page<T>, InvalidCursor> {
    Window::of(cursor, limit).map(|window| answer(window).expect("the SQL answers"))
}

/// Compares both answers, `[sql, core]`, to a query page by page, from `cursor` on,
/// following the next cursors; returns how many pages were compared.
fn walk<T: Serialize>(
    what: &dyn std::fmt::Debug,
    mut cursor: Option<String>,
    answers: impl Fn(Option<String>) -> [Result<Page<T>, InvalidCursor>; 2],
) -> usize {
    let mut pages = 0;
    loop {
        let [sql, core] = answers(cursor.clone());
        assert_eq!(
            sql.as_ref().map(json),
            core.as_ref().map(json),
            "{what:?} from {cursor:?}"
        );
        pages += 1;
        match sql.ok().and_then(|page| page.next_cursor) {
            Some(next) => cursor = Some(next),
            None => return pages,
        }
    }
}

fn check_invoices(conn: &Connection, rows: &[Invoice], query: InvoiceQuery) -> usize {
    walk(&query, query.cursor.clone(), |cursor| {
        let query = InvoiceQuery {
            cursor,
            ..query.clone()
        };
        [
            sql(query.cursor.as_deref(), query.limit, |w| {
                lists::invoices(conn, &query, w)
            }),
            listing::invoices(rows.iter(), &query),
        ]
    })
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

const INVOICE_SORTS: [InvoiceSort; 7] = [
    InvoiceSort::Number,
    InvoiceSort::Date,
    InvoiceSort::Type,
    InvoiceSort::Status,
    InvoiceSort::Currency,
    InvoiceSort::Total,
    InvoiceSort::BalanceDue,
];

#[test]
fn invoices_answer_as_listing_does() {
    let conn = database();
    let rows = db::invoice_rows(&conn).expect("rows");
    assert_eq!(rows.len(), 300);
    let filters = [
        InvoiceQuery::default(),
        InvoiceQuery {
            types: vec![InvoiceType::Recurring, InvoiceType::Credit],
            ..Default::default()
        },
        InvoiceQuery {
            types: vec![InvoiceType::Unknown],
            statuses: vec![InvoiceStatus::Unknown, InvoiceStatus::Paid],
            ..Default::default()
        },
        InvoiceQuery {
            statuses: vec![InvoiceStatus::Due, InvoiceStatus::PastDue],
            ..Default::default()
        },
        InvoiceQuery {
            from: Some(day(2025, 1, 1)),
            to: Some(day(2026, 6, 30)),
            ..Default::default()
        },
        InvoiceQuery {
            from: Some(day(10_000, 1, 1)),
            ..Default::default()
        },
        InvoiceQuery {
            from: Some(day(-5, 1, 1)),
            to: Some(day(10_000, 1, 1)),
            ..Default::default()
        },
        InvoiceQuery {
            to: Some(day(-5, 1, 1)),
            ..Default::default()
        },
        InvoiceQuery {
            search: Some("99".into()),
            statuses: vec![InvoiceStatus::Paid],
            from: Some(day(2024, 1, 1)),
            ..Default::default()
        },
    ]
    .into_iter()
    // Blank, none found, letters, and SQL's wildcards, which must match themselves.
    .chain(
        [" 2300 ", "   ", "no such number", "0_", "%", "\\"].map(|term| InvoiceQuery {
            search: Some(term.into()),
            ..Default::default()
        }),
    )
    .collect::<Vec<_>>();
    let mut pages = 0;
    for filter in &filters {
        for sort in INVOICE_SORTS {
            for dir in [SortDir::Asc, SortDir::Desc] {
                for limit in [None, Some(37), Some(1000)] {
                    let query = InvoiceQuery {
                        sort,
                        dir,
                        limit,
                        ..filter.clone()
                    };
                    pages += check_invoices(&conn, &rows, query);
                }
            }
        }
    }
    assert!(pages > 1000, "{pages} pages compared");
}

#[test]
fn cursors_are_read_as_listing_reads_them() {
    let conn = database();
    let rows = db::invoice_rows(&conn).expect("rows");
    for cursor in [
        "0",
        "+5",
        "299",
        "300",
        "301",
        "18446744073709551615",
        "abc",
        "-1",
        "",
        "5.0",
    ] {
        for limit in [None, Some(0), Some(1), Some(500), Some(501)] {
            let query = InvoiceQuery {
                sort: InvoiceSort::Total,
                cursor: Some(cursor.into()),
                limit,
                ..Default::default()
            };
            check_invoices(&conn, &rows, query);
        }
    }
}

const ITEM_SORTS: [ItemSort; 7] = [
    ItemSort::Description,
    ItemSort::Category,
    ItemSort::Device,
    ItemSort::RecurringFee,
    ItemSort::Created,
    ItemSort::NextBillDate,
    ItemSort::Status,
];

#[test]
fn billing_items_answer_as_listing_does() {
    let conn = database();
    let items: Vec<BillingItem> = db::billing_items(&conn).expect("items");
    let devices = db::devices(&conn).expect("devices");
    let mut searches = vec![
        None,
        Some("SHARED desc".to_string()),
        Some("_".to_string()),
        Some(items[3].id.to_uppercase()),
        Some(items[4].category.clone()),
    ];
    searches.extend(devices.iter().take(2).map(|d| Some(d.name.to_lowercase())));
    let mut pages = 0;
    for view in [ItemView::Associated, ItemView::Dissociated, ItemView::All] {
        for search in &searches {
            for sort in ITEM_SORTS {
                for dir in [SortDir::Asc, SortDir::Desc] {
                    let query = BillingItemQuery {
                        view,
                        search: search.clone(),
                        sort,
                        dir,
                        cursor: None,
                        limit: Some(11),
                    };
                    pages += walk(&query, None, |cursor| {
                        let query = BillingItemQuery {
                            cursor,
                            ..query.clone()
                        };
                        [
                            sql(query.cursor.as_deref(), query.limit, |w| {
                                lists::billing_items(&conn, &query, w)
                            }),
                            listing::billing_items(&items, &query),
                        ]
                    });
                }
            }
        }
    }
    assert!(pages > 300, "{pages} pages compared");
}

#[test]
fn payments_answer_as_listing_does() {
    let conn = database();
    let payments: Vec<Payment> = db::all(&conn, "SELECT json FROM payments", &[]).expect("rows");
    assert!(payments.len() > 40);
    let mut filters: Vec<Option<String>> = vec![None, Some("inv_none".into())];
    filters.extend(payments.iter().map(|p| p.invoice_id.clone()).take(6));
    for invoice_id in filters {
        for dir in [SortDir::Asc, SortDir::Desc] {
            for limit in [None, Some(3), Some(7)] {
                let query = PaymentQuery {
                    invoice_id: invoice_id.clone(),
                    dir,
                    cursor: None,
                    limit,
                };
                walk(&query, None, |cursor| {
                    let query = PaymentQuery {
                        cursor,
                        ..query.clone()
                    };
                    [
                        sql(query.cursor.as_deref(), query.limit, |w| {
                            lists::payments(&conn, &query, w)
                        }),
                        listing::payments(&payments, &query),
                    ]
                });
            }
        }
    }
}

#[test]
fn amounts_finer_than_minor_units_are_not_stored() {
    let result = db::open(None, || {
        let mut data = seed::generate(3, 1);
        data.invoices[0].invoice.total.amount = Decimal::new(1_005, 3);
        data
    });
    assert!(result.is_err(), "0.005 of a currency with cents is refused");
}
