//! The command line of the reference server: `billing-server [serve] [OPTIONS]`. Serving is
//! what it does without a subcommand, so scripts that pass only options keep working as
//! other subcommands are added.

use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};
use std::path::PathBuf;

use clap::error::ErrorKind;
use clap::{Args, CommandFactory, Parser, Subcommand};

use crate::conformance::Target;

/// Loopback: this is a development and test server.
const ADDR: SocketAddr = SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::LOCALHOST, 8081));
const BASE_PATH: &str = "/";
const FRAME_ANCESTORS: &str = "'self'";

#[derive(Parser, Debug)]
#[command(
    name = "billing-server",
    version,
    about = "The reference implementation of the billing-portal API (axum + SQLite)",
    // The options are the `serve` subcommand's, also taken without it (not beside it).
    args_conflicts_with_subcommands = true,
    // The last of a repeated option wins, so a script's defaults can be overridden.
    args_override_self = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    serve: ServerConfig,
}

/// What the server is asked to do.
#[derive(Subcommand, Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Serve the API, and the built app if --dist names it (what no subcommand does)
    Serve(ServerConfig),
    /// Check a backend against the API contract, on a test account (it pays an invoice),
    /// and print a pass/fail table; the exit code is 0 only if every check passed
    Conformance(Target),
    /// Print the OpenAPI document generated from the contract's types and the routes, as
    /// committed in core/openapi.json
    Openapi,
}

impl Command {
    /// The command line without the program's name, e.g. `std::env::args_os().skip(1)`;
    /// an unknown option or a value that cannot be valid is clap's usage error, which
    /// `exit()` prints and ends with code 2.
    pub fn parse<I, T>(args: I) -> Result<Command, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        let name = std::iter::once(std::ffi::OsString::from("billing-server"));
        let cli = Cli::try_parse_from(name.chain(args.into_iter().map(Into::into)))?;
        let command = cli.command.unwrap_or(Command::Serve(cli.serve));
        if let Command::Serve(config) = &command {
            config
                .check()
                .map_err(|reason| Cli::command().error(ErrorKind::ValueValidation, reason))?;
        }
        Ok(command)
    }
}

#[derive(Args, Clone, Debug, PartialEq, Eq)]
pub struct ServerConfig {
    /// Listening address (loopback; port 0 picks a free one)
    #[arg(long, value_name = "ADDR", default_value_t = ADDR)]
    pub addr: SocketAddr,
    /// SQLite file, seeded with the demo account on first use [default: a new file in a
    /// temporary directory, removed when the server stops]
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
    /// Serve the built app from DIR, under --base-path, with its configuration in the page
    #[arg(long, value_name = "DIR")]
    pub dist: Option<PathBuf>,
    /// Where the app lives, e.g. /console/billing/
    #[arg(long, value_name = "/PATH/", default_value = BASE_PATH)]
    pub base_path: String,
    /// Enable /__test/faults: latency, 500s, dropped connections, malformed JSON
    #[arg(long)]
    pub faults: bool,
    /// The bearer token the served page hands the portal [default: the demo administrator's]
    #[arg(long, value_name = "TOKEN", default_value = crate::db::ADMIN_TOKEN, hide_default_value = true, allow_hyphen_values = true)]
    pub app_token: String,
    /// Who may frame the app: CSP frame-ancestors sources, separated by spaces
    #[arg(long, value_name = "SOURCES", default_value = FRAME_ANCESTORS)]
    pub frame_ancestors: String,
    /// Invoices in the seeded demo account
    #[arg(long, value_name = "N", default_value_t = billing_core::seed::DEFAULT_INVOICES, value_parser = count)]
    pub invoices: usize,
    /// Billing items in the seeded demo account
    #[arg(long, value_name = "N", default_value_t = billing_core::seed::DEFAULT_ITEMS, value_parser = count)]
    pub items: usize,
    /// Where the invoice and receipt PDFs' fonts are: Noto Sans CJK's NotoSansCJK-Regular.ttc
    /// and NotoSansCJK-Bold.ttc (Debian's fonts-noto-cjk), read on the first PDF
    #[arg(long, value_name = "DIR", default_value = crate::pdf::DEBIAN_FONT_DIR)]
    pub font_dir: PathBuf,
    /// At most N requests a second for each token (a second's worth at once); beyond it, 429
    /// `rate_limited` with `Retry-After` [default: no limit]
    #[arg(long, value_name = "N", value_parser = count)]
    pub rate_limit: Option<usize>,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            addr: ADDR,
            db: None,
            dist: None,
            base_path: BASE_PATH.into(),
            faults: false,
            app_token: crate::db::ADMIN_TOKEN.into(),
            frame_ancestors: FRAME_ANCESTORS.into(),
            invoices: billing_core::seed::DEFAULT_INVOICES,
            items: billing_core::seed::DEFAULT_ITEMS,
            font_dir: crate::pdf::DEBIAN_FONT_DIR.into(),
            rate_limit: None,
        }
    }
}

