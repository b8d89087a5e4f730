#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// The read side of metrics (migration 0008): the series, their points over a time range
/// (raw 10-second samples or 1-minute rollups averaged into buckets, through
/// opsdesk.metric_points), the samples newer than what a client holds (live updates), the
/// thresholds of the enabled alert rules, where a series breached them, and the unresolved
/// incidents the Overview's health banner counts. Every function runs under the caller's own
/// PostgreSQL role; all staff read metrics, only managers and admins read alert rules and
/// incidents. Functions throw DatabaseError unless they say otherwise.
namespace opsdesk::metrics {

/// One metric series (opsdesk.metric_series).
struct Series {
    int id = 0;
    QString name;        ///< e.g. delivery_failure_rate
    QString title;       ///< the database's (English) title
    QString unit;        ///< e.g. "%", "messages/min"; may be empty
    QString description; ///< what the value measures
    bool builtin = false;
};

/// One point: a raw sample (avg = min = max) or a bucket's average, minimum and maximum.
struct Point {
    qint64 atMs = 0; ///< sample time or bucket start, ms since the epoch (UTC)
    double avg = 0;
    double min = 0;
    double max = 0;
};

/// Points by series id, each list in time order.
using PointsBySeries = QHash<int, QList<Point>>;

/// Points with the database's clock when they were read (clients slide their time windows by
/// it, not by their own clock).
struct Points {
    PointsBySeries points;
    qint64 nowMs = 0;
};

/// The database's clock, ms since the epoch.
qint64 databaseNowMs(const QSqlDatabase &db);

/// Every series, built-in first, then external ones by title.
QList<Series> fetchSeries(const QSqlDatabase &db);

/// The points of @p seriesIds between @p sinceMs and @p untilMs (inclusive): raw samples when
/// @p bucketSeconds <= 10, else rollups averaged into buckets of @p bucketSeconds (rounded up to
/// whole minutes). One query for all series.
Points fetchPoints(const QSqlDatabase &db, const QList<int> &seriesIds, qint64 sinceMs,
                   qint64 untilMs, int bucketSeconds);

/// Raw samples strictly newer than @p afterMs (per series id), for live updates: a client asks
/// only for what it does not hold yet. One query for all series.
Points fetchSamplesAfter(const QSqlDatabase &db, const QHash<int, qint64> &afterMs);

/// The threshold of one enabled alert rule and where its evaluation stands.
struct Threshold {
    QString ruleId;
    int seriesId = 0;
    QString name;       ///< the rule's name
    QString comparator; ///< >, >=, <, <=
    double value = 0;
    QString severity; ///< critical, high, medium, low
    QString state;    ///< normal, pending, alerting, recovering
};

/// The enabled alert rules of every series. std::nullopt when the signed-in role may not read
/// alert rules (support staff: SQLSTATE 42501), which is not an error.
std::optional<QList<Threshold>> fetchThresholds(const QSqlDatabase &db);

/// True when @p value breaches @p comparator @p threshold.
[[nodiscard]] bool breaches(double value, const QString &comparator, double threshold);

/// A time span in which a series breached a threshold, [startMs, endMs].
struct Period {
    qint64 startMs = 0;
    qint64 endMs = 0;
};

/// The spans of @p points (in time order) breaching @p comparator @p threshold. A bucket counts
/// with its extreme on the breaching side (its maximum for > and >=, its minimum for < and <=),
/// so a short spike inside a long bucket still shows. A breaching point's span reaches the next
/// point (or @p stepMs further for the last one); consecutive breaching points merge.
QList<Period> breachPeriods(const QList<Point> &points, const QString &comparator, double threshold,
                            qint64 stepMs);

/// Unresolved incidents, for the Overview's health banner.
struct IncidentHealth {
    int unresolved = 0;
    int critical = 0;
    int high = 0;
    int medium = 0;
    int low = 0;
    QString highestSeverity; ///< critical, high, medium, low; empty when none
};

/// Counts unresolved incidents by severity. std::nullopt when the signed-in role may not read
/// incidents (support staff: SQLSTATE 42501): the banner is then not shown.
std::optional<IncidentHealth> fetchIncidentHealth(const QSqlDatabase &db);

} // namespace opsdesk::metrics
