// Change feed benchmark: commit → row visible in the desktop client's model.
//
// Runs against a private, durable cluster. A writer thread commits webhook events (one row per
// transaction) at a steady rate; the client side is the real ChangeFeed and
// WebhookEventListModel on this (GUI) thread. For every row the time from its COMMIT to
// its rowsInserted in the model is recorded (0 when the row arrives before COMMIT returns). Then a
// burst: 20,000 rows committed within about one second (20 transactions of 1,000); reported are the
// time until all are in the model and the longest stall of this thread, measured by a 1 ms
// heartbeat timer (what a user would feel as a frozen window). Usage: feedbench [RATE=1000]
// [SECONDS=10]

#include "changefeed.h"
#include "database.h"
#include "embeddedcluster.h"
#include "logging.h"
#include "migrator.h"
#include "percentile.h"
#include "webhookeventlistmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <unordered_map>

using namespace Qt::StringLiterals;
using opsdesk::bench::percentile;
using namespace opsdesk;

namespace {

QElapsedTimer s_clock;
constexpr qint64 kCommitting = -1; ///< COMMIT issued, not yet returned

struct Timeline {
    std::mutex mutex;
    std::unordered_map<qint64, qint64> committedNs; ///< event id → commit returned
};

const auto kInsert =
    u"INSERT INTO opsdesk.whatsapp_webhook_events (signature_valid, object, field, payload, "
    u"raw_body) "
    u"SELECT true, 'whatsapp_business_account', 'messages', '{}'::jsonb, '\\x7b7d'::bytea "
    u"FROM generate_series(1, ?) RETURNING id"_s;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    logging::setup("warn");
    const int rate = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 10;
    s_clock.start();

    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ExeGroup | QFile::ExeOther);
    EmbeddedCluster cluster({dir.path(), true});
    const auto config = cluster.start();
    if (!config) {
        std::fprintf(stderr, "cluster: %s\n", qPrintable(config.error()));
        return 1;
    }
    auto cleanup = qScopeGuard([&] {
        cluster.stop();
        QDir(cluster.clusterDir()).removeRecursively();
    });
    Database database(config.value(), 4);
    {
        QSqlDatabase db = database.openDedicated(u"bench-migrate"_s);
        if (const auto applied = Migrator::migrate(db); !applied) {
            std::fprintf(stderr, "migrate: %s\n", qPrintable(applied.error()));
            return 1;
        }
        db.close();
    }

    ChangeFeed feed(config.value());
    WebhookEventListModel model(database);
    QObject::connect(&feed, &ChangeFeed::changes, &model, &WebhookEventListModel::applyChanges);

    Timeline timeline;
    std::vector<double> latenciesMs;
    std::atomic<qint64> expected = 0;
    qint64 seen = 0;
    qint64 lastSeenNs = 0;
    QObject::connect(
        &model, &QAbstractItemModel::rowsInserted, &model,
        [&](const QModelIndex &, int first, int last) {
            const qint64 now = s_clock.nsecsElapsed();
            std::lock_guard lock(timeline.mutex);
            for (int row = first; row <= last; ++row) {
                const qint64 id =
                    model.data(model.index(row), WebhookEventListModel::EventIdRole).toLongLong();
                if (const auto found = timeline.committedNs.find(id);
                    found != timeline.committedNs.end()) {
                    // Visible to others before COMMIT returned to the writer: no measurable delay.
                    latenciesMs.push_back(
                        found->second == kCommitting ? 0.0 : double(now - found->second) / 1e6);
                    ++seen;
                    lastSeenNs = now;
                }
            }
        });

    // Heartbeat: the longest gap between 1 ms ticks is the longest stall of this thread.
    qint64 lastBeat = s_clock.nsecsElapsed();
    double worstStallMs = 0;
    bool measuringStalls = false;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = s_clock.nsecsElapsed();
        if (measuringStalls) {
            worstStallMs = std::max(worstStallMs, double(now - lastBeat) / 1e6);
        }
        lastBeat = now;
    });
    heartbeat.start(1);

    feed.start();
    model.reload();
    while (feed.state() != ChangeFeed::State::Live) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }

    auto writer = [&](int transactions, int rowsPerTransaction, qint64 intervalNs) {
        QSqlDatabase db = database.openDedicated(u"bench-writer"_s);
        auto closeAfterQuery = qScopeGuard([&db] { db.close(); });
        QSqlQuery insert(db);
        insert.prepare(kInsert);
        const qint64 start = s_clock.nsecsElapsed();
        for (int t = 0; t < transactions; ++t) {
            const qint64 due = start + t * intervalNs;
            while (s_clock.nsecsElapsed() < due) {
                QThread::usleep(100);
            }
            execScript(db, u"BEGIN"_s);
            insert.addBindValue(rowsPerTransaction);
            insert.exec();
            std::vector<qint64> ids;
            while (insert.next()) {
                ids.push_back(insert.value(0).toLongLong());
            }
            {
                std::lock_guard lock(timeline.mutex);
                for (const qint64 id : ids) {
                    timeline.committedNs.emplace(id, kCommitting);
                }
            }
            execScript(db, u"COMMIT"_s);
            const qint64 committed = s_clock.nsecsElapsed();
            std::lock_guard lock(timeline.mutex);
            for (const qint64 id : ids) {
                timeline.committedNs[id] = committed;
            }
            expected += qint64(ids.size());
        }
        insert.finish();
    };
    auto runPhase = [&](int transactions, int rowsPerTransaction, qint64 intervalNs) {
        seen = 0;
        expected = 0;
        latenciesMs.clear();
        const qint64 total = qint64(transactions) * rowsPerTransaction;
        QThread *thread = QThread::create(writer, transactions, rowsPerTransaction, intervalNs);
        const qint64 started = s_clock.nsecsElapsed();
        thread->start();
        while (seen < total && s_clock.nsecsElapsed() - started < 120'000'000'000LL) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        thread->wait();
        delete thread;
        QSqlDatabase::removeDatabase(u"bench-writer"_s);
        return started;
    };

    // Phase 1: steady rate.
    measuringStalls = false;
    runPhase(rate * seconds, 1, 1'000'000'000LL / rate);
    std::printf("steady: %d changes/s for %d s, %zu rows observed\n", rate, seconds,
                latenciesMs.size());
    std::printf("  commit -> row in model: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms "
                "(target p99 < 50 ms)\n",
                percentile(latenciesMs, 0.5), percentile(latenciesMs, 0.9),
                percentile(latenciesMs, 0.99), percentile(latenciesMs, 1.0));

    // Phase 2: burst of 20,000 changes in about one second.
    measuringStalls = true;
    worstStallMs = 0;
    lastBeat = s_clock.nsecsElapsed();
    const qint64 burstStart = runPhase(20, 1000, 50'000'000LL);
    measuringStalls = false;
    std::printf(
        "burst: 20,000 changes committed in 20 transactions over ~1 s, %lld rows observed\n", seen);
    std::printf("  all applied %.0f ms after the burst began; longest GUI-thread stall %.1f ms "
                "(target < 50 ms)\n",
                double(lastSeenNs - burstStart) / 1e6, worstStallMs);
    std::printf("  model rows: %d\n", model.rowCount());
    std::fflush(stdout);
    feed.stop();
    return 0;
}
