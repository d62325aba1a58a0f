//! The operations of the OpenAPI document (`core/openapi.json`, compiled in): what each
//! answers, and which one a request's method and path are.

use std::collections::BTreeSet;

use serde_json::Value;

const DOCUMENT: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../core/openapi.json"));

#[derive(Clone, Debug)]
pub struct Operation {
    /// Upper case, as on the wire.
    pub method: String,
    /// The document's template: `/api/v1/invoices/{id}`.
    pub path: String,
    pub statuses: BTreeSet<u16>,
    pub has_body: bool,
}

impl Operation {
    /// Whether only a billing administrator may call it.
    pub fn writes(&self) -> bool {
        self.method != "GET"
    }

    /// Its success status: the one 2xx the document lists.
    pub fn success(&self) -> Option<u16> {
        self.statuses
            .iter()
            .copied()
            .find(|s| (200..300).contains(s))
    }

    pub fn http_method(&self) -> reqwest::Method {
        reqwest::Method::from_bytes(self.method.as_bytes()).unwrap_or(reqwest::Method::GET)
    }

    pub fn name(&self) -> String {
        format!("{} {}", self.method, self.path)
    }
}

pub fn operations() -> Result<Vec<Operation>, String> {
    let doc: Value = serde_json::from_str(DOCUMENT).map_err(|e| format!("openapi.json: {e}"))?;
    let paths = doc["paths"]
        .as_object()
        .ok_or("openapi.json has no paths")?;
    let mut operations = Vec::new();
    for (path, item) in paths {
        let item = item
            .as_object()
            .ok_or(format!("{path} is not a path item"))?;
        for (method, op) in item {
            let responses = op["responses"]
                .as_object()
                .ok_or(format!("{method} {path} has no responses"))?;
            let statuses = responses
                .keys()
                .map(|code| {
                    code.parse()
                        .map_err(|_| format!("{method} {path}: status {code}"))
                })
                .collect::<Result<_, String>>()?;
            operations.push(Operation {
                method: method.to_uppercase(),
                path: path.clone(),
                statuses,
                has_body: op.get("requestBody").is_some(),
            });
        }
    }
    Ok(operations)
}

/// How many literal segments `template` shares with `path`, if it matches it at all (a
/// `{name}` segment matches any one segment).
fn matches(template: &str, path: &str) -> Option<usize> {
    let template: Vec<&str> = template.split('/').collect();
    let path: Vec<&str> = path.split('/').collect();
    if template.len() != path.len() {
        return None;
    }
    let mut literal = 0;
    for (t, p) in template.iter().zip(&path) {
        if t.starts_with('{') && t.ends_with('}') {
            if p.is_empty() {
                return None;
            }
        } else if t == p {
            literal += 1;
        } else {
            return None;
        }
    }
    Some(literal)
}

/// The document's template for a concrete path (without its query): the most literal of
/// those that match, so `/payments/attempts/k/resolve` is never taken for `/payments/{id}`.
pub fn template<'a>(operations: &'a [Operation], path: &str) -> Option<&'a str> {
    operations
        .iter()
        .filter_map(|op| matches(&op.path, path).map(|n| (n, op.path.as_str())))
        .max_by_key(|(n, _)| *n)
        .map(|(_, template)| template)
}

/// The operation a request is.
pub fn operation<'a>(
    operations: &'a [Operation],
    method: &str,
    path: &str,
) -> Option<&'a Operation> {
    let template = template(operations, path)?;
    operations
        .iter()
        .find(|op| op.path == template && op.method == method)
}
