#include "metricchart.h"

#include "metricseriesmodel.h"
#include "workspace.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QUrl>
#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

/// A readable step for a value axis of 4 intervals reaching @p value: the smallest of 1, 1.5, 2,
/// 2.5, 3, 4, 5, 6, 8 × 10^n with 4 steps at or above it.
double niceStep(double value)
{
    const double step = value / 4;
    if (step <= 0) {
        return 0.25;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
    for (const double nice : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (step <= nice * magnitude * (1 + 1e-9)) {
            return nice * magnitude;
        }
    }
    return 10 * magnitude;
}

QList<QPointF> toPoints(const QList<metrics::Point> &points)
{
    QList<QPointF> xy;
    xy.reserve(points.size());
    for (const auto &point : points) {
        xy.append(QPointF(double(point.atMs), point.avg));
    }
    return xy;
}

} // namespace

MetricChart::MetricChart(QObject *parent)
    : QObject(parent)
{}

MetricChart::~MetricChart()
{
    if (m_model) {
        m_model->detach(this);
    }
}

void MetricChart::setModel(MetricSeriesModel *model)
{
    if (m_model == model) {
        return;
    }
    if (m_model) {
        m_model->detach(this);
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = model;
    if (m_model) {
        connect(m_model, &MetricSeriesModel::seriesChanged, this, [this] {
            if (!m_seriesName.isEmpty() && m_seriesId == 0 && m_model->idOf(m_seriesName) > 0) {
                Q_EMIT seriesIdChanged();
            }
        });
        m_model->attach(this);
    }
    Q_EMIT modelChanged();
    refreshInfo();
}

int MetricChart::seriesId() const
{
    if (m_seriesId > 0 || m_seriesName.isEmpty() || !m_model) {
        return m_seriesId;
    }
    return m_model->idOf(m_seriesName);
}

void MetricChart::setSeriesId(int seriesId)
{
    if (m_seriesId == seriesId) {
        return;
    }
    m_seriesId = seriesId;
    Q_EMIT seriesIdChanged();
    refreshInfo();
    if (m_model) {
        m_model->requestPoints(this);
    }
}

void MetricChart::setSeriesName(const QString &name)
{
    if (m_seriesName == name) {
        return;
    }
    m_seriesName = name;
    Q_EMIT seriesIdChanged();
    refreshInfo();
    if (m_model) {
        m_model->requestPoints(this);
    }
}

QObject *MetricChart::series() const
{
    return m_series.data();
}

void MetricChart::setSeries(QObject *series)
{
    auto *xy = qobject_cast<QXYSeries *>(series);
    if (m_series == xy) {
        return;
    }
    m_series = xy;
    if (m_series) {
        m_series->replace(toPoints(m_points));
    }
    Q_EMIT seriesChanged();
}

QObject *MetricChart::axisX() const
{
    return m_axisX.data();
}

void MetricChart::setAxisX(QObject *axis)
{
    m_axisX = qobject_cast<QDateTimeAxis *>(axis);
    updateAxes();
    Q_EMIT seriesChanged();
}

QObject *MetricChart::axisY() const
{
    return m_axisY.data();
}

void MetricChart::setAxisY(QObject *axis)
{
    m_axisY = qobject_cast<QValueAxis *>(axis);
    updateAxes();
    Q_EMIT seriesChanged();
}

QVariantList MetricChart::thresholdSeries() const
{
    QVariantList list;
    for (const auto &series : m_thresholdSeries) {
        list.append(QVariant::fromValue<QObject *>(series.data()));
    }
    return list;
}

void MetricChart::setThresholdSeries(const QVariantList &series)
{
    m_thresholdSeries.clear();
    for (const QVariant &value : series) {
        m_thresholdSeries.append(qobject_cast<QXYSeries *>(value.value<QObject *>()));
    }
    updateThresholdLines();
    Q_EMIT thresholdSeriesChanged();
}

QString MetricChart::title() const
{
    const auto *s = m_model ? m_model->series(seriesId()) : nullptr;
    return s ? MetricSeriesModel::titleOf(*s) : m_seriesName;
}

QString MetricChart::unit() const
{
    const auto *s = m_model ? m_model->series(seriesId()) : nullptr;
    return s ? MetricSeriesModel::unitOf(*s) : QString();
}

QString MetricChart::description() const
{
    const int row = m_model ? m_model->rowOf(seriesId()) : -1;
    return row < 0
               ? QString()
               : m_model->data(m_model->index(row), MetricSeriesModel::DescriptionRole).toString();
}

bool MetricChart::builtin() const
{
    const auto *s = m_model ? m_model->series(seriesId()) : nullptr;
    return s ? s->builtin : true;
}

QString MetricChart::valueLabel() const
{
    return m_points.isEmpty() ? QString() : MetricSeriesModel::formatValue(m_points.back().avg);
}

QVariantList MetricChart::thresholds() const
{
    QVariantList list;
    const QString unitLabel = unit();
    for (const auto &threshold : m_thresholds) {
        list.append(QVariantMap{
            {u"ruleId"_s, threshold.ruleId},
            {u"name"_s, threshold.name},
            {u"comparator"_s, threshold.comparator},
            {u"value"_s, threshold.value},
            {u"severity"_s, threshold.severity},
            {u"state"_s, threshold.state},
            {u"label"_s, u"%1: %2 %3 %4"_s
                             .arg(threshold.name, threshold.comparator,
                                  MetricSeriesModel::formatValue(threshold.value), unitLabel)
                             .trimmed()}});
    }
    return list;
}

QVariantMap MetricChart::readout(double atMs) const
{
    if (m_points.isEmpty()) {
        return {};
    }
    const auto at = qint64(atMs);
    auto it = std::lower_bound(m_points.begin(), m_points.end(), at,
                               [](const metrics::Point &p, qint64 t) { return p.atMs < t; });
    // The nearer of the points either side of the pointer.
    const bool pastTheEnd = it == m_points.end();
    if (pastTheEnd || (it != m_points.begin() && (at - (it - 1)->atMs) < (it->atMs - at))) {
        --it;
    }
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(it->atMs).toLocalTime();
    const QLocale locale;
    const QString timeLabel = m_bucketSeconds <= 10 ? locale.toString(time, u"HH:mm:ss"_s)
                              : m_bucketSeconds < 600
                                  ? locale.toString(time, u"ddd HH:mm"_s)
                                  : locale.toString(time, u"ddd d MMM, HH:mm"_s);
    const QString value = MetricSeriesModel::formatValue(it->avg);
    const QString unitLabel = unit();
    QString valueText = unitLabel.isEmpty() ? value : u"%1 %2"_s.arg(value, unitLabel);
    if (m_bucketSeconds > 10 && it->min != it->max) {
        valueText = tr("%1 (min %2, max %3)", "@info chart read-out of a bucket")
                        .arg(valueText, MetricSeriesModel::formatValue(it->min),
                             MetricSeriesModel::formatValue(it->max));
    }
    return {{u"atMs"_s, double(it->atMs)},
            {u"value"_s, it->avg},
            {u"timeLabel"_s, timeLabel},
            {u"valueLabel"_s, valueText}};
}

QString MetricChart::suggestedFileName() const
{
    const auto *s = m_model ? m_model->series(seriesId()) : nullptr;
    const QString name = s ? s->name : m_seriesName.isEmpty() ? u"chart"_s : m_seriesName;
    const QString range = m_model ? m_model->range() : QString();
    return u"opsdesk-%1-%2-%3.png"_s.arg(
        name, range,
        QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s)); // file names stay ASCII
}

