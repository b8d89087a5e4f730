-- Who may do what, enforced by PostgreSQL itself (shared/design/architecture.md, "Security"):
-- group roles, grants and row-level security on every table, the append-only audit trail written
-- by triggers, API keys for the automation API, and the functions that manage people.
--
-- Roles (cluster-wide, created once per cluster):
--   opsdesk_support   answers conversations: reads/writes contacts, conversations, messages and
--                     private notes; reads webhook events, statuses and templates; never reads
--                     audit_log, API keys or people's contact data.
--   opsdesk_manager   reads everything (audit trail and business data included), changes nothing.
--   opsdesk_admin     manages everything, people through the functions below; still cannot alter
--                     or delete audit_log rows. admin_users.role 'super_admin' (also a member of
--                     opsdesk_admin) may additionally manage admins.
--   opsdesk_service   what opsdeskd needs: ingest, processing, jobs, API key checks, retention.
--   opsdesk_people_admin  NOLOGIN CREATEROLE owner of the people functions (never a member of
--                     anything a person signs in with).
-- A person signs in with a LOGIN role of their own (admin_users.db_role), a member of exactly one
-- of the first three groups. Policies name the groups, so `psql` as that person is held to the
-- same rules as the desktop client.

DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['opsdesk_support', 'opsdesk_manager', 'opsdesk_admin',
                                'opsdesk_service'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        END IF;
    END LOOP;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'opsdesk_people_admin') THEN
        CREATE ROLE opsdesk_people_admin NOLOGIN CREATEROLE;
    END IF;
END
$$;
-- Ends the sessions of a deactivated person.
GRANT pg_signal_backend TO opsdesk_people_admin;

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- ---------------------------------------------------------------------------------------------
-- Who is asking

ALTER TABLE opsdesk.admin_users ADD COLUMN password_reset_at timestamptz;
ALTER TABLE opsdesk.admin_users ADD COLUMN deactivated_at timestamptz;
ALTER TABLE opsdesk.admin_users
    ADD CONSTRAINT admin_users_db_role_format
    CHECK (db_role ~ '^[a-z][a-z0-9_.-]{1,62}$' AND db_role !~ '^(pg_|opsdesk_)');

-- The signed-in person's admin_users row id and role, NULL for a role that is not a person
-- (opsdeskd, the schema owner). SECURITY DEFINER so policies can use them without granting
-- anyone the whole table; session_user, so SET ROLE and SECURITY DEFINER chains cannot spoof it.
CREATE FUNCTION opsdesk.current_person_id() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT id FROM opsdesk.admin_users WHERE db_role = session_user AND is_active
$$;

CREATE FUNCTION opsdesk.current_person_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT role FROM opsdesk.admin_users WHERE db_role = session_user AND is_active
$$;

