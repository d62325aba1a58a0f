//! List queries as URL query parameters, encoded by the client and decoded by the server
//! with the same code: `?types=recurring,credit&sort=total&dir=asc&cursor=50&limit=50`.

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::wire::{from_name, name_of};
use super::{
    BillingItemQuery, InvoiceQuery, InvoiceSort, InvoiceStatus, InvoiceType, ItemSort, ItemView,
    PaymentQuery, SortDir,
};

/// An enum a query parameter takes, by the name serde gives each value (see [`super::wire`]).
pub trait Wire: Copy + PartialEq + Serialize + DeserializeOwned + 'static {
    fn wire(self) -> &'static str {
        name_of(&self)
    }

    fn from_wire(text: &str) -> Option<Self> {
        from_name(text)
    }
}

impl Wire for InvoiceType {}
impl Wire for InvoiceStatus {}
impl Wire for InvoiceSort {}
impl Wire for SortDir {}
impl Wire for ItemView {}
impl Wire for ItemSort {}

/// A parameter the server cannot read; the error envelope names it as a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadParam(pub &'static str);

pub type Params = Vec<(&'static str, String)>;

fn push_list<T: Wire>(params: &mut Params, name: &'static str, values: &[T]) {
    if !values.is_empty() {
        let list: Vec<&str> = values.iter().map(|v| v.wire()).collect();
        params.push((name, list.join(",")));
    }
}

fn push_opt(params: &mut Params, name: &'static str, value: Option<String>) {
    if let Some(value) = value {
        params.push((name, value));
    }
}

fn paging(params: &mut Params, dir: SortDir, cursor: &Option<String>, limit: Option<u32>) {
    params.push(("dir", dir.wire().into()));
    push_opt(params, "cursor", cursor.clone());
    push_opt(params, "limit", limit.map(|l| l.to_string()));
}

/// Reads `(name, value)` pairs, refusing unknown names and unreadable values.
struct Reader<'a> {
    pairs: &'a [(String, String)],
}

impl Reader<'_> {
    fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn one<T: Wire>(&self, name: &'static str) -> Result<Option<T>, BadParam> {
        self.get(name)
            .map(|v| T::from_wire(v).ok_or(BadParam(name)))
            .transpose()
    }

    fn list<T: Wire>(&self, name: &'static str) -> Result<Vec<T>, BadParam> {
        match self.get(name) {
            None | Some("") => Ok(Vec::new()),
            Some(text) => text
                .split(',')
                .map(|v| T::from_wire(v.trim()).ok_or(BadParam(name)))
                .collect(),
        }
    }

    fn date(&self, name: &'static str) -> Result<Option<NaiveDate>, BadParam> {
        self.get(name)
            .map(|v| super::date::parse(v).ok_or(BadParam(name)))
            .transpose()
    }

    fn text(&self, name: &str) -> Option<String> {
        self.get(name).map(str::to_string)
    }

    fn limit(&self) -> Result<Option<u32>, BadParam> {
        self.get("limit")
            .map(|v| v.parse().map_err(|_| BadParam("limit")))
            .transpose()
    }

    fn only(&self, allowed: &[&'static str]) -> Result<(), BadParam> {
        match self
            .pairs
            .iter()
            .find(|(k, _)| !allowed.contains(&k.as_str()))
        {
            Some(_) => Err(BadParam("query")),
            None => Ok(()),
        }
    }
}

