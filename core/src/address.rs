//! Billing addresses and the company record that can fill one.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    pub first_name: String,
    pub last_name: String,
    #[serde(default)]
    pub company: String,
    pub line1: String,
    #[serde(default)]
    pub line2: String,
    pub city: String,
    /// State, province or region; required for some countries (see validation).
    #[serde(default)]
    pub state: String,
    pub postal_code: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
}
