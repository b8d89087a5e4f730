// The Overview and Metrics pages as an admin (and a support person) sees them: the real pages,
// offscreen, over a Workspace signed in with the person's own PostgreSQL role on a fresh
// database holding 7 days of 10-second samples for five built-in series (inserted as the
// database owner). Point counts and time axes for every range, threshold lines and breach
// shading, a live sample appended without a reload, the window grabbed to an image, PNG export,
// KPI tiles with value, unit, trend and alert colour, the health banner (not for support staff),
// and no QML warnings anywhere.
//
// OPSDESK_SCREENSHOTS=DIR also saves the pages there (screenshot-overview-light.png,
// screenshot-metrics-light.png, screenshot-metrics-dark.png).

#include "metricchart.h"
#include "metrics.h"
#include "metricseriesmodel.h"
#include "workspace.h"

#include "messagerecorder.h"
#include "qmlharness.h"
#include "testconnection.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateTimeAxis>
#include <QFile>
#include <QImage>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

#include <set>

Q_IMPORT_QML_PLUGIN(OpsDeskModelsPlugin)
Q_IMPORT_QML_PLUGIN(OpsDeskUiPlugin)

using namespace Qt::StringLiterals;
using namespace opsdesk;
using testsupport::clickItem;
using testsupport::findItem;
using testsupport::visibleItems;

namespace {

constexpr int kTimeout = 20000;

/// Seven days of 10-second samples (60,480 per series) for five built-in series, ending at the
/// last 10-second boundary before now, as the database owner:
/// - inbound messages: 20/min, 30/min in the last 5 minutes (trend ▲ 50 %);
/// - outbound messages: a daily wave around 15/min;
/// - delivery failure rate: 1 %, 2 % in the last 5 minutes, 8 % from 40 to 30 minutes ago (a
///   breach of the rule "> 5 %", which is pending now);
/// - webhook events: 40/min; open conversations: 12.
void seed(const DatabaseConfig &config)
{
    testsupport::execAsSuperuser(config, uR"(
SET synchronous_commit = off;
CREATE TEMP TABLE ticks AS
SELECT t AS at, extract(epoch FROM date_bin('10 s', now(), 'epoch') - t) AS age
  FROM generate_series(date_bin('10 s', now(), 'epoch') - interval '7 days' + interval '10 s',
                       date_bin('10 s', now(), 'epoch'), interval '10 s') AS t;
INSERT INTO opsdesk.metric_samples (series_id, at, value)
SELECT s.id, t.at,
       CASE s.name
           WHEN 'inbound_messages_per_min' THEN CASE WHEN t.age < 300 THEN 30 ELSE 20 END
           WHEN 'outbound_messages_per_min' THEN 15 + 5 * sin(extract(epoch FROM t.at) / 86400 * 2 * pi())
           WHEN 'delivery_failure_rate' THEN CASE WHEN t.age < 300 THEN 2
                                                  WHEN t.age >= 1800 AND t.age < 2400 THEN 8
                                                  ELSE 1 END
           WHEN 'webhook_events_per_min' THEN 40
           ELSE 12 END
  FROM ticks t
  JOIN opsdesk.metric_series s
    ON s.name IN ('inbound_messages_per_min', 'outbound_messages_per_min', 'delivery_failure_rate',
                  'webhook_events_per_min', 'open_conversations');
INSERT INTO opsdesk.alert_rules (name, series_id, comparator, threshold, for_seconds, severity)
SELECT 'Delivery failures high', id, '>', 5, 60, 'high'
  FROM opsdesk.metric_series WHERE name = 'delivery_failure_rate';
INSERT INTO opsdesk.alert_rule_states (rule_id, state, since, last_value, evaluated_at)
SELECT id, 'pending', now(), 2, now() FROM opsdesk.alert_rules;
ANALYZE opsdesk.metric_samples;
ANALYZE opsdesk.metric_rollups;
)"_s);
}

/// Saves @p image as @p name in $OPSDESK_SCREENSHOTS, when set.
void keepScreenshot(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("OPSDESK_SCREENSHOTS");
    if (!dir.isEmpty()) {
        QVERIFY(image.save(dir + u'/' + name));
    }
}

/// How many distinct colours @p image has inside @p rect (a blank area has one or two).
int distinctColours(const QImage &image, const QRect &rect)
{
    std::set<QRgb> colours;
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); y += 2) {
        for (int x = area.left(); x <= area.right(); x += 2) {
            colours.insert(image.pixel(x, y));
        }
    }
    return int(colours.size());
}

