//! The translations are complete: every locale's files parse (the app's `main.ftl` and the
//! server's `documents.ftl`, the words of the invoice and receipt PDFs), each has exactly
//! English's messages with the same variables (read by Fluent's own parser,
//! `fluent-syntax`), every message it includes exists, every message id the code names
//! exists, and none is unused.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use billing_core::lang::Lang;
use billing_portal::i18n::build;
use fluent_syntax::{ast, parser};

/// What one message's text names, read by Fluent's own parser.
#[derive(Default, PartialEq, Debug)]
struct Names {
    /// `{ $count }`
    variables: BTreeSet<String>,
    /// `{ invoices-table-title }`: other messages it includes.
    references: BTreeSet<String>,
}

/// Message id → what its value and attributes name.
fn messages(source: &str) -> BTreeMap<String, Names> {
    let resource = parser::parse(source).unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
    let mut found = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut names = Names::default();
            let patterns = message
                .value
                .iter()
                .chain(message.attributes.iter().map(|a| &a.value));
            for pattern in patterns {
                pattern_names(pattern, &mut names);
            }
            found.insert(message.id.name.to_string(), names);
        }
    }
    found
}

fn pattern_names(pattern: &ast::Pattern<&str>, names: &mut Names) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_names(expression, names);
        }
    }
}

fn expression_names(expression: &ast::Expression<&str>, names: &mut Names) {
    match expression {
        ast::Expression::Inline(inline) => inline_names(inline, names),
        ast::Expression::Select { selector, variants } => {
            inline_names(selector, names);
            for variant in variants {
                pattern_names(&variant.value, names);
            }
        }
    }
}

fn inline_names(inline: &ast::InlineExpression<&str>, names: &mut Names) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            names.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            names.references.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            let named = arguments.named.iter().map(|a| &a.value);
            for argument in arguments.positional.iter().chain(named) {
                inline_names(argument, names);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_names(expression, names),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. }
        | ast::InlineExpression::TermReference { .. } => {}
    }
}

/// The files of a locale: the app's `main.ftl` (what the first load shows) and `views.ftl`
/// (fetched with the first view in a chunk of its own), and the server's `documents.ftl` (the
/// words of the PDFs).
const FILES: [&str; 3] = ["main.ftl", "views.ftl", "documents.ftl"];

/// The files of the app's bundle, once the views' are fetched.
const APP_FILES: [&str; 2] = ["main.ftl", "views.ftl"];

fn locale_file(lang: Lang, file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang.tag())
        .join(file);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// All of a locale's messages, as the app's bundle holds them once the views' are fetched.
fn locale_source(lang: Lang) -> String {
    APP_FILES.map(|file| locale_file(lang, file)).join("\n")
}

/// The source files whose code is in the views' chunks (`app::views_in_chunks`): only they
/// may use messages from `views.ftl`, which comes with them.
const CHUNK_CODE: &[&str] = &[
    "pages/billing_items",
    "pages/billing_profile",
    "pages/export",
    "pages/invoice_detail.rs",
    "pages/make_payment",
    "pages/payment_methods",
    "pages/payment_facts.rs",
    "pages/payments",
    "pages/pdf_button.rs",
];

/// What the first load shows (the shell, the invoices, the components) is all in `main.ftl`,
/// so that it never waits for `views.ftl` or shows an id; each locale splits its messages as
/// English does (`same_messages_as_english`, file by file).
#[test]
fn the_first_load_has_its_messages() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut first_load = BTreeSet::new();
    ids_in_source_where(&src, &mut first_load, &|path| {
        !CHUNK_CODE
            .iter()
            .any(|chunk| path.starts_with(src.join(chunk)))
    });
    let main = messages(&locale_file(Lang::En, "main.ftl"));
    let views = messages(&locale_file(Lang::En, "views.ftl"));
    let missing: Vec<_> = first_load
        .iter()
        .filter(|id| views.contains_key(*id) && !main.contains_key(*id))
        .collect();
    assert!(
        missing.is_empty(),
        "first-load messages in views.ftl: {missing:?}"
    );
}

/// A language is a folder under `locales/` and a line in `billing_core::lang`'s list: the
/// two name the same languages.
#[test]
fn the_language_list_names_the_locale_folders() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut folders: Vec<String> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut listed: Vec<String> = Lang::ALL.iter().map(|l| l.tag().to_string()).collect();
    listed.sort();
    assert_eq!(folders, listed);
}

#[test]
fn every_locale_parses() {
    for lang in Lang::ALL {
        for file in FILES {
            if let Err(error) = build(lang, vec![locale_file(lang, file)]) {
                panic!("{}/{file}: {error:?}", lang.tag());
            }
        }
        // The app's two files in one bundle: no message in both.
        let app = APP_FILES.map(|file| locale_file(lang, file)).to_vec();
        if let Err(error) = build(lang, app) {
            panic!("{}: {error:?}", lang.tag());
        }
    }
}

#[test]
fn every_locale_has_englishs_messages_with_the_same_variables() {
    for file in FILES {
        same_messages_as_english(file);
    }
}

