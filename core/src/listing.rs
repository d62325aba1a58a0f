//! List queries — filter, sort, page — as both backends answer them: the in-browser demo and
//! the reference server run this same code, so a query means the same on either.

use std::cmp::Ordering;

use crate::contract::{
    BillingItem, BillingItemQuery, Invoice, InvoiceQuery, InvoiceSort, ItemSort, ItemStatus,
    ItemView, ListQuery, Page, Payment, PaymentQuery, SortDir, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE,
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

/// One page of `matches` in `compare`'s order (reversed for `Desc`), as a stable sort of
/// them all would give it.
///
/// Only the matches before the page's end are sorted: a selection finds them in linear
/// time, so the first page of 10,000 invoices sorts 50 of them, not 10,000. One function for
/// every list, its comparison behind `dyn`: a sort for each item type would add its own
/// copy of the sorting code to the WebAssembly.
fn sorted_page<T: Clone>(
    matches: Vec<&T>,
    q: &impl ListQuery,
    compare: &dyn Fn(&T, &T) -> Ordering,
) -> ListResult<T> {
    let window = Window::of(q.cursor(), q.limit())?;
    let dir = q.dir();
    let end = window.end(matches.len());
    let mut order: Vec<usize> = (0..matches.len()).collect();
    sort_prefix(&mut order, end, &|a, b| {
        let ordering = compare(matches[a], matches[b]);
        match dir {
            SortDir::Asc => ordering,
            SortDir::Desc => ordering.reverse(),
        }
        // Equal ones keep the order they came in, as in a stable sort: the order is then
        // total, and a selection and an unstable sort give the stable sort's page.
        .then(a.cmp(&b))
    });
    let items = order
        .get(window.offset..end)
        .unwrap_or_default()
        .iter()
        .map(|&i| matches[i].clone())
        .collect();
    Ok(window.page(items, matches.len()))
}

/// Puts the first `end` of `order` in `compare`'s order (a total one), the rest after them
/// in no particular order.
fn sort_prefix(order: &mut [usize], end: usize, compare: &dyn Fn(usize, usize) -> Ordering) {
    let by: &mut dyn FnMut(&usize, &usize) -> Ordering = &mut |a, b| compare(*a, *b);
    if end < order.len() {
        if let Some(last) = end.checked_sub(1) {
            order.select_nth_unstable_by(last, &mut *by);
        }
    }
    if let Some(prefix) = order.get_mut(..end) {
        sort_by_selection(prefix, by);
    }
}

/// A quicksort whose partitioning is the selection's (the median put in its place, halves
/// on either side): the one sorting code in the WebAssembly, not a second with the
/// library's sort.
fn sort_by_selection(items: &mut [usize], by: &mut dyn FnMut(&usize, &usize) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let (before, _, after) = items.select_nth_unstable_by(items.len() / 2, &mut *by);
    sort_by_selection(before, by);
    sort_by_selection(after, by);
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
    let matches: Vec<&Invoice> = all
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
    sorted_page(matches, q, &|a, b| {
        key(a, b).then_with(|| a.number.cmp(&b.number))
    })
}

pub fn billing_items(all: &[BillingItem], q: &BillingItemQuery) -> ListResult<BillingItem> {
    let search = search_term(&q.search);
    let matches: Vec<&BillingItem> = all
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
    sorted_page(matches, q, &|a, b| key(a, b).then_with(|| a.id.cmp(&b.id)))
}

pub fn payments(all: &[Payment], q: &PaymentQuery) -> ListResult<Payment> {
    let matches: Vec<&Payment> = all
        .iter()
        .filter(|p| q.invoice_id.is_none() || p.invoice_id == q.invoice_id)
        .collect();
    sorted_page(matches, q, &|a, b| {
        a.created_at
            .cmp(&b.created_at)
            .then_with(|| a.id.cmp(&b.id))
    })
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
    fn each_page_is_the_stable_sorts_whatever_the_ties() {
        // Many equal keys, told apart by their position alone: a page must keep them in
        // the order they came in, as a full stable sort would.
        let all: Vec<(u8, usize)> = (0..237).map(|i| ((i * 7 % 11) as u8, i)).collect();
        let refs: Vec<&(u8, usize)> = all.iter().collect();
        for dir in [SortDir::Asc, SortDir::Desc] {
            let mut stable = all.clone();
            stable.sort_by(|a, b| match dir {
                SortDir::Asc => a.0.cmp(&b.0),
                SortDir::Desc => b.0.cmp(&a.0),
            });
            for limit in [1, 10, 50, 236, 237, 500] {
                for offset in [0, 1, 49, 100, 230, 236, 237, 300] {
                    let query = PaymentQuery {
                        dir,
                        cursor: Some(offset.to_string()),
                        limit: Some(limit),
                        ..Default::default()
                    };
                    let page = sorted_page(refs.clone(), &query, &|a, b| a.0.cmp(&b.0)).unwrap();
                    let from = offset.min(237);
                    let to = (offset + limit as usize).min(237);
                    assert_eq!(page.items, stable[from..to], "{dir:?} {offset}+{limit}");
                    assert_eq!(page.total, 237);
                }
            }
        }
        let none: Vec<&(u8, usize)> = Vec::new();
        let empty = sorted_page(none, &PaymentQuery::default(), &|a, b| a.0.cmp(&b.0)).unwrap();
        assert!(empty.items.is_empty() && empty.next_cursor.is_none());
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
