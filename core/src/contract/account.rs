use serde::{Deserialize, Serialize};

/// `GET /api/v1/account`: who is looking, and what they may do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Account {
    pub id: String,
    pub kind: AccountKind,
    pub role: Role,
    pub eu_supported: bool,
}

/// Only a billing administrator may pay or change payment methods.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// May pay, and add, remove or change payment methods.
    BillingAdmin,
    /// Sees everything, changes nothing.
    Viewer,
    #[serde(other)]
    Unknown,
}

impl Role {
    /// Only a billing administrator may move money or change methods; an unknown role may not.
    pub fn can_manage_billing(self) -> bool {
        self == Role::BillingAdmin
    }
}

/// Lite and unlinked accounts see the reduced set of views.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AccountKind {
    Standard,
    /// A Lite or unlinked account sees the reduced set of views.
    Lite,
    Unlinked,
    #[serde(other)]
    Unknown,
}
