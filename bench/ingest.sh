#!/usr/bin/env bash
# Ingest benchmark: signed webhook POSTs per second sustained by `opsdeskd serve` on loopback,
# with durable commits (fsync on, synchronous_commit on). wrk sends 500 distinct, correctly
# signed bodies round-robin (64 connections, 2 threads); each run lasts DURATION seconds. Prints
# each run and the median, then checks every accepted event is in the database.
#
#   bench/ingest.sh [RUNS=3] [DURATION=15]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/common.sh"
opsdesk_install_packages wrk python3
opsdesk_build opsdeskd
opsdeskd=$OPSDESK_BUILD/app/opsdeskd
runs=${1:-3}
duration=${2:-15}

work=$(mktemp -d)
chmod 755 "$work"
server=
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    "$opsdeskd" cluster destroy --data-dir "$work" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

export OPSDESK_DATABASE_URL=$("$opsdeskd" cluster start --data-dir "$work" | sed -n 's/^OPSDESK_DATABASE_URL=//p')
export WHATSAPP_APP_SECRET=bench-secret WHATSAPP_VERIFY_TOKEN=bench OPSDESK_LOG_LEVEL=warn
# Nothing is sent in this benchmark; serve needs a Cloud API configuration all the same.
export WHATSAPP_API_BASE_URL=http://127.0.0.1:9 WHATSAPP_ACCESS_TOKEN=bench WHATSAPP_PHONE_NUMBER_ID=1 WHATSAPP_BUSINESS_ACCOUNT_ID=1
"$opsdeskd" migrate >/dev/null
psql -X -At -d "$OPSDESK_DATABASE_URL" -c "SHOW fsync" -c "SHOW synchronous_commit" | paste -sd' ' | sed 's/^/durability (fsync, synchronous_commit): /'

"$opsdeskd" serve --listen 127.0.0.1:18765 >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 50); do curl -sf http://127.0.0.1:18765/readyz >/dev/null && break; sleep 0.1; done

python3 - "$root/resources/demo/meta_docs_overview_inbound_text.json" "$work/post.lua" <<'PY'
import hashlib, hmac, json, sys
template = json.load(open(sys.argv[1]))
bodies = []
for i in range(500):
    t = json.loads(json.dumps(template))
    msg = t["entry"][0]["changes"][0]["value"]["messages"][0]
    msg["id"] = f"wamid.bench.{i}"
    msg["from"] = f"1555000{i:04d}"
    t["entry"][0]["changes"][0]["value"]["contacts"][0]["wa_id"] = msg["from"]
    body = json.dumps(t, separators=(",", ":"))
    sig = "sha256=" + hmac.new(b"bench-secret", body.encode(), hashlib.sha256).hexdigest()
    bodies.append((body, sig))
with open(sys.argv[2], "w") as f:
    f.write("local bodies = {\n")
    for body, sig in bodies:
        f.write("  {%s, %s},\n" % (json.dumps(body), json.dumps(sig)))
    f.write("}\nlocal i = 0\n")
    f.write("request = function()\n  i = i % #bodies + 1\n  local b = bodies[i]\n"
            "  return wrk.format('POST', '/webhooks/whatsapp', {['Content-Type']='application/json', "
            "['X-Hub-Signature-256']=b[2]}, b[1])\nend\n")
    f.write("done = function(summary, latency, requests)\n"
            "  io.write(string.format('non-2xx or errors: %d\\n', summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))\nend\n")
PY

rates=()
for run in $(seq "$runs"); do
    out=$(wrk -t2 -c64 -d"${duration}s" --latency -s "$work/post.lua" http://127.0.0.1:18765/webhooks/whatsapp)
    rate=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    errors=$(awk '/non-2xx or errors/ {print $NF}' <<<"$out")
    echo "run $run: ${rate} POSTs/s, p99 latency ${p99}, errors ${errors}"
    rates+=("$rate")
done
median=$(printf '%s\n' "${rates[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median: ${median} signed POSTs/s (target >= 2000)"
sleep 3
psql -X -At -d "$OPSDESK_DATABASE_URL" -c "SELECT count(*) || ' events stored, ' || count(*) FILTER (WHERE processing = 'pending') || ' still pending processing, ' || count(*) FILTER (WHERE processing = 'failed') || ' failed' FROM opsdesk.whatsapp_webhook_events"
