#!/usr/bin/env bash
# Support inbox benchmark (bench/inboxbench.cpp) on a private cluster holding MESSAGES messages in
# CONVERSATIONS conversations of a busy WhatsApp shop: one conversation per customer (names in
# Latin, Hebrew and Arabic script, a few without a name; numbers from six countries), about 20
# messages each with a long tail (log-normal, a few hundred at most), inbound text and media,
# replies, templates and private notes, delivery statuses and failures; 40 support agents plus
# the support person the benchmark signs in as, most conversations assigned; open, pending,
# snoozed and resolved; unread counts, waiting_since and the last-message columns exactly as
# the messages_touch_conversation trigger would have left them.
#
# Prints p50/p95 over RUNS runs, signed in as that support person (their own login role, so
# row-level security applies): (a) inbox::fetchPage, first page of 101, for each view (All,
# Mine, Unassigned) x sort (activity, waiting) with the default statuses open + pending, the
# second page, and inbox::fetchUnreadCounts; (b) search for a contact name, a phone number
# fragment, a common word, a rare word and no match (open + pending, then all statuses);
# (c) through ConversationListModel: first paint (sign-in to rows in the list, and a new
# model's first page) and every filter switch. Then the EXPLAIN (ANALYZE, BUFFERS) plan of
# each search query and each view x sort query as it ran (auto_explain on a fresh connection
# of the same person).
# Figures, not assertions.
#   bench/inbox.sh [RUNS=30] [MESSAGES=1000000] [CONVERSATIONS=50000]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/common.sh"
opsdesk_install_packages
opsdesk_build opsdeskd inboxbench
opsdeskd=$OPSDESK_BUILD/app/opsdeskd
runs=${1:-30}
messages=${2:-1000000}
conversations=${3:-50000}

opsdesk_bench_cluster
psql=(psql -X -q -v ON_ERROR_STOP=1 -d "$owner_url")
support_password=bench-support-password
support_url=$(opsdesk_url_as bench.support "$support_password")

opsdesk_log "Generating $messages messages in $conversations conversations (indexes are built afterwards)"
started=$(date +%s)
"${psql[@]}" -v messages="$messages" -v conversations="$conversations" -v password="$support_password" <<'SQL'
SET maintenance_work_mem = '1GB';
SET work_mem = '256MB';
SET synchronous_commit = off;
\timing on

-- The people: 40 support agents, 4 admins, 3 managers, and the support person the benchmark
-- signs in as (a login role in opsdesk_support, as `opsdeskd user create` would make).
INSERT INTO opsdesk.admin_users (db_role, email, display_name, role)
SELECT kind || g, kind || g || '@shop.example', first || ' ' || last, role
  FROM (VALUES ('agent', 'support', 40), ('admin', 'admin', 4), ('manager', 'manager', 3))
           AS k(kind, role, n),
       generate_series(1, k.n) AS g,
       LATERAL (SELECT (ARRAY['Noa', 'Sheena', 'Dan', 'Priya', 'Omar', 'Lena', 'Yossi', 'Maya',
                              'Tom', 'Aisha', 'Ravi', 'Chen', 'Sara', 'Ivan', 'Lucia'])[1 + (g * 7 + n) % 15] AS first,
                       (ARRAY['Levi', 'Nelson', 'Shah', 'Cohen', 'Haddad', 'Novak', 'Rossi', 'Kim',
                              'Okafor', 'Müller', 'Garcia', 'Tanaka'])[1 + (g * 5 + n * 3) % 12] AS last) AS names;
CREATE ROLE "bench.support" LOGIN IN ROLE opsdesk_support;
SELECT format('ALTER ROLE %I PASSWORD %L', 'bench.support', :'password') \gexec
INSERT INTO opsdesk.admin_users (db_role, email, display_name, role)
VALUES ('bench.support', 'bench.support@shop.example', 'Bench Support', 'support');

-- Bulk load with the user triggers (change feed, audit, touch, outbound checks, send jobs) off
-- and the secondary indexes built once at the end; the summary columns are computed below.
CREATE TEMP TABLE saved_indexes AS
    SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
      FROM pg_index i
     WHERE i.indrelid IN ('opsdesk.contacts'::regclass, 'opsdesk.conversations'::regclass,
                          'opsdesk.messages'::regclass)
       AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = i.indexrelid);
SELECT format('DROP INDEX %s', name) FROM saved_indexes \gexec
ALTER TABLE opsdesk.contacts DISABLE TRIGGER USER;
ALTER TABLE opsdesk.conversations DISABLE TRIGGER USER;
ALTER TABLE opsdesk.messages DISABLE TRIGGER USER;

