#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace opsdesk {
class FieldErrors;
}

/// Samples pushed by other services (`POST /api/v1/metrics`, services/metricsapi.h): the body
/// is checked completely before anything is stored, then every sample is stored by one
/// statement, so a batch is stored whole or not at all.
namespace opsdesk::metricsingest {

/// At most this many samples per request.
inline constexpr int kMaxSamples = 1000;
/// How far ahead of the server's clock a sample's time may be: clock skew, not more. Clients
/// fetch the samples newer than the newest they hold, so one stamped further ahead would hide
/// the series' next live points until the clock caught up with it.
inline constexpr std::chrono::seconds kMaxAhead{30};
/// The largest magnitude a sample may have: rollups add samples up, and a sum that overflows
/// a double would make every later sample of that minute fail to store.
inline constexpr double kMaxMagnitude = 1e15;
/// Raw samples are kept this long (opsdesk.prune_metrics); older ones are refused.
inline constexpr std::chrono::hours kRawRetention{24 * 8};

/// A series name as opsdesk.metric_series allows it: `^[a-z_][a-z0-9_]{0,99}$`.
[[nodiscard]] bool isValidSeriesName(const QString &name);

/// One sample: a value of a series at a time (millisecond precision, UTC).
struct Sample {
    QString series;
    double value = 0;
    QDateTime at;
};

/// @p body as a JSON object like ApiRequest::parseJsonObject(), except that a number outside
/// the range of a double (1e999, -1e999, 1e-999), which Qt's parser refuses outright, is kept as
/// a marker that validate() reports as a field error of the sample it belongs to. Returns
/// nullopt when the body is not a JSON object even so; @p error and @p offset then say why.
[[nodiscard]] std::optional<QJsonObject> parseTolerant(const QByteArray &body, QString &error,
                                                       qsizetype &offset);

/// The samples of `{"samples":[{"series":"name","value":12.5,"at":"2026-11-21T08:00:00Z"}]}`,
/// or field errors in @p errors (`samples`, `samples[3].value`, ...): samples is a non-empty
/// array of at most kMaxSamples objects; series a valid name; value a finite JSON number (not a
/// string such as "NaN", not null, not out of range); at optional (default @p now), an RFC 3339
/// date-time with a time-zone offset (https://www.rfc-editor.org/rfc/rfc3339#section-5.6), not
/// more than kMaxAhead after @p now nor older than kRawRetention; no two samples of a series at
/// the same time. Unknown members are refused, so a typo does not pass silently.
[[nodiscard]] QList<Sample> validate(const QJsonObject &body, const QDateTime &now,
                                     FieldErrors &errors);

/// What store() did.
struct Stored {
    int stored = 0;      ///< new samples
    int duplicates = 0;  ///< samples already stored for their series and time (ignored)
    QStringList unknown; ///< series not registered (nothing stored)
    QStringList builtIn; ///< built-in series, which only opsdeskd collects (nothing stored)
};

/// Stores @p samples in one statement: nothing when any series is unknown or built in,
/// otherwise every sample, ignoring those already stored (ON CONFLICT DO NOTHING, so the rollup
/// trigger counts each sample once). Throws DatabaseError.
[[nodiscard]] Stored store(const QSqlDatabase &db, const QList<Sample> &samples);

} // namespace opsdesk::metricsingest
