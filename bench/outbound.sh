#!/usr/bin/env bash
# Outbound throughput of the send job workers, side by side with graphile-worker and pg-boss
# (npm, versions pinned in bench/node/package.json + lockfile) on the same private PostgreSQL,
# the same local Cloud API stand-in (`opsdeskd cloud-api-stand-in`) and the same workload:
# JOBS jobs, each one POST of a text message to {base}/{version}/{phone}/messages with the bearer
# token and then the returned message id recorded in the database (OpsDesk: finish_send_job;
# the others: a task that UPDATEs a row of outbound_bench.sends). Same worker concurrency for all
# (OpsDesk: PROCESSES × `opsdeskd serve` with OPSDESK_SEND_CONCURRENCY = CONCURRENCY / PROCESSES).
#
# Two ways to enqueue, the same for all three:
#   burst:  all JOBS at once in one transaction (OpsDesk: one INSERT INTO opsdesk.messages of
#           JOBS queued outbound messages over OUTBOUND_CONVERSATIONS conversations, which enqueues
#           the send jobs; the others send to the same numbers).
#   steady: RATE jobs/s, one per transaction, for up to 20 s (RATE=0 skips it).
# Each run of each system gets fresh workers; systems take turns run by run. Prints, per run,
# jobs/s (JOBS / first enqueue → last completion), queue latency p50/p95 (enqueue → job start:
# opsdesk.jobs created_at → started_at; the others record their start time), end-to-end p50/p95
# and the enqueue time; then medians and the ratio OpsDesk / each. Figures, not assertions.
#
#   bench/outbound.sh [JOBS=5000] [CONCURRENCY=8] [RUNS=3] [RATE=100] [PROCESSES=1]
# OUTBOUND_CONVERSATIONS=N spreads OpsDesk's messages over N conversations (default 500: ten
# messages per conversation in a burst of 5000; enqueueing costs more per message the more
# messages one transaction adds to the same conversation).
# PGBOSS_PLAIN=1 also runs pg-boss without notifyWorker() (see bench/node/outbound.js): slow.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/common.sh"
jobs=${1:-5000}
concurrency=${2:-8}
runs=${3:-3}
rate=${4:-100}
processes=${5:-1}
export OUTBOUND_CONVERSATIONS=${OUTBOUND_CONVERSATIONS:-500}
conversations=$OUTBOUND_CONVERSATIONS
if (( concurrency % processes != 0 )); then
    echo "CONCURRENCY ($concurrency) must be a multiple of PROCESSES ($processes)" >&2
    exit 2
fi
if ! command -v node >/dev/null || (( $(node -p 'process.versions.node.split(".")[0]') < 20 )); then
    echo "bench/outbound.sh needs Node.js 20 or newer with npm (graphile-worker and pg-boss run on it)" >&2
    exit 1
