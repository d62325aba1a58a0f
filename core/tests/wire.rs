//! The contract types on the wire: samples of each round-trip through serde, and each
//! enum's known variants read back as themselves while a value a newer server adds reads as
//! `Unknown` where the type tolerates one. (What the wire looks like, the schemas, is
//! generated from these types into `core/openapi.json`, which `billing-server`'s tests hold
//! to the generated document.)

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::fmt::Debug;
use std::str::FromStr;

use billing_core::address::Address;
use billing_core::card::CardBrand;
use billing_core::contract::*;
use billing_core::fields::FieldCode;
use billing_core::money::{Currency, Money};
use billing_core::seed;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

/// The generated document (`billing-server openapi`), for the names of its schemas.
const DOCUMENT: &str = include_str!("../openapi.json");

/// The names of the types checked, to compare with the document's schemas.
#[derive(Default)]
struct Checked(RefCell<BTreeSet<String>>);

impl Checked {
    /// Each sample reads back as itself.
    fn round_trips<T>(&self, name: &str, samples: &[T])
    where
        T: Serialize + DeserializeOwned + PartialEq + Debug,
    {
        self.0.borrow_mut().insert(name.to_string());
        round_trips(name, samples);
    }

    /// Every known variant reads back as itself; a value this build does not know reads as
    /// `unknown` where the type has that variant, and is refused where it does not.
    fn enum_round_trips<T>(&self, name: &str, known: &[T], unknown: Option<T>)
    where
        T: Serialize + DeserializeOwned + PartialEq + Debug,
    {
        self.round_trips(name, known);
        let future = serde_json::from_value::<T>(json!("added_by_a_newer_server"));
        match unknown {
            Some(unknown) => {
                assert_eq!(future.ok(), Some(unknown), "{name} tolerates new values")
            }
            None => assert!(future.is_err(), "{name} is closed"),
        }
    }
}

fn round_trips<T>(name: &str, samples: &[T])
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    for sample in samples {
        let value = serde_json::to_value(sample).expect("serializes");
        let back: T = serde_json::from_value(value).expect("deserializes");
        assert_eq!(&back, sample, "{name} round trip");
    }
}

/// The listed variants, with a compile-time check that none is missing.
macro_rules! variants {
    ($ty:ident: $($variant:ident),+ $(; $unknown:ident)?) => {{
        fn exhaustive(v: $ty) {
            match v {
                $($ty::$variant)|+ $(| $ty::$unknown)? => {}
            }
        }
        let _ = exhaustive;
        vec![$($ty::$variant),+]
    }};
}

fn money(amount: &str, currency: Currency) -> Money {
    Money::new(Decimal::from_str(amount).expect("literal"), currency)
}

fn address() -> Address {
    Address {
        first_name: "Ada".into(),
        last_name: "Lovelace".into(),
        company: "Nimbus".into(),
        line1: "1 Market St".into(),
        line2: String::new(),
        city: "San Francisco".into(),
        state: "CA".into(),
        postal_code: "94105".into(),
        country: "US".into(),
        phone: String::new(),
        email: "ada@nimbus.example".into(),
    }
}

fn card_summary() -> PaymentMethodSummary {
    PaymentMethodSummary::Card {
        brand: CardBrand::Visa,
        last4: "4242".into(),
        exp_month: 8,
        exp_year: 2028,
        status: MethodStatus::Active,
    }
}

fn error_body() -> ErrorBody {
    ErrorBody {
        code: ErrorCode::ValidationFailed,
        message: "validation_failed".into(),
        fields: [("card.number".to_string(), "luhn".to_string())].into(),
    }
}

