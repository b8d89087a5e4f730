#include "alertrules.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace opsdesk::alertrules {
namespace {

const auto kColumns = uR"(
SELECT r.id, r.name, r.series_id, s.name, s.title, s.unit, r.comparator, r.threshold,
       r.for_seconds, r.recover_seconds, r.severity, r.enabled, r.auto_resolve,
       coalesce(st.state, 'normal'), st.since, st.last_value, st.evaluated_at, st.incident_id,
       r.created_at
  FROM opsdesk.alert_rules r
  JOIN opsdesk.metric_series s ON s.id = r.series_id
  LEFT JOIN opsdesk.alert_rule_states st ON st.rule_id = r.id
)"_s;

QList<Rule> readRows(QSqlQuery &query)
{
    QList<Rule> rows;
    while (query.next()) {
        Rule row;
        row.id = query.value(0).toString();
        row.name = query.value(1).toString();
        row.seriesId = query.value(2).toInt();
        row.seriesName = query.value(3).toString();
        row.seriesTitle = query.value(4).toString();
        row.unit = query.value(5).toString();
        row.comparator = query.value(6).toString();
        row.threshold = query.value(7).toDouble();
        row.forSeconds = query.value(8).toInt();
        row.recoverSeconds = query.value(9).toInt();
        row.severity = query.value(10).toString();
        row.enabled = query.value(11).toBool();
        row.autoResolve = query.value(12).toBool();
        row.state = query.value(13).toString();
        row.stateSince = query.value(14).toDateTime().toUTC();
        if (!query.value(15).isNull()) {
            row.lastValue = query.value(15).toDouble();
        }
        row.evaluatedAt = query.value(16).toDateTime().toUTC();
        row.incidentId = query.value(17).toString();
        row.createdAt = query.value(18).toDateTime().toUTC();
        rows.append(row);
    }
    throwIfIncomplete(query);
    return rows;
}

} // namespace

QList<Rule> fetchAll(const QSqlDatabase &db)
{
    auto query = exec(db, kColumns + u" ORDER BY r.name, r.id"_s);
    return readRows(query);
}

QList<Rule> fetchByIds(const QSqlDatabase &db, const QStringList &ids)
{
    if (ids.isEmpty()) {
        return {};
    }
    auto query = exec(db, kColumns + u" WHERE r.id = ANY(?::uuid[])"_s, {uuidArrayLiteral(ids)});
    return readRows(query);
}

QList<Series> fetchSeries(const QSqlDatabase &db)
{
    auto query = exec(db, u"SELECT id, name, title, unit, description FROM opsdesk.metric_series"
                          u" ORDER BY title, name"_s);
    QList<Series> series;
    while (query.next()) {
        series.append({query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString()});
    }
    throwIfIncomplete(query);
    return series;
}

QString save(const QSqlDatabase &db, const Rule &rule)
{
    const QVariantList values{rule.name.trimmed(), rule.seriesId,   rule.comparator,
                              rule.threshold,      rule.forSeconds, rule.recoverSeconds,
                              rule.severity,       rule.enabled,    rule.autoResolve};
    if (rule.id.isEmpty()) {
        auto query =
            exec(db,
                 u"INSERT INTO opsdesk.alert_rules (name, series_id, comparator, threshold,"
                 u" for_seconds, recover_seconds, severity, enabled, auto_resolve)"
                 u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                 values);
        if (!query.next()) {
            throw DatabaseError(u"the alert rule was not stored"_s);
        }
        return query.value(0).toString();
    }
    QVariantList args = values;
    args << rule.id;
    auto query = exec(db,
                      u"UPDATE opsdesk.alert_rules SET name = ?, series_id = ?, comparator = ?,"
                      u" threshold = ?, for_seconds = ?, recover_seconds = ?, severity = ?,"
                      u" enabled = ?, auto_resolve = ?, updated_at = now()"
                      u" WHERE id = ?::uuid RETURNING id"_s,
                      args);
    if (!query.next()) {
        throw DatabaseError(u"this alert rule no longer exists"_s, u"02000"_s);
    }
    return query.value(0).toString();
}

void setEnabled(const QSqlDatabase &db, const QString &id, bool enabled)
{
    auto query = exec(db,
                      u"UPDATE opsdesk.alert_rules SET enabled = ?, updated_at = now()"
                      u" WHERE id = ?::uuid RETURNING id"_s,
                      {enabled, id});
    if (!query.next()) {
        throw DatabaseError(u"this alert rule no longer exists"_s, u"02000"_s);
    }
}

void remove(const QSqlDatabase &db, const QString &id)
{
    exec(db, u"DELETE FROM opsdesk.alert_rules WHERE id = ?::uuid"_s, {id});
}

} // namespace opsdesk::alertrules
