#include "metricseriesmodel.h"

#include "database.h"
#include "displayformat.h"
#include "metricchart.h"
#include "workspace.h"

#include <QDateTime>
#include <QLocale>
#include <QPointF>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

const QString kSamples = u"metric_samples"_s;
const QString kSeries = u"metric_series"_s;
const QString kRules = u"alert_rules"_s;

constexpr qint64 kMinute = 60LL * 1000;
/// How much of each series the model keeps for the tiles: the sparkline's 30 minutes.
constexpr qint64 kRecentMs = 30 * kMinute;
/// The trend compares the newest sample with the one about this long before it.
constexpr qint64 kTrendMs = 10 * kMinute;
/// The window slides this often when no samples arrive (the time axis keeps moving).
constexpr int kSlideIntervalMs = 10 * 1000;

constexpr char kContext[] = "opsdesk::MetricSeriesModel";

/// The built-in series' titles, translatable (migration 0008 holds the English ones).
const display::Labels &builtinTitles()
{
    static const display::Labels labels{
        {u"webhook_events_per_min"_s,
         QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "Webhook events")},
        {u"signature_failures_per_min"_s,
         QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "Signature failures")},
        {u"inbound_messages_per_min"_s,
         QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "Inbound messages")},
        {u"outbound_messages_per_min"_s,
         QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "Outbound messages")},
        {u"delivery_failure_rate"_s,
         QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "Delivery failure rate")},
        {u"delivery_time_p50"_s,
         QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "Delivery time p50")},
        {u"delivery_time_p95"_s,
         QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "Delivery time p95")},
        {u"first_response_time_p50"_s,
         QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "First response time p50")},
        {u"open_conversations"_s,
         QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "Open conversations")},
        {u"unassigned_conversations"_s,
         QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "Unassigned conversations")},
        {u"conversations_waiting_over_5m"_s,
         QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "Waiting over 5 min")},
        {u"job_queue_depth"_s, QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "Job queue depth")},
        {u"dead_jobs"_s, QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "Dead jobs")},
        {u"ingest_latency_p95"_s,
         QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "Ingest latency p95")}};
    return labels;
}

const display::Labels &builtinDescriptions()
{
    static const display::Labels labels{
        {u"webhook_events_per_min"_s,
         QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel",
                           "WhatsApp webhook events stored in the last minute.")},
        {u"signature_failures_per_min"_s,
         QT_TRANSLATE_NOOP(
             "opsdesk::MetricSeriesModel",
             "Webhook POSTs refused in the last minute because their signature did not verify.")},
        {u"inbound_messages_per_min"_s,
         QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel",
                           "Customer messages received in the last minute.")},
        {u"outbound_messages_per_min"_s,
         QT_TRANSLATE_NOOP(
             "opsdesk::MetricSeriesModel",
             "Replies and templates queued in the last minute (private notes excluded).")},
        {u"delivery_failure_rate"_s,
         QT_TRANSLATE_NOOP(
             "opsdesk::MetricSeriesModel",
             "Of the outbound messages settled in the last 5 minutes, the share that failed.")},
        {u"delivery_time_p50"_s,
         QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel",
                           "Median time from sent to delivered, last 15 minutes.")},
        {u"delivery_time_p95"_s,
         QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel",
                           "95th percentile of the time from sent to delivered, last 15 minutes.")},
        {u"first_response_time_p50"_s,
         QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel",
                           "Median time a customer waited for a person's reply, last hour.")},
        {u"open_conversations"_s,
         QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "Conversations with status open.")},
        {u"unassigned_conversations"_s,
         QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel",
                           "Open or pending conversations nobody is assigned to.")},
        {u"conversations_waiting_over_5m"_s,
         QT_TRANSLATE_NOOP(
             "opsdesk::MetricSeriesModel",
             "Open or pending conversations whose customer has waited more than 5 minutes.")},
        {u"job_queue_depth"_s, QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel",
                                                 "Jobs queued, running or waiting to retry.")},
        {u"dead_jobs"_s,
         QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel",
                           "Jobs that gave up after their last attempt and wait for an admin.")},
        {u"ingest_latency_p95"_s,
         QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel",
                           "95th percentile of webhook handling time, last minute.")}};
    return labels;
}

