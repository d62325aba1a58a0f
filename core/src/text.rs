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

/// Whether `c` changes how the text around it is shown while being unseen itself: the bidi
/// controls (U+202E shows `Lee` as `eeL`), zero-width characters, the word joiner and the
/// invisible operators, the byte order mark, and the line and paragraph separators. None
/// belongs in a name or a postal address, where they only make one value look like another.
pub(crate) fn is_invisible_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
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