-- The signed-in person as the client shows them; no row when session_user is not a person.
-- Also records last_seen_at (at most once a minute, so the audit trail shows sign-ins without
-- a row per query).
CREATE FUNCTION opsdesk.whoami()
RETURNS TABLE (id uuid, db_role text, email text, display_name text, role text, is_active boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    UPDATE opsdesk.admin_users u
       SET last_seen_at = now()
     WHERE u.db_role = session_user
       AND (u.last_seen_at IS NULL OR u.last_seen_at < now() - interval '1 minute');
    RETURN QUERY
        SELECT u.id, u.db_role, u.email, u.display_name, u.role, u.is_active
          FROM opsdesk.admin_users u
         WHERE u.db_role = session_user;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Audit trail

CREATE TABLE opsdesk.audit_log (
    id                bigserial PRIMARY KEY,
    at                timestamptz NOT NULL DEFAULT now(),
    actor             text NOT NULL,            -- session_user: the database role that acted
    on_behalf_of      text,                     -- e.g. 'api-key:odk_1a2b3c4d' when opsdeskd acts for a key
                                                -- (opsdesk.on_behalf_of; kept only from opsdesk_service)
    action            text NOT NULL,            -- insert, update, delete, truncate, prune
    resource_type     text NOT NULL,            -- table name
    resource_id       text,
    -- insert/delete: the row as JSON; update: {"column": {"old": …, "new": …}} for changed columns.
    changes           jsonb NOT NULL DEFAULT '{}',
    client_addr       inet,
    application_name  text
);
CREATE INDEX audit_log_at_idx ON opsdesk.audit_log (at DESC, id DESC);
CREATE INDEX audit_log_actor_idx ON opsdesk.audit_log (actor, at DESC, id DESC);
CREATE INDEX audit_log_resource_idx ON opsdesk.audit_log (resource_type, resource_id, at DESC, id DESC);
CREATE INDEX audit_log_action_idx ON opsdesk.audit_log (action, at DESC, id DESC);

-- The text the audit trail's free-text search looks in.
CREATE FUNCTION opsdesk.audit_search_text(a opsdesk.audit_log) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT concat_ws(' ', a.actor, a.on_behalf_of, a.action, a.resource_type, a.resource_id,
                     a.changes::text, a.application_name)
$$;
CREATE INDEX audit_log_search_idx ON opsdesk.audit_log
    USING gin (opsdesk.audit_search_text(audit_log) gin_trgm_ops);

-- Statement-level capture: one INSERT per statement, whatever the number of rows. TG_ARGV names
-- columns that are never written to the trail (secrets, even hashed ones). opsdesk.on_behalf_of
-- is a setting any session may set, so it is recorded only for opsdeskd's service role (and a
-- superuser): a person cannot attribute their own changes to an API key.
CREATE FUNCTION opsdesk.audit_capture() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    hidden text[] := coalesce(TG_ARGV::text[], '{}');
    behalf text := CASE WHEN pg_has_role(session_user, 'opsdesk_service', 'MEMBER')
                        THEN nullif(current_setting('opsdesk.on_behalf_of', true), '') END;
    app text := nullif(current_setting('application_name', true), '');
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        INSERT INTO opsdesk.audit_log (actor, on_behalf_of, action, resource_type, changes,
                                       client_addr, application_name)
        VALUES (session_user, behalf, 'truncate', TG_TABLE_NAME, '{}', inet_client_addr(), app);
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO opsdesk.audit_log (actor, on_behalf_of, action, resource_type, resource_id,
                                       changes, client_addr, application_name)
        SELECT session_user, behalf, 'insert', TG_TABLE_NAME, r.j->>'id', r.j - hidden,
               inet_client_addr(), app
          FROM (SELECT to_jsonb(n) AS j FROM new_rows n) r;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO opsdesk.audit_log (actor, on_behalf_of, action, resource_type, resource_id,
                                       changes, client_addr, application_name)
        SELECT session_user, behalf, 'delete', TG_TABLE_NAME, r.j->>'id', r.j - hidden,
               inet_client_addr(), app
          FROM (SELECT to_jsonb(o) AS j FROM old_rows o) r;
    ELSE
        INSERT INTO opsdesk.audit_log (actor, on_behalf_of, action, resource_type, resource_id,
                                       changes, client_addr, application_name)
        SELECT session_user, behalf, 'update', TG_TABLE_NAME, n.j->>'id', d.changes,
               inet_client_addr(), app
          FROM (SELECT to_jsonb(r) AS j FROM new_rows r) n
          JOIN (SELECT to_jsonb(r) AS j FROM old_rows r) o ON o.j->'id' = n.j->'id'
          CROSS JOIN LATERAL (
              SELECT jsonb_object_agg(k, jsonb_build_object('old', o.j->k, 'new', n.j->k)) AS changes
                FROM jsonb_object_keys(n.j) AS k
               WHERE k <> ALL (hidden) AND o.j->k IS DISTINCT FROM n.j->k) d
         WHERE d.changes IS NOT NULL; -- an UPDATE that changed nothing is not an event
    END IF;
    RETURN NULL;
