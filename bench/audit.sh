#!/usr/bin/env bash
# Audit trail benchmark (bench/auditbench.cpp) on a private cluster holding ROWS realistic audit
# entries (90 days of a busy shop: opsdeskd storing and updating messages, 40 support agents
# answering and resolving, a few admins managing people, keys and templates). Prints, for the
# first page and each filter change, the time until the rows are in the Audit trail model and the
# query alone (p50/p95 over RUNS runs) with the EXPLAIN (ANALYZE, BUFFERS) plan used; then a CSV
# export of the newest 100,000 entries: time and peak memory. Figures, not assertions.
#   bench/audit.sh [RUNS=30] [ROWS=2000000]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/common.sh"
opsdesk_install_packages
opsdesk_build opsdeskd auditbench
opsdeskd=$OPSDESK_BUILD/app/opsdeskd
runs=${1:-30}
rows=${2:-2000000}

opsdesk_bench_cluster
psql=(psql -X -q -v ON_ERROR_STOP=1 -d "$owner_url")
manager_password=bench-manager-password
manager_url=$(opsdesk_url_as bench.manager "$manager_password")

opsdesk_log "Generating $rows audit entries (indexes are rebuilt afterwards)"
started=$(date +%s)
"${psql[@]}" -v rows="$rows" -v password="$manager_password" <<'SQL'
SET maintenance_work_mem = '512MB';
SET synchronous_commit = off;

-- The people: 40 support agents, 4 admins, 3 managers, and the manager the benchmark signs in as.
INSERT INTO opsdesk.admin_users (db_role, email, display_name, role)
SELECT kind || g, kind || g || '@shop.example', first || ' ' || last, role
  FROM (VALUES ('agent', 'support', 40), ('admin', 'admin', 4), ('manager', 'manager', 3))
           AS k(kind, role, n),
       generate_series(1, k.n) AS g,
       LATERAL (SELECT (ARRAY['Noa', 'Sheena', 'Dan', 'Priya', 'Omar', 'Lena', 'Yossi', 'Maya',
                              'Tom', 'Aisha', 'Ravi', 'Chen', 'Sara', 'Ivan', 'Lucia'])[1 + (g * 7 + n) % 15] AS first,
                       (ARRAY['Levi', 'Nelson', 'Shah', 'Cohen', 'Haddad', 'Novak', 'Rossi', 'Kim',
                              'Okafor', 'Müller', 'Garcia', 'Tanaka'])[1 + (g * 5 + n * 3) % 12] AS last) AS names;
CREATE ROLE "bench.manager" LOGIN IN ROLE opsdesk_manager;
SELECT format('ALTER ROLE %I PASSWORD %L', 'bench.manager', :'password') \gexec
INSERT INTO opsdesk.admin_users (db_role, email, display_name, role)
VALUES ('bench.manager', 'bench.manager@shop.example', 'Bench Manager', 'manager');

-- Bulk load without the live feed trigger and with the indexes built once at the end.
CREATE TEMP TABLE saved_indexes AS
    SELECT indexname, indexdef FROM pg_indexes
     WHERE schemaname = 'opsdesk' AND tablename = 'audit_log' AND indexname <> 'audit_log_pkey';
SELECT format('DROP INDEX opsdesk.%I', indexname) FROM saved_indexes \gexec
ALTER TABLE opsdesk.audit_log DISABLE TRIGGER change_feed_insert;

INSERT INTO opsdesk.audit_log (at, actor, on_behalf_of, action, resource_type, resource_id,
                               changes, client_addr, application_name)
