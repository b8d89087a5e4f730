#!/usr/bin/env bash
# Metrics charts benchmark (bench/chartsbench.cpp) on a private cluster holding 7 days of
# 10-second samples for 20 series (14 built-in + 6 external ones registered as another service
# would): DAYS x 8,640 samples per series, 1.2 million in all, loaded through the real insert
# trigger so the 1-minute rollups are exactly what opsdeskd would have left. The benchmark signs
# in as an admin (their own login role) and drives the real Metrics page offscreen :
#   (a) switching the range 1 h <-> 7 d until the next frame shows the new points, p50/p95,
#       split into query time and GUI time;
#   (b) live updates: one sample per series every second for LIVE seconds; GUI-thread time per
#       update, render time per frame, frame rate.
# Figures, not assertions.
#   bench/charts.sh [SWITCHES=15] [LIVE=20] [DAYS=7]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/common.sh"
opsdesk_install_packages
opsdesk_build opsdeskd chartsbench
opsdeskd=$OPSDESK_BUILD/app/opsdeskd
switches=${1:-15}
live=${2:-20}
days=${3:-7}

opsdesk_bench_cluster
psql=(psql -X -q -v ON_ERROR_STOP=1 -d "$owner_url")
admin_password=bench-admin-password
admin_url=$(opsdesk_url_as bench.admin "$admin_password")

opsdesk_log "Generating $days days of 10-second samples for 20 series"
started=$(date +%s)
"${psql[@]}" -v days="$days" -v password="$admin_password" <<'SQL'
SET work_mem = '256MB';
SET synchronous_commit = off;
\timing on
CREATE ROLE "bench.admin" LOGIN IN ROLE opsdesk_admin;
SELECT format('ALTER ROLE %I PASSWORD %L', 'bench.admin', :'password') \gexec
INSERT INTO opsdesk.admin_users (db_role, email, display_name, role)
VALUES ('bench.admin', 'bench.admin@shop.example', 'Bench Admin', 'admin');

-- Six external series, as POST /api/v1/metrics registers them.
SELECT opsdesk.register_metric_series(name, title, unit, '')
  FROM (VALUES ('checkout_latency_p95', 'Checkout latency p95', 'ms'),
               ('orders_per_min', 'Orders', 'orders/min'),
               ('cart_abandonment_rate', 'Cart abandonment', '%'),
               ('payment_failures_per_min', 'Payment failures', 'failures/min'),
               ('stock_sync_lag', 'Stock sync lag', 's'),
               ('courier_api_errors', 'Courier API errors', 'errors/min')) AS s(name, title, unit);

-- A daily wave plus noise per series, one statement per day (the trigger builds the rollups).
SELECT format($$INSERT INTO opsdesk.metric_samples (series_id, at, value)
SELECT s.id, t, greatest(0, (10 + s.id) * (1 + 0.5 * sin(extract(epoch FROM t) / 86400 * 2 * pi() + s.id))
                          + random() * 3)
  FROM opsdesk.metric_series s,
       generate_series(date_bin('10 s', now(), 'epoch') - interval '%s days' + interval '10 s',
                       date_bin('10 s', now(), 'epoch') - interval '%s days', interval '10 s') AS t$$,
              d, d - 1)
  FROM generate_series(:days, 1, -1) AS d \gexec
-- Two alert rules, so threshold lines and breach shading are part of the picture.
INSERT INTO opsdesk.alert_rules (name, series_id, comparator, threshold, severity)
SELECT 'Failure rate high', id, '>', 20, 'high' FROM opsdesk.metric_series WHERE name = 'delivery_failure_rate';
INSERT INTO opsdesk.alert_rules (name, series_id, comparator, threshold, severity)
SELECT 'Checkout slow', id, '>', 40, 'critical' FROM opsdesk.metric_series WHERE name = 'checkout_latency_p95';
VACUUM (ANALYZE) opsdesk.metric_samples;
VACUUM (ANALYZE) opsdesk.metric_rollups;
SQL
"${psql[@]}" -At <<'SQL'
SELECT format('%s series, %s samples (%s), %s rollups (%s)',
              (SELECT count(*) FROM opsdesk.metric_series),
              to_char((SELECT count(*) FROM opsdesk.metric_samples), 'FM9,999,999'),
              pg_size_pretty(pg_total_relation_size('opsdesk.metric_samples')),
              to_char((SELECT count(*) FROM opsdesk.metric_rollups), 'FM9,999,999'),
              pg_size_pretty(pg_total_relation_size('opsdesk.metric_rollups')));
SQL
echo "generated in $(( $(date +%s) - started )) s"

opsdesk_log "Metrics page: range switches and live updates (offscreen, as an admin)"
QT_QPA_PLATFORM=offscreen \
    "$OPSDESK_BUILD/bench/chartsbench" "$admin_url" "$owner_url" "$switches" "$live" 2>/dev/null
