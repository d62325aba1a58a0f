//! Which rows of the page a bulk action applies to: a checkbox per row, every row of the
//! page at once, and with Shift a range from the row last clicked.

use std::collections::HashSet;

use leptos::prelude::*;

use super::clear;

/// The page's rows in order: each id, and whether it can be selected (cancelled items
/// cannot be acted on again).
pub type Rows = [(String, bool)];

/// `selected` after the checkbox of row `index` was set to `on`; with `anchor` (a Shift
/// click after an earlier click) every selectable row between the two is set alike.
pub fn clicked(
    selected: &HashSet<String>,
    rows: &Rows,
    index: usize,
    on: bool,
    anchor: Option<usize>,
) -> HashSet<String> {
    let (from, to) = match anchor {
        Some(anchor) => (anchor.min(index), anchor.max(index)),
        None => (index, index),
    };
    let range = rows.iter().take(to + 1).skip(from);
    with_rows(selected, range, on)
}

/// `selected` with every selectable row of the page set to `on`.
pub fn whole_page(selected: &HashSet<String>, rows: &Rows, on: bool) -> HashSet<String> {
    with_rows(selected, rows.iter(), on)
}

fn with_rows<'a>(
    selected: &HashSet<String>,
    rows: impl Iterator<Item = &'a (String, bool)>,
    on: bool,
) -> HashSet<String> {
    let mut selected = selected.clone();
    for (id, _) in rows.filter(|(_, selectable)| *selectable) {
        match on {
            true => selected.insert(id.clone()),
            false => selected.remove(id),
        };
    }
    selected
}

/// How the select-all checkbox shows: `(checked, indeterminate)`.
pub fn page_state(selected: &HashSet<String>, rows: &Rows) -> (bool, bool) {
    let selectable = rows.iter().filter(|(_, s)| *s);
    let (chosen, all) = selectable.fold((0, 0), |(chosen, all), (id, _)| {
        (chosen + usize::from(selected.contains(id)), all + 1)
    });
    (all > 0 && chosen == all, chosen > 0 && chosen < all)
}

/// The selection of one page of the table.
#[derive(Clone, Copy)]
pub struct Selection {
    pub ids: RwSignal<HashSet<String>>,
    /// The row last clicked, where a Shift click's range starts.
    anchor: RwSignal<Option<usize>>,
}

impl Selection {
    pub fn new() -> Selection {
        Selection {
            ids: RwSignal::new(HashSet::new()),
            anchor: RwSignal::new(None),
        }
    }

    pub fn click(&self, rows: &Rows, index: usize, on: bool, shift: bool) {
        let anchor = shift.then(|| self.anchor.get_untracked()).flatten();
        self.ids
            .update(|ids| *ids = clicked(ids, rows, index, on, anchor));
        self.anchor.set(Some(index));
    }

    pub fn whole_page(&self, rows: &Rows, on: bool) {
        self.ids.update(|ids| *ids = whole_page(ids, rows, on));
    }

    /// After an action: what succeeded is done with; what failed stays, ready to retry.
    pub fn deselect(&self, ids: Vec<String>) {
        self.ids
            .update(|selected| ids.iter().for_each(|id| _ = selected.remove(id)));
    }

    pub fn clear(&self) {
        clear(self.ids);
        clear(self.anchor);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Vec<(String, bool)> {
        ["a", "b", "c", "d", "e"]
            .iter()
            .map(|id| (id.to_string(), *id != "c"))
            .collect()
    }

    fn set(ids: &[&str]) -> HashSet<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_click_sets_one_row_and_a_shift_click_the_range_either_way() {
        let one = clicked(&set(&[]), &rows(), 1, true, None);
        assert_eq!(one, set(&["b"]));
        let range = clicked(&one, &rows(), 4, true, Some(1));
        assert_eq!(range, set(&["b", "d", "e"]), "c cannot be selected");
        let upwards = clicked(&range, &rows(), 0, false, Some(4));
        assert_eq!(upwards, set(&[]));
    }

    #[test]
    fn select_all_covers_the_selectable_rows_of_the_page() {
        let all = whole_page(&set(&["x"]), &rows(), true);
        assert_eq!(
            all,
            set(&["a", "b", "d", "e", "x"]),
            "other pages' ids stay"
        );
        assert_eq!(page_state(&all, &rows()), (true, false));
        assert_eq!(page_state(&set(&["a"]), &rows()), (false, true));
        assert_eq!(page_state(&set(&[]), &rows()), (false, false));
        assert_eq!(
            page_state(&set(&[]), &[("c".into(), false)]),
            (false, false)
        );
        assert_eq!(whole_page(&all, &rows(), false), set(&["x"]));
    }
}