SELECT at, actor, on_behalf_of, action, resource_type, resource_id, changes, client_addr,
       application_name
  FROM (SELECT g, now() - interval '90 days' * (1 - g::float8 / :rows) AS at,
               random() AS who, random() AS what, random() AS pick, random() AS skew,
               md5('conversation' || (1 + (random() * 60000)::int))::uuid AS conversation,
               md5('contact' || (1 + (random() * 60000)::int))::uuid AS contact,
               gen_random_uuid() AS message,
               (ARRAY['Hi, is the blue one in stock?', 'Where is my order #%s?',
                      'Can I change the delivery address for order #%s?',
                      'Thanks, received everything!', 'Do you ship to Haifa?',
                      'Is there a discount for two pairs?', 'My parcel #%s arrived damaged',
                      'What are your opening hours on Friday?', 'I want to return order #%s',
                      'Payment failed twice, can you help?', 'Size 42 please',
                      'When will order #%s be shipped?', 'Can I pay on delivery?',
                      'Please cancel order #%s', 'Is this available in black?'])[1 + (random() * 14)::int]
                   AS question,
               (ARRAY['Yes, it is in stock.', 'Your order #%s left our warehouse today.',
                      'Sorry about that! We are sending a replacement for #%s.',
                      'We ship everywhere in Israel within 3 days.',
                      'Your order #%s is on its way and should arrive tomorrow.',
                      'Done, the address is updated.', 'Refund issued for order #%s.',
                      'Customer called, resolved by phone', 'VIP: handle with care',
                      'Escalated to the warehouse team'])[1 + (random() * 9)::int] AS answer,
               10000 + (random() * 89999)::int AS order_no
          FROM generate_series(1, :rows) AS g
        OFFSET 0) AS r,
       LATERAL (
           SELECT CASE WHEN r.who < 0.70 THEN 'opsdesk_service'
                       WHEN r.who < 0.98 THEN 'agent' || (1 + floor(power(r.skew, 2) * 40))::int
                       ELSE 'admin' || (1 + floor(r.skew * 4))::int END AS actor,
                  CASE WHEN r.who < 0.70 THEN 1 WHEN r.who < 0.98 THEN 2 ELSE 3 END AS kind) AS a,
       LATERAL (
           SELECT CASE
               WHEN a.kind = 1 AND r.what < 0.40 THEN jsonb_build_array('insert', 'messages', r.message::text,
                   jsonb_build_object('id', r.message, 'conversation_id', r.conversation,
                       'direction', 'inbound', 'kind', 'text',
                       'body', format(r.question, r.order_no), 'content', NULL,
                       'wa_message_id', 'wamid.' || md5(r.g::text), 'status', NULL,
                       'error_code', NULL, 'error_title', NULL, 'author_id', NULL,
                       'created_at', r.at, 'status_at', NULL))
               WHEN a.kind = 1 AND r.what < 0.85 THEN jsonb_build_array('update', 'messages', r.message::text,
                   CASE WHEN r.pick < 0.03 THEN jsonb_build_object(
                            'status', jsonb_build_object('old', 'sent', 'new', 'failed'),
                            'error_code', jsonb_build_object('old', NULL, 'new', 131026),
                            'error_title', jsonb_build_object('old', NULL, 'new', 'Message undeliverable'),
                            'status_at', jsonb_build_object('old', r.at - interval '3 seconds', 'new', r.at))
                        WHEN r.pick < 0.55 THEN jsonb_build_object(
                            'status', jsonb_build_object('old', 'sent', 'new', 'delivered'),
                            'status_at', jsonb_build_object('old', r.at - interval '2 seconds', 'new', r.at))
                        ELSE jsonb_build_object(
                            'status', jsonb_build_object('old', 'delivered', 'new', 'read'),
                            'status_at', jsonb_build_object('old', r.at - interval '40 seconds', 'new', r.at))
                   END)
               WHEN a.kind = 1 AND r.what < 0.95 THEN jsonb_build_array('update', 'conversations', r.conversation::text,
                   jsonb_build_object(
                       'last_message_preview', jsonb_build_object('old', 'Thanks!', 'new', format(r.question, r.order_no)),
                       'last_message_direction', jsonb_build_object('old', 'outbound', 'new', 'inbound'),
                       'unread_count', jsonb_build_object('old', 0, 'new', 1),
                       'last_inbound_at', jsonb_build_object('old', r.at - interval '2 hours', 'new', r.at),
                       'last_message_at', jsonb_build_object('old', r.at - interval '1 hour', 'new', r.at)))
               WHEN a.kind = 1 THEN jsonb_build_array('insert', 'contacts', r.contact::text,
                   jsonb_build_object('id', r.contact, 'wa_id', '97254' || lpad((r.g % 9999999)::text, 7, '0'),
                       'profile_name', (ARRAY['Sheena Nelson', 'Dan Levi', 'Priya Shah', 'O''Brien Bob',
                                              'Maya Cohen', 'Omar Haddad', 'Lena Novak'])[1 + (r.pick * 6)::int],
                       'created_at', r.at, 'updated_at', r.at))
               WHEN a.kind = 2 AND r.what < 0.45 THEN jsonb_build_array('update', 'conversations', r.conversation::text,
                   CASE WHEN r.pick < 0.5 THEN jsonb_build_object(
                            'status', jsonb_build_object('old', 'open', 'new', 'resolved'))
                        WHEN r.pick < 0.8 THEN jsonb_build_object(
                            'assignee_id', jsonb_build_object('old', NULL, 'new', md5(a.actor)::uuid),
                            'status', jsonb_build_object('old', 'open', 'new', 'pending'))
                        ELSE jsonb_build_object(
                            'labels', jsonb_build_object('old', '[]'::jsonb, 'new', '["vip"]'::jsonb))
                   END)
               WHEN a.kind = 2 AND r.what < 0.90 THEN jsonb_build_array('insert', 'messages', r.message::text,
                   jsonb_build_object('id', r.message, 'conversation_id', r.conversation,
                       'direction', 'outbound', 'kind', CASE WHEN r.pick < 0.1 THEN 'note' ELSE 'text' END,
                       'body', format(r.answer, r.order_no), 'content', NULL, 'wa_message_id', NULL,
                       'status', CASE WHEN r.pick < 0.1 THEN NULL ELSE 'queued' END,
                       'error_code', NULL, 'error_title', NULL, 'author_id', md5(a.actor)::uuid,
                       'created_at', r.at, 'status_at', NULL))
               WHEN a.kind = 2 THEN jsonb_build_array('update', 'contacts', r.contact::text,
                   jsonb_build_object('profile_name', jsonb_build_object('old', 'Customer', 'new', 'Sheena Nelson'),
                                      'updated_at', jsonb_build_object('old', r.at - interval '30 days', 'new', r.at)))
               WHEN r.what < 0.30 THEN jsonb_build_array('update', 'admin_users', md5('agent' || (1 + (r.pick * 39)::int))::uuid::text,
                   jsonb_build_object('role', jsonb_build_object('old', 'support', 'new', 'manager')))
               WHEN r.what < 0.50 THEN jsonb_build_array('insert', 'api_keys', gen_random_uuid()::text,
                   jsonb_build_object('prefix', 'odk_' || left(md5(r.g::text), 8), 'name', 'CRM sync',
                       'scopes', '["conversations:read", "messages:send"]'::jsonb,
                       'created_at', r.at, 'last_used_at', NULL, 'revoked_at', NULL))
               WHEN r.what < 0.80 THEN jsonb_build_array('update', 'message_templates', md5('template' || (r.pick * 30)::int)::uuid::text,
                   jsonb_build_object('status', jsonb_build_object('old', 'PENDING', 'new', 'APPROVED'),
                                      'synced_at', jsonb_build_object('old', r.at - interval '1 day', 'new', r.at)))
               ELSE jsonb_build_array('delete', 'messages', r.message::text,
                   jsonb_build_object('id', r.message, 'conversation_id', r.conversation,
                       'direction', 'outbound', 'kind', 'note', 'body', format(r.answer, r.order_no),
                       'created_at', r.at - interval '2 days'))
           END AS change) AS c,
       LATERAL (SELECT c.change ->> 0 AS action, c.change ->> 1 AS resource_type,
                       c.change ->> 2 AS resource_id, c.change -> 3 AS changes) AS d,
       LATERAL (SELECT CASE WHEN a.kind = 1 THEN ('10.0.0.' || (2 + (r.pick * 3)::int))::inet
                            ELSE ('192.168.' || (1 + (r.skew * 20)::int) || '.' || (2 + (r.pick * 200)::int))::inet END
                           AS client_addr,
                       CASE WHEN a.kind = 1 THEN 'opsdeskd' ELSE 'opsdesk' END AS application_name,
                       CASE WHEN a.kind = 1 AND r.pick > 0.98 THEN 'api-key:odk_1a2b3c4d' END AS on_behalf_of) AS e;

