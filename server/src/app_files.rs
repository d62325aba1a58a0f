//! The built app, served as a host console would serve it: under its base path, with the
//! page's `<base href>` set to it, the portal's configuration in the page, and a strict
//! Content-Security-Policy: no inline script but Trunk's bootstrap, allowed by its hash.

use std::path::{Component, Path, PathBuf};

use axum::http::{header, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use sha2::{Digest, Sha256};

pub struct AppFiles {
    dist: PathBuf,
    base_path: String,
    index: String,
    csp: String,
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
        // Hashed before anything of the configuration is written in: only the build's
        // own inline scripts may run, whatever a configured value holds.
        let hashes = inline_script_hashes(&index).join(" ");
        let mut config = serde_json::json!({
            "basePath": page.base_path,
            "apiBase": "/api/v1",
            "token": page.token,
        });
        // Framed by a console on another origin, the portal talks by postMessage to the
        // origins that may frame it, and to no other.
        let parents = parent_origins(page.frame_ancestors);
        if !parents.is_empty() {
            config["parentOrigins"] = parents.join(" ").into();
        }
        let index = index
            .replace(
                r#"<base href="/" />"#,
                &format!(r#"<base href="{}" />"#, html_attribute(page.base_path)),
            )
            .replace(
                r#"<div id="billing-portal"></div>"#,
                &format!(
                    r#"<script type="application/json" id="billing-portal-config">{}</script><div id="billing-portal"></div>"#,
                    script_json(&config)
                ),
            );
        let csp = format!(
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {hashes}; style-src 'self'; \
             img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; \
             base-uri 'self'; form-action 'self'; frame-ancestors {}",
            page.frame_ancestors
        );
        Ok(AppFiles {
            dist: dist.to_path_buf(),
            base_path: page.base_path.to_string(),
            index,
            csp,
        })
    }

    /// A file of the build, or the page for any route of the app; `None` outside the app.
    /// Only read: any other method is 405 (never the page).
    pub async fn serve(&self, method: &Method, path: &str) -> Option<Response> {
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
        if let Some(file) = self.file(relative) {
            if let Ok(bytes) = tokio::fs::read(&file).await {
                return Some(
                    ([(header::CONTENT_TYPE, content_type(&file))], bytes).into_response(),
                );
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
        ];
        Some((headers, self.index.clone()).into_response())
    }

    /// The file under the build for this path, never outside it.
    fn file(&self, relative: &str) -> Option<PathBuf> {
        let path = Path::new(relative);
        let inside = path.components().all(|c| matches!(c, Component::Normal(_)));
        let file = self.dist.join(path);
        (inside && !relative.is_empty() && file.is_file()).then_some(file)
    }
}

/// JSON to put inside a `<script>` element: `<`, `>` and `&` escaped so no string can
/// close the element or open a comment, and U+2028/U+2029 so it also reads as JavaScript.
fn script_json(value: &serde_json::Value) -> String {
    // These characters occur only inside JSON strings, where `\uXXXX` means the same.
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// Text for a double-quoted HTML attribute value.
fn html_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `'sha256-…'` of each inline `<script>` that the browser would run (not JSON data blocks).
fn inline_script_hashes(html: &str) -> Vec<String> {
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let tag = &after[..open_end];
        let body = &after[open_end + 1..];
        let Some(close) = body.find("</script>") else {
            break;
        };
        if !tag.contains("src=") && !tag.contains("application/json") {
            let digest = Sha256::digest(&body.as_bytes()[..close]);
            hashes.push(format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            ));
        }
        rest = &body[close..];
    }
    hashes
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
    fn only_executable_inline_scripts_are_hashed() {
        let html = r#"<script type="module">run()</script><script src="a.js"></script>
            <script type="application/json" id="c">{"a":1}</script>"#;
        let hashes = inline_script_hashes(html);
        assert_eq!(hashes.len(), 1);
        let expected = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"run()"));
        assert_eq!(hashes[0], format!("'sha256-{expected}'"));
    }

    #[test]
    fn configured_values_cannot_leave_their_element_or_attribute() {
        let value = serde_json::json!({ "t": "</script><!--&\u{2028}\u{2029}>" });
        let json = script_json(&value);
        assert!(
            !json.contains(['<', '>', '&', '\u{2028}', '\u{2029}']),
            "{json}"
        );
        let back: serde_json::Value = serde_json::from_str(&json).expect("still JSON");
        assert_eq!(back, value);
        assert_eq!(
            html_attribute(r#"/a"b'c<d>&/"#),
            "/a&quot;b&#39;c&lt;d&gt;&amp;/"
        );
    }
}
