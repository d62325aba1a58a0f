//! What every signed-in user, viewer or administrator, may read.

use axum::extract::{Path, RawQuery, State};
use axum::Json;
use billing_core::contract::openapi::{BillingItemPage, InvoicePage, PaymentPage};
use billing_core::contract::{
    Account, BadParam, BillingItem, BillingItemQuery, BillingSummary, Device, Invoice,
    InvoiceDetail, InvoiceQuery, Page, Payment, PaymentMethod, PaymentQuery,
};
use billing_core::listing::{InvalidCursor, Window};
use billing_core::seed;
use billing_core::summary;

use super::query_pairs;
use crate::db::{self, lists};
use crate::guard::Caller;
use crate::openapi::{BadRequest, Internal, NotFound, TooManyRequests, Unauthorized};
use crate::{ApiError, ApiResult, AppState};

/// 400: the query, not the data, is wrong.
fn bad_query(name: &str) -> ApiError {
    let mut error = ApiError::validation([(name, "invalid")]);
    error.status = axum::http::StatusCode::BAD_REQUEST;
    error
}

fn bad_param(BadParam(name): BadParam) -> ApiError {
    bad_query(name)
}

fn bad_cursor(_: InvalidCursor) -> ApiError {
    bad_query("cursor")
}

#[utoipa::path(
    get,
    path = "/api/v1/account",
    operation_id = "getAccount",
    summary = "Who is looking and what they may do",
    tag = "account",
    responses(
        (status = 200, description = "OK", body = Account),
        (status = 401, response = Unauthorized),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn account(
    State(app): State<AppState>,
    Caller(role): Caller,
) -> ApiResult<Json<Account>> {
    let mut account = app.read(db::account).await?;
    // The account as this caller sees it: their own role.
    account.role = role;
    Ok(Json(account))
}

#[utoipa::path(
    get,
    path = "/api/v1/billing-summary",
    operation_id = "getBillingSummary",
    summary = "Balances per currency, method on file, invoice dates",
    tag = "account",
    responses(
        (status = 200, description = "OK", body = BillingSummary),
        (status = 401, response = Unauthorized),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn billing_summary(
    State(app): State<AppState>,
    _: Caller,
) -> ApiResult<Json<BillingSummary>> {
    let (invoices, methods, items) = app
        .read(|conn| {
            // One snapshot for the three reads.
            let tx = conn.unchecked_transaction()?;
            Ok((
                db::invoice_rows(&tx)?,
                db::payment_methods(&tx)?,
                db::billing_items(&tx)?,
            ))
        })
        .await?;
    // The seeded account lives at the demo's date, so its "last 12 months" are the demo's.
    let summary = summary::billing_summary(invoices.iter(), &methods, &items, seed::ANCHOR)
        .map_err(|_| ApiError::internal("stored amounts of one currency do not add up"))?;
    Ok(Json(summary))
}

#[utoipa::path(
    get,
    path = "/api/v1/invoices",
    operation_id = "listInvoices",
    summary = "Invoices, filtered, sorted and paged",
    tag = "invoices",
    params(InvoiceQuery),
    responses(
        (status = 200, description = "OK", body = InvoicePage),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn invoices(
    State(app): State<AppState>,
    _: Caller,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<Page<Invoice>>> {
    let query = InvoiceQuery::from_params(&query_pairs(raw).ok_or_else(|| bad_query("query"))?)
        .map_err(bad_param)?;
    let window = Window::of(query.cursor.as_deref(), query.limit).map_err(bad_cursor)?;
    Ok(Json(
        app.read(move |conn| lists::invoices(conn, &query, window))
            .await?,
    ))
}

#[utoipa::path(
    get,
    path = "/api/v1/invoices/{id}",
    operation_id = "getInvoice",
    summary = "An invoice with its lines",
    tag = "invoices",
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "OK", body = InvoiceDetail),
        (status = 401, response = Unauthorized),
        (status = 404, response = NotFound),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn invoice(
    State(app): State<AppState>,
    _: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<InvoiceDetail>> {
    let detail = app.read(move |conn| db::invoice(conn, &id)).await?;
    detail
        .map(Json)
        .ok_or_else(|| ApiError::not_found("invoice"))
}

#[utoipa::path(
    get,
    path = "/api/v1/payment-methods",
    operation_id = "listPaymentMethods",
    summary = "Cards and PayPal on file",
    tag = "payment-methods",
    responses(
        (status = 200, description = "OK", body = Vec<PaymentMethod>),
        (status = 401, response = Unauthorized),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn payment_methods(
    State(app): State<AppState>,
    _: Caller,
) -> ApiResult<Json<Vec<PaymentMethod>>> {
    Ok(Json(app.read(db::payment_methods).await?))
}

#[utoipa::path(
    get,
    path = "/api/v1/payments",
    operation_id = "listPayments",
    summary = "Payment history",
    tag = "payments",
    params(PaymentQuery),
    responses(
        (status = 200, description = "OK", body = PaymentPage),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn payments(
    State(app): State<AppState>,
    _: Caller,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<Page<Payment>>> {
    let query = PaymentQuery::from_params(&query_pairs(raw).ok_or_else(|| bad_query("query"))?)
        .map_err(bad_param)?;
    let window = Window::of(query.cursor.as_deref(), query.limit).map_err(bad_cursor)?;
    Ok(Json(
        app.read(move |conn| lists::payments(conn, &query, window))
            .await?,
    ))
}

#[utoipa::path(
    get,
    path = "/api/v1/billing-items",
    operation_id = "listBillingItems",
    summary = "Billing items, filtered, sorted and paged",
    tag = "billing-items",
    params(BillingItemQuery),
    responses(
        (status = 200, description = "OK", body = BillingItemPage),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn billing_items(
    State(app): State<AppState>,
    _: Caller,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<Page<BillingItem>>> {
    let query = BillingItemQuery::from_params(&query_pairs(raw).ok_or_else(|| bad_query("query"))?)
        .map_err(bad_param)?;
    let window = Window::of(query.cursor.as_deref(), query.limit).map_err(bad_cursor)?;
    Ok(Json(
        app.read(move |conn| lists::billing_items(conn, &query, window))
            .await?,
    ))
}

#[utoipa::path(
    get,
    path = "/api/v1/devices",
    operation_id = "listDevices",
    summary = "Devices items can be associated with",
    tag = "billing-items",
    responses(
        (status = 200, description = "OK", body = Vec<Device>),
        (status = 401, response = Unauthorized),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn devices(State(app): State<AppState>, _: Caller) -> ApiResult<Json<Vec<Device>>> {
    Ok(Json(app.read(db::devices).await?))
}
