//! The OpenAPI document (`core/openapi.json`) against the Rust contract types.
//!
//! Each component schema is checked with a representative instance of its Rust type: the
//! serialized value must validate (no property the schema lacks, every required one
//! present, enum values listed), and removing each property in turn must fail to
//! deserialize exactly when the schema calls it required. So renaming a field, or making
//! it optional, on either side fails here. Enum lists are compared with every variant
//! (the `variants!` macro fails to compile when a variant is added to Rust alone).

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
use chrono::{DateTime, NaiveDate};
use rust_decimal::Decimal;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

const DOCUMENT: &str = include_str!("../openapi.json");

struct Spec {
    doc: Value,
    covered: RefCell<BTreeSet<String>>,
}

impl Spec {
    fn load() -> Spec {
        Spec {
            doc: serde_json::from_str(DOCUMENT).expect("openapi.json is JSON"),
            covered: RefCell::default(),
        }
    }

    fn pointer(&self, reference: &str) -> &Value {
        let path = reference.strip_prefix('#').expect("local reference");
        self.doc
            .pointer(path)
            .unwrap_or_else(|| panic!("unresolved {reference}"))
    }

    fn resolve<'a>(&'a self, mut schema: &'a Value) -> &'a Value {
        while let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            schema = self.pointer(reference);
        }
        schema
    }

    fn schema(&self, name: &str) -> &Value {
        self.covered.borrow_mut().insert(name.to_string());
        self.pointer(&format!("#/components/schemas/{name}"))
    }

    /// Errors of `value` against a subset of JSON Schema: `$ref`, `oneOf`, `const`, `enum`,
    /// `type`, `format` (date, date-time, decimal), `properties`, `required`,
    /// `additionalProperties` and `items`.
    fn errors(&self, schema: &Value, value: &Value, at: &str) -> Vec<String> {
        let schema = self.resolve(schema);
        let mut errors = Vec::new();
        if let Some(branches) = schema.get("oneOf").and_then(Value::as_array) {
            let matching = branches
                .iter()
                .filter(|b| self.errors(b, value, at).is_empty())
                .count();
            if matching != 1 {
                errors.push(format!("{at}: {matching} oneOf branches match {value}"));
            }
        }
        if let Some(constant) = schema.get("const") {
            if constant != value {
                errors.push(format!("{at}: {value} is not {constant}"));
            }
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            if !values.contains(value) {
                errors.push(format!("{at}: {value} not in enum"));
            }
        }
        if let Some(types) = schema.get("type") {
            let types: Vec<&str> = match types {
                Value::Array(list) => list.iter().filter_map(Value::as_str).collect(),
                other => other.as_str().into_iter().collect(),
            };
            if !types.iter().any(|t| has_type(value, t)) {
                errors.push(format!("{at}: {value} is not of type {types:?}"));
            }
        }
        if let (Some(format), Some(text)) = (schema.get("format"), value.as_str()) {
            if !has_format(text, format.as_str().unwrap_or_default()) {
                errors.push(format!("{at}: {text:?} is not a {format}"));
            }
        }
        if let Value::Object(object) = value {
            errors.extend(self.object_errors(schema, object, at));
        }
        if let (Some(items), Value::Array(array)) = (schema.get("items"), value) {
            for (i, item) in array.iter().enumerate() {
                errors.extend(self.errors(items, item, &format!("{at}[{i}]")));
            }
        }
        errors
    }

    fn object_errors(
        &self,
        schema: &Value,
        object: &serde_json::Map<String, Value>,
        at: &str,
    ) -> Vec<String> {
        let mut errors = Vec::new();
        let properties = schema.get("properties").and_then(Value::as_object);
        for (key, item) in object {
            let path = format!("{at}.{key}");
            match (
                properties.and_then(|p| p.get(key)),
                schema.get("additionalProperties"),
            ) {
                (Some(property), _) => errors.extend(self.errors(property, item, &path)),
                (None, Some(Value::Bool(false))) => {
                    errors.push(format!("{path}: not in the schema"))
                }
                (None, Some(additional)) => errors.extend(self.errors(additional, item, &path)),
                (None, None) => {}
            }
        }
        for key in required(schema) {
            if !object.contains_key(&key) {
                errors.push(format!("{at}: required {key} missing"));
            }
        }
        errors
    }

    /// The required properties of the schema (or of the `oneOf` branch) `value` matches.
    fn required_for(&self, schema: &Value, value: &Value) -> BTreeSet<String> {
        let schema = self.resolve(schema);
        match schema.get("oneOf").and_then(Value::as_array) {
            Some(branches) => branches
                .iter()
                .find(|b| self.errors(b, value, "").is_empty())
                .map(|b| self.required_for(b, value))
                .unwrap_or_default(),
            None => required(schema),
        }
    }

    /// Checks samples of a Rust type against the named schema, both ways.
    fn type_matches<T>(&self, name: &str, samples: &[T])
    where
        T: Serialize + DeserializeOwned + PartialEq + Debug,
    {
        let schema = self.schema(name).clone();
        for sample in samples {
            let value = serde_json::to_value(sample).expect("serializes");
            let errors = self.errors(&schema, &value, name);
            assert!(errors.is_empty(), "{name}: {errors:#?}");
            let back: T = serde_json::from_value(value.clone()).expect("deserializes");
            assert_eq!(&back, sample, "{name} round trip");
            let Value::Object(object) = &value else {
                continue;
            };
            let required = self.required_for(&schema, &value);
            for key in object.keys() {
                let mut without = object.clone();
                without.remove(key);
                let accepted = serde_json::from_value::<T>(Value::Object(without)).is_ok();
                assert_eq!(
                    accepted,
                    !required.contains(key),
                    "{name}.{key}: Rust {} it, the schema {} it",
                    if accepted { "can omit" } else { "requires" },
                    if required.contains(key) {
                        "requires"
                    } else {
                        "does not require"
                    },
                );
            }
        }
    }

    /// The schema's enum lists exactly the known variants; a value this build does not
    /// know reads as `unknown` where the type has that variant.
    fn enum_matches<T>(&self, name: &str, known: &[T], unknown: Option<T>)
    where
        T: Serialize + DeserializeOwned + PartialEq + Debug,
    {
        let listed = self.schema(name)["enum"].clone();
        let rust: Vec<Value> = known
            .iter()
            .map(|v| serde_json::to_value(v).expect("serializes"))
            .collect();
        assert_eq!(listed, Value::Array(rust), "{name} enum");
        let future = serde_json::from_value::<T>(json!("added_by_a_newer_server"));
        match unknown {
            Some(unknown) => {
                assert_eq!(future.ok(), Some(unknown), "{name} tolerates new values")
            }
            None => assert!(future.is_err(), "{name} is closed"),
        }
    }
}

