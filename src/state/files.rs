//! Files the customer saves (a CSV made here, a PDF from the API) and printing.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `bytes` as a download named `name`; `false` if the browser refused.
pub fn save(name: &str, mime: &str, bytes: &[u8]) -> bool {
    save_blob(name, mime, bytes).is_some()
}

fn save_blob(name: &str, mime: &str, bytes: &[u8]) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let parts = Array::of1(&Uint8Array::from(bytes));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
    let url = Url::create_object_url_with_blob(&blob).ok()?;
    let link = document
        .create_element("a")
        .ok()?
        .dyn_into::<HtmlAnchorElement>()
        .ok()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The click has started the download; the object URL is no longer needed.
    let _ = Url::revoke_object_url(&url);
    Some(())
}

/// The browser's print dialog, for the page's print stylesheet.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
