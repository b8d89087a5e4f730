-- The support inbox and the outbound pipeline to the WhatsApp Cloud API.
--
-- 1. Jobs (architecture.md, "Data model"): a queue claimed with FOR UPDATE SKIP LOCKED by the
--    workers of every `opsdeskd serve` instance, with leases, retries and dead jobs.
-- 2. Sending: inserting an outbound message (status queued) checks it against the rules every
--    sender shares (the 24-hour customer service window, approved templates, WhatsApp's
--    4,096-character limit) and enqueues its send job in the same transaction. The desktop
--    client (as the person) and the automation API (as opsdeskd) take the same path.
-- 3. The inbox: who is waiting longest, snoozes that wake, labels, presence ("also viewing"),
--    canned responses, and the indexes behind views, unread counts and search.
--
-- Cloud API references: https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages
-- and https://developers.facebook.com/docs/whatsapp/business-management-api/message-templates

-- ---------------------------------------------------------------------------------------------
-- 1. Jobs

CREATE TABLE opsdesk.jobs (
    id              bigserial PRIMARY KEY,
    queue           text NOT NULL CHECK (queue ~ '^[a-z][a-z0-9_.]{0,62}$'),
    payload         jsonb NOT NULL DEFAULT '{}',
    status          text NOT NULL DEFAULT 'queued'
                    CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'dead')),
    attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    max_attempts    integer NOT NULL DEFAULT 6 CHECK (max_attempts BETWEEN 1 AND 100),
    run_at          timestamptz NOT NULL DEFAULT now(),
    locked_by       text,
    locked_until    timestamptz,
    last_error      text,
    idempotency_key text UNIQUE,
    created_at      timestamptz NOT NULL DEFAULT now(),
    started_at      timestamptz, -- first claim: created_at → started_at is the queue latency
    finished_at     timestamptz,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'running') = (locked_until IS NOT NULL))
);
CREATE INDEX jobs_ready_idx ON opsdesk.jobs (queue, run_at, id) WHERE status = 'queued';
CREATE INDEX jobs_lease_idx ON opsdesk.jobs (locked_until) WHERE status = 'running';
CREATE INDEX jobs_attention_idx ON opsdesk.jobs (updated_at DESC, id DESC)
    WHERE status IN ('dead', 'failed');
CREATE INDEX jobs_finished_idx ON opsdesk.jobs (finished_at) WHERE status = 'succeeded';

-- Claims up to max_jobs ready jobs of queue for worker, each leased for lease_seconds. Concurrent
-- callers skip each other's rows, so a job is handed to one worker at a time.
CREATE FUNCTION opsdesk.claim_jobs(queue_name text, worker text, max_jobs integer,
                                   lease_seconds integer)
RETURNS SETOF opsdesk.jobs
LANGUAGE sql VOLATILE AS $$
    UPDATE opsdesk.jobs j
       SET status = 'running', attempts = j.attempts + 1, locked_by = worker,
           locked_until = now() + make_interval(secs => lease_seconds),
           started_at = coalesce(j.started_at, now()), updated_at = now()
      FROM (SELECT id FROM opsdesk.jobs
             WHERE queue = queue_name AND status = 'queued' AND run_at <= now()
             ORDER BY run_at, id
             LIMIT max_jobs
               FOR UPDATE SKIP LOCKED) AS ready
     WHERE j.id = ready.id
    RETURNING j.*
$$;

-- Jobs whose worker stopped answering (crashed, killed, cut off) before its lease ran out go back
-- to the queue, or die when they have used their attempts. Returns how many were released.
CREATE FUNCTION opsdesk.release_expired_jobs() RETURNS integer
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    released integer;
BEGIN
    WITH expired AS (
        SELECT id FROM opsdesk.jobs
         WHERE status = 'running' AND locked_until < now()
           FOR UPDATE SKIP LOCKED
    ), dead AS (
        UPDATE opsdesk.jobs j
           SET status = CASE WHEN j.attempts >= j.max_attempts THEN 'dead' ELSE 'queued' END,
               locked_by = NULL, locked_until = NULL, run_at = now(), updated_at = now(),
               last_error = format('worker %s stopped before finishing (lease expired)', j.locked_by),
               finished_at = CASE WHEN j.attempts >= j.max_attempts THEN now() END
          FROM expired
         WHERE j.id = expired.id
        RETURNING j.*
    ), noted AS (
        -- A send job that died this way tells the agent on its message.
        UPDATE opsdesk.messages m
           SET error_title = format('Not sent after %s attempts: %s', dead.attempts, dead.last_error)
          FROM dead
         WHERE dead.status = 'dead' AND dead.queue = 'whatsapp.send'
           AND m.id = (dead.payload->>'message_id')::uuid AND m.status = 'queued'
    )
    SELECT count(*) INTO released FROM dead;
    RETURN released;