const display::Labels &builtinUnits()
{
    static const display::Labels labels{
        {u"events/min"_s, QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "events/min")},
        {u"failures/min"_s, QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "failures/min")},
        {u"messages/min"_s, QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "messages/min")},
        {u"%"_s, QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "%")},
        {u"s"_s, QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "s")},
        {u"ms"_s, QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "ms")},
        {u"conversations"_s, QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "conversations")},
        {u"jobs"_s, QT_TRANSLATE_NOOP("opsdesk::MetricSeriesModel", "jobs")}};
    return labels;
}

/// Built-in series for which a rising value is bad news (the rest are traffic: neutral).
bool higherIsWorse(const QString &name)
{
    static const QStringList worse{u"signature_failures_per_min"_s,
                                   u"delivery_failure_rate"_s,
                                   u"delivery_time_p50"_s,
                                   u"delivery_time_p95"_s,
                                   u"first_response_time_p50"_s,
                                   u"unassigned_conversations"_s,
                                   u"conversations_waiting_over_5m"_s,
                                   u"job_queue_depth"_s,
                                   u"dead_jobs"_s,
                                   u"ingest_latency_p95"_s};
    return worse.contains(name);
}

/// The value about kTrendMs before the newest sample: the newest sample at least that old, or
/// the oldest one when it is at least half that old; nullptr when there is none.
const metrics::Point *trendBase(const QList<metrics::Point> &recent)
{
    if (recent.size() < 2) {
        return nullptr;
    }
    const qint64 target = recent.back().atMs - kTrendMs;
    const metrics::Point *base = nullptr;
    for (const auto &point : recent) {
        if (point.atMs <= target) {
            base = &point;
        } else {
            break;
        }
    }
    if (!base && recent.back().atMs - recent.front().atMs >= kTrendMs / 2) {
        base = &recent.front();
    }
    return base;
}

struct LoadResult {
    QList<metrics::Series> series;
    std::optional<QList<metrics::Threshold>> thresholds;
    metrics::Points recent;
};

} // namespace

MetricSeriesModel::MetricSeriesModel(QObject *parent)
    : SessionModelBase({kSamples, kSeries, kRules}, parent)
{
    m_pointsTimer.setSingleShot(true);
    m_pointsTimer.setInterval(0);
    connect(&m_pointsTimer, &QTimer::timeout, this, [this] { loadPoints(); });
    m_slideTimer.setInterval(kSlideIntervalMs);
    connect(&m_slideTimer, &QTimer::timeout, this, &MetricSeriesModel::slide);
    m_rangeEndMs = QDateTime::currentMSecsSinceEpoch();
}

MetricSeriesModel::~MetricSeriesModel()
{
    // A copy: setModel(nullptr) detaches the chart, which removes it from m_charts.
    const auto charts = m_charts;
    for (const auto &chart : charts) {
        if (chart) {
            chart->setModel(nullptr);
        }
    }
}

int MetricSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString MetricSeriesModel::titleOf(const metrics::Series &series)
{
    return series.builtin
               ? display::translatedLabel(kContext, builtinTitles(), series.name, series.title)
               : series.title;
}

QString MetricSeriesModel::unitOf(const metrics::Series &series)
{
    return series.builtin
               ? display::translatedLabel(kContext, builtinUnits(), series.unit, series.unit)
               : series.unit;
}

QString MetricSeriesModel::formatValue(double value)
{
    const double magnitude = std::abs(value);
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    const int decimals = magnitude >= 100 || whole ? 0 : magnitude >= 10 ? 1 : 2;
    return QLocale().toString(value, 'f', decimals);
}

