#!/usr/bin/env bash
# The invoice page against its plain-JavaScript and React peers (../shared/perf-peers), in
# one headless Chromium run: prints the medians and the ratios. Run after
# `trunk build --release`; extra arguments go to the peers' bench (`--rounds 5`).
#
# The peers' harness reads the page's DOM; the portal renders in its <billing-portal>
# element's shadow root, so scripts/perf-peers.patch lets the same harness look there too
# (for the peers, which have no shadow root, it changes nothing).
set -euo pipefail
cd "$(dirname "$0")/.."
peers_source=${PERF_PEERS:-../shared/perf-peers}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$peers_source"/. "$work"
patch -s -d "$work" -p1 < scripts/perf-peers.patch
(cd "$work" && npm ci --silent --no-audit --no-fund)
dist=${DIST:-$(pwd)/dist}
(cd "$work" && node bench.mjs "$dist" "$@")
