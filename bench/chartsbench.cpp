// Metrics charts benchmark (run by bench/charts.sh on a private cluster holding 7 days of
// 10-second samples for 20 series: 1.2 million samples and their 1-minute rollups).
//
//   chartsbench URL OWNER_URL [SWITCHES=15] [LIVE_SECONDS=20]
//     Signs in as the admin URL names, opens the real Metrics page (Main.qml, 1920x1200, every
//     chart of the page loaded) and measures:
//     (a) range switches, alternating 1 h and 7 d, SWITCHES times each way: from setting the
//         range until the first frame swapped after every chart holds the new points; split into
//         the query (until the points arrive on the GUI thread) and the GUI part (feeding the
//         series and drawing the next frame); p50/p95 in ms;
//     (b) live updates with 1 h shown: once a second for LIVE_SECONDS, one sample per series is
//         inserted (as OWNER_URL, one statement, like opsdeskd's collector); reported: the GUI
//         thread's busy time per update (from the change arriving to the thread going idle:
//         fetch dispatch, appending to the 20 series, sync and render of the frame) p50/p95, the
//         render time per frame (beforeRendering → afterRendering) and the frame rate.
//
// Figures only, no assertions: the machine is shared, so read p95 with that in mind.

#include "database.h"
#include "logging.h"
#include "metricchart.h"
#include "metricseriesmodel.h"
#include "percentile.h"
#include "signin.h"
#include "signincontroller.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <mutex>

Q_IMPORT_QML_PLUGIN(OpsDeskModelsPlugin)
Q_IMPORT_QML_PLUGIN(OpsDeskUiPlugin)

using namespace Qt::StringLiterals;
using opsdesk::bench::percentile;
using namespace opsdesk;

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    QTimer tick;
    tick.start(2);
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

QList<QQuickItem *> itemsBelow(QQuickItem *root)
{
    QList<QQuickItem *> items;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        items << child << itemsBelow(child);
    }
    return items;
}