fi
opsdesk_install_packages
opsdesk_build opsdeskd
opsdeskd=$OPSDESK_BUILD/app/opsdeskd
node_dir=$root/bench/node
opsdesk_log "Installing graphile-worker and pg-boss (npm ci)"
(cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

work=$(mktemp -d)
chmod 755 "$work"
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
    "$opsdeskd" cluster destroy --data-dir "$work/pg" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
free_port() { node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'; }

owner_url=$("$opsdeskd" cluster start --data-dir "$work/pg" --fast | sed -n 's/^OPSDESK_DATABASE_URL=//p')
OPSDESK_DATABASE_URL=$owner_url OPSDESK_LOG_LEVEL=warn "$opsdeskd" migrate >/dev/null
psql=(psql -X -q -v ON_ERROR_STOP=1 -d "$owner_url")
"${psql[@]}" -v conversations="$conversations" <<'SQL'
-- The rows graphile-worker's and pg-boss's tasks read and complete (OpsDesk's are its messages).
CREATE SCHEMA outbound_bench;
CREATE TABLE outbound_bench.sends (
    id          bigserial PRIMARY KEY,
    system      text NOT NULL,
    run         integer NOT NULL,
    n           integer NOT NULL,
    to_phone    text NOT NULL,
    body        text NOT NULL,
    enqueued_at timestamptz NOT NULL,
    started_at  timestamptz,
    finished_at timestamptz,
    attempts    integer NOT NULL DEFAULT 0,
    wamid       text
);
-- Customers who wrote an hour ago (their 24-hour window is open) for OpsDesk's messages.
INSERT INTO opsdesk.contacts (wa_id, profile_name)
SELECT '9725' || lpad((10000000 + g)::text, 8, '0'), 'Bench customer ' || g
  FROM generate_series(0, :conversations - 1) g;
INSERT INTO opsdesk.conversations (contact_id, business_phone_id, last_inbound_at, last_message_at,
                                   last_message_direction, waiting_since)
SELECT id, '100000000000001', now() - interval '1 hour', now() - interval '1 hour', 'inbound',
       now() - interval '1 hour'
  FROM opsdesk.contacts;
CREATE TABLE outbound_bench.conversations AS
SELECT (row_number() OVER (ORDER BY c.id) - 1)::int AS k, c.id AS conversation_id
  FROM opsdesk.conversations c;
SQL
"${psql[@]}" -At -c "SELECT 'durability (fsync, synchronous_commit): ' || current_setting('fsync') || ' ' || current_setting('synchronous_commit')"

export DATABASE_URL=$owner_url OPSDESK_DATABASE_URL=$owner_url OPSDESK_LOG_LEVEL=warn
export WHATSAPP_ACCESS_TOKEN=bench-access-token WHATSAPP_API_VERSION=v21.0
export WHATSAPP_PHONE_NUMBER_ID=100000000000001 WHATSAPP_BUSINESS_ACCOUNT_ID=200000000000001
export WHATSAPP_APP_SECRET=bench-app-secret WHATSAPP_VERIFY_TOKEN=bench-verify-token

# The Cloud API stand-in, shared by all three.
"$opsdeskd" cloud-api-stand-in --listen "127.0.0.1:$(free_port)" >"$work/standin.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do grep -qs '^WHATSAPP_API_BASE_URL=' "$work/standin.log" && break; sleep 0.1; done
WHATSAPP_API_BASE_URL=$(sed -n 's/^WHATSAPP_API_BASE_URL=//p' "$work/standin.log" | head -1)
if [ -z "$WHATSAPP_API_BASE_URL" ]; then
    echo "the Cloud API stand-in did not start:" >&2
    cat "$work/standin.log" >&2
    exit 1
fi
export WHATSAPP_API_BASE_URL

versions=$(cd "$node_dir" && node -p 'const l = require("./package-lock.json").packages; ["graphile-worker", "pg-boss", "pg"].map((p) => p + " " + l["node_modules/" + p].version).join(", ")')
echo "node $(node --version), $versions; stand-in at $WHATSAPP_API_BASE_URL"
echo "OpsDesk enqueues over $conversations conversations (OUTBOUND_CONVERSATIONS); the others use the same $conversations numbers"
echo "concurrency $concurrency: OpsDesk $processes × opsdeskd serve with OPSDESK_SEND_CONCURRENCY=$(( concurrency / processes ));" \
     "graphile-worker run({concurrency: $concurrency}); pg-boss $concurrency × work({batchSize: 1," \
     "pollingIntervalSeconds: 0.5}) + notifyWorker() after each job"

serves=()
start_opsdesk() {
    local i port
    serves=()
    for i in $(seq "$processes"); do
        port=$(free_port)
        OPSDESK_SEND_CONCURRENCY=$(( concurrency / processes )) \
            "$opsdeskd" serve --listen "127.0.0.1:$port" >>"$work/serve-$i.log" 2>&1 &
        serves+=($!)
        pids+=($!)
        for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.1; done
        if ! curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; then
            echo "opsdeskd serve did not become ready:" >&2
            tail -20 "$work/serve-$i.log" >&2
            exit 1
        fi
    done
    sleep 1 # let the workers settle into waiting for jobs
}
stop_opsdesk() {
    local pid
    for pid in "${serves[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; done
    serves=()
}

results=$work/results.jsonl
run_one() { # SYSTEM MODE-ARGS...
    local system=$1
    shift
    "${psql[@]}" -c "VACUUM (ANALYZE)" 2>/dev/null
    if [ "$system" = opsdesk ]; then
        start_opsdesk
        if ! node "$node_dir/outbound.js" opsdesk --processes "$processes" --results "$results" "$@"; then
            echo "OpsDesk run failed; last lines of the serve log:" >&2
            tail -20 "$work/serve-1.log" >&2
        fi
        stop_opsdesk
    else
        node "$node_dir/outbound.js" "$system" --results "$results" "$@" || echo "$system run failed" >&2
    fi
}

systems=(opsdesk graphile-worker pg-boss)
opsdesk_log "Burst: $jobs jobs enqueued in one transaction, $runs run(s) per system"
for run in $(seq "$runs"); do
    for system in "${systems[@]}"; do
        run_one "$system" --jobs "$jobs" --concurrency "$concurrency" --run "$run"
    done
    if [ "${PGBOSS_PLAIN:-0}" = 1 ]; then
        PGBOSS_PLAIN=1 run_one pg-boss --jobs "$jobs" --concurrency "$concurrency" --run "$run"
    fi
done
if (( rate > 0 )); then
    steady_jobs=$(( rate * 20 < jobs ? rate * 20 : jobs ))
    opsdesk_log "Steady: $steady_jobs jobs at $rate/s, one per transaction, $runs run(s) per system"
    for run in $(seq "$runs"); do
        for system in "${systems[@]}"; do
            run_one "$system" --jobs "$steady_jobs" --concurrency "$concurrency" --run "$(( 100 + run ))" --rate "$rate"
        done
    done
fi
node "$node_dir/outbound.js" report "$results"
