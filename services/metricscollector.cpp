#include "metricscollector.h"

#include "database.h"
#include "logging.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QPointer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <QCoroFuture>

using namespace Qt::StringLiterals;

namespace opsdesk {

/// The dedicated connection and what runs on it; used only on the collector's pool thread.
struct MetricsCollector::Worker {
    DatabaseConfig config;
    QString instance;
    QDateTime startedAt;
    QString connectionName = u"opsdesk-collector-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db;
    bool collector = false;

    void close(bool deleteRow)
    {
        if (db.isValid()) {
            if (deleteRow && db.isOpen()) {
                try {
                    exec(db, u"DELETE FROM opsdesk.serve_instances WHERE instance = ?"_s,
                         {instance});
                } catch (const DatabaseError &) {
                    // Going away anyway; collect_metrics ignores rows silent for 30 s.
                }
            }
            db.close(); // ends the session: PostgreSQL releases the advisory lock
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
        }
        collector = false;
    }

    TickResult tick(const InstanceLoad &load, bool collect, bool pruneDue)
    {
        TickResult result;
        try {
            if (!db.isValid() || !db.isOpen()) {
                close(false);
                const Database opener(config, 1);
                db = opener.openDedicated(connectionName);
            }
            result.connected = true;
            exec(db, uR"(
INSERT INTO opsdesk.serve_instances AS i (instance, reported_at, started_at, webhook_requests_1m,
                                          signature_failures_1m, ingest_latency_p95_ms)
VALUES (?, now(), ?, ?, ?, ?)
ON CONFLICT (instance) DO UPDATE
   SET reported_at = EXCLUDED.reported_at, started_at = EXCLUDED.started_at,
       webhook_requests_1m = EXCLUDED.webhook_requests_1m,
       signature_failures_1m = EXCLUDED.signature_failures_1m,
       ingest_latency_p95_ms = EXCLUDED.ingest_latency_p95_ms)"_s,
                 {instance, startedAt, load.webhookRequests, load.signatureFailures,
                  load.ingestLatencyP95Ms ? QVariant(*load.ingestLatencyP95Ms)
                                          : QVariant(QMetaType::fromType<double>())});
            if (collect && !collector) {
                auto locked = exec(db, u"SELECT pg_try_advisory_lock(%1)"_s.arg(kCollectorLockKey));
                collector = locked.next() && locked.value(0).toBool();
            }
            result.collector = collector;
            if (collector) {
                auto stored = exec(db, u"SELECT opsdesk.collect_metrics()"_s);
                result.stored = stored.next() ? stored.value(0).toInt() : 0;
                auto opened = exec(db, u"SELECT opsdesk.evaluate_alert_rules()"_s);
                result.opened = opened.next() ? opened.value(0).toInt() : 0;
                if (pruneDue) {
                    auto pruned = exec(db, u"SELECT opsdesk.prune_metrics('8 days', '90 days')"_s);
                    result.pruned = pruned.next() ? pruned.value(0).toLongLong() : 0;
                }
            }
        } catch (const DatabaseError &error) {
            result.error = error.primaryMessage();
            if (isConnectionLoss(error) || !db.isOpen()) {
                // The session is gone and the lock with it (or it never was ours).
                close(false);
                result.connected = false;
                result.collector = false;
            } else {
                result.collector = collector;
            }
        }
        return result;
    }
};

MetricsCollector::MetricsCollector(DatabaseConfig config, Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_worker(std::make_shared<Worker>())
{
    if (m_options.instance.isEmpty()) {
        m_options.instance = defaultInstanceId();
    }
    m_worker->config = std::move(config);
    m_worker->instance = m_options.instance;
    m_worker->startedAt = m_startedAt;
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // the connection lives on this one thread
    m_timer.setInterval(m_options.interval);
    connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
}

MetricsCollector::~MetricsCollector()
{
    stop();
}

QString MetricsCollector::defaultInstanceId()
{
    static const QString id = u"%1:%2:%3"_s.arg(QHostInfo::localHostName())
                                  .arg(QCoreApplication::applicationPid())
                                  .arg(QDateTime::currentSecsSinceEpoch());
    return id.left(200);
}

void MetricsCollector::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_timer.start();
    tick();
}

void MetricsCollector::stop()
{
    const bool wasRunning = m_running;
    m_running = false;
    m_timer.stop();
    // On the pool's thread, after any tick still running there: QFuture::waitForFinished() may
    // take a queued task and run it on the calling thread, closing the connection under a live
    // query from the wrong thread. waitForDone() never does.
    m_pool.start([worker = m_worker] { worker->close(true); });
    m_pool.waitForDone();
    if (m_collector) {
        m_collector = false;
        logging::jobs()->info("metrics collector {} stopped; advisory lock released",
                              m_options.instance.toStdString());
        Q_EMIT collectorChanged(false);
    } else if (wasRunning) {
        logging::jobs()->debug("metrics collector {} stopped", m_options.instance.toStdString());
    }
}

QCoro::Task<> MetricsCollector::tick()
{
    if (m_ticking || !m_running) {
        co_return; // a slow tick is not stacked up
    }
    m_ticking = true;
    QPointer self{this};
    const InstanceLoad load = m_options.load ? m_options.load() : InstanceLoad{};
    const auto now = std::chrono::steady_clock::now();
    const bool pruneDue = m_lastPrune == std::chrono::steady_clock::time_point{} ||
                          now - m_lastPrune >= m_options.pruneEvery;
    auto future =
        QtConcurrent::run(&m_pool, [worker = m_worker, load, collect = m_options.collect,
                                    pruneDue] { return worker->tick(load, collect, pruneDue); });
    const TickResult result = co_await future;
    if (!self) {
        co_return;
    }
    m_ticking = false;
    if (!m_running) {
        co_return;
    }
    const std::string instance = m_options.instance.toStdString();
    if (!result.connected) {
        if (m_reachable) {
            logging::jobs()->warn("metrics collector {}: database unreachable: {}", instance,
                                  result.error.toStdString());
        }
        m_reachable = false;
    } else {
        if (!m_reachable) {
            logging::jobs()->info("metrics collector {}: database reachable again", instance);
        }
        m_reachable = true;
        if (!result.error.isEmpty()) {
            logging::jobs()->warn("metrics collector {}: {}", instance, result.error.toStdString());
        }
    }
    if (result.collector != m_collector) {
        m_collector = result.collector;
        if (m_collector) {
            logging::jobs()->info("metrics collector {}: became the collector (advisory lock {})",
                                  instance, kCollectorLockKey);
        } else {
            logging::jobs()->warn("metrics collector {}: lost the collector lock ({})", instance,
                                  result.error.isEmpty() ? "released" : result.error.toStdString());
        }
        Q_EMIT collectorChanged(m_collector);
    }
    if (result.collector && result.error.isEmpty()) {
        ++m_collections;
    }
    if (result.pruned >= 0) {
        m_lastPrune = now;
        if (result.pruned > 0) {
            logging::jobs()->info("metrics retention: {} row(s) pruned", result.pruned);
        }
    }
    if (result.opened > 0) {
        logging::jobs()->warn("alert rules opened {} incident(s)", result.opened);
    }
    Q_EMIT ticked(result.stored, result.opened);
}

} // namespace opsdesk
