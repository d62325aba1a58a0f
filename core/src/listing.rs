//! List queries — filter, sort, page — as both backends answer them: the in-browser demo and
//! the reference server run this same code, so a query means the same on either.

use std::cmp::Ordering;

use crate::contract::{
    BillingItem, BillingItemQuery, Invoice, InvoiceQuery, InvoiceSort, ItemSort, ItemStatus,
    ItemView, Page, Payment, PaymentQuery, SortDir, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE,
};

/// The cursor is not one this API handed out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidCursor;

type ListResult<T> = Result<Page<T>, InvalidCursor>;

/// Which part of the matches a page shows: at most `limit` of them from `offset` on.
///
/// Public so that a backend which filters and sorts elsewhere (the server, in SQL) pages
/// with the same cursors as [`page`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub offset: usize,
    pub limit: usize,
}

impl Window {
    /// The window a query's `cursor` (the offset of the page's first item) and `limit` ask for.
    pub fn of(cursor: Option<&str>, limit: Option<u32>) -> Result<Window, InvalidCursor> {
        let offset = match cursor {
            None => 0,
            Some(text) => text.parse::<usize>().map_err(|_| InvalidCursor)?,
        };
        let limit = limit.unwrap_or(DEFAULT_PAGE_SIZE).clamp(1, MAX_PAGE_SIZE) as usize;
        Ok(Window { offset, limit })
    }

    /// Where the page ends among `total` matches (exclusive).
    pub fn end(self, total: usize) -> usize {
        self.offset.saturating_add(self.limit).min(total)
    }

    /// The page of `total` matches whose part in this window is `items`.
    pub fn page<T>(self, items: Vec<T>, total: usize) -> Page<T> {
        let end = self.end(total);
        Page {
            items,
            next_cursor: (end < total).then(|| end.to_string()),
            total: total as u64,
        }
    }
}

/// One page of `matches`.
fn page<T: Clone>(matches: Vec<&T>, cursor: Option<&str>, limit: Option<u32>) -> ListResult<T> {
    let window = Window::of(cursor, limit)?;
    let items = matches
        .get(window.offset..window.end(matches.len()))
        .unwrap_or_default()
        .iter()
        .map(|t| (*t).clone())
        .collect();
    Ok(window.page(items, matches.len()))
}

/// Sorts `items` by `compare` in direction `dir`.
///
/// The one sort for every list: a `sort_by` on each item type would add its own copy of
/// the sorting code to the WebAssembly.
fn sort<T>(items: &mut Vec<&T>, dir: SortDir, compare: &dyn Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_indices(&mut order, &|a, b| {
        let ordering = compare(items[a], items[b]);
        match dir {
            SortDir::Asc => ordering,
            SortDir::Desc => ordering.reverse(),
        }
    });
    *items = order.into_iter().map(|i| items[i]).collect();
}

fn sort_indices(order: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|a, b| compare(*a, *b));
}

/// The name of the item's device, or `""` when it has none: how items sort by device.
fn device_name(item: &BillingItem) -> &str {
    item.device.as_ref().map_or("", |d| d.name.as_str())
}

/// Whether `haystack` contains `needle`, ignoring ASCII case only: full Unicode case folding
/// would add its tables to the WebAssembly (a search box should not cost the app kilobytes),
/// and invoice numbers and device names are ASCII.
pub fn contains_folded(haystack: &str, needle: &str) -> bool {
    let needle = needle.as_bytes();
    needle.is_empty()
        || haystack
            .as_bytes()
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
}

/// Active first, then the cancellations, as a customer scans the list.
fn status_rank(status: ItemStatus) -> u8 {
    match status {
        ItemStatus::Active => 0,
        ItemStatus::CancellationPending => 1,
        ItemStatus::Cancelled => 2,
        ItemStatus::Unknown => 3,
    }
}

/// The search a query asks for: trimmed, and `None` when blank.
pub fn search_term(search: &Option<String>) -> Option<&str> {
    search.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

pub fn invoices<'a>(
    all: impl Iterator<Item = &'a Invoice>,
    q: &InvoiceQuery,
) -> ListResult<Invoice> {
    let search = search_term(&q.search);
    let mut matches: Vec<&Invoice> = all
        .filter(|i| q.types.is_empty() || q.types.contains(&i.kind))
        .filter(|i| q.statuses.is_empty() || q.statuses.contains(&i.status))
        .filter(|i| q.from.is_none_or(|from| i.date >= from))
        .filter(|i| q.to.is_none_or(|to| i.date <= to))
        .filter(|i| search.is_none_or(|s| contains_folded(&i.number, s)))
        .collect();
    let key = |a: &Invoice, b: &Invoice| match q.sort {
        InvoiceSort::Number => a.number.cmp(&b.number),
        InvoiceSort::Date => a.date.cmp(&b.date),
        InvoiceSort::Type => a.kind.cmp(&b.kind),
        InvoiceSort::Status => a.status.cmp(&b.status),
        InvoiceSort::Currency => a.total.currency.cmp(&b.total.currency),
        // Amounts of different currencies do not compare: group by currency first.
        InvoiceSort::Total => {
            (a.total.currency, a.total.amount).cmp(&(b.total.currency, b.total.amount))
        }
        InvoiceSort::BalanceDue => (a.balance_due.currency, a.balance_due.amount)
            .cmp(&(b.balance_due.currency, b.balance_due.amount)),
    };
    // The invoice number breaks ties, so paging is stable.
    sort(&mut matches, q.dir, &|a, b| {
        key(a, b).then_with(|| a.number.cmp(&b.number))
    });
    page(matches, q.cursor.as_deref(), q.limit)
}