-- Customers: numbers from Israel (most), the US, the UK, Germany, the Emirates and France, each
-- unique by its last seven digits; names in Latin, Hebrew and Arabic script, a few first names
-- only, a few with an emoji, 4 % without a profile name.
INSERT INTO opsdesk.contacts (id, wa_id, profile_name, created_at, updated_at)
SELECT md5('contact' || k)::uuid,
       CASE WHEN k % 20 < 14 THEN '9725' || (k % 9)
            WHEN k % 20 < 16 THEN '1555'
            WHEN k % 20 = 16 THEN '44770'
            WHEN k % 20 = 17 THEN '49151'
            WHEN k % 20 = 18 THEN '97150'
            ELSE '336' END || lpad(((k::bigint * 7919) % 10000000)::text, 7, '0'),
       CASE WHEN r < 0.04 THEN NULL
            WHEN r < 0.12 THEN (ARRAY['נועה', 'יוסי', 'מאיה', 'דוד', 'שירה', 'אורי', 'תמר', 'איתי'])[1 + k % 8]
                               || ' ' || (ARRAY['כהן', 'לוי', 'מזרחי', 'פרץ', 'ביטון', 'אברהם', 'פרידמן'])[1 + k % 7]
            WHEN r < 0.17 THEN (ARRAY['أحمد', 'محمد', 'ليلى', 'فاطمة', 'عمر', 'يوسف', 'نور'])[1 + k % 7]
                               || ' ' || (ARRAY['حداد', 'خوري', 'نصار', 'عودة', 'منصور', 'سليمان'])[1 + k % 6]
            WHEN r < 0.20 THEN first
            WHEN r < 0.22 THEN first || ' ' || (ARRAY['🌸', '⭐', '🙂', '🛍️'])[1 + k % 4]
            ELSE first || ' ' || last END,
       now() - interval '400 days', now() - interval '400 days'
  FROM generate_series(1, :conversations) AS k,
       LATERAL (SELECT random() AS r, random() AS f, random() AS l, k AS correlated OFFSET 0) AS x,
       LATERAL (SELECT (ARRAY['Sheena', 'Dan', 'Priya', 'Omar', 'Lena', 'Maya', 'Tom', 'Aisha', 'Ravi',
                              'Chen', 'Sara', 'Ivan', 'Lucia', 'Noah', 'Emma', 'Liam', 'Olivia', 'Lucas',
                              'Mia', 'Ethan', 'Zoe', 'Adam', 'Hannah', 'David', 'Julia', 'Ben', 'Nina',
                              'Sam', 'Grace', 'Leo', 'Ella', 'Max', 'Ruth', 'Amir', 'Tamar', 'Yael',
                              'Daniel', 'Rachel', 'Jonah', 'Eva'])[1 + floor(f * 40)::int] AS first,
                       (ARRAY['Nelson', 'Levi', 'Shah', 'Haddad', 'Novak', 'Cohen', 'Rossi', 'Kim',
                              'Okafor', 'Müller', 'Garcia', 'Tanaka', 'Smith', 'Brown', 'Wilson',
                              'Taylor', 'Martin', 'Dubois', 'Schmidt', 'Costa', 'Silva', 'Weiss',
                              'Friedman', 'Katz', 'Peretz', 'Mizrahi', 'Goldberg', 'Ben-David',
                              'Avraham', 'Klein', 'Fischer', 'Jensen', 'Larsen', 'Moreau', 'Romano',
                              'Lopez', 'Nguyen', 'Patel', 'O''Brien', 'Murphy'])[1 + floor(l * 40)::int] AS last) AS n;

-- One plan row per conversation: status, when it was last active, who has it, how many
-- messages (log-normal weights scaled to exactly :messages, at least one each).
CREATE TEMP TABLE support_people AS
    SELECT array_agg(id ORDER BY md5(db_role)) AS ids
      FROM opsdesk.admin_users WHERE role = 'support';
