//! `GET /api/v1/invoices/{id}/pdf` and `GET /api/v1/payments/{id}/pdf`: the invoice and a
//! succeeded payment's receipt as PDFs in the customer's language, their numbers and dates as
//! that language writes them, set in Noto Sans CJK, embedded and subsetted by krilla, so that
//! names and addresses in Korean or Chinese print as themselves.
//!
//! The language is `?lang=`, else the first language of `Accept-Language` the portal speaks,
//! else English; an unknown tag falls through as the portal's own choice does
//! (`billing_core::lang`).

mod fonts;
mod invoice;
mod layout;
mod parts;
mod receipt;
mod typeset;
mod words;

use std::sync::Arc;

use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use billing_core::contract::{ErrorCode, PaymentStatus};
use billing_core::lang::{negotiate, Lang, LangSources};

use self::fonts::{Collection, FontFiles};
pub use self::fonts::{Fonts, DEBIAN_FONT_DIR};
use self::layout::Faces;
use self::typeset::Face;
pub use self::words::Bundles;
use crate::guard::Caller;
use crate::openapi::{Conflict, Internal, NotFound, Pdf, TooManyRequests, Unauthorized};
use crate::routes::query_pairs;
use crate::{db, ApiError, ApiResult, AppState};

/// What documents are made with: every language's messages, and the fonts once read.
pub struct Kit {
    pub bundles: Bundles,
    pub fonts: Fonts,
}

#[utoipa::path(
    get,
    path = "/api/v1/invoices/{id}/pdf",
    operation_id = "getInvoicePdf",
    summary = "The invoice as a PDF",
    description = "A4, in the language `lang` names, else the first of `Accept-Language` that the portal speaks, else English: its labels, numbers and dates as that language writes them. Tagged PDF/UA-1, with its fonts embedded.",
    tag = "invoices",
    params(
        ("id" = String, Path),
        ("lang" = Option<String>, Query, description = "A BCP 47 tag, e.g. `ko` or `fr-CA`; an unknown one falls through to `Accept-Language`."),
        ("Accept-Language" = Option<String>, Header, nullable = false, description = "Used when `lang` names no language the portal speaks."),
    ),
    responses(
        (status = 200, description = "The PDF; `Content-Language` says its language", content_type = "application/pdf", body = inline(Pdf)),
        (status = 401, response = Unauthorized),
        (status = 404, response = NotFound),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn download(
    State(app): State<AppState>,
    _: Caller,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let lang = language(query, &headers);
    let detail = app
        .read(move |conn| db::invoice(conn, &id))
        .await?
        .ok_or_else(|| ApiError::not_found("invoice"))?;
    let name = format!("invoice-{}.pdf", file_name_safe(&detail.invoice.number));
    let pdf = make(&app.documents, lang, move |words, faces| {
        invoice::render(&detail, words, faces)
    })
    .await?;
    answer(pdf, &name, lang)
}

#[utoipa::path(
    get,
    path = "/api/v1/payments/{id}/pdf",
    operation_id = "getReceiptPdf",
    summary = "A succeeded payment's receipt as a PDF",
    description = "What was paid, when, how and under which reference, the invoices it settled and whom it is made out to; in the language chosen as for the invoice's PDF. A payment that has not succeeded has no receipt: 409 `conflict`.",
    tag = "payments",
    params(
        ("id" = String, Path),
        ("lang" = Option<String>, Query, description = "A BCP 47 tag, e.g. `ko` or `fr-CA`; an unknown one falls through to `Accept-Language`."),
        ("Accept-Language" = Option<String>, Header, nullable = false, description = "Used when `lang` names no language the portal speaks."),
    ),
    responses(
        (status = 200, description = "The PDF; `Content-Language` says its language", content_type = "application/pdf", body = inline(Pdf)),
        (status = 401, response = Unauthorized),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn receipt(
    State(app): State<AppState>,
    _: Caller,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let lang = language(query, &headers);
    let payment = app
        .read(move |conn| db::payment(conn, &id))
        .await?
        .ok_or_else(|| ApiError::not_found("payment"))?;
    if payment.status != PaymentStatus::Succeeded {
        return Err(ApiError::conflict(
            ErrorCode::Conflict,
            "only a succeeded payment has a receipt",
        ));
    }
    let name = format!("receipt-{}.pdf", file_name_safe(&payment.reference));
    let pdf = make(&app.documents, lang, move |words, faces| {
        receipt::render(&payment, words, faces)
    })
    .await?;
    answer(pdf, &name, lang)
}

/// The document `render` makes in `lang`, off the async threads: subsetting the fonts takes
/// a while.
async fn make(
    kit: &Arc<Kit>,
    lang: Lang,
    render: impl FnOnce(&words::Words, &Faces) -> Result<Vec<u8>, String> + Send + 'static,
) -> ApiResult<Vec<u8>> {
    let files = kit.fonts.files().await?;
    let kit = Arc::clone(kit);
    let made = tokio::task::spawn_blocking(move || {
        let words = words::Words::new(&kit.bundles, lang)?;
        let faces = faces(&files, lang).map_err(|e| e.body.message)?;
        render(&words, &faces)
    })
    .await
    .map_err(|e| e.to_string())
    .and_then(|made| made);
    made.map_err(|why| {
        tracing::error!("the document could not be made: {why}");
        ApiError::internal("the document could not be made")
    })
}

/// The regular and bold faces for `lang`.
fn faces(files: &FontFiles, lang: Lang) -> ApiResult<Faces<'_>> {
    let family = fonts::family_for(lang);
    Ok(Faces {
        regular: face(&files.regular, &family)?,
        bold: face(&files.bold, &family)?,
    })
}

fn face<'a>(collection: &'a Collection, family: &str) -> ApiResult<Face<'a>> {
    let index = collection.face(family)?;
    Face::new(&collection.data, index)
        .ok_or_else(|| fonts::unusable(&collection.path, &format!("{family} unreadable")))
}

