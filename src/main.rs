/// Runs once, when `billing-portal.js` loads the module; each `<billing-portal>` element
/// then mounts a portal of its own (`embed::mount`).
fn main() {
    billing_portal::crash::install();
}