CREATE TEMP TABLE plan AS
SELECT k, md5('conversation' || k)::uuid AS id, md5('contact' || k)::uuid AS contact_id, status,
       CASE status WHEN 'open' THEN now() - interval '72 hours' * power(rt, 2)
                   WHEN 'pending' THEN now() - interval '7 days' * power(rt, 1.5)
                   WHEN 'snoozed' THEN now() - interval '5 days' * rt
                   ELSE now() - interval '365 days' * power(rt, 0.7) END AS last_at,
       CASE WHEN rd < CASE status WHEN 'open' THEN 0.65 WHEN 'resolved' THEN 0.15 ELSE 0.08 END
            THEN 'inbound' ELSE 'outbound' END AS last_dir,
       CASE WHEN ra < CASE status WHEN 'open' THEN 0.60 WHEN 'pending' THEN 0.85
                                  WHEN 'snoozed' THEN 0.80 ELSE 0.90 END
            THEN (SELECT ids[1 + floor(power(rw, 1.3) * cardinality(ids))::int] FROM support_people) END
           AS assignee_id,
       ru < CASE status WHEN 'open' THEN 0.75 ELSE 0.20 END AS unread,
       CASE WHEN rl < 0.12 THEN ARRAY[(ARRAY['vip', 'returns', 'shipping', 'billing', 'wholesale', 'complaint'])[1 + floor(rw * 6)::int]]
            WHEN rl < 0.18 THEN ARRAY['vip', (ARRAY['returns', 'shipping', 'billing', 'complaint'])[1 + floor(rw * 4)::int]]
            ELSE '{}' END AS labels,
       CASE WHEN rp < 0.01 THEN 2 WHEN rp < 0.05 THEN 1 ELSE 0 END AS priority,
       CASE WHEN status = 'snoozed' THEN now() + interval '1 hour' + interval '72 hours' * rw END AS snoozed_until,
       -- log-normal, mean about 20: exp(2.5 + z), z standard normal (Box-Muller)
       exp(2.5 + sqrt(-2 * ln(1 - u1)) * cos(2 * pi() * u2)) AS w,
       rg AS gap, 0 AS n, 0.0::float8 AS frac
  FROM (SELECT k, random() AS rt, random() AS rd, random() AS ra, random() AS rw, random() AS ru,
               random() AS rl, random() AS rp, random() AS u1, random() AS u2, random() AS rg,
               random() AS rs
          FROM generate_series(1, :conversations) AS k OFFSET 0) AS r,
       LATERAL (SELECT CASE WHEN rs < 0.14 THEN 'open' WHEN rs < 0.24 THEN 'pending'
                            WHEN rs < 0.28 THEN 'snoozed' ELSE 'resolved' END AS status) AS s;
UPDATE plan SET n = 1 + floor(w * t.scale), frac = w * t.scale - floor(w * t.scale)
  FROM (SELECT (:messages - count(*))::float8 / sum(w) AS scale FROM plan) AS t;
UPDATE plan SET n = plan.n + 1
  FROM (SELECT k, row_number() OVER (ORDER BY frac DESC) AS rank FROM plan) AS ranked,
       (SELECT :messages - sum(n) AS missing FROM plan) AS m
 WHERE ranked.k = plan.k AND ranked.rank <= m.missing;
-- A conversation's messages span n gaps of 2 minutes to 4 hours (at most 300 days).
ALTER TABLE plan ADD COLUMN span interval;
UPDATE plan SET span = least(interval '2 minutes' * (n - 1) * (1 + 120 * power(gap, 2)), interval '300 days');
SELECT count(*) AS conversations, sum(n) AS messages, max(n) AS longest,
       percentile_disc(0.5) WITHIN GROUP (ORDER BY n) AS median,
       percentile_disc(0.99) WITHIN GROUP (ORDER BY n) AS p99
  FROM plan;

INSERT INTO opsdesk.conversations (id, contact_id, business_phone_id, business_display_phone, status,
                                   priority, assignee_id, snoozed_until, labels, created_at)
SELECT id, contact_id, '100000000000001', '+972 3 555 0100', status, priority, assignee_id,
       snoozed_until, labels, last_at - span
  FROM plan;
UPDATE opsdesk.contacts k SET created_at = p.last_at - p.span, updated_at = p.last_at - p.span
  FROM plan p WHERE p.contact_id = k.id;

-- The messages: the customer opens; then replies, more questions, media, templates and private
-- notes; the last message (never a note) comes from the side the plan says. Outbound messages
-- carry delivery statuses (4 % failed); a handful mention a tarantula (the rare word).
INSERT INTO opsdesk.messages (id, conversation_id, direction, kind, body, content, wa_message_id,
                              status, error_code, error_title, author_id, created_at, status_at)