QVariant MetricSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() < 0 ||
        index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row &row = m_rows[size_t(index.row())];
    const auto &s = row.series;
    const bool hasValue = !row.recent.isEmpty();
    switch (role) {
    case SeriesIdRole:
        return s.id;
    case NameRole:
        return s.name;
    case Qt::DisplayRole:
    case TitleRole:
        return titleOf(s);
    case UnitRole:
        return unitOf(s);
    case DescriptionRole:
        return s.builtin ? display::translatedLabel(kContext, builtinDescriptions(), s.name,
                                                    s.description)
                         : s.description;
    case BuiltinRole:
        return s.builtin;
    case HasValueRole:
        return hasValue;
    case ValueRole:
        return hasValue ? row.recent.back().avg : 0.0;
    case ValueLabelRole:
        return hasValue ? formatValue(row.recent.back().avg) : u"–"_s;
    case UpdatedLabelRole:
        return hasValue ? tr("Updated %1")
                              .arg(QLocale().toString(
                                  QDateTime::fromMSecsSinceEpoch(row.recent.back().atMs).time(),
                                  u"HH:mm:ss"_s))
                        : tr("No samples in the last 30 minutes");
    case TrendRole:
    case TrendLabelRole:
    case TrendMeaningRole: {
        const metrics::Point *base = trendBase(row.recent);
        if (!base) {
            return role == TrendMeaningRole ? u"neutral"_s : QString();
        }
        const double now = row.recent.back().avg;
        const double diff = now - base->avg;
        const double scale = std::max(std::abs(base->avg), std::abs(now));
        const bool flat = std::abs(diff) <= 1e-9 || (scale > 0 && std::abs(diff) / scale < 0.01);
        const QString direction = flat ? u"flat"_s : diff > 0 ? u"up"_s : u"down"_s;
        if (role == TrendRole) {
            return direction;
        }
        if (role == TrendMeaningRole) {
            if (flat || !higherIsWorse(s.name)) {
                return u"neutral"_s;
            }
            return diff > 0 ? u"danger"_s : u"success"_s;
        }
        if (flat) {
            return tr("▶ steady vs 10 min ago", "@info trend of a metric");
        }
        const QString arrow = diff > 0 ? u"▲"_s : u"▼"_s;
        if (std::abs(base->avg) > 1e-9) {
            const double percent = std::abs(diff) / std::abs(base->avg) * 100;
            return tr("%1 %2 % vs 10 min ago", "@info trend: arrow, percentage")
                .arg(arrow, QLocale().toString(percent, 'f', percent >= 10 ? 0 : 1));
        }
        return tr("%1 %2 vs 10 min ago", "@info trend: arrow, change")
            .arg(arrow, formatValue(std::abs(diff)));
    }
    case SparklineRole: {
        QVariantList points;
        if (row.recent.isEmpty()) {
            return points;
        }
        double low = row.recent.front().avg;
        double high = low;
        for (const auto &point : row.recent) {
            low = std::min(low, point.avg);
            high = std::max(high, point.avg);
        }
        const qint64 end = std::max(nowMs(), row.recent.back().atMs);
        const qint64 start = end - kRecentMs;
        points.reserve(row.recent.size());
        for (const auto &point : row.recent) {
            const double x = double(point.atMs - start) / double(kRecentMs);
            const double y = high > low ? (point.avg - low) / (high - low) : 0.5;
            points.append(QPointF(std::clamp(x, 0.0, 1.0), y));
        }
        return points;
    }
    case AlertStateRole:
    case AlertMeaningRole:
    case AlertLabelRole: {
        const metrics::Threshold *worst = nullptr;
        int worstRank = 0;
        for (const auto &threshold : row.thresholds) {
            const int rank = threshold.state == u"alerting" ? 2
                             : threshold.state == u"pending" || threshold.state == u"recovering"
                                 ? 1
                                 : 0;
            if (rank > worstRank) {
                worst = &threshold;
                worstRank = rank;
            }
        }
        if (role == AlertStateRole) {
            return worstRank == 2 ? u"alerting"_s : worstRank == 1 ? u"pending"_s : u"normal"_s;
        }
        if (role == AlertMeaningRole) {
            return worstRank == 2 ? u"danger"_s : worstRank == 1 ? u"warning"_s : QString();
        }
        if (!worst) {
            return QString();
        }
        const QString condition =
            u"%1 %2 %3"_s.arg(worst->comparator, formatValue(worst->value), unitOf(s)).trimmed();
        // The condition first: a narrow tile elides the rule's name, not the threshold.
        return worstRank == 2 ? tr("Alerting: %1 · %2").arg(condition, worst->name)
                              : tr("Pending: %1 · %2").arg(condition, worst->name);
    }
    case ThresholdCountRole:
        return int(row.thresholds.size());
    default:
        return {};
    }
}

