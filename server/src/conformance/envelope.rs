//! Refusals that do not depend on the data: the token decided first (401), unknown ids and
//! paths (404), methods a path does not take (405 with `Allow`), bodies over the limit (413),
//! each in the error envelope with its code.

use std::collections::BTreeSet;

use reqwest::Method;

use super::client::Caller;
use super::fixtures::{body_for, concrete, Sample, UNKNOWN_ID};
use super::report::{every, Checked, Report};
use super::Kit;

const AREA: &str = "envelope";

/// Over the contract's 2 MiB body limit.
const TOO_LARGE: usize = 3 * 1024 * 1024;

pub async fn run(kit: &Kit, report: &mut Report, sample: &Sample) {
    for (caller, name) in [
        (
            Caller::Anonymous,
            "401 unauthorized without a token, on every operation",
        ),
        (
            Caller::Stranger,
            "401 unauthorized with an unknown token, on every operation",
        ),
    ] {
        report.record(
            AREA,
            name,
            unauthorized_everywhere(kit, caller, sample).await,
        );
    }
    report.record(
        AREA,
        "401 before anything else: unknown paths, wrong methods, unreadable bodies",
        token_first(kit).await,
    );
    report.record(
        AREA,
        "404 not_found for an unknown path under /api",
        unknown_path(kit).await,
    );
    report.record(
        AREA,
        "404 not_found for an unknown id, on every operation with one",
        unknown_ids(kit, sample).await,
    );
    report.record(
        AREA,
        "405 method_not_allowed with Allow, for every method a path does not take",
        methods_not_allowed(kit).await,
    );
    report.record(
        AREA,
        "413 validation_failed (body: too_long) over 2 MiB, after the token",
        too_large(kit).await,
    );
}

async fn unauthorized_everywhere(kit: &Kit, caller: Caller, sample: &Sample) -> Checked {
    let mut results = Vec::new();
    for op in &kit.operations {
        let path = concrete(&op.path, sample.id_for(&op.path), &kit.key("unauthorized"));
        let body = body_for(&op.path, op.has_body, sample);
        let key = kit.key(&format!("unauthorized-{}", op.name()));
        let answer = kit
            .client
            .json(op.http_method(), &path, caller, Some(&key), body.as_ref())
            .await;
        results.push(answer.and_then(|a| a.refused(401, "unauthorized").map(|_| ())));
    }
    every(results)
}

async fn token_first(kit: &Kit) -> Checked {
    let mut results = Vec::new();
    for (method, path, body) in [
        (Method::PUT, "/api/v1/invoices", Some("{}")),
        (Method::GET, "/api/v1/conformance-no-such-resource", None),
        (Method::GET, "/api", None),
        (Method::POST, "/api/v1/payments", Some("{")),
    ] {
        let body = body.map(|b| b.as_bytes().to_vec());
        let answer = kit
            .client
            .send(method, path, Caller::Anonymous, None, body)
            .await;
        results.push(answer.and_then(|a| a.refused(401, "unauthorized").map(|_| ())));
    }
    every(results)
}

async fn unknown_path(kit: &Kit) -> Checked {
    kit.client
        .get("/api/v1/conformance-no-such-resource", Caller::Admin)
        .await?
        .refused(404, "not_found")?;
    Ok(())
}

async fn unknown_ids(kit: &Kit, sample: &Sample) -> Checked {
    let mut results = Vec::new();
    for op in kit.operations.iter().filter(|op| op.path.contains("{id}")) {
        let path = concrete(&op.path, UNKNOWN_ID, "");
        let body = body_for(&op.path, op.has_body, sample);
        let answer = kit
            .client
            .json(op.http_method(), &path, Caller::Admin, None, body.as_ref())
            .await;
        results.push(answer.and_then(|a| a.refused(404, "not_found").map(|_| ())));
    }
    every(results)
}

async fn methods_not_allowed(kit: &Kit) -> Checked {
    let paths: BTreeSet<&str> = kit.operations.iter().map(|op| op.path.as_str()).collect();
    let mut results = Vec::new();
    for template in paths {
        let taken: Vec<&str> = kit
            .operations
            .iter()
            .filter(|op| op.path == template)
            .map(|op| op.method.as_str())
            .collect();
        let path = concrete(template, UNKNOWN_ID, &kit.key("not-allowed"));
        for method in [
            Method::GET,
            Method::POST,
            Method::PUT,
            Method::PATCH,
            Method::DELETE,
        ] {
            if taken.contains(&method.as_str()) {
                continue;
            }
            let body = (method != Method::GET).then(|| b"{}".to_vec());
            let answer = kit
                .client
                .send(method, &path, Caller::Admin, None, body)
                .await;
            results.push(answer.and_then(|a| {
                a.refused(405, "method_not_allowed")?;
                let allow = a.allow.clone().unwrap_or_default().to_uppercase();
                match taken.iter().all(|m| allow.contains(m)) {
                    true => Ok(()),
                    false => Err(format!(
                        "{}: Allow {allow:?} does not list {}",
                        a.request,
                        taken.join(", ")
                    )),
                }
            }));
        }
    }
    every(results)
}

async fn too_large(kit: &Kit) -> Checked {
    let key = kit.key("too-large");
    let send = |caller| {
        kit.client
            .send_oversized("/api/v1/payments", caller, &key, TOO_LARGE)
    };
    send(Caller::Anonymous)
        .await?
        .refused(401, "unauthorized")?;
    send(Caller::Admin).await?.field(413, "body", "too_long")?;
    Ok(())
}
