#include "auditlog.h"

#include "database.h"

#include <QIODevice>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace opsdesk::auditlog {
namespace {

const auto kColumns = uR"(
SELECT a.id, (extract(epoch FROM a.at) * 1000000)::bigint, a.actor,
       coalesce(u.display_name, ''), a.on_behalf_of, a.action, a.resource_type, a.resource_id,
       a.changes::text, host(a.client_addr), a.application_name
  FROM opsdesk.audit_trail a
  LEFT JOIN opsdesk.admin_users u ON u.db_role = a.actor )"_s;

const auto kOrder = u" ORDER BY a.at DESC, a.id DESC"_s;

// A microsecond count as a timestamptz: exact, unlike QDateTime (milliseconds).
const auto kInstant = u"('epoch'::timestamptz + ?::bigint * interval '1 microsecond')"_s;

/// SQLSTATE io_error: a failed file write, reported like an SQL error but not mistaken for a lost
/// connection (isConnectionLoss()).
const auto kIoError = u"58030"_s;

qint64 microseconds(const QDateTime &at)
{
    return at.toMSecsSinceEpoch() * 1000;
}

/// @p text with the LIKE wildcards and the escape character made literal (backslash is the
/// default ESCAPE of LIKE/ILIKE).
QString escapeLike(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_') {
            escaped += u'\\';
        }
        escaped += c;
    }
    return escaped;
}

/// @p text as PostgreSQL writes it inside a JSON string (jsonb::text, escape_json() in the
/// server's json.c): quote, backslash and control characters escaped.
QString escapeJson(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            escaped += u"\\\""_s;
            break;
        case u'\\':
            escaped += u"\\\\"_s;
            break;
        case u'\b':
            escaped += u"\\b"_s;
            break;
        case u'\f':
            escaped += u"\\f"_s;
            break;
        case u'\n':
            escaped += u"\\n"_s;
            break;
        case u'\r':
            escaped += u"\\r"_s;
            break;
        case u'\t':
            escaped += u"\\t"_s;
            break;
        default:
            if (c.unicode() < 0x20) {
                escaped += u"\\u%1"_s.arg(c.unicode(), 4, 16, QChar(u'0'));
            } else {
                escaped += c;
            }
        }
    }
    return escaped;
}

/// True when no stored text can contain @p value: PostgreSQL text never holds NUL, and a string
/// that is not valid UTF-16 (an unpaired surrogate) has no UTF-8 form to store.
bool unmatchable(const QString &value)
{
    return value.contains(QChar(u'\0')) || !QStringView(value).isValidUtf16();
}

/// The WHERE conditions for @p filter, each value a bound parameter.
struct Conditions {
    QStringList sql;
    QVariantList args;
    bool impossible = false; ///< some value can match nothing: skip the query

    void add(const QString &condition, const QVariantList &values)
    {
        sql << condition;
        args << values;
    }
    void addText(const QString &condition, const QString &value)
    {
        if (value.isEmpty()) {
            return;
        }
        impossible = impossible || unmatchable(value);
        add(condition, {value});
    }
    [[nodiscard]] QString where() const
    {
        return sql.isEmpty() ? QString() : u" WHERE "_s + sql.join(u" AND "_s);
    }
};

Conditions conditionsFor(const Filter &filter)
{
    Conditions where;
    where.addText(u"a.actor = ?"_s, filter.actor);
    where.addText(u"a.action = ?"_s, filter.action);
    where.addText(u"a.resource_type = ?"_s, filter.resourceType);
    where.addText(u"a.resource_id = ?"_s, filter.resourceId);
    if (filter.from.isValid()) {
        where.add(u"a.at >= "_s + kInstant, {microseconds(filter.from)});
    }
    if (filter.to.isValid()) {
        where.add(u"a.at < "_s + kInstant, {microseconds(filter.to)});
    }
    if (!filter.text.isEmpty()) {
        where.impossible = where.impossible || unmatchable(filter.text);
        // search_text is opsdesk.audit_search_text(), the expression of the trigram index.
        const auto matches = u"a.search_text ILIKE ?"_s;
        const QString plain = u"%"_s + escapeLike(filter.text) + u"%"_s;
        const QString inJson = u"%"_s + escapeLike(escapeJson(filter.text)) + u"%"_s;
        if (inJson == plain) {
            where.add(matches, {plain});
        } else {
            where.add(u"("_s + matches + u" OR "_s + matches + u")"_s, {plain, inJson});
        }
    }
    return where;
}

