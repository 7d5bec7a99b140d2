#!/usr/bin/env bash
# Runs bench_sync against the SQLite hub and a throwaway PostgreSQL cluster (docs/benchmarks.md).
#   tests/bench/run_sync_bench.sh [BUILD_DIR] [bench_sync options…]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/dev}
shift || true
cmake --build "$build" -j2 --target bench_sync lobbydesk-hub >/dev/null
pgdir=$(mktemp -d)
trap 'bash "$root/tests/support/pgcluster.sh" stop "$pgdir" >/dev/null 2>&1 || true' EXIT
bash "$root/tests/support/pgcluster.sh" start "$pgdir" >/dev/null
"$build/tests/bench/bench_sync" --hub "$build/src/hub/lobbydesk-hub" --pg "$(cat "$pgdir/url")" "$@"
