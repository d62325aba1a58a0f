//! The billing profile's rules, run by both backends: what its billing address, tax ID and
//! contacts may be, and each change made to a profile with them.

use crate::contract::{
    BillTo, BillingContact, BillingProfile, ContactDetails, ContactTopic, ErrorBody, ErrorCode,
};
use crate::fields::{field, FieldCode, FieldError};
use crate::tax_id::{self, TaxId};
use crate::validation::{email_field, validate_billing_address};

/// Why a change to the profile was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProfileError {
    Invalid(Vec<FieldError>),
    /// No contact with that id.
    NotFound,
    /// The change would leave no contact receiving invoices.
    LastInvoiceContact,
}

impl ProfileError {
    /// The HTTP status and error body the API answers with.
    pub fn answer(&self) -> (u16, ErrorBody) {
        match self {
            ProfileError::Invalid(errors) => (422, ErrorBody::validation_failed(errors)),
            ProfileError::NotFound => (
                404,
                ErrorBody::new(ErrorCode::NotFound, "contact not found"),
            ),
            ProfileError::LastInvoiceContact => (
                409,
                ErrorBody::new(
                    ErrorCode::LastInvoiceContact,
                    "at least one contact receives the invoices",
                ),
            ),
        }
    }
}

impl BillingProfile {
    /// Where mail about payments goes: the first contact who receives receipts, else the
    /// first contact.
    pub fn billing_email(&self) -> String {
        let receives = |c: &&BillingContact| c.details.receives.contains(&ContactTopic::Receipts);
        self.contacts
            .iter()
            .find(receives)
            .or(self.contacts.first())
            .map(|c| c.details.email.clone())
            .unwrap_or_default()
    }
}

/// A tax ID as kept, or why it is refused, on the form's field for the country or the number.
pub fn check_tax_id(tax_id: &TaxId) -> Result<TaxId, FieldError> {
    tax_id::check(tax_id).map_err(|code| FieldError {
        field: tax_id::field_of(code),
        code,
    })
}

/// `PUT /billing-profile/bill-to`: the billing address and tax ID, each as kept. Invoices
/// already issued keep what they were made out to.
pub fn update_bill_to(profile: &mut BillingProfile, update: &BillTo) -> Result<(), ProfileError> {
    let address = validate_billing_address(&update.billing_address);
    let tax_id = update.tax_id.as_ref().map(check_tax_id).transpose();
    match (address, tax_id) {
        (Ok(address), Ok(tax_id)) => {
            profile.bill_to = BillTo {
                billing_address: address,
                tax_id,
            };
            Ok(())
        }
        (address, tax_id) => {
            let mut errors = address.err().unwrap_or_default();
            errors.extend(tax_id.err());
            Err(ProfileError::Invalid(errors))
        }
    }
}

/// A contact's details as kept: the address trimmed, the topics in order and once each.
fn checked_contact(
    details: &ContactDetails,
    others: &[&BillingContact],
) -> Result<ContactDetails, ProfileError> {
    let mut errors = Vec::new();
    let email = match email_field(&details.email) {
        Ok(email) if email.is_empty() => Err(FieldCode::Required),
        Ok(email)
            if others
                .iter()
                .any(|c| c.details.email.eq_ignore_ascii_case(&email)) =>
        {
            Err(FieldCode::Duplicate)
        }
        other => other,
    };
    let email = email
        .map_err(|code| {
            errors.push(FieldError {
                field: field::CONTACT_EMAIL,
                code,
            })
        })
        .ok();
    let mut receives = details.receives.clone();
    receives.sort();
    receives.dedup();
    let receives_code = if receives.is_empty() {
        Some(FieldCode::Required)
    } else if receives.contains(&ContactTopic::Unknown) {
        Some(FieldCode::Invalid)
    } else {
        None
    };
    if let Some(code) = receives_code {
        errors.push(FieldError {
            field: field::CONTACT_RECEIVES,
            code,
        });
    }
    match email {
        Some(email) if errors.is_empty() => Ok(ContactDetails { email, receives }),
        _ => Err(ProfileError::Invalid(errors)),
    }
}

/// Whether someone still receives the invoices.
fn invoices_received(contacts: &[BillingContact]) -> bool {
    contacts
        .iter()
        .any(|c| c.details.receives.contains(&ContactTopic::Invoices))
}

/// `POST /billing-profile/contacts`: a new contact, numbered after the others.
pub fn add_contact(
    profile: &mut BillingProfile,
    details: &ContactDetails,
) -> Result<BillingContact, ProfileError> {
    let others: Vec<_> = profile.contacts.iter().collect();
    let details = checked_contact(details, &others)?;
    let number = profile
        .contacts
        .iter()
        .filter_map(|c| c.id.strip_prefix("con_")?.parse::<u32>().ok())
        .max()
        .unwrap_or(0)
        + 1;
    let contact = BillingContact {
        id: format!("con_{number}"),
        details,
    };
    profile.contacts.push(contact.clone());
    Ok(contact)
}

/// `PUT /billing-profile/contacts/{id}`: new details for a contact; the last one receiving
/// invoices keeps receiving them.
pub fn update_contact(
    profile: &mut BillingProfile,
    id: &str,
    details: &ContactDetails,
) -> Result<BillingContact, ProfileError> {
    let index = position(profile, id)?;
    let others: Vec<_> = profile.contacts.iter().filter(|c| c.id != id).collect();
    let details = checked_contact(details, &others)?;
    let mut contacts = profile.contacts.clone();
    contacts[index].details = details;
    if !invoices_received(&contacts) {
        return Err(ProfileError::LastInvoiceContact);
    }
    let contact = contacts[index].clone();
    profile.contacts = contacts;
    Ok(contact)
}

/// `DELETE /billing-profile/contacts/{id}`, unless it is the last one receiving invoices.
pub fn remove_contact(profile: &mut BillingProfile, id: &str) -> Result<(), ProfileError> {
    let index = position(profile, id)?;
    let mut contacts = profile.contacts.clone();
    contacts.remove(index);
    if !invoices_received(&contacts) {
        return Err(ProfileError::LastInvoiceContact);
    }
    profile.contacts = contacts;
    Ok(())
}

fn position(profile: &BillingProfile, id: &str) -> Result<usize, ProfileError> {
    profile
        .contacts
        .iter()
        .position(|c| c.id == id)
        .ok_or(ProfileError::NotFound)
}
