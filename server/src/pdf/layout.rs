//! Documents as pages: blocks of text from top to bottom (a title, headings, paragraphs, a
//! table's head and rows), cut into A4 pages with the table's head repeated on each page it
//! continues on and a footer ("page n of m") on each; drawn with krilla as a tagged PDF/UA-1
//! document (H1 and H2, P, a Table of TH and TD, an outline of the headings, the title and
//! the language set), so that a screen reader or a reflowing viewer reads it in order. krilla
//! checks PDF/UA-1's machine-checkable rules as it writes: a breach fails the document rather
//! than passing unnoticed.

use std::num::NonZeroU16;

use krilla::color::rgb;
use krilla::configure::{Accessibility, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point};
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, SpanTag, TableHeaderScope, Tag, TagGroup,
    TagTree,
};
use krilla::{Document, SerializeSettings};

use super::typeset::Face;

/// A4, in points.
const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
/// The text's left edge, and right-aligned text's right edge.
pub const LEFT: f32 = 56.0;
pub const RIGHT: f32 = PAGE_WIDTH - 56.0;
const TOP: f32 = 56.0;
/// Blocks end above the footer.
const BOTTOM: f32 = PAGE_HEIGHT - 64.0;
const FOOTER_TOP: f32 = PAGE_HEIGHT - 44.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Title,
    Heading,
    Body,
    Strong,
    /// Labels and details, in grey.
    Muted,
}

impl Style {
    fn size(self) -> f32 {
        match self {
            Style::Title => 18.0,
            Style::Heading => 11.0,
            Style::Body | Style::Strong | Style::Muted => 9.0,
        }
    }

    fn bold(self) -> bool {
        matches!(self, Style::Title | Style::Heading | Style::Strong)
    }

    /// From one baseline to the next.
    fn leading(self) -> f32 {
        self.size() * 1.45
    }

    fn color(self) -> rgb::Color {
        match self {
            // #5f6368 on white: a contrast of 6.3 to 1, above WCAG's 4.5 for small text.
            Style::Muted => rgb::Color::new(0x5f, 0x63, 0x68),
            _ => rgb::Color::new(0x20, 0x21, 0x24),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    /// `x` is the text's right edge.
    Right,
}

/// A piece of text on one line of a block: in a table, in its column's cell.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    x: f32,
    align: Align,
    style: Style,
    text: String,
    /// Its column in a table row or head; 0 elsewhere.
    cell: usize,
    /// Its line in the block, from 0.
    line: usize,
}

impl Text {
    pub fn left(x: f32, style: Style, text: impl Into<String>) -> Text {
        Text::new(x, Align::Left, style, text)
    }

    pub fn right(x: f32, style: Style, text: impl Into<String>) -> Text {
        Text::new(x, Align::Right, style, text)
    }

    fn new(x: f32, align: Align, style: Style, text: impl Into<String>) -> Text {
        Text {
            x,
            align,
            style,
            text: text.into(),
            cell: 0,
            line: 0,
        }
    }

    /// The same text in table column `cell`, on line `line` of its block.
    pub fn at(self, cell: usize, line: usize) -> Text {
        Text { cell, line, ..self }
    }
}

/// What a block is to a reader, and how it keeps to pages.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Role {
    /// The document's title (H1).
    Title,
    /// A section's heading (H2), kept with what follows it.
    Heading,
    /// A paragraph (P), its lines kept together.
    Paragraph,
    /// A table's head (a row of TH, ruled below), kept with the first row, and repeated on
    /// each page the table continues on.
    TableHead,
    /// A table's row (TR of TD), its lines kept together.
    TableRow,
    /// A line across, kept with what follows it.
    Rule,
    /// Room between blocks, dropped at the top of a page.
    Space(f32),
}

struct Block {
    role: Role,
    texts: Vec<Text>,
    /// Whether the block goes to the next page with the one after it rather than end a page.
    keeps_with_next: bool,
}

impl Block {
    fn height(&self) -> f32 {
        let lines = self.texts.iter().map(|t| t.line + 1).max().unwrap_or(0);
        let leading = self
            .texts
            .iter()
            .map(|t| t.style.leading())
            .fold(0.0, f32::max);
        match self.role {
            Role::Space(height) => height,
            Role::Rule => 6.0,
            // Room for the head's rule, and between rows.
            Role::TableHead | Role::TableRow => lines as f32 * leading + 4.0,
            _ => lines as f32 * leading,
        }
    }
}

/// A document's blocks, top to bottom.
#[derive(Default)]
pub struct Blocks(Vec<Block>);

impl Blocks {
    pub fn title(&mut self, text: impl Into<String>) {
        self.push(Role::Title, vec![Text::left(LEFT, Style::Title, text)]);
    }

