//! The payment methods on file and the card vault's stand-in: the rules both backends apply
//! (the reference server on SQLite, the demo in the browser), so that each answers alike.
//!
//! The vault keeps a card's brand, last four digits and expiry, never its number or
//! security code. Test numbers behave as a processor's would when the token is used:
//! `4000 0000 0000 0002` is declined, `4000 0000 0000 0069` reports an expired card,
//! `4000 0000 0000 3220` needs the issuer's authentication.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::card::{last4, CardBrand};
use crate::contract::{
    CardToken, CardTokenRequest, ErrorBody, ErrorCode, MethodDetails, MethodStatus,
    NewPaymentMethod, PaymentMethod,
};
use crate::fields::{field, FieldCode, FieldError};
use crate::validation::{validate_billing_address, validate_card_form, validate_holder, CardForm};

/// What using a tokenized card will do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardOutcome {
    Approved,
    Declined,
    Expired,
    RequiresAction,
}

impl CardOutcome {
    /// The processor's test numbers; every other valid number is approved.
    pub fn of(digits: &str) -> CardOutcome {
        match digits {
            "4000000000000002" => CardOutcome::Declined,
            "4000000000000069" => CardOutcome::Expired,
            "4000000000003220" => CardOutcome::RequiresAction,
            _ => CardOutcome::Approved,
        }
    }
}

/// A token as the vault keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vaulted {
    pub card: CardToken,
    pub holder: String,
    pub outcome: CardOutcome,
    /// A token is good for one use.
    pub used: bool,
}

/// Why the wallet refused: each is one answer of the API contract.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WalletError {
    Invalid(Vec<FieldError>),
    Declined,
    Expired,
    NotFound,
    /// Only an active method can be the monthly one.
    NotActive,
    /// The last valid method of an account that owes money.
    LastValid,
}

impl WalletError {
    /// The HTTP status and error body the API answers with.
    pub fn answer(&self) -> (u16, ErrorBody) {
        match self {
            WalletError::Invalid(errors) => (422, ErrorBody::validation_failed(errors)),
            WalletError::Declined => (
                422,
                ErrorBody::new(ErrorCode::CardDeclined, "the card was declined"),
            ),
            WalletError::Expired => (
                422,
                ErrorBody::new(ErrorCode::CardExpired, "the card has expired"),
            ),
            WalletError::NotFound => (
                404,
                ErrorBody::new(ErrorCode::NotFound, "payment method not found"),
            ),
            WalletError::NotActive => {
                let mut body = ErrorBody::new(ErrorCode::ValidationFailed, "only an active method");
                body.fields
                    .insert("status".into(), FieldCode::Unusable.as_str().into());
                (422, body)
            }
            WalletError::LastValid => (
                409,
                ErrorBody::new(
                    ErrorCode::LastPaymentMethod,
                    "the last valid method of an account that owes money",
                ),
            ),
        }
    }
}

fn invalid(field: &'static str, code: FieldCode) -> WalletError {
    WalletError::Invalid(vec![FieldError { field, code }])
}

/// Checks a card as the vault would and keeps what may be kept of it under `token`.
pub fn vault(
    request: &CardTokenRequest,
    token: String,
    today: NaiveDate,
) -> Result<Vaulted, WalletError> {
    let form = CardForm {
        number: request.number.clone(),
        expiry: format!("{:02}/{}", request.exp_month, request.exp_year),
        cvc: request.cvc.clone(),
        holder: request.holder.clone(),
    };
    let valid =
        validate_card_form(&form, &CardBrand::KNOWN, today).map_err(WalletError::Invalid)?;
    Ok(Vaulted {
        outcome: CardOutcome::of(&valid.number),
        card: CardToken {
            token,
            brand: CardBrand::detect(&valid.number),
            last4: last4(&valid.number),
            exp_month: valid.exp_month,
            exp_year: valid.exp_year,
        },
        holder: valid.holder,
        used: false,
    })
}

