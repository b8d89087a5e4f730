#!/usr/bin/env bash
# Change feed latency and burst benchmark (bench/feedbench.cpp), RUNS times; each run uses a fresh
# private, durable cluster. Prints every run; quote the median of the runs.
#   bench/feed-latency.sh [RUNS=3] [RATE=1000] [SECONDS=10]
set -euo pipefail
source "$(dirname "$0")/../scripts/common.sh"
opsdesk_install_packages
opsdesk_build feedbench
for run in $(seq "${1:-3}"); do
    echo "--- run $run"
    "$OPSDESK_BUILD/bench/feedbench" "${2:-1000}" "${3:-10}" 2>/dev/null
done