/// The PDF, saved under `name`, in `lang`.
fn answer(pdf: Vec<u8>, name: &str, lang: Lang) -> ApiResult<Response> {
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{name}\""))
        .map_err(|_| ApiError::internal("a document name unfit for a header"))?;
    let language = HeaderValue::from_str(lang.tag())
        .map_err(|_| ApiError::internal("a language tag unfit for a header"))?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/pdf"),
            ),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CONTENT_LANGUAGE, language),
            (header::VARY, HeaderValue::from_static("Accept-Language")),
        ],
        pdf,
    )
        .into_response())
}

/// A number or reference as it may appear in a quoted header parameter and a file name.
fn file_name_safe(number: &str) -> String {
    number
        .chars()
        .map(|c| match c.is_ascii_alphanumeric() || "-_.".contains(c) {
            true => c,
            false => '_',
        })
        .collect()
}

/// The document's language: `?lang=`, else `Accept-Language`'s, else English. A query that
/// cannot be read asks for no language rather than failing the download.
fn language(query: Option<String>, headers: &HeaderMap) -> Lang {
    let asked = query_pairs(query).and_then(|pairs| {
        pairs
            .into_iter()
            .rev()
            .find(|(name, _)| name == "lang")
            .map(|(_, value)| value)
    });
    let accepted = accepted_languages(headers);
    negotiate(&LangSources {
        query: asked.as_deref(),
        navigator: &accepted,
        ..LangSources::default()
    })
}

/// `Accept-Language`'s tags, most wanted first (`fr-CA,fr;q=0.9,en;q=0.8`), without those it
/// refuses (`q=0`) and the wildcard.
fn accepted_languages(headers: &HeaderMap) -> Vec<String> {
    let mut weighted: Vec<(f32, String)> = headers
        .get_all(header::ACCEPT_LANGUAGE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let weight = match parts.find_map(|p| p.trim().strip_prefix("q=")) {
                Some(q) => q.trim().parse::<f32>().ok()?,
                None => 1.0,
            };
            (weight > 0.0 && !tag.is_empty() && tag != "*").then(|| (weight, tag.to_string()))
        })
        .collect();
    // Stable: equal weights keep the header's order.
    weighted.sort_by(|a, b| b.0.total_cmp(&a.0));
    weighted.into_iter().map(|(_, tag)| tag).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(accept: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_str(accept).unwrap(),
        );
        headers
    }

    #[test]
    fn the_query_then_accept_language_then_english() {
        let query = |q: &str| Some(q.to_string());
        let none = HeaderMap::new();
        assert_eq!(language(query("lang=ko"), &none), Lang::Ko);
        assert_eq!(language(query("lang=zh-Hant-TW"), &none), Lang::ZhTw);
        assert_eq!(language(query("lang=fr-CA"), &headers("ko")), Lang::Fr);
        assert_eq!(language(query("lang=de-AT"), &headers("ko")), Lang::De);
        assert_eq!(language(query("lang=sv"), &headers("ko")), Lang::Ko);
        assert_eq!(language(query("lang=%zz"), &headers("fr")), Lang::Fr);
        assert_eq!(
            language(None, &headers("sv-SE, zh-TW;q=0.8, fr;q=0.9")),
            Lang::Fr
        );
        assert_eq!(language(None, &headers("fr;q=0, ko;q=0.1")), Lang::Ko);
        assert_eq!(language(None, &headers("*, nl")), Lang::En);
        assert_eq!(language(None, &none), Lang::En);
    }
}