    pub fn heading(&mut self, text: impl Into<String>) {
        self.push(Role::Heading, vec![Text::left(LEFT, Style::Heading, text)]);
    }

    pub fn paragraph(&mut self, texts: Vec<Text>) {
        self.push(Role::Paragraph, texts);
    }

    pub fn table_head(&mut self, cells: Vec<Text>) {
        self.push(Role::TableHead, cells);
    }

    pub fn table_row(&mut self, cells: Vec<Text>) {
        self.push(Role::TableRow, cells);
    }

    pub fn rule(&mut self) {
        self.push(Role::Rule, Vec::new());
    }

    pub fn space(&mut self, height: f32) {
        self.push(Role::Space(height), Vec::new());
    }

    /// Keeps the last block on the page of the next one (lines of totals, say).
    pub fn keep_with_next(&mut self) {
        if let Some(block) = self.0.last_mut() {
            block.keeps_with_next = true;
        }
    }

    fn push(&mut self, role: Role, texts: Vec<Text>) {
        self.0.push(Block {
            role,
            texts,
            keeps_with_next: matches!(role, Role::Heading | Role::TableHead | Role::Rule),
        });
    }
}

/// A block on a page: its top, and whether it is a repeated table head (drawn, but not read
/// again).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Placed {
    block: usize,
    top: f32,
    repeated: bool,
}

/// The blocks cut into pages.
fn paginate(blocks: &[Block]) -> Vec<Vec<Placed>> {
    let mut pages = vec![Vec::new()];
    let mut top = TOP;
    // The head of the table being laid out, to repeat on the pages it continues on.
    let mut head: Option<usize> = None;
    for (index, block) in blocks.iter().enumerate() {
        match block.role {
            Role::TableHead => head = Some(index),
            Role::TableRow => {}
            _ => head = None,
        }
        let page_has_room = top + kept_height(&blocks[index..]) <= BOTTOM || top == TOP;
        if !page_has_room {
            pages.push(Vec::new());
            top = TOP;
            if let (Role::TableRow, Some(head)) = (block.role, head) {
                place(&mut pages, &mut top, blocks, head, true);
            }
        }
        if matches!(block.role, Role::Space(_)) && top == TOP {
            continue;
        }
        place(&mut pages, &mut top, blocks, index, false);
    }
    pages
}

/// The height of the first block and of those it is kept with: up to the first that keeps
/// with nothing.
fn kept_height(blocks: &[Block]) -> f32 {
    let mut height = 0.0;
    for block in blocks {
        height += block.height();
        if !block.keeps_with_next {
            break;
        }
    }
    height
}

fn place(pages: &mut [Vec<Placed>], top: &mut f32, blocks: &[Block], block: usize, repeated: bool) {
    if let Some(page) = pages.last_mut() {
        page.push(Placed {
            block,
            top: *top,
            repeated,
        });
    }
    *top += blocks[block].height();
}

/// What a document is, for its metadata and outline.
pub struct About {
    pub title: String,
    /// BCP 47.
    pub lang: String,
}

/// The faces a document is set in.
pub struct Faces<'a> {
    pub regular: Face<'a>,
    pub bold: Face<'a>,
}

impl Faces<'_> {
    fn of(&self, style: Style) -> &Face<'_> {
        match style.bold() {
            true => &self.bold,
            false => &self.regular,
        }
    }

    /// The width of `text` in `style`, in points.
    fn width(&self, text: &str, style: Style) -> f32 {
        self.of(style).shape(text).width(style.size())
    }

    /// `text` in lines no wider than `width`: broken between words, and a word too long for
    /// a line (a name in Chinese or Japanese, written without spaces) between characters.
    pub fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        let fits = |line: &str| self.width(line, style) <= width;
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let longer = match line.is_empty() {
                true => word.to_string(),
                false => format!("{line} {word}"),
            };
            if fits(&longer) {
                line = longer;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if fits(word) {
                line = word.to_string();
                continue;
            }
            for c in word.chars() {
                line.push(c);
                if line.chars().count() > 1 && !fits(&line) {
                    line.pop();
                    lines.push(std::mem::replace(&mut line, c.to_string()));
                }
            }
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line);
        }
        lines
    }
}

