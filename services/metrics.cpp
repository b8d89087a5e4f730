#include "metrics.h"

#include "database.h"

#include <QStringList>

#include <array>
#include <charconv>

using namespace Qt::StringLiterals;

namespace opsdesk::metrics {
namespace {

/// SQLSTATE insufficient_privilege.
const QString kPermissionDenied = u"42501"_s;

QString intArrayLiteral(const QList<int> &values)
{
    QStringList parts;
    parts.reserve(values.size());
    for (const int value : values) {
        parts.append(QString::number(value));
    }
    return u'{' + parts.join(u',') + u'}';
}

QString bigintArrayLiteral(const QList<qint64> &values)
{
    QStringList parts;
    parts.reserve(values.size());
    for (const qint64 value : values) {
        parts.append(QString::number(value));
    }
    return u'{' + parts.join(u',') + u'}';
}

/// Reads rows of (series_id, at in ms, avg, min, max) into @p points.
void readPoints(QSqlQuery &query, PointsBySeries &points)
{
    int currentId = -1;
    QList<Point> *current = nullptr;
    while (query.next()) {
        const int seriesId = query.value(0).toInt();
        if (seriesId != currentId || !current) {
            currentId = seriesId;
            current = &points[seriesId];
        }
        current->append(Point{query.value(1).toLongLong(), query.value(2).toDouble(),
                              query.value(3).toDouble(), query.value(4).toDouble()});
    }
    throwIfIncomplete(query);
}

/// Reads rows of (series id, "t avg min max t avg min max …"): one row per series instead of one
/// per point. A week of 20 series is 20,180 points; QPSQL's per-value QVariant conversions cost
/// more than the query itself when each point is a row.
void readPackedPoints(QSqlQuery &query, PointsBySeries &points)
{
    while (query.next()) {
        QList<Point> &list = points[query.value(0).toInt()];
        const QByteArray packed = query.value(1).toString().toLatin1();
        const char *at = packed.constData();
        const char *const end = at + packed.size();
        std::array<double, 4> fields{};
        int field = 0;
        while (at < end) {
            while (at < end && *at == ' ') {
                ++at;
            }
            const auto parsed = std::from_chars(at, end, fields[std::size_t(field)]);
            if (parsed.ec != std::errc()) {
                throw DatabaseError(
                    u"unreadable metric points near offset %1"_s.arg(at - packed.constData()), {});
            }
            at = parsed.ptr;
            if (++field == 4) {
                list.append(Point{qint64(fields[0]), fields[1], fields[2], fields[3]});
                field = 0;
            }
        }
    }
    throwIfIncomplete(query);
}

} // namespace

qint64 databaseNowMs(const QSqlDatabase &db)
{
    auto query = exec(db, u"SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint"_s);
    return query.next() ? query.value(0).toLongLong() : QDateTime::currentMSecsSinceEpoch();
}

QList<Series> fetchSeries(const QSqlDatabase &db)
{
    auto query = exec(db, uR"(
SELECT id, name, title, unit, description, source = 'builtin'
  FROM opsdesk.metric_series
 ORDER BY source = 'builtin' DESC, CASE WHEN source = 'builtin' THEN id END, lower(title), id
)"_s);
    QList<Series> series;
    while (query.next()) {
        series.append(Series{query.value(0).toInt(), query.value(1).toString(),
                             query.value(2).toString(), query.value(3).toString(),
                             query.value(4).toString(), query.value(5).toBool()});
    }
    throwIfIncomplete(query);
    return series;
}

Points fetchPoints(const QSqlDatabase &db, const QList<int> &seriesIds, qint64 sinceMs,
                   qint64 untilMs, int bucketSeconds)
{
    Points result;
    result.nowMs = databaseNowMs(db);
    if (seriesIds.isEmpty()) {
        return result;
    }
    auto query = exec(db, uR"(
SELECT p.series_id,
       string_agg(concat_ws(' ', floor(extract(epoch FROM p.at) * 1000)::bigint, p.avg, p.min,
                            p.max), ' ' ORDER BY p.at)
  FROM opsdesk.metric_points(?::integer[],
                             'epoch'::timestamptz + ?::bigint * interval '1 millisecond',
                             'epoch'::timestamptz + ?::bigint * interval '1 millisecond',
                             ?::integer) p
 GROUP BY p.series_id
)"_s,
                      {intArrayLiteral(seriesIds), sinceMs, untilMs, bucketSeconds});
    readPackedPoints(query, result.points);
    return result;
}

