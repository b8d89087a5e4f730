-- Metrics, alert rules and incidents (issue 5).
--
-- Metric series are named time series of double values: the built-in ones opsdeskd collects
-- every 10 s from the system's own data (opsdesk.collect_metrics), and external ones other
-- services register and push through POST /api/v1/metrics. Samples are kept raw for a week and
-- as 1-minute rollups (min, max, sum, count) for longer, maintained by a statement trigger, so
-- long ranges read one row per minute instead of six. Alert rules compare a series' newest sample
-- with a threshold; opsdesk.evaluate_alert_rules moves each rule through normal → pending →
-- alerting → recovering → normal (Grafana's Pending/Alerting model) and opens and auto-resolves
-- incidents. Incident status changes follow a state machine enforced here, and every change
-- leaves a line in the incident's timeline (incident_events).

-- ---------------------------------------------------------------------------------------------
-- Metric series and samples

-- Series ids are integers, not uuids: they are repeated in every sample row.
CREATE TABLE opsdesk.metric_series (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL UNIQUE CHECK (name ~ '^[a-z_][a-z0-9_]{0,99}$'),
    title       text NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 120),
    unit        text NOT NULL DEFAULT '' CHECK (char_length(unit) <= 32),
    description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 1000),
    labels      jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(labels) = 'object'),
    source      text NOT NULL DEFAULT 'external' CHECK (source IN ('builtin', 'external')),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE opsdesk.metric_samples (
    series_id integer NOT NULL REFERENCES opsdesk.metric_series (id) ON DELETE CASCADE,
    at        timestamptz NOT NULL,
    -- PostgreSQL's NaN equals NaN, so NOT IN finds it.
    value     double precision NOT NULL
              CONSTRAINT metric_samples_value_finite
              CHECK (value NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8)),
    PRIMARY KEY (series_id, at)
);
-- Retention deletes by time across all series.
CREATE INDEX metric_samples_at_brin ON opsdesk.metric_samples USING brin (at);

CREATE TABLE opsdesk.metric_rollups (
    series_id integer NOT NULL REFERENCES opsdesk.metric_series (id) ON DELETE CASCADE,
    minute    timestamptz NOT NULL CHECK (minute = date_trunc('minute', minute)),
    min       double precision NOT NULL,
    max       double precision NOT NULL,
    sum       double precision NOT NULL,
    count     integer NOT NULL CHECK (count > 0),
    PRIMARY KEY (series_id, minute)
);
CREATE INDEX metric_rollups_minute_brin ON opsdesk.metric_rollups USING brin (minute);

-- The same per 10 minutes, for the week-long range: averaging a week of 1-minute rollups for
-- 20 series read ~200,000 rows (137 ms, bench/charts.sh); these are 20,160.
CREATE TABLE opsdesk.metric_rollups_10m (
    series_id    integer NOT NULL REFERENCES opsdesk.metric_series (id) ON DELETE CASCADE,
    period_start timestamptz NOT NULL
                 CHECK (period_start = date_bin('10 minutes', period_start, timestamptz '2000-01-01 00:00:00+00')),
    min          double precision NOT NULL,
    max          double precision NOT NULL,
    sum          double precision NOT NULL,
    count        integer NOT NULL CHECK (count > 0),
    PRIMARY KEY (series_id, period_start)
);
CREATE INDEX metric_rollups_10m_start_brin ON opsdesk.metric_rollups_10m USING brin (period_start);

-- New samples update their minutes' rollups and reach the live feed once per series per
-- statement (pk = the series id: clients fetch what is newer than what they hold). Samples are
-- inserted with ON CONFLICT DO NOTHING, so only new rows reach the transition table and a
-- repeated sample is never counted twice.
CREATE FUNCTION opsdesk.metric_samples_inserted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO opsdesk.metric_rollups AS r (series_id, minute, min, max, sum, count)
    SELECT n.series_id, date_trunc('minute', n.at), min(n.value), max(n.value), sum(n.value), count(*)
      FROM new_rows n
     GROUP BY 1, 2
    ON CONFLICT (series_id, minute) DO UPDATE
       SET min = least(r.min, EXCLUDED.min), max = greatest(r.max, EXCLUDED.max),
           sum = r.sum + EXCLUDED.sum, count = r.count + EXCLUDED.count;
    INSERT INTO opsdesk.metric_rollups_10m AS r (series_id, period_start, min, max, sum, count)
    SELECT n.series_id, date_bin('10 minutes', n.at, timestamptz '2000-01-01 00:00:00+00'),
           min(n.value), max(n.value), sum(n.value), count(*)
      FROM new_rows n
     GROUP BY 1, 2
    ON CONFLICT (series_id, period_start) DO UPDATE
       SET min = least(r.min, EXCLUDED.min), max = greatest(r.max, EXCLUDED.max),
           sum = r.sum + EXCLUDED.sum, count = r.count + EXCLUDED.count;
    INSERT INTO opsdesk.change_log (tbl, op, pk)
    SELECT 'metric_samples', 'I', n.series_id::text FROM new_rows n GROUP BY n.series_id;
    IF FOUND THEN
        PERFORM pg_notify('opsdesk_change', '');
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER metric_samples_inserted AFTER INSERT ON opsdesk.metric_samples
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdesk.metric_samples_inserted();

-- Points of several series between two times, averaged over buckets of bucket_seconds:
-- bucket_seconds <= 10 reads the raw samples (one point per sample); a whole number of
-- 10-minute periods reads the 10-minute rollups; anything else reads the 1-minute rollups
-- (bucket_seconds is then rounded up to whole minutes). Each point carries the bucket start,
-- average, minimum and maximum.
CREATE FUNCTION opsdesk.metric_points(series integer[], since timestamptz, until timestamptz,
                                      bucket_seconds integer)
RETURNS TABLE (series_id integer, at timestamptz, avg double precision, min double precision,
               max double precision)