SELECT gen_random_uuid(), p.id, d.direction, d.kind, b.body,
       CASE WHEN d.kind = 'template' THEN jsonb_build_object('template', jsonb_build_object(
                'name', 'order_shipped', 'language', 'en', 'parameters', jsonb_build_array(t.first_name, t.order_no::text))) END,
       CASE WHEN d.kind <> 'note' THEN 'wamid.HBgL' || md5(p.k || ':' || j) END,
       st.status,
       CASE WHEN st.status = 'failed' THEN CASE WHEN x.r5 < 0.5 THEN 131026 ELSE 131049 END END,
       CASE WHEN st.status = 'failed' THEN CASE WHEN x.r5 < 0.5 THEN 'Message undeliverable'
            ELSE 'This message was not delivered to maintain healthy ecosystem engagement.' END END,
       CASE WHEN d.direction = 'outbound' AND NOT (d.kind = 'template' AND x.r5 < 0.5)
            THEN coalesce(p.assignee_id, (SELECT ids[1 + floor(x.r5 * cardinality(ids))::int] FROM support_people)) END,
       t.at,
       CASE WHEN st.status IS NOT NULL THEN t.at + interval '3 seconds' + interval '10 minutes' * power(x.r4, 3) END
  FROM plan p,
       generate_series(1, p.n) AS j,
       LATERAL (SELECT random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5,
                       j AS correlated OFFSET 0) AS x,
       LATERAL (SELECT CASE WHEN j = p.n THEN p.last_dir WHEN j = 1 THEN 'inbound'
                            WHEN x.r1 < 0.48 THEN 'inbound' ELSE 'outbound' END AS direction) AS dd,
       LATERAL (SELECT dd.direction,
                       CASE WHEN dd.direction = 'inbound' THEN
                                CASE WHEN x.r2 < 0.84 THEN 'text' WHEN x.r2 < 0.90 THEN 'image'
                                     WHEN x.r2 < 0.92 THEN 'audio' WHEN x.r2 < 0.94 THEN 'sticker'
                                     WHEN x.r2 < 0.95 THEN 'location' WHEN x.r2 < 0.96 THEN 'document'
                                     WHEN x.r2 < 0.975 THEN 'reaction' WHEN x.r2 < 0.99 THEN 'button'
                                     ELSE 'video' END
                            WHEN j < p.n AND x.r1 > 0.92 THEN 'note'
                            WHEN x.r2 < 0.10 THEN 'template'
                            ELSE 'text' END AS kind) AS d,
       LATERAL (SELECT p.last_at - p.span * (1 - (j - 1)::float8 / greatest(p.n - 1, 1))
                       + CASE WHEN j < p.n THEN p.span / greatest(p.n - 1, 1) * 0.45 * x.r4 ELSE interval '0' END AS at,
                       10000 + (x.r3 * 89999)::int AS order_no,
                       (ARRAY['blue running shoes', 'leather wallet', 'linen shirt', 'yoga mat',
                              'wireless earbuds', 'denim jacket', 'ceramic mug', 'sun hat'])[1 + floor(x.r5 * 8)::int] AS product,
                       (ARRAY['Haifa', 'Eilat', 'Jerusalem', 'Beer Sheva', 'Nazareth', 'Ashdod'])[1 + floor(x.r4 * 6)::int] AS city,
                       (ARRAY['Sheena', 'Dan', 'Priya', 'Omar', 'Maya', 'Tom'])[1 + floor(x.r3 * 6)::int] AS first_name) AS t,
       LATERAL (SELECT CASE
           WHEN d.direction = 'inbound' AND j = 1 AND p.k % 9973 = 17
               THEN 'Do you sell the tarantula terrarium lamp from your Instagram?'
           WHEN d.kind = 'text' AND d.direction = 'inbound' THEN format((ARRAY[
               'Hi, is the %3$s still in stock?', 'Where is my order #%1$s?',
               'Can I change the delivery address for order #%1$s?', 'Thanks, received everything!',
               'Do you ship to %2$s?', 'Is there a discount if I buy two?',
               'My parcel for order #%1$s arrived damaged', 'What are your opening hours on Friday?',
               'I want to return order #%1$s, the size is wrong', 'Payment failed twice, can you help?',
               'Size 42 please', 'When will order #%1$s be shipped?', 'Can I pay on delivery?',
               'Please cancel order #%1$s', 'Is the %3$s available in black?', 'Hello?', 'Ok thank you',
               'The tracking link for order #%1$s does not work', 'I got the wrong colour',
               'Can I pick it up from the store in %2$s?', 'שלום, מתי ההזמנה שלי תגיע?', 'תודה רבה!',
               'مرحبا، هل المنتج متوفر؟', 'Still waiting for an answer...'])[1 + floor(x.r3 * 24)::int],
               t.order_no, t.city, t.product)
           WHEN d.kind = 'image' THEN CASE WHEN x.r3 < 0.5 THEN format('Photo of the %s', t.product) END
           WHEN d.kind = 'location' THEN format('Location: Herzl St %s, %s', 1 + (x.r3 * 120)::int, t.city)
           WHEN d.kind = 'document' THEN format('receipt-%s.pdf', t.order_no)
           WHEN d.kind = 'reaction' THEN '👍'
           WHEN d.kind = 'button' THEN (ARRAY['Yes, confirm', 'Talk to an agent', 'Track my order'])[1 + floor(x.r3 * 3)::int]
           WHEN d.kind = 'note' THEN format((ARRAY[
               'Customer called, resolved by phone', 'VIP: handle with care', 'Escalated to the warehouse team',
               'Checked with the courier, parcel #%1$s is stuck in the %2$s hub', 'Refund approved by the manager',
               'Asked for a photo of the damage', 'Duplicate of an earlier complaint'])[1 + floor(x.r3 * 7)::int],
               t.order_no, t.city)
           WHEN d.kind = 'template' THEN format(E'Your order has shipped\n\nHi %s, your order #%s has shipped and will arrive within 3 business days.\n\nReply STOP to opt out',
               t.first_name, t.order_no)
           WHEN d.kind = 'text' THEN format((ARRAY[
               'Hi! Yes, the %3$s is in stock.', 'Your order #%1$s left our warehouse today.',
               'Sorry about that! We are sending a replacement for order #%1$s.',
               'We ship everywhere in Israel within 3 business days, %2$s included.',
               'Your order #%1$s is on its way and should arrive tomorrow.', 'Done, the address is updated.',
               'Refund issued for order #%1$s, it takes 5-7 business days.',
               'We are open Sunday to Thursday 9:00-18:00, Friday 9:00-13:00.',
               'Could you send a photo of the damage?', 'Happy to help! Anything else?',
               'Of course, the %3$s comes in black and navy.', 'Thanks for waiting, checking it now.'])[1 + floor(x.r3 * 12)::int],
               t.order_no, t.city, t.product)
           END AS body) AS b,
       LATERAL (SELECT CASE WHEN d.direction = 'outbound' AND d.kind <> 'note' THEN
                    CASE WHEN t.at > now() - interval '2 minutes' THEN 'sent'
                         WHEN x.r5 < 0.04 THEN 'failed' WHEN x.r5 < 0.10 THEN 'sent'
                         WHEN x.r5 < 0.30 THEN 'delivered' ELSE 'read' END END AS status) AS st;