#[test]
fn every_contract_type_round_trips() {
    let checked = Checked::default();
    let data = seed::generate(60, 40);
    let usd = |amount| money(amount, Currency::USD);

    checked.round_trips("Money", &[usd("1234.50"), money("-5", Currency::JPY)]);
    checked.round_trips("Address", &[address(), Address::default()]);
    checked.round_trips("Account", std::slice::from_ref(&data.account));
    let balance = CurrencyBalance {
        current: usd("10.00"),
        estimated_next: usd("35.00"),
    };
    checked.round_trips("CurrencyBalance", std::slice::from_ref(&balance));
    let monthly = MonthlyTotal {
        month: "2026-11".into(),
        total: usd("10.00"),
    };
    checked.round_trips("MonthlyTotal", std::slice::from_ref(&monthly));
    checked.round_trips(
        "BillingSummary",
        &[
            BillingSummary {
                balances: vec![balance],
                payment_method: Some(card_summary()),
                last_invoice_date: NaiveDate::from_ymd_opt(2026, 11, 1),
                next_invoice_date: NaiveDate::from_ymd_opt(2026, 12, 1),
                monthly: vec![monthly],
            },
            BillingSummary {
                balances: vec![],
                payment_method: None,
                last_invoice_date: None,
                next_invoice_date: None,
                monthly: vec![],
            },
        ],
    );

    let details = &data.invoices;
    let invoices: Vec<Invoice> = details.iter().map(|d| d.invoice.clone()).collect();
    let mut no_due_date = invoices[0].clone();
    no_due_date.due_date = None;
    checked.round_trips("Invoice", &[invoices.clone(), vec![no_due_date]].concat());
    checked.round_trips("InvoiceDetail", &details[..8]);
    let mut line = details[0].lines[0].clone();
    line.resource = None;
    checked.round_trips("InvoiceLine", &[details[0].lines[0].clone(), line]);
    checked.round_trips(
        "InvoicePage",
        &[
            Page {
                items: invoices[..3].to_vec(),
                next_cursor: Some("3".into()),
                total: 60,
            },
            Page {
                items: vec![],
                next_cursor: None,
                total: 0,
            },
        ],
    );

    checked.round_trips("PaymentMethod", &data.payment_methods);
    checked.round_trips(
        "PaymentMethodSummary",
        &[
            card_summary(),
            PaymentMethodSummary::Paypal {
                email: "ada@example.com".into(),
                status: MethodStatus::PendingValidation,
            },
        ],
    );
    checked.round_trips(
        "CardTokenRequest",
        &[CardTokenRequest {
            number: "4242424242424242".into(),
            exp_month: 12,
            exp_year: 2027,
            cvc: "123".into(),
            holder: "Ada Lovelace".into(),
        }],
    );
    checked.round_trips(
        "CardToken",
        &[CardToken {
            token: "tok_1".into(),
            brand: CardBrand::Amex,
            last4: "0005".into(),
            exp_month: 1,
            exp_year: 2030,
        }],
    );
    checked.round_trips(
        "NewPaymentMethod",
        &[NewPaymentMethod {
            token: "tok_1".into(),
            holder: "Ada Lovelace".into(),
            billing_address: address(),
            eu_supported: true,
            make_default: false,
        }],
    );
    let sources = [
        PaymentSource::SavedMethod {
            method_id: "pm_1".into(),
        },
        PaymentSource::CardToken {
            token: "tok_1".into(),
            billing_address: address(),
        },
        PaymentSource::Paypal,
    ];
    checked.round_trips("PaymentSource", &sources);
    checked.round_trips(
        "NewPayment",
        &sources
            .iter()
            .map(|source| NewPayment {
                amount: usd("20.00"),
                invoice_id: Some("inv_1".into()).filter(|_| source != &PaymentSource::Paypal),
                source: source.clone(),
                eu_supported: false,
            })
            .collect::<Vec<_>>(),
    );
    let action = NextAction {
        kind: NextActionKind::CardAuthentication,
        url: "https://issuer.example/3ds".into(),
    };
    checked.round_trips("NextAction", std::slice::from_ref(&action));
    let mut payments = data.payments.clone();
    let mut pending = payments[0].clone();
    pending.status = PaymentStatus::RequiresAction;
    pending.next_action = Some(action);
    pending.invoice_id = None;
    let mut declined = payments[0].clone();
    declined.status = PaymentStatus::Declined;
    declined.failure_code = Some(ErrorCode::CardDeclined);
    payments.extend([pending, declined]);
    checked.round_trips("Payment", &payments);
    checked.round_trips("Settlement", &payments[0].settled);
    let key = || "3f1c0a2e-attempt".to_string();
    checked.round_trips(
        "PaymentAttempt",
        &[
            AttemptOutcome::completed(key(), payments[0].clone()),
            AttemptOutcome::refused(key(), error_body()),
            AttemptOutcome::abandoned(key()),
        ],
    );
    checked.round_trips(
        "PaymentMethodAttempt",
        &[
            AttemptOutcome::completed(key(), data.payment_methods[0].clone()),
            AttemptOutcome::refused(key(), error_body()),
            AttemptOutcome::abandoned(key()),
        ],
    );
    checked.round_trips(
        "PaymentPage",
        &[Page {
            items: payments,
            next_cursor: None,
            total: 3,
        }],
    );

    checked.round_trips("Device", &data.devices);
    checked.round_trips(
        "DeviceRef",
        &[DeviceRef {
            id: "dev_1".into(),
            name: "web-01".into(),
        }],
    );
    checked.round_trips("BillingItem", &data.billing_items);
    assert!(
        data.billing_items.iter().any(|i| i.device.is_none())
            && data
                .billing_items
                .iter()
                .any(|i| i.cancellation_date.is_some()),
        "the samples cover the optional fields"
    );
    checked.round_trips(
        "BillingItemPage",
        &[Page {
            items: data.billing_items[..2].to_vec(),
            next_cursor: Some("2".into()),
            total: 40,
        }],
    );
    checked.round_trips(
        "CancelItem",
        &[CancelItem {
            when: CancelWhen::EndOfPeriod,
        }],
    );
    checked.round_trips(
        "AssociateItem",
        &[AssociateItem {
            device_id: "dev_1".into(),
        }],
    );
    let actions = [
        BulkAction::Associate {
            device_id: "dev_1".into(),
        },
        BulkAction::Dissociate,
        BulkAction::Cancel {
            when: CancelWhen::Immediately,
        },
    ];
    checked.round_trips("BulkAction", &actions);
    checked.round_trips(
        "BulkRequest",
        &[BulkRequest {
            action: actions[0].clone(),
            item_ids: vec!["item_1".into(), "item_2".into()],
        }],
    );
    let results = [
        BulkItemResult {
            item_id: "item_1".into(),
            item: Some(data.billing_items[0].clone()),
            error: None,
        },
        BulkItemResult {
            item_id: "item_2".into(),
            item: None,
            error: Some(ErrorBody {
                code: ErrorCode::ItemAlreadyCancelled,
                message: String::new(),
                fields: Default::default(),
            }),
        },
    ];
    checked.round_trips("BulkItemResult", &results);
    checked.round_trips(
        "BulkResult",
        &[BulkResult {
            results: results.to_vec(),
        }],
    );
    checked.round_trips("BillingProfile", std::slice::from_ref(&data.profile));
    checked.round_trips("BillTo", std::slice::from_ref(&data.profile.bill_to));
    checked.round_trips("BillingContact", &data.profile.contacts);
    checked.round_trips(
        "ContactDetails",
        &[ContactDetails {
            email: "ap@nimbus.example".into(),
            receives: vec![ContactTopic::Receipts],
        }],
    );
    checked.round_trips(
        "TaxId",
        &[billing_core::tax_id::TaxId {
            country: "KR".into(),
            value: "1248100998".into(),
        }],
    );
    checked.round_trips("ErrorBody", &[error_body()]);
    checked.round_trips(
        "ErrorEnvelope",
        &[ErrorEnvelope {
            error: error_body(),
        }],
    );

    every_enum_round_trips(&checked);

    // Every type the document has a schema for, by the schema's name.
    let document: Value = serde_json::from_str(DOCUMENT).expect("openapi.json is JSON");
    let schemas: BTreeSet<String> = document["components"]["schemas"]
        .as_object()
        .expect("schemas")
        .keys()
        .cloned()
        .collect();
    assert_eq!(
        *checked.0.borrow(),
        schemas,
        "every schema's type is checked"
    );
}

