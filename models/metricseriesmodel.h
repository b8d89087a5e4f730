#pragma once

#include "metrics.h"
#include "sessionmodelbase.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace opsdesk {

class MetricChart;

/// The metric series of the signed-in session, live: one row per series with its latest value,
/// trend, a 30-minute sparkline and the state of the alert rules on it (the Overview's KPI
/// tiles), and the time range the charts of a page show (the Metrics page).
///
/// The model is also the page's point loader: the MetricChart elements of the page attach to it,
/// and a range switch loads the points of every attached chart in one query (raw 10-second
/// samples for 15 min and 1 h, 1-minute buckets for 24 h, 10-minute buckets for 7 days, so a
/// chart holds at most about 1,500 points). Live updates come from the change feed: a statement
/// inserting samples names each series once (tbl metric_samples, pk = series id); the model
/// fetches only the samples newer than what it and its charts hold, for every changed series in
/// one query per coalesced batch, and hands them to the charts to append. Alert rule changes
/// (rules and their states) refresh the thresholds. Support staff may not read alert rules:
/// they see the series without thresholds.
// Base spelled fully qualified, as in the other models (Qt 6.4 qmltyperegistrar).
class MetricSeriesModel : public opsdesk::SessionModelBase
{
    Q_OBJECT
    QML_ELEMENT
    /// The range the charts show: "15m", "1h", "24h" or "7d".
    Q_PROPERTY(QString range READ range WRITE setRange NOTIFY rangeChanged)
    /// When set, only these series (by name), in this order; else every series.
    Q_PROPERTY(QStringList names READ names WRITE setNames NOTIFY namesChanged)
    /// The ranges a page offers: [{key, label, shortcut, tip}], labels translated.
    Q_PROPERTY(QVariantList rangeOptions READ rangeOptions CONSTANT)
    /// The shown time window, ms since the epoch; slides with the database's clock.
    Q_PROPERTY(double rangeStartMs READ rangeStartMs NOTIFY rangeMoved)
    Q_PROPERTY(double rangeEndMs READ rangeEndMs NOTIFY rangeMoved)
    /// Seconds per chart point for the range (10 = raw samples).
    Q_PROPERTY(int bucketSeconds READ bucketSeconds NOTIFY rangeChanged)
    /// The time axis' label format for the range (QDateTimeAxis::format).
    Q_PROPERTY(QString timeFormat READ timeFormat NOTIFY rangeChanged)
    /// The points of the charts are being loaded (first load or range switch).
    Q_PROPERTY(bool pointsLoading READ pointsLoading NOTIFY pointsLoadingChanged)
    /// Why the points could not be loaded; empty when fine.
    Q_PROPERTY(QString pointsError READ pointsError NOTIFY pointsErrorChanged)
    /// False when the signed-in role may not read alert rules (no thresholds shown).
    Q_PROPERTY(bool thresholdsReadable READ thresholdsReadable NOTIFY thresholdsChanged)

public:
    enum Role {
        SeriesIdRole = Qt::UserRole + 1, ///< int metric_series.id
        NameRole,                        ///< e.g. delivery_failure_rate
        TitleRole,                       ///< translated for built-in series, else the database's
        UnitRole,                        ///< translated for built-in series, may be empty
        DescriptionRole,                 ///< what the value measures (translated when built in)
        BuiltinRole,                     ///< bool: collected by opsdeskd
        HasValueRole,                    ///< bool: a sample in the last 30 minutes
        ValueRole,                       ///< double: the newest sample
        ValueLabelRole,                  ///< the newest sample, formatted ("2.5", "1,204")
        UpdatedLabelRole,                ///< "Updated 14:05:10"
        TrendRole,                       ///< up, down, flat; empty without two samples
        TrendLabelRole,                  ///< "▲ 12 % vs 10 min ago"
        TrendMeaningRole,                ///< success, danger, neutral: what the change means
        SparklineRole,                   ///< list of points, x and y scaled to 0..1 (30 min)
        AlertStateRole,                  ///< normal, pending, alerting: worst enabled rule
        AlertMeaningRole,                ///< warning, danger, or empty
        AlertLabelRole,                  ///< "Alerting: Failure rate high (> 5 %)"; empty
        ThresholdCountRole,              ///< enabled alert rules on the series
    };
    Q_ENUM(Role)

