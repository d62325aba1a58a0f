//! Closing checks over every answer the run saw: each status one its operation documents,
//! each refusal in the error envelope, `nosniff` on all, and every documented operation
//! seen answering a good request with its success status.

use std::collections::BTreeSet;

use super::document::{operation, template};
use super::report::{every, Checked, Report};
use super::Kit;

const AREA: &str = "observed";

/// How many examples a failure lists.
const EXAMPLES: usize = 5;

pub fn run(kit: &Kit, report: &mut Report) {
    report.record(
        AREA,
        "every answer's status is one its operation documents",
        documented_statuses(kit),
    );
    report.record(
        AREA,
        "every refusal is an ErrorEnvelope in application/json",
        every(
            kit.client
                .seen()
                .into_iter()
                .filter_map(|seen| seen.envelope)
                .take_failures(),
        ),
    );
    report.record(
        AREA,
        "every answer carries X-Content-Type-Options: nosniff",
        every(
            kit.client
                .seen()
                .into_iter()
                .map(|seen| match seen.nosniff {
                    true => Ok(()),
                    false => Err(format!("{} {}: {}", seen.method, seen.path, seen.status)),
                })
                .take_failures(),
        ),
    );
    report.record(
        AREA,
        "every documented operation answered a good request with its success status",
        covered(kit),
    );
}

/// The first few failures, and how many more there were: one broken rule can fail every
/// answer, and the row needs only to show it.
trait TakeFailures {
    fn take_failures(self) -> Vec<Result<(), String>>;
}

impl<I: Iterator<Item = Result<(), String>>> TakeFailures for I {
    fn take_failures(self) -> Vec<Result<(), String>> {
        let failures: BTreeSet<String> = self.filter_map(Result::err).collect();
        let more = failures.len().saturating_sub(EXAMPLES);
        let mut shown: Vec<Result<(), String>> =
            failures.into_iter().take(EXAMPLES).map(Err).collect();
        if more > 0 {
            shown.push(Err(format!("and {more} more")));
        }
        shown
    }
}

fn documented_statuses(kit: &Kit) -> Checked {
    every(
        kit.client
            .seen()
            .into_iter()
            .filter_map(|seen| {
                let op = operation(&kit.operations, &seen.method, &seen.path)?;
                (!op.statuses.contains(&seen.status)).then(|| {
                    Err(format!(
                        "{} answered {} (documented: {:?})",
                        op.name(),
                        seen.status,
                        op.statuses
                    ))
                })
            })
            .take_failures(),
    )
}

fn covered(kit: &Kit) -> Checked {
    let answered: BTreeSet<(String, String)> = kit
        .client
        .seen()
        .into_iter()
        .filter_map(|seen| {
            let template = template(&kit.operations, &seen.path)?;
            let op = operation(&kit.operations, &seen.method, &seen.path)?;
            (op.success() == Some(seen.status)).then(|| (seen.method, template.to_string()))
        })
        .collect();
    every(kit.operations.iter().map(|op| {
        match answered.contains(&(op.method.clone(), op.path.clone())) {
            true => Ok(()),
            false => Err(format!("{} never answered {:?}", op.name(), op.success())),
        }
    }))
}