QUrl MetricChart::suggestedFileUrl() const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty()) {
        folder = QDir::homePath();
    }
    return QUrl::fromLocalFile(QDir(folder).filePath(suggestedFileName()));
}

QString MetricChart::localPath(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

qint64 MetricChart::lastPointMs() const
{
    return m_points.isEmpty() ? 0 : m_points.back().atMs;
}

void MetricChart::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        Q_EMIT loadingChanged();
    }
}

void MetricChart::setRangePoints(const QList<metrics::Point> &points, qint64 startMs, qint64 endMs,
                                 int bucketSeconds)
{
    m_points = points;
    m_bucketSeconds = bucketSeconds;
    m_startMs = startMs;
    m_endMs = endMs;
    if (m_series) {
        m_series->replace(toPoints(m_points)); // one signal, one redraw
    }
    updateValueRange();
    updateAxes();
    updateThresholdLines();
    updateBreaches();
    setLoading(false);
    Q_EMIT rangeChanged();
    Q_EMIT pointsChanged();
}

void MetricChart::appendPoints(const QList<metrics::Point> &newer, qint64 startMs, qint64 endMs)
{
    int appended = 0;
    for (const auto &point : newer) {
        if (!m_points.isEmpty() && point.atMs == m_points.back().atMs && m_bucketSeconds > 10) {
            // The last bucket grew.
            m_points.back() = point;
            if (m_series && m_series->count() > 0) {
                m_series->replace(m_series->count() - 1, QPointF(double(point.atMs), point.avg));
            }
            ++appended;
        } else if (m_points.isEmpty() || point.atMs > m_points.back().atMs) {
            m_points.append(point);
            if (m_series) {
                m_series->append(double(point.atMs), point.avg);
            }
            ++appended;
        }
    }
    m_startMs = startMs;
    m_endMs = endMs;
    dropBefore(startMs);
    updateValueRange();
    updateAxes();
    updateThresholdLines();
    updateBreaches();
    Q_EMIT rangeChanged();
    Q_EMIT pointsChanged();
    Q_EMIT pointsAppended(appended);
}