-- The summary columns, as the touch trigger would have left them: the last message (never a
-- note), the last inbound message, waiting since the first inbound message after our last reply,
-- unread = those waiting messages when the agent has not opened the conversation since.
UPDATE opsdesk.conversations c
   SET last_message_at = s.last_at,
       last_message_preview = opsdesk.message_preview(s.last_kind, s.last_body),
       last_message_direction = s.last_direction,
       last_inbound_at = s.last_in,
       waiting_since = CASE WHEN s.last_direction = 'inbound' THEN s.waiting_since END,
       unread_count = CASE WHEN s.last_direction = 'inbound' AND p.unread THEN s.waiting ELSE 0 END,
       agent_last_seen_at = CASE WHEN c.assignee_id IS NULL THEN NULL
                                 WHEN s.last_direction = 'inbound' AND p.unread THEN s.last_out
                                 ELSE s.last_at + interval '1 minute' END
  FROM (SELECT conversation_id,
               max(created_at) FILTER (WHERE kind <> 'note') AS last_at,
               (array_agg(direction ORDER BY created_at DESC) FILTER (WHERE kind <> 'note'))[1] AS last_direction,
               (array_agg(kind ORDER BY created_at DESC) FILTER (WHERE kind <> 'note'))[1] AS last_kind,
               (array_agg(body ORDER BY created_at DESC) FILTER (WHERE kind <> 'note'))[1] AS last_body,
               max(created_at) FILTER (WHERE direction = 'inbound') AS last_in,
               max(last_out) AS last_out,
               min(created_at) FILTER (WHERE direction = 'inbound' AND created_at > coalesce(last_out, '-infinity')) AS waiting_since,
               count(*) FILTER (WHERE direction = 'inbound' AND created_at > coalesce(last_out, '-infinity')) AS waiting
          FROM (SELECT conversation_id, created_at, direction, kind, body,
                       max(created_at) FILTER (WHERE direction = 'outbound' AND kind <> 'note')
                           OVER (PARTITION BY conversation_id) AS last_out
                  FROM opsdesk.messages) AS m
         GROUP BY conversation_id) AS s,
       plan p
 WHERE s.conversation_id = c.id AND p.id = c.id;