void printStats(const char *label, const std::vector<double> &values)
{
    std::printf("  %-58s p50 %8.1f  p95 %8.1f  (n=%zu)\n", label, percentile(values, 0.5),
                percentile(values, 0.95), values.size());
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // Qt Charts needs a QApplication
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    if (argc < 3) {
        std::fprintf(stderr, "usage: chartsbench URL OWNER_URL [SWITCHES] [LIVE_SECONDS]\n");
        return 2;
    }
    logging::setup("warn");
    QQuickStyle::setStyle(u"Basic"_s);
    const auto config = DatabaseConfig::fromUrl(QString::fromLocal8Bit(argv[1]));
    const auto ownerConfig = DatabaseConfig::fromUrl(QString::fromLocal8Bit(argv[2]));
    const int switches = argc > 3 ? std::atoi(argv[3]) : 15;
    const int liveSeconds = argc > 4 ? std::atoi(argv[4]) : 20;
    if (!config || !ownerConfig) {
        std::fprintf(stderr, "bad database URL\n");
        return 2;
    }

    Workspace workspace(false);
    SignInController signIn(workspace);
    Workspace::setInstance(&workspace);
    SignInController::setInstance(&signIn);
    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.setInitialProperties({{u"initialPage"_s, u"metrics"_s}});
    engine.load(QUrl(u"qrc:/qt/qml/OpsDesk/Main.qml"_s));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window) {
        std::fprintf(stderr, "Main.qml did not load\n");
        return 1;
    }
    window->resize(1920, 1200);

    const auto checked = signin::check(config.value());
    if (!checked.identity) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(checked.message));
        return 1;
    }
    workspace.startSession(config.value(), *checked.identity, u"bench"_s);

    MetricSeriesModel *model = nullptr;
    QList<MetricChart *> charts;
    const bool loaded = waitFor([&] {
        if (!model) {
            for (QQuickItem *item : itemsBelow(window->contentItem())) {
                if (auto *found = item->findChild<MetricSeriesModel *>(u"metricsModel"_s)) {
                    model = found;
                }
            }
        }
        if (!model || model->rowCount() < 20) {
            return false;
        }
        charts.clear();
        for (QQuickItem *item : itemsBelow(window->contentItem())) {
            // The Metrics page's cards (chart_<series id>), not the Overview's.
            if (!item->objectName().startsWith(u"chart_"_s)) {
                continue;
            }
            if (auto *chart =
                    item->findChild<MetricChart *>(u"metricChart"_s, Qt::FindDirectChildrenOnly)) {
                charts.append(chart);
            }
        }
        return charts.size() >= 20 && std::all_of(charts.begin(), charts.end(), [](auto *c) {
                   return !c->loading() && c->pointCount() > 0;
               });
    });
    if (!loaded) {
        std::fprintf(
            stderr, "the Metrics page did not load its charts (model %p, %lld rows, %lld charts)\n",
            static_cast<void *>(model), qlonglong(model ? model->rowCount() : 0),
            qlonglong(charts.size()));
        return 1;
    }
    int onScreen = 0;
    for (MetricChart *chart : std::as_const(charts)) {
        auto *card = qobject_cast<QQuickItem *>(chart->parent());
        const QRectF rect = card->mapRectToScene(QRectF(0, 0, card->width(), card->height()));
        onScreen += rect.bottom() <= window->height() ? 1 : 0;
    }
    std::printf("Metrics page: %lld series, %lld charts (%d fully on screen at 1920x1200)\n",
                qlonglong(model->rowCount()), qlonglong(charts.size()), onScreen);

    QElapsedTimer clock;
    clock.start();
    std::atomic<qint64> lastSwapNs{0};
    std::atomic<int> frames{0};
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [&] {
            lastSwapNs = clock.nsecsElapsed();
            ++frames;
        },
        Qt::DirectConnection);

    window->update();
    if (!waitFor([&] { return frames.load() > 0; }, 5000)) {
        std::fprintf(stderr, "no frame drawn (exposed: %d)\n", int(window->isExposed()));
        return 1;
    }

    // (a) Range switches.
    std::vector<double> total[2];
    std::vector<double> query[2];
    std::vector<double> gui[2];
    std::vector<int> points[2];
    const QStringList ranges{u"7d"_s, u"1h"_s};
    for (int run = 0; run < switches * 2 + 2; ++run) {
        const int which = run % 2;
        qint64 arrivedNs = 0;
        auto connection =
            QObject::connect(model, &MetricSeriesModel::pointsLoadingChanged, model, [&] {
                if (!model->pointsLoading() && arrivedNs == 0) {
                    arrivedNs = clock.nsecsElapsed();
                }
            });
        const qint64 started = clock.nsecsElapsed();
        model->setRange(ranges[which]);
        const bool fed = waitFor([&] {
            return std::all_of(charts.begin(), charts.end(), [](auto *c) { return !c->loading(); });
        });
        const qint64 fedNs = clock.nsecsElapsed();
        window->update();
        waitFor([&] { return lastSwapNs.load() > fedNs; });
        QObject::disconnect(connection);
        if (!fed) {
            std::fprintf(stderr, "range switch timed out\n");
            return 1;
        }
        if (run >= 2) { // two warm-up switches
            total[which].push_back(double(lastSwapNs.load() - started) / 1e6);
            query[which].push_back(double(arrivedNs - started) / 1e6);
            gui[which].push_back(double(lastSwapNs.load() - arrivedNs) / 1e6);
            int sum = 0;
            for (auto *c : std::as_const(charts)) {
                sum += c->pointCount();
            }
            points[which].push_back(sum);
        }
        // A pause between switches (the window never idles: the feed indicator pulses).
        const qint64 pauseFrom = clock.nsecsElapsed();
        waitFor([&] { return clock.nsecsElapsed() - pauseFrom > 150'000'000; });
    }
    std::printf("\n(a) Range switch, %d times each way, until the next frame is drawn (ms):\n",
                switches);
    for (int which = 0; which < 2; ++which) {
        std::printf(" to %s (%d points in %lld charts):\n", qPrintable(ranges[which]),
                    points[which].empty() ? 0 : points[which].front(), qlonglong(charts.size()));
        printStats("total: switch → frame with the new points", total[which]);
        printStats("query: switch → points on the GUI thread (1 query)", query[which]);
        printStats("GUI: feed 20 series (replace) + next frame", gui[which]);
    }

    // (b) Live updates at 1 h.
    model->setRange(u"1h"_s);
    waitFor([&] {
        return std::all_of(charts.begin(), charts.end(), [](auto *c) { return !c->loading(); });
    });
    Database owner(ownerConfig.value(), 1);
    // Per frame: the synchronisation (the GUI thread is blocked while the render thread copies
    // the scene) and the rendering.
    std::vector<double> syncMs;
    std::vector<double> renderMs;
    std::atomic<qint64> syncStart{0};
    std::atomic<qint64> renderStart{0};
    std::mutex frameMutex;
    QObject::connect(
        window, &QQuickWindow::beforeSynchronizing, window,
        [&] { syncStart = clock.nsecsElapsed(); }, Qt::DirectConnection);
    QObject::connect(
        window, &QQuickWindow::afterSynchronizing, window,
        [&] {
            const std::lock_guard lock(frameMutex);
            syncMs.push_back(double(clock.nsecsElapsed() - syncStart) / 1e6);
        },
        Qt::DirectConnection);
    QObject::connect(
        window, &QQuickWindow::beforeRendering, window, [&] { renderStart = clock.nsecsElapsed(); },
        Qt::DirectConnection);
    QObject::connect(
        window, &QQuickWindow::afterRendering, window,
        [&] {
            const std::lock_guard lock(frameMutex);
            renderMs.push_back(double(clock.nsecsElapsed() - renderStart) / 1e6);
        },
        Qt::DirectConnection);
    // The GUI thread's time applying a live update: from the model's first row update (the
    // coroutine resumed with the fetched samples) to the end of the batch (every chart appended).
    std::vector<double> applyMs;
    qint64 applyStart = -1;
    QObject::connect(model, &QAbstractItemModel::dataChanged, model, [&] {
        if (applyStart < 0) {
            applyStart = clock.nsecsElapsed();
        }
    });
    QObject::connect(model, &LiveModelBase::liveBatchApplied, model, [&] {
        if (applyStart >= 0) {
            applyMs.push_back(double(clock.nsecsElapsed() - applyStart) / 1e6);
        }
        applyStart = -1;
    });
    int appendedCharts = 0;
    for (MetricChart *chart : std::as_const(charts)) {
        QObject::connect(chart, &MetricChart::pointsAppended, chart,
                         [&](int count) { appendedCharts += count > 0 ? 1 : 0; });
    }
    std::vector<double> insertToFrame;
    {
        const std::lock_guard lock(frameMutex);
        syncMs.clear();
        renderMs.clear();
    }
    const int framesBefore = frames;
    const qint64 liveStarted = clock.nsecsElapsed();
    for (int second = 0; second < liveSeconds; ++second) {
        const qint64 tickStart = clock.nsecsElapsed();
        appendedCharts = 0;
        auto inserted = owner.run([](QSqlDatabase &db) {
            exec(db, u"INSERT INTO opsdesk.metric_samples (series_id, at, value)"
                     u" SELECT id, now(), random() * 100 FROM opsdesk.metric_series"_s);
            return true;
        });
        const bool arrived = waitFor(
            [&] { return inserted.isFinished() && appendedCharts >= int(charts.size()); }, 10000);
        if (arrived) {
            const qint64 appended = clock.nsecsElapsed();
            waitFor([&] { return lastSwapNs.load() > appended; }, 5000);
            insertToFrame.push_back(double(lastSwapNs.load() - tickStart) / 1e6);
        }
        waitFor([&] { return clock.nsecsElapsed() - tickStart >= 1'000'000'000; });
    }
    const double liveSecondsMeasured = double(clock.nsecsElapsed() - liveStarted) / 1e9;
    std::printf("\n(b) Live: one sample per series every second for %d s, %lld charts at 1 h:\n",
                liveSeconds, qlonglong(charts.size()));
    printStats("GUI time applying one update to all charts (ms)", applyMs);
    {
        const std::lock_guard lock(frameMutex);
        printStats("sync per frame, GUI thread blocked (ms)", syncMs);
        printStats("render per frame, render thread (ms)", renderMs);
    }
    printStats("insert committed → frame with the new points (ms)", insertToFrame);
    std::printf("  frames: %d in %.1f s (%.1f frames/s; the live indicator's pulse keeps the "
                "window drawing)\n",
                frames - framesBefore, liveSecondsMeasured,
                double(frames - framesBefore) / liveSecondsMeasured);

    workspace.signOut();
    return 0;
}
