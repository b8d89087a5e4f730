#include "overviewcontroller.h"

#include "database.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace opsdesk {

OverviewController::OverviewController(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_coalescer({u"whatsapp_webhook_events"_s, u"messages"_s, u"conversations"_s})
{
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(250);
    connect(&m_throttle, &QTimer::timeout, this, [this] { recount(); });
    connect(&m_coalescer, &ChangeCoalescer::flush, this, [this] {
        if (!m_throttle.isActive()) {
            m_throttle.start();
        }
        m_coalescer.finished();
    });
}

void OverviewController::reload()
{
    recount();
}

QCoro::Task<> OverviewController::recount()
{
    QPointer self{this};
    auto future = m_database.run([](QSqlDatabase &db) { return conversations::fetchCounters(db); });
    auto counters = co_await future;
    if (!self) {
        co_return;
    }
    const QString error =
        counters ? QString() : tr("Could not count today's activity: %1").arg(counters.error());
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorStringChanged();
    }
    if (counters) {
        m_counters = counters.value();
        m_loaded = true;
        Q_EMIT countersChanged();
    }
}

} // namespace opsdesk