QHash<int, QByteArray> MetricSeriesModel::roleNames() const
{
    return {{SeriesIdRole, "seriesId"},
            {NameRole, "name"},
            {TitleRole, "title"},
            {UnitRole, "unit"},
            {DescriptionRole, "description"},
            {BuiltinRole, "builtin"},
            {HasValueRole, "hasValue"},
            {ValueRole, "value"},
            {ValueLabelRole, "valueLabel"},
            {UpdatedLabelRole, "updatedLabel"},
            {TrendRole, "trend"},
            {TrendLabelRole, "trendLabel"},
            {TrendMeaningRole, "trendMeaning"},
            {SparklineRole, "sparkline"},
            {AlertStateRole, "alertState"},
            {AlertMeaningRole, "alertMeaning"},
            {AlertLabelRole, "alertLabel"},
            {ThresholdCountRole, "thresholdCount"}};
}

void MetricSeriesModel::setRange(const QString &range)
{
    static const QStringList known{u"15m"_s, u"1h"_s, u"24h"_s, u"7d"_s};
    if (range == m_range || !known.contains(range)) {
        return;
    }
    m_range = range;
    ++m_pointsGeneration;
    m_rangeEndMs = nowMs();
    Q_EMIT rangeChanged();
    // The axes move with the new points (loadPoints), not before: moving them now would lay out
    // and draw every chart once more with the old points in the new window.
    m_allWaiting = true;
    for (const auto &chart : std::as_const(m_charts)) {
        if (chart) {
            chart->setLoading(true);
        }
    }
    schedulePoints();
}

void MetricSeriesModel::setNames(const QStringList &names)
{
    if (names == m_names) {
        return;
    }
    m_names = names;
    Q_EMIT namesChanged();
    reload();
}

QVariantList MetricSeriesModel::rangeOptions() const
{
    return {QVariantMap{{u"key"_s, u"15m"_s},
                        {u"label"_s, tr("15 min", "@item:range")},
                        {u"tip"_s, tr("Last 15 minutes, every sample (key 1)")}},
            QVariantMap{{u"key"_s, u"1h"_s},
                        {u"label"_s, tr("1 h", "@item:range")},
                        {u"tip"_s, tr("Last hour, every sample (key 2)")}},
            QVariantMap{{u"key"_s, u"24h"_s},
                        {u"label"_s, tr("24 h", "@item:range")},
                        {u"tip"_s, tr("Last 24 hours, one point per minute (key 3)")}},
            QVariantMap{{u"key"_s, u"7d"_s},
                        {u"label"_s, tr("7 d", "@item:range")},
                        {u"tip"_s, tr("Last 7 days, one point per 10 minutes (key 4)")}}};
}

qint64 MetricSeriesModel::rangeMs() const
{
    if (m_range == u"15m") {
        return 15 * kMinute;
    }
    if (m_range == u"24h") {
        return 24LL * 60 * kMinute;
    }
    if (m_range == u"7d") {
        return 7LL * 24 * 60 * kMinute;
    }
    return 60 * kMinute;
}

int MetricSeriesModel::bucketSeconds() const
{
    // At most about 1,500 points a chart: 90 / 360 raw, 1,440 minutes, 1,008 ten-minute buckets.
    if (m_range == u"24h") {
        return 60;
    }
    if (m_range == u"7d") {
        return 600;
    }
    return 10;
}

