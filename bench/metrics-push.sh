#!/usr/bin/env bash
# Metrics push benchmark: POST /api/v1/metrics into `opsdeskd serve` on loopback, batches of 1,
# 100 and 1,000 samples. A private cluster (fsync off, opsdesk_bench_cluster), one API key with
# metrics:write made by `opsdeskd api-key create`, 20 series registered with
# PUT /api/v1/metrics/series/{name}; then wrk (2 threads, CONNECTIONS connections, a Lua script
# that writes every request's body with new sample times, so each sample is stored, not a
# duplicate) runs DURATION seconds per batch size, RUNS times. Prints requests/s, samples/s and
# latency p50/p99 per run and the medians per batch size, plus the samples the database gained.
# Figures, not assertions.
#
# The automation API rate-limits per key (60 burst, 10/s) and per client address by default;
# serve runs here with OPSDESK_API_{RATE,BURST}_PER_{KEY,ADDRESS} raised so the limits do not
# cap the measurement (printed below). Non-2xx answers are counted and printed.
#
#   bench/metrics-push.sh [RUNS=3] [DURATION=10] [CONNECTIONS=16]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/common.sh"
opsdesk_install_packages wrk curl
opsdesk_build opsdeskd
opsdeskd=$OPSDESK_BUILD/app/opsdeskd
runs=${1:-3}
duration=${2:-10}
connections=${3:-16}
port=${METRICS_BENCH_PORT:-18766}

opsdesk_bench_cluster
server=
stop_server() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true; }
trap 'stop_server; "$opsdeskd" cluster destroy --data-dir "$work" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

export OPSDESK_DATABASE_URL=$owner_url OPSDESK_LOG_LEVEL=warn
export WHATSAPP_APP_SECRET=bench-secret WHATSAPP_VERIFY_TOKEN=bench
# Nothing is sent in this benchmark; serve needs a Cloud API configuration all the same.
export WHATSAPP_API_BASE_URL=http://127.0.0.1:9 WHATSAPP_ACCESS_TOKEN=bench WHATSAPP_PHONE_NUMBER_ID=1 WHATSAPP_BUSINESS_ACCOUNT_ID=1
export OPSDESK_API_RATE_PER_KEY=1000000 OPSDESK_API_BURST_PER_KEY=1000000
export OPSDESK_API_RATE_PER_ADDRESS=1000000 OPSDESK_API_BURST_PER_ADDRESS=1000000
echo "API rate limits in force: per key ${OPSDESK_API_BURST_PER_KEY} burst, ${OPSDESK_API_RATE_PER_KEY}/s; per address ${OPSDESK_API_BURST_PER_ADDRESS} burst, ${OPSDESK_API_RATE_PER_ADDRESS}/s (defaults: 60 + 10/s per key, 120 + 20/s per address)"
psql -X -At -d "$OPSDESK_DATABASE_URL" -c "SHOW fsync" -c "SHOW synchronous_commit" | paste -sd' ' | sed 's/^/durability (fsync, synchronous_commit): /'

"$opsdeskd" serve --listen 127.0.0.1:$port >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 50); do curl -sf http://127.0.0.1:$port/readyz >/dev/null && break; sleep 0.1; done

key=$("$opsdeskd" api-key create --name "metrics bench" --scopes metrics:write 2>/dev/null | grep -m1 -E '^odk_[a-z2-7]+\.')
[ -n "$key" ] || { echo "could not create an API key" >&2; exit 1; }
for i in $(seq -w 1 20); do
    curl -sf -X PUT -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
        -d "{\"title\":\"Bench series $i\",\"unit\":\"ops\"}" \
        "http://127.0.0.1:$port/api/v1/metrics/series/bench_series_$i" >/dev/null
done
echo "20 series registered; wrk -t2 -c$connections, ${duration}s per run, $runs runs per batch size"

# Each request: BATCH samples over the 20 series, at times no earlier request used (one 64 ms
# slot per request, 1 ms apart inside it), starting 7 days ago (inside the 8-day retention).
cat >"$work/push.lua" <<'LUA'
local batch = tonumber(os.getenv("BATCH"))
local key = os.getenv("KEY")
local base = os.time() - 7 * 24 * 3600 + tonumber(os.getenv("RUN_OFFSET"))
local threads = {}
local counter, step = 0, 1
function setup(thread)
  thread:set("first", #threads)
  table.insert(threads, thread)
end
function init(args)
  counter = first
  step = 2
end
local names = {}
for i = 1, 20 do names[i] = string.format('{"series":"bench_series_%02d","value":', i) end
request = function()
  local slot = counter
  counter = counter + step
  local parts = {}
  for i = 0, batch - 1 do
    local ms = slot * 64 + math.floor(i / 20)
    local sec = base + math.floor(ms / 1000)
    parts[#parts + 1] = names[i % 20 + 1] .. (i * 1.5) .. ',"at":"' ..
        os.date("!%Y-%m-%dT%H:%M:%S", sec) .. string.format(".%03dZ", ms % 1000) .. '"}'
  end
  local body = '{"samples":[' .. table.concat(parts, ",") .. ']}'
  return wrk.format("POST", "/api/v1/metrics",
                    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. key}, body)
end
done = function(summary, latency, requests)
  io.write(string.format("non-2xx or errors: %d\n", summary.errors.status + summary.errors.connect +
      summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA

samples() { psql -X -At -d "$OPSDESK_DATABASE_URL" -c "SELECT count(*) FROM opsdesk.metric_samples m JOIN opsdesk.metric_series s ON s.id = m.series_id WHERE s.name LIKE 'bench_series_%'"; }
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.2f", v}' <<<"$1"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

summary=()
offset=0
for batch in 1 100 1000; do
    rates=(); sps=(); p50s=(); p99s=()
    for run in $(seq "$runs"); do
        before=$(samples)
        # Every run writes its own range of times: nothing is a duplicate of an earlier run.
        out=$(BATCH=$batch KEY=$key RUN_OFFSET=$offset wrk -t2 -c"$connections" -d"${duration}s" --latency \
            -s "$work/push.lua" "http://127.0.0.1:$port/api/v1/metrics")
        offset=$((offset + 86400 / 10))
        after=$(samples)
        rate=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
        p50=$(to_ms "$(awk '$1=="50%" {print $2}' <<<"$out")")
        p99=$(to_ms "$(awk '$1=="99%" {print $2}' <<<"$out")")
        errors=$(awk '/non-2xx or errors/ {print $NF}' <<<"$out")
        samples_per_s=$(awk -v r="$rate" -v b="$batch" 'BEGIN {printf "%.0f", r * b}')
        echo "batch $batch, run $run: ${rate} requests/s, ${samples_per_s} samples/s, p50 ${p50} ms, p99 ${p99} ms, errors ${errors}, samples stored $((after - before))"
        rates+=("$rate"); sps+=("$samples_per_s"); p50s+=("$p50"); p99s+=("$p99")
    done
    summary+=("batch $batch: median $(printf '%s\n' "${rates[@]}" | median) requests/s, $(printf '%s\n' "${sps[@]}" | median) samples/s, p50 $(printf '%s\n' "${p50s[@]}" | median) ms, p99 $(printf '%s\n' "${p99s[@]}" | median) ms")
done
echo
printf '%s\n' "${summary[@]}"