ALTER TABLE opsdesk.contacts ENABLE TRIGGER USER;
ALTER TABLE opsdesk.conversations ENABLE TRIGGER USER;
ALTER TABLE opsdesk.messages ENABLE TRIGGER USER;
SELECT def FROM saved_indexes \gexec
VACUUM (ANALYZE) opsdesk.contacts;
VACUUM (ANALYZE) opsdesk.conversations;
VACUUM (ANALYZE) opsdesk.messages;
VACUUM (ANALYZE) opsdesk.admin_users;
SQL
"${psql[@]}" -At <<'SQL'
SELECT format('%s messages (%s inbound, %s notes), %s conversations (%s), %s contacts',
              to_char((SELECT count(*) FROM opsdesk.messages), 'FM9,999,999'),
              to_char((SELECT count(*) FROM opsdesk.messages WHERE direction = 'inbound'), 'FM9,999,999'),
              to_char((SELECT count(*) FROM opsdesk.messages WHERE kind = 'note'), 'FM9,999,999'),
              to_char((SELECT count(*) FROM opsdesk.conversations), 'FM9,999,999'),
              (SELECT string_agg(status || ' ' || n, ', ' ORDER BY n DESC)
                 FROM (SELECT status, count(*) AS n FROM opsdesk.conversations GROUP BY 1) s),
              to_char((SELECT count(*) FROM opsdesk.contacts), 'FM9,999,999'));
SELECT format('open + pending: %s, of which unassigned %s, assigned to bench.support %s, unread %s, waiting %s',
              count(*), count(*) FILTER (WHERE assignee_id IS NULL),
              count(*) FILTER (WHERE assignee_id = (SELECT id FROM opsdesk.admin_users WHERE db_role = 'bench.support')),
              count(*) FILTER (WHERE unread_count > 0), count(*) FILTER (WHERE waiting_since IS NOT NULL))
  FROM opsdesk.conversations WHERE status IN ('open', 'pending');
SELECT format('messages table %s + indexes %s (body trigram %s); conversations %s + %s',
              pg_size_pretty(pg_table_size('opsdesk.messages')),
              pg_size_pretty(pg_indexes_size('opsdesk.messages')),
              pg_size_pretty(pg_relation_size('opsdesk.messages_body_search_idx')),
              pg_size_pretty(pg_table_size('opsdesk.conversations')),
              pg_size_pretty(pg_indexes_size('opsdesk.conversations')));
SQL
echo "generated in $(( $(date +%s) - started )) s"

opsdesk_log "Inbox queries, search and the conversation list ($runs runs each, as a support person)"
"$OPSDESK_BUILD/bench/inboxbench" queries "$support_url" "$runs" 2>/dev/null

opsdesk_log "Plans of the search and view queries (EXPLAIN ANALYZE, BUFFERS via auto_explain, as they ran)"
# auto_explain on the support person's next sessions only; its notices reach the client, where
# libpq prints them on stderr between the benchmark's own headings.
"${psql[@]}" <<'SQL'
LOAD 'auto_explain';
ALTER ROLE "bench.support" SET session_preload_libraries = 'auto_explain';
ALTER ROLE "bench.support" SET auto_explain.log_min_duration = 0;
ALTER ROLE "bench.support" SET auto_explain.log_analyze = on;
ALTER ROLE "bench.support" SET auto_explain.log_buffers = on;
ALTER ROLE "bench.support" SET auto_explain.log_level = 'notice';
SQL
# Every plan comes with the statement's text: shown when it differs from the previous one.
"$OPSDESK_BUILD/bench/inboxbench" explain "$support_url" 2>&1 >/dev/null \
    | sed -n '/^=== plans/,$p' | sed -e '/^=== plans/d' -e 's/^NOTICE:  //' \
    | awk '/^Query Text:/ { text = $0; reading = 1; next }
           reading && /^Limit / { reading = 0; key = text; gsub(/qpsqlpstmt_[0-9a-f]+/, "", key)
                                  print (key == previous ? "(query text as above)" : text)
                                  previous = key }
           reading { text = text "\n" $0; next }
           { print }'
