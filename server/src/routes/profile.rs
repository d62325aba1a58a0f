//! The billing profile: whom invoices are made out to (billing address and tax ID) and the
//! billing contacts. Everyone reads it; an administrator changes it, by the rules of
//! `billing_core::profile`.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use billing_core::contract::{BillTo, BillingContact, BillingProfile, ContactDetails};
use billing_core::profile::{self, ProfileError};
use rusqlite::Connection;

use crate::guard::{Admin, Caller};
use crate::json::ApiJson;
use crate::openapi::{
    Conflict, Forbidden, Internal, NotFound, PayloadTooLarge, TooManyRequests, Unauthorized,
    UnprocessableEntity,
};
use crate::{db, ApiError, ApiResult, AppState};

impl From<ProfileError> for ApiError {
    fn from(error: ProfileError) -> ApiError {
        ApiError::from_answer(error.answer())
    }
}

/// Runs `change` on the stored profile and keeps the result, in one transaction.
async fn changed<T: Send + 'static>(
    app: &AppState,
    change: impl FnOnce(&mut BillingProfile) -> Result<T, ProfileError> + Send + 'static,
) -> ApiResult<T> {
    app.write(move |conn: &mut Connection| {
        let tx = conn.transaction()?;
        let mut stored = db::profile(&tx)?;
        let answer = change(&mut stored)?;
        db::put_profile(&tx, &stored)?;
        tx.commit()?;
        Ok(answer)
    })
    .await
}

#[utoipa::path(
    get,
    path = "/api/v1/billing-profile",
    operation_id = "getBillingProfile",
    summary = "Whom invoices are made out to, and the billing contacts",
    tag = "account",
    responses(
        (status = 200, description = "OK", body = BillingProfile),
        (status = 401, response = Unauthorized),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn get(State(app): State<AppState>, _: Caller) -> ApiResult<Json<BillingProfile>> {
    Ok(Json(app.read(db::profile).await?))
}

#[utoipa::path(
    put,
    path = "/api/v1/billing-profile/bill-to",
    operation_id = "updateBillTo",
    summary = "Change the billing address and tax ID",
    description = "For the invoices issued from now on: an issued invoice keeps the `bill_to` it was issued with. A `null` tax ID removes it.",
    tag = "account",
    request_body = BillTo,
    responses(
        (status = 200, description = "The profile as changed", body = BillingProfile),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 413, response = PayloadTooLarge),
        (status = 422, response = UnprocessableEntity),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn update_bill_to(
    State(app): State<AppState>,
    _: Admin,
    ApiJson(bill_to): ApiJson<BillTo>,
) -> ApiResult<Json<BillingProfile>> {
    let profile = changed(&app, move |profile| {
        profile::update_bill_to(profile, &bill_to)?;
        Ok(profile.clone())
    })
    .await?;
    Ok(Json(profile))
}

#[utoipa::path(
    post,
    path = "/api/v1/billing-profile/contacts",
    operation_id = "addBillingContact",
    summary = "Add a billing contact",
    tag = "account",
    request_body = ContactDetails,
    responses(
        (status = 201, description = "Added", body = BillingContact),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 413, response = PayloadTooLarge),
        (status = 422, response = UnprocessableEntity),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn add_contact(
    State(app): State<AppState>,
    _: Admin,
    ApiJson(details): ApiJson<ContactDetails>,
) -> ApiResult<(StatusCode, Json<BillingContact>)> {
    let contact = changed(&app, move |profile| profile::add_contact(profile, &details)).await?;
    Ok((StatusCode::CREATED, Json(contact)))
}

#[utoipa::path(
    put,
    path = "/api/v1/billing-profile/contacts/{id}",
    operation_id = "updateBillingContact",
    summary = "Change a billing contact's address or what it receives",
    description = "Refused with 409 `last_invoice_contact` if no contact would receive the invoices.",
    tag = "account",
    params(("id" = String, Path)),
    request_body = ContactDetails,
    responses(
        (status = 200, description = "Changed", body = BillingContact),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 413, response = PayloadTooLarge),
        (status = 422, response = UnprocessableEntity),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn update_contact(
    State(app): State<AppState>,
    _: Admin,
    Path(id): Path<String>,
    ApiJson(details): ApiJson<ContactDetails>,
) -> ApiResult<Json<BillingContact>> {
    let contact = changed(&app, move |profile| {
        profile::update_contact(profile, &id, &details)
    })
    .await?;
    Ok(Json(contact))
}

#[utoipa::path(
    delete,
    path = "/api/v1/billing-profile/contacts/{id}",
    operation_id = "removeBillingContact",
    summary = "Remove a billing contact",
    description = "Refused with 409 `last_invoice_contact` for the last contact receiving the invoices.",
    tag = "account",
    params(("id" = String, Path)),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn remove_contact(
    State(app): State<AppState>,
    _: Admin,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    changed(&app, move |profile| profile::remove_contact(profile, &id)).await?;
    Ok(StatusCode::NO_CONTENT)
}