/// Uses a token once: `None` (no such token) or a used one is refused on `field`.
pub fn take(vaulted: Option<&mut Vaulted>, field: &'static str) -> Result<Vaulted, WalletError> {
    match vaulted {
        Some(v) if !v.used => {
            v.used = true;
            Ok(v.clone())
        }
        _ => Err(invalid(field, FieldCode::Invalid)),
    }
}

/// Adds the card of a taken token, pending validation (usable within 24 hours); as the
/// monthly method if asked, in place of the old one.
pub fn add_card(
    methods: &mut Vec<PaymentMethod>,
    vaulted: Vaulted,
    new: &NewPaymentMethod,
    now: DateTime<Utc>,
) -> Result<PaymentMethod, WalletError> {
    match vaulted.outcome {
        CardOutcome::Declined => return Err(WalletError::Declined),
        CardOutcome::Expired => return Err(WalletError::Expired),
        CardOutcome::Approved | CardOutcome::RequiresAction => {}
    }
    let card = vaulted.card;
    let method = PaymentMethod {
        id: format!("pm_{}", card.token.trim_start_matches("tok_")),
        details: MethodDetails::Card {
            brand: card.brand,
            last4: card.last4,
            exp_month: card.exp_month,
            exp_year: card.exp_year,
            holder: vaulted.holder,
            billing_address: new.billing_address.clone(),
        },
        status: MethodStatus::PendingValidation,
        is_default: new.make_default,
        eu_supported: new.eu_supported,
        created_at: now,
    };
    if method.is_default {
        methods.iter_mut().for_each(|m| m.is_default = false);
    }
    methods.push(method.clone());
    Ok(method)
}

/// The holder and billing address of a new method, checked and in canonical form; every
/// field error at once.
pub fn checked_address(new: &NewPaymentMethod) -> Result<NewPaymentMethod, WalletError> {
    let holder = validate_holder(&new.holder);
    match (holder, validate_billing_address(&new.billing_address)) {
        (Ok(holder), Ok(billing_address)) => Ok(NewPaymentMethod {
            holder,
            billing_address,
            ..new.clone()
        }),
        (holder, address) => {
            let holder = holder.err().map(|code| FieldError {
                field: field::CARD_HOLDER,
                code,
            });
            let address = address.err().unwrap_or_default();
            Err(WalletError::Invalid(
                holder.into_iter().chain(address).collect(),
            ))
        }
    }
}

/// Makes an active method the monthly one.
pub fn set_default(methods: &mut [PaymentMethod], id: &str) -> Result<PaymentMethod, WalletError> {
    let target = methods
        .iter()
        .find(|m| m.id == id)
        .ok_or(WalletError::NotFound)?;
    if target.status != MethodStatus::Active {
        return Err(WalletError::NotActive);
    }
    methods.iter_mut().for_each(|m| m.is_default = m.id == id);
    methods
        .iter()
        .find(|m| m.id == id)
        .cloned()
        .ok_or(WalletError::NotFound)
}

/// Removes a method, unless it is the last valid one of an account that `owes` money; the
/// monthly role passes to the next active method.
pub fn remove(methods: &mut Vec<PaymentMethod>, id: &str, owes: bool) -> Result<(), WalletError> {
    let index = methods
        .iter()
        .position(|m| m.id == id)
        .ok_or(WalletError::NotFound)?;
    let valid_left = methods
        .iter()
        .enumerate()
        .any(|(i, m)| i != index && m.status == MethodStatus::Active);
    if methods[index].status == MethodStatus::Active && owes && !valid_left {
        return Err(WalletError::LastValid);
    }
    let removed = methods.remove(index);
    if removed.is_default {
        if let Some(next) = methods
            .iter_mut()
            .find(|m| m.status == MethodStatus::Active)
        {
            next.is_default = true;
        }
    }
    Ok(())
}
