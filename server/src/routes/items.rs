//! Billing item actions: associate with a device, dissociate, cancel, and one action on a
//! selection. Administrators only. Each action checks everything before it writes, so a
//! refusal leaves the item as it was.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use billing_core::contract::{
    AssociateItem, BillingItem, BulkAction, BulkItemResult, BulkRequest, BulkResult, CancelItem,
};
use billing_core::items::{self, ItemError};
use chrono::{NaiveDate, Utc};
use rusqlite::Connection;

use crate::guard::Admin;
use crate::json::ApiJson;
use crate::openapi::{
    BadRequest, Conflict, Forbidden, Internal, NotFound, PayloadTooLarge, TooManyRequests,
    Unauthorized, UnprocessableEntity,
};
use crate::{db, ApiError, ApiResult, AppState};

#[utoipa::path(
    post,
    path = "/api/v1/billing-items/{id}/associate",
    operation_id = "associateBillingItem",
    summary = "Associate an item with a device",
    tag = "billing-items",
    params(("id" = String, Path)),
    request_body = AssociateItem,
    responses(
        (status = 200, description = "OK", body = BillingItem),
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
pub async fn associate(
    State(app): State<AppState>,
    _: Admin,
    Path(id): Path<String>,
    ApiJson(AssociateItem { device_id }): ApiJson<AssociateItem>,
) -> ApiResult<Json<BillingItem>> {
    act_on_one(&app, id, BulkAction::Associate { device_id }).await
}

/// Takes no body: there is nothing to say beyond the item.
#[utoipa::path(
    post,
    path = "/api/v1/billing-items/{id}/dissociate",
    operation_id = "dissociateBillingItem",
    summary = "Dissociate an item from its device",
    tag = "billing-items",
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "OK", body = BillingItem),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn dissociate(
    State(app): State<AppState>,
    _: Admin,
    Path(id): Path<String>,
) -> ApiResult<Json<BillingItem>> {
    act_on_one(&app, id, BulkAction::Dissociate).await
}

#[utoipa::path(
    post,
    path = "/api/v1/billing-items/{id}/cancel",
    operation_id = "cancelBillingItem",
    summary = "Cancel an item",
    tag = "billing-items",
    params(("id" = String, Path)),
    request_body = CancelItem,
    responses(
        (status = 200, description = "OK", body = BillingItem),
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
pub async fn cancel(
    State(app): State<AppState>,
    _: Admin,
    Path(id): Path<String>,
    ApiJson(CancelItem { when }): ApiJson<CancelItem>,
) -> ApiResult<Json<BillingItem>> {
    act_on_one(&app, id, BulkAction::Cancel { when }).await
}

/// One action on each selected item. Each item succeeds or fails on its own, and the
/// answer says which, so a retry can send only the failures; the request as a whole is
/// refused only when it cannot be read.
#[utoipa::path(
    post,
    path = "/api/v1/billing-items/bulk",
    operation_id = "bulkBillingItems",
    summary = "One action on a selection of items",
    tag = "billing-items",
    request_body = BulkRequest,
    responses(
        (status = 200, description = "OK", body = BulkResult),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 413, response = PayloadTooLarge),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn bulk(
    State(app): State<AppState>,
    _: Admin,
    request: Result<ApiJson<BulkRequest>, ApiError>,
) -> ApiResult<Json<BulkResult>> {
    let ApiJson(BulkRequest { action, item_ids }) = request.map_err(bad_request)?;
    let item_ids = items::selection(item_ids)?;
    let today = Utc::now().date_naive();
    let faults = app.clone();
    app.write(move |conn| {
        let tx = conn.transaction()?;
        let mut results = Vec::with_capacity(item_ids.len());
        for item_id in item_ids {
            results.push(match faults.item_fails(&item_id) {
                true => BulkItemResult {
                    item_id,
                    item: None,
                    error: Some(ApiError::internal("injected fault").body),
                },
                false => bulk_result(&tx, item_id, &action, today)?,
            });
        }
        tx.commit()?;
        Ok(Json(BulkResult { results }))
    })
    .await
}

/// The document answers an unreadable bulk request with 400, where single actions use 422;
/// a body over the limit stays 413.
fn bad_request(mut error: ApiError) -> ApiError {
    if error.status == StatusCode::UNPROCESSABLE_ENTITY {
        error.status = StatusCode::BAD_REQUEST;
    }
    error
}

/// The item's refusal becomes its result; only a failure of ours fails the request.
fn bulk_result(
    conn: &Connection,
    item_id: String,
    action: &BulkAction,
    today: NaiveDate,
) -> ApiResult<BulkItemResult> {
    let (item, error) = match apply(conn, &item_id, action, today) {
        Ok(item) => (Some(item), None),
        Err(error) if error.status.is_client_error() => (None, Some(error.body)),
        Err(error) => return Err(error),
    };
    Ok(BulkItemResult {
        item_id,
        item,
        error,
    })
}

async fn act_on_one(
    app: &AppState,
    id: String,
    action: BulkAction,
) -> ApiResult<Json<BillingItem>> {
    let today = Utc::now().date_naive();
    app.write(move |conn| {
        let tx = conn.transaction()?;
        let item = apply(&tx, &id, &action, today)?;
        tx.commit()?;
        Ok(Json(item))
    })
    .await
}

impl From<ItemError> for ApiError {
    fn from(error: ItemError) -> ApiError {
        ApiError::from_answer(error.answer())
    }
}

/// Checks, then writes the item as the action leaves it.
fn apply(
    conn: &Connection,
    id: &str,
    action: &BulkAction,
    today: NaiveDate,
) -> ApiResult<BillingItem> {
    let mut item = db::billing_item(conn, id)?.ok_or(ItemError::NotFound)?;
    items::act(&mut item, action, &db::devices(conn)?, today)?;
    db::put_item(conn, &item)?;
    Ok(item)
}
