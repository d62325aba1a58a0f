//! The built app, served as a host console would serve it: under its base path, with the
//! page's `<base href>` set to it, the portal's configuration in its `<billing-portal>`
//! element's attributes, and a strict Content-Security-Policy: no inline script at all.
//! Compressed when the browser accepts it: the build's files from the `.br` and `.gz` beside
//! them (written by scripts/write-manifest.mjs), the page gzipped once when loaded.

use std::io::Write;
use std::path::{Component, Path, PathBuf};

use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};

pub struct AppFiles {
    dist: PathBuf,
    base_path: String,
    index: String,
    index_gzip: Vec<u8>,
    csp: String,
}

/// A content coding the server can answer in, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Brotli,
    Gzip,
}

impl Encoding {
    fn token(self) -> &'static str {
        match self {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gzip",
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gz",
        }
    }
}

/// The codings an `Accept-Encoding` header allows, best first: by the browser's weights, then
/// brotli before gzip (RFC 9110 §12.5.3: `q=0` refuses a coding; `*` stands for any coding
/// not named).
fn accepted_encodings(accept: &str) -> Vec<Encoding> {
    let mut named: Vec<(String, f32)> = Vec::new();
    let mut any = None;
    for entry in accept.split(',') {
        let mut parts = entry.split(';');
        let coding = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
        let weight = parts
            .filter_map(|p| {
                let (name, value) = p.split_once('=')?;
                name.trim().eq_ignore_ascii_case("q").then(|| value.trim())
            })
            .map(|q| q.parse::<f32>().unwrap_or(0.0))
            .next()
            .unwrap_or(1.0);
        match coding.as_str() {
            "*" => any = Some(weight),
            "x-gzip" => named.push(("gzip".into(), weight)),
            _ => named.push((coding, weight)),
        }
    }
    let weight_of = |encoding: Encoding| {
        named
            .iter()
            .find(|(coding, _)| coding == encoding.token())
            .map(|(_, q)| *q)
            .or(any)
            .unwrap_or(0.0)
    };
    let mut accepted: Vec<(Encoding, f32)> = [Encoding::Brotli, Encoding::Gzip]
        .into_iter()
        .map(|encoding| (encoding, weight_of(encoding)))
        .filter(|(_, q)| *q > 0.0)
        .collect();
    // A stable sort keeps brotli first among equals.
    accepted.sort_by(|a, b| b.1.total_cmp(&a.1));
    accepted.into_iter().map(|(encoding, _)| encoding).collect()
}

fn gzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    encoder.finish()
}

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

impl AppFiles {
    pub fn load(dist: &Path, page: &PageConfig<'_>) -> Result<AppFiles, String> {
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
        let index = index
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
        let index_gzip = gzip(index.as_bytes()).map_err(|e| format!("gzip: {e}"))?;
        Ok(AppFiles {
            dist: dist.to_path_buf(),
            base_path: page.base_path.to_string(),
            index,
            index_gzip,
            csp,
        })
    }

    /// A file of the build, or the page for any route of the app; `None` outside the app.
    /// Only read: any other method is 405 (never the page).
    pub async fn serve(
        &self,
        method: &Method,
        path: &str,
        request: &HeaderMap,
    ) -> Option<Response> {
        let relative = path
            .strip_prefix(&self.base_path)
            .or((path == self.base_path.trim_end_matches('/')).then_some(""))?;
        if method != Method::GET && method != Method::HEAD {
            return Some(
                (
                    StatusCode::METHOD_NOT_ALLOWED,
                    [(header::ALLOW, "GET, HEAD")],
                )
                    .into_response(),
            );
        }
        // Every Accept-Encoding line, as one list.
        let accept: Vec<&str> = request
            .get_all(header::ACCEPT_ENCODING)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .collect();
        let accepted = accepted_encodings(&accept.join(","));
        if let Some(file) = self.file(relative) {
            let headers = [
                (header::CONTENT_TYPE, content_type(&file)),
                (header::CACHE_CONTROL, cache_control(&file)),
                (header::VARY, "accept-encoding"),
            ];
            for encoding in &accepted {
                let mut compressed = file.clone().into_os_string();
                compressed.push(".");
                compressed.push(encoding.extension());
                if let Ok(bytes) = tokio::fs::read(&compressed).await {
                    let coding = [(header::CONTENT_ENCODING, encoding.token())];
                    return Some((headers, coding, bytes).into_response());
                }
            }
            if let Ok(bytes) = tokio::fs::read(&file).await {
                return Some((headers, bytes).into_response());
            }
        }
        // A missing asset must fail loudly, not come back as the page.
        if Path::new(relative).extension().is_some() {
            return Some(StatusCode::NOT_FOUND.into_response());
        }
        let headers = [
            (header::CONTENT_TYPE, "text/html; charset=utf-8".to_string()),
            (header::CONTENT_SECURITY_POLICY, self.csp.clone()),
            (header::REFERRER_POLICY, "same-origin".to_string()),
            // It holds the bearer token: kept by no cache.
            (header::CACHE_CONTROL, "no-store".to_string()),
        ];
        let mut response = if accepted.contains(&Encoding::Gzip) {
            let mut response = (headers, self.index_gzip.clone()).into_response();
            response
                .headers_mut()
                .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            response
        } else {
            (headers, self.index.clone()).into_response()
        };
        response
            .headers_mut()
            .insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        Some(response)
    }

    /// The file under the build for this path, never outside it.
    fn file(&self, relative: &str) -> Option<PathBuf> {
        let path = Path::new(relative);
        let inside = path.components().all(|c| matches!(c, Component::Normal(_)));
        let file = self.dist.join(path);
        (inside && !relative.is_empty() && file.is_file()).then_some(file)
    }
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
fn cache_control(file: &Path) -> &'static str {
    let stem = file
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let hashed = stem
        .rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()));
    if hashed {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("ftl") => "text/plain; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("html") => "text/html; charset=utf-8",
        Some("json") => "application/json",
        _ => "application/octet-stream",
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
    fn the_best_coding_the_browser_accepts_comes_first() {
        use Encoding::{Brotli, Gzip};
        assert_eq!(
            accepted_encodings("gzip, deflate, br, zstd"),
            [Brotli, Gzip]
        );
        assert_eq!(accepted_encodings("gzip"), [Gzip]);
        assert_eq!(accepted_encodings("x-gzip"), [Gzip]);
        assert_eq!(accepted_encodings("br;q=0, gzip;q=0.5"), [Gzip]);
        assert_eq!(accepted_encodings("br;Q=0, gzip"), [Gzip]);
        assert_eq!(accepted_encodings("br;q=0.1, gzip;q=1"), [Gzip, Brotli]);
        assert_eq!(accepted_encodings("br;q=0, *"), [Gzip]);
        assert_eq!(accepted_encodings("*;q=0, BR"), [Brotli]);
        assert_eq!(accepted_encodings("gzip,br"), [Brotli, Gzip]);
        assert_eq!(accepted_encodings("identity"), []);
        assert_eq!(accepted_encodings(""), []);
    }

    #[test]
    fn configured_values_cannot_leave_their_attribute() {
        assert_eq!(
            html_attribute(r#"/a"b'c<d>&/"#),
            "/a&quot;b&#39;c&lt;d&gt;&amp;/"
        );
    }
}