QList<Entry> readEntries(QSqlQuery &query)
{
    QList<Entry> entries;
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.atUs = query.value(1).toLongLong();
        entry.at = QDateTime::fromMSecsSinceEpoch(entry.atUs / 1000, Qt::UTC);
        entry.actor = query.value(2).toString();
        entry.actorName = query.value(3).toString();
        entry.onBehalfOf = query.value(4).toString();
        entry.action = query.value(5).toString();
        entry.resourceType = query.value(6).toString();
        entry.resourceId = query.value(7).toString();
        entry.changes = query.value(8).toString();
        entry.clientAddr = query.value(9).toString();
        entry.applicationName = query.value(10).toString();
        entries.append(std::move(entry));
    }
    throwIfIncomplete(query);
    return entries;
}

/// A read-only REPEATABLE READ transaction on a pooled connection, rolled back unless committed
/// (so an exception never leaves the connection inside a transaction).
class Snapshot
{
public:
    explicit Snapshot(const QSqlDatabase &db)
        : m_db(db)
    {
        exec(m_db, u"BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s);
    }
    ~Snapshot()
    {
        if (!m_finished) {
            try {
                exec(m_db, u"ROLLBACK"_s);
            } catch (const DatabaseError &) {
                // The connection is gone; nothing is left open on the server.
            }
        }
    }
    Snapshot(const Snapshot &) = delete;
    Snapshot &operator=(const Snapshot &) = delete;

    void commit()
    {
        m_finished = true;
        exec(m_db, u"COMMIT"_s);
    }

private:
    QSqlDatabase m_db;
    bool m_finished = false;
};

void writeAll(QIODevice &out, const QByteArray &bytes)
{
    if (out.write(bytes) != bytes.size()) {
        throw DatabaseError(u"writing the export failed: %1"_s.arg(out.errorString()), kIoError);
    }
}

QString isoMicroseconds(qint64 atUs)
{
    const qint64 ms = atUs >= 0 ? atUs / 1000 : (atUs - 999) / 1000;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return at.toString(u"yyyy-MM-dd'T'HH:mm:ss."_s) +
           u"%1Z"_s.arg(atUs - ms * 1000 + (qint64(at.time().msec()) * 1000), 6, 10, QChar(u'0'));
}

} // namespace

bool Filter::isEmpty() const
{
    return *this == Filter{};
}

Statement pageStatement(const Filter &filter, const Cursor &after, int limit)
{
    Conditions where = conditionsFor(filter);
    if (where.impossible) {
        return {};
    }
    if (after.id > 0) {
        where.add(u"(a.at, a.id) < ("_s + kInstant + u", ?::bigint)"_s, {after.atUs, after.id});
    }
    where.args << limit;
    return {kColumns + where.where() + kOrder + u" LIMIT ?"_s, where.args};
}

QList<Entry> fetchPage(const QSqlDatabase &db, const Filter &filter, const Cursor &after, int limit)
{
    const Statement statement = pageStatement(filter, after, limit);
    if (statement.sql.isEmpty()) {
        return {};
    }
    auto query = exec(db, statement.sql, statement.args);
    return readEntries(query);
}

QList<Entry> fetchByIds(const QSqlDatabase &db, const Filter &filter, const QList<qint64> &ids)
{
    Conditions where = conditionsFor(filter);
    if (where.impossible || ids.isEmpty()) {
        return {};
    }
    QStringList texts;
    texts.reserve(ids.size());
    for (const qint64 id : ids) {
        texts << QString::number(id);
    }
    where.add(u"a.id = ANY(?::bigint[])"_s, {QString(u"{"_s + texts.join(u',') + u"}"_s)});
    auto query = exec(db, kColumns + where.where(), where.args);
    return readEntries(query);
}

qint64 count(const QSqlDatabase &db, const Filter &filter)
{
    const Conditions where = conditionsFor(filter);
    if (where.impossible) {
        return 0;
    }
    auto query =
        exec(db, u"SELECT count(*) FROM opsdesk.audit_trail a"_s + where.where(), where.args);
    const qint64 total = query.next() ? query.value(0).toLongLong() : 0;
    throwIfIncomplete(query);
    return total;
}

QList<Actor> fetchActors(const QSqlDatabase &db)
{
    // Loose index scan over audit_log_actor_idx: one probe per distinct actor instead of
    // reading every entry.
    auto query = exec(db, uR"(
WITH RECURSIVE logged(actor) AS (
    SELECT min(actor) FROM opsdesk.audit_trail
    UNION ALL
    SELECT (SELECT min(l.actor) FROM opsdesk.audit_trail l WHERE l.actor > logged.actor)
      FROM logged WHERE logged.actor IS NOT NULL)
SELECT r.actor, coalesce(u.display_name, '')
  FROM (SELECT actor FROM logged WHERE actor IS NOT NULL
        UNION
        SELECT db_role FROM opsdesk.admin_users) r
  LEFT JOIN opsdesk.admin_users u ON u.db_role = r.actor
 ORDER BY u.display_name IS NULL, lower(coalesce(u.display_name, r.actor)), r.actor)"_s);
    QList<Actor> actors;
    while (query.next()) {
        actors.append({query.value(0).toString(), query.value(1).toString()});
    }
    throwIfIncomplete(query);
    return actors;
}