LANGUAGE sql STABLE AS $$
    SELECT s.series_id, s.at, s.value, s.value, s.value
      FROM opsdesk.metric_samples s
     WHERE bucket_seconds <= 10 AND s.series_id = ANY (series) AND s.at >= since AND s.at <= until
    UNION ALL
    SELECT r.series_id,
           date_bin(make_interval(secs => greatest(60, (bucket_seconds + 59) / 60 * 60)), r.minute,
                    timestamptz '2000-01-01 00:00:00+00') AS bucket,
           sum(r.sum) / sum(r.count), min(r.min), max(r.max)
      FROM opsdesk.metric_rollups r
     WHERE bucket_seconds > 10 AND bucket_seconds % 600 <> 0 AND r.series_id = ANY (series)
       AND r.minute >= date_trunc('minute', since) AND r.minute <= until
     GROUP BY 1, 2
    UNION ALL
    SELECT r.series_id,
           date_bin(make_interval(secs => bucket_seconds), r.period_start,
                    timestamptz '2000-01-01 00:00:00+00') AS bucket,
           sum(r.sum) / sum(r.count), min(r.min), max(r.max)
      FROM opsdesk.metric_rollups_10m r
     WHERE bucket_seconds > 10 AND bucket_seconds % 600 = 0 AND r.series_id = ANY (series)
       AND r.period_start >= date_bin('10 minutes', since, timestamptz '2000-01-01 00:00:00+00')
       AND r.period_start <= until
     GROUP BY 1, 2
     ORDER BY 1, 2
$$;

-- What each running `opsdeskd serve` measured in its own process over the last minute (it
-- upserts its row every 10 s); the collector adds them up.
CREATE TABLE opsdesk.serve_instances (
    instance            text PRIMARY KEY CHECK (char_length(instance) BETWEEN 1 AND 200),
    reported_at         timestamptz NOT NULL DEFAULT now(),
    started_at          timestamptz NOT NULL,
    webhook_requests_1m integer NOT NULL DEFAULT 0 CHECK (webhook_requests_1m >= 0),
    signature_failures_1m integer NOT NULL DEFAULT 0 CHECK (signature_failures_1m >= 0),
    ingest_latency_p95_ms double precision CHECK (ingest_latency_p95_ms >= 0)
);

-- How long each customer waited for a person's reply: written when a person's reply answers a
-- waiting customer (conversations.waiting_since), read for the first-response-time metric.
CREATE TABLE opsdesk.response_times (
    id              bigserial PRIMARY KEY,
    conversation_id uuid NOT NULL REFERENCES opsdesk.conversations (id) ON DELETE CASCADE,
    responded_at    timestamptz NOT NULL,
    waited_seconds  double precision NOT NULL CHECK (waited_seconds >= 0)
);
CREATE INDEX response_times_responded_idx ON opsdesk.response_times (responded_at);

-- A private note is not an answer: only a person's message to the customer ends the wait (it
-- did before too, by mistake). The answered wait is recorded in response_times.
CREATE OR REPLACE FUNCTION opsdesk.messages_touch_conversation() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    inbound boolean := NEW.direction = 'inbound';
    answers boolean := NEW.direction = 'outbound' AND NEW.author_id IS NOT NULL AND NEW.kind <> 'note';
BEGIN
    IF answers THEN
        INSERT INTO opsdesk.response_times (conversation_id, responded_at, waited_seconds)
        SELECT c.id, NEW.created_at, extract(epoch FROM NEW.created_at - c.waiting_since)
          FROM opsdesk.conversations c
         WHERE c.id = NEW.conversation_id AND c.waiting_since <= NEW.created_at;
    END IF;
    UPDATE opsdesk.conversations c
       SET last_message_at = greatest(c.last_message_at, NEW.created_at),
           last_message_preview = CASE WHEN c.last_message_at IS NULL OR NEW.created_at >= c.last_message_at
                                       THEN opsdesk.message_preview(NEW.kind, NEW.body)
                                       ELSE c.last_message_preview END,
           last_message_direction = CASE WHEN c.last_message_at IS NULL OR NEW.created_at >= c.last_message_at
                                         THEN NEW.direction
                                         ELSE c.last_message_direction END,
           last_inbound_at = CASE WHEN inbound THEN greatest(c.last_inbound_at, NEW.created_at)
                                  ELSE c.last_inbound_at END,
           -- Answered only by a person's reply: an automated notification (API, author NULL)
           -- or a private note leaves the customer waiting.
           waiting_since = CASE WHEN inbound THEN coalesce(c.waiting_since, NEW.created_at)
                                WHEN answers THEN NULL
                                ELSE c.waiting_since END,
           unread_count = c.unread_count + CASE WHEN inbound THEN 1 ELSE 0 END,
           status = CASE WHEN inbound AND c.status IN ('resolved', 'snoozed') THEN 'open' ELSE c.status END,
           snoozed_until = CASE WHEN inbound AND c.status IN ('resolved', 'snoozed') THEN NULL
                                ELSE c.snoozed_until END
     WHERE c.id = NEW.conversation_id
       -- An older outbound message arriving late changes nothing: skip the no-op update.
       AND (inbound OR c.last_message_at IS NULL OR NEW.created_at >= c.last_message_at);
    RETURN NULL;
END
$$;

