//! Reusable UI pieces. They read state and i18n from context and never call the backend.

mod async_view;
mod attention;
mod balances;
mod bill_to;
mod card_form;
mod country_select;
mod demo_tools;
mod error_panel;
mod form;
mod language_switcher;
mod link;
mod loading;
mod method_label;
mod modal;
mod money;
mod pager;
mod remove_button;
mod shell;
mod status;
mod table_head;

pub use async_view::{AsyncList, AsyncView};
pub use attention::AttentionBanner;
pub use balances::Balances;
pub use bill_to::BillToText;
pub use card_form::{
    check_card_and_address, show_refusal, AddressInput, BillingAddress, CardInput,
    PaymentInformation, ADDRESS_FIELDS,
};
pub use country_select::CountrySelect;
pub use demo_tools::DemoTools;
pub use error_panel::{ErrorPanel, FailurePanel};
pub use form::{field_id, search_text, FormActions, FormErrors, TextField};
pub use language_switcher::LanguageSwitcher;
pub use link::Link;
pub use loading::{Loading, TableSkeleton};
pub use method_label::{method_text, BrandMark, MethodLabel};
pub use modal::Modal;
pub use money::{date_in, money_in, DateText, MoneyText, MonthText};
pub use pager::ListPager;
pub use remove_button::{RemoveButton, RemoveMessages};
pub use shell::{NavLink, Shell};
pub use status::{
    invoice_status_badge_now, invoice_status_message, InvoiceStatusBadge, ItemStatusBadge,
    MethodStatusBadge,
};
pub use table_head::{Column, Sorting, TableHead};
