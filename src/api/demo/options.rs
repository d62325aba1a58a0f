//! The demo's knobs, from the page's query string: `?demo_invoices=10000` scales the data
//! for performance work; `?demo_role=viewer` shows the read-only portal;
//! `?demo_fault=error|panic|item` shows how failures look.

use billing_core::contract::Role;
use billing_core::seed;

/// Large enough for any benchmark, small enough that a typo cannot exhaust the tab.
const MAX_GENERATED: usize = 100_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DemoFault {
    /// Every call fails as a server error would.
    Error,
    /// The first call panics, to show that a panic never leaves a blank page.
    Panic,
    /// The first action on a billing item fails as a server error would: alone, the
    /// action fails; in a bulk action, only its last item does.
    Item,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DemoOptions {
    pub invoices: usize,
    pub items: usize,
    pub role: Role,
    pub fault: Option<DemoFault>,
}

impl Default for DemoOptions {
    fn default() -> Self {
        DemoOptions {
            invoices: seed::DEFAULT_INVOICES,
            items: seed::DEFAULT_ITEMS,
            role: Role::BillingAdmin,
            fault: None,
        }
    }
}

impl DemoOptions {
    /// Reads the knobs from `(name, value)` pairs; values out of range are ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> DemoOptions {
        let count = |value: &str| {
            value
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=MAX_GENERATED).contains(n))
        };
        let mut options = DemoOptions::default();
        for (name, value) in pairs {
            match name {
                "demo_invoices" => options.invoices = count(value).unwrap_or(options.invoices),
                "demo_items" => options.items = count(value).unwrap_or(options.items),
                "demo_role" if value == "viewer" => options.role = Role::Viewer,
                "demo_fault" => {
                    options.fault = match value {
                        "error" => Some(DemoFault::Error),
                        "panic" => Some(DemoFault::Panic),
                        "item" => Some(DemoFault::Item),
                        _ => None,
                    }
                }
                _ => {}
            }
        }
        options
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knobs_scale_and_fault() {
        let options = DemoOptions::from_pairs([
            ("demo_invoices", "10000"),
            ("demo_fault", "error"),
            ("demo_role", "viewer"),
            ("lang", "fr"),
        ]);
        assert_eq!(options.role, Role::Viewer);
        assert_eq!(options.invoices, 10_000);
        assert_eq!(options.items, seed::DEFAULT_ITEMS);
        assert_eq!(options.fault, Some(DemoFault::Error));
    }

    #[test]
    fn nonsense_keeps_the_defaults() {
        let options = DemoOptions::from_pairs([
            ("demo_invoices", "-5"),
            ("demo_items", "1e9"),
            ("demo_fault", "lots"),
        ]);
        assert_eq!(options, DemoOptions::default());
        assert_eq!(
            DemoOptions::from_pairs([("demo_invoices", "999999999")]).invoices,
            seed::DEFAULT_INVOICES
        );
    }
}
