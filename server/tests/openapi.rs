//! The OpenAPI document generated from the contract's types and the routes: the committed
//! `core/openapi.json` (what the app's developers, the conformance kit and other backends
//! read) is exactly it, and it keeps the promises the annotations could break.

use std::collections::BTreeSet;

use billing_core::contract::{DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE};
use serde_json::{json, Value};

const COMMITTED: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../core/openapi.json"));
const REGENERATE: &str = "cargo run -p billing-server -- openapi > core/openapi.json";

fn generated() -> Value {
    serde_json::to_value(billing_server::openapi::document()).expect("the document is JSON")
}

/// Where `committed` and `generated` differ, as JSON pointers (the deepest that differ).
fn differences(at: &str, committed: &Value, generated: &Value, found: &mut Vec<String>) {
    match (committed, generated) {
        (Value::Object(old), Value::Object(new)) => {
            let keys: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
            for key in keys {
                let path = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                match (old.get(key), new.get(key)) {
                    (Some(old), Some(new)) => differences(&path, old, new, found),
                    (Some(_), None) => found.push(format!("{path}: only in the committed file")),
                    (None, Some(_)) => found.push(format!("{path}: only in the generated one")),
                    (None, None) => {}
                }
            }
        }
        (Value::Array(old), Value::Array(new)) if old.len() == new.len() => {
            for (i, (old, new)) in old.iter().zip(new).enumerate() {
                differences(&format!("{at}/{i}"), old, new, found);
            }
        }
        (old, new) if old != new => found.push(format!("{at}: {old} is now {new}")),
        _ => {}
    }
}

#[test]
fn the_committed_document_is_the_generated_one() {
    let committed: Value = serde_json::from_str(COMMITTED).expect("core/openapi.json is JSON");
    let mut found = Vec::new();
    differences("", &committed, &generated(), &mut found);
    assert!(
        found.is_empty(),
        "core/openapi.json is not the document the types and routes generate; it differs at\n  \
         {}\nRegenerate it with `{REGENERATE}` and commit it.",
        found.join("\n  ")
    );
}

/// Every operation, as `(path, method, operation)`.
fn operations(doc: &Value) -> Vec<(String, String, Value)> {
    doc["paths"]
        .as_object()
        .expect("paths")
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .expect("a path item")
                .iter()
                .map(move |(method, op)| (path.clone(), method.clone(), op.clone()))
        })
        .collect()
}

fn pointer<'a>(doc: &'a Value, reference: &str) -> &'a Value {
    reference
        .strip_prefix('#')
        .and_then(|path| doc.pointer(path))
        .unwrap_or_else(|| panic!("unresolved {reference}"))
}

fn resolve<'a>(doc: &'a Value, mut value: &'a Value) -> &'a Value {
    while let Some(reference) = value.get("$ref").and_then(Value::as_str) {
        value = pointer(doc, reference);
    }
    value
}

#[test]
fn every_reference_resolves() {
    fn walk(doc: &Value, value: &Value) {
        match value {
            Value::Object(map) => {
                if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
                    pointer(doc, reference);
                }
                map.values().for_each(|v| walk(doc, v));
            }
            Value::Array(list) => list.iter().for_each(|v| walk(doc, v)),
            _ => {}
        }
    }
    let doc = generated();
    walk(&doc, &doc);
}

#[test]
fn every_operation_is_under_api_v1_with_bearer_auth_and_enveloped_refusals() {
    let doc = generated();
    assert!(doc["openapi"]
        .as_str()
        .is_some_and(|v| v.starts_with("3.1.")));
    assert_eq!(
        doc["components"]["securitySchemes"]["bearerAuth"],
        json!({ "type": "http", "scheme": "bearer", "description": "The token the host console gives the app." })
    );
    assert_eq!(doc["security"], json!([{ "bearerAuth": [] }]));
    for (path, method, op) in operations(&doc) {
        assert!(path.starts_with("/api/v1/"), "{path}");
        assert_eq!(
            op["security"],
            json!([{ "bearerAuth": [] }]),
            "{method} {path}"
        );
        let responses = op["responses"].as_object().expect("responses");
        // The guard's answers, whatever the operation.
        for code in ["401", "429", "500"] {
            assert!(responses.contains_key(code), "{method} {path} {code}");
        }
        // The body limit is checked wherever a body is read.
        if op.get("requestBody").is_some() {
            assert!(responses.contains_key("413"), "{method} {path} 413");
        }
        for (code, response) in responses {
            if code.starts_with(['4', '5']) {
                let schema = &resolve(&doc, response)["content"]["application/json"]["schema"];
                assert_eq!(
                    schema["$ref"], "#/components/schemas/ErrorEnvelope",
                    "{method} {path} {code}"
                );
            }
        }
    }
    // A method no operation of a path lists has no operation to document it: the component
    // says what every path answers then.
    let not_allowed = &doc["components"]["responses"]["MethodNotAllowed"];
    assert_eq!(
        not_allowed["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/ErrorEnvelope"
    );
    assert!(not_allowed["headers"]["Allow"].is_object());
}

#[test]
fn money_moving_posts_require_an_idempotency_key() {
    let doc = generated();
    let mut with_key = BTreeSet::new();
    for (path, method, op) in operations(&doc) {
        let key = op["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|p| p["in"] == "header" && p["name"] == "Idempotency-Key");
        if let Some(key) = key {
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
fn list_limits_are_the_contracts() {
    let doc = generated();
    for path in [
        "/api/v1/invoices",
        "/api/v1/billing-items",
        "/api/v1/payments",
    ] {
        let limit = doc["paths"][path]["get"]["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|p| p["name"] == "limit")
            .unwrap_or_else(|| panic!("{path} takes a limit"));
        assert_eq!(limit["schema"]["minimum"], json!(1), "{path}");
        assert_eq!(limit["schema"]["maximum"], json!(MAX_PAGE_SIZE), "{path}");
        assert_eq!(
            limit["schema"]["default"],
            json!(DEFAULT_PAGE_SIZE),
            "{path}"
        );
    }
}

#[test]
fn schemas_are_as_serde_writes_them() {
    let doc = generated();
    let schemas = &doc["components"]["schemas"];
    // A flattened field's properties are the object's own, and every object is closed.
    let detail = &schemas["InvoiceDetail"];
    assert_eq!(detail["additionalProperties"], false);
    assert!(
        detail["properties"]["balance_due"].is_object()
            && detail["properties"]["lines"].is_object()
    );
    let methods = schemas["PaymentMethod"]["oneOf"]
        .as_array()
        .expect("one per kind");
    assert_eq!(methods.len(), 2);
    for method in methods {
        assert_eq!(method["additionalProperties"], false);
        assert!(method["properties"]["is_default"].is_object());
    }
    assert_eq!(
        schemas["PaymentMethod"]["discriminator"]["propertyName"],
        "type"
    );
    // `unknown` is what clients read a new value as, not a value.
    let statuses = schemas["PaymentStatus"]["enum"]
        .as_array()
        .expect("an enum");
    assert!(!statuses.contains(&json!("unknown")));
    assert_eq!(schemas["SortDir"]["enum"], json!(["asc", "desc"]));
    let amount = &schemas["Money"]["properties"]["amount"];
    assert_eq!(amount["pattern"], r"^-?[0-9]+(\.[0-9]+)?$");
    assert_eq!(
        schemas["Money"]["properties"]["currency"]["pattern"],
        "^[A-Z]{3}$"
    );
}
