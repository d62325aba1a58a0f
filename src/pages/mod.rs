//! One module per view: layout, user flow, and the wiring of components.

mod billing_items;
mod billing_profile;
mod export;
mod invoice_detail;
mod invoices;
mod make_payment;
mod not_found;
mod paths;
mod payment_facts;
mod payment_methods;
mod payments;
mod pdf_button;

pub use billing_items::BillingItemsPage;
pub use billing_profile::BillingProfilePage;
pub use export::InvoiceExportPage;
pub use invoice_detail::{InvoiceDetailPage, InvoiceDetailPageProps};
pub use invoices::InvoicesPage;
pub use make_payment::MakePaymentPage;
pub use not_found::NotFoundPage;
pub use payment_methods::PaymentMethodsPage;
pub use payments::{PaymentsPage, ReceiptPage, ReceiptPageProps};