pub fn billing_items(all: &[BillingItem], q: &BillingItemQuery) -> ListResult<BillingItem> {
    let search = search_term(&q.search);
    let mut matches: Vec<&BillingItem> = all
        .iter()
        .filter(|item| match q.view {
            ItemView::Associated => item.device.is_some(),
            ItemView::Dissociated => item.device.is_none(),
            ItemView::All => true,
        })
        .filter(|item| {
            search.is_none_or(|s| {
                contains_folded(&item.description, s)
                    || contains_folded(&item.category, s)
                    || contains_folded(device_name(item), s)
                    || contains_folded(&item.id, s)
            })
        })
        .collect();
    let key = |a: &BillingItem, b: &BillingItem| match q.sort {
        ItemSort::Description => a.description.cmp(&b.description),
        ItemSort::Category => a.category.cmp(&b.category),
        ItemSort::Device => device_name(a).cmp(device_name(b)),
        ItemSort::RecurringFee => (a.recurring_fee.currency, a.recurring_fee.amount)
            .cmp(&(b.recurring_fee.currency, b.recurring_fee.amount)),
        ItemSort::Created => a.created.cmp(&b.created),
        ItemSort::NextBillDate => a.next_bill_date.cmp(&b.next_bill_date),
        ItemSort::Status => status_rank(a.status).cmp(&status_rank(b.status)),
    };
    sort(&mut matches, q.dir, &|a, b| {
        key(a, b).then_with(|| a.id.cmp(&b.id))
    });
    page(matches, q.cursor.as_deref(), q.limit)
}

pub fn payments(all: &[Payment], q: &PaymentQuery) -> ListResult<Payment> {
    let mut matches: Vec<&Payment> = all
        .iter()
        .filter(|p| q.invoice_id.is_none() || p.invoice_id == q.invoice_id)
        .collect();
    sort(&mut matches, q.dir, &|a, b| {
        a.created_at
            .cmp(&b.created_at)
            .then_with(|| a.id.cmp(&b.id))
    });
    page(matches, q.cursor.as_deref(), q.limit)
}

#[cfg(test)]
mod tests {
    use crate::contract::{InvoiceStatus, InvoiceType};
    use crate::seed;

    use super::*;

    fn data() -> seed::SeedData {
        seed::generate(300, 120)
    }

    fn all_invoices(data: &seed::SeedData) -> impl Iterator<Item = &Invoice> {
        data.invoices.iter().map(|d| &d.invoice)
    }

    #[test]
    fn pages_walk_every_invoice_once() {
        let data = data();
        let mut query = InvoiceQuery {
            limit: Some(70),
            ..Default::default()
        };
        let mut seen = Vec::new();
        loop {
            let page = invoices(all_invoices(&data), &query).unwrap();
            assert_eq!(page.total, 300);
            seen.extend(page.items.into_iter().map(|i| i.id));
            match page.next_cursor {
                Some(cursor) => query.cursor = Some(cursor),
                None => break,
            }
        }
        let unique: std::collections::BTreeSet<_> = seen.iter().collect();
        assert_eq!((seen.len(), unique.len()), (300, 300));
    }

    #[test]
    fn filters_combine() {
        let data = data();
        let query = InvoiceQuery {
            types: vec![InvoiceType::Recurring],
            statuses: vec![InvoiceStatus::Paid],
            limit: Some(500),
            ..Default::default()
        };
        let page = invoices(all_invoices(&data), &query).unwrap();
        assert!(page.total > 0);
        assert!(page
            .items
            .iter()
            .all(|i| i.kind == InvoiceType::Recurring && i.status == InvoiceStatus::Paid));
    }

    #[test]
    fn sorts_both_ways_with_a_stable_tiebreak() {
        let data = data();
        let asc = InvoiceQuery {
            sort: InvoiceSort::Total,
            dir: SortDir::Asc,
            limit: Some(500),
            ..Default::default()
        };
        let items = invoices(all_invoices(&data), &asc).unwrap().items;
        assert!(items
            .windows(2)
            .all(|w| (w[0].total.currency, w[0].total.amount)
                <= (w[1].total.currency, w[1].total.amount)));
        let desc = InvoiceQuery {
            dir: SortDir::Desc,
            ..asc
        };
        let reversed = invoices(all_invoices(&data), &desc).unwrap().items;
        assert_eq!(
            items.iter().rev().map(|i| &i.id).collect::<Vec<_>>(),
            reversed.iter().map(|i| &i.id).collect::<Vec<_>>()
        );
    }

    #[test]
    fn search_matches_the_number_and_a_bad_cursor_is_refused() {
        let data = data();
        let number = data.invoices[10].invoice.number.clone();
        let query = InvoiceQuery {
            search: Some(format!(" {number} ")),
            ..Default::default()
        };
        let page = invoices(all_invoices(&data), &query).unwrap();
        assert_eq!(
            page.items.iter().map(|i| &i.number).collect::<Vec<_>>(),
            vec![&number]
        );
        let bad = InvoiceQuery {
            cursor: Some("abc".into()),
            ..Default::default()
        };
        assert!(matches!(
            invoices(all_invoices(&data), &bad),
            Err(InvalidCursor)
        ));
    }

    #[test]
    fn search_ignores_ascii_case() {
        assert!(contains_folded("Virtual Server 4 vCPU", "virtual server"));
        assert!(contains_folded("web-01.nimbus.example", "WEB-01"));
        assert!(!contains_folded("Storage", "storages"));
    }

    #[test]
    fn item_views_partition_the_items() {
        let data = data();
        let count = |view| {
            let q = BillingItemQuery {
                view,
                ..Default::default()
            };
            billing_items(&data.billing_items, &q).unwrap().total
        };
        assert_eq!(
            count(ItemView::Associated) + count(ItemView::Dissociated),
            count(ItemView::All)
        );
        assert!(count(ItemView::Dissociated) > 0);
    }
}
