// Who may do what, enforced by PostgreSQL itself (resources/migrations/0005_security.sql;
// shared/design/architecture.md, "Security"). Every statement runs over a real SCRAM connection as
// a person (or as opsdeskd's service role), exactly what `psql` with their own credentials would
// do, so nothing in the client widens or narrows what is checked:
//   * a role × table × operation matrix (allowed cells must really see or change rows);
//   * escalation attempts (people functions, roles, triggers, the audit trail), all refused;
//   * the change feed run as support and as a manager;
//   * the audit trail's exact entries for a scripted sequence of real people's changes.

#include "changefeed.h"
#include "database.h"
#include "passwords.h"

#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;
using namespace opsdesk;

namespace {

enum Role { Support, Manager, Admin, SuperAdmin, Service, RoleCount };
constexpr std::array<const char *, RoleCount> kRoleNames{"support", "manager", "admin",
                                                         "super_admin", "service"};

/// What one statement run as one role must do.
enum class Outcome {
    Rows,         ///< succeeds and sees / changes exactly `rows` rows (kAsOwner: as many as the
                  ///< owner, who bypasses grants and row-level security, and at least one)
    Filtered,     ///< succeeds, but row-level security leaves it no row although the owner has one
    Denied,       ///< refused by the grants: SQLSTATE 42501 "permission denied ..."
    PolicyDenied, ///< refused by a policy's WITH CHECK: 42501 "... row-level security policy ..."
    RuleDenied,   ///< refused by the send rules every sender obeys (migration 0007): ODM01
};
struct Expect {
    Outcome outcome;
    int rows;
};
constexpr int kAsOwner = -1;
constexpr Expect All{Outcome::Rows, kAsOwner};
constexpr Expect One{Outcome::Rows, 1};
constexpr Expect None{Outcome::Rows, 0}; ///< allowed, matches nothing (the service is no person)
constexpr Expect Zero{Outcome::Filtered, 0};
constexpr Expect No{Outcome::Denied, 0};
constexpr Expect Pol{Outcome::PolicyDenied, 0};
constexpr Expect Rule{Outcome::RuleDenied, 0};

/// One row of the matrix: a statement and what it does for support, manager, admin, super admin
/// and service, in that order. `{name}` in the SQL is a seeded row's id (kRowIds) or a person's
/// admin_users id (support, manager, admin, super, support2, admin2).
struct Cell {
    const char *table;
    const char *op;
    const char *what;
    const char *sql;
    std::array<Expect, RoleCount> expect;
};

/// Rows the owner seeds, with fixed ids so statements can name them: `{c1}` in a statement is
/// replaced by the id (see withIds()).
const QList<std::pair<QString, QString>> kRowIds{
    {u"c1"_s, u"c0000000-0000-4000-8000-000000000001"_s},      // contact with conversations
    {u"c2"_s, u"c0000000-0000-4000-8000-000000000002"_s},      // contact with nothing attached
    {u"v1"_s, u"d0000000-0000-4000-8000-000000000001"_s},      // conversation with messages
    {u"v2"_s, u"d0000000-0000-4000-8000-000000000002"_s},      // conversation without messages
    {u"m_in"_s, u"e0000000-0000-4000-8000-000000000001"_s},    // the customer's inbound message
    {u"n_other"_s, u"e0000000-0000-4000-8000-000000000002"_s}, // another support person's note
    {u"t1"_s, u"f0000000-0000-4000-8000-000000000001"_s},
    {u"t2"_s, u"f0000000-0000-4000-8000-000000000002"_s},
    {u"k_active"_s, u"a0000000-0000-4000-8000-000000000001"_s},
    {u"k_revoked"_s, u"a0000000-0000-4000-8000-000000000002"_s},
    {u"cr1"_s, u"b0000000-0000-4000-8000-000000000001"_s}, // a canned response
    {u"ar1"_s, u"a1000000-0000-4000-8000-000000000001"_s}, // an alert rule
    {u"in1"_s, u"a2000000-0000-4000-8000-000000000001"_s}, // a manual incident
    {u"in2"_s, u"a2000000-0000-4000-8000-000000000002"_s}, // an alert rule's incident
};

/// @p sql with `{name}` replaced by the ids in kRowIds and then in @p more.
QString withIds(QString sql, const QHash<QString, QString> &more = {})
{
    for (const auto &[name, id] : kRowIds) {
        sql.replace(u'{' + name + u'}', id);
    }
    for (auto it = more.cbegin(); it != more.cend(); ++it) {
        sql.replace(u'{' + it.key() + u'}', it.value());
    }
    return sql;
}

QString rowId(const QString &name)
{
    return withIds(u'{' + name + u'}');
}

// clang-format off
const Cell kMatrix[] = {
    // {table, operation, case, statement, {support, manager, admin, super_admin, service}}
    {"admin_users", "SELECT", "names",
     "SELECT id, display_name, role, is_active FROM opsdesk.admin_users",
     {All, All, All, All, All}},
    {"admin_users", "SELECT", "email",
     "SELECT email FROM opsdesk.admin_users",
     {No, All, All, All, All}},
    {"admin_users", "SELECT", "db_role",
     "SELECT db_role FROM opsdesk.admin_users",
     {No, All, All, All, All}},
    {"admin_users", "SELECT", "all columns",
     "SELECT * FROM opsdesk.admin_users",
     {No, All, All, All, All}},
    {"admin_users", "INSERT", "a person by hand",
     "INSERT INTO opsdesk.admin_users (db_role, email, display_name, role) VALUES ('mx_forged', "
     "'forged@example.com', 'Forged', 'super_admin')",
     {No, No, No, No, No}},
    {"admin_users", "UPDATE", "a support colleague's name",
     "UPDATE opsdesk.admin_users SET display_name = 'Renamed' WHERE id = '{support2}'",
     {No, No, One, One, No}},
    {"admin_users", "UPDATE", "another admin's email",
     "UPDATE opsdesk.admin_users SET email = 'moved@example.com' WHERE id = '{admin2}'",
     {No, No, Zero, One, No}},
    {"admin_users", "UPDATE", "own name",
     "UPDATE opsdesk.admin_users SET display_name = 'Me' WHERE id = opsdesk.current_person_id()",
     {No, No, One, One, No}},
    {"admin_users", "UPDATE", "role column",
     "UPDATE opsdesk.admin_users SET role = 'super_admin' WHERE id = '{support2}'",
     {No, No, No, No, No}},
    {"admin_users", "UPDATE", "is_active column",
     "UPDATE opsdesk.admin_users SET is_active = false WHERE id = '{support2}'",
     {No, No, No, No, No}},
    {"admin_users", "DELETE", "a person",
     "DELETE FROM opsdesk.admin_users WHERE id = '{support2}'",
     {No, No, No, No, No}},
    {"admin_users", "TRUNCATE", "",
     "TRUNCATE opsdesk.admin_users CASCADE",
     {No, No, No, No, No}},

    {"contacts", "SELECT", "",
     "SELECT id, wa_id, profile_name FROM opsdesk.contacts",
     {All, All, All, All, All}},
    {"contacts", "INSERT", "",
     "INSERT INTO opsdesk.contacts (wa_id, profile_name) VALUES ('4915100000099', 'New')",
     {One, No, One, One, One}},
    {"contacts", "UPDATE", "",
     "UPDATE opsdesk.contacts SET profile_name = 'Renamed' WHERE id = '{c1}'",
     {One, No, One, One, One}},
    // The number decides who receives a reply: opsdeskd's (webhooks) and admins' only.
    {"contacts", "UPDATE", "the WhatsApp number",
     "UPDATE opsdesk.contacts SET wa_id = '15550009999' WHERE id = '{c1}'",
     {No, No, One, One, One}},
    {"contacts", "DELETE", "",
     "DELETE FROM opsdesk.contacts WHERE id = '{c2}'",
     {No, No, One, One, No}},
    {"contacts", "TRUNCATE", "",
     "TRUNCATE opsdesk.contacts CASCADE",
     {No, No, No, No, No}},

    {"conversations", "SELECT", "",
     "SELECT id, status, labels FROM opsdesk.conversations",
     {All, All, All, All, All}},
    {"conversations", "INSERT", "",
     "INSERT INTO opsdesk.conversations (contact_id, business_phone_id) VALUES ('{c2}', 'phone-1')",
     {One, No, One, One, One}},
    {"conversations", "UPDATE", "status and labels",
     "UPDATE opsdesk.conversations SET status = 'pending', labels = '{vip}' WHERE id = '{v1}'",
     {One, No, One, One, One}},
    // last_inbound_at decides the 24-hour window; the summary is the database's.
    {"conversations", "UPDATE", "reopening the customer service window",
     "UPDATE opsdesk.conversations SET last_inbound_at = now() WHERE id = '{v1}'",
     {No, No, One, One, One}},
    {"conversations", "INSERT", "with an open window",
     "INSERT INTO opsdesk.conversations (contact_id, business_phone_id, last_inbound_at) VALUES "
     "('{c2}', 'phone-1', now())",
     {No, No, One, One, One}},
    {"conversations", "UPDATE", "assign, read",
     "UPDATE opsdesk.conversations SET assignee_id = '{support}', unread_count = 0, "
     "agent_last_seen_at = now() WHERE id = '{v1}'",
     {One, No, One, One, One}},
    {"conversations", "DELETE", "",
     "DELETE FROM opsdesk.conversations WHERE id = '{v2}'",
     {No, No, One, One, No}},
    {"conversations", "TRUNCATE", "",
     "TRUNCATE opsdesk.conversations CASCADE",
     {No, No, No, No, No}},

    {"messages", "SELECT", "",
     "SELECT id, direction, kind, body, author_id FROM opsdesk.messages",
     {All, All, All, All, All}},
    {"messages", "INSERT", "outbound queued in own name",
     "INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, status, author_id) "
     "VALUES ('{v1}', 'outbound', 'text', 'Your order ships today', 'queued', "
     "opsdesk.current_person_id())",
     {One, No, One, One, One}},
    {"messages", "INSERT", "note in own name",
     "INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, author_id) VALUES "
     "('{v1}', 'outbound', 'note', 'Customer is a VIP', opsdesk.current_person_id())",
     {One, No, One, One, One}},
    {"messages", "INSERT", "in someone else's name",
     "INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, status, author_id) "
     "VALUES ('{v1}', 'outbound', 'text', 'Sent as a colleague', 'queued', '{support2}')",
     {Pol, No, Pol, Pol, One}},
    {"messages", "INSERT", "inbound (forging the customer)",
     "INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, author_id) VALUES "
     "('{v1}', 'inbound', 'text', 'I agree to pay twice', opsdesk.current_person_id())",
     {Pol, No, Pol, Pol, One}},
    // A message to send starts as queued, whoever writes it (opsdeskd too).
    {"messages", "INSERT", "already read (forging a delivery status)",
     "INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, status, author_id) "
     "VALUES ('{v1}', 'outbound', 'text', 'Never sent', 'read', opsdesk.current_person_id())",
     {Rule, No, Rule, Rule, Rule}},
    {"messages", "INSERT", "claiming a WhatsApp message id",
     "INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, status, author_id, "
     "wa_message_id) VALUES ('{v1}', 'outbound', 'text', 'Mine now', 'queued', "
     "opsdesk.current_person_id(), 'wamid.claimed')",
     {Pol, No, Pol, Pol, One}},
    {"messages", "UPDATE", "own note",
     "UPDATE opsdesk.messages SET body = 'Edited' WHERE kind = 'note' AND author_id = "
     "opsdesk.current_person_id()",
     {One, No, One, One, None}},
    {"messages", "UPDATE", "own note into an inbound message",
     "UPDATE opsdesk.messages SET direction = 'inbound' WHERE kind = 'note' AND author_id = "
     "opsdesk.current_person_id()",
     {Pol, No, Pol, Pol, None}},
    {"messages", "UPDATE", "someone else's note",
     "UPDATE opsdesk.messages SET body = 'Edited' WHERE id = '{n_other}'",
     {Zero, No, Zero, Zero, One}},
    {"messages", "UPDATE", "the customer's message",
     "UPDATE opsdesk.messages SET body = 'Edited' WHERE id = '{m_in}'",
     {Zero, No, Zero, Zero, One}},
    {"messages", "DELETE", "",
     "DELETE FROM opsdesk.messages WHERE id = '{m_in}'",
     {No, No, One, One, No}},
    {"messages", "TRUNCATE", "",
     "TRUNCATE opsdesk.messages",
     {No, No, No, No, No}},

    {"whatsapp_webhook_events", "SELECT", "",
     "SELECT id, payload, raw_body, processing FROM opsdesk.whatsapp_webhook_events",
     {All, All, All, All, All}},
    {"whatsapp_webhook_events", "INSERT", "",
     "INSERT INTO opsdesk.whatsapp_webhook_events (signature_valid, raw_body) VALUES (true, "
     "'\\x7b7d')",
     {No, No, No, No, One}},
    {"whatsapp_webhook_events", "UPDATE", "",
     "UPDATE opsdesk.whatsapp_webhook_events SET processing = 'ignored' WHERE id = 1001",
     {No, No, No, No, One}},
    {"whatsapp_webhook_events", "DELETE", "",
     "DELETE FROM opsdesk.whatsapp_webhook_events WHERE id = 1001",
     {No, No, No, No, No}},
    {"whatsapp_webhook_events", "TRUNCATE", "",
     "TRUNCATE opsdesk.whatsapp_webhook_events CASCADE",
     {No, No, No, No, No}},

    {"message_status_events", "SELECT", "",
     "SELECT id, wa_message_id, status FROM opsdesk.message_status_events",
     {All, All, All, All, All}},
    {"message_status_events", "INSERT", "",
     "INSERT INTO opsdesk.message_status_events (wa_message_id, status, occurred_at) VALUES "
     "('wamid.other', 'delivered', now())",
     {No, No, No, No, One}},
    {"message_status_events", "UPDATE", "",
     "UPDATE opsdesk.message_status_events SET error_title = 'Edited' WHERE id = 2001",
     {No, No, No, No, One}},
    {"message_status_events", "DELETE", "",
     "DELETE FROM opsdesk.message_status_events WHERE id = 2001",
     {No, No, No, No, No}},
    {"message_status_events", "TRUNCATE", "",
     "TRUNCATE opsdesk.message_status_events",
     {No, No, No, No, No}},

    {"message_templates", "SELECT", "",
     "SELECT id, name, components FROM opsdesk.message_templates",
     {All, All, All, All, All}},
    {"message_templates", "INSERT", "",
     "INSERT INTO opsdesk.message_templates (name, language, status) VALUES ('delivery_update', "
     "'de', 'APPROVED')",
     {No, No, One, One, One}},
    {"message_templates", "UPDATE", "",
     "UPDATE opsdesk.message_templates SET status = 'PAUSED' WHERE id = '{t1}'",
     {No, No, One, One, One}},
    {"message_templates", "DELETE", "",
     "DELETE FROM opsdesk.message_templates WHERE id = '{t2}'",
     {No, No, One, One, No}},
    {"message_templates", "TRUNCATE", "",
     "TRUNCATE opsdesk.message_templates",
     {No, No, No, No, No}},

    {"audit_log", "SELECT", "",
     "SELECT id, actor, action, changes FROM opsdesk.audit_log",
     {No, All, All, All, No}},
    {"audit_log", "INSERT", "forged entry",
     "INSERT INTO opsdesk.audit_log (actor, action, resource_type) VALUES ('mx_support2', "
     "'delete', 'contacts')",
     {No, No, No, No, No}},
    {"audit_log", "UPDATE", "",
     "UPDATE opsdesk.audit_log SET actor = 'nobody'",
     {No, No, No, No, No}},
    {"audit_log", "DELETE", "",
     "DELETE FROM opsdesk.audit_log",
     {No, No, No, No, No}},
    {"audit_log", "TRUNCATE", "",
     "TRUNCATE opsdesk.audit_log",
     {No, No, No, No, No}},

    {"api_keys", "SELECT", "listing",
     "SELECT id, prefix, name, scopes, created_by, created_at, last_used_at, revoked_at FROM "
     "opsdesk.api_keys",
     {No, All, All, All, All}},
    {"api_keys", "SELECT", "secret_hash",
     "SELECT prefix, secret_hash FROM opsdesk.api_keys",
     {No, No, No, No, All}},
    {"api_keys", "INSERT", "",
     "INSERT INTO opsdesk.api_keys (prefix, secret_hash, name, scopes) VALUES ('odk_matrix', "
     "sha256('secret'::bytea), 'Matrix', '{templates:read}')",
     {No, No, One, One, No}},
    {"api_keys", "INSERT", "with a forged creator",
     "INSERT INTO opsdesk.api_keys (prefix, secret_hash, name, scopes, created_by) VALUES "
     "('odk_forged', sha256('secret'::bytea), 'Forged', '{templates:read}', '{support2}')",
     {No, No, No, No, No}},
    {"api_keys", "UPDATE", "revoke",
     "UPDATE opsdesk.api_keys SET revoked_at = now() WHERE id = '{k_active}'",
     {No, No, One, One, No}},
    {"api_keys", "UPDATE", "back-dated revoke",
     "UPDATE opsdesk.api_keys SET revoked_at = now() - interval '1 day' WHERE id = '{k_active}'",
     {No, No, Pol, Pol, No}},
    {"api_keys", "UPDATE", "un-revoke",
     "UPDATE opsdesk.api_keys SET revoked_at = NULL WHERE id = '{k_revoked}'",
     {No, No, Zero, Zero, No}},
    {"api_keys", "UPDATE", "last use",
     "UPDATE opsdesk.api_keys SET last_used_at = now() WHERE id = '{k_active}'",
     {No, No, No, No, One}},
    {"api_keys", "UPDATE", "secret_hash",
     "UPDATE opsdesk.api_keys SET secret_hash = sha256('mine'::bytea) WHERE id = '{k_active}'",
     {No, No, No, No, No}},
    {"api_keys", "DELETE", "",
     "DELETE FROM opsdesk.api_keys WHERE id = '{k_active}'",
     {No, No, No, No, No}},
    {"api_keys", "TRUNCATE", "",
     "TRUNCATE opsdesk.api_keys",
     {No, No, No, No, No}},

    // The send queue (migration 0007): opsdeskd's; admins see it and retry dead jobs through
    // opsdesk.retry_job, nobody else touches it (sending enqueues through a trigger).
    {"jobs", "SELECT", "",
     "SELECT id, status, last_error FROM opsdesk.jobs",
     {No, No, All, All, All}},
    {"jobs", "INSERT", "",
     "INSERT INTO opsdesk.jobs (queue, payload) VALUES ('whatsapp.send', '{}')",
     {No, No, No, No, One}},
    {"jobs", "UPDATE", "mark done",
     "UPDATE opsdesk.jobs SET status = 'succeeded' WHERE id = 3001",
     {No, No, No, No, One}},
    {"jobs", "DELETE", "",
     "DELETE FROM opsdesk.jobs WHERE id = 3001",
     {No, No, No, No, One}},
    {"jobs", "EXECUTE", "retry_job",
     "SELECT opsdesk.retry_job(3001)",
     {No, No, One, One, No}},
    {"jobs", "EXECUTE", "claim_jobs",
     "SELECT * FROM opsdesk.claim_jobs('whatsapp.send', 'w', 10, 60)",
     {No, No, No, No, One}},

    // Canned responses: the people who answer keep them; managers and opsdeskd read.
    {"canned_responses", "SELECT", "",
     "SELECT shortcut, body FROM opsdesk.canned_responses",
     {All, All, All, All, All}},
    {"canned_responses", "INSERT", "",
     "INSERT INTO opsdesk.canned_responses (shortcut, title, body) VALUES ('bye', 'Bye', 'Bye!')",
     {One, No, One, One, No}},
    {"canned_responses", "UPDATE", "",
     "UPDATE opsdesk.canned_responses SET body = 'Thanks a lot!' WHERE id = '{cr1}'",
     {One, No, One, One, No}},
    {"canned_responses", "DELETE", "",
     "DELETE FROM opsdesk.canned_responses WHERE id = '{cr1}'",
     {One, No, One, One, No}},

    // Presence: everyone sees who is viewing; each person writes only their own row.
    {"conversation_viewers", "SELECT", "",
     "SELECT conversation_id, person_id FROM opsdesk.conversation_viewers",
     {All, All, All, All, All}},
    {"conversation_viewers", "INSERT", "own",
     "INSERT INTO opsdesk.conversation_viewers (conversation_id) VALUES ('{v1}')",
     {One, One, One, One, No}},
    {"conversation_viewers", "INSERT", "as a colleague",
     "INSERT INTO opsdesk.conversation_viewers (conversation_id, person_id) VALUES ('{v2}', "
     "'{support2}')",
     {Pol, Pol, Pol, Pol, No}},
    {"conversation_viewers", "DELETE", "a colleague's",
     "DELETE FROM opsdesk.conversation_viewers WHERE person_id = '{support2}'",
     {Zero, Zero, Zero, Zero, One}},

    {"change_log", "SELECT", "contacts rows",
     "SELECT seq, pk FROM opsdesk.change_log WHERE tbl = 'contacts'",
     {All, All, All, All, All}},
    {"change_log", "SELECT", "audit_log rows",
     "SELECT seq, pk FROM opsdesk.change_log WHERE tbl = 'audit_log'",
     {Zero, All, All, All, Zero}},
    // Only failed and dead jobs reach the feed (the seeded dead one, not the queued one), and
    // only for those who may read jobs.
    {"change_log", "SELECT", "jobs rows",
     "SELECT seq, pk FROM opsdesk.change_log WHERE tbl = 'jobs'",
     {Zero, Zero, One, One, One}},
    {"change_log", "SELECT", "api_keys rows",
     "SELECT seq, pk FROM opsdesk.change_log WHERE tbl = 'api_keys'",
     {Zero, All, All, All, All}},
    {"change_log", "SELECT", "audit_log rows through changes_between",
     "SELECT * FROM opsdesk.changes_between('1:1:'::pg_snapshot, pg_current_snapshot()) WHERE tbl "
     "= 'audit_log'",
     {Zero, All, All, All, Zero}},
    {"change_log", "INSERT", "",
     "INSERT INTO opsdesk.change_log (tbl, op, pk) VALUES ('contacts', 'D', '{c1}')",
     {No, No, No, No, No}},
    {"change_log", "UPDATE", "",
     "UPDATE opsdesk.change_log SET op = 'D'",
     {No, No, No, No, No}},
    {"change_log", "DELETE", "",
     "DELETE FROM opsdesk.change_log",
     {No, No, No, No, No}},
    {"change_log", "TRUNCATE", "",
     "TRUNCATE opsdesk.change_log",
     {No, No, No, No, No}},

    {"change_log_state", "SELECT", "",
     "SELECT pruned_below FROM opsdesk.change_log_state",
     {One, One, One, One, One}},
    {"change_log_state", "INSERT", "",
     "INSERT INTO opsdesk.change_log_state (singleton) VALUES (false)",
     {No, No, No, No, No}},
    {"change_log_state", "UPDATE", "",
     "UPDATE opsdesk.change_log_state SET pruned_below = '0'",
     {No, No, No, No, No}},
    {"change_log_state", "DELETE", "",
     "DELETE FROM opsdesk.change_log_state",
     {No, No, No, No, No}},
    {"change_log_state", "TRUNCATE", "",
     "TRUNCATE opsdesk.change_log_state",
     {No, No, No, No, No}},

    // Metrics (migration 0008): every member of staff reads series and samples; opsdeskd
    // writes them; admins remove external series.
    {"metric_series", "SELECT", "",
     "SELECT id, name, title FROM opsdesk.metric_series",
     {All, All, All, All, All}},
    {"metric_series", "INSERT", "",
     "INSERT INTO opsdesk.metric_series (name, title) VALUES ('mx_new', 'New')",
     {No, No, No, No, One}},
    {"metric_series", "UPDATE", "a built-in title",
     "UPDATE opsdesk.metric_series SET title = 'Renamed' WHERE name = 'dead_jobs'",
     {No, No, No, No, One}},
    {"metric_series", "DELETE", "an external series",
     "DELETE FROM opsdesk.metric_series WHERE name = 'mx_external'",
     {No, No, One, One, No}},
    {"metric_series", "DELETE", "a built-in series",
     "DELETE FROM opsdesk.metric_series WHERE name = 'dead_jobs'",
     {No, No, Zero, Zero, No}},
    {"metric_series", "EXECUTE", "register_metric_series",
     "SELECT opsdesk.register_metric_series('mx_fn', 'Fn', '', '')",
     {No, No, No, No, One}},
    {"metric_samples", "SELECT", "",
     "SELECT series_id, at, value FROM opsdesk.metric_samples",
     {All, All, All, All, All}},
    {"metric_samples", "INSERT", "",
     "INSERT INTO opsdesk.metric_samples (series_id, at, value) SELECT id, now(), 2 FROM "
     "opsdesk.metric_series WHERE name = 'mx_external'",
     {No, No, No, No, One}},
    {"metric_samples", "UPDATE", "",
     "UPDATE opsdesk.metric_samples SET value = 5",
     {No, No, No, No, No}},
    {"metric_samples", "DELETE", "",
     "DELETE FROM opsdesk.metric_samples",
     {No, No, No, No, All}},
    {"metric_samples", "EXECUTE", "collect_metrics",
     "SELECT opsdesk.collect_metrics()",
     {No, No, No, No, One}},
    {"metric_samples", "EXECUTE", "prune_metrics",
     "SELECT opsdesk.prune_metrics('8 days', '90 days')",
     {No, No, No, No, One}},
    {"metric_rollups", "SELECT", "",
     "SELECT series_id, minute, min, max, sum, count FROM opsdesk.metric_rollups",
     {All, All, All, All, All}},
    {"metric_rollups", "UPDATE", "",
     "UPDATE opsdesk.metric_rollups SET max = 100",
     {No, No, No, No, All}},
    {"metric_rollups", "DELETE", "",
     "DELETE FROM opsdesk.metric_rollups",
     {No, No, No, No, All}},
    {"metric_rollups_10m", "SELECT", "",
     "SELECT series_id, period_start, min, max, sum, count FROM opsdesk.metric_rollups_10m",
     {All, All, All, All, All}},
    {"metric_rollups_10m", "UPDATE", "",
     "UPDATE opsdesk.metric_rollups_10m SET max = 100",
     {No, No, No, No, All}},
    {"metric_rollups_10m", "DELETE", "",
     "DELETE FROM opsdesk.metric_rollups_10m",
     {No, No, No, No, All}},
    {"serve_instances", "SELECT", "",
     "SELECT instance, reported_at FROM opsdesk.serve_instances",
     {No, No, All, All, All}},
    {"serve_instances", "INSERT", "",
     "INSERT INTO opsdesk.serve_instances (instance, started_at) VALUES ('mx:2:2', now())",
     {No, No, No, No, One}},
    {"serve_instances", "UPDATE", "",
     "UPDATE opsdesk.serve_instances SET webhook_requests_1m = 5",
     {No, No, No, No, All}},
    {"serve_instances", "DELETE", "",
     "DELETE FROM opsdesk.serve_instances",
     {No, No, No, No, All}},
    {"response_times", "SELECT", "",
     "SELECT conversation_id, waited_seconds FROM opsdesk.response_times",
     {No, No, No, No, All}},
    {"response_times", "INSERT", "",
     "INSERT INTO opsdesk.response_times (conversation_id, responded_at, waited_seconds) VALUES "
     "('{v1}', now(), 1)",
     {No, No, No, No, No}},
    {"response_times", "DELETE", "",
     "DELETE FROM opsdesk.response_times",
     {No, No, No, No, All}},

    // Alert rules: admins keep them, managers read them, opsdeskd evaluates them.
    {"alert_rules", "SELECT", "",
     "SELECT id, name, threshold FROM opsdesk.alert_rules",
     {No, All, All, All, All}},
    {"alert_rules", "INSERT", "",
     "INSERT INTO opsdesk.alert_rules (name, series_id, comparator, threshold) SELECT 'Another', "
     "id, '<', 0 FROM opsdesk.metric_series WHERE name = 'dead_jobs'",
     {No, No, One, One, No}},
    {"alert_rules", "UPDATE", "threshold",
     "UPDATE opsdesk.alert_rules SET threshold = 5 WHERE id = '{ar1}'",
     {No, No, One, One, No}},
    {"alert_rules", "UPDATE", "created_by",
     "UPDATE opsdesk.alert_rules SET created_by = '{support2}' WHERE id = '{ar1}'",
     {No, No, No, No, No}},
    {"alert_rules", "DELETE", "",
     "DELETE FROM opsdesk.alert_rules WHERE id = '{ar1}'",
     {No, No, One, One, No}},
    {"alert_rules", "EXECUTE", "evaluate_alert_rules",
     "SELECT opsdesk.evaluate_alert_rules()",
     {No, No, No, No, One}},
    {"alert_rule_states", "SELECT", "",
     "SELECT rule_id, state FROM opsdesk.alert_rule_states",
     {No, All, All, All, All}},
    {"alert_rule_states", "UPDATE", "",
     "UPDATE opsdesk.alert_rule_states SET state = 'alerting'",
     {No, No, No, No, All}},
    {"alert_rule_states", "DELETE", "",
     "DELETE FROM opsdesk.alert_rule_states",
     {No, No, No, No, No}},

    // Incidents: admins run them, managers read them, opsdeskd opens and resolves its own.
    {"incidents", "SELECT", "",
     "SELECT id, title, status FROM opsdesk.incidents",
     {No, All, All, All, All}},
    {"incidents", "INSERT", "manual",
     "INSERT INTO opsdesk.incidents (title, severity) VALUES ('Manual', 'low')",
     {No, No, One, One, Pol}},
    // Resolving the rule's open incident first leaves room for the next one under its dedup key.
    {"incidents", "INSERT", "as an alert rule",
     "WITH done AS (UPDATE opsdesk.incidents SET status = 'resolved', summary = 'Over.' "
     "WHERE id = '{in2}' RETURNING id) "
     "INSERT INTO opsdesk.incidents (title, severity, source, alert_rule_id, dedup_key) "
     "SELECT 'Rule', 'low', 'alert_rule', '{ar1}', 'alert_rule:{ar1}' FROM done",
     {No, No, No, No, One}},
    {"incidents", "UPDATE", "acknowledge a manual one",
     "UPDATE opsdesk.incidents SET status = 'acknowledged' WHERE id = '{in1}'",
     {No, No, One, One, Zero}},
    {"incidents", "UPDATE", "resolve a rule's",
     "UPDATE opsdesk.incidents SET status = 'resolved', summary = 'Recovered' WHERE id = '{in2}'",
     {No, No, One, One, One}},
    {"incidents", "UPDATE", "acknowledged_at",
     "UPDATE opsdesk.incidents SET acknowledged_at = now() WHERE id = '{in1}'",
     {No, No, No, No, No}},
    {"incidents", "DELETE", "",
     "DELETE FROM opsdesk.incidents WHERE id = '{in1}'",
     {No, No, No, No, No}},
    {"incident_events", "SELECT", "",
     "SELECT id, kind, body FROM opsdesk.incident_events",
     {No, All, All, All, All}},
    {"incident_events", "INSERT", "a note",
     "INSERT INTO opsdesk.incident_events (incident_id, kind, body) VALUES ('{in1}', 'note', "
     "'Looking')",
     {No, No, One, One, Pol}},
    {"incident_events", "INSERT", "a forged status line",
     "INSERT INTO opsdesk.incident_events (incident_id, kind, body) VALUES ('{in1}', 'status', "
     "'Resolved')",
     {No, No, Pol, Pol, Pol}},
    {"incident_events", "UPDATE", "",
     "UPDATE opsdesk.incident_events SET body = 'Edited'",
     {No, No, No, No, No}},
    {"incident_events", "DELETE", "",
     "DELETE FROM opsdesk.incident_events",
     {No, No, No, No, No}},

    {"schema_migrations", "SELECT", "",
     "SELECT version FROM opsdesk.schema_migrations",
     {All, All, All, All, All}},
    {"schema_migrations", "INSERT", "",
     "INSERT INTO opsdesk.schema_migrations (version, checksum) VALUES ('9999_forged', 'x')",
     {No, No, No, No, No}},
    {"schema_migrations", "UPDATE", "",
     "UPDATE opsdesk.schema_migrations SET checksum = 'x'",
     {No, No, No, No, No}},
    {"schema_migrations", "DELETE", "",
     "DELETE FROM opsdesk.schema_migrations",
     {No, No, No, No, No}},
    {"schema_migrations", "TRUNCATE", "",
     "TRUNCATE opsdesk.schema_migrations",
     {No, No, No, No, No}},
};
// clang-format on

/// The outcome of one statement.
struct Attempt {
    bool ok = false;
    int rows = 0;
    QString sqlState;
    QString message;
};

/// Runs @p sql on @p db inside a transaction that is rolled back, so every cell starts from the
/// same seeded state.
Attempt attempt(const QSqlDatabase &db, const QString &sql)
{
    execScript(db, u"BEGIN"_s);
    Attempt result;
    {
        QSqlQuery query(db); // buffered, so size() counts a SELECT's rows
        result.ok = query.exec(sql);
        if (result.ok) {
            result.rows = query.isSelect() ? query.size() : query.numRowsAffected();
        } else {
            result.sqlState = query.lastError().nativeErrorCode();
            result.message = query.lastError().databaseText();
        }
    }
    execScript(db, u"ROLLBACK"_s);
    return result;
}

/// Runs @p script (one or more statements) on @p db in a rolled-back transaction; returns the
/// error it raised, or an empty error if it succeeded.
DatabaseError scriptError(const QSqlDatabase &db, const QString &script)
{
    execScript(db, u"BEGIN"_s);
    DatabaseError error(QString{});
    try {
        execScript(db, script);
    } catch (const DatabaseError &raised) {
        error = raised;
    }
    execScript(db, u"ROLLBACK"_s);
    return error;
}

QString scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &args = {})
{
    auto query = exec(db, sql, args);
    if (!query.next()) {
        throwIfIncomplete(query);
        return {};
    }
    return query.value(0).toString();
}

