#pragma once

#include "metrics.h"
#include "metricseriesmodel.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

QT_BEGIN_NAMESPACE
class QXYSeries;
class QDateTimeAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace opsdesk {

/// The points of one metric series over the range its MetricSeriesModel shows, fed into a Qt
/// Charts series declared in QML:
///
///     ChartView { LineSeries { id: line; axisX: DateTimeAxis { id: time } axisY: ValueAxis { id:
///     values } } } MetricChart { model: seriesModel; seriesId: 3; series: line; axisX: time;
///     axisY: values }
///
/// A range switch replaces the series' points once (QXYSeries::replace); a live update appends
/// the new points and removes those that left the window from the front, so the points before
/// them stay as they are and nothing is redrawn from scratch. The time axis follows the window;
/// the value axis gets a readable range that includes the thresholds. Threshold lines are series
/// the page creates (thresholdSeries); the element keeps each at its rule's value across the
/// window. Breach periods (where a rule's threshold was breached within the window) come as a
/// list for the page to shade.
class MetricChart : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(opsdesk::MetricSeriesModel *model READ model WRITE setModel NOTIFY modelChanged)
    /// The series shown; or give seriesName (the id is looked up once the model has it).
    Q_PROPERTY(int seriesId READ seriesId WRITE setSeriesId NOTIFY seriesIdChanged)
    Q_PROPERTY(QString seriesName READ seriesName WRITE setSeriesName NOTIFY seriesIdChanged)
    /// A Qt Charts XY series (LineSeries) the points go to.
    Q_PROPERTY(QObject *series READ series WRITE setSeries NOTIFY seriesChanged)
    /// The chart's DateTimeAxis and ValueAxis (optional): their ranges follow the data.
    Q_PROPERTY(QObject *axisX READ axisX WRITE setAxisX NOTIFY seriesChanged)
    Q_PROPERTY(QObject *axisY READ axisY WRITE setAxisY NOTIFY seriesChanged)
    /// One XY series per entry of thresholds, in that order (the page creates them).
    Q_PROPERTY(QVariantList thresholdSeries READ thresholdSeries WRITE setThresholdSeries NOTIFY
                   thresholdSeriesChanged)

    Q_PROPERTY(QString title READ title NOTIFY infoChanged)
    Q_PROPERTY(QString unit READ unit NOTIFY infoChanged)
    Q_PROPERTY(QString description READ description NOTIFY infoChanged)
    Q_PROPERTY(bool builtin READ builtin NOTIFY infoChanged)
    /// The newest point in the window, formatted; empty when none.
    Q_PROPERTY(QString valueLabel READ valueLabel NOTIFY pointsChanged)
    Q_PROPERTY(int pointCount READ pointCount NOTIFY pointsChanged)
    /// The points for the current range have not arrived yet.
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    /// Enabled alert rules on the series: [{ruleId, name, comparator, value, severity, state,
    /// label}], worst severity first.
    Q_PROPERTY(QVariantList thresholds READ thresholds NOTIFY thresholdsChanged)
    /// Where the series breached a threshold in the window: [{startMs, endMs, severity}].
    Q_PROPERTY(QVariantList breaches READ breaches NOTIFY breachesChanged)
    Q_PROPERTY(double rangeStartMs READ rangeStartMs NOTIFY rangeChanged)
    Q_PROPERTY(double rangeEndMs READ rangeEndMs NOTIFY rangeChanged)
    /// The value axis' range (also set on axisY when given).
    Q_PROPERTY(double minValue READ minValue NOTIFY pointsChanged)
    Q_PROPERTY(double maxValue READ maxValue NOTIFY pointsChanged)

public:
    explicit MetricChart(QObject *parent = nullptr);
    ~MetricChart() override;

