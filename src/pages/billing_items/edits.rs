//! Actions on billing items, shown at once as they will turn out and put back, visibly and
//! with the reason, where the backend refuses them.

use std::collections::{HashMap, HashSet};

use billing_core::contract::{BillingItem, BulkAction, BulkRequest, Device, ErrorCode};
use billing_core::items;
use leptos::html::Div;
use leptos::prelude::*;

use crate::api::{Api, ApiError};
use crate::clock;
use crate::state::host::{use_host, Host};
use crate::state::{use_request, OnLeave, Request};

use super::clear;

/// What the last action did: announced, and with what failed ready to retry.
#[derive(Clone)]
pub struct Report {
    pub action: BulkAction,
    /// The account's devices, as the action knew them.
    pub devices: Vec<Device>,
    pub succeeded: usize,
    /// Each refused item as it is shown again, and why.
    pub failed: Vec<(BillingItem, ApiError)>,
}

impl Report {
    /// The name of the device an association is with.
    pub fn device_name(&self) -> Option<String> {
        match &self.action {
            BulkAction::Associate { device_id } => self
                .devices
                .iter()
                .find(|d| &d.id == device_id)
                .map(|d| d.name.clone()),
            _ => None,
        }
    }
}

#[derive(Clone, Copy)]
pub struct ItemEdits {
    /// Items as the actions here left them, shown in place of the loaded ones.
    changed: RwSignal<HashMap<String, BillingItem>>,
    /// Items with an action on its way.
    saving: RwSignal<HashSet<String>>,
    /// Items whose last action was refused, and why.
    refused: RwSignal<HashMap<String, ApiError>>,
    pub report: RwSignal<Option<Report>>,
    /// Where focus goes when an action took away the control that had it.
    pub report_ref: NodeRef<Div>,
    host: Host,
    /// Loads the list again, when only the backend knows how an item now is.
    reload: Callback<()>,
    /// The actions on their way; set once made (see [`ItemEdits::new`]).
    sending: Option<Request<Batch>>,
}

/// One action on the items it was applied to.
#[derive(Clone)]
struct Batch {
    action: BulkAction,
    /// The items as they were shown before.
    before: Vec<BillingItem>,
    devices: Vec<Device>,
}

impl ItemEdits {
    /// Edits sent to the backend; `done` gets the ids of the items an action succeeded on.
    pub fn new(reload: Callback<()>, done: Callback<Vec<String>>) -> ItemEdits {
        let edits = ItemEdits {
            changed: RwSignal::new(HashMap::new()),
            saving: RwSignal::new(HashSet::new()),
            refused: RwSignal::new(HashMap::new()),
            report: RwSignal::new(None),
            report_ref: NodeRef::new(),
            host: use_host(),
            reload,
            sending: None,
        };
        let sending = use_request(
            OnLeave::Finish,
            |api: Api, batch: Batch| async move {
                let ids = batch.before.iter().map(|i| i.id.clone()).collect();
                let answers = send(&api, &batch.action, ids).await;
                (batch, answers)
            },
            move |(batch, answers)| edits.answered(batch, answers, done),
        );
        ItemEdits {
            sending: Some(sending),
            ..edits
        }
    }

    /// The item as it is to be shown now.
    pub fn current(&self, loaded: &BillingItem) -> BillingItem {
        self.changed
            .with(|c| c.get(&loaded.id).cloned())
            .unwrap_or_else(|| loaded.clone())
    }

    pub fn is_saving(&self, id: &str) -> bool {
        self.saving.with(|s| s.contains(id))
    }

    pub fn refusal(&self, id: &str) -> Option<ApiError> {
        self.refused.with(|r| r.get(id).cloned())
    }

    /// A newly loaded list is the backend's word: nothing of ours is shown over it.
    pub fn forget(&self) {
        clear(self.changed);
        clear(self.refused);
        self.report.maybe_update(|report| report.take().is_some());
    }

    /// Applies `action` to those of `items` (as shown) that can be acted on and have no
    /// action on the way: at once as `core::items` predicts, then as the backend answers.
    /// `devices` names the device of an association.
    pub fn run(&self, action: BulkAction, items: Vec<BillingItem>, devices: Vec<Device>) {
        let idle = |id: &String| self.saving.with_untracked(|s| !s.contains(id));
        let before: Vec<BillingItem> = items
            .into_iter()
            .filter(|i| i.status.is_actionable() && idle(&i.id))
            .collect();
        if before.is_empty() {
            return;
        }
        let today = clock::today();
        self.changed.update(|changed| {
            for item in &before {
                let mut predicted = item.clone();
                if items::act(&mut predicted, &action, &devices, today).is_ok() {
                    changed.insert(item.id.clone(), predicted);
                }
            }
        });
        self.saving
            .update(|s| s.extend(before.iter().map(|i| i.id.clone())));
        self.refused
            .update(|r| before.iter().for_each(|i| _ = r.remove(&i.id)));
        self.report.set(None);
        if let Some(sending) = self.sending {
            sending.dispatch(Batch {
                action,
                before,
                devices,
            });
        }
    }