/// A login role in opsdeskd's service group (opsdeskd signs in with such a role).
DatabaseConfig createServiceLogin(const DatabaseConfig &owner, const QString &name)
{
    const QString password = u"service-password-1"_s;
    testsupport::execAsSuperuser(
        owner, u"CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE opsdesk_service"_s.arg(name, password));
    DatabaseConfig config = owner;
    config.user = name;
    config.password = password;
    return config;
}

/// A dedicated connection named @p name, the way the client and opsdeskd connect (SCRAM over
/// TCP); end it with closeConnection().
QSqlDatabase openConnection(const DatabaseConfig &config, const QString &name)
{
    const Database database(config, 1);
    return database.openDedicated(name);
}

void closeConnection(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_owner = testsupport::freshDatabase(u"security"_s);
        m_configs[Support] = testsupport::createPerson(m_owner, u"mx_support"_s, u"support"_s);
        m_configs[Manager] = testsupport::createPerson(m_owner, u"mx_manager"_s, u"manager"_s);
        m_configs[Admin] = testsupport::createPerson(m_owner, u"mx_admin"_s, u"admin"_s);
        m_configs[SuperAdmin] = testsupport::createPerson(m_owner, u"mx_super"_s, u"super_admin"_s);
        m_configs[Service] = createServiceLogin(m_owner, u"mx_service"_s);
        testsupport::createPerson(m_owner, u"mx_support2"_s, u"support"_s);
        testsupport::createPerson(m_owner, u"mx_admin2"_s, u"admin"_s);

        m_ownerDb = openConnection(m_owner, u"mx-owner"_s);
        for (const QString &person :
             {u"support"_s, u"manager"_s, u"admin"_s, u"super"_s, u"support2"_s, u"admin2"_s}) {
            m_ids.insert(person, scalar(m_ownerDb,
                                        u"SELECT id FROM opsdesk.admin_users WHERE db_role = ?"_s,
                                        {QString(u"mx_"_s + person)}));
            QVERIFY(!m_ids.value(person).isEmpty());
        }
        const auto verifier = passwords::scramVerifier(m_ownerDb, u"mx_new"_s, u"pw-12345678"_s);
        QVERIFY2(verifier.ok(), qPrintable(verifier.error()));
        m_ids.insert(u"verifier"_s, verifier.value());

        // The data every cell works on, written by the owner.
        execScript(m_ownerDb, resolve(uR"(
INSERT INTO opsdesk.contacts (id, wa_id, profile_name) VALUES
    ('{c1}', '4915100000001', 'Ana Costa'), ('{c2}', '4915100000002', 'Ben Okafor');
INSERT INTO opsdesk.conversations (id, contact_id, business_phone_id) VALUES
    ('{v1}', '{c1}', 'phone-1'), ('{v2}', '{c1}', 'phone-2');
INSERT INTO opsdesk.messages (id, conversation_id, direction, kind, body, wa_message_id, created_at)
VALUES ('{m_in}', '{v1}', 'inbound', 'text', 'Where is my order?', 'wamid.in-1',
        now() - interval '1 hour');
INSERT INTO opsdesk.messages (id, conversation_id, direction, kind, body, author_id) VALUES
    ('{n_other}', '{v1}', 'outbound', 'note', 'Colleague''s note', '{support2}');
INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, author_id) VALUES
    ('{v1}', 'outbound', 'note', 'Own note', '{support}'),
    ('{v1}', 'outbound', 'note', 'Own note', '{admin}'),
    ('{v1}', 'outbound', 'note', 'Own note', '{super}');
INSERT INTO opsdesk.whatsapp_webhook_events (id, signature_valid, object, field, payload, raw_body)
VALUES (1001, true, 'whatsapp_business_account', 'messages', '{}', '\x7b7d');
INSERT INTO opsdesk.message_status_events (id, wa_message_id, status, occurred_at)
VALUES (2001, 'wamid.out-1', 'delivered', now());
INSERT INTO opsdesk.message_templates (id, name, language, status) VALUES
    ('{t1}', 'order_update', 'en', 'APPROVED'), ('{t2}', 'old_promo', 'en', 'PAUSED');
INSERT INTO opsdesk.api_keys (id, prefix, secret_hash, name, scopes, created_by, revoked_at) VALUES
    ('{k_active}', 'odk_active', sha256('a'::bytea), 'Shop', '{orders:write}', '{admin}', NULL),
    ('{k_revoked}', 'odk_revoked', sha256('b'::bytea), 'Old', '{orders:write}', '{admin}', now());
INSERT INTO opsdesk.jobs (id, queue, payload, status, attempts, max_attempts, last_error)
VALUES (3001, 'whatsapp.send', '{}', 'dead', 6, 6, '500 Something went wrong');
INSERT INTO opsdesk.jobs (id, queue, payload) VALUES (3002, 'whatsapp.send', '{}');
INSERT INTO opsdesk.canned_responses (id, shortcut, title, body, created_by) VALUES
    ('{cr1}', 'thanks', 'Thanks', 'Thank you!', '{support2}');
INSERT INTO opsdesk.conversation_viewers (conversation_id, person_id) VALUES ('{v1}', '{support2}');
SELECT opsdesk.register_metric_series('mx_external', 'External', '', '');
INSERT INTO opsdesk.metric_samples (series_id, at, value)
SELECT id, now() - interval '1 minute', 1 FROM opsdesk.metric_series WHERE name = 'mx_external';
INSERT INTO opsdesk.serve_instances (instance, started_at) VALUES ('mx:1:1', now());
INSERT INTO opsdesk.response_times (conversation_id, responded_at, waited_seconds)
VALUES ('{v1}', now(), 12);
INSERT INTO opsdesk.alert_rules (id, name, series_id, comparator, threshold)
SELECT '{ar1}', 'Matrix rule', id, '>', 1 FROM opsdesk.metric_series WHERE name = 'mx_external';
INSERT INTO opsdesk.alert_rule_states (rule_id, state, since, evaluated_at)
VALUES ('{ar1}', 'normal', now(), now());
INSERT INTO opsdesk.incidents (id, title, severity, opened_by)
VALUES ('{in1}', 'Matrix incident', 'high', '{admin}');
INSERT INTO opsdesk.incidents (id, title, severity, source, alert_rule_id, dedup_key)
VALUES ('{in2}', 'Rule incident', 'high', 'alert_rule', '{ar1}', 'alert_rule:{ar1}');
-- What a later migration adds: not executable by anyone it is not granted to.
CREATE FUNCTION opsdesk.added_later() RETURNS int LANGUAGE sql AS 'SELECT 1';
)"_s));

        for (int role = 0; role < RoleCount; ++role) {
            m_db[role] =
                openConnection(m_configs[role], u"mx-"_s + QLatin1String(kRoleNames[role]));
        }
    }

    void cleanupTestCase()
    {
        for (auto &db : m_db) {
            closeConnection(db);
        }
        closeConnection(m_ownerDb);
    }

    // ---------------------------------------------------------------------------------------
    // Role × table × operation

    void matrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("rows");
        for (const Cell &cell : kMatrix) {
            for (int role = 0; role < RoleCount; ++role) {
                const QString what =
                    *cell.what ? u" ("_s + QLatin1String(cell.what) + u')' : QString();
                QTest::addRow("%s %s%s as %s", cell.table, cell.op, qPrintable(what),
                              kRoleNames[role])
                    << role << resolve(QString::fromUtf8(cell.sql))
                    << int(cell.expect[role].outcome) << cell.expect[role].rows;
            }
        }
    }

    void matrix()
    {
        QFETCH(int, role);
        QFETCH(QString, sql);
        QFETCH(int, outcome);
        QFETCH(int, rows);

        const Attempt result = attempt(m_db[role], sql);
        const QString detail = u"%1\n-> %2 %3"_s.arg(sql, result.sqlState, result.message);
        switch (Outcome(outcome)) {
        case Outcome::Rows:
            QVERIFY2(result.ok, qPrintable(detail));
            QCOMPARE(result.rows, rows == kAsOwner ? ownerRows(sql) : rows);
            break;
        case Outcome::Filtered:
            QVERIFY2(result.ok, qPrintable(detail));
            QCOMPARE(result.rows, 0);
            // ... although there is something to see or change.
            QVERIFY(ownerRows(sql) > 0);
            break;
        case Outcome::Denied:
            QVERIFY2(!result.ok, qPrintable(u"allowed (%1 rows): %2"_s.arg(result.rows).arg(sql)));
            QCOMPARE(result.sqlState, u"42501"_s);
            QVERIFY2(result.message.contains(u"permission denied"_s), qPrintable(detail));
            break;
        case Outcome::PolicyDenied:
            QVERIFY2(!result.ok, qPrintable(u"allowed (%1 rows): %2"_s.arg(result.rows).arg(sql)));
            QCOMPARE(result.sqlState, u"42501"_s);
            QVERIFY2(result.message.contains(u"row-level security policy"_s), qPrintable(detail));
            break;
        case Outcome::RuleDenied:
            QVERIFY2(!result.ok, qPrintable(u"allowed (%1 rows): %2"_s.arg(result.rows).arg(sql)));
            QCOMPARE(result.sqlState, u"ODM01"_s);
            break;
        }
    }

    // ---------------------------------------------------------------------------------------
    // Escalation attempts, each refused by the database

    void escalationIsRefused_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("sqlState");
        QTest::addColumn<QString>("message");

        const QString denied = u"42501"_s;
        const QString create =
            u"SELECT opsdesk.create_person('mx_new', 'new@example.com', 'New', '%1',"
            u" '{verifier}')"_s;
        const auto row = [this](const QByteArray &name, Role role, const QString &sql,
                                const QString &state, const QString &message) {
            QTest::newRow(name.constData()) << int(role) << resolve(sql) << state << message;
        };

        // People functions: only admins, only a super admin for admins, nobody on themselves.
        for (const auto &[role, who] :
             {std::pair{Support, "support"}, std::pair{Manager, "manager"},
              std::pair{Service, "service"}}) {
            const auto name = [who](const char *what) -> QByteArray {
                return QByteArray(who) + ' ' + what;
            };
            row(name("creates a person"), role, create.arg(u"support"_s), denied,
                u"permission denied for function create_person"_s);
            row(name("promotes a colleague"), role,
                u"SELECT opsdesk.set_person_role('{support2}', 'admin')"_s, denied,
                u"permission denied for function set_person_role"_s);
            row(name("deactivates a colleague"), role,
                u"SELECT opsdesk.deactivate_person('{support2}')"_s, denied,
                u"permission denied for function deactivate_person"_s);
            row(name("reactivates a colleague"), role,
                u"SELECT opsdesk.reactivate_person('{support2}')"_s, denied,
                u"permission denied for function reactivate_person"_s);
            row(name("resets a password"), role,
                u"SELECT opsdesk.reset_person_password('{support2}', '{verifier}')"_s, denied,
                u"permission denied for function reset_person_password"_s);
            row(name("locks a person's row"), role,
                u"SELECT opsdesk.person_for_update('{support2}')"_s, denied,
                u"permission denied for function person_for_update"_s);
        }
        const QString onlySuper = u"only a super admin manages admins"_s;
        row("admin creates an admin", Admin, create.arg(u"admin"_s), denied, onlySuper);
        row("admin creates a super admin", Admin, create.arg(u"super_admin"_s), denied, onlySuper);
        row("admin promotes support to admin", Admin,
            u"SELECT opsdesk.set_person_role('{support2}', 'admin')"_s, denied, onlySuper);
        row("admin demotes another admin", Admin,
            u"SELECT opsdesk.set_person_role('{admin2}', 'support')"_s, denied, onlySuper);
        row("admin promotes themselves", Admin,
            u"SELECT opsdesk.set_person_role('{admin}', 'super_admin')"_s, denied,
            u"cannot change your own role"_s);
        row("admin deactivates another admin", Admin,
            u"SELECT opsdesk.deactivate_person('{admin2}')"_s, denied, onlySuper);
        row("admin deactivates the super admin", Admin,
            u"SELECT opsdesk.deactivate_person('{super}')"_s, denied, onlySuper);
        row("admin deactivates themselves", Admin, u"SELECT opsdesk.deactivate_person('{admin}')"_s,
            denied, u"cannot deactivate yourself"_s);
        row("admin resets the super admin's password", Admin,
            u"SELECT opsdesk.reset_person_password('{super}', '{verifier}')"_s, denied, onlySuper);
        row("super admin demotes themselves", SuperAdmin,
            u"SELECT opsdesk.set_person_role('{super}', 'support')"_s, denied,
            u"you cannot change your own role"_s);
        row("super admin deactivates themselves", SuperAdmin,
            u"SELECT opsdesk.deactivate_person('{super}')"_s, denied,
            u"you cannot deactivate yourself"_s);
        row("admin calls the manage check", Admin,
            u"SELECT opsdesk.assert_may_manage(NULL, 'support')"_s, denied,
            u"permission denied for function assert_may_manage"_s);

        // Roles and session identity.
        const QString setRole = u"permission denied to set role"_s;
        row("support SET ROLE opsdesk_admin", Support, u"SET ROLE opsdesk_admin"_s, denied,
            setRole);
        row("support SET ROLE opsdesk_people_admin", Support, u"SET ROLE opsdesk_people_admin"_s,
            denied, setRole);
        row("support SET ROLE opsdesk_service", Support, u"SET ROLE opsdesk_service"_s, denied,
            setRole);
        row("manager SET ROLE opsdesk_admin", Manager, u"SET ROLE opsdesk_admin"_s, denied,
            setRole);
        row("admin SET ROLE opsdesk_people_admin", Admin, u"SET ROLE opsdesk_people_admin"_s,
            denied, setRole);
        row("support SET SESSION AUTHORIZATION", Support, u"SET SESSION AUTHORIZATION mx_admin"_s,
            denied, u"permission denied to set session authorization"_s);
        row("support GRANT opsdesk_admin TO self", Support, u"GRANT opsdesk_admin TO mx_support"_s,
            denied, u"must have admin option on role"_s);
        row("admin GRANT opsdesk_admin TO a support person", Admin,
            u"GRANT opsdesk_admin TO mx_support2"_s, denied, u"must have admin option on role"_s);
        row("admin GRANT opsdesk_people_admin TO self", Admin,
            u"GRANT opsdesk_people_admin TO mx_admin"_s, denied,
            u"must have admin option on role"_s);
        row("support ALTER ROLE self CREATEROLE", Support, u"ALTER ROLE mx_support CREATEROLE"_s,
            denied, u"permission denied"_s);
        row("support ALTER ROLE self SUPERUSER", Support, u"ALTER ROLE mx_support SUPERUSER"_s,
            denied, u"must be superuser"_s);
        row("admin ALTER ROLE self BYPASSRLS", Admin, u"ALTER ROLE mx_admin BYPASSRLS"_s, denied,
            u"must be superuser"_s);
        row("admin ALTER ROLE disables a colleague's login", Admin,
            u"ALTER ROLE mx_support2 NOLOGIN"_s, denied, u"permission denied"_s);
        row("support makes a forged on_behalf_of their default", Support,
            u"ALTER ROLE mx_support SET opsdesk.on_behalf_of = 'api-key:odk_forged'"_s, denied,
            u"permission denied to set parameter"_s);
        row("support skips triggers (session_replication_role)", Support,
            u"SET session_replication_role = replica"_s, denied,
            u"permission denied to set parameter"_s);

        // The audit trail: append-only, written by triggers only.
        row("admin UPDATE audit_log", Admin, u"UPDATE opsdesk.audit_log SET changes = '{}'"_s,
            denied, u"permission denied for table audit_log"_s);
        row("admin DELETE audit_log", Admin, u"DELETE FROM opsdesk.audit_log"_s, denied,
            u"permission denied for table audit_log"_s);
        row("super admin UPDATE audit_log", SuperAdmin,
            u"UPDATE opsdesk.audit_log SET actor = 'nobody'"_s, denied,
            u"permission denied for table audit_log"_s);
        row("super admin DELETE audit_log", SuperAdmin, u"DELETE FROM opsdesk.audit_log"_s, denied,
            u"permission denied for table audit_log"_s);
        row("super admin TRUNCATE audit_log", SuperAdmin, u"TRUNCATE opsdesk.audit_log"_s, denied,
            u"permission denied for table audit_log"_s);
        row("admin forges an audit entry", Admin,
            u"INSERT INTO opsdesk.audit_log (actor, action, resource_type)"
            u" VALUES ('mx_support2', 'delete', 'contacts')"_s,
            denied, u"permission denied for table audit_log"_s);
        row("service forges an audit entry", Service,
            u"INSERT INTO opsdesk.audit_log (actor, action, resource_type)"
            u" VALUES ('mx_admin', 'delete', 'contacts')"_s,
            denied, u"permission denied for table audit_log"_s);
        row("admin DELETE with opsdesk.audit_retention on", Admin,
            u"SET opsdesk.audit_retention = 'on'; DELETE FROM opsdesk.audit_log"_s, denied,
            u"permission denied for table audit_log"_s);
        row("service DELETE with opsdesk.audit_retention on", Service,
            u"SET opsdesk.audit_retention = 'on'; DELETE FROM opsdesk.audit_log"_s, denied,
            u"permission denied for table audit_log"_s);
        row("admin DISABLE TRIGGER audit_update", Admin,
            u"ALTER TABLE opsdesk.contacts DISABLE TRIGGER audit_update"_s, denied,
            u"must be owner of table contacts"_s);
        row("admin DISABLE TRIGGER audit_log_append_only", Admin,
            u"ALTER TABLE opsdesk.audit_log DISABLE TRIGGER audit_log_append_only"_s, denied,
            u"must be owner of table audit_log"_s);
        row("admin DROP TRIGGER audit_update", Admin,
            u"DROP TRIGGER audit_update ON opsdesk.contacts"_s, denied,
            u"must be owner of relation contacts"_s);
        row("super admin CREATE TRIGGER on audit_log", SuperAdmin,
            u"CREATE TRIGGER mine BEFORE DELETE ON opsdesk.audit_log FOR EACH ROW"
            u" EXECUTE FUNCTION opsdesk.audit_capture()"_s,
            denied, u"permission denied for table audit_log"_s);
        row("admin DISABLE ROW LEVEL SECURITY", Admin,
            u"ALTER TABLE opsdesk.messages DISABLE ROW LEVEL SECURITY"_s, denied,
            u"must be owner of table messages"_s);
        row("admin DROP POLICY", Admin, u"DROP POLICY staff_read ON opsdesk.messages"_s, denied,
            u"must be owner of relation messages"_s);
        row("admin prune_audit_log", Admin, u"SELECT opsdesk.prune_audit_log('30 days')"_s, denied,
            u"permission denied for function prune_audit_log"_s);
        row("support prune_audit_log", Support, u"SELECT opsdesk.prune_audit_log('365 days')"_s,
            denied, u"permission denied for function prune_audit_log"_s);
        const QString thirtyDays = u"audit retention must keep at least 30 days"_s;
        row("service prune_audit_log 29 days", Service,
            u"SELECT opsdesk.prune_audit_log('29 days')"_s, u"22023"_s, thirtyDays);
        row("service prune_audit_log '-12 mons 390 days' (25 days)", Service,
            u"SELECT opsdesk.prune_audit_log('-12 mons 390 days')"_s, u"22023"_s, thirtyDays);
        row("service prune_audit_log NULL", Service, u"SELECT opsdesk.prune_audit_log(NULL)"_s,
            u"22023"_s, thirtyDays);

        // The change feed and the schema.
        row("support writes change_log", Support,
            u"INSERT INTO opsdesk.change_log (tbl, op, pk) VALUES ('contacts', 'D', '{c1}')"_s,
            denied, u"permission denied for table change_log"_s);
        row("support prunes change_log", Support, u"SELECT opsdesk.prune_change_log('0')"_s, denied,
            u"permission denied for function prune_change_log"_s);
        row("admin prunes change_log", Admin, u"SELECT opsdesk.prune_change_log('0')"_s, denied,
            u"permission denied for function prune_change_log"_s);
        row("support runs webhook processing", Support,
            u"SELECT opsdesk.process_pending_webhook_events(10)"_s, denied,
            u"permission denied for function process_pending_webhook_events"_s);
        row("admin attaches triggers", Admin, u"SELECT opsdesk.enable_audit('opsdesk.contacts')"_s,
            denied, u"permission denied for function enable_audit"_s);
        row("support creates a table", Support, u"CREATE TABLE opsdesk.shadow (x int)"_s, denied,
            u"permission denied for schema opsdesk"_s);
        row("admin creates a function", Admin,
            u"CREATE FUNCTION opsdesk.mine() RETURNS int LANGUAGE sql AS 'SELECT 1'"_s, denied,
            u"permission denied for schema opsdesk"_s);
        row("support calls a function added by a later migration", Support,
            u"SELECT opsdesk.added_later()"_s, denied,
            u"permission denied for function added_later"_s);
        row("service calls a function added by a later migration", Service,
            u"SELECT opsdesk.added_later()"_s, denied,
            u"permission denied for function added_later"_s);

        // Rows: ids never change (the audit pairs old and new rows by id), names are not forged.
        // Support has no UPDATE on contacts.id at all (column grants); admins do, and the
        // trigger still refuses.
        row("support changes a contact's id", Support,
            u"UPDATE opsdesk.contacts SET id = gen_random_uuid(), profile_name = 'Gone'"
            u" WHERE id = '{c2}'"_s,
            denied, u"permission denied for table contacts"_s);
        row("admin changes a contact's id", Admin,
            u"UPDATE opsdesk.contacts SET id = gen_random_uuid(), profile_name = 'Gone'"
            u" WHERE id = '{c2}'"_s,
            denied, u"the id of a contacts row never changes"_s);
        row("admin changes a message's id", Admin,
            u"UPDATE opsdesk.messages SET id = gen_random_uuid() WHERE kind = 'note'"
            u" AND author_id = opsdesk.current_person_id()"_s,
            denied, u"the id of a messages row never changes"_s);
        row("support writes in a colleague's name", Support,
            u"INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, author_id)"
            u" VALUES ('{v1}', 'outbound', 'note', 'Not mine', '{support2}')"_s,
            denied, u"row-level security policy"_s);
        row("support writes an inbound message", Support,
            u"INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, author_id)"
            u" VALUES ('{v1}', 'inbound', 'text', 'Refund me', opsdesk.current_person_id())"_s,
            denied, u"row-level security policy"_s);
        row("support reads people's e-mail addresses", Support,
            u"SELECT email FROM opsdesk.admin_users"_s, denied,
            u"permission denied for table admin_users"_s);
        row("manager reads API key hashes", Manager, u"SELECT secret_hash FROM opsdesk.api_keys"_s,
            denied, u"permission denied for table api_keys"_s);
    }

    void escalationIsRefused()
    {
        QFETCH(int, role);
        QFETCH(QString, sql);
        QFETCH(QString, sqlState);
        QFETCH(QString, message);
        const DatabaseError error = scriptError(m_db[role], sql);
        QVERIFY2(!error.message().isEmpty(), qPrintable(u"not refused: "_s + sql));
        QVERIFY2(error.sqlState() == sqlState, qPrintable(u"SQLSTATE %1, expected %2: %3"_s.arg(
                                                   error.sqlState(), sqlState, error.message())));
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
    }

    /// The counterparts of the refusals above work, so a refusal is never just a broken function.
    void peopleFunctionsWorkForThoseAllowed()
    {
        const auto succeeds = [](const QSqlDatabase &db, const QString &script) {
            const DatabaseError error = scriptError(db, script);
            return error.message().isEmpty() ? QString() : error.message() + u"\n"_s + script;
        };
        const auto check = [](const QString &problem) { return problem.isEmpty(); };
        // An admin manages support and manager accounts end to end.
        QString problem = succeeds(m_db[Admin], resolve(uR"(
DO $$
DECLARE
    person uuid := opsdesk.create_person('mx_made_by_admin', 'made@example.com', 'Made', 'support',
                                         '{verifier}');
BEGIN
    ASSERT pg_has_role('mx_made_by_admin', 'opsdesk_support', 'MEMBER');
    PERFORM opsdesk.set_person_role(person, 'manager');
    ASSERT pg_has_role('mx_made_by_admin', 'opsdesk_manager', 'MEMBER');
    ASSERT NOT pg_has_role('mx_made_by_admin', 'opsdesk_support', 'MEMBER');
    PERFORM opsdesk.reset_person_password(person, '{verifier}');
    ASSERT opsdesk.deactivate_person(person) = 0;
    ASSERT NOT (SELECT rolcanlogin FROM pg_roles WHERE rolname = 'mx_made_by_admin');
    PERFORM opsdesk.reactivate_person(person);
    ASSERT (SELECT rolcanlogin FROM pg_roles WHERE rolname = 'mx_made_by_admin');
END
$$)"_s));
        QVERIFY2(check(problem), qPrintable(problem));
        // A super admin manages admins.
        problem = succeeds(m_db[SuperAdmin], resolve(uR"(
DO $$
BEGIN
    PERFORM opsdesk.create_person('mx_made_by_super', 'super-made@example.com', 'Made', 'admin',
                                  '{verifier}');
    ASSERT pg_has_role('mx_made_by_super', 'opsdesk_admin', 'MEMBER');
    PERFORM opsdesk.set_person_role('{support2}', 'admin');
    ASSERT pg_has_role('mx_support2', 'opsdesk_admin', 'MEMBER');
    PERFORM opsdesk.set_person_role('{admin2}', 'super_admin');
    PERFORM opsdesk.reset_person_password('{admin2}', '{verifier}');
END
$$)"_s));
        QVERIFY2(check(problem), qPrintable(problem));
        // Everything above was rolled back.
        QCOMPARE(
            scalar(m_ownerDb, u"SELECT count(*) FROM pg_roles WHERE rolname LIKE 'mx_made_by_%'"_s),
            u"0"_s);
    }

    /// Deactivation locks a person out of the database itself: the open session ends and signing
    /// in again (psql included) is refused.
    void deactivationEndsSessionsAndSignIns()
    {
        const DatabaseConfig leaver =
            testsupport::createPerson(m_owner, u"mx_leaver"_s, u"support"_s);
        QSqlDatabase leaverDb = openConnection(leaver, u"mx-leaver"_s);
        QCOMPARE(scalar(leaverDb, u"SELECT session_user::text"_s), u"mx_leaver"_s);
        const QString id =
            scalar(m_ownerDb, u"SELECT id FROM opsdesk.admin_users WHERE db_role = 'mx_leaver'"_s);

        QCOMPARE(scalar(m_db[Admin], u"SELECT opsdesk.deactivate_person(?::uuid)"_s, {id}), u"1"_s);
        // pg_terminate_backend only signals; wait until the backend is gone.
        QVERIFY(QTest::qWaitFor(
            [this] {
                return scalar(m_ownerDb, u"SELECT count(*) FROM pg_stat_activity"
                                         u" WHERE usename = 'mx_leaver'"_s) == u"0";
            },
            20000));
        try {
            scalar(leaverDb, u"SELECT 1"_s);
            QFAIL("the deactivated person's session still answers");
        } catch (const DatabaseError &error) {
            QVERIFY2(isConnectionLoss(error), qPrintable(error.message()));
        }
        closeConnection(leaverDb);
        try {
            QSqlDatabase again = openConnection(leaver, u"mx-leaver-again"_s);
            QFAIL("a deactivated person signed in");
        } catch (const DatabaseError &error) {
            QVERIFY2(error.message().contains(u"is not permitted to log in"_s),
                     qPrintable(error.message()));
        }
        // The trail says who did it.
        QCOMPARE(scalar(m_ownerDb,
                        u"SELECT actor || ' ' || (changes->'is_active'->>'new') FROM"
                        u" opsdesk.audit_log WHERE resource_type = 'admin_users'"
                        u" AND resource_id = ? AND action = 'update' ORDER BY id DESC LIMIT 1"_s,
                        {id}),
                 u"mx_admin false"_s);
    }

    // ---------------------------------------------------------------------------------------
    // The audit trail

    void auditTrailRecordsExactlyWhatChanged()
    {
        const auto owner = testsupport::freshDatabase(u"security_audit"_s);
        DatabaseConfig support = testsupport::createPerson(owner, u"au_support"_s, u"support"_s);
        DatabaseConfig admin = testsupport::createPerson(owner, u"au_admin"_s, u"admin"_s);
        support.applicationName = u"opsdesk-audit-support"_s;
        admin.applicationName = u"opsdesk-audit-admin"_s;
        QSqlDatabase ownerDb = openConnection(owner, u"au-owner"_s);
        QSqlDatabase supportDb = openConnection(support, u"au-support"_s);
        QSqlDatabase adminDb = openConnection(admin, u"au-admin"_s);
        const auto cleanup = qScopeGuard([&] {
            closeConnection(supportDb);
            closeConnection(adminDb);
            closeConnection(ownerDb);
        });

        execScript(ownerDb, withIds(uR"(
INSERT INTO opsdesk.contacts (id, wa_id, profile_name)
VALUES ('{c1}', '4915100000001', 'Ana Costa');
INSERT INTO opsdesk.conversations (id, contact_id, business_phone_id)
VALUES ('{v1}', '{c1}', 'phone-1');
INSERT INTO opsdesk.messages (id, conversation_id, direction, kind, body, wa_message_id, created_at)
VALUES ('{m_in}', '{v1}', 'inbound', 'text', 'Where is my order?', 'wamid.in-1',
        now() - interval '1 hour');
)"_s));
        const QString baseline = scalar(ownerDb, u"SELECT max(id) FROM opsdesk.audit_log"_s);
        const QString inboundRow = scalar(
            ownerDb, withIds(u"SELECT to_jsonb(m) FROM opsdesk.messages m WHERE id = '{m_in}'"_s));
        const QString inboundAt = scalar(
            ownerDb,
            withIds(u"SELECT to_jsonb(created_at) FROM opsdesk.messages WHERE id = '{m_in}'"_s));

        // The scripted sequence, each step by a real person over TCP.
        const QString contact =
            scalar(supportDb, u"INSERT INTO opsdesk.contacts (wa_id, profile_name) VALUES "
                              u"('4915100000002', 'Ben Okafor')"
                              u" RETURNING id"_s);
        exec(supportDb, withIds(u"UPDATE opsdesk.conversations SET status = 'pending',"
                                u" labels = ARRAY['vip', 'billing'] WHERE id = '{v1}'"_s));
        const QString note =
            scalar(supportDb,
                   withIds(u"INSERT INTO opsdesk.messages (conversation_id, direction, kind, body,"
                           u" author_id) VALUES ('{v1}', 'outbound', 'note', 'Asked for the"
                           u" invoice', opsdesk.current_person_id()) RETURNING id"_s));
        exec(supportDb,
             u"UPDATE opsdesk.messages SET body = 'Asked for the invoice twice'"
             u" WHERE id = ?::uuid"_s,
             {note});
        const QString reply =
            scalar(supportDb,
                   withIds(u"INSERT INTO opsdesk.messages (conversation_id, direction, kind, body,"
                           u" status, author_id) VALUES ('{v1}', 'outbound', 'text', 'On its way',"
                           u" 'queued', opsdesk.current_person_id()) RETURNING id"_s));
        // Changes nothing: no entry.
        exec(supportDb, withIds(u"UPDATE opsdesk.conversations SET status = status,"
                                u" labels = labels WHERE id = '{v1}'"_s));
        exec(supportDb, u"UPDATE opsdesk.contacts SET profile_name = 'Nobody'"
                        u" WHERE wa_id = 'no-such-contact'"_s);
        exec(adminDb, withIds(u"DELETE FROM opsdesk.messages WHERE id = '{m_in}'"_s));

        struct Entry {
            QString actor;
            QString app;
            QString action;
            QString type;
            QString id;
            QString changes; ///< SQL computing the expected changes (jsonb), run by the owner
        };
        const QString supportApp = support.applicationName;
        const QString adminApp = admin.applicationName;
        const QList<Entry> expected{
            {u"au_support"_s, supportApp, u"insert"_s, u"contacts"_s, contact,
             u"SELECT to_jsonb(c) FROM opsdesk.contacts c WHERE id = '%1'"_s.arg(contact)},
            {u"au_support"_s, supportApp, u"update"_s, u"conversations"_s, rowId(u"v1"_s),
             uR"(SELECT '{"status": {"old": "open", "new": "pending"},
                 "labels": {"old": [], "new": ["vip", "billing"]}}'::jsonb)"_s},
            {u"au_support"_s, supportApp, u"insert"_s, u"messages"_s, note,
             u"SELECT to_jsonb(m) || '{\"body\": \"Asked for the invoice\"}'"
             u" FROM opsdesk.messages m WHERE id = '%1'"_s.arg(note)},
            {u"au_support"_s, supportApp, u"update"_s, u"messages"_s, note,
             uR"(SELECT '{"body": {"old": "Asked for the invoice",
                 "new": "Asked for the invoice twice"}}'::jsonb)"_s},
            // The reply's insert moves the conversation's summary (a trigger, in the reply's
            // statement, by the same person) before the reply's own entry is written.
            {u"au_support"_s, supportApp, u"update"_s, u"conversations"_s, rowId(u"v1"_s),
             uR"(SELECT jsonb_build_object(
                 'last_message_at',
                     jsonb_build_object('old', '%1'::jsonb, 'new', to_jsonb(m.created_at)),
                 'last_message_preview',
                     '{"old": "Where is my order?", "new": "On its way"}'::jsonb,
                 'last_message_direction', '{"old": "inbound", "new": "outbound"}'::jsonb,
                 'waiting_since', jsonb_build_object('old', '%1'::jsonb, 'new', null))
                 FROM opsdesk.messages m WHERE id = '%2')"_s.arg(inboundAt, reply)},
            {u"au_support"_s, supportApp, u"insert"_s, u"messages"_s, reply,
             u"SELECT to_jsonb(m) FROM opsdesk.messages m WHERE id = '%1'"_s.arg(reply)},
            {u"au_admin"_s, adminApp, u"delete"_s, u"messages"_s, rowId(u"m_in"_s),
             u"SELECT '%1'::jsonb"_s.arg(QString(inboundRow).replace(u'\'', u"''"_s))},
        };

        auto entries = exec(ownerDb,
                            u"SELECT id, actor, on_behalf_of, action, resource_type,"
                            u" resource_id, changes::text, host(client_addr),"
                            u" application_name FROM opsdesk.audit_log WHERE id > ?"
                            u" ORDER BY id"_s,
                            {baseline});
        int index = 0;
        QStringList unexpected;
        struct Actual {
            QString id;
            QString changes;
        };
        QList<Actual> actual;
        while (entries.next()) {
            const QString line =
                u"%1 %2 %3 %4 %5"_s.arg(entries.value(1).toString(), entries.value(3).toString(),
                                        entries.value(4).toString(), entries.value(5).toString(),
                                        entries.value(6).toString());
            if (index >= expected.size()) {
                unexpected << line;
                ++index;
                continue;
            }
            const Entry &want = expected[index++];
            QVERIFY2(entries.value(1).toString() == want.actor, qPrintable(line));
            QVERIFY2(entries.value(2).isNull(), qPrintable(line)); // nobody acted for a key
            QVERIFY2(entries.value(3).toString() == want.action, qPrintable(line));
            QVERIFY2(entries.value(4).toString() == want.type, qPrintable(line));
            QVERIFY2(entries.value(5).toString() == want.id, qPrintable(line));
            QCOMPARE(entries.value(7).toString(), u"127.0.0.1"_s);
            QCOMPARE(entries.value(8).toString(), want.app);
            actual.append({entries.value(0).toString(), entries.value(6).toString()});
        }
        throwIfIncomplete(entries);
        entries = QSqlQuery();
        QVERIFY2(unexpected.isEmpty(),
                 qPrintable(u"unexpected entries:\n"_s + unexpected.join(u'\n')));
        QCOMPARE(index, expected.size());

        // The changes, compared as jsonb by the server: only changed fields, as {"old", "new"}.
        for (int i = 0; i < expected.size(); ++i) {
            const QString wanted = scalar(ownerDb, expected[i].changes);
            QVERIFY2(!wanted.isEmpty(), qPrintable(expected[i].changes));
            const QString same =
                scalar(ownerDb, u"SELECT ?::jsonb = ?::jsonb"_s, {actual[i].changes, wanted});
            QVERIFY2(same == u"true"_s,
                     qPrintable(u"entry %1 (%2 %3):\n  got      %4\n  expected %5"_s.arg(
                         actual[i].id, expected[i].action, expected[i].type, actual[i].changes,
                         wanted)));
        }
    }

    /// opsdesk.on_behalf_of is a setting anyone may set; only opsdeskd's is believed.
    void onBehalfOfIsKeptOnlyForTheService()
    {
        const auto owner = testsupport::freshDatabase(u"security_behalf"_s);
        const DatabaseConfig support =
            testsupport::createPerson(owner, u"ob_support"_s, u"support"_s);
        const DatabaseConfig service = createServiceLogin(owner, u"ob_service"_s);
        testsupport::execAsSuperuser(
            owner,
            withIds(
                u"INSERT INTO opsdesk.contacts (id, wa_id) VALUES ('{c1}', '4915100000001')"_s));

        QSqlDatabase supportDb = openConnection(support, u"ob-support"_s);
        // (Making it the role's default with ALTER ROLE ... SET is refused by PostgreSQL itself,
        // see escalationIsRefused.)
        execScript(supportDb, withIds(u"SET opsdesk.on_behalf_of = 'api-key:odk_forged';"
                                      u" UPDATE opsdesk.contacts SET profile_name = 'By a person'"
                                      u" WHERE id = '{c1}'"_s));
        // The way opsdeskd sets it, for one transaction.
        execScript(
            supportDb,
            withIds(u"BEGIN; SELECT set_config('opsdesk.on_behalf_of', 'api-key:odk_forged2',"
                    u" true); UPDATE opsdesk.contacts SET profile_name = 'Again'"
                    u" WHERE id = '{c1}'; COMMIT"_s));
        closeConnection(supportDb);

        QSqlDatabase serviceDb = openConnection(service, u"ob-service"_s);
        execScript(serviceDb,
                   withIds(u"BEGIN; SELECT set_config('opsdesk.on_behalf_of', 'api-key:odk_real',"
                           u" true); UPDATE opsdesk.contacts SET profile_name = 'By a key'"
                           u" WHERE id = '{c1}'; COMMIT"_s));
        closeConnection(serviceDb);

        QSqlDatabase ownerDb = openConnection(owner, u"ob-owner"_s);
        auto entries = exec(ownerDb, u"SELECT actor, coalesce(on_behalf_of, '-') FROM"
                                     u" opsdesk.audit_log WHERE resource_type = 'contacts'"
                                     u" AND action = 'update' ORDER BY id"_s);
        QStringList got;
        while (entries.next()) {
            got << entries.value(0).toString() + u' ' + entries.value(1).toString();
        }
        entries = QSqlQuery();
        closeConnection(ownerDb);
        QCOMPARE(got, (QStringList{u"ob_support -"_s, u"ob_support -"_s,
                                   u"ob_service api-key:odk_real"_s}));
    }

    /// Retention: at least 30 days stay, whatever interval is passed; nothing else deletes.
    void pruningKeepsThirtyDaysAndNothingElseDeletes()
    {
        const auto owner = testsupport::freshDatabase(u"security_prune"_s);
        const DatabaseConfig service = createServiceLogin(owner, u"pr_service"_s);
        QSqlDatabase ownerDb = openConnection(owner, u"pr-owner"_s);
        QSqlDatabase serviceDb = openConnection(service, u"pr-service"_s);
        const auto cleanup = qScopeGuard([&] {
            closeConnection(serviceDb);
            closeConnection(ownerDb);
        });
        execScript(ownerDb, uR"(
INSERT INTO opsdesk.audit_log (at, actor, action, resource_type, resource_id) VALUES
    (now() - interval '26 days', 'someone', 'update', 'contacts', 'kept-26'),
    (now() - interval '29 days', 'someone', 'update', 'contacts', 'kept-29'),
    (now() - interval '31 days', 'someone', 'update', 'contacts', 'old-31'))"_s);
        const auto remaining = [&ownerDb] {
            return scalar(ownerDb, u"SELECT string_agg(resource_id, ',' ORDER BY id) FROM"
                                   u" opsdesk.audit_log WHERE actor = 'someone'"_s);
        };

        // Even the owner cannot rewrite or empty the trail (the guard trigger, not a grant).
        for (const QString &sql :
             {u"UPDATE opsdesk.audit_log SET actor = 'nobody'"_s,
              u"DELETE FROM opsdesk.audit_log"_s, u"TRUNCATE opsdesk.audit_log"_s}) {
            const DatabaseError error = scriptError(ownerDb, sql);
            QCOMPARE(error.sqlState(), u"42501"_s);
            QVERIFY2(error.message().contains(u"append-only"_s), qPrintable(error.message()));
        }

        // The owner may empty a business table (no role is granted TRUNCATE), but not unseen.
        execScript(ownerDb, u"TRUNCATE opsdesk.message_templates"_s);
        QCOMPARE(scalar(ownerDb, u"SELECT count(*) FROM opsdesk.audit_log WHERE action = "
                                 u"'truncate' AND resource_type = 'message_templates'"_s),
                 u"1"_s);

        // An interval that compares as 30 days but reaches back only 25 is refused.
        const DatabaseError tooShort =
            scriptError(serviceDb, u"SELECT opsdesk.prune_audit_log('-12 mons 390 days')"_s);
        QCOMPARE(tooShort.sqlState(), u"22023"_s);
        QCOMPARE(remaining(), u"kept-26,kept-29,old-31"_s);

        QCOMPARE(scalar(serviceDb, u"SELECT opsdesk.prune_audit_log('30 days')"_s), u"1"_s);
        QCOMPARE(remaining(), u"kept-26,kept-29"_s);
        // The pruning is itself on the record, by the role that ran it.
        QCOMPARE(scalar(ownerDb, u"SELECT actor || ' ' || (changes->>'deleted') FROM"
                                 u" opsdesk.audit_log WHERE action = 'prune'"_s),
                 u"pr_service 1"_s);
    }

    // ---------------------------------------------------------------------------------------
    // The change feed under each person's own role

    void changeFeedFollowsTableVisibility()
    {
        const auto owner = testsupport::freshDatabase(u"security_feed"_s);
        const DatabaseConfig support =
            testsupport::createPerson(owner, u"fd_support"_s, u"support"_s);
        const DatabaseConfig manager =
            testsupport::createPerson(owner, u"fd_manager"_s, u"manager"_s);

        QHash<QString, QList<Change>> delivered; // person → changes, in delivery order
        ChangeFeed supportFeed(support);
        ChangeFeed managerFeed(manager);
        for (auto [feed, who] :
             {std::pair{&supportFeed, u"support"_s}, std::pair{&managerFeed, u"manager"_s}}) {
            feed->setPollInterval(200);
            connect(feed, &ChangeFeed::changes, this,
                    [&delivered, who](const QList<Change> &batch) { delivered[who] += batch; });
            feed->start();
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                return supportFeed.state() == ChangeFeed::State::Live &&
                       managerFeed.state() == ChangeFeed::State::Live;
            },
            20000));

        // Owner changes to tables support may and may not read; each also writes audit_log.
        QSqlDatabase ownerDb = openConnection(owner, u"fd-owner"_s);
        execScript(ownerDb, withIds(uR"(
INSERT INTO opsdesk.contacts (id, wa_id, profile_name)
VALUES ('{c1}', '4915100000001', 'Ana Costa');
INSERT INTO opsdesk.api_keys (id, prefix, secret_hash, name, scopes)
VALUES ('{k_active}', 'odk_feed', sha256('s'::bytea), 'Shop', '{orders:write}');
UPDATE opsdesk.api_keys SET last_used_at = now() WHERE id = '{k_active}';
INSERT INTO opsdesk.message_templates (id, name, language, status)
VALUES ('{t1}', 'order_update', 'en', 'APPROVED');
UPDATE opsdesk.contacts SET profile_name = 'Ana C.' WHERE id = '{c1}';
)"_s));
        // The last transaction: once a feed delivered it, it delivered everything before it
        // (the feed delivers in commit order).
        execScript(
            ownerDb,
            withIds(
                u"INSERT INTO opsdesk.contacts (id, wa_id) VALUES ('{c2}', '4915100000002')"_s));
        const QString markerAudit = scalar(
            ownerDb, withIds(u"SELECT id FROM opsdesk.audit_log WHERE resource_type = 'contacts'"
                             u" AND resource_id = '{c2}'"_s));
        closeConnection(ownerDb);
        const auto has = [&delivered](const QString &who, const QString &table,
                                      const QString &pk = {}) {
            return std::any_of(
                delivered[who].cbegin(), delivered[who].cend(), [&](const Change &change) {
                    return change.table == table && (pk.isEmpty() || change.pk == pk);
                });
        };
        const QString marker = rowId(u"c2"_s);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return has(u"support"_s, u"contacts"_s, marker) &&
                       has(u"manager"_s, u"contacts"_s, marker);
            },
            20000));

        // Support: contacts and templates, never an audit entry or an API key.
        QVERIFY(has(u"support"_s, u"contacts"_s, rowId(u"c1"_s)));
        QVERIFY(has(u"support"_s, u"message_templates"_s));
        for (const Change &change : delivered[u"support"_s]) {
            QVERIFY2(change.table != u"audit_log" && change.table != u"api_keys",
                     qPrintable(u"support's feed named %1 %2"_s.arg(change.table, change.pk)));
        }
        // A manager reads the audit trail and API keys, so their feed names them.
        QVERIFY(has(u"manager"_s, u"api_keys"_s, rowId(u"k_active"_s)));
        QVERIFY(has(u"manager"_s, u"audit_log"_s, markerAudit));
        QVERIFY(has(u"manager"_s, u"contacts"_s, rowId(u"c1"_s)));
    }

private:
    /// @p sql with `{name}` replaced by the seeded rows' and the matrix people's ids, and
    /// `{verifier}` by a SCRAM verifier.
    [[nodiscard]] QString resolve(const QString &sql) const { return withIds(sql, m_ids); }

    /// The rows @p sql sees or changes as the owner, to whom no grant or policy applies: the truth
    /// an allowed cell is compared with, and proof that a filtered cell had something to filter.
    /// At least one, or the cell would prove nothing.
    int ownerRows(const QString &sql) const
    {
        const Attempt owner = attempt(m_ownerDb, sql);
        if (!owner.ok || owner.rows == 0) {
            qWarning("as the owner: %s (%d rows) %s", qPrintable(sql), owner.rows,
                     qPrintable(owner.message));
            return -1;
        }
        return owner.rows;
    }

    DatabaseConfig m_owner;
    std::array<DatabaseConfig, RoleCount> m_configs;
    QSqlDatabase m_ownerDb;
    std::array<QSqlDatabase, RoleCount> m_db;
    QHash<QString, QString> m_ids; ///< support, manager, admin, super, support2, admin2 → id
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
