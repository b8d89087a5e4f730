-- The Audit trail screen at millions of entries (services/auditlog.cpp, bench/audit.sh).

-- A resource id pasted on its own (its type unknown): newest first, without reading the whole
-- (resource_type, resource_id, …) index.
CREATE INDEX audit_log_resource_id_idx ON opsdesk.audit_log (resource_id, at DESC, id DESC);

-- The trail as the screen reads it.
--
-- Why a view: for free text the planner must know how common the searched text is (newest-first
-- index scan for a common word, trigram index for a rare one; the wrong choice costs seconds at
-- 2,000,000 entries). It estimates that from the statistics of audit_search_text(), but under
-- row-level security it may not use statistics with an operator that is not leakproof (ILIKE is
-- not), so every search looked rare: "resolved" took 3.4 s instead of 6 ms. A view reads the
-- table with its owner's rights, so the statistics apply.
--
-- Who reads it is unchanged: the same two groups the trail_read policy (0005) names, by grant,
-- and again in the view itself for anyone the grant might be extended to by mistake. The owner
-- bypasses row-level security on its own table, which is exactly what trail_read allows these
-- groups (USING (true)); writing stays impossible (a view over an append-only table with no
-- write grants). Not a security_barrier view: the searched text must reach the index, and
-- everyone who may query it sees every row anyway.
CREATE VIEW opsdesk.audit_trail AS
SELECT a.id, a.at, a.actor, a.on_behalf_of, a.action, a.resource_type, a.resource_id, a.changes,
       a.client_addr, a.application_name,
       opsdesk.audit_search_text(a) AS search_text -- the trigram index audit_log_search_idx
  FROM opsdesk.audit_log a
 WHERE pg_has_role(current_user, 'opsdesk_manager', 'MEMBER')
    OR pg_has_role(current_user, 'opsdesk_admin', 'MEMBER');

COMMENT ON VIEW opsdesk.audit_trail IS
    'opsdesk.audit_log for the Audit trail screen (managers and admins); see migration 0006.';
REVOKE ALL ON opsdesk.audit_trail FROM PUBLIC;
GRANT SELECT ON opsdesk.audit_trail TO opsdesk_manager, opsdesk_admin;