impl ServerConfig {
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
        .ok_or("not a count from 1 to 100000".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn parse(list: &[&str]) -> Result<ServerConfig, clap::Error> {
        match Command::parse(list)? {
            Command::Serve(config) => Ok(config),
            other => panic!("not serving: {other:?}"),
        }
    }

    #[test]
    fn conformance_takes_the_backend_and_both_tokens() {
        let args = [
            "conformance",
            "--api",
            "https://billing.example",
            "--token",
            "a",
            "--viewer-token",
            "v",
        ];
        assert_eq!(
            Command::parse(args).ok(),
            Some(Command::Conformance(Target {
                api: "https://billing.example".into(),
                token: "a".into(),
                viewer_token: "v".into(),
            }))
        );
        let missing = Command::parse(["conformance", "--api", "http://127.0.0.1:1"]);
        assert_eq!(
            missing.map_err(|e| e.kind()).err(),
            Some(ErrorKind::MissingRequiredArgument)
        );
    }

    #[test]
    fn openapi_takes_nothing() {
        assert_eq!(Command::parse(["openapi"]).ok(), Some(Command::Openapi));
        let extra = Command::parse(["openapi", "--addr", "127.0.0.1:1"]);
        assert_eq!(
            extra.map_err(|e| e.kind()).err(),
            Some(ErrorKind::UnknownArgument)
        );
    }

    /// The message a refusal prints, without clap's `error: ` before it.
    fn refused(list: &[&str]) -> String {
        let error = parse(list).expect_err("refused");
        assert_eq!(error.exit_code(), 2, "{error}");
        let text = error.to_string();
        text.strip_prefix("error: ").unwrap_or(&text).to_string()
    }

    #[test]
    fn defaults_are_loopback_in_memory() {
        let config = parse(&[]).unwrap();
        assert_eq!(config, ServerConfig::default());
        assert_eq!(config.addr, "127.0.0.1:8081".parse().unwrap());
        assert_eq!(config.db, None);
        assert_eq!(config.dist, None);
        assert_eq!(config.base_path, "/");
        assert!(!config.faults);
        assert_eq!(config.app_token, crate::db::ADMIN_TOKEN);
        assert_eq!(config.frame_ancestors, "'self'");
        assert_eq!(config.invoices, billing_core::seed::DEFAULT_INVOICES);
        assert_eq!(config.items, billing_core::seed::DEFAULT_ITEMS);
        assert_eq!(config.font_dir, Path::new("/usr/share/fonts/opentype/noto"));
    }

    #[test]
    fn every_option_parses_with_or_without_the_serve_subcommand() {
        let options = [
            "--addr",
            "127.0.0.1:9000",
            "--db",
            "x.sqlite",
            "--dist",
            "dist",
            "--base-path",
            "/console/billing/",
            "--faults",
            "--app-token",
            "-viewer-",
            "--frame-ancestors",
            "'self' https://console.example",
            "--invoices",
            "10000",
            "--items",
            "100000",
            "--font-dir",
            "/opt/fonts",
            "--rate-limit",
            "20",
        ];
        let expected = ServerConfig {
            addr: "127.0.0.1:9000".parse().unwrap(),
            db: Some("x.sqlite".into()),
            dist: Some("dist".into()),
            base_path: "/console/billing/".into(),
            faults: true,
            app_token: "-viewer-".into(),
            frame_ancestors: "'self' https://console.example".into(),
            invoices: 10_000,
            items: 100_000,
            font_dir: "/opt/fonts".into(),
            rate_limit: Some(20),
        };
        assert_eq!(parse(&options).unwrap(), expected);
        let serve: Vec<&str> = std::iter::once("serve").chain(options).collect();
        assert_eq!(parse(&serve).unwrap(), expected);
        // The last of a repeated option wins, as a script's default is overridden.
        let again = parse(&[
            "--addr",
            "127.0.0.1:1",
            "--faults",
            "--faults",
            "--addr",
            "127.0.0.1:2",
        ]);
        assert_eq!(again.unwrap().addr.port(), 2);
    }

    #[test]
    fn nonsense_is_refused_with_exit_code_2() {
        for (list, says) in [
            (&["--invoices", "0"][..], "not a count from 1 to 100000"),
            (&["--items", "100001"], "not a count from 1 to 100000"),
            (&["--invoices", "many"], "not a count from 1 to 100000"),
            (&["--addr", "localhost"], "--addr"),
            (&["--addr"], "--addr"),
            (&["--verbose"], "--verbose"),
            (&["--faults", "serve"], "serve"),
            (&["conformance"], "conformance"),
        ] {
            let error = refused(list);
            assert!(error.contains(says), "{list:?}: {error}");
            assert!(error.contains("--help"), "{list:?}: {error}");
        }
        let help = parse(&["--help"]).expect_err("help is not a configuration");
        assert_eq!(help.exit_code(), 0);
        assert!(
            help.to_string().contains("--frame-ancestors <SOURCES>"),
            "{help}"
        );
    }

    #[test]
    fn page_values_that_cannot_be_valid_are_refused_naming_the_option() {
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
            let config = parse(&["--base-path", path]).expect(path);
            assert_eq!(config.base_path, path);
        }
        let config = parse(&[
            "--app-token",
            "</script><script>alert(document.domain)</script>",
            "--frame-ancestors",
            "'self' https://console.example",
        ])
        .expect("printable tokens and CSP sources are valid");
        assert!(config.app_token.starts_with("</script>"));
    }
}