END
$$;

-- Removes succeeded jobs finished before now() - keep; returns how many.
CREATE FUNCTION opsdesk.prune_jobs(keep interval) RETURNS bigint
LANGUAGE sql VOLATILE AS $$
    WITH gone AS (
        DELETE FROM opsdesk.jobs WHERE status = 'succeeded' AND finished_at < now() - keep
        RETURNING 1)
    SELECT count(*) FROM gone
$$;

-- A dead job back in the queue with fresh attempts (admins, from the Outbound page). The message
-- it sends loses its "not sent" note. Raises unless the job is dead.
CREATE FUNCTION opsdesk.retry_job(job_id bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    job opsdesk.jobs%ROWTYPE;
BEGIN
    IF NOT pg_has_role(session_user, 'opsdesk_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only admins retry jobs' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE opsdesk.jobs
       SET status = 'queued', attempts = 0, run_at = now(), finished_at = NULL, updated_at = now(),
           last_error = format('retried by %s after: %s', session_user, last_error)
     WHERE id = job_id AND status = 'dead'
    RETURNING * INTO job;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'job % is not dead (only dead jobs are retried)', job_id
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF job.queue = 'whatsapp.send' THEN
        UPDATE opsdesk.messages SET error_code = NULL, error_title = NULL
         WHERE id = (job.payload->>'message_id')::uuid AND status = 'queued';
    END IF;
    PERFORM pg_notify('opsdesk_jobs', job.queue);
END
$$;

-- ---------------------------------------------------------------------------------------------
-- 2. Sending

-- Message templates: what a person fills in, and the text the customer will read.
-- Body parameters are {{1}}, {{2}}, ...; header and button variables are not supported.
CREATE FUNCTION opsdesk.template_text(components jsonb, part text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT c->>'text'
      FROM jsonb_array_elements(CASE WHEN jsonb_typeof(components) = 'array' THEN components
                                     ELSE '[]' END) c
     WHERE upper(c->>'type') = part
     LIMIT 1
$$;

CREATE FUNCTION opsdesk.template_parameter_count(components jsonb) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(max(m[1]::integer), 0)
      FROM regexp_matches(coalesce(opsdesk.template_text(components, 'BODY'), ''),
                          '\{\{\s*([0-9]{1,2})\s*\}\}', 'g') AS m
$$;

-- Whether OpsDesk can send the template: it fills body parameters only, so a media header
-- (IMAGE, VIDEO, DOCUMENT, LOCATION), a header variable or a button that needs a value (a URL
-- with {{1}}, copy code, OTP, flow, catalog) would be refused by WhatsApp every time.
CREATE FUNCTION opsdesk.template_sendable(components jsonb) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT NOT EXISTS (
        SELECT
          FROM jsonb_array_elements(CASE WHEN jsonb_typeof(components) = 'array' THEN components
                                         ELSE '[]' END) c
         WHERE (upper(c->>'type') = 'HEADER'
                AND (upper(coalesce(c->>'format', 'TEXT')) <> 'TEXT' OR c->>'text' LIKE '%{{%'))
            OR (upper(c->>'type') = 'BUTTONS'
                AND EXISTS (SELECT
                              FROM jsonb_array_elements(CASE WHEN jsonb_typeof(c->'buttons') = 'array'
                                                             THEN c->'buttons' ELSE '[]' END) b
                             WHERE b->>'url' LIKE '%{{%'
                                OR upper(b->>'type') IN ('COPY_CODE', 'OTP', 'FLOW', 'CATALOG', 'MPM'))))
$$;

-- Header, body with parameters filled in, and footer, separated by blank lines.
CREATE FUNCTION opsdesk.render_template(components jsonb, parameters text[]) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    body text := coalesce(opsdesk.template_text(components, 'BODY'), '');
    i integer;
BEGIN
    FOR i IN REVERSE coalesce(cardinality(parameters), 0) .. 1 LOOP
        body := regexp_replace(body, '\{\{\s*' || i || '\s*\}\}', replace(parameters[i], '\', '\\'), 'g');
    END LOOP;
    RETURN concat_ws(E'\n\n', nullif(opsdesk.template_text(components, 'HEADER'), ''), nullif(body, ''),
                     nullif(opsdesk.template_text(components, 'FOOTER'), ''));
END
$$;

-- The rules every outbound message to be sent obeys, whoever inserts it. Raises with a message
-- for people and a SQLSTATE for programs:
--   ODW01  the 24-hour customer service window is closed (free text refused; templates pass)
--   ODT01  the template is unknown, not approved, or its parameters do not fit
--   ODM01  the message itself is not sendable (empty, too long, a kind OpsDesk cannot send)
-- Window: open while now() < last_inbound_at + 24 hours
-- (https://developers.facebook.com/docs/whatsapp/pricing#customer-service-windows).
CREATE FUNCTION opsdesk.messages_check_outbound() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    inbound_at timestamptz;
    tpl opsdesk.message_templates%ROWTYPE;
    params text[];
    wanted integer;
BEGIN
    IF NEW.status IS DISTINCT FROM 'queued' THEN
        RAISE EXCEPTION 'a message to send starts as queued (got %)', coalesce(NEW.status, 'no status')
            USING ERRCODE = 'ODM01';
    END IF;
    SELECT c.last_inbound_at INTO inbound_at FROM opsdesk.conversations c WHERE c.id = NEW.conversation_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'conversation % does not exist', NEW.conversation_id USING ERRCODE = 'ODM01';
    END IF;

    IF NEW.kind = 'text' THEN
        IF NEW.body IS NULL OR NEW.body !~ '[^[:space:]]' THEN -- nothing but spaces, tabs, line breaks
            RAISE EXCEPTION 'the message is empty' USING ERRCODE = 'ODM01';
        ELSIF char_length(NEW.body) > 4096 THEN
            RAISE EXCEPTION 'the message has % characters; WhatsApp takes at most 4096',
                char_length(NEW.body) USING ERRCODE = 'ODM01';
        ELSIF inbound_at IS NULL THEN
            RAISE EXCEPTION 'the customer has not written yet, so only a template can start the conversation'
                USING ERRCODE = 'ODW01';
        ELSIF now() >= inbound_at + interval '24 hours' THEN
            RAISE EXCEPTION 'the customer service window closed at % (24 hours after the customer''s last message); send an approved template instead',
                to_char((inbound_at + interval '24 hours') AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS "UTC"')
                USING ERRCODE = 'ODW01';
        END IF;
    ELSIF NEW.kind = 'template' THEN
        IF jsonb_typeof(NEW.content->'template') IS DISTINCT FROM 'object'
           OR NEW.content->'template'->>'name' IS NULL OR NEW.content->'template'->>'language' IS NULL THEN
            RAISE EXCEPTION 'a template message needs content.template.name and .language'
                USING ERRCODE = 'ODT01';
        END IF;
        SELECT * INTO tpl FROM opsdesk.message_templates t
         WHERE t.name = NEW.content->'template'->>'name'
           AND t.language = NEW.content->'template'->>'language';
        IF NOT FOUND THEN
            RAISE EXCEPTION 'there is no template %', format('%s (%s)', NEW.content->'template'->>'name',
                                                             NEW.content->'template'->>'language')
                USING ERRCODE = 'ODT01';
        ELSIF tpl.status <> 'APPROVED' THEN
            RAISE EXCEPTION 'template % (%) is %, not APPROVED', tpl.name, tpl.language, tpl.status
                USING ERRCODE = 'ODT01';
        ELSIF NOT opsdesk.template_sendable(tpl.components) THEN
            RAISE EXCEPTION 'template % (%) needs a media header, header variable or button value, which OpsDesk cannot fill yet',
                tpl.name, tpl.language USING ERRCODE = 'ODT01';
        END IF;
        IF jsonb_typeof(coalesce(NEW.content->'template'->'parameters', '[]')) <> 'array'
           OR EXISTS (SELECT FROM jsonb_array_elements(coalesce(NEW.content->'template'->'parameters', '[]')) p
                       WHERE jsonb_typeof(p) <> 'string' OR btrim(p #>> '{}') = ''
                          OR char_length(p #>> '{}') > 1024) THEN
            RAISE EXCEPTION 'template parameters are a list of non-empty texts of at most 1024 characters'
                USING ERRCODE = 'ODT01';
        END IF;
        params := ARRAY(SELECT jsonb_array_elements_text(coalesce(NEW.content->'template'->'parameters', '[]')));
        wanted := opsdesk.template_parameter_count(tpl.components);
        IF cardinality(params) <> wanted THEN
            RAISE EXCEPTION 'template % takes % parameter(s), got %', tpl.name, wanted, cardinality(params)
                USING ERRCODE = 'ODT01';
        END IF;
        -- What the customer reads, for the thread and the inbox preview.
        NEW.body := opsdesk.render_template(tpl.components, params);
    ELSE
        RAISE EXCEPTION 'OpsDesk sends text and template messages, not %', NEW.kind USING ERRCODE = 'ODM01';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER messages_check_outbound
    BEFORE INSERT ON opsdesk.messages
    FOR EACH ROW WHEN (NEW.direction = 'outbound' AND NEW.kind <> 'note' AND NEW.wa_message_id IS NULL)
    EXECUTE FUNCTION opsdesk.messages_check_outbound();

-- The send job, in the same transaction as the message. Owned by the schema owner: the people
-- who send cannot touch jobs themselves.
CREATE FUNCTION opsdesk.messages_enqueue_send() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO opsdesk.jobs (queue, payload, idempotency_key)
    SELECT 'whatsapp.send', jsonb_build_object('message_id', n.id), 'whatsapp.send:' || n.id
      FROM new_rows n
     WHERE n.direction = 'outbound' AND n.kind <> 'note' AND n.wa_message_id IS NULL
       AND n.status = 'queued';
    IF FOUND THEN
        PERFORM pg_notify('opsdesk_jobs', 'whatsapp.send');
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER messages_enqueue_send
    AFTER INSERT ON opsdesk.messages REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdesk.messages_enqueue_send();

-- The worker's side of a send. Both return false (and change nothing) when worker no longer
-- holds the job: its lease expired and the job went to someone else.

-- The Cloud API accepted the message as wamid: the message is sent (or further along, when its
-- statuses arrived first: messages_apply_known_status) and the job succeeded.
CREATE FUNCTION opsdesk.finish_send_job(job_id bigint, worker text, wamid text) RETURNS boolean
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    job opsdesk.jobs%ROWTYPE;
BEGIN
    IF nullif(btrim(wamid), '') IS NULL THEN
        RAISE EXCEPTION 'a sent message needs its WhatsApp message id' USING ERRCODE = 'ODM01';
    END IF;
    UPDATE opsdesk.jobs
       SET status = 'succeeded', locked_by = NULL, locked_until = NULL, finished_at = now(),
           updated_at = now(), last_error = NULL
     WHERE id = job_id AND status = 'running' AND locked_by = worker
    RETURNING * INTO job;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    UPDATE opsdesk.messages
       SET wa_message_id = wamid,
           status = CASE WHEN status = 'queued' THEN 'sent' ELSE status END,
           status_at = CASE WHEN status = 'queued' THEN now() ELSE status_at END,
           error_code = NULL, error_title = NULL
     WHERE id = (job.payload->>'message_id')::uuid AND wa_message_id IS NULL;
    RETURN true;
END
$$;

-- The Cloud API refused or could not be reached. permanent: the message failed with the error
-- (code and title as WhatsApp gave them) and the job failed. Otherwise the job runs again after
-- retry_in_ms (the worker's backoff with jitter), or dies when its attempts are used up; the
-- message then stays queued and says why it was not sent.
CREATE FUNCTION opsdesk.fail_send_job(job_id bigint, worker text, permanent boolean, error_code integer,
                                      error_title text, error_details text, retry_in_ms bigint)
RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    job opsdesk.jobs%ROWTYPE;
    reason text := concat_ws(': ', concat_ws(' ', error_code, error_title), nullif(error_details, ''));
BEGIN
    UPDATE opsdesk.jobs j
       SET status = CASE WHEN permanent THEN 'failed'
                         WHEN j.attempts >= j.max_attempts THEN 'dead'
                         ELSE 'queued' END,
           run_at = now() + make_interval(secs => greatest(retry_in_ms, 0) / 1000.0),
           locked_by = NULL, locked_until = NULL, updated_at = now(), last_error = reason,
           finished_at = CASE WHEN permanent OR j.attempts >= j.max_attempts THEN now() END
     WHERE id = job_id AND status = 'running' AND locked_by = worker
    RETURNING * INTO job;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF job.status = 'failed' THEN
        UPDATE opsdesk.messages m
           SET status = 'failed', status_at = now(), error_code = fail_send_job.error_code,
               error_title = coalesce(nullif(fail_send_job.error_title, ''), 'Refused by WhatsApp')
         WHERE m.id = (job.payload->>'message_id')::uuid AND m.status = 'queued';
    ELSIF job.status = 'dead' THEN
        UPDATE opsdesk.messages m
           SET error_code = fail_send_job.error_code,
               error_title = format('Not sent after %s attempts: %s', job.attempts, reason)
         WHERE m.id = (job.payload->>'message_id')::uuid AND m.status = 'queued';
    END IF;
    RETURN job.status;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- 3. The inbox

-- Since when the customer has been waiting for an answer: their first message after our last
-- reply (NULL when nobody is waiting). The "waiting longest" sort key.
ALTER TABLE opsdesk.conversations ADD COLUMN waiting_since timestamptz;
UPDATE opsdesk.conversations SET waiting_since = last_inbound_at WHERE last_message_direction = 'inbound';

ALTER TABLE opsdesk.conversations
    ADD CONSTRAINT conversations_snooze_has_time CHECK (status <> 'snoozed' OR snoozed_until IS NOT NULL),
    ADD CONSTRAINT conversations_labels_valid CHECK (cardinality(labels) <= 20 AND
        array_position(labels, NULL) IS NULL AND
        NOT labels && ARRAY['']::text[]);

CREATE OR REPLACE FUNCTION opsdesk.messages_touch_conversation() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    inbound boolean := NEW.direction = 'inbound';
BEGIN
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
           -- leaves the customer waiting.
           waiting_since = CASE WHEN inbound THEN coalesce(c.waiting_since, NEW.created_at)
                                WHEN NEW.author_id IS NOT NULL THEN NULL
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

-- The summary columns (last message, last inbound time, waiting since, unread count) are the
-- database's: support may not write them (column grants below), so the trigger that keeps them
-- runs with its owner's rights. Otherwise a person could reopen the 24-hour window by setting
-- last_inbound_at, which messages_check_outbound trusts.
ALTER FUNCTION opsdesk.messages_touch_conversation() SECURITY DEFINER;
ALTER FUNCTION opsdesk.messages_touch_conversation() SET search_path = pg_catalog, pg_temp;

-- Snoozed conversations whose time has come are open again (opsdeskd, every few seconds).
CREATE FUNCTION opsdesk.wake_snoozed_conversations() RETURNS integer
LANGUAGE sql VOLATILE AS $$
    WITH woken AS (
        UPDATE opsdesk.conversations SET status = 'open', snoozed_until = NULL
         WHERE status = 'snoozed' AND snoozed_until <= now()
        RETURNING 1)
    SELECT count(*)::integer FROM woken
$$;

-- Views (All, Mine, Unassigned) × status × sort, keyset-paged.
CREATE INDEX conversations_status_activity_idx
    ON opsdesk.conversations (status, last_message_at DESC, id DESC);
CREATE INDEX conversations_assignee_activity_idx
    ON opsdesk.conversations (assignee_id, status, last_message_at DESC, id DESC);
CREATE INDEX conversations_waiting_idx
    ON opsdesk.conversations (status, (coalesce(waiting_since, 'infinity')), id);
CREATE INDEX conversations_assignee_waiting_idx
    ON opsdesk.conversations (assignee_id, status, (coalesce(waiting_since, 'infinity')), id);
CREATE INDEX conversations_unread_idx ON opsdesk.conversations (status, assignee_id)
    WHERE unread_count > 0;
-- Search: contact name and number, message text (case-insensitive substring, pg_trgm).
CREATE INDEX contacts_search_idx ON opsdesk.contacts
    USING gin ((coalesce(profile_name, '') || ' ' || wa_id) gin_trgm_ops);
CREATE INDEX messages_body_search_idx ON opsdesk.messages USING gin (body gin_trgm_ops);
-- The default inbox (open and pending) sorted by who has waited longest.
CREATE INDEX conversations_open_waiting_idx
    ON opsdesk.conversations ((coalesce(waiting_since, 'infinity')), id)
    WHERE status IN ('open', 'pending');

-- Message text as the inbox search reads it. A view for the reason opsdesk.audit_trail is one
-- (migration 0006): under row-level security the planner may not use column statistics with
-- ILIKE (not leakproof), so a word in 30 % of messages looked as rare as a typo and the search
-- chose the wrong plan. The view reads with its owner's rights, so statistics apply. Who reads is
-- unchanged: the staff_read policy on messages lets these three groups read every message
-- (USING (true)), and the view checks membership again.
CREATE VIEW opsdesk.message_texts AS
SELECT m.id, m.conversation_id, m.body
  FROM opsdesk.messages m
 WHERE pg_has_role(current_user, 'opsdesk_support', 'MEMBER')
    OR pg_has_role(current_user, 'opsdesk_manager', 'MEMBER')
    OR pg_has_role(current_user, 'opsdesk_admin', 'MEMBER');
COMMENT ON VIEW opsdesk.message_texts IS
    'Message text for the inbox search (support, managers, admins); see migration 0007.';
REVOKE ALL ON opsdesk.message_texts FROM PUBLIC;

-- Who has a conversation open right now: each client upserts its row every 20 s while the
-- conversation is on screen and deletes it when it leaves; rows older than a minute are stale.
CREATE TABLE opsdesk.conversation_viewers (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    conversation_id uuid NOT NULL REFERENCES opsdesk.conversations (id) ON DELETE CASCADE,
    person_id       uuid NOT NULL REFERENCES opsdesk.admin_users (id) DEFAULT opsdesk.current_person_id(),
    seen_at         timestamptz NOT NULL DEFAULT now(),
    UNIQUE (person_id, conversation_id)
);
CREATE INDEX conversation_viewers_conversation_idx ON opsdesk.conversation_viewers (conversation_id);
SELECT opsdesk.enable_change_feed('opsdesk.conversation_viewers');

CREATE FUNCTION opsdesk.prune_conversation_viewers() RETURNS integer
LANGUAGE sql VOLATILE AS $$
    WITH gone AS (
        DELETE FROM opsdesk.conversation_viewers WHERE seen_at < now() - interval '5 minutes'
        RETURNING 1)
    SELECT count(*)::integer FROM gone
$$;

-- Canned responses: "/shortcut" in the composer expands to body.
CREATE TABLE opsdesk.canned_responses (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    shortcut    text NOT NULL UNIQUE CHECK (shortcut ~ '^[a-z0-9][a-z0-9_-]{0,31}$'),
    title       text NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 80),
    body        text NOT NULL CHECK (char_length(btrim(body)) BETWEEN 1 AND 4096),
    created_by  uuid REFERENCES opsdesk.admin_users (id) DEFAULT opsdesk.current_person_id(),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
SELECT opsdesk.enable_audit('opsdesk.canned_responses');
SELECT opsdesk.enable_change_feed('opsdesk.canned_responses');

-- Templates as the Cloud API lists them (GET /{waba-id}/message_templates): upserts each
-- {id, name, language, status, category, components, rejected_reason}; a synced template that is
-- no longer listed becomes DELETED. Returns the number of templates listed.
CREATE FUNCTION opsdesk.sync_message_templates(listed jsonb) RETURNS integer
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    problem text;
BEGIN
    IF jsonb_typeof(listed) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'templates must be a JSON array' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT format('template %s has no %s', t.ordinality - 1, f) INTO problem
      FROM jsonb_array_elements(listed) WITH ORDINALITY t,
           unnest(ARRAY['name', 'language', 'status']) f
     WHERE jsonb_typeof(t.value->f) IS DISTINCT FROM 'string'
     LIMIT 1;
    IF problem IS NOT NULL THEN
        RAISE EXCEPTION '%', problem USING ERRCODE = 'invalid_parameter_value';
    END IF;

    INSERT INTO opsdesk.message_templates AS t
           (wa_template_id, name, language, category, status, rejection_reason, components, synced_at)
    SELECT l->>'id', l->>'name', l->>'language', l->>'category', upper(l->>'status'),
           nullif(nullif(l->>'rejected_reason', 'NONE'), ''),
           CASE WHEN jsonb_typeof(l->'components') = 'array' THEN l->'components' ELSE '[]' END, now()
      FROM (SELECT DISTINCT ON (e->>'name', e->>'language') e AS l -- a template listed twice counts once
              FROM jsonb_array_elements(listed) WITH ORDINALITY AS x (e, n)
             ORDER BY e->>'name', e->>'language', n DESC) AS listed_once
    ON CONFLICT (name, language) DO UPDATE
       SET wa_template_id = coalesce(EXCLUDED.wa_template_id, t.wa_template_id),
           category = EXCLUDED.category, status = EXCLUDED.status,
           rejection_reason = EXCLUDED.rejection_reason, components = EXCLUDED.components,
           synced_at = now(), updated_at = now()
     WHERE (t.wa_template_id, t.category, t.status, t.rejection_reason, t.components)
           IS DISTINCT FROM (coalesce(EXCLUDED.wa_template_id, t.wa_template_id), EXCLUDED.category,
                             EXCLUDED.status, EXCLUDED.rejection_reason, EXCLUDED.components);

    UPDATE opsdesk.message_templates t SET status = 'DELETED', updated_at = now()
     WHERE t.synced_at IS NOT NULL AND t.status <> 'DELETED'
       AND NOT EXISTS (SELECT FROM jsonb_array_elements(listed) l
                        WHERE l->>'name' = t.name AND l->>'language' = t.language);
    RETURN jsonb_array_length(listed);
END
$$;

-- Asks the running opsdeskd instances to sync templates from the Cloud API now (the desktop's
-- "Sync now"; they also sync on start and every hour). Only a wake-up: nothing is stored.
CREATE FUNCTION opsdesk.request_template_sync() RETURNS void
LANGUAGE sql VOLATILE AS $$
    SELECT pg_notify('opsdesk_jobs', 'whatsapp.templates')
$$;

-- ---------------------------------------------------------------------------------------------
-- Grants and row-level security

ALTER TABLE opsdesk.jobs ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.conversation_viewers ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.canned_responses ENABLE ROW LEVEL SECURITY;

-- The live feed carries a job only when it is, or was, failed or dead (what the Outbound page
-- lists), not every claim and completion: those would wake every client's feed for every
-- message sent. Same change_log rows and wake-up as opsdesk.change_log_capture (0002).
CREATE FUNCTION opsdesk.jobs_change_capture() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        INSERT INTO opsdesk.change_log (tbl, op, pk)
        SELECT 'jobs', 'U', n.id::text
          FROM new_rows n JOIN old_rows o ON o.id = n.id
         WHERE n.status IN ('failed', 'dead') OR o.status IN ('failed', 'dead');
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO opsdesk.change_log (tbl, op, pk)
        SELECT 'jobs', 'D', o.id::text FROM old_rows o WHERE o.status IN ('failed', 'dead');
    ELSE
        INSERT INTO opsdesk.change_log (tbl, op, pk)
        SELECT 'jobs', 'I', n.id::text FROM new_rows n WHERE n.status IN ('failed', 'dead');
    END IF;
    IF FOUND THEN
        PERFORM pg_notify('opsdesk_change', '');
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER change_feed_insert AFTER INSERT ON opsdesk.jobs REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdesk.jobs_change_capture();
CREATE TRIGGER change_feed_update AFTER UPDATE ON opsdesk.jobs
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdesk.jobs_change_capture();
CREATE TRIGGER change_feed_delete AFTER DELETE ON opsdesk.jobs REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdesk.jobs_change_capture();

-- Jobs: opsdeskd runs them; admins see them (dead ones to retry through retry_job()).
GRANT SELECT ON opsdesk.jobs TO opsdesk_admin;
GRANT SELECT, INSERT, UPDATE, DELETE ON opsdesk.jobs TO opsdesk_service;
CREATE POLICY admin_read ON opsdesk.jobs FOR SELECT TO opsdesk_admin USING (true);
CREATE POLICY service_all ON opsdesk.jobs FOR ALL TO opsdesk_service USING (true) WITH CHECK (true);

-- Support writes what the inbox changes, not what the database derives: a customer's number
-- (it decides who receives a reply) and a conversation's message summary (last_inbound_at
-- decides the 24-hour window) are opsdeskd's, from webhooks. Admins keep full rights.
REVOKE INSERT, UPDATE ON opsdesk.contacts, opsdesk.conversations FROM opsdesk_support;
GRANT INSERT (wa_id, profile_name), UPDATE (profile_name, updated_at) ON opsdesk.contacts
    TO opsdesk_support;
GRANT INSERT (contact_id, business_phone_id, business_display_phone, status, priority, assignee_id,
              snoozed_until, labels),
      UPDATE (status, priority, assignee_id, snoozed_until, labels, unread_count, agent_last_seen_at)
    ON opsdesk.conversations TO opsdesk_support;

-- Presence: everyone who reads conversations sees who is viewing; each writes only their own row.
GRANT SELECT ON opsdesk.conversation_viewers TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service;
GRANT INSERT, UPDATE, DELETE ON opsdesk.conversation_viewers TO opsdesk_support, opsdesk_manager, opsdesk_admin;
GRANT DELETE ON opsdesk.conversation_viewers TO opsdesk_service;
CREATE POLICY staff_read ON opsdesk.conversation_viewers FOR SELECT
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service USING (true);
CREATE POLICY own_row ON opsdesk.conversation_viewers FOR ALL
    TO opsdesk_support, opsdesk_manager, opsdesk_admin
    USING (person_id = opsdesk.current_person_id()) WITH CHECK (person_id = opsdesk.current_person_id());
CREATE POLICY service_prune ON opsdesk.conversation_viewers FOR DELETE TO opsdesk_service USING (true);

-- Canned responses: the people who answer customers keep them; managers and opsdeskd read.
GRANT SELECT ON opsdesk.canned_responses TO opsdesk_manager, opsdesk_service;
GRANT SELECT, INSERT, UPDATE, DELETE ON opsdesk.canned_responses TO opsdesk_support, opsdesk_admin;
CREATE POLICY staff_all ON opsdesk.canned_responses FOR ALL
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service USING (true) WITH CHECK (true);

GRANT USAGE ON ALL SEQUENCES IN SCHEMA opsdesk TO opsdesk_service;
GRANT SELECT ON opsdesk.message_texts TO opsdesk_support, opsdesk_manager, opsdesk_admin;
GRANT EXECUTE ON FUNCTION opsdesk.template_text(jsonb, text), opsdesk.template_parameter_count(jsonb),
    opsdesk.template_sendable(jsonb),
    opsdesk.render_template(jsonb, text[])
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service;
GRANT EXECUTE ON FUNCTION opsdesk.retry_job(bigint) TO opsdesk_admin;
GRANT EXECUTE ON FUNCTION opsdesk.request_template_sync()
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service;
GRANT EXECUTE ON FUNCTION opsdesk.claim_jobs(text, text, integer, integer), opsdesk.release_expired_jobs(),
    opsdesk.prune_jobs(interval), opsdesk.finish_send_job(bigint, text, text),
    opsdesk.fail_send_job(bigint, text, boolean, integer, text, text, bigint),
    opsdesk.wake_snoozed_conversations(), opsdesk.prune_conversation_viewers(),
    opsdesk.sync_message_templates(jsonb)
    TO opsdesk_service;