-- CREATE OR REPLACE reset these (see 0007: the summary columns are the database's).
ALTER FUNCTION opsdesk.messages_touch_conversation() SECURITY DEFINER;
ALTER FUNCTION opsdesk.messages_touch_conversation() SET search_path = pg_catalog, pg_temp;

-- What the collector counts, without scanning whole tables every 10 s.
CREATE INDEX messages_outbound_created_idx ON opsdesk.messages (created_at)
    WHERE direction = 'outbound' AND kind <> 'note';
CREATE INDEX messages_failed_status_at_idx ON opsdesk.messages (status_at)
    WHERE direction = 'outbound' AND status = 'failed';
CREATE INDEX message_status_events_delivered_idx ON opsdesk.message_status_events (occurred_at)
    WHERE status = 'delivered';
CREATE INDEX jobs_unfinished_idx ON opsdesk.jobs (status) WHERE status <> 'succeeded';

-- The built-in series (name, title, unit, description).
INSERT INTO opsdesk.metric_series (name, title, unit, description, source) VALUES
    ('webhook_events_per_min', 'Webhook events', 'events/min',
     'WhatsApp webhook events stored in the last minute.', 'builtin'),
    ('signature_failures_per_min', 'Signature failures', 'failures/min',
     'Webhook POSTs refused in the last minute because their X-Hub-Signature-256 did not verify (all opsdeskd instances).', 'builtin'),
    ('inbound_messages_per_min', 'Inbound messages', 'messages/min',
     'Customer messages received in the last minute.', 'builtin'),
    ('outbound_messages_per_min', 'Outbound messages', 'messages/min',
     'Replies and templates queued in the last minute (private notes excluded).', 'builtin'),
    ('delivery_failure_rate', 'Delivery failure rate', '%',
     'Of the outbound messages settled in the last 5 minutes (delivered or failed), the share that failed.', 'builtin'),
    ('delivery_time_p50', 'Delivery time p50', 's',
     'Median time from sent to delivered, messages delivered in the last 15 minutes.', 'builtin'),
    ('delivery_time_p95', 'Delivery time p95', 's',
     '95th percentile of the time from sent to delivered, messages delivered in the last 15 minutes.', 'builtin'),
    ('first_response_time_p50', 'First response time p50', 's',
     'Median time a customer waited for a person''s reply, replies in the last hour.', 'builtin'),
    ('open_conversations', 'Open conversations', 'conversations',
     'Conversations with status open.', 'builtin'),
    ('unassigned_conversations', 'Unassigned conversations', 'conversations',
     'Open or pending conversations nobody is assigned to.', 'builtin'),
    ('conversations_waiting_over_5m', 'Waiting over 5 min', 'conversations',
     'Open or pending conversations whose customer has waited more than 5 minutes for a reply.', 'builtin'),
    ('job_queue_depth', 'Job queue depth', 'jobs',
     'Jobs queued, running or waiting to retry.', 'builtin'),
    ('dead_jobs', 'Dead jobs', 'jobs',
     'Jobs that gave up after their last attempt and wait for an admin.', 'builtin'),
    ('ingest_latency_p95', 'Ingest latency p95', 'ms',
     '95th percentile of webhook POST handling time over the last minute (slowest opsdeskd instance).', 'builtin');

-- One sample of every built-in series at p_now (rounded down to the second). Run by the one
-- opsdeskd instance holding the collector's advisory lock, every 10 s. Returns the samples stored.
CREATE FUNCTION opsdesk.collect_metrics(p_now timestamptz DEFAULT now()) RETURNS integer
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    stored integer;
    instances record;
    delivered bigint;
    failed bigint;
BEGIN
    SELECT coalesce(sum(signature_failures_1m), 0) AS failures, max(ingest_latency_p95_ms) AS p95
      INTO instances
      FROM opsdesk.serve_instances
     WHERE reported_at > p_now - interval '30 seconds' AND reported_at <= p_now;
    SELECT count(DISTINCT e.wa_message_id) INTO delivered
      FROM opsdesk.message_status_events e
     WHERE e.status = 'delivered' AND e.occurred_at > p_now - interval '5 minutes'
       AND e.occurred_at <= p_now;
    SELECT count(*) INTO failed
      FROM opsdesk.messages m
     WHERE m.direction = 'outbound' AND m.status = 'failed'
       AND m.status_at > p_now - interval '5 minutes' AND m.status_at <= p_now;

    WITH delivery AS (
        SELECT extract(epoch FROM d.occurred_at - s.occurred_at) AS seconds
          FROM opsdesk.message_status_events d
          JOIN opsdesk.message_status_events s ON s.wa_message_id = d.wa_message_id AND s.status = 'sent'
         WHERE d.status = 'delivered' AND d.occurred_at > p_now - interval '15 minutes'
           AND d.occurred_at <= p_now AND d.occurred_at >= s.occurred_at),
    measured (name, value) AS (
        SELECT 'webhook_events_per_min', count(*)::float8 FROM opsdesk.whatsapp_webhook_events
         WHERE received_at > p_now - interval '1 minute' AND received_at <= p_now
        UNION ALL SELECT 'signature_failures_per_min', instances.failures::float8
        UNION ALL SELECT 'inbound_messages_per_min', count(*)::float8 FROM opsdesk.messages
         WHERE direction = 'inbound' AND created_at > p_now - interval '1 minute' AND created_at <= p_now
        UNION ALL SELECT 'outbound_messages_per_min', count(*)::float8 FROM opsdesk.messages
         WHERE direction = 'outbound' AND kind <> 'note'
           AND created_at > p_now - interval '1 minute' AND created_at <= p_now
        UNION ALL SELECT 'delivery_failure_rate',
               CASE WHEN delivered + failed = 0 THEN 0 ELSE 100.0 * failed / (delivered + failed) END
        UNION ALL SELECT 'delivery_time_p50', percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) FROM delivery
        UNION ALL SELECT 'delivery_time_p95', percentile_cont(0.95) WITHIN GROUP (ORDER BY seconds) FROM delivery
        UNION ALL SELECT 'first_response_time_p50', percentile_cont(0.5) WITHIN GROUP (ORDER BY waited_seconds)
          FROM opsdesk.response_times
         WHERE responded_at > p_now - interval '1 hour' AND responded_at <= p_now
        UNION ALL SELECT 'open_conversations', count(*)::float8 FROM opsdesk.conversations
         WHERE status = 'open'
        UNION ALL SELECT 'unassigned_conversations', count(*)::float8 FROM opsdesk.conversations
         WHERE status IN ('open', 'pending') AND assignee_id IS NULL
        UNION ALL SELECT 'conversations_waiting_over_5m', count(*)::float8 FROM opsdesk.conversations
         WHERE status IN ('open', 'pending')
           AND coalesce(waiting_since, 'infinity') < p_now - interval '5 minutes'
        UNION ALL SELECT 'job_queue_depth', count(*)::float8 FROM opsdesk.jobs
         WHERE status IN ('queued', 'running', 'failed')
        UNION ALL SELECT 'dead_jobs', count(*)::float8 FROM opsdesk.jobs WHERE status = 'dead'
        UNION ALL SELECT 'ingest_latency_p95', instances.p95)
    INSERT INTO opsdesk.metric_samples (series_id, at, value)
    SELECT s.id, date_trunc('second', p_now), v.value
      FROM measured v JOIN opsdesk.metric_series s ON s.name = v.name
     WHERE v.value IS NOT NULL -- no deliveries, replies or reports: no sample rather than a made-up 0
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS stored = ROW_COUNT;
    RETURN stored;
END
$$;

-- An external series for POST /api/v1/metrics; registering an existing external series again
-- updates its title, unit and description. A built-in name is refused (SQLSTATE ODS01).
CREATE FUNCTION opsdesk.register_metric_series(p_name text, p_title text, p_unit text,
                                               p_description text)
