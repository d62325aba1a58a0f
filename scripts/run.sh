#!/usr/bin/env bash
# Builds billing-portal and serves it on http://127.0.0.1:8080: in demo mode (no backend), or
# with `--server` from the reference API server (axum + SQLite), which serves the app with
# its API base and an administrator's token in the page.
# Installs whatever the build needs first; a warm machine goes straight to the build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_build_tools
case "${1:-}" in
  "")
    log "serving on http://127.0.0.1:8080 (demo mode)"
    exec trunk serve --release --offline
    ;;
  --server)
    ensure_server_fonts
    trunk build --release --offline
    log "serving on http://127.0.0.1:8080 (the reference API server, an in-memory database)"
    exec cargo run --locked -p billing-server -- --dist dist --addr 127.0.0.1:8080 "${@:2}"
    ;;
  *)
    echo "usage: scripts/run.sh [--server [server options]]" >&2
    exit 2
    ;;
esac
