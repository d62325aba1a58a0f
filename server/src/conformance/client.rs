//! The kit's HTTP client. Every answer is kept whole (status, the headers the contract
//! speaks of, the bytes), read into contract types only by the check that wants them, and
//! noted for the closing checks over everything seen (documented statuses, the envelope,
//! `nosniff`). A transport failure or a malformed answer is an `Err` with a detail, never a
//! panic.

use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use billing_core::contract::{ErrorBody, ErrorEnvelope};
use futures_util::StreamExt;
use reqwest::header::{
    HeaderMap, ALLOW, AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, X_CONTENT_TYPE_OPTIONS,
};
use reqwest::{Body, Method};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// The header that makes a POST safe to retry.
pub const IDEMPOTENCY_KEY: &str = "Idempotency-Key";

/// Who sends a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Caller {
    Admin,
    Viewer,
    /// No `Authorization` header.
    Anonymous,
    /// A bearer token no backend issued.
    Stranger,
}

/// What the closing checks need to know of one answer.
#[derive(Clone, Debug)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub status: u16,
    pub nosniff: bool,
    /// For an error status: whether the answer was an `ErrorEnvelope` in JSON.
    pub envelope: Option<Result<(), String>>,
}

pub struct Client {
    http: reqwest::Client,
    base: String,
    admin: String,
    viewer: String,
    seen: Mutex<Vec<Seen>>,
}

#[derive(Clone, Debug)]
pub struct Answer {
    /// `METHOD path`, for details.
    pub request: String,
    pub status: u16,
    pub content_type: Option<String>,
    pub allow: Option<String>,
    pub body: Vec<u8>,
}

impl Client {
    pub fn new(base: &str, admin: &str, viewer: &str) -> Result<Client, String> {
        let http = reqwest::Client::builder()
            // The app's own limit for a whole answer.
            .timeout(Duration::from_secs(15))
            .connect_timeout(Duration::from_secs(5))
            .build()
            .map_err(|e| format!("no HTTP client: {e}"))?;
        Ok(Client {
            http,
            base: base.trim_end_matches('/').to_string(),
            admin: admin.to_string(),
            viewer: viewer.to_string(),
            seen: Mutex::new(Vec::new()),
        })
    }

    pub async fn get(&self, path: &str, caller: Caller) -> Result<Answer, String> {
        self.send(Method::GET, path, caller, None, None).await
    }

    /// A POST with a JSON body (when given) and an `Idempotency-Key` (when given).
    pub async fn post(
        &self,
        path: &str,
        caller: Caller,
        key: Option<&str>,
        body: Option<&Value>,
    ) -> Result<Answer, String> {
        self.json(Method::POST, path, caller, key, body).await
    }

    /// A request with a JSON body, when given.
    pub async fn json(
        &self,
        method: Method,
        path: &str,
        caller: Caller,
        key: Option<&str>,
        body: Option<&Value>,
    ) -> Result<Answer, String> {
        let bytes = body.map(|b| b.to_string().into_bytes());
        self.send(method, path, caller, key, bytes).await
    }

    pub async fn delete(&self, path: &str, caller: Caller) -> Result<Answer, String> {
        self.send(Method::DELETE, path, caller, None, None).await
    }

    pub async fn send(
        &self,
        method: Method,
        path: &str,
        caller: Caller,
        key: Option<&str>,
        body: Option<Vec<u8>>,
    ) -> Result<Answer, String> {
        self.send_body(method, path, caller, key, body.map(Body::from), None)
            .await
    }

    /// A body of `size` bytes that keeps the connection waiting after its first part: a
    /// backend may refuse it from its `Content-Length` and close the connection, and the
    /// answer is read while the rest is held back (written at once, the rest would meet a
    /// closed connection before the answer is read).
    pub async fn send_oversized(
        &self,
        path: &str,
        caller: Caller,
        key: &str,
        size: usize,
    ) -> Result<Answer, String> {
        const FIRST: usize = 64 * 1024;
        let parts = [FIRST.min(size), size.saturating_sub(FIRST)];
        let stream = futures_util::stream::iter(parts.into_iter().enumerate()).then(
            |(index, len)| async move {
                if index > 0 {
                    tokio::time::sleep(Duration::from_secs(2)).await;
                }
                Ok::<_, std::io::Error>(vec![b' '; len])
            },
        );
        self.send_body(
            Method::POST,
            path,
            caller,
            Some(key),
            Some(Body::wrap_stream(stream)),
            Some(size),
        )
        .await
    }