QString MetricSeriesModel::timeFormat() const
{
    return m_range == u"7d" ? u"ddd d"_s : u"HH:mm"_s;
}

int MetricSeriesModel::rowOf(int seriesId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].series.id == seriesId) {
            return int(i);
        }
    }
    return -1;
}

int MetricSeriesModel::idOf(const QString &name) const
{
    for (const Row &row : m_rows) {
        if (row.series.name == name) {
            return row.series.id;
        }
    }
    return 0;
}

const metrics::Series *MetricSeriesModel::series(int seriesId) const
{
    const int row = rowOf(seriesId);
    return row < 0 ? nullptr : &m_rows[size_t(row)].series;
}

QList<metrics::Threshold> MetricSeriesModel::thresholdsOf(int seriesId) const
{
    const int row = rowOf(seriesId);
    return row < 0 ? QList<metrics::Threshold>() : m_rows[size_t(row)].thresholds;
}

void MetricSeriesModel::attach(MetricChart *chart)
{
    if (!m_charts.contains(chart)) {
        m_charts.append(chart);
    }
    requestPoints(chart);
}

void MetricSeriesModel::detach(MetricChart *chart)
{
    m_charts.removeAll(chart);
    m_waiting.removeAll(chart);
}

void MetricSeriesModel::requestPoints(MetricChart *chart)
{
    if (!m_waiting.contains(chart)) {
        m_waiting.append(chart);
    }
    chart->setLoading(true);
    schedulePoints();
}

void MetricSeriesModel::schedulePoints()
{
    if (!m_pointsTimer.isActive()) {
        m_pointsTimer.start();
    }
}

qint64 MetricSeriesModel::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_clockOffsetMs;
}

void MetricSeriesModel::syncClock(qint64 databaseNowMs)
{
    m_clockOffsetMs = databaseNowMs - QDateTime::currentMSecsSinceEpoch();
}

QList<int> MetricSeriesModel::shownIds(const QList<metrics::Series> &all) const
{
    QList<int> ids;
    if (m_names.isEmpty()) {
        for (const auto &s : all) {
            ids.append(s.id);
        }
        return ids;
    }
    for (const QString &name : m_names) {
        for (const auto &s : all) {
            if (s.name == name) {
                ids.append(s.id);
            }
        }
    }
    return ids;
}

void MetricSeriesModel::trimRecent(Row &row) const
{
    const qint64 start = nowMs() - kRecentMs;
    qsizetype drop = 0;
    while (drop < row.recent.size() && row.recent[drop].atMs < start) {
        ++drop;
    }
    row.recent.remove(0, drop);
}

void MetricSeriesModel::clearRows()
{
    ++m_pointsGeneration;
    m_slideTimer.stop();
    setRows({});
    setPointsLoading(false);
    setPointsError({});
}

