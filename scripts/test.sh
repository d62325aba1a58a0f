#!/usr/bin/env bash
# Runs every suite: formatting and lints, native unit tests (core and app logic), browser
# unit tests (wasm-bindgen-test in headless Chromium), the release build and its size, and
# the end-to-end tests (playwright-core driving Chromium against the release build).
# Installs what is missing first, Chromium included; a warm machine skips the installs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_build_tools
ensure_test_tools

log "formatting"
cargo fmt --all --check

log "lints, native and wasm32"
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy -p billing-portal --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
cargo clippy -p billing-portal --target wasm32-unknown-unknown --features split --locked -- -D warnings
# The release builds one app for each backend (scripts/build-split.mjs).
for backend in demo http; do
  cargo clippy -p billing-portal --target wasm32-unknown-unknown --no-default-features \
    --features "split,$backend" --locked -- -D warnings
done

log "native unit tests"
cargo test --workspace --locked

log "browser unit tests (headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test -p billing-portal --target wasm32-unknown-unknown --test browser --locked

log "release build"
trunk build --release --offline

log "first-load size"
node scripts/size.mjs

cargo build -p billing-server --locked
log "the conformance kit's command line against the reference server"
scripts/conformance.sh

log "end-to-end tests (headless Chromium)"
node --test tests/e2e/