fn every_enum_round_trips(checked: &Checked) {
    checked.enum_round_trips(
        "Role",
        &variants!(Role: BillingAdmin, Viewer; Unknown),
        Some(Role::Unknown),
    );
    checked.enum_round_trips(
        "AccountKind",
        &variants!(AccountKind: Standard, Lite, Unlinked; Unknown),
        Some(AccountKind::Unknown),
    );
    checked.enum_round_trips(
        "InvoiceType",
        &variants!(InvoiceType: New, Recurring, OneTimeCharge, Credit, Refund; Unknown),
        Some(InvoiceType::Unknown),
    );
    checked.enum_round_trips(
        "InvoiceStatus",
        &variants!(InvoiceStatus: Open, Due, PastDue, Paid, Void; Unknown),
        Some(InvoiceStatus::Unknown),
    );
    checked.enum_round_trips(
        "InvoiceSort",
        &variants!(InvoiceSort: Number, Date, Type, Status, Currency, Total, BalanceDue),
        None,
    );
    checked.enum_round_trips("SortDir", &variants!(SortDir: Asc, Desc), None);
    checked.enum_round_trips(
        "CardBrand",
        &variants!(CardBrand: Visa, Mastercard, Amex, Discover, Jcb, UnionPay, Diners, Maestro; Unknown),
        Some(CardBrand::Unknown),
    );
    checked.enum_round_trips(
        "MethodStatus",
        &variants!(MethodStatus: PendingValidation, Active, Expired, Declined; Unknown),
        Some(MethodStatus::Unknown),
    );
    checked.enum_round_trips(
        "PaymentStatus",
        &variants!(PaymentStatus: Processing, RequiresAction, Succeeded, Declined, Failed; Unknown),
        Some(PaymentStatus::Unknown),
    );
    checked.enum_round_trips(
        "NextActionKind",
        &variants!(NextActionKind: PaypalApproval, CardAuthentication; Unknown),
        Some(NextActionKind::Unknown),
    );
    checked.enum_round_trips(
        "ItemStatus",
        &variants!(ItemStatus: Active, CancellationPending, Cancelled; Unknown),
        Some(ItemStatus::Unknown),
    );
    checked.enum_round_trips(
        "ItemView",
        &variants!(ItemView: Associated, Dissociated, All),
        None,
    );
    checked.enum_round_trips(
        "ItemSort",
        &variants!(ItemSort: Description, Category, Device, RecurringFee, Created, NextBillDate, Status),
        None,
    );
    checked.enum_round_trips(
        "AttemptState",
        &variants!(AttemptState: Completed, Refused, Abandoned; Unknown),
        Some(AttemptState::Unknown),
    );
    checked.enum_round_trips(
        "CancelWhen",
        &variants!(CancelWhen: Immediately, EndOfPeriod),
        None,
    );
    checked.enum_round_trips(
        "ErrorCode",
        &variants!(ErrorCode: Unauthorized, Forbidden, NotFound, ValidationFailed, CardDeclined,
            CardExpired, IdempotencyMismatch, LastPaymentMethod, LastInvoiceContact, AmountExceedsBalance,
            BalanceChanged, ItemAlreadyCancelled, Conflict, RateLimited, MethodNotAllowed,
            Internal; Unknown),
        Some(ErrorCode::Unknown),
    );
    checked.enum_round_trips("FieldCode", &FieldCode::KNOWN, Some(FieldCode::Unknown));
    checked.enum_round_trips(
        "ContactTopic",
        &variants!(ContactTopic: Invoices, Receipts, MethodStatus; Unknown),
        Some(ContactTopic::Unknown),
    );
}