END
$$;

-- The update capture pairs old and new rows by id, and the change feed names a row by its id: a
-- statement that changed an id would leave no audit entry and a feed that never removes the old
-- row. Ids never change.
CREATE FUNCTION opsdesk.refuse_id_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the id of a % row never changes', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Attaches the audit triggers to a business table (primary key column "id").
CREATE FUNCTION opsdesk.enable_audit(target regclass, hidden_columns text[] DEFAULT '{}')
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    args text := (SELECT string_agg(quote_literal(c), ', ') FROM unnest(hidden_columns) c);
BEGIN
    EXECUTE format('CREATE TRIGGER audit_keep_id BEFORE UPDATE OF id ON %s FOR EACH ROW '
                   'WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION opsdesk.refuse_id_change()',
                   target);
    EXECUTE format('CREATE TRIGGER audit_insert AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION opsdesk.audit_capture(%s)', target, args);
    EXECUTE format('CREATE TRIGGER audit_update AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows '
                   'NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION opsdesk.audit_capture(%s)',
                   target, args);
    EXECUTE format('CREATE TRIGGER audit_delete AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION opsdesk.audit_capture(%s)', target, args);
    -- Only the owner may TRUNCATE (no role is granted it); it is recorded all the same.
    EXECUTE format('CREATE TRIGGER audit_truncate AFTER TRUNCATE ON %s '
                   'FOR EACH STATEMENT EXECUTE FUNCTION opsdesk.audit_capture(%s)', target, args);
END
$$;

-- Append-only for every role: no UPDATE, no TRUNCATE, and DELETE only inside prune_audit_log().
CREATE FUNCTION opsdesk.audit_log_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('opsdesk.audit_retention', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the audit trail is append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Old entries are removed only by opsdesk.prune_audit_log(), run by opsdeskd.';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON opsdesk.audit_log
    FOR EACH ROW EXECUTE FUNCTION opsdesk.audit_log_guard();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON opsdesk.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION opsdesk.audit_log_guard();

-- The retention function, the only way audit rows go away: deletes entries older than keep
-- (at least 30 days) and records that it did, as an audit entry of its own. Returns the number
-- deleted. Run by `opsdeskd audit prune --keep-days N`.
CREATE FUNCTION opsdesk.prune_audit_log(keep interval) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    deleted bigint;
BEGIN
    -- Compared as instants, not as intervals: interval comparison counts a month as 30 days, so
    -- '-12 mons 390 days' passes `keep >= '30 days'` yet keeps only 25 days ('1 mon' keeps 28 in
    -- March).
    IF keep IS NULL OR now() - keep > now() - interval '30 days' THEN
        RAISE EXCEPTION 'audit retention must keep at least 30 days (got %)', keep
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM set_config('opsdesk.audit_retention', 'on', true);
    DELETE FROM opsdesk.audit_log WHERE at < now() - keep;
    GET DIAGNOSTICS deleted = ROW_COUNT;
    PERFORM set_config('opsdesk.audit_retention', 'off', true);
    INSERT INTO opsdesk.audit_log (actor, action, resource_type, changes, client_addr,
                                   application_name)
    VALUES (session_user, 'prune', 'audit_log',
            jsonb_build_object('deleted', deleted, 'older_than', now() - keep),
            inet_client_addr(), nullif(current_setting('application_name', true), ''));
    RETURN deleted;
END
$$;

-- The live audit page follows new entries through the change feed (inserts only: pruning must
-- not flood the feed).
CREATE TRIGGER change_feed_insert AFTER INSERT ON opsdesk.audit_log
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdesk.change_log_capture();

-- Whoever writes a live table writes change_log through the capture trigger, not by grant.
ALTER FUNCTION opsdesk.change_log_capture() SECURITY DEFINER;
ALTER FUNCTION opsdesk.change_log_capture() SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION opsdesk.prune_change_log(interval) SECURITY DEFINER;
ALTER FUNCTION opsdesk.prune_change_log(interval) SET search_path = pg_catalog, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- API keys (architecture.md, "HTTP surface"): `Authorization: Bearer <prefix>.<secret>`. Only
-- SHA-256(secret) is stored; the secret is 256 random bits, so a fast hash is enough.

CREATE TABLE opsdesk.api_keys (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    prefix        text NOT NULL UNIQUE CHECK (prefix ~ '^[A-Za-z0-9_]{6,40}$'),
    secret_hash   bytea NOT NULL CHECK (length(secret_hash) = 32),
    name          text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    scopes        text[] NOT NULL CONSTRAINT api_keys_scopes_known
                  CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY[
                      'conversations:read', 'conversations:write', 'messages:send',
                      'templates:read', 'metrics:read', 'metrics:write', 'incidents:read',
                      'incidents:write', 'orders:write', 'audit:read']::text[]),
    created_by    uuid REFERENCES opsdesk.admin_users (id) DEFAULT opsdesk.current_person_id(),
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz
);

