//! Static files of the app itself (translations), fetched relative to the document's base
//! URL so that the same build works at `/` and under a sub-path.

use gloo_net::http::Request;

use super::{ApiError, ApiResult};

pub async fn fetch_text(relative_path: &str) -> ApiResult<String> {
    let response = Request::get(relative_path)
        .send()
        .await
        .map_err(|_| ApiError::Offline)?;
    match response.status() {
        200..=299 => response.text().await.map_err(|_| ApiError::Malformed),
        404 => Err(ApiError::NotFound),
        status => Err(ApiError::Server { status }),
    }
}
