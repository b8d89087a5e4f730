-- The realtime change feed (shared/design/architecture.md, "Realtime change feed").
--
-- Statement-level triggers append one change_log row per changed row, stamped with the writing
-- transaction's xid8, and send one constant NOTIFY per transaction as a wake-up. Readers take
-- pg_current_snapshot() and read the rows whose xid is visible in the new snapshot but not in the
-- previous one (the PgQ method): that set is final, whatever order the seq values were handed out in.

CREATE TABLE opsdesk.change_log (
    seq   bigserial PRIMARY KEY,
    xid   xid8 NOT NULL DEFAULT pg_current_xact_id(),
    tbl   text NOT NULL,
    op    char(1) NOT NULL CHECK (op IN ('I', 'U', 'D')),
    pk    text NOT NULL,
    at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX change_log_xid_idx ON opsdesk.change_log (xid);
CREATE INDEX change_log_at_idx ON opsdesk.change_log (at);

-- Rows with xid below pruned_below may have been deleted: a reader whose last snapshot's xmin is
-- below it cannot resume and must reload.
CREATE TABLE opsdesk.change_log_state (
    singleton     boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    pruned_below  xid8 NOT NULL DEFAULT '0'::xid8,
    pruned_at     timestamptz
);
INSERT INTO opsdesk.change_log_state DEFAULT VALUES;

CREATE FUNCTION opsdesk.change_log_capture() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO opsdesk.change_log (tbl, op, pk)
        SELECT TG_TABLE_NAME, 'D', o.id::text FROM old_rows o;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO opsdesk.change_log (tbl, op, pk)
        SELECT TG_TABLE_NAME, 'U', n.id::text FROM new_rows n;
    ELSE
        INSERT INTO opsdesk.change_log (tbl, op, pk)
        SELECT TG_TABLE_NAME, 'I', n.id::text FROM new_rows n;
    END IF;
    IF FOUND THEN
        -- Constant payload: PostgreSQL folds identical notifications of one transaction into one.
        PERFORM pg_notify('opsdesk_change', '');
    END IF;
    RETURN NULL;
END
$$;

-- Attaches the three capture triggers to a live table (its primary key column must be "id").
CREATE FUNCTION opsdesk.enable_change_feed(target regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER change_feed_insert AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION opsdesk.change_log_capture()', target);
    EXECUTE format('CREATE TRIGGER change_feed_update AFTER UPDATE ON %s REFERENCING NEW TABLE AS new_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION opsdesk.change_log_capture()', target);
    EXECUTE format('CREATE TRIGGER change_feed_delete AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION opsdesk.change_log_capture()', target);
END
$$;

SELECT opsdesk.enable_change_feed('opsdesk.admin_users');
SELECT opsdesk.enable_change_feed('opsdesk.contacts');
SELECT opsdesk.enable_change_feed('opsdesk.conversations');
SELECT opsdesk.enable_change_feed('opsdesk.messages');
SELECT opsdesk.enable_change_feed('opsdesk.whatsapp_webhook_events');
SELECT opsdesk.enable_change_feed('opsdesk.message_templates');

-- Reads the changes committed between two snapshots, in seq order. Transactions that committed
-- between the two snapshots form one batch; batches arrive in commit order.
CREATE FUNCTION opsdesk.changes_between(since pg_snapshot, upto pg_snapshot)
RETURNS TABLE (seq bigint, tbl text, op char(1), pk text)
LANGUAGE sql STABLE AS $$
    SELECT c.seq, c.tbl, c.op, c.pk
      FROM opsdesk.change_log c
     WHERE c.xid >= pg_snapshot_xmin(since)
       AND c.xid < pg_snapshot_xmax(upto)
       AND pg_visible_in_snapshot(c.xid, upto)
       AND NOT pg_visible_in_snapshot(c.xid, since)
     ORDER BY c.seq
$$;

-- Deletes change_log rows older than keep and records the horizon. Returns the number deleted.
CREATE FUNCTION opsdesk.prune_change_log(keep interval) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    horizon xid8;
    deleted bigint;
BEGIN
    SELECT max(xid) INTO horizon FROM opsdesk.change_log WHERE at < now() - keep;
    IF horizon IS NULL THEN
        RETURN 0;
    END IF;
    -- Everything strictly below the horizon's successor goes; a reader must have seen past it.
    horizon := (horizon::text::numeric + 1)::text::xid8;
    UPDATE opsdesk.change_log_state
       SET pruned_below = greatest(pruned_below, horizon), pruned_at = now();
    DELETE FROM opsdesk.change_log WHERE xid < horizon;
    GET DIAGNOSTICS deleted = ROW_COUNT;
    RETURN deleted;
END
$$;
