//! The OpenAPI document, generated from the contract's types and the routes' annotations:
//! `billing-server openapi` prints it, and `core/openapi.json` is that output (a test fails
//! when they differ).

use billing_core::contract::openapi::WireSchemas;
use billing_core::contract::{ErrorEnvelope, InvoiceSort, ItemSort, ItemView, SortDir};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{IntoParams, Modify, OpenApi, ToResponse, ToSchema};

use crate::routes;

/// What the routes do not say: the API's description, its security scheme, the tags'
/// order, and the refusals every operation shares.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "billing-portal API",
        version = "1.0.0",
        description = "The customer billing API. Money is `{ amount, currency }` with a decimal string; timestamps are ISO 8601 UTC; dates `YYYY-MM-DD`. Generated from the Rust types of `billing-core` and the routes of `billing-server` (`billing-server openapi`). Every answer that is not a success carries an `ErrorEnvelope`, as do the 405 (`MethodNotAllowed`) answers to a method a path does not take; the token is checked before anything else, so a caller without a valid one gets 401 whatever it sent."
    ),
    servers((url = "/")),
    security(("bearerAuth" = [])),
    tags(
        (name = "account"),
        (name = "invoices"),
        (name = "payment-methods"),
        (name = "payments"),
        (name = "billing-items")
    ),
    components(
        // The query parameters' enums: `routes!` collects the schemas of bodies only.
        schemas(ErrorEnvelope, InvoiceSort, ItemSort, ItemView, SortDir),
        responses(
            BadRequest,
            Unauthorized,
            Forbidden,
            NotFound,
            Conflict,
            UnprocessableEntity,
            TooManyRequests,
            Internal,
            MethodNotAllowed,
            PayloadTooLarge
        )
    ),
    modifiers(&BearerAuth)
)]
struct ApiDoc;

/// The token the host console gives the app, as `Authorization: Bearer <token>`.
struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let scheme = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .description(Some("The token the host console gives the app."))
            .build();
        openapi
            .components
            .get_or_insert_with(Default::default)
            .add_security_scheme("bearerAuth", SecurityScheme::Http(scheme));
    }
}

/// The document: the routes' operations and schemas, on the base above, with the schemas as
/// serde puts them on the wire.
pub fn document() -> utoipa::openapi::OpenApi {
    let (_, routes) = routes::api().split_for_parts();
    let mut openapi = ApiDoc::openapi().merge_from(routes);
    WireSchemas.modify(&mut openapi);
    openapi
}

/// The document as `billing-server openapi` prints it.
pub fn pretty() -> Result<String, String> {
    document().to_pretty_json().map_err(|e| e.to_string())
}

/// An invoice as a PDF document.
#[derive(ToSchema)]
#[schema(value_type = String, content_media_type = "application/pdf")]
pub struct Pdf(pub Vec<u8>);

/// Malformed request or query (`validation_failed`).
#[derive(ToResponse)]
pub struct BadRequest(pub ErrorEnvelope);

/// The session expired (`unauthorized`); the app tells the host.
#[derive(ToResponse)]
pub struct Unauthorized(pub ErrorEnvelope);

/// Only a billing administrator may do this (`forbidden`).
#[derive(ToResponse)]
pub struct Forbidden(pub ErrorEnvelope);

/// No such resource (`not_found`).
#[derive(ToResponse)]
pub struct NotFound(pub ErrorEnvelope);

/// The state forbids it (`conflict`, `last_payment_method`, `item_already_cancelled`).
#[derive(ToResponse)]
pub struct Conflict(pub ErrorEnvelope);

/// Refused (`validation_failed` with `fields`, `card_declined`, `card_expired`,
/// `amount_exceeds_balance`, `idempotency_mismatch`). A body that is not the schema's (a
/// property it lacks, an amount not matching `^-?[0-9]+(\.[0-9]+)?$`, a currency not
/// `^[A-Z]{3}$`) is `validation_failed` with the field's path and code: `not_a_number` or
/// `too_many_decimals` for an amount, `invalid` otherwise.
#[derive(ToResponse)]
pub struct UnprocessableEntity(pub ErrorEnvelope);

/// Slow down (`rate_limited`): more requests with this token than the server takes in the
/// time (the reference server's `--rate-limit`).
#[derive(ToResponse)]
#[response(headers(
    ("Retry-After" = u64, description = "The seconds to wait before asking again.")
))]
pub struct TooManyRequests(pub ErrorEnvelope);

/// Server failure (`internal`).
#[derive(ToResponse)]
pub struct Internal(pub ErrorEnvelope);

/// The path does not take this method (`method_not_allowed`); `Allow` lists the methods it
/// takes. Every path answers so to a method none of its operations lists.
#[derive(ToResponse)]
#[response(headers(
    ("Allow" = String, description = "The methods the path takes, e.g. `GET, POST`.")
))]
pub struct MethodNotAllowed(pub ErrorEnvelope);

/// The body is over 2 MiB (`validation_failed` with `fields.body` = `too_long`). Decided
/// after the token: without one the answer is 401.
#[derive(ToResponse)]
pub struct PayloadTooLarge(pub ErrorEnvelope);

/// The header of the two operations that create or move money. Documentation only:
/// `idempotency::run` reads the header itself, to answer a missing one in the envelope.
#[derive(IntoParams)]
#[into_params(parameter_in = Header)]
pub struct IdempotencyKeyHeader {
    /// Unique per intended operation; a retry reuses it. The same key with a different body is `idempotency_mismatch`. The first answer (a success or a refusal) is kept for 24 hours and given again to the same request; after that the key is forgotten and a request with it is new. A refusal changes nothing, so a corrected request may follow under a new key. A key closed by `resolve` (see the attempts operations) is refused with 409 `conflict`.
    #[param(rename = "Idempotency-Key", min_length = 1, max_length = 255)]
    #[allow(dead_code)]
    idempotency_key: String,
}
