//! What the invoice and the receipt both print: facts as label and value, whom the
//! document is made out to, and the title and page at each page's foot.

use billing_core::address::Address;
use billing_core::contract::BillTo;

use super::layout::{self, About, Blocks, Faces, Style, Text, LEFT, RIGHT};
use super::words::Words;

/// Where a fact's value starts, after its label.
const VALUE_X: f32 = LEFT + 120.0;

/// A fact on a line of its own: its label, then its value.
pub fn fact(blocks: &mut Blocks, faces: &Faces, label: String, value: String) {
    let lines = faces.wrap(&value, Style::Body, RIGHT - VALUE_X);
    let mut texts = vec![Text::left(LEFT, Style::Muted, label)];
    texts.extend(
        lines
            .into_iter()
            .enumerate()
            .map(|(line, text)| Text::left(VALUE_X, Style::Body, text).at(0, line)),
    );
    blocks.paragraph(texts);
}

/// A heading, then the address as it is printed on an invoice, and the tax ID.
pub fn bill_to(blocks: &mut Blocks, faces: &Faces, words: &Words, heading: String, to: &BillTo) {
    blocks.space(10.0);
    blocks.heading(heading);
    let lines = address_lines(words, &to.billing_address);
    let texts = lines
        .iter()
        .flat_map(|line| faces.wrap(line, Style::Body, RIGHT - LEFT))
        .enumerate()
        .map(|(line, text)| Text::left(LEFT, Style::Body, text).at(0, line))
        .collect();
    blocks.paragraph(texts);
    if let Some(tax_id) = &to.tax_id {
        let line = words.with(
            "document-tax-id",
            &[
                ("country", words.country(&tax_id.country)),
                ("number", tax_id.value.clone()),
            ],
        );
        blocks.paragraph(vec![Text::left(LEFT, Style::Body, line)]);
    }
}

/// The address's lines as the portal shows it, each language ordering the person's names and
/// the place its own way; empty ones left out.
fn address_lines(words: &Words, address: &Address) -> Vec<String> {
    let person = words.with(
        "document-person",
        &[
            ("first", address.first_name.clone()),
            ("last", address.last_name.clone()),
        ],
    );
    let place = match address.state.trim() {
        "" => words.with(
            "document-place",
            &[
                ("city", address.city.clone()),
                ("postal", address.postal_code.clone()),
            ],
        ),
        state => words.with(
            "document-place-state",
            &[
                ("city", address.city.clone()),
                ("state", state.to_string()),
                ("postal", address.postal_code.clone()),
            ],
        ),
    };
    [
        address.company.clone(),
        person,
        address.line1.clone(),
        address.line2.clone(),
        place,
        words.country(&address.country),
        address.phone.clone(),
        address.email.clone(),
    ]
    .into_iter()
    .map(|line| line.trim().to_string())
    .filter(|line| !line.is_empty())
    .collect()
}

/// The PDF of `blocks`, titled `title` in its metadata and at each page's foot.
pub fn render(
    blocks: &Blocks,
    title: &str,
    words: &Words,
    faces: &Faces,
) -> Result<Vec<u8>, String> {
    let about = About {
        title: title.to_string(),
        lang: words.lang.tag().to_string(),
    };
    layout::render(blocks, &about, faces, |page, pages| {
        footer(words, title, page, pages)
    })
}

/// The document's name at the left of each page's foot, and the page at the right.
fn footer(words: &Words, name: &str, page: usize, pages: usize) -> Vec<Text> {
    let page = words.with(
        "document-page",
        &[("page", page.to_string()), ("pages", pages.to_string())],
    );
    vec![
        Text::left(LEFT, Style::Muted, name),
        Text::right(RIGHT, Style::Muted, page),
    ]
}