void MetricSeriesModel::setRows(std::vector<Row> rows)
{
    // A reload of the same series (F5, a gap in the feed) updates the rows in place: the tiles
    // and charts stay, nothing flickers. A different list resets.
    const bool sameSeries =
        std::equal(rows.begin(), rows.end(), m_rows.begin(), m_rows.end(),
                   [](const Row &a, const Row &b) { return a.series.id == b.series.id; });
    if (sameSeries && !m_rows.empty()) {
        m_rows = std::move(rows);
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    Q_EMIT seriesChanged();
    for (const auto &chart : std::as_const(m_charts)) {
        if (chart) {
            chart->refreshInfo();
        }
    }
}

QCoro::Task<> MetricSeriesModel::load()
{
    QPointer self{this};
    const quint64 loading = generation();
    setLoading(true);
    auto future = database()->run([](QSqlDatabase &db) {
        LoadResult result;
        result.series = metrics::fetchSeries(db);
        result.thresholds = metrics::fetchThresholds(db);
        QList<int> ids;
        for (const auto &s : std::as_const(result.series)) {
            ids.append(s.id);
        }
        const qint64 now = metrics::databaseNowMs(db);
        result.recent = metrics::fetchPoints(db, ids, now - kRecentMs, now, 10);
        return result;
    });
    auto loaded = co_await future;
    if (!self || loading != generation()) {
        co_return;
    }
    setLoading(false);
    if (!loaded) {
        setError(tr("Could not load the metrics: %1").arg(loaded.error()));
        co_return;
    }
    setError({});
    syncClock(loaded->recent.nowMs);
    std::vector<Row> rows;
    const QList<int> ids = shownIds(loaded->series);
    for (const int id : ids) {
        for (const auto &s : loaded->series) {
            if (s.id == id) {
                rows.push_back(Row{s, loaded->recent.points.value(id), {}});
            }
        }
    }
    m_thresholdsReadable = loaded->thresholds.has_value();
    if (const auto &thresholds = loaded->thresholds; thresholds.has_value()) {
        for (const auto &threshold : thresholds.value()) {
            for (Row &row : rows) {
                if (row.series.id == threshold.seriesId) {
                    row.thresholds.append(threshold);
                }
            }
        }
    }
    setRows(std::move(rows));
    Q_EMIT thresholdsChanged();
    // Every chart (again): a reload may follow a gap in the feed.
    ++m_pointsGeneration;
    m_rangeEndMs = nowMs();
    Q_EMIT rangeMoved();
    m_allWaiting = true;
    schedulePoints();
    m_slideTimer.start();
}

QCoro::Task<> MetricSeriesModel::loadPoints()
{
    Database *db = database();
    if (!db || !deniedReason().isEmpty()) {
        co_return;
    }
    QList<QPointer<MetricChart>> charts = m_allWaiting ? m_charts : m_waiting;
    m_allWaiting = false;
    m_waiting.clear();
    QList<int> ids;
    for (const auto &chart : std::as_const(charts)) {
        if (chart && chart->seriesId() > 0 && !ids.contains(chart->seriesId())) {
            ids.append(chart->seriesId());
        } else if (chart && !m_rows.empty()) {
            // A series this model does not hold (a name that does not exist): nothing to load.
            chart->setRangePoints({}, qint64(rangeStartMs()), m_rangeEndMs, bucketSeconds());
        }
    }
    if (ids.isEmpty()) {
        co_return;
    }
    QPointer self{this};
    const quint64 generation = m_pointsGeneration;
    const qint64 end = nowMs();
    const qint64 start = end - rangeMs();
    const int bucket = bucketSeconds();
    setPointsLoading(true);
    auto future = db->run([ids, start, end, bucket](QSqlDatabase &connection) {
        // A little past the window's end: samples stamped by a clock slightly ahead still show.
        return metrics::fetchPoints(connection, ids, start, end + kMinute, bucket);
    });
    auto points = co_await future;
    if (!self || generation != m_pointsGeneration) {
        co_return;
    }
    setPointsLoading(false);
    if (!points) {
        setPointsError(tr("Could not load the chart points: %1").arg(points.error()));
        for (const auto &chart : std::as_const(charts)) {
            if (chart) {
                chart->setLoading(false);
            }
        }
        co_return;
    }
    setPointsError({});
    syncClock(points->nowMs);
    m_rangeEndMs = std::max(end, points->nowMs);
    Q_EMIT rangeMoved();
    for (const auto &chart : std::as_const(charts)) {
        if (chart) {
            chart->setRangePoints(points->points.value(chart->seriesId()), qint64(rangeStartMs()),
                                  m_rangeEndMs, bucket);
        }
    }
}

void MetricSeriesModel::slide()
{
    m_rangeEndMs = nowMs();
    Q_EMIT rangeMoved();
    const qint64 start = m_rangeEndMs - rangeMs();
    for (const auto &chart : std::as_const(m_charts)) {
        if (chart && !chart->loading()) {
            chart->moveWindow(start, m_rangeEndMs);
        }
    }
}

QCoro::Task<> MetricSeriesModel::refetch(ChangeCoalescer::KeysByTable keys)
{
    QPointer self{this};
    if (keys.contains(kSeries)) {
        co_await applySeries();
        if (!self) {
            co_return;
        }
    }
    if (keys.contains(kRules)) {
        co_await applyThresholds();
        if (!self) {
            co_return;
        }
    }
    if (keys.contains(kSamples)) {
        co_await applySamples(keys.value(kSamples));
        if (!self) {
            co_return;
        }
    }
    refetchDone();
}

QCoro::Task<> MetricSeriesModel::applySeries()
{
    // Series come and go rarely (an external service registers one): reload the list, keeping
    // the rows of series that stay (their samples and thresholds).
    QPointer self{this};
    const quint64 loading = generation();
    auto future = database()->run([](QSqlDatabase &db) { return metrics::fetchSeries(db); });
    auto fetched = co_await future;
    if (!self || loading != generation() || !fetched) {
        co_return;
    }
    const QList<int> ids = shownIds(fetched.value());
    // Removals first, then inserts at their place, then updates.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!ids.contains(m_rows[size_t(i)].series.id)) {
            beginRemoveRows({}, i, i);
            m_rows.erase(m_rows.begin() + i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < int(ids.size()); ++i) {
        const auto found = std::find_if(fetched->begin(), fetched->end(),
                                        [&](const auto &s) { return s.id == ids[i]; });
        const int at = rowOf(ids[i]);
        if (at < 0) {
            beginInsertRows({}, i, i);
            m_rows.insert(m_rows.begin() + i, Row{*found, {}, {}});
            endInsertRows();
        } else if (m_rows[size_t(at)].series.title != found->title ||
                   m_rows[size_t(at)].series.unit != found->unit ||
                   m_rows[size_t(at)].series.description != found->description) {
            m_rows[size_t(at)].series = *found;
            Q_EMIT dataChanged(index(at), index(at));
        }
    }
    Q_EMIT seriesChanged();
    for (const auto &chart : std::as_const(m_charts)) {
        if (chart) {
            chart->refreshInfo();
        }
    }
}

QCoro::Task<> MetricSeriesModel::applyThresholds()
{
    QPointer self{this};
    const quint64 loading = generation();
    auto future = database()->run([](QSqlDatabase &db) { return metrics::fetchThresholds(db); });
    auto fetched = co_await future;
    if (!self || loading != generation() || !fetched) {
        co_return;
    }
    setThresholds(fetched.value());
}

void MetricSeriesModel::setThresholds(const std::optional<QList<metrics::Threshold>> &thresholds)
{
    m_thresholdsReadable = thresholds.has_value();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        QList<metrics::Threshold> mine;
        if (thresholds) {
            for (const auto &threshold : *thresholds) {
                if (threshold.seriesId == row.series.id) {
                    mine.append(threshold);
                }
            }
        }
        const auto same = [](const metrics::Threshold &a, const metrics::Threshold &b) {
            return a.ruleId == b.ruleId && a.comparator == b.comparator && a.value == b.value &&
                   a.severity == b.severity && a.state == b.state && a.name == b.name;
        };
        if (!std::equal(mine.begin(), mine.end(), row.thresholds.begin(), row.thresholds.end(),
                        same)) {
            row.thresholds = mine;
            Q_EMIT dataChanged(
                index(int(i)), index(int(i)),
                {AlertStateRole, AlertMeaningRole, AlertLabelRole, ThresholdCountRole});
        }
    }
    Q_EMIT thresholdsChanged();
    for (const auto &chart : std::as_const(m_charts)) {
        if (chart) {
            chart->refreshInfo();
        }
    }
}

