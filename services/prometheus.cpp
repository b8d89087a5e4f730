#include "prometheus.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace opsdesk::prometheus {
namespace {

const char *typeName(Type type)
{
    switch (type) {
    case Type::Counter:
        return "counter";
    case Type::Gauge:
        return "gauge";
    case Type::Histogram:
        return "histogram";
    case Type::Untyped:
        break;
    }
    return "untyped";
}

QString escaped(const QString &text, bool quotes)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\') {
            out += u"\\\\"_s;
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (quotes && c == u'"') {
            out += u"\\\""_s;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

bool isValidMetricName(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-zA-Z_:][a-zA-Z0-9_:]*$"_s);
    return pattern.match(name).hasMatch();
}

bool isValidLabelName(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-zA-Z_][a-zA-Z0-9_]*$"_s);
    return pattern.match(name).hasMatch() && !name.startsWith(u"__"_s);
}

QString escapeHelp(const QString &text)
{
    return escaped(text, false);
}

QString escapeLabelValue(const QString &value)
{
    return escaped(value, true);
}

QByteArray formatValue(double value)
{
    if (std::isnan(value)) {
        return "NaN";
    }
    if (std::isinf(value)) {
        return value > 0 ? "+Inf" : "-Inf";
    }
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

Family Family::single(QString name, QString help, Type type, double value)
{
    return {std::move(name), std::move(help), type, {Sample{{}, {}, value}}};
}

QByteArray render(const std::vector<Family> &families)
{
    QByteArray out;
    for (const Family &family : families) {
        if (!isValidMetricName(family.name)) {
            continue;
        }
        const bool labelsOk =
            std::all_of(family.samples.cbegin(), family.samples.cend(), [](const Sample &sample) {
                return std::all_of(sample.labels.cbegin(), sample.labels.cend(),
                                   [](const auto &label) { return isValidLabelName(label.first); });
            });
        if (!labelsOk) {
            continue;
        }
        const QByteArray name = family.name.toUtf8();
        out += "# HELP " + name + ' ' + escapeHelp(family.help).toUtf8() + '\n';
        out += "# TYPE " + name + ' ' + typeName(family.type) + '\n';
        for (const Sample &sample : family.samples) {
            out += name + sample.suffix.toUtf8();
            if (!sample.labels.empty()) {
                out += '{';
                bool first = true;
                for (const auto &[label, value] : sample.labels) {
                    if (!first) {
                        out += ',';
                    }
                    first = false;
                    out += label.toUtf8() + "=\"" + escapeLabelValue(value).toUtf8() + '"';
                }
                out += '}';
            }
            out += ' ' + formatValue(sample.value) + '\n';
        }
    }
    return out;
}

Histogram::Histogram(std::vector<double> upperBounds)
    : m_bounds(std::move(upperBounds))
    , m_counts(m_bounds.size() + 1, 0)
{
    std::sort(m_bounds.begin(), m_bounds.end());
}

void Histogram::observe(double seconds)
{
    const auto bucket = std::size_t(std::lower_bound(m_bounds.cbegin(), m_bounds.cend(), seconds) -
                                    m_bounds.cbegin());
    const std::lock_guard lock(m_mutex);
    ++m_counts[bucket];
    m_sum += seconds;
    ++m_count;
}

quint64 Histogram::count() const
{
    const std::lock_guard lock(m_mutex);
    return m_count;
}

Family Histogram::family(const QString &name, const QString &help) const
{
    const std::lock_guard lock(m_mutex);
    Family family{name, help, Type::Histogram, {}};
    quint64 cumulative = 0;
    for (std::size_t i = 0; i < m_bounds.size(); ++i) {
        cumulative += m_counts[i];
        family.samples.push_back({u"_bucket"_s,
                                  {{u"le"_s, QString::fromLatin1(formatValue(m_bounds[i]))}},
                                  double(cumulative)});
    }
    family.samples.push_back({u"_bucket"_s, {{u"le"_s, u"+Inf"_s}}, double(m_count)});
    family.samples.push_back({u"_sum"_s, {}, m_sum});
    family.samples.push_back({u"_count"_s, {}, double(m_count)});
    return family;
}

} // namespace opsdesk::prometheus
