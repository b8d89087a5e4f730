#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <mutex>
#include <utility>
#include <vector>

/// The Prometheus text exposition format, version 0.0.4, as `GET /metrics` answers it
/// (https://prometheus.io/docs/instrumenting/exposition_formats/#text-based-format).
///
/// A scrape is a list of metric families; each family is written as
///   # HELP <name> <escaped help>
///   # TYPE <name> counter|gauge|histogram|untyped
///   <name>[_suffix][{label="escaped value",...}] <value>
/// Help text escapes `\` and line feed; label values escape `\`, `"` and line feed. Values are
/// Go-style floats (`+Inf`, `-Inf`, `NaN` for the non-finite ones).
namespace opsdesk::prometheus {

/// The Content-Type of a 0.0.4 exposition.
inline constexpr const char *kContentType = "text/plain; version=0.0.4; charset=utf-8";

/// A metric or label name as the format allows: `[a-zA-Z_:][a-zA-Z0-9_:]*` (labels: no `:`;
/// names starting with `__` are reserved for labels).
[[nodiscard]] bool isValidMetricName(const QString &name);
[[nodiscard]] bool isValidLabelName(const QString &name);

/// @p text with `\` → `\\` and line feed → `\n` (HELP lines).
[[nodiscard]] QString escapeHelp(const QString &text);
/// @p value with `\` → `\\`, `"` → `\"` and line feed → `\n` (label values).
[[nodiscard]] QString escapeLabelValue(const QString &value);
/// @p value as the format writes it: shortest round-trip decimal, `+Inf`, `-Inf` or `NaN`.
[[nodiscard]] QByteArray formatValue(double value);

enum class Type { Counter, Gauge, Histogram, Untyped };

using Labels = std::vector<std::pair<QString, QString>>;

/// One sample line: the family name plus @p suffix (`_bucket`, `_sum`, `_count` or empty).
struct Sample {
    QString suffix;
    Labels labels;
    double value = 0;
};

/// A metric family: its name, help, type and samples. Families without samples are still
/// declared (HELP and TYPE), which the format allows.
struct Family {
    QString name;
    QString help;
    Type type = Type::Untyped;
    std::vector<Sample> samples;

    /// A family with one unlabelled sample.
    static Family single(QString name, QString help, Type type, double value);
};

/// Writes @p families in order. A family whose name, or a label whose name, is invalid is
/// skipped (never half-written), so a scrape always parses.
[[nodiscard]] QByteArray render(const std::vector<Family> &families);

/// A cumulative histogram of durations in seconds, safe to observe from any thread; family()
/// writes `<name>_bucket{le="..."}` lines for each upper bound and `+Inf`, then `_sum` and
/// `_count`.
class Histogram
{
public:
    /// @p upperBounds in seconds, ascending.
    explicit Histogram(std::vector<double> upperBounds);

    void observe(double seconds);
    [[nodiscard]] Family family(const QString &name, const QString &help) const;
    [[nodiscard]] quint64 count() const;

private:
    mutable std::mutex m_mutex;
    std::vector<double> m_bounds;
    std::vector<quint64> m_counts; ///< per bound, not cumulative; the last one is +Inf
    double m_sum = 0;
    quint64 m_count = 0;
};

} // namespace opsdesk::prometheus
