//! The payment operations over the in-memory ledger, as the demo runs them (the server runs
//! the same over SQLite: server/tests/payments.rs).

use billing_core::address::Address;
use billing_core::contract::{
    CardTokenRequest, ErrorCode, NewPayment, PaymentSource, PaymentStatus,
};
use billing_core::ledger::{self, InMemory, PaymentError, Refusal};
use billing_core::money::{Currency, Money};
use billing_core::seed::{self, SeedData};
use billing_core::wallet::{self, Vaulted};
use chrono::{NaiveDate, TimeZone, Utc};
use rust_decimal::Decimal;

struct Account {
    data: SeedData,
    vault: Vec<Vaulted>,
}

impl Account {
    fn new() -> Account {
        Account {
            data: seed::generate(48, 1),
            vault: Vec::new(),
        }
    }

    fn ledger(&mut self) -> InMemory<'_> {
        InMemory {
            data: &mut self.data,
            vault: &mut self.vault,
        }
    }

    /// A token for a test card (see `wallet`).
    fn token(&mut self, number: &str) -> String {
        let request = CardTokenRequest {
            number: number.into(),
            exp_month: 12,
            exp_year: 2031,
            cvc: "123".into(),
            holder: "Ada Lovelace".into(),
        };
        let token = format!("tok_{}", self.vault.len() + 1);
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default();
        let vaulted = wallet::vault(&request, token.clone(), today)
            .unwrap_or_else(|e| panic!("a test card vaults: {e:?}"));
        self.vault.push(vaulted);
        token
    }

    fn usd_owed(&self) -> Decimal {
        self.data
            .invoices
            .iter()
            .filter(|d| ledger::is_payable(d, Currency::USD))
            .map(|d| d.invoice.balance_due.amount)
            .sum()
    }

    fn pay(&mut self, new: &NewPayment) -> Result<billing_core::contract::Payment, Refusal> {
        let now = Utc
            .with_ymd_and_hms(2026, 11, 27, 9, 0, 0)
            .single()
            .unwrap_or_default();
        ledger::make_payment(&mut self.ledger(), new, now)
    }
}

fn address() -> Address {
    Address {
        first_name: "Ada".into(),
        last_name: "Lovelace".into(),
        line1: "1 Main St".into(),
        city: "San Francisco".into(),
        state: "CA".into(),
        postal_code: "94105".into(),
        country: "US".into(),
        email: "ada@example.com".into(),
        ..Address::default()
    }
}

fn by_card(amount: Money, token: String) -> NewPayment {
    NewPayment {
        amount,
        invoice_id: None,
        source: PaymentSource::CardToken {
            token,
            billing_address: address(),
        },
        eu_supported: false,
    }
}

fn usd(amount: Decimal) -> Money {
    Money::new(amount, Currency::USD)
}

#[test]
fn a_card_payment_is_taken_off_the_oldest_invoices_and_recorded_first() {
    let mut account = Account::new();
    let owed = account.usd_owed();
    let payments = account.data.payments.len();
    let token = account.token("4242424242424242");
    let payment = account
        .pay(&by_card(usd(Decimal::new(1000, 2)), token.clone()))
        .unwrap_or_else(|e| panic!("paid: {e:?}"));
    assert_eq!(payment.status, PaymentStatus::Succeeded);
    assert_eq!(account.usd_owed(), owed - Decimal::new(1000, 2));
    assert_eq!(account.data.payments.len(), payments + 1);
    assert_eq!(account.data.payments[0], payment);
    // Its receipt: the part each invoice took, which adds up to the payment, and whom it is
    // made out to as the profile was.
    assert!(!payment.settled.is_empty());
    let parts: Decimal = payment.settled.iter().map(|s| s.amount.amount).sum();
    assert_eq!(parts, Decimal::new(1000, 2));
    assert_eq!(
        payment.bill_to.as_deref(),
        Some(&account.data.profile.bill_to)
    );
    // The token was for one use.
    let again = account.pay(&by_card(usd(Decimal::ONE), token));
    assert!(matches!(again, Err(Refusal::Wallet(_))), "{again:?}");
}

#[test]
fn more_than_is_owed_is_refused_and_nothing_changes() {
    let mut account = Account::new();
    let before = account.data.clone();
    let token = account.token("4242424242424242");
    let over = usd(account.usd_owed() + Decimal::new(1, 2));
    assert_eq!(
        account.pay(&by_card(over, token)),
        Err(Refusal::Payment(PaymentError::AmountExceedsBalance))
    );
    assert_eq!(account.data, before);
    assert!(
        !account.vault[0].used,
        "a refused payment leaves its token usable"
    );
}

#[test]
fn a_declined_card_is_recorded_and_takes_nothing() {
    let mut account = Account::new();
    let owed = account.usd_owed();
    let token = account.token("4000000000000002");
    let payment = account
        .pay(&by_card(usd(Decimal::ONE), token))
        .unwrap_or_else(|e| panic!("recorded: {e:?}"));
    assert_eq!(payment.status, PaymentStatus::Declined);
    assert_eq!(payment.failure_code, Some(ErrorCode::CardDeclined));
    assert_eq!(
        (payment.settled.len(), &payment.bill_to),
        (0, &None),
        "no receipt"
    );
    assert_eq!(account.usd_owed(), owed);
    assert_eq!(account.data.payments[0], payment);
}

#[test]
fn of_two_approvals_for_one_balance_only_the_first_confirmed_pays() {
    let mut account = Account::new();
    let invoice = account
        .data
        .invoices
        .iter()
        .find(|d| ledger::is_payable(d, Currency::USD))
        .map(|d| d.invoice.clone())
        .unwrap_or_else(|| panic!("the seed has a payable USD invoice"));
    let paypal = NewPayment {
        amount: invoice.balance_due,
        invoice_id: Some(invoice.id.clone()),
        source: PaymentSource::Paypal,
        eu_supported: false,
    };
    let ids: Vec<String> = (0..2)
        .map(|_| match account.pay(&paypal) {
            Ok(p) if p.status == PaymentStatus::RequiresAction => p.id,
            other => panic!("waits for approval: {other:?}"),
        })
        .collect();
    let confirm = |account: &mut Account, id: &str| {
        ledger::confirm_payment(&mut account.ledger(), id)
            .unwrap_or_else(|e| panic!("confirmed: {e:?}"))
            .unwrap_or_else(|| panic!("{id} is known"))
    };
    assert_eq!(
        confirm(&mut account, &ids[0]).status,
        PaymentStatus::Succeeded
    );
    let second = confirm(&mut account, &ids[1]);
    assert_eq!(second.status, PaymentStatus::Failed);
    assert_eq!(second.failure_code, Some(ErrorCode::BalanceChanged));
    let stored = account
        .data
        .invoices
        .iter()
        .find(|d| d.invoice.id == invoice.id);
    assert_eq!(
        stored.map(|d| d.invoice.balance_due.amount),
        Some(Decimal::ZERO)
    );
    // Both are kept as they ended, and confirming again changes nothing.
    assert_eq!(
        confirm(&mut account, &ids[0]).status,
        PaymentStatus::Succeeded
    );
    assert_eq!(
        ledger::confirm_payment(&mut account.ledger(), "pay_unknown"),
        Ok(None)
    );
}