QStringList fetchResourceTypes(const QSqlDatabase &db)
{
    auto query = exec(db, uR"(
WITH RECURSIVE logged(resource_type) AS (
    SELECT min(resource_type) FROM opsdesk.audit_trail
    UNION ALL
    SELECT (SELECT min(l.resource_type) FROM opsdesk.audit_trail l
             WHERE l.resource_type > logged.resource_type)
      FROM logged WHERE logged.resource_type IS NOT NULL)
SELECT resource_type FROM logged WHERE resource_type IS NOT NULL ORDER BY 1)"_s);
    QStringList types;
    while (query.next()) {
        types << query.value(0).toString();
    }
    throwIfIncomplete(query);
    return types;
}

QString conversationFor(const QSqlDatabase &db, const QString &resourceType,
                        const QString &resourceId)
{
    if (QUuid::fromString(resourceId).isNull()) {
        return {};
    }
    QString sql;
    if (resourceType == u"conversations") {
        sql = u"SELECT id::text FROM opsdesk.conversations WHERE id = ?::uuid"_s;
    } else if (resourceType == u"messages") {
        sql = u"SELECT conversation_id::text FROM opsdesk.messages WHERE id = ?::uuid"_s;
    } else if (resourceType == u"contacts") {
        sql = u"SELECT id::text FROM opsdesk.conversations WHERE contact_id = ?::uuid"
              u" ORDER BY last_message_at DESC NULLS LAST, id DESC LIMIT 1"_s;
    } else {
        return {};
    }
    auto query = exec(db, sql, {resourceId});
    QString conversation = query.next() ? query.value(0).toString() : QString();
    throwIfIncomplete(query);
    return conversation;
}

namespace csv {

QString field(const QString &value)
{
    QString cell = value;
    if (!cell.isEmpty() &&
        (cell.front() == u'=' || cell.front() == u'+' || cell.front() == u'-' ||
         cell.front() == u'@' || cell.front() == u'\t' || cell.front() == u'\r')) {
        cell.prepend(u'\'');
    }
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\r') ||
        cell.contains(u'\n')) {
        cell.replace(u"\""_s, u"\"\""_s);
        return u'"' + cell + u'"';
    }
    return cell;
}

QString header()
{
    return u"id,at,actor,actor_name,on_behalf_of,action,resource_type,resource_id,client_addr,"
           u"application_name,changes\r\n"_s;
}

QString line(const Entry &entry)
{
    const QStringList cells{
        QString::number(entry.id),    isoMicroseconds(entry.atUs), field(entry.actor),
        field(entry.actorName),       field(entry.onBehalfOf),     field(entry.action),
        field(entry.resourceType),    field(entry.resourceId),     field(entry.clientAddr),
        field(entry.applicationName), field(entry.changes)};
    return cells.join(u',') + u"\r\n"_s;
}

} // namespace csv

ExportResult exportCsv(const QSqlDatabase &db, const Filter &filter, QIODevice &out,
                       const ExportProgress &progress, int batchSize)
{
    ExportResult result;
    Snapshot snapshot(db);
    const qint64 total = count(db, filter);
    writeAll(out, QByteArray("\xEF\xBB\xBF") + csv::header().toUtf8());
    if (progress && !progress(0, total)) {
        result.cancelled = true;
        return result;
    }
    Cursor cursor;
    while (result.rows < total) {
        const QList<Entry> batch = fetchPage(db, filter, cursor, batchSize);
        if (batch.isEmpty()) {
            break;
        }
        QString text;
        for (const Entry &entry : batch) {
            text += csv::line(entry);
        }
        writeAll(out, text.toUtf8());
        result.rows += batch.size();
        cursor = {batch.back().atUs, batch.back().id};
        if (progress && !progress(result.rows, total)) {
            result.cancelled = true;
            return result;
        }
        if (batch.size() < batchSize) {
            break;
        }
    }
    snapshot.commit();
    return result;
}

ExportResult exportCsvFile(const QSqlDatabase &db, const Filter &filter, const QString &path,
                           const ExportProgress &progress, int batchSize)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw DatabaseError(u"cannot write %1: %2"_s.arg(path, file.errorString()), kIoError);
    }
    ExportResult result = exportCsv(db, filter, file, progress, batchSize);
    if (result.cancelled) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        throw DatabaseError(u"cannot write %1: %2"_s.arg(path, file.errorString()), kIoError);
    }
    return result;
}

} // namespace opsdesk::auditlog
