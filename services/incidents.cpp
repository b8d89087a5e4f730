#include "incidents.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace opsdesk::incidents {
namespace {

const QStringList kStatuses{u"triggered"_s, u"acknowledged"_s, u"resolved"_s};
const QStringList kSeverities{u"critical"_s, u"high"_s, u"medium"_s, u"low"_s};

// Columns of Incident, in readRows() order.
const auto kColumns = uR"(
SELECT i.id, i.title, i.description, i.severity, i.status, coalesce(i.dedup_key, ''), i.source,
       i.alert_rule_id, r.name, i.assignee_id, a.display_name, i.opened_by, o.display_name,
       i.opened_at, i.acknowledged_at, i.resolved_at, i.reopened_at, coalesce(i.summary, ''),
       (extract(epoch FROM i.opened_at) * 1000000)::bigint,
       s.id, s.name, s.title, s.unit, r.comparator, r.threshold, r.for_seconds
  FROM opsdesk.incidents i
  LEFT JOIN opsdesk.alert_rules r ON r.id = i.alert_rule_id
  LEFT JOIN opsdesk.metric_series s ON s.id = r.series_id
  LEFT JOIN opsdesk.admin_users a ON a.id = i.assignee_id
  LEFT JOIN opsdesk.admin_users o ON o.id = i.opened_by
)"_s;

QList<Incident> readRows(QSqlQuery &query)
{
    QList<Incident> rows;
    while (query.next()) {
        Incident row;
        row.id = query.value(0).toString();
        row.title = query.value(1).toString();
        row.description = query.value(2).toString();
        row.severity = query.value(3).toString();
        row.status = query.value(4).toString();
        row.dedupKey = query.value(5).toString();
        row.source = query.value(6).toString();
        row.alertRuleId = query.value(7).toString();
        row.alertRuleName = query.value(8).toString();
        row.assigneeId = query.value(9).toString();
        row.assigneeName = query.value(10).toString();
        row.openedById = query.value(11).toString();
        row.openedByName = query.value(12).toString();
        row.openedAt = query.value(13).toDateTime().toUTC();
        row.acknowledgedAt = query.value(14).toDateTime().toUTC();
        row.resolvedAt = query.value(15).toDateTime().toUTC();
        row.reopenedAt = query.value(16).toDateTime().toUTC();
        row.summary = query.value(17).toString();
        row.openedAtUs = query.value(18).toLongLong();
        row.seriesId = query.value(19).toInt();
        row.seriesName = query.value(20).toString();
        row.seriesTitle = query.value(21).toString();
        row.unit = query.value(22).toString();
        row.comparator = query.value(23).toString();
        row.threshold = query.value(24).toDouble();
        row.forSeconds = query.value(25).toInt();
        rows.append(row);
    }
    throwIfIncomplete(query);
    return rows;
}

QStringList statusesOf(const Filter &filter)
{
    QStringList statuses;
    for (const QString &status : kStatuses) {
        if (filter.statuses.contains(status)) {
            statuses.append(status);
        }
    }
    return statuses.isEmpty() ? kStatuses : statuses;
}

/// The filter's conditions and their parameters.
QString whereOf(const Filter &filter, QVariantList &args)
{
    args << textArrayLiteral(statusesOf(filter));
    QString sql = u" WHERE i.status = ANY(?::text[])"_s;
    if (kSeverities.contains(filter.severity)) {
        sql += u" AND i.severity = ?"_s;
        args << filter.severity;
    }
    return sql;
}

/// Runs an UPDATE … RETURNING id of one incident; a missing row is an error people understand.
void updateOne(const QSqlDatabase &db, const QString &sql, const QVariantList &args)
{
    auto query = exec(db, sql, args);
    if (!query.next()) {
        throw DatabaseError(u"this incident no longer exists"_s, u"02000"_s);
    }
}

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

} // namespace

bool Filter::matches(const Incident &incident) const
{
    return statusesOf(*this).contains(incident.status) &&
           (!kSeverities.contains(severity) || incident.severity == severity);
}

bool newerFirst(const Incident &a, const Incident &b)
{
    if (a.openedAtUs != b.openedAtUs) {
        return a.openedAtUs > b.openedAtUs;
    }
    return a.id > b.id;
}

QList<Incident> fetchPage(const QSqlDatabase &db, const Filter &filter, const Cursor &after,
                          int limit)
{
    QVariantList args;
    QString sql = kColumns + whereOf(filter, args);
    if (!after.id.isEmpty()) {
        sql += u" AND (i.opened_at, i.id) <"
               u" (timestamptz 'epoch' + ? * interval '1 microsecond', ?::uuid)"_s;
        args << after.openedAtUs << after.id;
    }
    sql += u" ORDER BY i.opened_at DESC, i.id DESC LIMIT ?"_s;
    args << std::max(1, limit);
    auto query = exec(db, sql, args);
    return readRows(query);
}

QList<Incident> fetchByIds(const QSqlDatabase &db, const Filter &filter, const QStringList &ids)
{
    if (ids.isEmpty()) {
        return {};
    }
    QVariantList args;
    QString sql = kColumns + whereOf(filter, args) + u" AND i.id = ANY(?::uuid[])"_s;
    args << uuidArrayLiteral(ids);
    auto query = exec(db, sql, args);
    return readRows(query);
}

std::optional<Incident> fetchOne(const QSqlDatabase &db, const QString &id)
{
    if (QUuid::fromString(id).isNull()) {
        return std::nullopt;
    }
    auto query = exec(db, kColumns + u" WHERE i.id = ?::uuid"_s, {id});
    const auto rows = readRows(query);
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return rows.first();
}