    /// The backend's answers to `batch`: shown, reported, and the ids that succeeded given
    /// to `done`.
    fn answered(
        &self,
        batch: Batch,
        answers: HashMap<String, Result<BillingItem, ApiError>>,
        done: Callback<Vec<String>>,
    ) {
        let Batch {
            action,
            before,
            devices,
        } = batch;
        let ids: Vec<String> = before.iter().map(|i| i.id.clone()).collect();
        let failed = self.settle(before, answers);
        let succeeded: Vec<String> = ids
            .into_iter()
            .filter(|id| failed.iter().all(|(item, _)| &item.id != id))
            .collect();
        self.report.set(Some(Report {
            succeeded: succeeded.len(),
            action,
            devices,
            failed,
        }));
        self.keep_focus();
        done.run(succeeded);
    }

    /// Shows each answer: the backend's item, or the item as it was with the refusal. Where
    /// the failure leaves the item's state unknown (the answer was lost, or the item changed
    /// behind our back), the list is loaded again to show it as the backend has it.
    fn settle(
        &self,
        before: Vec<BillingItem>,
        mut answers: HashMap<String, Result<BillingItem, ApiError>>,
    ) -> Vec<(BillingItem, ApiError)> {
        let mut failed = Vec::new();
        let mut unknown = false;
        let ids: Vec<String> = before.iter().map(|i| i.id.clone()).collect();
        self.changed.update(|changed| {
            for item in before {
                // An item the answer left out: as far as we can know, not done.
                let answer = answers.remove(&item.id).unwrap_or(Err(ApiError::Malformed));
                match answer {
                    Ok(now) => _ = changed.insert(item.id.clone(), now),
                    Err(error) => {
                        if leaves_unknown(&error) {
                            unknown = true;
                            changed.remove(&item.id);
                        } else {
                            changed.insert(item.id.clone(), item.clone());
                        }
                        failed.push((item, error));
                    }
                }
            }
        });
        if unknown {
            self.reload.run(());
        }
        self.refused.update(|refused| {
            for (item, error) in &failed {
                refused.insert(item.id.clone(), error.clone());
            }
        });
        self.saving
            .update(|s| ids.iter().for_each(|id| _ = s.remove(id)));
        failed
    }

    /// A control that had focus may be gone (a cancelled item has no actions): focus then
    /// moves to the report, which says what happened.
    fn keep_focus(&self) {
        let lost = self
            .host
            .active_element()
            .is_none_or(|e| e.tag_name().eq_ignore_ascii_case("body") || !e.is_connected());
        if let (true, Some(report)) = (lost, self.report_ref.get_untracked()) {
            let _ = report.focus();
        }
    }
}

/// Whether, after `error`, the item may not be as it was shown before the action.
fn leaves_unknown(error: &ApiError) -> bool {
    let changed_elsewhere = |code| {
        matches!(
            code,
            ErrorCode::ItemAlreadyCancelled | ErrorCode::Conflict | ErrorCode::NotFound
        )
    };
    match error {
        ApiError::Refused(body) => changed_elsewhere(body.code),
        other => other.is_retryable() || *other == ApiError::NotFound,
    }
}

/// One request for one item, a bulk request for several; per item, the answer.
async fn send(
    api: &Api,
    action: &BulkAction,
    ids: Vec<String>,
) -> HashMap<String, Result<BillingItem, ApiError>> {
    if let [id] = ids.as_slice() {
        let answer = api.item_action(id.clone(), action.clone()).await;
        return HashMap::from([(id.clone(), answer)]);
    }
    let request = BulkRequest {
        action: action.clone(),
        item_ids: ids.clone(),
    };
    match api.bulk_items(request).await {
        Ok(result) => result
            .results
            .into_iter()
            .map(|r| {
                let answer = match (r.item, r.error) {
                    (Some(item), _) => Ok(item),
                    (None, Some(error)) => Err(ApiError::Refused(error)),
                    (None, None) => Err(ApiError::Malformed),
                };
                (r.item_id, answer)
            })
            .collect(),
        Err(error) => ids.into_iter().map(|id| (id, Err(error.clone()))).collect(),
    }
}
