#include "webhookprocessor.h"

#include "logging.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace opsdesk {

namespace {
constexpr int kBatch = 200;
}

WebhookProcessor::WebhookProcessor(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    connect(&m_timer, &QTimer::timeout, this, &WebhookProcessor::wake);
}

void WebhookProcessor::start(int intervalMs)
{
    m_timer.start(intervalMs);
    wake();
}

void WebhookProcessor::wake()
{
    if (m_running) {
        m_again = true;
        return;
    }
    runUntilIdle();
}

QCoro::Task<> WebhookProcessor::runUntilIdle()
{
    QPointer self{this};
    m_running = true;
    int total = 0;
    for (;;) {
        m_again = false;
        auto future = m_database.run([](QSqlDatabase &db) {
            auto query = exec(db, u"SELECT opsdesk.process_pending_webhook_events(?)"_s, {kBatch});
            return query.next() ? query.value(0).toInt() : 0;
        });
        const auto handled = co_await future;
        if (!self) {
            co_return;
        }
        if (!handled) {
            logging::ingest()->error("processing webhook events failed: {}",
                                     handled.error().toStdString());
            break;
        }
        total += handled.value();
        if (handled.value() < kBatch && !m_again) {
            break;
        }
    }
    m_running = false;
    if (total > 0) {
        logging::ingest()->debug("processed {} webhook events", total);
        Q_EMIT processed(total);
    }
}

} // namespace opsdesk
