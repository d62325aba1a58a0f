//! The built app, served as a host console would serve it: under its base path, with the
//! page's `<base href>` set to it, the portal's configuration in its `<billing-portal>`
//! element's attributes, and a strict Content-Security-Policy: no inline script at all.
//! The build's files are tower-http's `ServeDir`'s, sent from the `.br` or `.gz` beside them
//! (written by scripts/write-manifest.mjs) when the browser accepts one; every other path
//! of the app is the page, written here once and gzipped when the browser accepts it.

use std::path::Path;

use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::Router;
use serde::Deserialize;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

/// What the served page tells the portal (see the README's embedding table).
pub struct PageConfig<'a> {
    pub base_path: &'a str,
    pub token: &'a str,
    pub frame_ancestors: &'a str,
}

/// The origins among CSP `frame-ancestors` sources (`'self'` and schemes are not origins).
fn parent_origins(frame_ancestors: &str) -> Vec<&str> {
    frame_ancestors
        .split_whitespace()
        .filter(|source| source.starts_with("https://") || source.starts_with("http://"))
        .collect()
}

/// The app, for the paths under its base path with the base path taken off: a file of the
/// build, or the page for any route of the app. Only read: any other method is 405.
pub fn service(dist: &Path, config: &PageConfig<'_>) -> Result<Router, String> {
    let (html, csp) = page(dist, config)?;
    let csp = HeaderValue::from_str(&csp).map_err(|_| format!("not a header value: {csp}"))?;
    let page = Router::new()
        .fallback(serve_page)
        .with_state(Bytes::from(html))
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            csp,
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        // It holds the bearer token: kept by no cache.
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(CompressionLayer::new());
    let files = ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        // A directory is a route of the app: the page, never the build's unconfigured page.
        .append_index_html_on_directories(false)
        // Any other method than a read goes to the page, which answers 405.
        .call_fallback_on_method_not_allowed(true)
        .fallback(page);
    Ok(Router::new()
        .fallback_service(files)
        .layer(middleware::from_fn(file_headers)))
}

/// The build's index.html with this server's base path and configuration written in, and
/// the CSP it is served under.
fn page(dist: &Path, page: &PageConfig<'_>) -> Result<(String, String), String> {
    let index = std::fs::read_to_string(dist.join("index.html"))
        .map_err(|e| format!("{}: {e}", dist.join("index.html").display()))?;
    let mut attributes = vec![
        ("base-path", page.base_path.to_string()),
        ("api-base", "/api/v1".to_string()),
        ("token", page.token.to_string()),
    ];
    // Framed by a console on another origin, the portal talks by postMessage to the
    // origins that may frame it, and to no other.
    let parents = parent_origins(page.frame_ancestors);
    if !parents.is_empty() {
        attributes.push(("parent-origins", parents.join(" ")));
    }
    let attributes: String = attributes
        .iter()
        .map(|(name, value)| format!(r#" {name}="{}""#, html_attribute(value)))
        .collect();
    const ELEMENT: &str = "<billing-portal offline></billing-portal>";
    if !index.contains(ELEMENT) {
        return Err(format!(
            "{}: no {ELEMENT} to configure",
            dist.join("index.html").display()
        ));
    }
    let index = api_build_preloaded(dist, index)?
        .replace(
            r#"<base href="/" />"#,
            &format!(r#"<base href="{}" />"#, html_attribute(page.base_path)),
        )
        // On an API the demo's offline worker has no place.
        .replace(
            ELEMENT,
            &format!("<billing-portal{attributes}></billing-portal>"),
        );
    let csp = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
             img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; \
             base-uri 'self'; form-action 'self'; frame-ancestors {}",
        page.frame_ancestors
    );
    Ok((index, csp))
}

/// A build's files, as `billing-portal.manifest.json` lists them for each backend.
#[derive(Deserialize)]
struct Manifest {
    demo: Build,
    api: Build,
}

#[derive(Deserialize)]
struct Build {
    js: File,
    wasm: File,
    link: File,
}

#[derive(Deserialize)]
struct File {
    path: String,
    integrity: String,
}

/// The build's page preloads the demo's build (scripts/write-manifest.mjs); this page, on the
/// API, preloads the API's in its place.
fn api_build_preloaded(dist: &Path, index: String) -> Result<String, String> {
    let path = dist.join("billing-portal.manifest.json");
    let manifest: Manifest = std::fs::read(&path)
        .map_err(|e| e.to_string())
        .and_then(|bytes| serde_json::from_slice(&bytes).map_err(|e| e.to_string()))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let Manifest { demo, api } = &manifest;
    let mut index = index;
    for (demo, api) in [
        (&demo.js, &api.js),
        (&demo.link, &api.link),
        (&demo.wasm, &api.wasm),
    ] {
        if !index.contains(&format!(r#"href="{}""#, demo.path)) {
            return Err(format!(
                "{}: no preload of {}",
                dist.join("index.html").display(),
                demo.path
            ));
        }
        index = index
            .replace(&demo.path, &api.path)
            .replace(&demo.integrity, &api.integrity);
    }
    Ok(index)
}

/// The page for a route of the app; 404 for a path with an extension (a missing asset must
/// fail loudly, not come back as the page), 405 for anything but a read.
async fn serve_page(State(html): State<Bytes>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
        )
            .into_response();
    }
    if Path::new(uri.path()).extension().is_some() {
        return StatusCode::NOT_FOUND.into_response();
    }
    Html(html).into_response()
}

/// What `ServeDir` leaves out: the charset of the build's text files, how long a file may
/// be cached, and that the answer depends on `Accept-Encoding` (a `.br` or `.gz` may go).
/// The page's own headers stay.
async fn file_headers(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let mut response = next.run(request).await;
    let status = response.status();
    if !(status.is_success() || status == StatusCode::NOT_MODIFIED) {
        return response;
    }
    let path = Path::new(&path);
    let headers = response.headers_mut();
    if let Some(text) = text_type(path).filter(|_| status.is_success()) {
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(text));
    }
    headers
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static(cache_control(path)));
    headers
        .entry(header::VARY)
        .or_insert(HeaderValue::from_static("accept-encoding"));
    response
}