/// A list query as URL parameters: the API's, and the page URL of the list's view, so that
/// a link or the back button restores what the customer was looking at.
pub trait ListQuery: Default + PartialEq + Sized {
    /// Every parameter name the query reads.
    const NAMES: &'static [&'static str];
    fn params(&self) -> Params;
    /// Where the page starts: `None` for the first.
    fn cursor_mut(&mut self) -> &mut Option<String>;
    fn cursor(&self) -> Option<&str>;
    /// How many items a page holds, if the query says.
    fn limit(&self) -> Option<u32>;
    /// Which way the list is sorted.
    fn dir(&self) -> SortDir;
    fn parse(pairs: &[(String, String)]) -> Result<Self, BadParam>;

    /// The query in a page URL, which carries other parameters too (the language, a host's
    /// own) and may have been edited by hand: other names are ignored, and a value that
    /// cannot be read is dropped rather than failing the page.
    fn from_page(pairs: &[(String, String)]) -> Self {
        let mut mine: Vec<(String, String)> = pairs
            .iter()
            .filter(|(k, _)| Self::NAMES.contains(&k.as_str()))
            .cloned()
            .collect();
        loop {
            match Self::parse(&mine) {
                Ok(query) => return query,
                Err(BadParam(name)) => {
                    let before = mine.len();
                    mine.retain(|(k, _)| k != name);
                    if mine.len() == before {
                        return Self::default();
                    }
                }
            }
        }
    }

    /// The page URL's query string (`?…`, or empty) showing this query: the parameters of
    /// other names kept in their order, and this query's own without its defaults.
    fn to_page(&self, pairs: &[(String, String)]) -> String {
        let defaults = Self::default().params();
        let others = pairs
            .iter()
            .filter(|(k, _)| !Self::NAMES.contains(&k.as_str()))
            .map(|(k, v)| (k.as_str(), v.as_str()));
        let params = self.params();
        let mine = params
            .iter()
            .filter(|p| !defaults.contains(p))
            .map(|(k, v)| (*k, v.as_str()));
        let encoded: Vec<String> = others
            .chain(mine)
            .map(|(k, v)| format!("{}={}", form_encode(k), form_encode(v)))
            .collect();
        if encoded.is_empty() {
            String::new()
        } else {
            format!("?{}", encoded.join("&"))
        }
    }
}

/// `application/x-www-form-urlencoded`, as `URLSearchParams` writes it.
fn form_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// A list query sorted by one column: what the table shows as sorted, and choosing a
/// column, which sorts by it ascending or, when it is the sorted one, reverses the order.
pub trait SortedQuery: ListQuery {
    fn sorted(&self) -> (&'static str, SortDir);
    /// Sorts by the column whose wire name is `key`, from the first page; an unknown key
    /// changes nothing.
    fn sort_by(&mut self, key: &str);
}

macro_rules! sorted_query {
    ($type:ty, $sort:ty) => {
        impl SortedQuery for $type {
            fn sorted(&self) -> (&'static str, SortDir) {
                (self.sort.wire(), self.dir)
            }

            fn sort_by(&mut self, key: &str) {
                let Some(sort) = <$sort>::from_wire(key) else {
                    return;
                };
                self.dir = match self.sort == sort {
                    true => self.dir.reversed(),
                    false => SortDir::default(),
                };
                self.sort = sort;
                self.cursor = None;
            }
        }
    };
}

sorted_query!(InvoiceQuery, InvoiceSort);
sorted_query!(BillingItemQuery, ItemSort);

macro_rules! list_query {
    ($type:ty, [$($name:literal),+ $(,)?]) => {
        impl ListQuery for $type {
            const NAMES: &'static [&'static str] = &[$($name),+];
            fn params(&self) -> Params {
                self.to_params()
            }
            fn parse(pairs: &[(String, String)]) -> Result<Self, BadParam> {
                Self::from_params(pairs)
            }
            fn cursor_mut(&mut self) -> &mut Option<String> {
                &mut self.cursor
            }
            fn cursor(&self) -> Option<&str> {
                self.cursor.as_deref()
            }
            fn limit(&self) -> Option<u32> {
                self.limit
            }
            fn dir(&self) -> SortDir {
                self.dir
            }
        }
    };
}

list_query!(
    InvoiceQuery,
    ["types", "statuses", "from", "to", "search", "sort", "dir", "cursor", "limit"]
);
list_query!(
    BillingItemQuery,
    ["view", "search", "sort", "dir", "cursor", "limit"]
);
list_query!(PaymentQuery, ["invoice_id", "dir", "cursor", "limit"]);

impl InvoiceQuery {
    pub fn to_params(&self) -> Params {
        let mut params = Params::new();
        push_list(&mut params, "types", &self.types);
        push_list(&mut params, "statuses", &self.statuses);
        push_opt(&mut params, "from", self.from.map(|d| d.to_string()));
        push_opt(&mut params, "to", self.to.map(|d| d.to_string()));
        push_opt(&mut params, "search", self.search.clone());
        params.push(("sort", self.sort.wire().into()));
        paging(&mut params, self.dir, &self.cursor, self.limit);
        params
    }