RETURNS opsdesk.metric_series
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    result opsdesk.metric_series;
BEGIN
    IF EXISTS (SELECT FROM opsdesk.metric_series WHERE name = p_name AND source = 'builtin') THEN
        RAISE EXCEPTION 'metric series "%" is built in and collected by opsdeskd', p_name
            USING ERRCODE = 'ODS01';
    END IF;
    INSERT INTO opsdesk.metric_series AS s (name, title, unit, description, source)
    VALUES (p_name, coalesce(nullif(btrim(p_title), ''), p_name), coalesce(p_unit, ''),
            coalesce(p_description, ''), 'external')
    ON CONFLICT (name) DO UPDATE
       SET title = EXCLUDED.title, unit = EXCLUDED.unit, description = EXCLUDED.description
    RETURNING * INTO result;
    RETURN result;
END
$$;

-- Retention: raw samples older than raw_keep, rollups older than rollup_keep, answered waits
-- older than a day, instances silent for an hour. Returns the rows deleted.
CREATE FUNCTION opsdesk.prune_metrics(raw_keep interval, rollup_keep interval) RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    total bigint := 0;
    n bigint;
BEGIN
    DELETE FROM opsdesk.metric_samples WHERE at < now() - raw_keep;
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM opsdesk.metric_rollups WHERE minute < now() - rollup_keep;
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM opsdesk.metric_rollups_10m WHERE period_start < now() - rollup_keep;
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM opsdesk.response_times WHERE responded_at < now() - interval '1 day';
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM opsdesk.serve_instances WHERE reported_at < now() - interval '1 hour';
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    RETURN total;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Incidents and their timeline

CREATE TABLE opsdesk.alert_rules (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name            text NOT NULL UNIQUE CHECK (char_length(btrim(name)) BETWEEN 1 AND 120),
    series_id       integer NOT NULL REFERENCES opsdesk.metric_series (id) ON DELETE CASCADE,
    comparator      text NOT NULL CHECK (comparator IN ('>', '>=', '<', '<=')),
    threshold       double precision NOT NULL
                    CHECK (threshold NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8)),
    for_seconds     integer NOT NULL DEFAULT 60 CHECK (for_seconds BETWEEN 0 AND 86400),
    -- How long the condition must stay clear before the rule counts as recovered (and, with
    -- auto_resolve, resolves its incident): a value that dips below the line for a moment does
    -- not resolve and reopen.
    recover_seconds integer NOT NULL DEFAULT 60 CHECK (recover_seconds BETWEEN 0 AND 86400),
    severity        text NOT NULL DEFAULT 'high' CHECK (severity IN ('critical', 'high', 'medium', 'low')),
    enabled         boolean NOT NULL DEFAULT true,
    auto_resolve    boolean NOT NULL DEFAULT true,
    created_by      uuid REFERENCES opsdesk.admin_users (id) DEFAULT opsdesk.current_person_id(),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX alert_rules_series_idx ON opsdesk.alert_rules (series_id);

CREATE TABLE opsdesk.incidents (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    title           text NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 200),
    description     text NOT NULL DEFAULT '' CHECK (char_length(description) <= 4000),
    severity        text NOT NULL CHECK (severity IN ('critical', 'high', 'medium', 'low')),
    status          text NOT NULL DEFAULT 'triggered'
                    CHECK (status IN ('triggered', 'acknowledged', 'resolved')),
    -- At most one unresolved incident per key (alert rules use 'alert_rule:<rule id>').
    dedup_key       text CHECK (char_length(dedup_key) BETWEEN 1 AND 200),
    source          text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'alert_rule')),
    alert_rule_id   uuid REFERENCES opsdesk.alert_rules (id) ON DELETE SET NULL,
    assignee_id     uuid REFERENCES opsdesk.admin_users (id),
    opened_by       uuid REFERENCES opsdesk.admin_users (id) DEFAULT opsdesk.current_person_id(),
    opened_at       timestamptz NOT NULL DEFAULT now(),
    acknowledged_at timestamptz,
    resolved_at     timestamptz,
    reopened_at     timestamptz,
    summary         text CHECK (char_length(summary) <= 4000),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT incidents_resolved_has_time CHECK ((status = 'resolved') = (resolved_at IS NOT NULL)),
    CONSTRAINT incidents_resolved_has_summary
        CHECK (status <> 'resolved' OR char_length(btrim(summary)) > 0),
    CONSTRAINT incidents_acknowledged_has_time
        CHECK (status <> 'acknowledged' OR acknowledged_at IS NOT NULL),
    CONSTRAINT incidents_times_in_order CHECK (
        (acknowledged_at IS NULL OR acknowledged_at >= opened_at)
        AND (resolved_at IS NULL OR resolved_at >= coalesce(acknowledged_at, reopened_at, opened_at))
        AND (reopened_at IS NULL OR reopened_at >= opened_at)),
    CONSTRAINT incidents_rule_source
        CHECK ((source = 'alert_rule') = coalesce(dedup_key LIKE 'alert_rule:%', false))
);
CREATE UNIQUE INDEX incidents_dedup_unresolved_idx ON opsdesk.incidents (dedup_key)
    WHERE status <> 'resolved';
CREATE INDEX incidents_opened_idx ON opsdesk.incidents (opened_at DESC, id DESC);
CREATE INDEX incidents_unresolved_idx ON opsdesk.incidents (opened_at DESC, id DESC)
    WHERE status <> 'resolved';