-- ---------------------------------------------------------------------------------------------
-- Audit and change feed on the business tables. Raw ingest logs (webhook events, status events)
-- are records of what arrived, not changes someone made: they are not audited.

SELECT opsdesk.enable_audit('opsdesk.admin_users');
SELECT opsdesk.enable_audit('opsdesk.contacts');
SELECT opsdesk.enable_audit('opsdesk.conversations');
SELECT opsdesk.enable_audit('opsdesk.messages');
SELECT opsdesk.enable_audit('opsdesk.message_templates');
SELECT opsdesk.enable_audit('opsdesk.api_keys', ARRAY['secret_hash']);
SELECT opsdesk.enable_change_feed('opsdesk.api_keys');

-- ---------------------------------------------------------------------------------------------
-- Grants. Nothing for PUBLIC; each group gets exactly its rights.

REVOKE ALL ON SCHEMA opsdesk FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA opsdesk FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA opsdesk FROM PUBLIC;
GRANT USAGE ON SCHEMA opsdesk
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service;
-- Pure helpers used in queries and indexes.
GRANT EXECUTE ON FUNCTION opsdesk.message_status_rank(text), opsdesk.message_preview(text, text),
    opsdesk.webhook_event_summary(jsonb), opsdesk.audit_search_text(opsdesk.audit_log),
    opsdesk.current_person_id(), opsdesk.current_person_role(), opsdesk.whoami(),
    opsdesk.changes_between(pg_snapshot, pg_snapshot)
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service;

GRANT SELECT ON opsdesk.schema_migrations, opsdesk.change_log, opsdesk.change_log_state
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service;

-- People: support sees colleagues' names (assignees), not their contact data or sign-in names.
GRANT SELECT (id, display_name, role, is_active) ON opsdesk.admin_users TO opsdesk_support;
GRANT SELECT ON opsdesk.admin_users TO opsdesk_manager, opsdesk_admin, opsdesk_service;
GRANT UPDATE (display_name, email) ON opsdesk.admin_users TO opsdesk_admin;
GRANT SELECT, INSERT, UPDATE ON opsdesk.admin_users TO opsdesk_people_admin;

-- Customers and conversations.
GRANT SELECT, INSERT, UPDATE ON opsdesk.contacts, opsdesk.conversations, opsdesk.messages
    TO opsdesk_support, opsdesk_service;
GRANT SELECT ON opsdesk.contacts, opsdesk.conversations, opsdesk.messages TO opsdesk_manager;
GRANT SELECT, INSERT, UPDATE, DELETE ON opsdesk.contacts, opsdesk.conversations, opsdesk.messages
    TO opsdesk_admin;

-- What arrived from WhatsApp.
GRANT SELECT ON opsdesk.whatsapp_webhook_events, opsdesk.message_status_events
    TO opsdesk_support, opsdesk_manager, opsdesk_admin;