/// Text for a double-quoted HTML attribute value.
fn html_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A file named by its content's hash never changes: cached for ever. The others
/// (`billing-portal.js`, its manifest, the translations, the worker) are asked about again.
/// Trunk writes its hash without leading zeros (`main-6dec0293263e031.css`), the build's
/// own with all sixteen digits.
fn cache_control(file: &Path) -> &'static str {
    let stem = file
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let hashed = stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (1..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    });
    if hashed {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

/// The build's text files, all UTF-8 (a Fluent file's type is not one `ServeDir` knows).
fn text_type(file: &Path) -> Option<&'static str> {
    match file.extension().and_then(|e| e.to_str()) {
        Some("js") => Some("text/javascript; charset=utf-8"),
        Some("css") => Some("text/css; charset=utf-8"),
        Some("ftl") => Some("text/plain; charset=utf-8"),
        Some("html") => Some("text/html; charset=utf-8"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_origins_that_may_frame_the_page_are_the_ones_it_talks_to() {
        assert_eq!(
            parent_origins("'self' https://console.example.com http://127.0.0.1:8090 https:"),
            ["https://console.example.com", "http://127.0.0.1:8090"]
        );
        assert!(parent_origins("'self'").is_empty());
    }

    #[test]
    fn only_files_named_by_their_hash_are_cached_for_ever() {
        let immutable = "public, max-age=31536000, immutable";
        for hashed in [
            "billing-portal-33c6408d7d879218.js",
            "billing-portal-33c6408d7d879218_bg.wasm",
            "main-52474aedf606870d.css",
            "main-6dec0293263e031.css",
        ] {
            assert_eq!(cache_control(Path::new(hashed)), immutable, "{hashed}");
        }
        for fresh in [
            "billing-portal.js",
            "billing-portal.manifest.json",
            "sw.js",
            "locales/fr/main.ftl",
            "public/favicon.svg",
        ] {
            assert_eq!(cache_control(Path::new(fresh)), "no-cache", "{fresh}");
        }
    }

    #[test]
    fn configured_values_cannot_leave_their_attribute() {
        assert_eq!(
            html_attribute(r#"/a"b'c<d>&/"#),
            "/a&quot;b&#39;c&lt;d&gt;&amp;/"
        );
    }
}