CREATE TABLE opsdesk.incident_events (
    id          bigserial PRIMARY KEY,
    incident_id uuid NOT NULL REFERENCES opsdesk.incidents (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('note', 'status', 'assignment', 'metric')),
    body        text NOT NULL CHECK (char_length(btrim(body)) BETWEEN 1 AND 10000),
    -- status: {"from","to"} (from null when opened); assignment: {"from","to"} person ids;
    -- metric: {"series","title","unit","comparator","threshold","value","at",
    --          "points": [[epoch seconds, value], ...]} (the last 30 minutes).
    data        jsonb,
    actor_id    uuid REFERENCES opsdesk.admin_users (id) DEFAULT opsdesk.current_person_id(),
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX incident_events_incident_idx ON opsdesk.incident_events (incident_id, at, id);

-- Valid status changes (triggered → acknowledged → resolved, triggered → resolved, resolved →
-- triggered by reopening), set by the database with their time; nothing else moves a timestamp
-- or changes where an incident came from. Refusals: SQLSTATE ODI01 (a transition that is not
-- allowed), ODI02 (a fixed column), ODI03 (reopening while another incident with the same
-- dedup key is unresolved), ODI04 (resolving without a summary).
CREATE FUNCTION opsdesk.incidents_check() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    allowed text[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'triggered' THEN
            RAISE EXCEPTION 'a new incident starts as triggered, not %', NEW.status
                USING ERRCODE = 'ODI01';
        END IF;
        NEW.opened_at := now();
        NEW.acknowledged_at := NULL;
        NEW.resolved_at := NULL;
        NEW.reopened_at := NULL;
        NEW.updated_at := now();
        RETURN NEW;
    END IF;

    IF (NEW.opened_at, NEW.source, NEW.dedup_key, NEW.alert_rule_id, NEW.opened_by)
       IS DISTINCT FROM (OLD.opened_at, OLD.source, OLD.dedup_key, OLD.alert_rule_id, OLD.opened_by)
       AND NOT (NEW.alert_rule_id IS NULL AND OLD.alert_rule_id IS NOT NULL
                AND (NEW.opened_at, NEW.source, NEW.dedup_key, NEW.opened_by)
                    IS NOT DISTINCT FROM (OLD.opened_at, OLD.source, OLD.dedup_key, OLD.opened_by)) THEN
        RAISE EXCEPTION 'an incident''s opening time, source, dedup key and opener cannot change'
            USING ERRCODE = 'ODI02';
    END IF;
    IF (NEW.acknowledged_at, NEW.resolved_at, NEW.reopened_at)
       IS DISTINCT FROM (OLD.acknowledged_at, OLD.resolved_at, OLD.reopened_at)
       AND NEW.status = OLD.status THEN
        RAISE EXCEPTION 'an incident''s acknowledged, resolved and reopened times are set by its status changes'
            USING ERRCODE = 'ODI02';
    END IF;

    IF OLD.status = 'resolved' AND NEW.status = 'resolved'
       AND NEW.summary IS DISTINCT FROM OLD.summary THEN
        RAISE EXCEPTION 'incident "%" is already resolved', OLD.title
            USING ERRCODE = 'ODI01',
                  HINT = 'Reopen it to change what happened; its timeline keeps the first summary.';
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        allowed := CASE OLD.status
                       WHEN 'triggered' THEN ARRAY['acknowledged', 'resolved']
                       WHEN 'acknowledged' THEN ARRAY['resolved']
                       WHEN 'resolved' THEN ARRAY['triggered']
                   END;
        IF NOT NEW.status = ANY (allowed) THEN
            RAISE EXCEPTION 'incident "%" cannot go from % to %', OLD.title, OLD.status, NEW.status
                USING ERRCODE = 'ODI01',
                      HINT = format('From %s it may go to: %s.', OLD.status, array_to_string(allowed, ', '));
        END IF;
        CASE NEW.status
            WHEN 'acknowledged' THEN
                NEW.acknowledged_at := greatest(now(), OLD.opened_at, OLD.reopened_at);
            WHEN 'resolved' THEN
                IF char_length(btrim(coalesce(NEW.summary, ''))) = 0 THEN
                    RAISE EXCEPTION 'resolving incident "%" needs a summary of what happened', OLD.title
                        USING ERRCODE = 'ODI04';
                END IF;
                NEW.resolved_at := greatest(now(), OLD.opened_at, OLD.acknowledged_at, OLD.reopened_at);
            WHEN 'triggered' THEN
                IF OLD.dedup_key IS NOT NULL AND EXISTS (
                        SELECT FROM opsdesk.incidents i
                         WHERE i.dedup_key = OLD.dedup_key AND i.status <> 'resolved' AND i.id <> OLD.id) THEN
                    RAISE EXCEPTION 'incident "%" cannot be reopened: another unresolved incident has the same dedup key (%)',
                        OLD.title, OLD.dedup_key
                        USING ERRCODE = 'ODI03';
                END IF;
                NEW.reopened_at := greatest(now(), OLD.resolved_at);
                NEW.acknowledged_at := NULL;
                NEW.resolved_at := NULL;
                NEW.summary := NULL; -- the timeline keeps the old one ("Resolved: …")
        END CASE;
    END IF;
    NEW.updated_at := greatest(now(), OLD.updated_at);
    RETURN NEW;
END
$$;
CREATE TRIGGER incidents_check BEFORE INSERT OR UPDATE ON opsdesk.incidents
    FOR EACH ROW EXECUTE FUNCTION opsdesk.incidents_check();

-- The timeline lines every change leaves (as the table's owner: nobody inserts status or
-- assignment lines by hand).
CREATE FUNCTION opsdesk.incidents_timeline() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    person_name text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO opsdesk.incident_events (incident_id, kind, body, data, at)
        VALUES (NEW.id, 'status',
                CASE WHEN NEW.source = 'alert_rule' THEN 'Opened by alert rule' ELSE 'Opened' END,
                jsonb_build_object('from', NULL, 'to', NEW.status), NEW.opened_at);
        IF NEW.assignee_id IS NOT NULL THEN
            SELECT display_name INTO person_name FROM opsdesk.admin_users WHERE id = NEW.assignee_id;
            INSERT INTO opsdesk.incident_events (incident_id, kind, body, data, at)
            VALUES (NEW.id, 'assignment', 'Assigned to ' || coalesce(person_name, 'someone'),
                    jsonb_build_object('from', NULL, 'to', NEW.assignee_id), NEW.opened_at);
        END IF;
        RETURN NULL;
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        INSERT INTO opsdesk.incident_events (incident_id, kind, body, data, at)
        VALUES (NEW.id, 'status',
                CASE NEW.status
                    WHEN 'acknowledged' THEN 'Acknowledged'
                    WHEN 'resolved' THEN 'Resolved: ' || NEW.summary
                    ELSE 'Reopened' END,
                jsonb_build_object('from', OLD.status, 'to', NEW.status),
                coalesce(CASE NEW.status WHEN 'acknowledged' THEN NEW.acknowledged_at
                                         WHEN 'resolved' THEN NEW.resolved_at
                                         ELSE NEW.reopened_at END, now()));
    END IF;
    IF NEW.severity IS DISTINCT FROM OLD.severity THEN
        INSERT INTO opsdesk.incident_events (incident_id, kind, body, data)
        VALUES (NEW.id, 'status', format('Severity changed from %s to %s', OLD.severity, NEW.severity),
                jsonb_build_object('severityFrom', OLD.severity, 'severityTo', NEW.severity));
    END IF;
    IF NEW.assignee_id IS DISTINCT FROM OLD.assignee_id THEN
        SELECT display_name INTO person_name FROM opsdesk.admin_users WHERE id = NEW.assignee_id;
        INSERT INTO opsdesk.incident_events (incident_id, kind, body, data)
        VALUES (NEW.id, 'assignment',
                CASE WHEN NEW.assignee_id IS NULL THEN 'Unassigned'
                     ELSE 'Assigned to ' || coalesce(person_name, 'someone') END,
                jsonb_build_object('from', OLD.assignee_id, 'to', NEW.assignee_id));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER incidents_timeline AFTER INSERT OR UPDATE ON opsdesk.incidents
    FOR EACH ROW EXECUTE FUNCTION opsdesk.incidents_timeline();

-- Where each alert rule stands. Written by opsdesk.evaluate_alert_rules only; a rule without a
-- row is normal.
CREATE TABLE opsdesk.alert_rule_states (
    rule_id      uuid PRIMARY KEY REFERENCES opsdesk.alert_rules (id) ON DELETE CASCADE,
    state        text NOT NULL DEFAULT 'normal'
                 CHECK (state IN ('normal', 'pending', 'alerting', 'recovering')),
    since        timestamptz NOT NULL,
    last_value   double precision,
    evaluated_at timestamptz NOT NULL,
    incident_id  uuid REFERENCES opsdesk.incidents (id) ON DELETE SET NULL
);

-- The live feed hears of a rule's state when it changes, not at every evaluation.
CREATE FUNCTION opsdesk.alert_rule_states_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO opsdesk.change_log (tbl, op, pk) VALUES ('alert_rules', 'U', NEW.rule_id::text);
    PERFORM pg_notify('opsdesk_change', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER alert_rule_states_inserted AFTER INSERT ON opsdesk.alert_rule_states
    FOR EACH ROW EXECUTE FUNCTION opsdesk.alert_rule_states_changed();
CREATE TRIGGER alert_rule_states_changed AFTER UPDATE ON opsdesk.alert_rule_states
    FOR EACH ROW WHEN ((OLD.state, OLD.incident_id) IS DISTINCT FROM (NEW.state, NEW.incident_id))
    EXECUTE FUNCTION opsdesk.alert_rule_states_changed();

-- A metric snapshot for an incident's timeline: the rule's condition, the value, and the series'
-- last 30 minutes of samples up to p_now.
CREATE FUNCTION opsdesk.alert_snapshot(rule opsdesk.alert_rules, p_value double precision,
                                       p_now timestamptz)
RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
               'series', s.name, 'title', s.title, 'unit', s.unit,
               'comparator', rule.comparator, 'threshold', rule.threshold,
               'forSeconds', rule.for_seconds, 'value', p_value, 'at', p_now,
               'points', coalesce((SELECT jsonb_agg(jsonb_build_array(extract(epoch FROM m.at), m.value)
                                                    ORDER BY m.at)
                                     FROM opsdesk.metric_samples m
                                    WHERE m.series_id = rule.series_id
                                      AND m.at > p_now - interval '30 minutes' AND m.at <= p_now),
                                  '[]'::jsonb))
      FROM opsdesk.metric_series s
     WHERE s.id = rule.series_id
$$;

-- Evaluates every alert rule at p_now against its series' newest sample of the last 5 minutes
-- (without one an enabled rule stays as it was: missing data is neither a breach nor a
-- recovery):
--   normal     → pending when breached (straight to alerting when for_seconds = 0);
--   pending    → alerting once breached for for_seconds (opens the incident), normal when clear;
--   alerting   → recovering when clear (normal at once when recover_seconds = 0);
--   recovering → alerting when breached again (same incident), normal once clear for
--                recover_seconds; with auto_resolve the incident is then resolved.
-- Opening uses the dedup key 'alert_rule:<rule id>': while the rule's incident is unresolved a
-- new breach adds a metric line to it instead of opening another; one a person resolved while
-- the rule still fired is let go, and the ongoing breach opens a new one. A disabled rule goes
-- back to normal and leaves its incident alone. Evaluations are serialised by a transaction
-- advisory lock. Returns the number of incidents opened.
CREATE FUNCTION opsdesk.evaluate_alert_rules(p_now timestamptz DEFAULT now()) RETURNS integer
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    r record;
    rule opsdesk.alert_rules;
    v double precision;
    breached boolean;
    next_state text;
    next_since timestamptz;
    incident uuid;
    opened integer := 0;
    snapshot jsonb;
    condition text;
    open_incident boolean;
BEGIN
    -- One evaluation at a time (opsdeskd's collector, a test, an admin in psql): two would both
    -- see a rule pending and race to open its incident.
    PERFORM pg_advisory_xact_lock(8030045010637581059); -- 'opsdesk' + 3
    FOR r IN
        SELECT a AS rule, st.state, st.since, st.incident_id
          FROM opsdesk.alert_rules a
          LEFT JOIN opsdesk.alert_rule_states st ON st.rule_id = a.id
         ORDER BY a.created_at, a.id
    LOOP
        rule := r.rule;
        incident := r.incident_id;
        next_state := coalesce(r.state, 'normal');
        next_since := coalesce(r.since, p_now);
        SELECT m.value INTO v
          FROM opsdesk.metric_samples m
         WHERE m.series_id = rule.series_id AND m.at <= p_now AND m.at > p_now - interval '5 minutes'
         ORDER BY m.at DESC LIMIT 1;
        IF NOT FOUND THEN
            v := NULL;
        END IF;
        -- An incident a person resolved while the rule still fired is no longer the rule's: a
        -- breach that goes on opens a new one.
        IF incident IS NOT NULL AND NOT EXISTS (
                SELECT FROM opsdesk.incidents i WHERE i.id = incident AND i.status <> 'resolved') THEN
            incident := NULL;
        END IF;
        -- No sample in the last 5 minutes (the collector was down, or there was nothing to
        -- measure) is not a recovery: the rule stays where it was.
        IF v IS NULL AND rule.enabled THEN
            INSERT INTO opsdesk.alert_rule_states AS s (rule_id, state, since, last_value, evaluated_at, incident_id)
            VALUES (rule.id, next_state, next_since, NULL, p_now, incident)
            ON CONFLICT (rule_id) DO UPDATE
               SET last_value = NULL, evaluated_at = EXCLUDED.evaluated_at,
                   incident_id = EXCLUDED.incident_id;
            CONTINUE;
        END IF;
        breached := rule.enabled AND v IS NOT NULL AND CASE rule.comparator
                        WHEN '>' THEN v > rule.threshold
                        WHEN '>=' THEN v >= rule.threshold
                        WHEN '<' THEN v < rule.threshold
                        ELSE v <= rule.threshold END;
        condition := format('%s %s %s', v, rule.comparator, rule.threshold);

        IF NOT rule.enabled THEN
            IF next_state <> 'normal' THEN
                next_since := p_now;
            END IF;
            next_state := 'normal';
        ELSIF next_state = 'normal' AND breached THEN
            next_state := 'pending';
            next_since := p_now;
        ELSIF next_state = 'pending' AND NOT breached THEN
            -- A breach shorter than for_seconds: normal again from now on.
            next_state := 'normal';
            next_since := p_now;
        ELSIF next_state = 'alerting' AND NOT breached THEN
            next_state := 'recovering';
            next_since := p_now;
        ELSIF next_state = 'recovering' AND breached THEN
            next_state := 'alerting';
            IF incident IS NOT NULL THEN
                INSERT INTO opsdesk.incident_events (incident_id, kind, body, data, actor_id, at)
                VALUES (incident, 'metric', format('Breached again: %s', condition),
                        opsdesk.alert_snapshot(rule, v, p_now), NULL, p_now);
            END IF;
        END IF;

        open_incident := false;
        IF next_state = 'pending' AND p_now - next_since >= make_interval(secs => rule.for_seconds) THEN
            next_state := 'alerting';
            next_since := p_now;
            open_incident := true;
        ELSIF next_state = 'alerting' AND breached AND incident IS NULL THEN
            open_incident := true; -- its incident was resolved by hand while still breached
        END IF;
        IF open_incident THEN
            snapshot := opsdesk.alert_snapshot(rule, v, p_now);
            incident := NULL;
            INSERT INTO opsdesk.incidents (title, severity, source, alert_rule_id, dedup_key,
                                           description)
            VALUES (rule.name, rule.severity, 'alert_rule', rule.id, 'alert_rule:' || rule.id,
                    format('%s %s %s %s for %s s', snapshot->>'title', rule.comparator,
                           rule.threshold, snapshot->>'unit', rule.for_seconds))
            ON CONFLICT (dedup_key) WHERE status <> 'resolved' DO NOTHING
            RETURNING id INTO incident;
            IF incident IS NOT NULL THEN
                opened := opened + 1;
                INSERT INTO opsdesk.incident_events (incident_id, kind, body, data, actor_id, at)
                VALUES (incident, 'metric', format('%s: %s', snapshot->>'title', condition),
                        snapshot, NULL, p_now);
            ELSE
                SELECT i.id INTO incident FROM opsdesk.incidents i
                 WHERE i.dedup_key = 'alert_rule:' || rule.id AND i.status <> 'resolved';
                IF incident IS NOT NULL THEN
                    INSERT INTO opsdesk.incident_events (incident_id, kind, body, data, actor_id, at)
                    VALUES (incident, 'metric', format('Breached again: %s', condition), snapshot,
                            NULL, p_now);
                END IF;
            END IF;
        END IF;

        IF next_state = 'recovering' AND p_now - next_since >= make_interval(secs => rule.recover_seconds) THEN
            next_state := 'normal';
            next_since := p_now;
            IF rule.auto_resolve AND incident IS NOT NULL THEN
                UPDATE opsdesk.incidents
                   SET status = 'resolved',
                       summary = coalesce(nullif(btrim(summary), ''),
                                          format('Recovered automatically: %s has not been %s %s for %s s (last value %s).',
                                                 (SELECT title FROM opsdesk.metric_series WHERE id = rule.series_id),
                                                 rule.comparator, rule.threshold, rule.recover_seconds,
                                                 coalesce(v::text, 'none in the last 5 minutes')))
                 WHERE id = incident AND status <> 'resolved';
            END IF;
            incident := NULL;
        END IF;

        INSERT INTO opsdesk.alert_rule_states AS s (rule_id, state, since, last_value, evaluated_at, incident_id)
        VALUES (rule.id, next_state, next_since, v, p_now, incident)
        ON CONFLICT (rule_id) DO UPDATE
           SET state = EXCLUDED.state, since = EXCLUDED.since, last_value = EXCLUDED.last_value,
               evaluated_at = EXCLUDED.evaluated_at, incident_id = EXCLUDED.incident_id
         WHERE (s.state, s.since, s.last_value, s.evaluated_at, s.incident_id)
               IS DISTINCT FROM (EXCLUDED.state, EXCLUDED.since, EXCLUDED.last_value,
                                 EXCLUDED.evaluated_at, EXCLUDED.incident_id);
    END LOOP;
    RETURN opened;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Audit, live feed, grants and row-level security

SELECT opsdesk.enable_audit('opsdesk.metric_series');
SELECT opsdesk.enable_audit('opsdesk.alert_rules');
SELECT opsdesk.enable_audit('opsdesk.incidents');
SELECT opsdesk.enable_change_feed('opsdesk.metric_series');
SELECT opsdesk.enable_change_feed('opsdesk.alert_rules');
SELECT opsdesk.enable_change_feed('opsdesk.incidents');
SELECT opsdesk.enable_change_feed('opsdesk.incident_events');

ALTER TABLE opsdesk.metric_series ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.metric_samples ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.metric_rollups ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.metric_rollups_10m ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.serve_instances ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.response_times ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.alert_rules ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.alert_rule_states ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.incidents ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.incident_events ENABLE ROW LEVEL SECURITY;

-- Metrics: every member of staff reads them (the Overview); opsdeskd writes them; admins
-- remove external series they no longer want.
GRANT SELECT ON opsdesk.metric_series, opsdesk.metric_samples, opsdesk.metric_rollups,
    opsdesk.metric_rollups_10m
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service;
GRANT DELETE ON opsdesk.metric_series TO opsdesk_admin;
GRANT INSERT, UPDATE ON opsdesk.metric_series TO opsdesk_service;
GRANT INSERT, DELETE ON opsdesk.metric_samples, opsdesk.metric_rollups, opsdesk.metric_rollups_10m
    TO opsdesk_service;
GRANT UPDATE ON opsdesk.metric_rollups, opsdesk.metric_rollups_10m TO opsdesk_service;
CREATE POLICY staff_read ON opsdesk.metric_series FOR SELECT
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service USING (true);
CREATE POLICY admin_remove_external ON opsdesk.metric_series FOR DELETE TO opsdesk_admin
    USING (source = 'external');
CREATE POLICY service_all ON opsdesk.metric_series FOR ALL TO opsdesk_service
    USING (true) WITH CHECK (true);
CREATE POLICY staff_read ON opsdesk.metric_samples FOR SELECT
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service USING (true);
CREATE POLICY service_all ON opsdesk.metric_samples FOR ALL TO opsdesk_service
    USING (true) WITH CHECK (true);
CREATE POLICY staff_read ON opsdesk.metric_rollups FOR SELECT
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service USING (true);
CREATE POLICY service_all ON opsdesk.metric_rollups FOR ALL TO opsdesk_service
    USING (true) WITH CHECK (true);
CREATE POLICY staff_read ON opsdesk.metric_rollups_10m FOR SELECT
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service USING (true);
CREATE POLICY service_all ON opsdesk.metric_rollups_10m FOR ALL TO opsdesk_service
    USING (true) WITH CHECK (true);

GRANT SELECT, INSERT, UPDATE, DELETE ON opsdesk.serve_instances TO opsdesk_service;
GRANT SELECT ON opsdesk.serve_instances TO opsdesk_admin;
CREATE POLICY service_all ON opsdesk.serve_instances FOR ALL TO opsdesk_service
    USING (true) WITH CHECK (true);
CREATE POLICY admin_read ON opsdesk.serve_instances FOR SELECT TO opsdesk_admin USING (true);

-- Written by the message trigger (as its owner), read by the collector.
GRANT SELECT, DELETE ON opsdesk.response_times TO opsdesk_service;
CREATE POLICY service_all ON opsdesk.response_times FOR ALL TO opsdesk_service
    USING (true) WITH CHECK (true);

-- Alert rules: admins keep them; managers read them; opsdeskd evaluates them.
GRANT SELECT ON opsdesk.alert_rules, opsdesk.alert_rule_states
    TO opsdesk_manager, opsdesk_admin, opsdesk_service;
GRANT INSERT (name, series_id, comparator, threshold, for_seconds, recover_seconds, severity,
              enabled, auto_resolve),
      UPDATE (name, series_id, comparator, threshold, for_seconds, recover_seconds, severity,
              enabled, auto_resolve, updated_at),
      DELETE
    ON opsdesk.alert_rules TO opsdesk_admin;
GRANT INSERT, UPDATE ON opsdesk.alert_rule_states TO opsdesk_service;
CREATE POLICY staff_read ON opsdesk.alert_rules FOR SELECT
    TO opsdesk_manager, opsdesk_admin, opsdesk_service USING (true);
CREATE POLICY admin_write ON opsdesk.alert_rules FOR ALL TO opsdesk_admin
    USING (true) WITH CHECK (true);
CREATE POLICY staff_read ON opsdesk.alert_rule_states FOR SELECT
    TO opsdesk_manager, opsdesk_admin, opsdesk_service USING (true);
CREATE POLICY service_all ON opsdesk.alert_rule_states FOR ALL TO opsdesk_service
    USING (true) WITH CHECK (true);

-- Incidents: admins run them; managers read them and their timelines; opsdeskd opens and
-- auto-resolves them. Nobody deletes an incident or edits its timeline.
GRANT SELECT ON opsdesk.incidents, opsdesk.incident_events
    TO opsdesk_manager, opsdesk_admin, opsdesk_service;
GRANT INSERT (title, description, severity, assignee_id),
      UPDATE (title, description, severity, status, assignee_id, summary)
    ON opsdesk.incidents TO opsdesk_admin;
GRANT INSERT (incident_id, kind, body) ON opsdesk.incident_events TO opsdesk_admin;
GRANT INSERT (title, description, severity, source, alert_rule_id, dedup_key),
      UPDATE (status, summary)
    ON opsdesk.incidents TO opsdesk_service;
GRANT INSERT (incident_id, kind, body, data, actor_id, at) ON opsdesk.incident_events
    TO opsdesk_service;
CREATE POLICY staff_read ON opsdesk.incidents FOR SELECT
    TO opsdesk_manager, opsdesk_admin, opsdesk_service USING (true);
CREATE POLICY admin_write ON opsdesk.incidents FOR INSERT TO opsdesk_admin
    WITH CHECK (source = 'manual' AND opened_by IS NOT DISTINCT FROM opsdesk.current_person_id());
CREATE POLICY admin_update ON opsdesk.incidents FOR UPDATE TO opsdesk_admin
    USING (true) WITH CHECK (true);
-- opsdeskd opens only alert-rule incidents, in nobody's name, under the rule's dedup key.
CREATE POLICY service_write ON opsdesk.incidents FOR INSERT TO opsdesk_service
    WITH CHECK (source = 'alert_rule' AND opened_by IS NULL
                AND dedup_key = 'alert_rule:' || alert_rule_id::text);
CREATE POLICY service_update ON opsdesk.incidents FOR UPDATE TO opsdesk_service
    USING (source = 'alert_rule') WITH CHECK (source = 'alert_rule');
CREATE POLICY staff_read ON opsdesk.incident_events FOR SELECT
    TO opsdesk_manager, opsdesk_admin, opsdesk_service USING (true);
-- A person adds notes in their own name; status and assignment lines come from the trigger.
CREATE POLICY admin_note ON opsdesk.incident_events FOR INSERT TO opsdesk_admin
    WITH CHECK (kind = 'note' AND actor_id IS NOT DISTINCT FROM opsdesk.current_person_id());
CREATE POLICY service_metric ON opsdesk.incident_events FOR INSERT TO opsdesk_service
    WITH CHECK (kind = 'metric' AND actor_id IS NULL
                AND EXISTS (SELECT FROM opsdesk.incidents i
                             WHERE i.id = incident_id AND i.source = 'alert_rule'));

GRANT USAGE ON ALL SEQUENCES IN SCHEMA opsdesk TO opsdesk_service;
GRANT USAGE ON SEQUENCE opsdesk.incident_events_id_seq TO opsdesk_admin;
GRANT EXECUTE ON FUNCTION opsdesk.metric_points(integer[], timestamptz, timestamptz, integer)
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service;
GRANT EXECUTE ON FUNCTION opsdesk.collect_metrics(timestamptz), opsdesk.evaluate_alert_rules(timestamptz),
    opsdesk.alert_snapshot(opsdesk.alert_rules, double precision, timestamptz),
    opsdesk.register_metric_series(text, text, text, text), opsdesk.prune_metrics(interval, interval)
    TO opsdesk_service;
