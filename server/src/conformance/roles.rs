//! Only a billing administrator moves money or changes anything: the viewer is refused 403
//! on every write operation, with real ids and good bodies, and nothing changes.

use serde_json::Value;

use super::client::Caller;
use super::fixtures::{add_card, body_for, concrete, Sample, UNKNOWN_ID};
use super::report::{ensure, every, Checked, Report};
use super::Kit;

const AREA: &str = "roles";

pub async fn run(kit: &Kit, report: &mut Report, sample: &Sample) {
    let mut sample = sample.clone();
    // The viewer's removal and default are tried on a card of the kit's own, so that a
    // backend wrongly letting them through loses nothing of the account's.
    let own = add_card(kit, &kit.key("roles-card")).await;
    sample.method = own
        .as_ref()
        .map_or_else(|_| UNKNOWN_ID.to_string(), |m| m.id.clone());
    let before = snapshot(kit).await;
    report.record(
        AREA,
        "403 forbidden for the viewer on every write operation",
        viewer_refused(kit, &sample).await,
    );
    report.record(
        AREA,
        "the viewer's refused writes changed nothing",
        unchanged(before, snapshot(kit).await),
    );
    let removed = match own {
        Ok(method) => kit
            .client
            .delete(
                &format!("/api/v1/payment-methods/{}", method.id),
                Caller::Admin,
            )
            .await
            .and_then(|a| a.status(204).map(drop)),
        Err(error) => Err(error),
    };
    report.record(
        AREA,
        "the administrator adds a card and removes it (201, 204)",
        removed.map_err(Into::into),
    );
}

async fn viewer_refused(kit: &Kit, sample: &Sample) -> Checked {
    let mut results = Vec::new();
    for op in kit.operations.iter().filter(|op| op.writes()) {
        let id = sample.id_for(&op.path);
        let path = concrete(&op.path, id, &kit.key("viewer-resolve"));
        let body = body_for(&op.path, op.has_body, sample);
        let key = kit.key(&format!("viewer-{}", op.name()));
        let answer = kit
            .client
            .json(
                op.http_method(),
                &path,
                Caller::Viewer,
                Some(&key),
                body.as_ref(),
            )
            .await;
        results.push(answer.and_then(|a| a.refused(403, "forbidden").map(drop)));
    }
    every(results)
}

/// What a write would change: the payments, the methods on file, the billing items, the
/// billing profile.
async fn snapshot(kit: &Kit) -> Result<Vec<Value>, String> {
    let mut state = Vec::new();
    for path in [
        "/api/v1/payments?limit=500",
        "/api/v1/payment-methods",
        "/api/v1/billing-items?view=all&limit=500",
        "/api/v1/billing-profile",
    ] {
        state.push(kit.client.get(path, Caller::Admin).await?.read(200)?);
    }
    Ok(state)
}

fn unchanged(before: Result<Vec<Value>, String>, after: Result<Vec<Value>, String>) -> Checked {
    let (before, after) = (before?, after?);
    ensure(before == after, || {
        "the payments, methods or billing items differ after the viewer's writes".into()
    })?;
    Ok(())
}
