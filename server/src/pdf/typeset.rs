//! Text as glyphs: shaped by rustybuzz (the same shaping that krilla's own text drawing
//! does), so that the width of a text is known before it is drawn: amounts are right-aligned
//! and descriptions wrapped by it.
//!
//! The PDF keeps the text as written (copied, searched or read aloud, it is the original),
//! while the glyphs drawn may stand in for characters the face lacks: the narrow no-break
//! space that French groups digits with is drawn as a no-break space (Noto Sans CJK has no
//! narrower one), and a character of a script the face has no glyph for as a white square,
//! never as the face's `.notdef`.

use std::ops::Range;
use std::sync::Arc;

use krilla::text::{Font, GlyphId, KrillaGlyph};

/// Characters drawn with another's glyph where the face lacks their own.
const LOOK_ALIKES: &[(char, char)] = &[('\u{202F}', '\u{A0}')];
/// Drawn for a character the face has no glyph for, nor a look-alike.
const MISSING: char = '\u{25A1}';

/// One face of a font, ready to measure and draw with.
pub struct Face<'a> {
    pub font: Font,
    shaper: rustybuzz::Face<'a>,
}

/// A line of text as glyphs, their advances in ems.
pub struct Shaped {
    pub text: String,
    pub glyphs: Vec<KrillaGlyph>,
    width_em: f32,
}

impl Shaped {
    /// The width in points at `size`.
    pub fn width(&self, size: f32) -> f32 {
        self.width_em * size
    }
}

impl<'a> Face<'a> {
    /// The face at `index` of a font file; `None` if it is not one.
    pub fn new(data: &'a Arc<Vec<u8>>, index: u32) -> Option<Face<'a>> {
        Some(Face {
            font: Font::new(Arc::clone(data).into(), index)?,
            shaper: rustybuzz::Face::from_slice(data.as_slice(), index)?,
        })
    }

    /// `text` on one line, control characters as spaces.
    pub fn shape(&self, text: &str) -> Shaped {
        let text: String = text.chars().map(printable).collect();
        // What is shaped: the text with stand-ins, and where each of its characters starts
        // in the text itself.
        let mut drawn = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len() + 1);
        for (at, c) in text.char_indices() {
            let glyph = self.stand_in(c);
            origin.resize(drawn.len() + glyph.len_utf8(), at);
            drawn.push(glyph);
        }
        origin.push(text.len());
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(&drawn);
        buffer.guess_segment_properties();
        // The faces have no right-to-left script, so every run is set left to right.
        buffer.set_direction(rustybuzz::Direction::LeftToRight);
        let output = rustybuzz::shape(&self.shaper, &[], buffer);
        let em = self.shaper.units_per_em() as f32;
        let infos = output.glyph_infos();
        let mut glyphs = Vec::with_capacity(infos.len());
        let mut width = 0.0;
        for (i, (info, position)) in infos.iter().zip(output.glyph_positions()).enumerate() {
            let cluster = info.cluster as usize;
            // A cluster runs to the start of the next one (ligatures and marks share one).
            let end = infos[i + 1..]
                .iter()
                .map(|next| next.cluster as usize)
                .find(|&next| next != cluster)
                .unwrap_or(drawn.len());
            let range = in_text(&origin, cluster..end);
            glyphs.push(KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                position.x_advance as f32 / em,
                position.x_offset as f32 / em,
                position.y_offset as f32 / em,
                position.y_advance as f32 / em,
                range,
                None,
            ));
            width += position.x_advance as f32 / em;
        }
        Shaped {
            text,
            glyphs,
            width_em: width,
        }
    }

    /// The character whose glyph draws `c`.
    fn stand_in(&self, c: char) -> char {
        let has = |c: char| self.shaper.glyph_index(c).is_some();
        if has(c) {
            return c;
        }
        LOOK_ALIKES
            .iter()
            .find(|(lacking, alike)| *lacking == c && has(*alike))
            .map_or(MISSING, |(_, alike)| *alike)
    }
}

/// A range of the shaped text as the range of the text it stands for.
fn in_text(origin: &[usize], range: Range<usize>) -> Range<usize> {
    let at = |i: usize| origin.get(i).copied().unwrap_or_default();
    at(range.start)..at(range.end)
}

/// Control characters (a tab, a line break) and the byte order marks, which no text line of
/// a document holds and which a PDF cannot map a glyph to, as spaces.
fn printable(c: char) -> char {
    match c.is_control() || matches!(c, '\u{FEFF}' | '\u{FFFE}') {
        true => ' ',
        false => c,
    }
}