Points fetchSamplesAfter(const QSqlDatabase &db, const QHash<int, qint64> &afterMs)
{
    Points result;
    result.nowMs = databaseNowMs(db);
    if (afterMs.isEmpty()) {
        return result;
    }
    QList<int> ids;
    QList<qint64> after;
    for (auto it = afterMs.constBegin(); it != afterMs.constEnd(); ++it) {
        ids.append(it.key());
        after.append(it.value());
    }
    // The primary key (series_id, at) serves each series' range.
    auto query = exec(db, uR"(
SELECT s.series_id, floor(extract(epoch FROM s.at) * 1000)::bigint, s.value, s.value, s.value
  FROM unnest(?::integer[], ?::bigint[]) AS a(series_id, after_ms)
  JOIN opsdesk.metric_samples s
    ON s.series_id = a.series_id
   AND s.at > 'epoch'::timestamptz + a.after_ms * interval '1 millisecond'
 ORDER BY 1, 2
)"_s,
                      {intArrayLiteral(ids), bigintArrayLiteral(after)});
    readPoints(query, result.points);
    return result;
}

std::optional<QList<Threshold>> fetchThresholds(const QSqlDatabase &db)
{
    try {
        auto query = exec(db, uR"(
SELECT r.id::text, r.series_id, r.name, r.comparator, r.threshold, r.severity,
       coalesce(s.state, 'normal')
  FROM opsdesk.alert_rules r
  LEFT JOIN opsdesk.alert_rule_states s ON s.rule_id = r.id
 WHERE r.enabled
 ORDER BY r.series_id,
          array_position(ARRAY['critical', 'high', 'medium', 'low'], r.severity), r.threshold,
          r.id
)"_s);
        QList<Threshold> thresholds;
        while (query.next()) {
            thresholds.append(Threshold{query.value(0).toString(), query.value(1).toInt(),
                                        query.value(2).toString(), query.value(3).toString(),
                                        query.value(4).toDouble(), query.value(5).toString(),
                                        query.value(6).toString()});
        }
        throwIfIncomplete(query);
        return thresholds;
    } catch (const DatabaseError &error) {
        if (error.sqlState() == kPermissionDenied) {
            return std::nullopt;
        }
        throw;
    }
}

bool breaches(double value, const QString &comparator, double threshold)
{
    if (comparator == u">") {
        return value > threshold;
    }
    if (comparator == u">=") {
        return value >= threshold;
    }
    if (comparator == u"<") {
        return value < threshold;
    }
    if (comparator == u"<=") {
        return value <= threshold;
    }
    return false;
}

QList<Period> breachPeriods(const QList<Point> &points, const QString &comparator, double threshold,
                            qint64 stepMs)
{
    const bool above = comparator.startsWith(u'>');
    QList<Period> periods;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const Point &point = points[i];
        if (!breaches(above ? point.max : point.min, comparator, threshold)) {
            continue;
        }
        const qint64 end = i + 1 < points.size() ? points[i + 1].atMs : point.atMs + stepMs;
        if (!periods.isEmpty() && periods.back().endMs >= point.atMs) {
            periods.back().endMs = end;
        } else {
            periods.append(Period{point.atMs, end});
        }
    }
    return periods;
}

std::optional<IncidentHealth> fetchIncidentHealth(const QSqlDatabase &db)
{
    try {
        auto query = exec(db, uR"(
SELECT count(*),
       count(*) FILTER (WHERE severity = 'critical'), count(*) FILTER (WHERE severity = 'high'),
       count(*) FILTER (WHERE severity = 'medium'), count(*) FILTER (WHERE severity = 'low')
  FROM opsdesk.incidents
 WHERE status <> 'resolved'
)"_s);
        IncidentHealth health;
        if (query.next()) {
            health.unresolved = query.value(0).toInt();
            health.critical = query.value(1).toInt();
            health.high = query.value(2).toInt();
            health.medium = query.value(3).toInt();
            health.low = query.value(4).toInt();
        }
        throwIfIncomplete(query);
        health.highestSeverity = health.critical > 0 ? u"critical"_s
                                 : health.high > 0   ? u"high"_s
                                 : health.medium > 0 ? u"medium"_s
                                 : health.low > 0    ? u"low"_s
                                                     : QString();
        return health;
    } catch (const DatabaseError &error) {
        if (error.sqlState() == kPermissionDenied) {
            return std::nullopt;
        }
        throw;
    }
}

} // namespace opsdesk::metrics