GRANT SELECT, INSERT, UPDATE ON opsdesk.whatsapp_webhook_events, opsdesk.message_status_events
    TO opsdesk_service;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA opsdesk TO opsdesk_service;

-- Templates.
GRANT SELECT ON opsdesk.message_templates TO opsdesk_support, opsdesk_manager;
GRANT SELECT, INSERT, UPDATE, DELETE ON opsdesk.message_templates TO opsdesk_admin;
GRANT SELECT, INSERT, UPDATE ON opsdesk.message_templates TO opsdesk_service;

-- Audit trail: read by managers and admins; written by triggers only.
GRANT SELECT ON opsdesk.audit_log TO opsdesk_manager, opsdesk_admin;

-- API keys: the hash is readable only where keys are checked (opsdeskd).
GRANT SELECT (id, prefix, name, scopes, created_by, created_at, last_used_at, revoked_at)
    ON opsdesk.api_keys TO opsdesk_manager, opsdesk_admin;
GRANT INSERT (prefix, secret_hash, name, scopes), UPDATE (name, revoked_at)
    ON opsdesk.api_keys TO opsdesk_admin;
GRANT SELECT, UPDATE (last_used_at) ON opsdesk.api_keys TO opsdesk_service;

-- opsdeskd's maintenance and processing entry points.
-- opsdeskd's processing and maintenance entry points and everything they call (the people
-- functions below are not among them).
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA opsdesk TO opsdesk_service;

-- ---------------------------------------------------------------------------------------------
-- Row-level security on every table. Grants decide which operations a group has at all; the
-- policies decide which rows.

ALTER TABLE opsdesk.admin_users ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.contacts ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.conversations ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.messages ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.whatsapp_webhook_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.message_status_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.message_templates ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.api_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.change_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.change_log_state ENABLE ROW LEVEL SECURITY;
ALTER TABLE opsdesk.schema_migrations ENABLE ROW LEVEL SECURITY;

CREATE POLICY staff_read ON opsdesk.admin_users FOR SELECT
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service USING (true);
-- Admins edit names and e-mail addresses; only a super admin touches another admin's row.
CREATE POLICY admin_edit ON opsdesk.admin_users FOR UPDATE TO opsdesk_admin
    USING (role NOT IN ('admin', 'super_admin') OR opsdesk.current_person_role() = 'super_admin'
           OR db_role = session_user);
CREATE POLICY people_functions ON opsdesk.admin_users FOR ALL TO opsdesk_people_admin
    USING (true) WITH CHECK (true);

CREATE POLICY staff_all ON opsdesk.contacts FOR ALL
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service USING (true) WITH CHECK (true);
CREATE POLICY staff_all ON opsdesk.conversations FOR ALL
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service USING (true) WITH CHECK (true);

-- Messages: everyone who may read conversations reads them. Support writes only outbound
-- messages and private notes in their own name, and edits only their own notes; the WhatsApp
-- side (inbound messages, WhatsApp message ids, delivery statuses) is opsdeskd's. A person's
-- row never carries a wa_message_id: claiming one would take over that message's delivery
-- statuses, or make the real message a duplicate that ingest drops.
CREATE POLICY staff_read ON opsdesk.messages FOR SELECT
    TO opsdesk_support, opsdesk_manager, opsdesk_admin USING (true);
CREATE POLICY support_write ON opsdesk.messages FOR INSERT TO opsdesk_support, opsdesk_admin
    WITH CHECK (direction = 'outbound' AND author_id = opsdesk.current_person_id()
                AND wa_message_id IS NULL AND (kind = 'note' OR status = 'queued'));
-- An edited note stays an outbound note of its author (never one that looks as if the customer
-- sent it).
CREATE POLICY support_edit_own_note ON opsdesk.messages FOR UPDATE TO opsdesk_support, opsdesk_admin
    USING (kind = 'note' AND author_id = opsdesk.current_person_id())
    WITH CHECK (kind = 'note' AND direction = 'outbound' AND wa_message_id IS NULL
                AND author_id = opsdesk.current_person_id());
