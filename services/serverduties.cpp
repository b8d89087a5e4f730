#include "serverduties.h"

#include "database.h"
#include "logging.h"

#include <QEventLoop>
#include <QPointer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace opsdesk {

ServerDuties::ServerDuties(Database &database, Options options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_client(std::make_unique<whatsapp::CloudApiClient>(std::move(options.cloudApi)))
    , m_worker(std::make_unique<OutboundWorker>(database, *m_client, std::move(options.worker)))
    , m_templates(std::make_unique<TemplateSync>(database, *m_client))
    , m_collector(std::make_unique<MetricsCollector>(database.config(), std::move(options.metrics)))
{
    connect(m_worker.get(), &OutboundWorker::jobFinished, this,
            [this](qint64 /*jobId*/, const QString &outcome) {
                if (outcome == u"sent") {
                    ++m_sendsDone;
                } else if (outcome == u"failed" || outcome == u"retry" || outcome == u"dead") {
                    ++m_sendsFailed;
                }
            });
    m_upkeep.setInterval(15s);
    connect(&m_upkeep, &QTimer::timeout, this, [this] { upkeep(); });
}

ServerDuties::~ServerDuties() = default;

void ServerDuties::start()
{
    m_notifications = std::make_unique<jobs::Notifications>(m_database);
    m_worker->start(m_notifications.get());
    m_templates->start(m_notifications.get());
    m_upkeep.start();
    upkeep();
    m_collector->start();
}

bool ServerDuties::stop(std::chrono::milliseconds deadline)
{
    m_upkeep.stop();
    m_collector->stop();
    m_notifications.reset();
    QEventLoop loop;
    bool drained = false;
    connect(m_worker.get(), &OutboundWorker::idle, &loop, [&] {
        drained = true;
        loop.quit();
    });
    QTimer::singleShot(deadline, &loop, &QEventLoop::quit);
    m_worker->stop(); // may emit idle() at once
    if (!drained) {
        logging::jobs()->info("waiting for {} send(s) in flight", m_worker->inFlight());
        loop.exec();
    }
    if (!drained) {
        logging::jobs()->warn(
            "{} send(s) still in flight at shutdown; their leases bring them back",
            m_worker->inFlight());
    }
    return drained;
}

QCoro::Task<> ServerDuties::upkeep()
{
    QPointer self{this};
    const bool pruneJobs = m_upkeepRuns++ % 240 == 0; // hourly at 15 s
    auto future = m_database.run([pruneJobs](QSqlDatabase &db) {
        auto woken = exec(db, u"SELECT opsdesk.wake_snoozed_conversations()"_s);
        const int reopened = woken.next() ? woken.value(0).toInt() : 0;
        exec(db, u"SELECT opsdesk.prune_conversation_viewers()"_s);
        if (pruneJobs) {
            jobs::prune(db, 7);
        }
        return reopened;
    });
    const auto reopened = co_await future;
    if (!self) {
        co_return;
    }
    if (!reopened) {
        logging::jobs()->warn("upkeep failed: {}", reopened.error().toStdString());
    } else if (reopened.value() > 0) {
        logging::jobs()->info("{} snoozed conversation(s) reopened", reopened.value());
    }
}

} // namespace opsdesk