/// The PDF: the blocks on pages, `footer(page, pages)` at the foot of each (pages from 1).
pub fn render(
    blocks: &Blocks,
    about: &About,
    faces: &Faces,
    footer: impl Fn(usize, usize) -> Vec<Text>,
) -> Result<Vec<u8>, String> {
    let configuration = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|e| format!("{e:?}"))?;
    let mut document = Document::new_with(SerializeSettings {
        configuration,
        ..SerializeSettings::default()
    });
    let pages = paginate(&blocks.0);
    let mut tree = Tree::default();
    let mut outline = Outline::new();
    for (index, placed) in pages.iter().enumerate() {
        let settings =
            PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or("an A4 page has a size")?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for &Placed {
            block,
            top,
            repeated,
        } in placed
        {
            let block = &blocks.0[block];
            if matches!(block.role, Role::Title | Role::Heading) {
                let text = block.texts.iter().map(|t| t.text.as_str()).collect();
                let at = XyzDestination::new(index, Point::from_xy(LEFT, top));
                outline.push_child(OutlineNode::new(text, at));
            }
            match repeated {
                true => draw_artifact(&mut surface, faces, block, top, ArtifactType::Header),
                false => tree.add(block, draw_block(&mut surface, faces, block, top)),
            }
        }
        let footer = Block {
            role: Role::Paragraph,
            texts: footer(index + 1, pages.len()),
            keeps_with_next: false,
        };
        draw_artifact(
            &mut surface,
            faces,
            &footer,
            FOOTER_TOP,
            ArtifactType::Footer,
        );
        surface.finish();
        page.finish();
    }
    document.set_outline(outline);
    document.set_tag_tree(tree.finish().with_lang(Some(about.lang.clone())));
    document.set_metadata(
        Metadata::new()
            .title(about.title.clone())
            .language(about.lang.clone())
            .creator("billing-portal".to_string()),
    );
    document.finish().map_err(|e| format!("{e:?}"))
}

/// Draws a block's texts, each its own tagged span; their identifiers in order.
fn draw_block(surface: &mut Surface, faces: &Faces, block: &Block, top: f32) -> Vec<Identifier> {
    let mut spans = Vec::with_capacity(block.texts.len());
    for text in &block.texts {
        spans.push(surface.start_tagged(ContentTag::Span(SpanTag::empty())));
        draw_text(surface, faces, text, baseline(block, text, top));
        surface.end_tagged();
    }
    draw_rule_of(surface, block, top);
    spans
}

/// Draws a block that is not read: a repeated head, a footer.
fn draw_artifact(
    surface: &mut Surface,
    faces: &Faces,
    block: &Block,
    top: f32,
    kind: ArtifactType,
) {
    surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(kind)));
    for text in &block.texts {
        draw_text(surface, faces, text, baseline(block, text, top));
    }
    surface.end_tagged();
    draw_rule_of(surface, block, top);
}

/// The line under a table head, or of a rule.
fn draw_rule_of(surface: &mut Surface, block: &Block, top: f32) {
    let y = match block.role {
        Role::TableHead => top + block.height() - 3.0,
        Role::Rule => top + 2.0,
        _ => return,
    };
    let mut path = PathBuilder::new();
    path.move_to(LEFT, y);
    path.line_to(RIGHT, y);
    let Some(path) = path.finish() else {
        return;
    };
    surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
        ArtifactType::Layout,
    )));
    surface.set_fill(None);
    surface.set_stroke(Some(Stroke {
        paint: rgb::Color::new(0xda, 0xdc, 0xe0).into(),
        width: 0.75,
        ..Stroke::default()
    }));
    surface.draw_path(&path);
    surface.set_stroke(None);
    surface.end_tagged();
}

/// Where a text of a block sits: its line's baseline.
fn baseline(block: &Block, text: &Text, top: f32) -> f32 {
    let leading = block
        .texts
        .iter()
        .map(|t| t.style.leading())
        .fold(0.0, f32::max);
    top + text.line as f32 * leading + text.style.size()
}

fn draw_text(surface: &mut Surface, faces: &Faces, text: &Text, baseline: f32) {
    let face = faces.of(text.style);
    let size = text.style.size();
    let shaped = face.shape(&text.text);
    let x = match text.align {
        Align::Left => text.x,
        Align::Right => text.x - shaped.width(size),
    };
    surface.set_fill(Some(Fill {
        paint: text.style.color().into(),
        ..Fill::default()
    }));
    surface.draw_glyphs(
        Point::from_xy(x, baseline),
        &shaped.glyphs,
        face.font.clone(),
        &shaped.text,
        size,
        false,
    );
}

/// The tag tree as the blocks are drawn, in reading order.
#[derive(Default)]
struct Tree {
    nodes: Vec<TagGroup>,
    /// The table being read: its head and body so far.
    table: Option<(TagGroup, TagGroup)>,
}