CREATE POLICY admin_delete ON opsdesk.messages FOR DELETE TO opsdesk_admin USING (true);
CREATE POLICY service_all ON opsdesk.messages FOR ALL TO opsdesk_service USING (true) WITH CHECK (true);

CREATE POLICY staff_all ON opsdesk.whatsapp_webhook_events FOR ALL
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service USING (true) WITH CHECK (true);
CREATE POLICY staff_all ON opsdesk.message_status_events FOR ALL
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service USING (true) WITH CHECK (true);
CREATE POLICY staff_all ON opsdesk.message_templates FOR ALL
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service USING (true) WITH CHECK (true);

CREATE POLICY trail_read ON opsdesk.audit_log FOR SELECT TO opsdesk_manager, opsdesk_admin
    USING (true);

CREATE POLICY key_read ON opsdesk.api_keys FOR SELECT
    TO opsdesk_manager, opsdesk_admin, opsdesk_service USING (true);
CREATE POLICY key_create ON opsdesk.api_keys FOR INSERT TO opsdesk_admin
    WITH CHECK (created_by IS NOT DISTINCT FROM opsdesk.current_person_id() AND revoked_at IS NULL);
-- A revoked key stays revoked, and it is revoked now (not back- or post-dated).
CREATE POLICY key_edit ON opsdesk.api_keys FOR UPDATE TO opsdesk_admin
    USING (revoked_at IS NULL) WITH CHECK (revoked_at IS NULL OR revoked_at = now());
CREATE POLICY key_used ON opsdesk.api_keys FOR UPDATE TO opsdesk_service
    USING (revoked_at IS NULL) WITH CHECK (revoked_at IS NULL);

-- The live feed names a row only to those who may read the table it belongs to, so a support
-- person's feed never mentions an audit entry or an API key. The readable set is computed once
-- per query (an initplan), not per row.
CREATE FUNCTION opsdesk.readable_tables() RETURNS text[]
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(c.relname::text), '{}')
      FROM pg_class c
     WHERE c.relnamespace = 'opsdesk'::regnamespace AND c.relkind = 'r'
       AND has_any_column_privilege(c.oid, 'SELECT')
$$;
GRANT EXECUTE ON FUNCTION opsdesk.readable_tables()
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service;
CREATE POLICY follows_table ON opsdesk.change_log FOR SELECT
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service
    USING (tbl = ANY ((SELECT opsdesk.readable_tables())::text[]));

CREATE POLICY everyone_reads ON opsdesk.change_log_state FOR SELECT
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service USING (true);
CREATE POLICY everyone_reads ON opsdesk.schema_migrations FOR SELECT
    TO opsdesk_support, opsdesk_manager, opsdesk_admin, opsdesk_service USING (true);

-- ---------------------------------------------------------------------------------------------
-- People management. Each function checks the caller (session_user) itself:
--   * the schema owner or a superuser may do anything (that is how the first admin is made,
--     `opsdeskd user create` connected as the owner);
--   * an active admin may manage support and manager accounts;
--   * only an active super admin may create, change or deactivate admins and super admins;
--   * nobody deactivates or demotes themselves (no accidental lock-out).
-- Passwords arrive as SCRAM-SHA-256 verifiers computed by the client (libpq's
-- PQencryptPasswordConn), so no plain-text password reaches the server, its logs or
-- pg_stat_activity.

