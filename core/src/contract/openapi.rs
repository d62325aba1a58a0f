//! The contract's schemas as the wire has them, for the server's generated OpenAPI document.
//!
//! utoipa derives each type's schema; [`WireSchemas`] then states what serde does that the
//! derive does not see, and the generic pages and attempts get the names clients know.

use std::borrow::Cow;

use utoipa::openapi::schema::{AdditionalProperties, Discriminator, Object, OneOf, Schema};
use utoipa::openapi::{OpenApi, RefOr};
use utoipa::{Modify, PartialSchema, ToSchema};

use super::{AttemptOutcome, BillingItem, Invoice, Page, Payment, PaymentMethod};

/// A named schema for one instance of a generic contract type: utoipa names every `Page<T>`
/// `Page`, and the document needs one schema per item type.
macro_rules! named {
    ($name:ident = $generic:ident<$item:ty>, $description:literal) => {
        #[doc = $description]
        pub enum $name {}

        impl PartialSchema for $name {
            fn schema() -> RefOr<Schema> {
                let mut schema = <$generic<$item> as PartialSchema>::schema();
                if let RefOr::T(Schema::Object(object)) = &mut schema {
                    object.description = Some($description.to_string());
                }
                schema
            }
        }

        impl ToSchema for $name {
            fn name() -> Cow<'static, str> {
                Cow::Borrowed(stringify!($name))
            }

            fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
                // The generic's schemas leave out its parameter's, which it refers to.
                schemas.push((<$item>::name().into_owned(), <$item>::schema()));
                <$item>::schemas(schemas);
                <$generic<$item>>::schemas(schemas);
            }
        }
    };
}

named!(
    InvoicePage = Page<Invoice>,
    "One page of invoices; pass `next_cursor` as `cursor` for the next, `null` on the last page."
);
named!(
    PaymentPage = Page<Payment>,
    "One page of payments; pass `next_cursor` as `cursor` for the next, `null` on the last page."
);
named!(
    BillingItemPage = Page<BillingItem>,
    "One page of billing items; pass `next_cursor` as `cursor` for the next, `null` on the last page."
);
named!(
    PaymentAttempt = AttemptOutcome<Payment>,
    "What became of a payment request sent with an `Idempotency-Key`."
);
named!(
    PaymentMethodAttempt = AttemptOutcome<PaymentMethod>,
    "What became of a request to add a payment method sent with an `Idempotency-Key`."
);

/// What a client reads a value it does not know as: the `#[serde(other)]` variant.
const UNKNOWN: &str = "unknown";

/// Rewrites the document's component schemas to what serde does on the wire:
///
/// * a `#[serde(flatten)]`ed field's properties are the object's own (utoipa composes them
///   with `allOf`), a flattened tagged enum giving one object per variant;
/// * every object is closed (`additionalProperties: false`): the server refuses a property
///   a type does not have, without serde's `deny_unknown_fields`, which would also make
///   clients refuse a property a newer server adds;
/// * a tagged enum's tag is its `oneOf`'s discriminator;
/// * an enum's `unknown` is not a value anyone sends but what clients read one they do not
///   know as, so it is said in the description rather than listed.
pub struct WireSchemas;

impl Modify for WireSchemas {
    fn modify(&self, openapi: &mut OpenApi) {
        let Some(components) = openapi.components.as_mut() else {
            return;
        };
        for schema in components.schemas.values_mut() {
            if let RefOr::T(schema) = schema {
                flatten(schema);
                discriminate(schema);
                close(schema);
                tolerate_unknown(schema);
            }
        }
    }
}

/// An `allOf` of objects (or of objects and one `oneOf` of objects) as a single object (or a
/// `oneOf` of them); anything else is left as it is.
fn flatten(schema: &mut Schema) {
    let Schema::AllOf(all_of) = schema else {
        return;
    };
    let mut alternatives = vec![Object::new()];
    for part in &all_of.items {
        let branches: Vec<&Object> = match part {
            RefOr::T(Schema::Object(object)) => vec![object],
            RefOr::T(Schema::OneOf(one_of)) => match objects(&one_of.items) {
                Some(objects) => objects,
                None => return,
            },
            _ => return,
        };
        alternatives = alternatives
            .iter()
            .flat_map(|so_far| branches.iter().map(move |branch| merged(so_far, branch)))
            .collect();
    }
    let description = all_of.description.take();
    *schema = match <[Object; 1]>::try_from(alternatives) {
        Ok([mut object]) => {
            object.description = description;
            Schema::Object(object)
        }
        Err(alternatives) => {
            let mut one_of = OneOf::new();
            one_of.items = alternatives
                .into_iter()
                .map(|object| RefOr::T(Schema::Object(object)))
                .collect();
            one_of.description = description;
            Schema::OneOf(one_of)
        }
    };
}

/// The items, if every one is an object.
fn objects(items: &[RefOr<Schema>]) -> Option<Vec<&Object>> {
    items
        .iter()
        .map(|item| match item {
            RefOr::T(Schema::Object(object)) => Some(object),
            _ => None,
        })
        .collect()
}

/// A tagged enum's `oneOf` names its tag as the discriminator: the property every variant
/// requires with one value of its own.
fn discriminate(schema: &mut Schema) {
    let Schema::OneOf(one_of) = schema else {
        return;
    };
    let Some(variants) = objects(&one_of.items) else {
        return;
    };
    let is_tag = |name: &String| {
        variants.iter().all(|variant| {
            variant.required.contains(name)
                && matches!(
                    variant.properties.get(name),
                    Some(RefOr::T(Schema::Object(tag)))
                        if tag.enum_values.as_ref().is_some_and(|values| values.len() == 1)
                )
        })
    };
    let tag = variants
        .first()
        .and_then(|first| first.required.iter().find(|name| is_tag(name)))
        .cloned();
    if let Some(tag) = tag {
        one_of.discriminator = Some(Discriminator::new(tag));
    }
}

fn merged(first: &Object, second: &Object) -> Object {
    let mut object = first.clone();
    object.schema_type = second.schema_type.clone();
    object.properties.extend(second.properties.clone());
    object.required.extend(second.required.iter().cloned());
    object
}

fn close(schema: &mut Schema) {
    match schema {
        Schema::Object(object) if !object.properties.is_empty() => {
            object
                .additional_properties
                .get_or_insert_with(|| Box::new(AdditionalProperties::FreeForm(false)));
        }
        Schema::OneOf(one_of) => {
            for item in &mut one_of.items {
                if let RefOr::T(item) = item {
                    close(item);
                }
            }
        }
        _ => {}
    }
}

fn tolerate_unknown(schema: &mut Schema) {
    let Schema::Object(object) = schema else {
        return;
    };
    let Some(values) = object.enum_values.as_mut() else {
        return;
    };
    let listed = values.len();
    values.retain(|value| value != UNKNOWN);
    if values.len() < listed {
        let note = format!("Clients read a value they do not know as `{UNKNOWN}`.");
        object.description = Some(match object.description.take() {
            Some(description) => format!("{description} {note}"),
            None => note,
        });
    }
}