QCoro::Task<> MetricSeriesModel::applySamples(QSet<QString> keys)
{
    // What each changed series needs: raw samples newer than the oldest "newest point" held by
    // the model's 30-minute window or a raw chart; a bucketed chart refetches from its last
    // bucket's start (that bucket grew).
    const int bucket = bucketSeconds();
    QHash<int, qint64> after;
    qint64 bucketSince = std::numeric_limits<qint64>::max();
    QList<int> bucketIds;
    const qint64 floor = nowMs() - kRecentMs;
    for (const QString &key : std::as_const(keys)) {
        const int id = key.toInt();
        std::optional<qint64> newest;
        const auto consider = [&newest](qint64 atMs) {
            newest = newest ? std::min(*newest, atMs) : atMs;
        };
        if (const int row = rowOf(id); row >= 0) {
            const auto &recent = m_rows[size_t(row)].recent;
            consider(recent.isEmpty() ? floor : recent.back().atMs);
        }
        for (const auto &chart : std::as_const(m_charts)) {
            if (!chart || chart->seriesId() != id || chart->loading()) {
                continue;
            }
            const qint64 last =
                chart->lastPointMs() > 0 ? chart->lastPointMs() : qint64(rangeStartMs());
            if (bucket <= 10) {
                consider(last);
            } else {
                if (!bucketIds.contains(id)) {
                    bucketIds.append(id);
                }
                bucketSince = std::min(bucketSince, last);
            }
        }
        if (newest) {
            after.insert(id, *newest);
        }
    }
    if (after.isEmpty() && bucketIds.isEmpty()) {
        co_return;
    }
    QPointer self{this};
    const quint64 loading = generation();
    const quint64 pointsGeneration = m_pointsGeneration;
    struct Fetched {
        metrics::Points raw;
        metrics::Points buckets;
    };
    auto future = database()->run([after, bucketIds, bucketSince, bucket](QSqlDatabase &db) {
        Fetched fetched;
        fetched.raw = metrics::fetchSamplesAfter(db, after);
        if (!bucketIds.isEmpty()) {
            fetched.buckets = metrics::fetchPoints(db, bucketIds, bucketSince,
                                                   fetched.raw.nowMs + kMinute, bucket);
        }
        return fetched;
    });
    auto fetched = co_await future;
    if (!self || loading != generation()) {
        co_return;
    }
    if (!fetched) {
        setPointsError(tr("Live update failed: %1").arg(fetched.error()));
        co_return;
    }
    setPointsError({}); // a passing failure does not stay on every chart
    syncClock(fetched->raw.nowMs);
    int applied = 0;
    // The tiles' 30-minute windows.
    for (size_t i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const auto fresh = fetched->raw.points.constFind(row.series.id);
        if (fresh == fetched->raw.points.constEnd()) {
            continue;
        }
        for (const auto &point : fresh.value()) {
            if (row.recent.isEmpty() || point.atMs > row.recent.back().atMs) {
                row.recent.append(point);
                ++applied;
            }
        }
        trimRecent(row);
        Q_EMIT dataChanged(index(int(i)), index(int(i)),
                           {HasValueRole, ValueRole, ValueLabelRole, UpdatedLabelRole, TrendRole,
                            TrendLabelRole, TrendMeaningRole, SparklineRole});
    }
    // The charts, unless a range switch made these answers stale.
    if (pointsGeneration == m_pointsGeneration) {
        m_rangeEndMs = std::max(nowMs(), m_rangeEndMs);
        Q_EMIT rangeMoved();
        const qint64 start = m_rangeEndMs - rangeMs();
        const auto &source = bucket <= 10 ? fetched->raw.points : fetched->buckets.points;
        for (const auto &chart : std::as_const(m_charts)) {
            if (chart && !chart->loading() && source.contains(chart->seriesId())) {
                chart->appendPoints(source.value(chart->seriesId()), start, m_rangeEndMs);
            }
        }
    }
    Q_EMIT liveBatchApplied(applied);
}

void MetricSeriesModel::setPointsLoading(bool loading)
{
    if (m_pointsLoading != loading) {
        m_pointsLoading = loading;
        Q_EMIT pointsLoadingChanged();
    }
}

void MetricSeriesModel::setPointsError(const QString &error)
{
    if (m_pointsError != error) {
        m_pointsError = error;
        Q_EMIT pointsErrorChanged();
    }
}

} // namespace opsdesk