    explicit MetricSeriesModel(QObject *parent = nullptr);
    ~MetricSeriesModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString range() const { return m_range; }
    void setRange(const QString &range);
    [[nodiscard]] QStringList names() const { return m_names; }
    void setNames(const QStringList &names);
    [[nodiscard]] QVariantList rangeOptions() const;
    [[nodiscard]] double rangeStartMs() const { return double(m_rangeEndMs - rangeMs()); }
    [[nodiscard]] double rangeEndMs() const { return double(m_rangeEndMs); }
    [[nodiscard]] int bucketSeconds() const;
    [[nodiscard]] QString timeFormat() const;
    [[nodiscard]] bool pointsLoading() const { return m_pointsLoading; }
    [[nodiscard]] QString pointsError() const { return m_pointsError; }
    [[nodiscard]] bool thresholdsReadable() const { return m_thresholdsReadable; }

    /// The row of series @p seriesId, or -1.
    Q_INVOKABLE int rowOf(int seriesId) const;
    /// The id of the series named @p name, or 0 when the model does not hold it.
    Q_INVOKABLE int idOf(const QString &name) const;

    /// The range's length in ms.
    [[nodiscard]] qint64 rangeMs() const;
    /// The series @p seriesId as the model holds it; nullptr when it does not.
    [[nodiscard]] const metrics::Series *series(int seriesId) const;
    /// The enabled alert rules on @p seriesId, worst severity first.
    [[nodiscard]] QList<metrics::Threshold> thresholdsOf(int seriesId) const;
    /// The translated title of @p series (built-in names map to translatable titles).
    [[nodiscard]] static QString titleOf(const metrics::Series &series);
    /// The translated unit of @p series.
    [[nodiscard]] static QString unitOf(const metrics::Series &series);
    /// @p value formatted for reading: no decimals from 100 up, one from 10, two below.
    [[nodiscard]] static QString formatValue(double value);

    /// Called by MetricChart: attach/detach a chart fed by this model. An attached chart gets
    /// its points on the next turn of the event loop (one query for every chart waiting).
    void attach(MetricChart *chart);
    void detach(MetricChart *chart);
    /// Called by MetricChart when its series id changed.
    void requestPoints(MetricChart *chart);

Q_SIGNALS:
    void rangeChanged();
    void namesChanged();
    void rangeMoved();
    void pointsLoadingChanged();
    void pointsErrorChanged();
    void thresholdsChanged();
    /// The series list changed (ids resolvable by name, titles).
    void seriesChanged();

protected:
    QCoro::Task<> load() override;
    QCoro::Task<> refetch(ChangeCoalescer::KeysByTable keys) override;
    void clearRows() override;

private:
    struct Row {
        metrics::Series series;
        QList<metrics::Point> recent; ///< raw samples of the last 30 minutes
        QList<metrics::Threshold> thresholds;
    };

    QCoro::Task<> loadPoints();
    QCoro::Task<> applySamples(QSet<QString> keys);
    QCoro::Task<> applySeries();
    QCoro::Task<> applyThresholds();
    void schedulePoints();
    void setRows(std::vector<Row> rows);
    void setThresholds(const std::optional<QList<metrics::Threshold>> &thresholds);
    void setPointsLoading(bool loading);
    void setPointsError(const QString &error);
    /// Moves the window's end to the database's clock now and lets the charts follow.
    void slide();
    [[nodiscard]] qint64 nowMs() const;
    void syncClock(qint64 databaseNowMs);
    [[nodiscard]] QList<int> shownIds(const QList<metrics::Series> &all) const;
    void trimRecent(Row &row) const;

    std::vector<Row> m_rows;
    QList<QPointer<MetricChart>> m_charts;
    QList<QPointer<MetricChart>> m_waiting; ///< attached charts without their points yet
    QString m_range = QStringLiteral("1h");
    QStringList m_names;
    QTimer m_pointsTimer;
    QTimer m_slideTimer;
    quint64 m_pointsGeneration = 0;
    qint64 m_rangeEndMs = 0;
    qint64 m_clockOffsetMs = 0; ///< database clock - local clock
    bool m_pointsLoading = false;
    bool m_allWaiting = false; ///< every attached chart needs points (range switch, reload)
    QString m_pointsError;
    bool m_thresholdsReadable = true;
};

} // namespace opsdesk