QDateTime serverTime(const QSqlDatabase &db)
{
    auto query = exec(db, u"SELECT now()"_s);
    return query.next() ? query.value(0).toDateTime().toUTC() : QDateTime::currentDateTimeUtc();
}

QList<Event> fetchEvents(const QSqlDatabase &db, const QString &incidentId)
{
    auto query = exec(db, uR"(
SELECT e.id, e.incident_id, e.kind, e.body, coalesce(e.data::text, ''), e.actor_id,
       u.display_name, e.at
  FROM opsdesk.incident_events e
  LEFT JOIN opsdesk.admin_users u ON u.id = e.actor_id
 WHERE e.incident_id = ?::uuid
 ORDER BY e.at, e.id)"_s,
                      {incidentId});
    QList<Event> events;
    while (query.next()) {
        Event event;
        event.id = query.value(0).toLongLong();
        event.incidentId = query.value(1).toString();
        event.kind = query.value(2).toString();
        event.body = query.value(3).toString();
        event.data = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        event.actorId = query.value(5).toString();
        event.actorName = query.value(6).toString();
        event.at = query.value(7).toDateTime().toUTC();
        events.append(event);
    }
    throwIfIncomplete(query);
    return events;
}

QList<Responder> fetchResponders(const QSqlDatabase &db)
{
    auto query = exec(db, uR"(
SELECT id, display_name FROM opsdesk.admin_users
 WHERE is_active AND role IN ('admin', 'super_admin')
 ORDER BY display_name, id)"_s);
    QList<Responder> people;
    while (query.next()) {
        people.append({query.value(0).toString(), query.value(1).toString()});
    }
    throwIfIncomplete(query);
    return people;
}

QString open(const QSqlDatabase &db, const NewIncident &incident)
{
    auto query = exec(db,
                      u"INSERT INTO opsdesk.incidents (title, severity, description, assignee_id)"
                      u" VALUES (?, ?, ?, ?::uuid) RETURNING id"_s,
                      {incident.title.trimmed(), incident.severity, incident.description.trimmed(),
                       nullIfEmpty(incident.assigneeId)});
    if (!query.next()) {
        throw DatabaseError(u"the incident was not stored"_s);
    }
    return query.value(0).toString();
}

void setStatus(const QSqlDatabase &db, const QString &id, const QString &status,
               const QString &summary)
{
    if (!kStatuses.contains(status)) {
        throw DatabaseError(u"unknown incident status \"%1\""_s.arg(status.left(40)), u"22023"_s);
    }
    if (status == u"resolved") {
        updateOne(db,
                  u"UPDATE opsdesk.incidents SET status = 'resolved', summary = ?"
                  u" WHERE id = ?::uuid RETURNING id"_s,
                  {summary.trimmed(), id});
        return;
    }
    updateOne(db, u"UPDATE opsdesk.incidents SET status = ? WHERE id = ?::uuid RETURNING id"_s,
              {status, id});
}

void assign(const QSqlDatabase &db, const QString &id, const QString &personId)
{
    updateOne(db,
              u"UPDATE opsdesk.incidents SET assignee_id = ?::uuid WHERE id = ?::uuid"
              u" RETURNING id"_s,
              {nullIfEmpty(personId), id});
}

void setSeverity(const QSqlDatabase &db, const QString &id, const QString &severity)
{
    updateOne(db, u"UPDATE opsdesk.incidents SET severity = ? WHERE id = ?::uuid RETURNING id"_s,
              {severity, id});
}

qint64 addNote(const QSqlDatabase &db, const QString &id, const QString &body)
{
    auto query = exec(db,
                      u"INSERT INTO opsdesk.incident_events (incident_id, kind, body)"
                      u" VALUES (?::uuid, 'note', ?) RETURNING id"_s,
                      {id, body.trimmed()});
    if (!query.next()) {
        throw DatabaseError(u"the note was not stored"_s);
    }
    return query.value(0).toLongLong();
}

QList<QPointF> fetchSeriesPoints(const QSqlDatabase &db, int seriesId, const QDateTime &since,
                                 const QDateTime &until, int points)
{
    const qint64 span = std::max<qint64>(1, since.secsTo(until));
    const int bucket = int(std::max<qint64>(1, span / std::max(1, points)));
    auto query = exec(db,
                      u"SELECT extract(epoch FROM at)::float8, avg"
                      u"  FROM opsdesk.metric_points(ARRAY[?]::integer[], ?, ?, ?)"
                      u" ORDER BY at"_s,
                      {seriesId, since.toUTC(), until.toUTC(), bucket});
    QList<QPointF> result;
    while (query.next()) {
        result.append({query.value(0).toDouble(), query.value(1).toDouble()});
    }
    throwIfIncomplete(query);
    return result;
}

QString hintOf(const QString &serverMessage)
{
    static const QRegularExpression hint(u"^HINT:\\s+(.*)$"_s, QRegularExpression::MultilineOption);
    const auto match = hint.match(serverMessage);
    if (!match.hasMatch()) {
        return {};
    }
    QString text = match.captured(1).trimmed();
    // QPSQL appends the SQLSTATE in parentheses to the last line.
    static const QRegularExpression code(u"\\s*\\([0-9A-Z]{5}\\)$"_s);
    text.remove(code);
    return text;
}

QString refusal(const QString &serverMessage)
{
    QString text = primaryMessage(serverMessage);
    static const QRegularExpression code(u"\\s*\\([0-9A-Z]{5}\\)$"_s);
    text.remove(code);
    const QString hint = hintOf(serverMessage);
    if (hint.isEmpty()) {
        return text;
    }
    return text + u". "_s + hint;
}

} // namespace opsdesk::incidents