-- Two retention runs.
INSERT INTO opsdesk.audit_log (at, actor, action, resource_type, changes, application_name)
VALUES (now() - interval '60 days', 'opsdesk_service', 'prune', 'audit_log',
        jsonb_build_object('deleted', 81234, 'older_than', now() - interval '150 days'), 'opsdeskd'),
       (now() - interval '30 days', 'opsdesk_service', 'prune', 'audit_log',
        jsonb_build_object('deleted', 79012, 'older_than', now() - interval '120 days'), 'opsdeskd');

ALTER TABLE opsdesk.audit_log ENABLE TRIGGER change_feed_insert;
SELECT indexdef FROM saved_indexes \gexec
VACUUM (ANALYZE) opsdesk.audit_log;
VACUUM (ANALYZE) opsdesk.admin_users;
SQL
"${psql[@]}" -At -c "SELECT format('%s entries, table %s, indexes %s',
        to_char(count(*), 'FM9,999,999'),
        pg_size_pretty(pg_table_size('opsdesk.audit_log')),
        pg_size_pretty(pg_indexes_size('opsdesk.audit_log')))
    FROM opsdesk.audit_log"
echo "generated in $(( $(date +%s) - started )) s"

opsdesk_log "First page and filter changes ($runs runs each, as a manager)"
"$OPSDESK_BUILD/bench/auditbench" queries "$manager_url" "$runs" 2>/dev/null

opsdesk_log "CSV export of the newest 100,000 entries"
from_us=$(psql -X -At -d "$manager_url" -c "SELECT (extract(epoch FROM at) * 1000000)::bigint
    FROM opsdesk.audit_log ORDER BY at DESC, id DESC OFFSET 99999 LIMIT 1")
/usr/bin/time -f "process: %e s wall, %M KB maximum resident set size" \
    "$OPSDESK_BUILD/bench/auditbench" export "$manager_url" "$from_us" "$work/export.csv" 2>&1 \
    | grep -v '^\[' || true
