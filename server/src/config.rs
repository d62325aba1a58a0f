//! Command-line options of the reference server.

use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServerConfig {
    /// Loopback by default: this is a development and test server.
    pub addr: SocketAddr,
    /// SQLite file; `None` keeps the data in memory.
    pub db: Option<PathBuf>,
    /// The built app to serve, if any, under `base_path`.
    pub dist: Option<PathBuf>,
    /// Where the app lives, e.g. `/console/billing/`; `/` by default.
    pub base_path: String,
    /// Enables `/__test/faults`: latency, 500s, dropped connections, malformed JSON.
    pub faults: bool,
    /// The bearer token the served page hands the portal (the demo administrator's).
    pub app_token: String,
    /// The CSP `frame-ancestors` sources allowed to embed the app.
    pub frame_ancestors: String,
    /// Size of the seeded demo account.
    pub invoices: usize,
    pub items: usize,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            addr: SocketAddr::from(([127, 0, 0, 1], 8081)),
            db: None,
            dist: None,
            base_path: "/".into(),
            faults: false,
            app_token: crate::db::ADMIN_TOKEN.into(),
            frame_ancestors: "'self'".into(),
            invoices: billing_core::seed::DEFAULT_INVOICES,
            items: billing_core::seed::DEFAULT_ITEMS,
        }
    }
}

pub const USAGE: &str =
    "usage: billing-server [--addr 127.0.0.1:8081] [--db FILE] [--dist DIR] [--base-path /PATH/] \
[--faults] [--app-token TOKEN] [--frame-ancestors SOURCES] [--invoices N] [--items N]";

impl ServerConfig {
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Result<ServerConfig, String> {
        let mut config = ServerConfig::default();
        let mut args = args.into_iter();
        while let Some(flag) = args.next() {
            let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
            match flag.as_str() {
                "--addr" => {
                    let text = value("--addr")?;
                    config.addr = text
                        .parse()
                        .map_err(|_| format!("--addr: not an address: {text}"))?;
                }
                "--db" => config.db = Some(value("--db")?.into()),
                "--dist" => config.dist = Some(value("--dist")?.into()),
                "--base-path" => config.base_path = value("--base-path")?,
                "--faults" => config.faults = true,
                "--app-token" => config.app_token = value("--app-token")?,
                "--frame-ancestors" => config.frame_ancestors = value("--frame-ancestors")?,
                "--invoices" => config.invoices = count(&value("--invoices")?)?,
                "--items" => config.items = count(&value("--items")?)?,
                other => return Err(format!("unknown option {other}")),
            }
        }
        config.check()?;
        Ok(config)
    }

    /// Refuses what the served page or its CSP could not hold as it is: these values are
    /// written into the page and its headers, so a value that is not what it claims to be
    /// (a path, a token, CSP sources) must stop the server, never change the page.
    pub fn check(&self) -> Result<(), String> {
        check_base_path(&self.base_path)?;
        let printable = |c: char| c.is_ascii_graphic();
        if self.app_token.is_empty() || !self.app_token.chars().all(printable) {
            return Err(
                "--app-token: must be printable ASCII characters without spaces".to_string(),
            );
        }
        let source = |c: char| printable(c) && c != ';' && c != ',';
        if self.frame_ancestors.trim().is_empty()
            || !self.frame_ancestors.chars().all(|c| c == ' ' || source(c))
        {
            return Err(format!(
                "--frame-ancestors: must be CSP sources separated by spaces, without `;` or `,`: {}",
                self.frame_ancestors
            ));
        }
        Ok(())
    }
}

/// A base path is `/`, or segments of URL path characters (RFC 3986 `pchar`, `%` only as
/// `%XX`) between slashes, none empty, `.` or `..`, and not under the API's `/api/`.
fn check_base_path(path: &str) -> Result<(), String> {
    let refuse = |why: &str| Err(format!("--base-path: {why}: {path}"));
    if path == "/" {
        return Ok(());
    }
    let Some(inner) = path.strip_prefix('/').and_then(|p| p.strip_suffix('/')) else {
        return refuse("must start and end with /, like /console/billing/");
    };
    let pchar = |c: char| c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@%".contains(c);
    for segment in inner.split('/') {
        if matches!(segment, "" | "." | "..") {
            return refuse("must not have empty, . or .. segments");
        }
        let bytes = segment.as_bytes();
        let escapes_ok = bytes.iter().enumerate().all(|(i, &b)| {
            b != b'%'
                || bytes
                    .get(i + 1..i + 3)
                    .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit))
        });
        if !segment.chars().all(pchar) || !escapes_ok {
            return refuse("only URL path characters are allowed (letters, digits, -._~ and %XX)");
        }
    }
    if path.starts_with("/api/") {
        return refuse("/api/ belongs to the API");
    }
    Ok(())
}

fn count(text: &str) -> Result<usize, String> {
    text.parse::<usize>()
        .ok()
        .filter(|n| (1..=100_000).contains(n))
        .ok_or(format!("not a count from 1 to 100000: {text}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn defaults_are_loopback_in_memory() {
        let config = ServerConfig::from_args(args(&[])).unwrap();
        assert!(config.addr.ip().is_loopback());
        assert_eq!(config.db, None);
        assert!(!config.faults);
    }

    #[test]
    fn options_parse_and_nonsense_is_refused() {
        let config = ServerConfig::from_args(args(&[
            "--addr",
            "127.0.0.1:9000",
            "--db",
            "x.sqlite",
            "--faults",
            "--invoices",
            "10000",
        ]))
        .unwrap();
        assert_eq!(config.addr.port(), 9000);
        assert!(config.faults);
        assert_eq!(config.invoices, 10_000);
        assert!(ServerConfig::from_args(args(&["--invoices", "0"])).is_err());
        assert!(ServerConfig::from_args(args(&["--addr"])).is_err());
        assert!(ServerConfig::from_args(args(&["--verbose"])).is_err());
    }

    #[test]
    fn page_values_that_cannot_be_valid_are_refused_naming_the_option() {
        let refused = |list: &[&str]| ServerConfig::from_args(args(list)).expect_err("refused");
        for path in [
            "console/billing/",
            "/console/billing",
            "/x\"><script>alert(1)</script>/",
            "/a b/",
            "/a//b/",
            "/a/../b/",
            "/%zz/",
            "/%4/",
            "/api/v1/",
            "//",
            "",
        ] {
            assert!(
                refused(&["--base-path", path]).starts_with("--base-path:"),
                "{path}"
            );
        }
        for token in ["", "a b", "tok\u{e9}n", "a\nb"] {
            assert!(
                refused(&["--app-token", token]).starts_with("--app-token:"),
                "{token}"
            );
        }
        for sources in ["", "'self'; script-src *", "a,b", "'self'\r\nX: y"] {
            let error = refused(&["--frame-ancestors", sources]);
            assert!(error.starts_with("--frame-ancestors:"), "{sources}");
        }
        for path in ["/", "/console/billing/", "/a-b_c.d~e/%C3%A9/(x)/"] {
            let config = ServerConfig::from_args(args(&["--base-path", path])).expect(path);
            assert_eq!(config.base_path, path);
        }
        let config = ServerConfig::from_args(args(&[
            "--app-token",
            "</script><script>alert(document.domain)</script>",
            "--frame-ancestors",
            "'self' https://console.example",
        ]))
        .expect("printable tokens and CSP sources are valid");
        assert!(config.app_token.starts_with("</script>"));
    }
}