    pub fn from_params(pairs: &[(String, String)]) -> Result<InvoiceQuery, BadParam> {
        let r = Reader { pairs };
        r.only(<Self as ListQuery>::NAMES)?;
        Ok(InvoiceQuery {
            types: r.list("types")?,
            statuses: r.list("statuses")?,
            from: r.date("from")?,
            to: r.date("to")?,
            search: r.text("search"),
            sort: r.one("sort")?.unwrap_or_default(),
            dir: r.one("dir")?.unwrap_or_default(),
            cursor: r.text("cursor"),
            limit: r.limit()?,
        })
    }
}

impl BillingItemQuery {
    pub fn to_params(&self) -> Params {
        let mut params = vec![("view", self.view.wire().to_string())];
        push_opt(&mut params, "search", self.search.clone());
        params.push(("sort", self.sort.wire().into()));
        paging(&mut params, self.dir, &self.cursor, self.limit);
        params
    }

    pub fn from_params(pairs: &[(String, String)]) -> Result<BillingItemQuery, BadParam> {
        let r = Reader { pairs };
        r.only(<Self as ListQuery>::NAMES)?;
        Ok(BillingItemQuery {
            view: r.one("view")?.unwrap_or_default(),
            search: r.text("search"),
            sort: r.one("sort")?.unwrap_or_default(),
            dir: r.one("dir")?.unwrap_or_default(),
            cursor: r.text("cursor"),
            limit: r.limit()?,
        })
    }
}

impl PaymentQuery {
    pub fn to_params(&self) -> Params {
        let mut params = Params::new();
        push_opt(&mut params, "invoice_id", self.invoice_id.clone());
        paging(&mut params, self.dir, &self.cursor, self.limit);
        params
    }