impl Tree {
    fn add(&mut self, block: &Block, spans: Vec<Identifier>) {
        let text = || {
            block
                .texts
                .iter()
                .map(|t| t.text.as_str())
                .collect::<String>()
        };
        let heading = |level| Tag::Hn(NonZeroU16::MIN.saturating_add(level), Some(text()));
        match block.role {
            Role::TableHead => {
                self.end_table();
                let mut head = TagGroup::new(Tag::THead);
                head.push(row(block, spans, || {
                    Tag::TH(TableHeaderScope::Column).into()
                }));
                self.table = Some((head, TagGroup::new(Tag::TBody)));
            }
            Role::TableRow => {
                let (_, body) = self
                    .table
                    .get_or_insert_with(|| (TagGroup::new(Tag::THead), TagGroup::new(Tag::TBody)));
                body.push(row(block, spans, || Tag::TD.into()));
            }
            Role::Rule | Role::Space(_) => {}
            Role::Title => self.push(TagGroup::new(heading(0)), spans),
            Role::Heading => self.push(TagGroup::new(heading(1)), spans),
            Role::Paragraph => self.push(TagGroup::new(Tag::P), spans),
        }
    }

    fn push(&mut self, mut group: TagGroup, spans: Vec<Identifier>) {
        self.end_table();
        for span in spans {
            group.push(span);
        }
        self.nodes.push(group);
    }

    fn end_table(&mut self) {
        if let Some((head, body)) = self.table.take() {
            let mut table = TagGroup::new(Tag::Table);
            table.push(head);
            table.push(body);
            self.nodes.push(table);
        }
    }

    fn finish(mut self) -> TagTree {
        self.end_table();
        let mut tree = TagTree::new();
        for node in self.nodes {
            tree.push(node);
        }
        tree
    }
}

/// A table row: a cell group (`cell()`'s tag) per column, holding that column's spans.
fn row(
    block: &Block,
    spans: Vec<Identifier>,
    cell: impl Fn() -> krilla::tagging::TagKind,
) -> TagGroup {
    let mut row = TagGroup::new(Tag::TR);
    let columns = block.texts.iter().map(|t| t.cell + 1).max().unwrap_or(0);
    let mut cells: Vec<TagGroup> = (0..columns).map(|_| TagGroup::new(cell())).collect();
    for (text, span) in block.texts.iter().zip(spans) {
        if let Some(group) = cells.get_mut(text.cell) {
            group.push(span);
        }
    }
    for group in cells {
        row.push(group);
    }
    row
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(lines: usize) -> Vec<Text> {
        (0..lines)
            .map(|line| Text::left(LEFT, Style::Body, "x").at(0, line))
            .collect()
    }

    #[test]
    fn a_long_table_repeats_its_head_on_each_page() {
        let mut blocks = Blocks::default();
        blocks.title("Invoice");
        blocks.heading("Lines");
        blocks.table_head(body(1));
        for _ in 0..120 {
            blocks.table_row(body(2));
        }
        blocks.rule();
        blocks.paragraph(body(1));
        let pages = paginate(&blocks.0);
        assert!(pages.len() >= 3, "{} pages", pages.len());
        for page in &pages[1..] {
            let first = page[0];
            assert_eq!((first.block, first.repeated), (2, true));
        }
        let read: Vec<usize> = pages
            .iter()
            .flatten()
            .filter(|p| !p.repeated)
            .map(|p| p.block)
            .collect();
        assert_eq!(read, (0..blocks.0.len()).collect::<Vec<_>>());
        for page in &pages {
            let last = page.last().map(|p| p.top + blocks.0[p.block].height());
            assert!(last.unwrap_or(0.0) <= BOTTOM);
        }
    }

    #[test]
    fn blocks_kept_together_move_to_the_next_page_together() {
        let mut blocks = Blocks::default();
        for _ in 0..51 {
            blocks.paragraph(body(1));
        }
        blocks.rule();
        for _ in 0..4 {
            blocks.paragraph(body(1));
            blocks.keep_with_next();
        }
        blocks.paragraph(body(1));
        let pages = paginate(&blocks.0);
        assert_eq!(pages.len(), 2);
        let moved: Vec<usize> = pages[1].iter().map(|p| p.block).collect();
        assert_eq!(moved, (51..57).collect::<Vec<_>>());
    }

    #[test]
    fn a_heading_or_rule_is_never_last_on_a_page() {
        let mut blocks = Blocks::default();
        for _ in 0..60 {
            blocks.paragraph(body(1));
        }
        blocks.heading("Made out to");
        blocks.paragraph(body(3));
        blocks.rule();
        blocks.paragraph(body(1));
        let pages = paginate(&blocks.0);
        for page in &pages {
            let last = &blocks.0[page.last().map_or(0, |p| p.block)];
            assert!(!last.keeps_with_next, "{:?} ends a page", last.role);
        }
    }
}