/// The signed-in window as main.cpp loads it, opening on @p page, as `<name>_me` with @p role.
struct App : testsupport::Client {
    explicit App(const QString &name, const QString &page, const QString &role = u"admin"_s)
        : Client(page)
        , config(testsupport::freshDatabase(name))
    {
        person = testsupport::createPerson(config, name + u"_me"_s, role);
        seed(config);
        startSession(person);
    }

    bool ready()
    {
        if (!window) {
            return false;
        }
        window->requestActivate();
        return QTest::qWaitForWindowActive(window) &&
               QTest::qWaitFor([&] { return workspace->feedState() == Workspace::FeedState::Live; },
                               kTimeout);
    }

    [[nodiscard]] int seriesId(const QString &name) const
    {
        return testsupport::Connection(config)
            .value(u"SELECT id FROM opsdesk.metric_series WHERE name = ?"_s, {name})
            .toInt();
    }
    /// The chart card of series @p id on the Metrics page and its MetricChart element.
    [[nodiscard]] QQuickItem *card(int id) const { return item(u"chart_%1"_s.arg(id)); }
    [[nodiscard]] MetricChart *chart(int id) const
    {
        QQuickItem *card = this->card(id);
        return card ? card->findChild<MetricChart *>(u"metricChart"_s) : nullptr;
    }
    [[nodiscard]] MetricSeriesModel *metricsModel() const
    {
        QQuickItem *page = testsupport::findByType(window->contentItem(), "MetricsPage");
        return page ? page->findChild<MetricSeriesModel *>(u"metricsModel"_s) : nullptr;
    }
    /// Waits until every chart of series with samples holds points for the current range.
    bool chartsLoaded(const QList<int> &ids) const
    {
        return QTest::qWaitFor(
            [&] {
                for (const int id : ids) {
                    const MetricChart *c = chart(id);
                    if (!c || c->loading() || c->pointCount() == 0) {
                        return false;
                    }
                }
                return true;
            },
            kTimeout);
    }

    DatabaseConfig config; ///< the database owner
    DatabaseConfig person; ///< the signed-in person
};

/// The points the database holds for the chart's window: raw samples since its start, or the
/// distinct buckets of its bucket size (counted from the samples, independently of
/// opsdesk.metric_points).
int expectedPoints(const App &app, int seriesId, qint64 startMs, int bucketSeconds)
{
    testsupport::Connection owner(app.config);
    if (bucketSeconds <= 10) {
        return owner
            .value(u"SELECT count(*) FROM opsdesk.metric_samples WHERE series_id = ?"
                   u" AND at >= 'epoch'::timestamptz + ?::bigint * interval '1 millisecond'"_s,
                   {seriesId, startMs})
            .toInt();
    }
    return owner
        .value(
            u"SELECT count(DISTINCT date_bin(make_interval(secs => ?), date_trunc('minute', at),"
            u" timestamptz '2000-01-01 00:00:00+00'))"
            u" FROM opsdesk.metric_samples WHERE series_id = ? AND date_trunc('minute', at) >="
            u" date_trunc('minute', 'epoch'::timestamptz + ?::bigint * interval '1 millisecond')"_s,
            {bucketSeconds, seriesId, startMs})
        .toInt();
}

} // namespace

class TestMetricsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(qobject_cast<QApplication *>(QCoreApplication::instance())); // Qt Charts needs it
        QQuickStyle::setStyle(u"Basic"_s);
        testsupport::startRecordingMessages();
    }

    void cleanupTestCase() { testsupport::stopRecordingMessages(); }

    void init() { testsupport::takeMessages(); }

    /// Every range (keys 1-4): each chart holds the points the database has for the window,
    /// at most about 1,500, in its Qt Charts series; the time axis spans the range.
    void rangesLoadTheExpectedPoints()
    {
        App app(u"metrics_ranges"_s, u"metrics"_s);
        QVERIFY(app.ready());
        const QList<int> withSamples{
            app.seriesId(u"inbound_messages_per_min"_s),
            app.seriesId(u"outbound_messages_per_min"_s), app.seriesId(u"delivery_failure_rate"_s),
            app.seriesId(u"webhook_events_per_min"_s), app.seriesId(u"open_conversations"_s)};
        QTRY_VERIFY_WITH_TIMEOUT(app.metricsModel() && app.metricsModel()->rowCount() == 14,
                                 kTimeout);
        // One chart per series, in the grid.
        for (int row = 0; row < 14; ++row) {
            const int id =
                app.metricsModel()
                    ->data(app.metricsModel()->index(row), MetricSeriesModel::SeriesIdRole)
                    .toInt();
            QTRY_VERIFY_WITH_TIMEOUT(app.chart(id), kTimeout);
        }
        QVERIFY(app.chartsLoaded(withSamples));

        struct Range {
            Qt::Key key;
            QString name;
            qint64 lengthMs;
            int bucket;
            int fewest;
            int most;
        };
        const QList<Range> ranges{{Qt::Key_1, u"15m"_s, 15LL * 60000, 10, 86, 91},
                                  {Qt::Key_2, u"1h"_s, 60LL * 60000, 10, 356, 361},
                                  {Qt::Key_3, u"24h"_s, 24LL * 3600000, 60, 1440, 1441},
                                  {Qt::Key_4, u"7d"_s, 7LL * 24 * 3600000, 600, 1008, 1009}};
        for (const Range &range : ranges) {
            QTest::keyClick(app.window, range.key);
            QTRY_COMPARE_WITH_TIMEOUT(app.metricsModel()->range(), range.name, kTimeout);
            QCOMPARE(app.metricsModel()->bucketSeconds(), range.bucket);
            QVERIFY(app.chartsLoaded(withSamples));
            for (const int id : withSamples) {
                MetricChart *chart = app.chart(id);
                const auto start = qint64(chart->rangeStartMs());
                const int held = chart->pointCount();
                auto *series = qobject_cast<QXYSeries *>(chart->series());
                QVERIFY(series);
                QCOMPARE(series->count(), held);
                QCOMPARE(held, expectedPoints(app, id, start, range.bucket));
                QVERIFY2(held >= range.fewest && held <= range.most,
                         qPrintable(u"%1: %2 points"_s.arg(range.name).arg(held)));
                // The time axis spans the range, ending now.
                auto *axis = qobject_cast<QDateTimeAxis *>(chart->axisX());
                QVERIFY(axis);
                QCOMPARE(axis->max().toMSecsSinceEpoch() - axis->min().toMSecsSinceEpoch(),
                         range.lengthMs);
                QVERIFY(std::abs(axis->max().toMSecsSinceEpoch() -
                                 QDateTime::currentMSecsSinceEpoch()) < 15000);
                QCOMPARE(axis->min().toMSecsSinceEpoch(), start);
            }
        }
        // A series without samples says what to do.
        const int dead = app.seriesId(u"dead_jobs"_s);
        QTRY_VERIFY_WITH_TIMEOUT(app.chart(dead) && !app.chart(dead)->loading(), kTimeout);
        QCOMPARE(app.chart(dead)->pointCount(), 0);
        QVERIFY(!visibleItems(app.card(dead), u"chartView"_s).isEmpty());

        const QStringList messages = testsupport::takeMessages();
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    }

    /// The enabled rule on the failure rate is a dashed line at its threshold, and the ten
    /// minutes the series spent above it are shaded; a changed rule moves the line.
    void thresholdLineAndBreachShading()
    {
        App app(u"metrics_thresholds"_s, u"metrics"_s);
        QVERIFY(app.ready());
        const int failures = app.seriesId(u"delivery_failure_rate"_s);
        QTRY_VERIFY_WITH_TIMEOUT(app.chart(failures), kTimeout);
        QVERIFY(app.chartsLoaded({failures}));
        MetricChart *chart = app.chart(failures);

        QTRY_COMPARE_WITH_TIMEOUT(chart->thresholdSeries().size(), 1, kTimeout);
        auto *line =
            qobject_cast<QXYSeries *>(chart->thresholdSeries().constFirst().value<QObject *>());
        QVERIFY(line);
        QCOMPARE(line->count(), 2);
        QCOMPARE(line->at(0).y(), 5.0);
        QCOMPARE(line->at(1).y(), 5.0);
        QCOMPARE(line->at(0).x(), chart->rangeStartMs());
        QCOMPARE(line->at(1).x(), chart->rangeEndMs());
        QCOMPARE(line->pen().style(), Qt::DashLine);
        QVERIFY(line->isVisible());
        QVERIFY(chart->maxValue() >= 8); // the breach and the line fit the value axis

        // The breach: from 40 to 30 minutes ago (the samples at 8 %), one shaded period.
        QCOMPARE(chart->breaches().size(), 1);
        const QVariantMap breach = chart->breaches().constFirst().toMap();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(std::abs(now - 40LL * 60000 - qint64(breach.value(u"startMs"_s).toDouble())) <
                30000);
        QVERIFY(std::abs(now - 30LL * 60000 - qint64(breach.value(u"endMs"_s).toDouble())) < 30000);
        QCOMPARE(breach.value(u"severity"_s).toString(), u"high"_s);
        const auto shades = visibleItems(app.card(failures), u"breachShade"_s);
        QCOMPARE(shades.size(), 1);
        QVERIFY(shades.constFirst()->width() > 10); // ten minutes of a one-hour plot
        // Series without a rule have neither.
        const int inbound = app.seriesId(u"inbound_messages_per_min"_s);
        QVERIFY(app.chart(inbound)->thresholdSeries().isEmpty());
        QVERIFY(visibleItems(app.card(inbound), u"breachShade"_s).isEmpty());

        // The admin lowers the threshold to 1.5: the line moves, and everything since the last
        // 5 minutes (2 %) joins the breach (live, through the alert_rules feed).
        testsupport::Connection(app.person)
            .exec(u"UPDATE opsdesk.alert_rules SET threshold = 1.5"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            chart->thresholdSeries().size() == 1 &&
                qobject_cast<QXYSeries *>(chart->thresholdSeries().constFirst().value<QObject *>())
                        ->at(0)
                        .y() == 1.5,
            kTimeout);
        QCOMPARE(chart->breaches().size(), 2);

        // Hover read-out: time and value at the pointer.
        QQuickItem *hover = findItem(app.card(failures), u"chartHover"_s);
        QVERIFY(hover);
        const QPointF inside = hover->mapToScene({hover->width() - 2, hover->height() / 2});
        QTest::mouseMove(app.window, inside.toPoint());
        QTRY_VERIFY(findItem(app.card(failures), u"readout"_s)->isVisible());
        QTRY_COMPARE(findItem(app.card(failures), u"readoutValue"_s)->property("text").toString(),
                     u"2 %"_s);
        QVERIFY(
            !findItem(app.card(failures), u"readoutTime"_s)->property("text").toString().isEmpty());

        const QStringList messages = testsupport::takeMessages();
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    }

    /// A new sample reaches the chart as one appended point: the points before it are the same
    /// (only those that left the window are removed from the front), no replace, no reload.
    void liveSampleIsAppended()
    {
        App app(u"metrics_live"_s, u"metrics"_s);
        QVERIFY(app.ready());
        const int inbound = app.seriesId(u"inbound_messages_per_min"_s);
        QTRY_VERIFY_WITH_TIMEOUT(app.chart(inbound), kTimeout);
        QVERIFY(app.chartsLoaded({inbound}));
        MetricChart *chart = app.chart(inbound);
        auto *series = qobject_cast<QXYSeries *>(chart->series());
        const QList<QPointF> before = series->points();
        QSignalSpy replaced(series, &QXYSeries::pointsReplaced);
        QSignalSpy added(series, &QXYSeries::pointAdded);
        QSignalSpy reset(app.metricsModel(), &QAbstractItemModel::modelReset);

        const qint64 at = qint64(before.back().x()) + 10000;
        testsupport::execAsSuperuser(
            app.config,
            u"INSERT INTO opsdesk.metric_samples (series_id, at, value) VALUES"
            u" (%1, 'epoch'::timestamptz + %2 * interval '1 millisecond', 42)"_s.arg(inbound)
                .arg(at));
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, kTimeout);
        QCOMPARE(replaced.size(), 0);
        QCOMPARE(reset.size(), 0);
        const QList<QPointF> after = series->points();
        QCOMPARE(after.back(), QPointF(double(at), 42.0));
        // Whatever left the window went from the front; the rest is untouched.
        const qsizetype dropped = before.size() + 1 - after.size();
        QVERIFY(dropped >= 0 && dropped <= 2);
        QCOMPARE(after.mid(0, after.size() - 1), before.mid(dropped));
        QCOMPARE(chart->pointCount(), int(after.size()));
        QCOMPARE(chart->valueLabel(), u"42"_s);
        // The model's tile follows too.
        MetricSeriesModel *model = app.metricsModel();
        QTRY_COMPARE(
            model->data(model->index(model->rowOf(inbound)), MetricSeriesModel::ValueLabelRole)
                .toString(),
            u"42"_s);

        // A week: the newest 10-minute bucket grows in place (replaced, not appended twice).
        QTest::keyClick(app.window, Qt::Key_4);
        QVERIFY(QTest::qWaitFor([&] { return !chart->loading(); }, kTimeout));
        const int weekPoints = chart->pointCount();
        testsupport::execAsSuperuser(
            app.config,
            u"INSERT INTO opsdesk.metric_samples (series_id, at, value) VALUES"
            u" (%1, 'epoch'::timestamptz + %2 * interval '1 millisecond', 1000)"_s.arg(inbound)
                .arg(at + 10000));
        QSignalSpy appended(chart, &MetricChart::pointsAppended);
        QVERIFY(appended.wait(kTimeout));
        QVERIFY(chart->pointCount() == weekPoints || chart->pointCount() == weekPoints + 1);
        QVERIFY(series->points().back().y() > 30); // the average took the new sample in

        const QStringList messages = testsupport::takeMessages();
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    }

    /// The drawn page is not blank (the charts have lines), in light and dark; a chart exports
    /// to a valid PNG and says where it went.
    void renderingAndPngExport()
    {
        App app(u"metrics_render"_s, u"metrics"_s);
        QVERIFY(app.ready());
        const int failures = app.seriesId(u"delivery_failure_rate"_s);
        const int outbound = app.seriesId(u"outbound_messages_per_min"_s);
        QTRY_VERIFY_WITH_TIMEOUT(app.chart(failures) && app.chart(outbound), kTimeout);
        QVERIFY(app.chartsLoaded({failures, outbound}));
        QTest::keyClick(app.window, Qt::Key_3); // 24 h: the outbound wave shows
        QVERIFY(app.chartsLoaded({failures, outbound}));
        QTest::qWait(300);

        for (const bool dark : {false, true}) {
            app.workspace->setDarkMode(dark);
            QTest::qWait(300);
            const QImage shot = app.window->grabWindow();
            QVERIFY(!shot.isNull());
            QQuickItem *view = findItem(app.card(outbound), u"chartView"_s);
            const QRectF area = view->mapRectToScene(QRectF(0, 0, view->width(), view->height()));
            const qreal dpr = shot.devicePixelRatio();
            const QRect pixels(int(area.x() * dpr), int(area.y() * dpr), int(area.width() * dpr),
                               int(area.height() * dpr));
            QVERIFY2(distinctColours(shot, pixels) > 20,
                     qPrintable(u"%1 colours"_s.arg(distinctColours(shot, pixels))));
            // The line's own colour is there.
            const QColor lineColour = dark ? QColor(u"#2ec4a9"_s) : QColor(u"#128c7e"_s);
            bool found = false;
            for (int y = pixels.top(); y < pixels.bottom() && !found; ++y) {
                for (int x = pixels.left(); x < pixels.right() && !found; ++x) {
                    found = shot.pixelColor(x, y).rgb() == lineColour.rgb();
                }
            }
            QVERIFY2(found, "the series line is not drawn");
            keepScreenshot(shot, dark ? u"screenshot-metrics-dark.png"_s
                                      : u"screenshot-metrics-light.png"_s);
        }
        app.workspace->setDarkMode(false);

        // Export: the card's own function (the dialog's accept calls it with the chosen path).
        QTemporaryDir dir;
        const QString path = dir.filePath(app.chart(failures)->suggestedFileName());
        QVERIFY(path.endsWith(u".png"_s));
        QVERIFY(path.contains(u"delivery_failure_rate-24h"_s));
        QVERIFY(QMetaObject::invokeMethod(app.card(failures), "exportTo", Q_ARG(QString, path)));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), kTimeout);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
        file.close();
        const QImage exported(path);
        QVERIFY(!exported.isNull());
        QVERIFY(exported.width() >= int(app.card(failures)->width()));
        QVERIFY(distinctColours(exported, exported.rect()) > 20);
        QTRY_VERIFY(findItem(app.card(failures), u"exportMessage"_s)->isVisible());
        QCOMPARE(findItem(app.card(failures), u"exportMessage"_s)->property("text").toString(),
                 u"Chart saved to %1"_s.arg(path));

        const QStringList messages = testsupport::takeMessages();
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    }

    /// The Overview: tiles with value, unit and trend (coloured by meaning), the failure rate
    /// tile in warning colour (its rule is pending), live charts, and the health banner that
    /// counts unresolved incidents and opens the Incidents page.
    void overviewTilesAndHealthBanner()
    {
        App app(u"metrics_overview"_s, u"overview"_s);
        QVERIFY(app.ready());
        const auto tileValue = [&](const QString &name) {
            QQuickItem *tile = app.item(name);
            QQuickItem *value = tile ? findItem(tile, u"kpiValue"_s) : nullptr;
            return value ? value->property("text").toString() : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(tileValue(u"kpi_inbound_messages_per_min"_s), u"30"_s, kTimeout);
        QQuickItem *inbound = app.item(u"kpi_inbound_messages_per_min"_s);
        QCOMPARE(findItem(inbound, u"kpiUnit"_s)->property("text").toString(), u"messages/min"_s);
        QCOMPARE(findItem(inbound, u"kpiTrend"_s)->property("text").toString(),
                 u"▲ 50 % vs 10 min ago"_s);
        QCOMPARE(findItem(inbound, u"kpiTitle"_s)->property("text").toString(),
                 u"Inbound messages"_s);
        QVERIFY(findItem(inbound, u"kpiSparkline"_s)->property("points").toList().size() >= 170);

        QQuickItem *failures = app.item(u"kpi_delivery_failure_rate"_s);
        QCOMPARE(findItem(failures, u"kpiValue"_s)->property("text").toString(), u"2"_s);
        QCOMPARE(findItem(failures, u"kpiUnit"_s)->property("text").toString(), u"%"_s);
        // Pending rule: warning colour, and it says why.
        QCOMPARE(failures->property("alertMeaning").toString(), u"warning"_s);
        QCOMPARE(findItem(failures, u"kpiTrend"_s)->property("text").toString(),
                 u"Pending: > 5 % · Delivery failures high"_s);
        QCOMPARE(failures->property("trendMeaning").toString(), u"danger"_s); // up is bad here
        QCOMPARE(inbound->property("trendMeaning").toString(), u"neutral"_s);
        // A steady series.
        QQuickItem *open = app.item(u"kpi_open_conversations"_s);
        QCOMPARE(findItem(open, u"kpiTrend"_s)->property("text").toString(),
                 u"▶ steady vs 10 min ago"_s);
        // No samples: a dash, no trend.
        QQuickItem *dead = app.item(u"kpi_dead_jobs"_s);
        QCOMPARE(findItem(dead, u"kpiValue"_s)->property("text").toString(), u"–"_s);
        QCOMPARE(app.item(u"kpiGrid"_s)->childItems().size() - 1, 10); // 10 tiles + Repeater

        // The rule starts alerting: danger colour, live.
        testsupport::execAsSuperuser(app.config,
                                     u"UPDATE opsdesk.alert_rule_states SET state = 'alerting'"_s);
        QTRY_COMPARE_WITH_TIMEOUT(failures->property("alertMeaning").toString(), u"danger"_s,
                                  kTimeout);

        // Charts of the last hour.
        const auto *chart =
            app.item(u"overviewChart_failures"_s)->findChild<MetricChart *>(u"metricChart"_s);
        QTRY_VERIFY_WITH_TIMEOUT(chart && !chart->loading(), kTimeout);
        // An hour of 10-second samples (the window slides with the clock: one or two fewer).
        QVERIFY2(chart->pointCount() >= 355, qPrintable(QString::number(chart->pointCount())));
        QCOMPARE(chart->breaches().size(), 1);

        // Health: all clear, then an incident.
        QQuickItem *banner = app.item(u"healthBanner"_s);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kTimeout);
        QCOMPARE(app.item(u"healthLabel"_s)->property("text").toString(),
                 u"All clear: no unresolved incidents"_s);
        testsupport::execAsSuperuser(
            app.config,
            u"INSERT INTO opsdesk.incidents (title, severity) VALUES ('Checkout down', 'critical'),"
            u" ('Slow replies', 'medium')"_s);
        QTRY_COMPARE_WITH_TIMEOUT(app.item(u"healthLabel"_s)->property("text").toString(),
                                  u"2 unresolved incidents · highest severity: critical"_s,
                                  kTimeout);
        QCOMPARE(app.workspace->overview()->healthMeaning(), u"danger"_s);
        QTest::qWait(300);
        keepScreenshot(app.window->grabWindow(), u"screenshot-overview-light.png"_s);

        // Clicking it opens the Incidents page (the 10th of the stack).
        clickItem(app.window, banner);
        QTRY_COMPARE(app.item(u"pages"_s)->property("currentIndex").toInt(), 9);

        const QStringList messages = testsupport::takeMessages();
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    }

    /// Support staff may not read incidents or alert rules: no banner, tiles without alert
    /// colours, charts without thresholds, and no error anywhere.
    void supportSeesNoHealthBanner()
    {
        App app(u"metrics_support"_s, u"overview"_s, u"support"_s);
        QVERIFY(app.ready());
        const auto tileValue = [&](const QString &name) {
            QQuickItem *tile = app.item(name);
            QQuickItem *value = tile ? findItem(tile, u"kpiValue"_s) : nullptr;
            return value ? value->property("text").toString() : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(tileValue(u"kpi_inbound_messages_per_min"_s), u"30"_s, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(app.workspace->overview()->loaded(), kTimeout);
        QVERIFY(!app.workspace->overview()->incidentsVisible());
        QVERIFY(app.workspace->overview()->errorString().isEmpty());
        QVERIFY(!app.item(u"healthBanner"_s)->isVisible());
        QCOMPARE(app.item(u"kpi_delivery_failure_rate"_s)->property("alertMeaning").toString(),
                 QString());

        QTest::keyClick(app.window, Qt::Key_9, Qt::ControlModifier);
        const int failures = app.seriesId(u"delivery_failure_rate"_s);
        QTRY_VERIFY_WITH_TIMEOUT(app.chart(failures), kTimeout);
        QVERIFY(app.chartsLoaded({failures}));
        QVERIFY(!app.metricsModel()->thresholdsReadable());
        QVERIFY(app.chart(failures)->thresholdSeries().isEmpty());
        QVERIFY(app.metricsModel()->errorString().isEmpty());

        const QStringList messages = testsupport::takeMessages();
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    }

    /// The model under QAbstractItemModelTester, created before it is filled: load, a filter by
    /// names, a series registered while it is shown (a live insert), live samples.
    void seriesModelContract()
    {
        const DatabaseConfig config = testsupport::freshDatabase(u"metrics_model"_s);
        const DatabaseConfig admin =
            testsupport::createPerson(config, u"model_admin"_s, u"admin"_s);
        seed(config);
        testsupport::Session session(admin);
        MetricSeriesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(&session.workspace);
        QVERIFY(session.live());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 14, kTimeout);
        QCOMPARE(model.rowCount(model.index(0)), 0);
        QCOMPARE(model.data(model.index(0), MetricSeriesModel::NameRole).toString(),
                 u"webhook_events_per_min"_s);
        QCOMPARE(model.data(model.index(0), MetricSeriesModel::TitleRole).toString(),
                 u"Webhook events"_s);

        // An external service registers a series: one row inserted at the end.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        testsupport::execAsSuperuser(
            config, u"SELECT opsdesk.register_metric_series('checkout_latency_p95',"
                    u" 'Checkout latency p95', 'ms', 'Shop checkout, slowest 5 %')"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 15, kTimeout);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.data(model.index(14), MetricSeriesModel::TitleRole).toString(),
                 u"Checkout latency p95"_s);
        QCOMPARE(model.data(model.index(14), MetricSeriesModel::ValueLabelRole).toString(), u"–"_s);
        // Its first samples arrive live.
        testsupport::execAsSuperuser(config,
                                     u"INSERT INTO opsdesk.metric_samples (series_id, at, value)"
                                     u" SELECT id, now(), 812.5 FROM opsdesk.metric_series"
                                     u" WHERE name = 'checkout_latency_p95'"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            model.data(model.index(14), MetricSeriesModel::ValueLabelRole).toString(), u"813"_s,
            kTimeout);

        // Only some series, in the order asked.
        model.setNames({u"dead_jobs"_s, u"inbound_messages_per_min"_s, u"no_such_series"_s});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, kTimeout);
        QCOMPARE(model.data(model.index(0), MetricSeriesModel::NameRole).toString(),
                 u"dead_jobs"_s);

        // Breach periods from the service (no display needed).
        const QList<metrics::Point> points{
            {0, 1, 1, 1}, {10, 6, 6, 6}, {20, 7, 7, 7}, {30, 1, 1, 1}, {40, 2, 0.5, 9}};
        const auto periods = metrics::breachPeriods(points, u">"_s, 5, 10);
        QCOMPARE(periods.size(), 2);
        QCOMPARE(periods[0].startMs, 10);
        QCOMPARE(periods[0].endMs, 30);
        QCOMPARE(periods[1].startMs, 40); // a bucket whose maximum breached
        QCOMPARE(periods[1].endMs, 50);
        QCOMPARE(metrics::breachPeriods(points, u"<"_s, 0.8, 10).size(), 1);

        const QStringList messages = testsupport::takeMessages();
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    }
};

QTEST_MAIN(TestMetricsUi)
#include "tst_metricsui.moc"
