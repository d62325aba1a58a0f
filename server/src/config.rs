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
                "--base-path" => {
                    let path = value("--base-path")?;
                    let trimmed = path.trim_matches('/');
                    config.base_path = if trimmed.is_empty() {
                        "/".into()
                    } else {
                        format!("/{trimmed}/")
                    };
                }
                "--faults" => config.faults = true,
                "--app-token" => config.app_token = value("--app-token")?,
                "--frame-ancestors" => config.frame_ancestors = value("--frame-ancestors")?,
                "--invoices" => config.invoices = count(&value("--invoices")?)?,
                "--items" => config.items = count(&value("--items")?)?,
                other => return Err(format!("unknown option {other}")),
            }
        }
        Ok(config)
    }
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
}