CREATE FUNCTION opsdesk.group_role_for(person_role text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE person_role
               WHEN 'support' THEN 'opsdesk_support'
               WHEN 'manager' THEN 'opsdesk_manager'
               WHEN 'admin' THEN 'opsdesk_admin'
               WHEN 'super_admin' THEN 'opsdesk_admin'
           END
$$;

CREATE FUNCTION opsdesk.assert_may_manage(old_role text, new_role text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    caller_role text := opsdesk.current_person_role();
    bootstrap boolean := (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
                         OR session_user = (SELECT pg_get_userbyid(nspowner) FROM pg_namespace
                                             WHERE nspname = 'opsdesk');
BEGIN
    IF bootstrap THEN
        RETURN;
    END IF;
    IF caller_role IS NULL OR caller_role NOT IN ('admin', 'super_admin') THEN
        RAISE EXCEPTION 'only admins manage people' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF caller_role <> 'super_admin'
       AND (old_role IN ('admin', 'super_admin') OR new_role IN ('admin', 'super_admin')) THEN
        RAISE EXCEPTION 'only a super admin manages admins' USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

CREATE FUNCTION opsdesk.assert_scram_verifier(verifier text) RETURNS void
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'password must be given as a SCRAM-SHA-256 verifier'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;

CREATE FUNCTION opsdesk.person_for_update(person uuid) RETURNS opsdesk.admin_users
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    target opsdesk.admin_users;
BEGIN
    SELECT * INTO target FROM opsdesk.admin_users WHERE id = person FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no person with id %', person USING ERRCODE = 'no_data_found';
    END IF;
    -- A row must never lend the people functions a grip on opsdeskd's own login.
    IF pg_has_role(target.db_role, 'opsdesk_service', 'MEMBER') THEN
        RAISE EXCEPTION '"%" is a service login, not a person', target.db_role
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN target;
END
$$;

-- Creates a person and their login role; returns the new admin_users id.
CREATE FUNCTION opsdesk.create_person(db_role text, email text, display_name text, role text,
                                      password_verifier text)
RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    new_id uuid;
BEGIN
    PERFORM opsdesk.assert_may_manage(NULL, role);
    IF opsdesk.group_role_for(role) IS NULL THEN
        RAISE EXCEPTION 'unknown role "%" (support, manager, admin, super_admin)', role
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM opsdesk.assert_scram_verifier(password_verifier);
    IF db_role IS NULL OR db_role !~ '^[a-z][a-z0-9_.-]{1,62}$' OR db_role ~ '^(pg_|opsdesk_)' THEN
        RAISE EXCEPTION 'sign-in name "%" must be 2-63 characters: a-z first, then a-z 0-9 _ . -', db_role
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT FROM pg_roles r WHERE r.rolname = db_role) THEN
        RAISE EXCEPTION 'the sign-in name "%" is taken', db_role USING ERRCODE = 'duplicate_object';
    END IF;
    IF email IS NULL OR email !~ '^[^@\s]+@[^@\s]+$' THEN
        RAISE EXCEPTION 'e-mail address "%" is not valid', email
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF length(btrim(coalesce(display_name, ''))) = 0 THEN
        RAISE EXCEPTION 'a display name is required' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', db_role, password_verifier,
                   opsdesk.group_role_for(role));
    INSERT INTO opsdesk.admin_users (db_role, email, display_name, role, password_reset_at)
    VALUES (db_role, email, btrim(display_name), role, now())
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;

CREATE FUNCTION opsdesk.set_person_role(person uuid, new_role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    target opsdesk.admin_users := opsdesk.person_for_update(person);
BEGIN
    IF target.db_role = session_user THEN
        RAISE EXCEPTION 'you cannot change your own role' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM opsdesk.assert_may_manage(target.role, new_role);
    IF opsdesk.group_role_for(new_role) IS NULL THEN
        RAISE EXCEPTION 'unknown role "%" (support, manager, admin, super_admin)', new_role
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF target.role = new_role THEN
        RETURN;
    END IF;
    EXECUTE format('REVOKE %I FROM %I', opsdesk.group_role_for(target.role), target.db_role);
    EXECUTE format('GRANT %I TO %I', opsdesk.group_role_for(new_role), target.db_role);
    UPDATE opsdesk.admin_users SET role = new_role WHERE id = person;
END
$$;

-- Deactivates a person: no more sign-ins (NOLOGIN) and every open session ended. Returns the
-- number of sessions terminated.
CREATE FUNCTION opsdesk.deactivate_person(person uuid) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    target opsdesk.admin_users := opsdesk.person_for_update(person);
    ended int;
BEGIN
    IF target.db_role = session_user THEN
        RAISE EXCEPTION 'you cannot deactivate yourself' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM opsdesk.assert_may_manage(target.role, target.role);
    EXECUTE format('ALTER ROLE %I NOLOGIN', target.db_role);
    UPDATE opsdesk.admin_users SET is_active = false, deactivated_at = now()
     WHERE id = person AND is_active;
    SELECT count(*) FILTER (WHERE pg_terminate_backend(a.pid)) INTO ended
      FROM pg_stat_activity a
     WHERE a.usename = target.db_role AND a.pid <> pg_backend_pid();
    RETURN ended;
END
$$;

CREATE FUNCTION opsdesk.reactivate_person(person uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    target opsdesk.admin_users := opsdesk.person_for_update(person);
BEGIN
    PERFORM opsdesk.assert_may_manage(target.role, target.role);
    EXECUTE format('ALTER ROLE %I LOGIN', target.db_role);
    UPDATE opsdesk.admin_users SET is_active = true, deactivated_at = NULL
     WHERE id = person AND NOT is_active;
END
$$;

CREATE FUNCTION opsdesk.reset_person_password(person uuid, password_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    target opsdesk.admin_users := opsdesk.person_for_update(person);
BEGIN
    PERFORM opsdesk.assert_may_manage(target.role, target.role);
    PERFORM opsdesk.assert_scram_verifier(password_verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', target.db_role, password_verifier);
    UPDATE opsdesk.admin_users SET password_reset_at = now() WHERE id = person;
END
$$;

-- The migrating role (the schema owner; it needs CREATEROLE, not SUPERUSER) hands these functions
-- to opsdesk_people_admin. PostgreSQL lets it do so as a member of that role, and only while the
-- new owner may create in the schema; the membership also lets the owner run them (bootstrap).
GRANT opsdesk_people_admin TO CURRENT_USER;
GRANT CREATE ON SCHEMA opsdesk TO opsdesk_people_admin;
DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY[
        'opsdesk.person_for_update(uuid)',
        'opsdesk.create_person(text, text, text, text, text)',
        'opsdesk.set_person_role(uuid, text)',
        'opsdesk.deactivate_person(uuid)',
        'opsdesk.reactivate_person(uuid)',
        'opsdesk.reset_person_password(uuid, text)'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO opsdesk_people_admin', f);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$$;
REVOKE CREATE ON SCHEMA opsdesk FROM opsdesk_people_admin;
REVOKE ALL ON FUNCTION opsdesk.assert_may_manage(text, text), opsdesk.group_role_for(text),
    opsdesk.assert_scram_verifier(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION opsdesk.assert_may_manage(text, text), opsdesk.group_role_for(text),
    opsdesk.assert_scram_verifier(text), opsdesk.person_for_update(uuid),
    opsdesk.current_person_role()
    TO opsdesk_people_admin;
GRANT USAGE ON SCHEMA opsdesk TO opsdesk_people_admin;
GRANT EXECUTE ON FUNCTION opsdesk.create_person(text, text, text, text, text),
    opsdesk.set_person_role(uuid, text), opsdesk.deactivate_person(uuid),
    opsdesk.reactivate_person(uuid), opsdesk.reset_person_password(uuid, text)
    TO opsdesk_admin;

-- Functions created by later migrations are not executable by PUBLIC either: each is granted
-- to the groups that need it. Not `IN SCHEMA opsdesk`: per-schema default privileges only add
-- to the global ones, so a per-schema REVOKE of PUBLIC's default EXECUTE does nothing. Applies to
-- functions the migrating role creates in this database.
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
