//! A succeeded payment's receipt, as the portal's receipt page shows it: what was paid, when,
//! how and under which reference, the invoices it settled with each one's part, and whom it
//! is made out to.

use billing_core::card::CardBrand;
use billing_core::contract::{Payment, PaymentMethodSummary};

use super::layout::{Blocks, Faces, Style, Text, LEFT, RIGHT};
use super::parts;
use super::words::Words;

pub fn render(payment: &Payment, words: &Words, faces: &Faces) -> Result<Vec<u8>, String> {
    let title = words.with(
        "document-receipt-title",
        &[("reference", payment.reference.clone())],
    );
    parts::render(
        &blocks(payment, words, faces, title.clone()),
        &title,
        words,
        faces,
    )
}

fn blocks(payment: &Payment, words: &Words, faces: &Faces, title: String) -> Blocks {
    let mut blocks = Blocks::default();
    blocks.title(title);
    blocks.space(8.0);
    let facts = [
        ("document-receipt-amount", words.money(&payment.amount)),
        (
            "document-receipt-date",
            words.date(payment.created_at.date_naive()),
        ),
        ("document-receipt-method", method(&payment.method, words)),
        ("document-receipt-reference", payment.reference.clone()),
    ];
    for (label, value) in facts {
        parts::fact(&mut blocks, faces, words.text(label), value);
    }
    blocks.space(10.0);
    blocks.heading(words.text("document-receipt-settled"));
    if payment.settled.is_empty() {
        let none = words.text("document-receipt-settled-none");
        blocks.paragraph(vec![Text::left(LEFT, Style::Muted, none)]);
    } else {
        blocks.table_head(vec![
            Text::left(LEFT, Style::Muted, words.text("document-receipt-invoice")),
            Text::right(RIGHT, Style::Muted, words.text("document-receipt-applied")).at(1, 0),
        ]);
        for part in &payment.settled {
            blocks.table_row(vec![
                Text::left(LEFT, Style::Body, part.number.clone()),
                Text::right(RIGHT, Style::Body, words.money(&part.amount)).at(1, 0),
            ]);
        }
    }
    if let Some(to) = &payment.bill_to {
        let heading = words.text("document-receipt-bill-to");
        parts::bill_to(&mut blocks, faces, words, heading, to);
    }
    blocks
}

/// The card's brand and last four digits, or PayPal and its address.
fn method(method: &PaymentMethodSummary, words: &Words) -> String {
    match method {
        PaymentMethodSummary::Card { brand, last4, .. } => words.with(
            "document-card",
            &[
                ("brand", words.text(brand_id(*brand))),
                ("last4", last4.clone()),
            ],
        ),
        PaymentMethodSummary::Paypal { email, .. } => {
            words.with("document-paypal", &[("email", email.clone())])
        }
    }
}

fn brand_id(brand: CardBrand) -> &'static str {
    match brand {
        CardBrand::Visa => "document-card-brand-visa",
        CardBrand::Mastercard => "document-card-brand-mastercard",
        CardBrand::Amex => "document-card-brand-amex",
        CardBrand::Discover => "document-card-brand-discover",
        CardBrand::Jcb => "document-card-brand-jcb",
        CardBrand::UnionPay => "document-card-brand-unionpay",
        CardBrand::Diners => "document-card-brand-diners",
        CardBrand::Maestro => "document-card-brand-maestro",
        CardBrand::Unknown => "document-card-brand-unknown",
    }
}
