#pragma once

#include "jobqueue.h"
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
/// than 7 days are pruned (hourly). Any number of instances may run side by side: jobs are
/// claimed with SKIP LOCKED and the upkeep statements are idempotent.
class ServerDuties : public QObject
{
    Q_OBJECT
public:
    struct Options {
        whatsapp::CloudApiConfig cloudApi;
        OutboundWorker::Options worker;
    };

    ServerDuties(Database &database, Options options, QObject *parent = nullptr);
    ~ServerDuties() override;

    void start();
    /// Stops claiming jobs (those in flight finish) and the timers.
    void stop();

    [[nodiscard]] OutboundWorker &worker() { return *m_worker; }
    [[nodiscard]] TemplateSync &templateSync() { return *m_templates; }

private:
    QCoro::Task<> upkeep();

    Database &m_database;
    std::unique_ptr<jobs::Notifications> m_notifications;
    std::unique_ptr<whatsapp::CloudApiClient> m_client;
    std::unique_ptr<OutboundWorker> m_worker;
    std::unique_ptr<TemplateSync> m_templates;
    QTimer m_upkeep;
    int m_upkeepRuns = 0;
};

} // namespace opsdesk
