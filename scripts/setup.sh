#!/usr/bin/env bash
# Installs what building and testing need, skipping whatever is already there.
# Sourced by run.sh and test.sh: `ensure_build_tools`, then `ensure_test_tools` for tests, or
# `ensure_server_fonts` to serve from the reference server.
# The recipe is the one verified on these machines (see TOOLCHAIN.md in the design notes).

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
# Splits the WebAssembly by view (scripts/build-split.mjs).
WASM_SPLIT_VERSION=0.2.4
# Debian's fonts-noto-cjk: the reference server's invoice and receipt PDFs are set in it
# (its --font-dir by default), and the browser tests show CJK text with it.
NOTO_CJK_DIR=/usr/share/fonts/opentype/noto

log() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# The wasm-bindgen CLI must be exactly the version the app links against.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_build_tools() {
  export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    log "installing Trunk $TRUNK_VERSION (about 10 minutes on 2 cores, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
  local wbg
  wbg=$(wasm_bindgen_version)
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]; then
    log "installing wasm-bindgen-cli $wbg (about 3 minutes, once)"
    # Not --locked: its lock file names a crate version the registry no longer has.
    cargo install wasm-bindgen-cli --version "$wbg"
  fi
  if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    log "installing wasm-split-cli $WASM_SPLIT_VERSION (about a minute, once)"
    cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
  fi
  if ! grep -q "wasm_bindgen = \"$wbg\"" Trunk.toml; then
    echo "Trunk.toml pins a wasm-bindgen other than Cargo.lock's $wbg: update [tools]" >&2
    return 1
  fi
  ensure_node_modules
}

# npm packages: binaryen's wasm-opt for the build, playwright-core and axe-core for tests.
ensure_node_modules() {
  local stamp=node_modules/.package-lock.json
  if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
    log "installing npm packages"
    npm ci --no-audit --no-fund
  fi
  if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "$BINARYEN_VERSION" ]; then
    echo "wasm-opt $BINARYEN_VERSION is missing from node_modules/.bin" >&2
    return 1
  fi
}

apt_install() {
  log "installing $*"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y "$@"
}

noto_cjk_installed() {
  [ -f "$NOTO_CJK_DIR/NotoSansCJK-Regular.ttc" ] && [ -f "$NOTO_CJK_DIR/NotoSansCJK-Bold.ttc" ]
}

ensure_server_fonts() {
  noto_cjk_installed || apt_install fonts-noto-cjk
}

ensure_test_tools() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  noto_cjk_installed || missing+=(fonts-noto-cjk)
  # pdftotext, pdftoppm and pdfinfo read the server's PDFs back (server/tests/pdf.rs).
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  if [ ${#missing[@]} -gt 0 ]; then
    apt_install "${missing[@]}"
  fi
}
