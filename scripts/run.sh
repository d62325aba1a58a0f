#!/usr/bin/env bash
# Builds billing-portal and serves it on http://127.0.0.1:8080 in demo mode (no backend).
# Installs whatever the build needs first; a warm machine goes straight to the build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_build_tools
log "serving on http://127.0.0.1:8080 (demo mode)"
exec trunk serve --release --offline
