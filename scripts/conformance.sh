#!/usr/bin/env bash
# Runs the conformance kit's command line against a fresh reference server, as a console team
# runs it against its own backend: `billing-server conformance --api URL --token T
# --viewer-token V` prints a pass/fail table and exits non-zero unless every check passed.
set -euo pipefail
cd "$(dirname "$0")/.."
server=target/debug/billing-server
log=$(mktemp)
"$server" --addr 127.0.0.1:0 2>"$log" &
pid=$!
trap 'kill "$pid" 2>/dev/null; rm -f "$log"' EXIT
api=""
for _ in $(seq 100); do
  api=$(grep -o 'http://[0-9.:]*' "$log" | head -1 || true)
  [ -n "$api" ] && break
  sleep 0.1
done
[ -n "$api" ] || { cat "$log"; echo "the reference server did not start" >&2; exit 1; }
"$server" conformance --api "$api" --token demo-admin-token --viewer-token demo-viewer-token
