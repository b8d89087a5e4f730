#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>

class QIODevice;

/// The audit trail (opsdesk.audit_log, migration 0005): who changed what, when and from where.
///
/// Entries are written only by the database's statement-level audit triggers and are readable by
/// opsdesk_manager and opsdesk_admin; everything here reads them through the view
/// opsdesk.audit_trail (migration 0006: the same readers, but the planner may use the search
/// text's statistics). Every function runs as the caller's own role, so a support person gets a
/// permission error, not an empty list. Every filter value is a bound parameter, never SQL text.
/// All functions throw DatabaseError.
namespace opsdesk::auditlog {

/// What the trail shows. Every field is optional: empty (or invalid) means "no restriction".
struct Filter {
    QString actor;        ///< exact database role that acted (audit_log.actor)
    QString action;       ///< insert, update, delete or prune
    QString resourceType; ///< table name, e.g. "conversations"
    QString resourceId;   ///< exact resource id (uuid text for every audited table)
    QDateTime from;       ///< entries at or after this instant
    QDateTime to;         ///< entries strictly before this instant
    /// Free text, matched literally (no wildcards: % _ \ are ordinary characters) and
    /// case-insensitively (ASCII letters) against actor, on-behalf-of, action, resource type and
    /// id, the changes and the application name: opsdesk.audit_search_text(), which the trigram
    /// index audit_log_search_idx covers. Quotes and backslashes also match their escaped form
    /// inside the changes' JSON text, so `say "hi"` finds a body that says "hi". Text without
    /// three letters or digits in a row (e.g. "%_") cannot use the trigram index: a rare one
    /// reads the whole trail (seconds at 2,000,000 entries; see bench/audit.sh).
    QString text;

    [[nodiscard]] bool isEmpty() const;
    friend bool operator==(const Filter &, const Filter &) = default;
};

/// One audit entry.
struct Entry {
    qint64 id = 0;
    QDateTime at;       ///< UTC, for display (QDateTime keeps milliseconds only)
    qint64 atUs = 0;    ///< the same in microseconds since the epoch: the exact sort key (with id)
    QString actor;      ///< database role that acted
    QString actorName;  ///< that role's admin_users.display_name; empty when it is no person
    QString onBehalfOf; ///< e.g. "api-key:odk_1a2b3c4d" when opsdeskd acted for an API key
    QString action;     ///< insert, update, delete, prune
    QString resourceType;
    QString resourceId; ///< empty for prune
    /// JSON object text: for insert/delete the row; for update {"column": {"old": …, "new": …}}
    /// for each changed column; for prune {"deleted": n, "older_than": "…"}.
    QString changes;
    QString clientAddr;      ///< client IP address without netmask; empty for a local socket
    QString applicationName; ///< the client's application_name, e.g. "opsdesk"
};

/// Keyset cursor: the last entry shown. Microseconds, as PostgreSQL stores them; a millisecond
/// cursor would repeat or skip entries at page boundaries.
struct Cursor {
    qint64 atUs = 0;
    qint64 id = 0; ///< 0: start from the newest entry
};

/// An SQL statement with positional `?` parameters.
struct Statement {
    QString sql;
    QVariantList args;
};
/// The statement fetchPage() runs (bench/audit.sh prints its EXPLAIN). Columns: id, at in µs,
/// actor, actor_name, on_behalf_of, action, resource_type, resource_id, changes, client_addr,
/// application_name. Empty sql when some filter value can match nothing (NUL, broken UTF-16).
Statement pageStatement(const Filter &filter, const Cursor &after, int limit);

/// Newest first (at, then id, descending): @p limit entries matching @p filter after @p after.
QList<Entry> fetchPage(const QSqlDatabase &db, const Filter &filter, const Cursor &after,
                       int limit);
/// The entries among @p ids that match @p filter (for live updates), any order.
QList<Entry> fetchByIds(const QSqlDatabase &db, const Filter &filter, const QList<qint64> &ids);
/// The number of entries matching @p filter. Scans them all: for exports, not for every keystroke.
qint64 count(const QSqlDatabase &db, const Filter &filter);

/// A choice for the actor filter.
struct Actor {
    QString dbRole;
    QString displayName; ///< empty when the role is no person (opsdeskd's service role, the owner)
};
/// Everyone who can appear as an actor: every person in admin_users, plus every other role that
/// has audit entries (found with a loose index scan, one probe per distinct actor).
/// Ordered by display name, then role.
QList<Actor> fetchActors(const QSqlDatabase &db);
/// The distinct resource types with audit entries, alphabetically (loose index scan).
QStringList fetchResourceTypes(const QSqlDatabase &db);

/// The conversation a click on an entry about @p resourceType / @p resourceId opens: the
/// conversation itself, a message's conversation, or a contact's most recently active
/// conversation. Empty when there is none (deleted, or another kind of resource).
QString conversationFor(const QSqlDatabase &db, const QString &resourceType,
                        const QString &resourceId);

/// CSV export (RFC 4180, https://www.rfc-editor.org/rfc/rfc4180): UTF-8 with a byte-order mark
/// (so spreadsheets detect the encoding), CRLF line ends, one header line of the column names
/// below, fields quoted when they contain a comma, quote, CR or LF, quotes doubled. A text cell
/// that starts with = + - @, tab or CR gets a leading apostrophe, so a spreadsheet shows it
/// instead of evaluating it (CSV injection, https://owasp.org/www-community/attacks/CSV_Injection).
/// Columns: id, at (ISO 8601 UTC with microseconds), actor, actor_name, on_behalf_of, action,
/// resource_type, resource_id, client_addr, application_name, changes (the JSON text).
namespace csv {
/// @p value quoted and neutralised as described above.
QString field(const QString &value);
/// The header line, CRLF included.
QString header();
/// One entry as a CSV line, CRLF included.
QString line(const Entry &entry);
} // namespace csv

/// Called on the exporting thread after each batch with the entries written so far and the total
/// to write; returning false cancels the export.
using ExportProgress = std::function<bool(qint64 written, qint64 total)>;

struct ExportResult {
    qint64 rows = 0;        ///< entries written
    bool cancelled = false; ///< stopped by the progress callback
};

/// Writes every entry matching @p filter, newest first, to @p out as CSV. Reads in keyset batches
/// of @p batchSize inside one read-only REPEATABLE READ transaction (one consistent snapshot: the
/// total and the rows agree even while new entries arrive), so memory stays at one batch whatever
/// the number of rows. Throws DatabaseError on an SQL error or when @p out refuses to write.
ExportResult exportCsv(const QSqlDatabase &db, const Filter &filter, QIODevice &out,
                       const ExportProgress &progress, int batchSize = 2000);

/// exportCsv() into the file @p path, replaced only when the export completes (QSaveFile): a
/// cancelled or failed export leaves any existing file untouched and no partial file behind.
/// Throws DatabaseError on an SQL error or when the file cannot be written.
ExportResult exportCsvFile(const QSqlDatabase &db, const Filter &filter, const QString &path,
                           const ExportProgress &progress, int batchSize = 2000);

} // namespace opsdesk::auditlog
