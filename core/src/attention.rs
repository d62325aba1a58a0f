//! Card care: whether the monthly payment method needs the customer before the next invoice
//! is charged to it, and why. The app shows it on every view and tells the host.

use chrono::NaiveDate;
use serde::Serialize;

use crate::card::Expiry;
use crate::contract::{MethodStatus, PaymentMethodSummary};

/// How many days before a card's last day its expiry is announced.
pub const EXPIRY_NOTICE_DAYS: i64 = 30;

/// Why the monthly payment method needs the customer; named on the host's
/// `billing-portal:attention` event as serde names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Attention {
    /// Past its last day, or found expired by the processor: the next charge will fail.
    Expired,
    /// Declined by its issuer: the next charge will fail.
    Declined,
    /// Its last day is at most [`EXPIRY_NOTICE_DAYS`] away.
    Expiring,
    /// Still being validated (up to 24 hours): it cannot be charged yet.
    PendingValidation,
}

/// What the monthly payment method (`None`: there is none) needs on `today`, the most
/// urgent reason first; `None` when nothing does.
pub fn attention(monthly: Option<&PaymentMethodSummary>, today: NaiveDate) -> Option<Attention> {
    let monthly = monthly?;
    let days_left = last_day(monthly).map(|last| (last - today).num_days());
    match (monthly.status(), days_left) {
        (MethodStatus::Expired, _) => Some(Attention::Expired),
        (_, Some(days)) if days < 0 => Some(Attention::Expired),
        (MethodStatus::Declined, _) => Some(Attention::Declined),
        (_, Some(days)) if days <= EXPIRY_NOTICE_DAYS => Some(Attention::Expiring),
        (MethodStatus::PendingValidation, _) => Some(Attention::PendingValidation),
        _ => None,
    }
}

/// The last day a card can be charged; `None` for PayPal, or a card whose expiry is not
/// known.
pub fn last_day(method: &PaymentMethodSummary) -> Option<NaiveDate> {
    match method {
        PaymentMethodSummary::Card {
            exp_month,
            exp_year,
            ..
        } => Expiry {
            year: *exp_year,
            month: *exp_month,
        }
        .last_day(),
        PaymentMethodSummary::Paypal { .. } => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::CardBrand;

    fn card(exp_month: u8, exp_year: u16, status: MethodStatus) -> PaymentMethodSummary {
        PaymentMethodSummary::Card {
            brand: CardBrand::Visa,
            last4: "4242".into(),
            exp_month,
            exp_year,
            status,
        }
    }

    fn on(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_card_is_announced_thirty_days_before_its_last_day_and_expired_after_it() {
        let visa = card(8, 2028, MethodStatus::Active);
        // Valid through 31 August 2028.
        assert_eq!(attention(Some(&visa), on(2028, 7, 31)), None);
        assert_eq!(
            attention(Some(&visa), on(2028, 8, 1)),
            Some(Attention::Expiring)
        );
        assert_eq!(
            attention(Some(&visa), on(2028, 8, 31)),
            Some(Attention::Expiring)
        );
        assert_eq!(
            attention(Some(&visa), on(2028, 9, 1)),
            Some(Attention::Expired)
        );
    }

    #[test]
    fn the_status_says_what_the_date_does_not() {
        let today = on(2026, 11, 28);
        let with = |status| attention(Some(&card(8, 2028, status)), today);
        assert_eq!(with(MethodStatus::Active), None);
        assert_eq!(with(MethodStatus::Expired), Some(Attention::Expired));
        assert_eq!(with(MethodStatus::Declined), Some(Attention::Declined));
        assert_eq!(
            with(MethodStatus::PendingValidation),
            Some(Attention::PendingValidation)
        );
        assert_eq!(with(MethodStatus::Unknown), None);
        // The most urgent reason: a declined card past its date has expired.
        let declined = card(1, 2026, MethodStatus::Declined);
        assert_eq!(attention(Some(&declined), today), Some(Attention::Expired));
        // A card being validated that runs out within the month is announced as expiring.
        let pending = card(11, 2026, MethodStatus::PendingValidation);
        assert_eq!(attention(Some(&pending), today), Some(Attention::Expiring));
    }

    #[test]
    fn a_card_of_unknown_expiry_is_judged_by_its_status() {
        let today = on(2026, 11, 28);
        assert_eq!(
            attention(Some(&card(0, 0, MethodStatus::Active)), today),
            None
        );
        assert_eq!(
            attention(Some(&card(0, 0, MethodStatus::Declined)), today),
            Some(Attention::Declined)
        );
    }

    #[test]
    fn paypal_has_no_expiry_and_no_method_needs_nothing_here() {
        let paypal = |status| PaymentMethodSummary::Paypal {
            email: "ap@nimbus.example".into(),
            status,
        };
        let today = on(2026, 11, 28);
        assert_eq!(attention(Some(&paypal(MethodStatus::Active)), today), None);
        assert_eq!(
            attention(Some(&paypal(MethodStatus::Declined)), today),
            Some(Attention::Declined)
        );
        assert_eq!(attention(None, today), None);
    }
}
