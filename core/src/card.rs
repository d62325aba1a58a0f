//! Payment cards: brands, and (never stored) the numbers customers type.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardBrand {
    Visa,
    Mastercard,
    Amex,
    Discover,
    Jcb,
    UnionPay,
    Diners,
    Maestro,
    #[serde(other)]
    Unknown,
}