fn required(schema: &Value) -> BTreeSet<String> {
    schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

fn has_type(value: &Value, kind: &str) -> bool {
    match kind {
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        "null" => value.is_null(),
        _ => false,
    }
}

fn has_format(text: &str, format: &str) -> bool {
    match format {
        "date" => NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok(),
        "date-time" => DateTime::parse_from_rfc3339(text).is_ok(),
        "decimal" => Decimal::from_str_exact(text).is_ok() && !text.contains(['e', 'E', '+']),
        _ => true,
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
fn every_schema_matches_its_rust_type() {
    let spec = Spec::load();
    let data = seed::generate(60, 40);
    let usd = |amount| money(amount, Currency::USD);

    spec.type_matches("Money", &[usd("1234.50"), money("-5", Currency::JPY)]);
    spec.type_matches("Address", &[address(), Address::default()]);
    spec.type_matches("Account", std::slice::from_ref(&data.account));
    let balance = CurrencyBalance {
        current: usd("10.00"),
        estimated_next: usd("35.00"),
    };
    spec.type_matches("CurrencyBalance", std::slice::from_ref(&balance));
    let monthly = MonthlyTotal {
        month: "2026-11".into(),
        total: usd("10.00"),
    };
    spec.type_matches("MonthlyTotal", std::slice::from_ref(&monthly));
    spec.type_matches(
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
    spec.type_matches("Invoice", &[invoices.clone(), vec![no_due_date]].concat());
    spec.type_matches("InvoiceDetail", &details[..8]);
    let mut line = details[0].lines[0].clone();
    line.resource = None;
    spec.type_matches("InvoiceLine", &[details[0].lines[0].clone(), line]);
    spec.type_matches(
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

    spec.type_matches("PaymentMethod", &data.payment_methods);
    spec.type_matches(
        "PaymentMethodSummary",
        &[
            card_summary(),
            PaymentMethodSummary::Paypal {
                email: "ada@example.com".into(),
                status: MethodStatus::PendingValidation,
            },
        ],
    );
    spec.type_matches(
        "CardTokenRequest",
        &[CardTokenRequest {
            number: "4242424242424242".into(),
            exp_month: 12,
            exp_year: 2027,
            cvc: "123".into(),
            holder: "Ada Lovelace".into(),
        }],
    );
    spec.type_matches(
        "CardToken",
        &[CardToken {
            token: "tok_1".into(),
            brand: CardBrand::Amex,
            last4: "0005".into(),
            exp_month: 1,
            exp_year: 2030,
        }],
    );
    spec.type_matches(
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
    spec.type_matches("PaymentSource", &sources);
    spec.type_matches(
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
    spec.type_matches("NextAction", std::slice::from_ref(&action));
    let mut payments = data.payments.clone();
    let mut pending = payments[0].clone();
    pending.status = PaymentStatus::RequiresAction;
    pending.next_action = Some(action);
    pending.invoice_id = None;
    let mut declined = payments[0].clone();
    declined.status = PaymentStatus::Declined;
    declined.failure_code = Some(ErrorCode::CardDeclined);
    payments.extend([pending, declined]);
    spec.type_matches("Payment", &payments);
    let key = || "3f1c0a2e-attempt".to_string();
    spec.type_matches(
        "PaymentAttempt",
        &[
            AttemptOutcome::completed(key(), payments[0].clone()),
            AttemptOutcome::refused(key(), error_body()),
            AttemptOutcome::abandoned(key()),
        ],
    );
    spec.type_matches(
        "PaymentMethodAttempt",
        &[
            AttemptOutcome::completed(key(), data.payment_methods[0].clone()),
            AttemptOutcome::refused(key(), error_body()),
            AttemptOutcome::abandoned(key()),
        ],
    );
    spec.type_matches(
        "PaymentPage",
        &[Page {
            items: payments,
            next_cursor: None,
            total: 3,
        }],
    );

    spec.type_matches("Device", &data.devices);
    spec.type_matches(
        "DeviceRef",
        &[DeviceRef {
            id: "dev_1".into(),
            name: "web-01".into(),
        }],
    );
    spec.type_matches("BillingItem", &data.billing_items);
    assert!(
        data.billing_items.iter().any(|i| i.device.is_none())
            && data
                .billing_items
                .iter()
                .any(|i| i.cancellation_date.is_some()),
        "the samples cover the optional fields"
    );
    spec.type_matches(
        "BillingItemPage",
        &[Page {
            items: data.billing_items[..2].to_vec(),
            next_cursor: Some("2".into()),
            total: 40,
        }],
    );
    spec.type_matches(
        "CancelItem",
        &[CancelItem {
            when: CancelWhen::EndOfPeriod,
        }],
    );
    spec.type_matches(
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
    spec.type_matches("BulkAction", &actions);
    spec.type_matches(
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
    spec.type_matches("BulkItemResult", &results);
    spec.type_matches(
        "BulkResult",
        &[BulkResult {
            results: results.to_vec(),
        }],
    );
    spec.type_matches("ErrorBody", &[error_body()]);
    spec.type_matches(
        "ErrorEnvelope",
        &[ErrorEnvelope {
            error: error_body(),
        }],
    );

    every_enum_matches(&spec);

    let schemas: BTreeSet<String> = spec.doc["components"]["schemas"]
        .as_object()
        .expect("schemas")
        .keys()
        .cloned()
        .collect();
    assert_eq!(*spec.covered.borrow(), schemas, "every schema is checked");
}

fn every_enum_matches(spec: &Spec) {
    spec.enum_matches(
        "Role",
        &variants!(Role: BillingAdmin, Viewer; Unknown),
        Some(Role::Unknown),
    );
    spec.enum_matches(
        "AccountKind",
        &variants!(AccountKind: Standard, Lite, Unlinked; Unknown),
        Some(AccountKind::Unknown),
    );
    spec.enum_matches(
        "InvoiceType",
        &variants!(InvoiceType: New, Recurring, OneTimeCharge, Credit, Refund; Unknown),
        Some(InvoiceType::Unknown),
    );
    spec.enum_matches(
        "InvoiceStatus",
        &variants!(InvoiceStatus: Open, Due, PastDue, Paid, Void; Unknown),
        Some(InvoiceStatus::Unknown),
    );
    spec.enum_matches(
        "InvoiceSort",
        &variants!(InvoiceSort: Number, Date, Type, Status, Currency, Total, BalanceDue),
        None,
    );
    spec.enum_matches("SortDir", &variants!(SortDir: Asc, Desc), None);
    spec.enum_matches(
        "CardBrand",
        &variants!(CardBrand: Visa, Mastercard, Amex, Discover, Jcb, UnionPay, Diners, Maestro; Unknown),
        Some(CardBrand::Unknown),
    );
    spec.enum_matches(
        "MethodStatus",
        &variants!(MethodStatus: PendingValidation, Active, Expired, Declined; Unknown),
        Some(MethodStatus::Unknown),
    );
    spec.enum_matches(
        "PaymentStatus",
        &variants!(PaymentStatus: Processing, RequiresAction, Succeeded, Declined, Failed; Unknown),
        Some(PaymentStatus::Unknown),
    );
    spec.enum_matches(
        "NextActionKind",
        &variants!(NextActionKind: PaypalApproval, CardAuthentication; Unknown),
        Some(NextActionKind::Unknown),
    );
    spec.enum_matches(
        "ItemStatus",
        &variants!(ItemStatus: Active, CancellationPending, Cancelled; Unknown),
        Some(ItemStatus::Unknown),
    );
    spec.enum_matches(
        "ItemView",
        &variants!(ItemView: Associated, Dissociated, All),
        None,
    );
    spec.enum_matches(
        "ItemSort",
        &variants!(ItemSort: Description, Category, Device, RecurringFee, Created, NextBillDate, Status),
        None,
    );
    spec.enum_matches(
        "AttemptState",
        &variants!(AttemptState: Completed, Refused, Abandoned; Unknown),
        Some(AttemptState::Unknown),
    );
    spec.enum_matches(
        "CancelWhen",
        &variants!(CancelWhen: Immediately, EndOfPeriod),
        None,
    );
    spec.enum_matches(
        "ErrorCode",
        &variants!(ErrorCode: Unauthorized, Forbidden, NotFound, ValidationFailed, CardDeclined,
            CardExpired, IdempotencyMismatch, LastPaymentMethod, AmountExceedsBalance,
            BalanceChanged, ItemAlreadyCancelled, Conflict, RateLimited, MethodNotAllowed,
            Internal; Unknown),
        Some(ErrorCode::Unknown),
    );
    spec.enum_matches("FieldCode", &FieldCode::KNOWN, Some(FieldCode::Unknown));
}

fn operations(spec: &Spec) -> Vec<(String, String, &Value)> {
    let paths = spec.doc["paths"].as_object().expect("paths");
    paths
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .expect("path item")
                .iter()
                .map(move |(method, op)| (path.clone(), method.clone(), op))
        })
        .collect()
}

fn parameter_names(spec: &Spec, op: &Value, location: &str) -> BTreeSet<String> {
    op["parameters"]
        .as_array()
        .map(|params| {
            params
                .iter()
                .map(|p| spec.resolve(p))
                .filter(|p| p["in"] == location)
                .map(|p| p["name"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn the_document_is_openapi_3_1_under_api_v1_with_bearer_auth() {
    let spec = Spec::load();
    assert!(spec.doc["openapi"]
        .as_str()
        .is_some_and(|v| v.starts_with("3.1.")));
    assert_eq!(
        spec.doc["components"]["securitySchemes"]["bearerAuth"],
        json!({ "type": "http", "scheme": "bearer", "description": "The token the host console gives the app." })
    );
    assert_eq!(spec.doc["security"], json!([{ "bearerAuth": [] }]));
    for (path, method, op) in operations(&spec) {
        assert!(path.starts_with("/api/v1/"), "{path}");
        assert!(
            ["get", "post", "delete"].contains(&method.as_str()),
            "{method} {path}"
        );
        let responses = op["responses"].as_object().expect("responses");
        for code in ["401", "429", "500"] {
            assert!(responses.contains_key(code), "{method} {path} {code}");
        }
        // The body limit is checked wherever a body is read.
        if op.get("requestBody").is_some() {
            assert!(responses.contains_key("413"), "{method} {path} 413");
        }
        for (code, response) in responses {
            if code.starts_with(['4', '5']) {
                let schema = &spec.resolve(response)["content"]["application/json"]["schema"];
                assert_eq!(
                    schema["$ref"], "#/components/schemas/ErrorEnvelope",
                    "{code}"
                );
            }
        }
    }
    // A method no operation of a path lists has no operation to document it: the component
    // says what every path answers then.
    let not_allowed = &spec.doc["components"]["responses"]["MethodNotAllowed"];
    assert_eq!(
        not_allowed["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/ErrorEnvelope"
    );
    assert!(not_allowed["headers"]["Allow"].is_object());
}

#[test]
fn every_reference_resolves() {
    let spec = Spec::load();
    fn walk(spec: &Spec, value: &Value) {
        match value {
            Value::Object(map) => {
                if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
                    spec.pointer(reference);
                }
                map.values().for_each(|v| walk(spec, v));
            }
            Value::Array(list) => list.iter().for_each(|v| walk(spec, v)),
            _ => {}
        }
    }
    walk(&spec, &spec.doc);
}

#[test]
fn money_moving_posts_require_an_idempotency_key() {
    let spec = Spec::load();
    let mut with_key = BTreeSet::new();
    for (path, method, op) in operations(&spec) {
        let headers = parameter_names(&spec, op, "header");
        if headers.contains("Idempotency-Key") {
            let key = op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| spec.resolve(p))
                .find(|p| p["name"] == "Idempotency-Key")
                .cloned()
                .unwrap_or_default();
            assert_eq!(key["required"], true, "{path}");
            with_key.insert(format!("{method} {path}"));
        }
    }
    assert_eq!(
        with_key,
        BTreeSet::from([
            "post /api/v1/payment-methods".to_string(),
            "post /api/v1/payments".to_string(),
        ])
    );
}

#[test]
fn list_queries_match_their_query_types() {
    let spec = Spec::load();
    let keys = |value: Value| -> BTreeSet<String> {
        value.as_object().expect("object").keys().cloned().collect()
    };
    let cases = [
        ("/api/v1/invoices", keys(json!(InvoiceQuery::default()))),
        (
            "/api/v1/billing-items",
            keys(json!(BillingItemQuery::default())),
        ),
        ("/api/v1/payments", keys(json!(PaymentQuery::default()))),
    ];
    for (path, fields) in cases {
        let op = &spec.doc["paths"][path]["get"];
        assert_eq!(parameter_names(&spec, op, "query"), fields, "{path}");
        let page = &spec.resolve(&op["responses"]["200"])["content"]["application/json"]["schema"];
        let page = spec.resolve(page);
        assert!(
            page["properties"]["next_cursor"].is_object(),
            "{path} is paged"
        );
    }
    let limit = spec.pointer("#/components/parameters/Limit");
    assert_eq!(limit["schema"]["maximum"], json!(MAX_PAGE_SIZE));
    assert_eq!(limit["schema"]["default"], json!(DEFAULT_PAGE_SIZE));
}

#[test]
fn the_checker_catches_a_renamed_field() {
    let spec = Spec::load();
    let schema = spec.schema("CardToken").clone();
    let mut token = json!(CardToken {
        token: "tok_1".into(),
        brand: CardBrand::Visa,
        last4: "4242".into(),
        exp_month: 1,
        exp_year: 2030,
    });
    let last4 = token["last4"].take();
    token.as_object_mut().expect("object").remove("last4");
    token["last_four"] = last4;
    let errors = spec.errors(&schema, &token, "CardToken");
    assert_eq!(
        errors,
        [
            "CardToken.last_four: not in the schema",
            "CardToken: required last4 missing"
        ]
    );
    let wrong_enum = json!({ "when": "tomorrow" });
    assert_eq!(
        spec.errors(spec.schema("CancelItem"), &wrong_enum, "CancelItem")
            .len(),
        1
    );
}
