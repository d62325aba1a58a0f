#!/usr/bin/env bash
# Load benchmark of the reference server: builds it (release), then for 48 and for 10,000
# seeded invoices starts it on a loopback port with a database of its own in a temporary
# directory, runs server/examples/load.rs (reads, payments, a 90/10 mix; BENCH_CLIENTS
# clients for BENCH_SECONDS seconds each), which checks that every accepted payment was
# stored once, and stops the server. Prints a Markdown table. A benchmark, not a test.
set -euo pipefail
cd "$(dirname "$0")/.."

clients=${BENCH_CLIENTS:-20}
seconds=${BENCH_SECONDS:-10}
target=${CARGO_TARGET_DIR:-target}

cargo build --locked --release -p billing-server --bin billing-server --example load

server_pid=""
log_dir=$(mktemp -d)
stop_server() {
    if [[ -n "$server_pid" ]]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=""
    fi
}
trap 'stop_server; rm -rf "$log_dir"' EXIT

echo "| invoices | workload | requests | requests/s | p50 ms | p99 ms | errors |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for invoices in 48 10000; do
    log="$log_dir/server-$invoices.log"
    "$target/release/billing-server" --addr 127.0.0.1:0 --invoices "$invoices" 2>"$log" &
    server_pid=$!
    addr=""
    for _ in $(seq 1 300); do
        addr=$(sed -n 's|.*listening on http://||p' "$log")
        [[ -n "$addr" ]] && break
        kill -0 "$server_pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
        sleep 0.1
    done
    [[ -n "$addr" ]] || { echo "the server did not start" >&2; exit 1; }
    "$target/release/examples/load" --addr "$addr" --clients "$clients" \
        --seconds "$seconds" --label "$invoices"
    stop_server
done
