use serde::{Deserialize, Serialize};

use crate::address::Address;
use crate::tax_id::TaxId;

/// `GET /api/v1/billing-profile`: the account's paperwork. Its billing address and tax ID are
/// what invoices issued from now on are made out to (an issued invoice keeps its own), and
/// what **Use company information** copies; its contacts are who receives what by email.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BillingProfile {
    #[serde(flatten)]
    #[cfg_attr(feature = "openapi", schema(inline))]
    pub bill_to: BillTo,
    pub contacts: Vec<BillingContact>,
}

/// Whom invoices are made out to: the profile's, changed by
/// `PUT /api/v1/billing-profile/bill-to`, and each invoice's own, as the profile was when it
/// was issued.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BillTo {
    pub billing_address: Address,
    /// `null`: none on file.
    pub tax_id: Option<TaxId>,
}

/// Someone who receives billing email.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BillingContact {
    pub id: String,
    #[serde(flatten)]
    #[cfg_attr(feature = "openapi", schema(inline))]
    pub details: ContactDetails,
}

/// `POST /api/v1/billing-profile/contacts`, and `PUT` of one: an address and what it receives.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContactDetails {
    pub email: String,
    /// At least one; no topic twice.
    pub receives: Vec<ContactTopic>,
}

/// What a contact is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContactTopic {
    /// Each invoice when it is issued. At least one contact receives them.
    Invoices,
    /// A receipt for each payment.
    Receipts,
    /// A payment method's status changes: validated, declined, expiring, expired.
    MethodStatus,
    #[serde(other)]
    Unknown,
}

impl ContactTopic {
    pub const KNOWN: [ContactTopic; 3] = [
        ContactTopic::Invoices,
        ContactTopic::Receipts,
        ContactTopic::MethodStatus,
    ];
}
