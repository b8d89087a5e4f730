#pragma once

#include "jobqueue.h"
#include "metricscollector.h"
#include "outboundworker.h"
#include "templatesync.h"
#include "whatsappcloudapi.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace opsdesk {

class Database;

/// What `opsdeskd serve` runs besides HTTP, against one database: the send workers
/// (OutboundWorker), template sync (TemplateSync), and upkeep every 15 s — snoozed
/// conversations whose time has come reopen, stale presence rows go, and succeeded jobs older
/// than 7 days are pruned (hourly) — and metric collection with alert evaluation
/// (MetricsCollector: every instance reports its last minute, the one holding the collector's
/// advisory lock collects). Any number of instances may run side by side: jobs are claimed with
/// SKIP LOCKED, the upkeep statements are idempotent and the collector is a singleton.
class ServerDuties : public QObject
{
    Q_OBJECT
public:
    struct Options {
        whatsapp::CloudApiConfig cloudApi;
        OutboundWorker::Options worker;
        /// Instance id, intervals and this process's load (IngestServer::lastMinute()).
        MetricsCollector::Options metrics;
    };

    ServerDuties(Database &database, Options options, QObject *parent = nullptr);
    ~ServerDuties() override;

    /// Starts the workers, template sync and upkeep (the NOTIFY listener connects here).
    void start();
    /// Stops claiming jobs and the timers, then waits (running the event loop) until the sends
    /// in flight are recorded, at most @p deadline: a send cut off after WhatsApp accepted it
    /// would be sent again when its lease runs out. Returns false when the deadline passed.
    bool stop(std::chrono::milliseconds deadline);

    [[nodiscard]] OutboundWorker &worker() { return *m_worker; }
    [[nodiscard]] TemplateSync &templateSync() { return *m_templates; }
    [[nodiscard]] MetricsCollector &metricsCollector() { return *m_collector; }
    /// Send attempts this process's worker finished as sent, and as failed, retried or dead.
    [[nodiscard]] quint64 sendsDone() const { return m_sendsDone; }
    [[nodiscard]] quint64 sendsFailed() const { return m_sendsFailed; }

private:
    QCoro::Task<> upkeep();

    Database &m_database;
    std::unique_ptr<jobs::Notifications> m_notifications;
    std::unique_ptr<whatsapp::CloudApiClient> m_client;
    std::unique_ptr<OutboundWorker> m_worker;
    std::unique_ptr<TemplateSync> m_templates;
    std::unique_ptr<MetricsCollector> m_collector;
    quint64 m_sendsDone = 0;
    quint64 m_sendsFailed = 0;
    QTimer m_upkeep;
    int m_upkeepRuns = 0;
};

} // namespace opsdesk
