fn main() {
    billing_portal::start();
}