fn same_messages_as_english(file: &str) {
    let english = messages(&locale_file(Lang::En, file));
    assert!(english.len() > 20, "English has {} messages", english.len());
    for lang in Lang::ALL {
        let other = messages(&locale_file(lang, file));
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        let extra: Vec<_> = other
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        let differing: Vec<_> = english
            .iter()
            .filter(|(id, names)| {
                other
                    .get(*id)
                    .is_some_and(|o| o.variables != names.variables)
            })
            .map(|(id, _)| id)
            .collect();
        // `views.ftl` joins `main.ftl` in the app's bundle, and may name its messages.
        let beside = match file {
            "views.ftl" => messages(&locale_file(lang, "main.ftl")),
            _ => BTreeMap::new(),
        };
        let dangling: Vec<_> = other
            .values()
            .flat_map(|names| &names.references)
            .filter(|id| !other.contains_key(*id) && !beside.contains_key(*id))
            .collect();
        assert!(
            missing.is_empty() && extra.is_empty() && differing.is_empty() && dangling.is_empty(),
            "{}/{file}: missing {missing:?}, not in English {extra:?}, other variables \
             {differing:?}, references to no message {dangling:?}",
            lang.tag()
        );
    }
}

/// String literals in the app's source that look like message ids (`kebab-case`, not our
/// CSS classes or element ids, which start with `bp-`).
fn ids_in_source(dir: &Path, found: &mut BTreeSet<String>) {
    ids_in_source_where(dir, found, &|_| true);
}

/// [`ids_in_source`] in the files `wanted` keeps.
fn ids_in_source_where(dir: &Path, found: &mut BTreeSet<String>, wanted: &dyn Fn(&Path) -> bool) {
    for entry in fs::read_dir(dir).expect("src is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            ids_in_source_where(&path, found, wanted);
        } else if path.extension().is_some_and(|e| e == "rs") && wanted(&path) {
            let text = fs::read_to_string(&path).expect("source is UTF-8");
            // Unit tests sit at the end of a file and may name ids that must not exist.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for literal in code.split('"').skip(1).step_by(2) {
                let is_id = literal.contains('-')
                    && literal.split('-').all(|part| {
                        !part.is_empty()
                            && part
                                .chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                    })
                    && !["bp-", "billing-portal", "data-", "zh-"]
                        .iter()
                        .any(|prefix| literal.starts_with(prefix));
                if is_id {
                    found.insert(literal.to_string());
                }
            }
        }
    }
}

/// HTML autofill field names (`autocomplete="cc-number"`): kebab-case like message ids, but
/// the browser's words, not ours.
const AUTOFILL_NAMES: &[&str] = &[
    "given-name",
    "family-name",
    "address-line1",
    "address-line2",
    "address-level1",
    "address-level2",
    "postal-code",
    "cc-number",
    "cc-exp",
    "cc-csc",
    "cc-name",
];

/// The `<billing-portal>` element's attribute names: kebab-case too, but the HTML's words.
const ELEMENT_ATTRIBUTES: &[&str] = &["base-path", "api-base", "vault-base", "parent-origins"];

/// Segments of the portal's paths (`/billing-items`): kebab-case too, but the URL's words.
const PATH_SEGMENTS: &[&str] = &["billing-items", "billing-profile", "payment-methods"];

#[test]
fn the_code_and_the_messages_agree() {
    let english = messages(&locale_source(Lang::En));
    let mut used = BTreeSet::new();
    ids_in_source(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut used,
    );
    // A message that another message includes counts as used (the including one is checked
    // like any other).
    used.extend(english.values().flat_map(|names| names.references.clone()));
    let undefined: Vec<_> = used
        .iter()
        .filter(|id| {
            !english.contains_key(*id)
                && !AUTOFILL_NAMES.contains(&id.as_str())
                && !ELEMENT_ATTRIBUTES.contains(&id.as_str())
                && !PATH_SEGMENTS.contains(&id.as_str())
        })
        .collect();
    assert!(
        undefined.is_empty(),
        "the code uses messages no locale defines: {undefined:?}"
    );
    let unused: Vec<_> = english.keys().filter(|id| !used.contains(*id)).collect();
    assert!(unused.is_empty(), "messages nothing uses: {unused:?}");
}

/// The message ids the server's PDF code names (`"document-…"` literals) are exactly those of
/// English's `documents.ftl`.
#[test]
fn the_server_and_its_documents_agree() {
    let english = messages(&locale_file(Lang::En, "documents.ftl"));
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("server/src/pdf");
    let mut used = BTreeSet::new();
    for entry in fs::read_dir(&dir)
        .expect("server/src/pdf is readable")
        .flatten()
    {
        let text = fs::read_to_string(entry.path()).expect("source is UTF-8");
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (at, _) in code.match_indices("\"document-") {
            let literal = code[at + 1..].split('"').next().unwrap_or_default();
            used.insert(literal.to_string());
        }
    }
    let undefined: Vec<_> = used
        .iter()
        .filter(|id| !english.contains_key(*id))
        .collect();
    let unused: Vec<_> = english.keys().filter(|id| !used.contains(*id)).collect();
    assert!(
        undefined.is_empty() && unused.is_empty(),
        "the server names messages documents.ftl lacks: {undefined:?}; unused: {unused:?}"
    );
}

/// The character refusals of names and addresses each have a message of their own in every
/// locale, so a pasted invisible character is explained as such.
#[test]
fn name_and_address_refusals_are_explained_in_every_locale() {
    use billing_core::fields::FieldCode;
    for lang in Lang::ALL {
        let messages = messages(&locale_source(lang));
        for code in [FieldCode::InvalidCharacters, FieldCode::InvisibleCharacters] {
            let id = format!("field-error-{}", code.as_str().replace('_', "-"));
            assert!(messages.contains_key(&id), "{}: no {id}", lang.tag());
        }
    }
}