void MetricChart::moveWindow(qint64 startMs, qint64 endMs)
{
    if (startMs == m_startMs && endMs == m_endMs) {
        return;
    }
    m_startMs = startMs;
    m_endMs = endMs;
    const auto before = m_points.size();
    dropBefore(startMs);
    if (m_points.size() != before) {
        updateValueRange();
        updateBreaches();
        Q_EMIT pointsChanged();
    }
    updateAxes();
    updateThresholdLines();
    Q_EMIT rangeChanged();
}

void MetricChart::dropBefore(qint64 startMs)
{
    // A bucket starting before the window still covers its beginning.
    const qint64 keepFrom = startMs - qint64(m_bucketSeconds > 10 ? m_bucketSeconds : 0) * 1000;
    qsizetype drop = 0;
    while (drop < m_points.size() && m_points[drop].atMs < keepFrom) {
        ++drop;
    }
    if (drop == 0) {
        return;
    }
    m_points.remove(0, drop);
    if (m_series) {
        m_series->removePoints(0, int(std::min<qsizetype>(drop, m_series->count())));
    }
}

void MetricChart::refreshInfo()
{
    const auto thresholds =
        m_model ? m_model->thresholdsOf(seriesId()) : QList<metrics::Threshold>();
    const auto same = [](const metrics::Threshold &a, const metrics::Threshold &b) {
        return a.ruleId == b.ruleId && a.comparator == b.comparator && a.value == b.value &&
               a.severity == b.severity && a.state == b.state && a.name == b.name;
    };
    if (!std::equal(thresholds.begin(), thresholds.end(), m_thresholds.begin(), m_thresholds.end(),
                    same)) {
        m_thresholds = thresholds;
        updateValueRange();
        updateAxes();
        updateBreaches();
        Q_EMIT thresholdsChanged(); // the page recreates the threshold series
    }
    Q_EMIT infoChanged();
}

void MetricChart::updateAxes()
{
    if (m_axisX && m_endMs > m_startMs) {
        m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(m_startMs),
                          QDateTime::fromMSecsSinceEpoch(m_endMs));
    }
    if (m_axisY && (m_axisY->min() != m_minValue || m_axisY->max() != m_maxValue)) {
        m_axisY->setRange(m_minValue, m_maxValue);
    }
}

void MetricChart::updateThresholdLines()
{
    for (qsizetype i = 0; i < m_thresholdSeries.size() && i < m_thresholds.size(); ++i) {
        if (auto *line = m_thresholdSeries[i].data()) {
            const double value = m_thresholds[i].value;
            line->replace({QPointF(double(m_startMs), value), QPointF(double(m_endMs), value)});
        }
    }
}

void MetricChart::updateBreaches()
{
    QVariantList breaches;
    const qint64 step = qint64(m_bucketSeconds) * 1000;
    for (const auto &threshold : std::as_const(m_thresholds)) {
        const auto periods =
            metrics::breachPeriods(m_points, threshold.comparator, threshold.value, step);
        for (const auto &period : periods) {
            breaches.append(QVariantMap{{u"startMs"_s, double(period.startMs)},
                                        {u"endMs"_s, double(period.endMs)},
                                        {u"severity"_s, threshold.severity}});
        }
    }
    if (breaches != m_breaches) {
        m_breaches = breaches;
        Q_EMIT breachesChanged();
    }
}

void MetricChart::updateValueRange()
{
    double low = 0;
    double high = 0;
    for (const auto &point : std::as_const(m_points)) {
        low = std::min(low, point.min);
        high = std::max(high, point.max);
    }
    for (const auto &threshold : std::as_const(m_thresholds)) {
        low = std::min(low, threshold.value);
        high = std::max(high, threshold.value);
    }
    // Four intervals (the axis has five ticks) of a readable step, with headroom above.
    m_minValue = low < 0 ? -4 * niceStep(-low * 1.1) : 0;
    m_maxValue = 4 * niceStep(high * 1.1);
    if (m_maxValue <= m_minValue) {
        m_maxValue = m_minValue + 1;
    }
}

} // namespace opsdesk