    [[nodiscard]] MetricSeriesModel *model() const { return m_model; }
    void setModel(MetricSeriesModel *model);
    [[nodiscard]] int seriesId() const;
    void setSeriesId(int seriesId);
    [[nodiscard]] QString seriesName() const { return m_seriesName; }
    void setSeriesName(const QString &name);
    [[nodiscard]] QObject *series() const;
    void setSeries(QObject *series);
    [[nodiscard]] QObject *axisX() const;
    void setAxisX(QObject *axis);
    [[nodiscard]] QObject *axisY() const;
    void setAxisY(QObject *axis);
    [[nodiscard]] QVariantList thresholdSeries() const;
    void setThresholdSeries(const QVariantList &series);

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString unit() const;
    [[nodiscard]] QString description() const;
    [[nodiscard]] bool builtin() const;
    [[nodiscard]] QString valueLabel() const;
    [[nodiscard]] int pointCount() const { return int(m_points.size()); }
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QVariantList thresholds() const;
    [[nodiscard]] QVariantList breaches() const { return m_breaches; }
    [[nodiscard]] double rangeStartMs() const { return double(m_startMs); }
    [[nodiscard]] double rangeEndMs() const { return double(m_endMs); }
    [[nodiscard]] double minValue() const { return m_minValue; }
    [[nodiscard]] double maxValue() const { return m_maxValue; }

    /// The point nearest to @p atMs: {atMs, timeLabel, value, valueLabel}; empty without points.
    Q_INVOKABLE QVariantMap readout(double atMs) const;
    /// A file name for an exported image: "opsdesk-delivery_failure_rate-24h-20261121-1405.png".
    Q_INVOKABLE QString suggestedFileName() const;
    /// Where the save dialog starts: the suggested file name in the Pictures folder.
    Q_INVOKABLE QUrl suggestedFileUrl() const;
    /// A local path for a file URL from a file dialog.
    Q_INVOKABLE static QString localPath(const QUrl &url);

    /// Called by the model. The time of the newest point held (0 when none) and of the last
    /// bucket's start, for fetching what is newer.
    [[nodiscard]] qint64 lastPointMs() const;
    /// Replaces the points (range switch, first load) and the window.
    void setRangePoints(const QList<metrics::Point> &points, qint64 startMs, qint64 endMs,
                        int bucketSeconds);
    /// Appends @p newer (raw samples, or buckets for a bucketed range: one with the time of the
    /// last point replaces it) and moves the window to [startMs, endMs].
    void appendPoints(const QList<metrics::Point> &newer, qint64 startMs, qint64 endMs);
    /// Moves the window and drops the points that left it.
    void moveWindow(qint64 startMs, qint64 endMs);
    /// The points need loading again (range switch).
    void setLoading(bool loading);
    /// Series info or thresholds changed in the model.
    void refreshInfo();

Q_SIGNALS:
    void modelChanged();
    void seriesIdChanged();
    void seriesChanged();
    void thresholdSeriesChanged();
    void infoChanged();
    void pointsChanged();
    void loadingChanged();
    void thresholdsChanged();
    void breachesChanged();
    void rangeChanged();
    /// Emitted after a live append (benchmarks measure GUI time per update here).
    void pointsAppended(int count);

private:
    void dropBefore(qint64 startMs);
    void updateAxes();
    void updateThresholdLines();
    void updateBreaches();
    void updateValueRange();

    QPointer<MetricSeriesModel> m_model;
    int m_seriesId = 0;
    QString m_seriesName;
    QPointer<QXYSeries> m_series;
    QPointer<QDateTimeAxis> m_axisX;
    QPointer<QValueAxis> m_axisY;
    QList<QPointer<QXYSeries>> m_thresholdSeries;
    QList<metrics::Point> m_points;
    QList<metrics::Threshold> m_thresholds;
    QVariantList m_breaches;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    int m_bucketSeconds = 10;
    double m_minValue = 0;
    double m_maxValue = 1;
    bool m_loading = true;
};

} // namespace opsdesk
