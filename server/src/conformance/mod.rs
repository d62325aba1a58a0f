//! The conformance kit: checks any backend against the API contract (`core/openapi.json`,
//! the types of `billing_core::contract`, the README's rules), over HTTP, and reports one
//! row per check.
//!
//! It knows nothing of the reference server's data: it finds what it needs through the API
//! (a payable invoice through the invoice list's filters, an active billing item, the
//! methods on file), and a check the data gives nothing to work on is reported as not
//! applicable, which does not pass.
//!
//! Run it against a test account: it moves money as a customer would. It pays one payable
//! invoice in full (in steps of its currency's smallest unit, then the rest), adds and
//! removes a card of its own, dissociates and re-associates one billing item, cancels
//! one billing item at the end of its period, and adds and removes a billing contact.

mod attempts;
mod client;
mod document;
mod envelope;
mod fixtures;
mod integrity;
mod items;
mod methods;
mod observed;
mod payments;
mod profile;
mod reads;
mod report;
mod roles;
mod validation;

pub use report::{Outcome, Report, Row};

use std::sync::atomic::{AtomicU64, Ordering};

use client::Client;
use document::Operation;

/// The backend to check: `billing-server conformance --api URL --token T --viewer-token V`.
#[derive(clap::Args, Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// Base URL, without `/api/v1` (`http://127.0.0.1:8081`)
    #[arg(long, value_name = "URL")]
    pub api: String,
    /// A billing administrator's bearer token
    #[arg(long, value_name = "TOKEN", allow_hyphen_values = true)]
    pub token: String,
    /// A viewer's bearer token
    #[arg(long, value_name = "TOKEN", allow_hyphen_values = true)]
    pub viewer_token: String,
}

/// What every check is given.
pub(crate) struct Kit {
    pub client: Client,
    pub operations: Vec<Operation>,
    /// Makes this run's idempotency keys its own: a backend keeps keys for a day, and a key
    /// of an earlier run with another body would be refused as a mismatch.
    run: String,
}

impl Kit {
    /// An idempotency key of this run.
    pub fn key(&self, name: &str) -> String {
        format!("conformance-{}-{name}", self.run)
    }
}

/// Runs every check against `target`, in an order where each area leaves the data as the
/// next expects (a payable invoice is paid only at the end).
pub async fn run(target: &Target) -> Report {
    let mut secrets = vec![target.token.clone(), target.viewer_token.clone()];
    secrets.extend(fixtures::CARD_NUMBERS.map(str::to_string));
    let mut report = Report::new(secrets);
    let kit = match kit(target) {
        Ok(kit) => kit,
        Err(detail) => {
            report.record("setup", "the kit can start", Err(detail.into()));
            return report;
        }
    };
    let sample = fixtures::Sample::find(&kit).await;
    envelope::run(&kit, &mut report, &sample).await;
    validation::run(&kit, &mut report).await;
    reads::run(&kit, &mut report, &sample).await;
    roles::run(&kit, &mut report, &sample).await;
    methods::run(&kit, &mut report).await;
    items::run(&kit, &mut report).await;
    profile::run(&kit, &mut report).await;
    let ledger = payments::run(&kit, &mut report).await;
    integrity::run(&kit, &mut report, ledger.as_ref()).await;
    attempts::run(&kit, &mut report, ledger.as_ref()).await;
    observed::run(&kit, &mut report);
    report
}

fn kit(target: &Target) -> Result<Kit, String> {
    // Runs in one process (tests) count apart; runs of other processes differ in time.
    static RUNS: AtomicU64 = AtomicU64::new(0);
    let millis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or_default();
    let run = format!(
        "{millis:x}-{:x}-{}",
        std::process::id(),
        RUNS.fetch_add(1, Ordering::Relaxed)
    );
    Ok(Kit {
        client: Client::new(&target.api, &target.token, &target.viewer_token)?,
        operations: document::operations()?,
        run,
    })
}