    async fn send_body(
        &self,
        method: Method,
        path: &str,
        caller: Caller,
        key: Option<&str>,
        body: Option<Body>,
        // Announced for a streamed body, which would otherwise be sent in chunks.
        length: Option<usize>,
    ) -> Result<Answer, String> {
        let request = format!("{method} {path}");
        let mut builder = self
            .http
            .request(method.clone(), format!("{}{path}", self.base));
        let token = match caller {
            Caller::Admin => Some(self.admin.as_str()),
            Caller::Viewer => Some(self.viewer.as_str()),
            Caller::Anonymous => None,
            Caller::Stranger => Some("conformance-kit-no-such-token"),
        };
        if let Some(token) = token {
            builder = builder.header(AUTHORIZATION, format!("Bearer {token}"));
        }
        if let Some(key) = key {
            builder = builder.header(IDEMPOTENCY_KEY, key);
        }
        if let Some(body) = body {
            builder = builder.header(CONTENT_TYPE, "application/json").body(body);
        }
        if let Some(length) = length {
            builder = builder.header(CONTENT_LENGTH, length);
        }
        let response = builder
            .send()
            .await
            .map_err(|e| format!("{request}: no answer ({})", error_chain(&e)))?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response
            .bytes()
            .await
            .map_err(|e| format!("{request}: the answer broke off ({})", error_chain(&e)))?
            .to_vec();
        let answer = Answer {
            request,
            status,
            content_type: header(&headers, CONTENT_TYPE.as_str()),
            allow: header(&headers, ALLOW.as_str()),
            body,
        };
        let seen = Seen {
            method: method.as_str().to_string(),
            path: path.split('?').next().unwrap_or_default().to_string(),
            status,
            nosniff: header(&headers, X_CONTENT_TYPE_OPTIONS.as_str())
                .is_some_and(|v| v.eq_ignore_ascii_case("nosniff")),
            envelope: (status >= 400).then(|| answer.envelope().map(|_| ())),
        };
        self.seen
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(seen);
        Ok(answer)
    }

    /// Every answer so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

fn header(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// A transport error with its causes: reqwest's own message alone rarely says why.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

impl Answer {
    /// The start of the body, for a detail.
    pub fn excerpt(&self) -> String {
        let text = String::from_utf8_lossy(&self.body);
        let mut excerpt: String = text.chars().take(160).collect();
        if excerpt.len() < text.len() {
            excerpt.push('…');
        }
        excerpt
    }

    /// `Ok` if the status is `expected`.
    pub fn status(&self, expected: u16) -> Result<&Answer, String> {
        match self.status == expected {
            true => Ok(self),
            false => Err(format!(
                "{}: expected {expected}, got {} {}",
                self.request,
                self.status,
                self.excerpt()
            )),
        }
    }

    /// The body as `T`, whatever the status.
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, String> {
        serde_json::from_slice(&self.body).map_err(|e| {
            format!(
                "{}: the body is not a {} ({e}): {}",
                self.request,
                short_type::<T>(),
                self.excerpt()
            )
        })
    }

    /// The body as `T`, which must come with status `expected`.
    pub fn read<T: DeserializeOwned>(&self, expected: u16) -> Result<T, String> {
        self.status(expected)?.parse()
    }

    /// The error envelope, which must be JSON (`application/json`) of the contract's shape.
    pub fn envelope(&self) -> Result<ErrorBody, String> {
        let json = self
            .content_type
            .as_deref()
            .is_some_and(|t| t.starts_with("application/json"));
        if !json {
            return Err(format!(
                "{}: {} answered as {:?}, not application/json: {}",
                self.request,
                self.status,
                self.content_type.as_deref().unwrap_or("no content type"),
                self.excerpt()
            ));
        }
        Ok(self.parse::<ErrorEnvelope>()?.error)
    }

    /// A refusal: status `expected`, in the envelope, with `code` (as the wire spells it).
    pub fn refused(&self, expected: u16, code: &str) -> Result<ErrorBody, String> {
        let body = self.status(expected)?.envelope()?;
        let got = wire_name(&body.code);
        match got == code {
            true => Ok(body),
            false => Err(format!(
                "{}: expected code {code}, got {got}: {}",
                self.request,
                self.excerpt()
            )),
        }
    }

    /// A `validation_failed` refusal naming `field` with `code`.
    pub fn field(&self, expected: u16, field: &str, code: &str) -> Result<(), String> {
        let body = self.refused(expected, "validation_failed")?;
        match body.fields.get(field).map(String::as_str) {
            Some(got) if got == code => Ok(()),
            got => Err(format!(
                "{}: expected fields.{field} = {code}, got {}: {}",
                self.request,
                got.unwrap_or("nothing"),
                self.excerpt()
            )),
        }
    }
}

/// How serde writes a contract enum's value (`idempotency_mismatch`).
pub fn wire_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(name)) => name,
        other => format!("{other:?}"),
    }
}

/// A type's name without its module paths (`Page<Invoice>`), for details.
fn short_type<T>() -> String {
    let mut short = String::new();
    let mut word = String::new();
    for c in std::any::type_name::<T>().chars() {
        match c {
            c if c.is_alphanumeric() || c == '_' => word.push(c),
            // A path separator: what came before it was a module.
            ':' => word.clear(),
            c => {
                short.push_str(&word);
                word.clear();
                short.push(c);
            }
        }
    }
    short + &word
}