    pub fn from_params(pairs: &[(String, String)]) -> Result<PaymentQuery, BadParam> {
        let r = Reader { pairs };
        r.only(<Self as ListQuery>::NAMES)?;
        Ok(PaymentQuery {
            invoice_id: r.text("invoice_id"),
            dir: r.one("dir")?.unwrap_or_default(),
            cursor: r.text("cursor"),
            limit: r.limit()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owned(params: Params) -> Vec<(String, String)> {
        params
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect()
    }

    /// Each value read back from its name, and named as in JSON.
    fn round_trips<T: Wire + std::fmt::Debug>(values: &[T], names: &[&str]) {
        for (value, name) in values.iter().zip(names) {
            assert_eq!(value.wire(), *name);
            assert_eq!(T::from_wire(name), Some(*value));
            assert_eq!(
                serde_json::to_string(value).ok(),
                Some(format!("\"{name}\""))
            );
        }
        // A newer server's value, and a typo, are no value a parameter may take.
        assert_eq!(T::from_wire("unknown"), None);
        assert_eq!(T::from_wire("Due"), None);
        assert_eq!(T::from_wire(""), None);
    }

    #[test]
    fn each_parameter_value_is_named_as_serde_names_it() {
        round_trips(
            &InvoiceType::KNOWN,
            &["new", "recurring", "one_time_charge", "credit", "refund"],
        );
        round_trips(
            &InvoiceStatus::KNOWN,
            &["open", "due", "past_due", "paid", "void"],
        );
        round_trips(
            &[InvoiceSort::BalanceDue, InvoiceSort::Number],
            &["balance_due", "number"],
        );
        round_trips(&[SortDir::Asc, SortDir::Desc], &["asc", "desc"]);
        round_trips(&ItemView::KNOWN, &["associated", "dissociated", "all"]);
        round_trips(
            &[ItemSort::NextBillDate, ItemSort::RecurringFee],
            &["next_bill_date", "recurring_fee"],
        );
    }

    #[test]
    fn invoice_queries_round_trip() {
        let query = InvoiceQuery {
            types: vec![InvoiceType::Recurring, InvoiceType::Credit],
            statuses: vec![InvoiceStatus::PastDue],
            from: NaiveDate::from_ymd_opt(2026, 1, 1),
            to: NaiveDate::from_ymd_opt(2026, 6, 30),
            search: Some("2300".into()),
            sort: InvoiceSort::Total,
            dir: SortDir::Asc,
            cursor: Some("100".into()),
            limit: Some(25),
        };
        assert_eq!(
            InvoiceQuery::from_params(&owned(query.to_params())),
            Ok(query)
        );
        assert_eq!(InvoiceQuery::from_params(&[]), Ok(InvoiceQuery::default()));
    }

    #[test]
    fn other_queries_round_trip() {
        let items = BillingItemQuery {
            view: ItemView::All,
            search: Some("web".into()),
            limit: Some(10),
            ..Default::default()
        };
        assert_eq!(
            BillingItemQuery::from_params(&owned(items.to_params())),
            Ok(items)
        );
        let payments = PaymentQuery {
            invoice_id: Some("inv_1".into()),
            ..Default::default()
        };
        assert_eq!(
            PaymentQuery::from_params(&owned(payments.to_params())),
            Ok(payments)
        );
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_page_url_keeps_what_it_can_read_and_ignores_the_rest() {
        let url = pairs(&[
            ("lang", "fr"),
            ("types", "credit,refund"),
            ("sort", "sideways"),
            ("from", "2026-02-30"),
            ("search", "INV-12"),
            ("demo_invoices", "10000"),
        ]);
        let query = InvoiceQuery::from_page(&url);
        assert_eq!(query.types, [InvoiceType::Credit, InvoiceType::Refund]);
        assert_eq!(query.search.as_deref(), Some("INV-12"));
        assert_eq!(query.sort, InvoiceSort::default());
        assert_eq!(query.from, None);
    }

    #[test]
    fn a_page_url_shows_the_query_without_defaults_and_keeps_other_parameters() {
        let url = pairs(&[("lang", "ko"), ("types", "new"), ("demo_invoices", "50")]);
        let query = InvoiceQuery {
            statuses: vec![InvoiceStatus::PastDue],
            search: Some("a b&c=d/é".into()),
            sort: InvoiceSort::Total,
            ..InvoiceQuery::default()
        };
        assert_eq!(
            query.to_page(&url),
            "?lang=ko&demo_invoices=50&statuses=past_due&search=a+b%26c%3Dd%2F%C3%A9&sort=total"
        );
        assert_eq!(InvoiceQuery::default().to_page(&[]), "");
    }

    #[test]
    fn page_urls_round_trip() {
        let query = BillingItemQuery {
            view: ItemView::All,
            search: Some("web 01".into()),
            dir: SortDir::Asc,
            cursor: Some("50".into()),
            ..BillingItemQuery::default()
        };
        let search = query.to_page(&pairs(&[("lang", "en")]));
        let decoded: Vec<(String, String)> =
            serde_urlencoded::from_str(search.trim_start_matches('?')).unwrap_or_default();
        assert_eq!(BillingItemQuery::from_page(&decoded), query);
    }

    #[test]
    fn unreadable_parameters_are_named() {
        let pairs = |k: &str, v: &str| vec![(k.to_string(), v.to_string())];
        assert_eq!(
            InvoiceQuery::from_params(&pairs("types", "recurring,bogus")),
            Err(BadParam("types"))
        );
        assert_eq!(
            InvoiceQuery::from_params(&pairs("from", "2026-13-01")),
            Err(BadParam("from"))
        );
        assert_eq!(
            InvoiceQuery::from_params(&pairs("limit", "-1")),
            Err(BadParam("limit"))
        );
        assert_eq!(
            InvoiceQuery::from_params(&pairs("sort", "amount")),
            Err(BadParam("sort"))
        );
        assert_eq!(
            InvoiceQuery::from_params(&pairs("colour", "red")),
            Err(BadParam("query"))
        );
    }

    #[test]
    fn choosing_the_sorted_column_reverses_it_and_another_starts_over() {
        let mut query = BillingItemQuery {
            cursor: Some("50".into()),
            ..BillingItemQuery::default()
        };
        let first = query.sorted();
        query.sort_by(first.0);
        assert_eq!(query.sorted(), (first.0, first.1.reversed()));
        assert_eq!(query.cursor, None);
        query.sort_by("recurring_fee");
        assert_eq!(query.sorted(), ("recurring_fee", SortDir::default()));
        query.sort_by("colour");
        assert_eq!(query.sorted(), ("recurring_fee", SortDir::default()));
    }
}
