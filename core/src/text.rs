//! Small helpers for text typed by customers on any keyboard.

/// Folds a full-width form (U+FF01–U+FF5E, typed by CJK input methods) to its ASCII
/// counterpart, and the ideographic space to a plain space, so that `１２３` reads as `123`.
pub(crate) fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// The input, trimmed and with full-width forms folded.
pub(crate) fn folded(input: &str) -> String {
    input.trim().chars().map(fold_width).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_forms_fold_to_ascii() {
        assert_eq!(folded(" ０１２３４５６７８９，．／－ "), "0123456789,./-");
        assert_eq!(folded("\u{3000}ＡＢ\u{3000}"), "AB");
        assert_eq!(folded("한국 臺灣"), "한국 臺灣");
    }
}
