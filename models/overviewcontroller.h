#pragma once

#include "changecoalescer.h"
#include "conversations.h"
#include "metrics.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

namespace opsdesk {

class Database;

/// What the Overview's header says at a glance: the health banner (unresolved incidents and the
/// worst severity among them, or all clear) and today's totals (UTC day: webhook events,
/// inbound messages, failed deliveries, open conversations). The KPI tiles and charts below come
/// from a MetricSeriesModel. Recounted (two small queries) at most every 250 ms while changes
/// arrive. Support staff may not read incidents: for them the banner is not shown
/// (incidentsVisible false), which is not an error.
class OverviewController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace")
    Q_PROPERTY(qint64 webhookEventsToday READ webhookEventsToday NOTIFY countersChanged)
    Q_PROPERTY(qint64 inboundMessagesToday READ inboundMessagesToday NOTIFY countersChanged)
    Q_PROPERTY(qint64 failedDeliveriesToday READ failedDeliveriesToday NOTIFY countersChanged)
    Q_PROPERTY(qint64 openConversations READ openConversations NOTIFY countersChanged)
    /// "Today — webhook events: 1,204 · inbound messages: 312 · failed deliveries: 3".
    Q_PROPERTY(QString todayLabel READ todayLabel NOTIFY countersChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY countersChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    /// The signed-in role may read incidents (the banner shows once counted).
    Q_PROPERTY(bool incidentsVisible READ incidentsVisible NOTIFY healthChanged)
    Q_PROPERTY(int unresolvedIncidents READ unresolvedIncidents NOTIFY healthChanged)
    /// critical, high, medium, low; empty when there is no unresolved incident.
    Q_PROPERTY(QString highestSeverity READ highestSeverity NOTIFY healthChanged)
    /// "All clear: no unresolved incidents" / "3 unresolved incidents · highest severity:
    /// critical".
    Q_PROPERTY(QString healthLabel READ healthLabel NOTIFY healthChanged)
    /// success (all clear), danger (critical or high), warning (medium or low).
    Q_PROPERTY(QString healthMeaning READ healthMeaning NOTIFY healthChanged)

public:
    explicit OverviewController(Database &database, QObject *parent = nullptr);

    [[nodiscard]] qint64 webhookEventsToday() const { return m_counters.webhookEventsToday; }
    [[nodiscard]] qint64 inboundMessagesToday() const { return m_counters.inboundMessagesToday; }
    [[nodiscard]] qint64 failedDeliveriesToday() const { return m_counters.failedDeliveriesToday; }
    [[nodiscard]] qint64 openConversations() const { return m_counters.openConversations; }
    [[nodiscard]] QString todayLabel() const;
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] bool incidentsVisible() const { return m_health.has_value(); }
    [[nodiscard]] int unresolvedIncidents() const { return m_health ? m_health->unresolved : 0; }
    [[nodiscard]] QString highestSeverity() const
    {
        return m_health ? m_health->highestSeverity : QString();
    }
    [[nodiscard]] QString healthLabel() const;
    [[nodiscard]] QString healthMeaning() const;

    Q_INVOKABLE void reload();
    void applyChanges(const QList<opsdesk::Change> &batch) { m_coalescer.add(batch); }

Q_SIGNALS:
    void countersChanged();
    void errorStringChanged();
    void healthChanged();

private:
    QCoro::Task<> recount();

    Database &m_database;
    ChangeCoalescer m_coalescer;
    QTimer m_throttle;
    conversations::Counters m_counters;
    std::optional<metrics::IncidentHealth> m_health;
    bool m_loaded = false;
    QString m_error;
};

} // namespace opsdesk
