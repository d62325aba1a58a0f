use leptos::prelude::*;

use crate::i18n::use_i18n;

/// A column of a data table: the message of its heading, and whether it holds amounts,
/// which are right-aligned.
pub struct Column {
    pub message_id: &'static str,
    pub numeric: bool,
}

/// The header row of a data table, translated.
#[component]
pub fn TableHead(columns: &'static [Column]) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <thead>
            <tr>
                {columns
                    .iter()
                    .map(|c| view! {
                        <th scope="col" class=c.numeric.then_some("bp-num")>{i18n.msg(c.message_id)}</th>
                    })
                    .collect_view()}
            </tr>
        </thead>
    }
}
