#include "overviewcontroller.h"

#include "database.h"
#include "displayformat.h"

#include <QLocale>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

struct Overview {
    conversations::Counters counters;
    std::optional<metrics::IncidentHealth> health;
};

QString severityLabel(const QString &severity)
{
    static const display::Labels labels{
        {u"critical"_s, QT_TRANSLATE_NOOP("opsdesk::OverviewController", "critical")},
        {u"high"_s, QT_TRANSLATE_NOOP("opsdesk::OverviewController", "high")},
        {u"medium"_s, QT_TRANSLATE_NOOP("opsdesk::OverviewController", "medium")},
        {u"low"_s, QT_TRANSLATE_NOOP("opsdesk::OverviewController", "low")}};
    return display::translatedLabel("opsdesk::OverviewController", labels, severity, severity);
}

} // namespace

OverviewController::OverviewController(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_coalescer({u"whatsapp_webhook_events"_s, u"messages"_s, u"conversations"_s, u"incidents"_s})
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

QString OverviewController::todayLabel() const
{
    if (!m_loaded) {
        return {};
    }
    const QLocale locale;
    return tr("Today — webhook events: %1 · inbound messages: %2 · failed deliveries: %3")
        .arg(locale.toString(m_counters.webhookEventsToday),
             locale.toString(m_counters.inboundMessagesToday),
             locale.toString(m_counters.failedDeliveriesToday));
}

QString OverviewController::healthLabel() const
{
    if (!m_health) {
        return {};
    }
    if (m_health->unresolved == 0) {
        return tr("All clear: no unresolved incidents");
    }
    const int count = m_health->unresolved;
    return (count == 1 ? tr("1 unresolved incident · highest severity: %1")
                       : tr("%n unresolved incidents · highest severity: %1", nullptr, count))
        .arg(severityLabel(m_health->highestSeverity));
}

QString OverviewController::healthMeaning() const
{
    if (!m_health || m_health->unresolved == 0) {
        return u"success"_s;
    }
    return m_health->critical + m_health->high > 0 ? u"danger"_s : u"warning"_s;
}

QCoro::Task<> OverviewController::recount()
{
    QPointer self{this};
    auto future = m_database.run([](QSqlDatabase &db) {
        return Overview{conversations::fetchCounters(db), metrics::fetchIncidentHealth(db)};
    });
    auto overview = co_await future;
    if (!self) {
        co_return;
    }
    const QString error =
        overview ? QString() : tr("Could not count today's activity: %1").arg(overview.error());
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorStringChanged();
    }
    if (overview) {
        m_counters = overview->counters;
        m_loaded = true;
        m_health = overview->health;
        Q_EMIT countersChanged();
        Q_EMIT healthChanged();
    }
}

} // namespace opsdesk
