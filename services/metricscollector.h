#pragma once

#include "databaseconfig.h"
#include "expected.h"

#include <QDateTime>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <QCoroTask>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace opsdesk {

/// What one `opsdeskd serve` process measured over the last 60 s (IngestServer::lastMinute()),
/// reported in its opsdesk.serve_instances row.
struct InstanceLoad {
    int webhookRequests = 0;
    int signatureFailures = 0;
    std::optional<double> ingestLatencyP95Ms; ///< webhook POST handling time, milliseconds
};

/// Metric collection and alert evaluation for `opsdeskd serve` (resources/migrations/0008).
///
/// Every interval (10 s) each instance upserts its opsdesk.serve_instances row (instance id,
/// start time, InstanceLoad from Options::load). Only one instance at a time collects: the one
/// holding the PostgreSQL session-level advisory lock kCollectorLockKey, taken with
/// `pg_try_advisory_lock` on a dedicated connection this object keeps open. The holder runs
/// `opsdesk.collect_metrics()` then `opsdesk.evaluate_alert_rules()` every interval and
/// `opsdesk.prune_metrics('8 days', '90 days')` every Options::pruneEvery. When the holder's
/// connection dies (process killed, network gone, backend terminated) PostgreSQL releases the
/// lock with the session and another instance takes it at its next tick; the former holder
/// reconnects and waits its turn. A graceful stop() closes the connection (releasing the lock at
/// once) and deletes the instance's row.
///
/// All SQL runs on one thread of this object's own (its connection lives there); state changes
/// (became the collector, lost the lock, database unreachable) are logged once, not every tick.
class MetricsCollector : public QObject
{
    Q_OBJECT
public:
    /// The advisory lock key (bigint) of the collector: 0x6f70_7364_6573_6b02, "opsdesk" plus 2
    /// (the migrator uses its own key). Visible in pg_locks as classid 0x6f707364,
    /// objid 0x65736b02, objsubid 1.
    static constexpr qint64 kCollectorLockKey = 0x6f70736465736b02;

    struct Options {
        /// Unique per process: defaults to "<host name>:<pid>:<start time, epoch seconds>".
        QString instance;
        std::chrono::milliseconds interval{10'000};
        std::chrono::milliseconds pruneEvery{3'600'000};
        /// This process's last minute; none = zeros (e.g. the demo's own replayer is elsewhere).
        std::function<InstanceLoad()> load;
        /// Collection and evaluation can be turned off (tests of the instance row alone).
        bool collect = true;
    };

    /// Connects with @p config (a role in opsdesk_service) when started.
    MetricsCollector(DatabaseConfig config, Options options, QObject *parent = nullptr);
    ~MetricsCollector() override;

    /// Runs a first tick now and then every interval.
    void start();
    /// Stops the timer, waits for a tick in progress, deletes this instance's row and closes the
    /// connection (releasing the lock). Blocks the calling thread for at most a statement.
    void stop();

    [[nodiscard]] bool isCollector() const { return m_collector; }
    [[nodiscard]] const QString &instance() const { return m_options.instance; }
    /// Ticks this instance collected at (as the lock holder), since start.
    [[nodiscard]] int collections() const { return m_collections; }

    /// "<host>:<pid>:<epoch seconds>" for this process.
    [[nodiscard]] static QString defaultInstanceId();

Q_SIGNALS:
    /// This instance took the lock (true) or lost it (false).
    void collectorChanged(bool collector);
    /// One tick finished; @p stored samples were collected (0 when not the collector),
    /// @p opened incidents opened by the alert rules.
    void ticked(int stored, int opened);

private:
    struct Worker;
    struct TickResult {
        bool connected = false;
        bool collector = false;
        int stored = 0;
        int opened = 0;
        qint64 pruned = -1; ///< -1: not pruned this tick
        QString error;
    };
    QCoro::Task<> tick();

    Options m_options;
    QDateTime m_startedAt = QDateTime::currentDateTimeUtc();
    QThreadPool m_pool; ///< one thread: the dedicated connection lives there
    std::shared_ptr<Worker> m_worker;
    QTimer m_timer;
    bool m_running = false;
    bool m_ticking = false;
    bool m_collector = false;
    bool m_reachable = true;
    int m_collections = 0;
    std::chrono::steady_clock::time_point m_lastPrune{};
};

} // namespace opsdesk
