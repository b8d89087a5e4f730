#pragma once

#include "changecoalescer.h"
#include "conversations.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

namespace opsdesk {

class Database;

/// The Overview counters (UTC day): webhook events today, inbound messages today, failed
/// deliveries today and open conversations. Recounted (one query) at most every 250 ms while
/// changes arrive.
class OverviewController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace")
    Q_PROPERTY(qint64 webhookEventsToday READ webhookEventsToday NOTIFY countersChanged)
    Q_PROPERTY(qint64 inboundMessagesToday READ inboundMessagesToday NOTIFY countersChanged)
    Q_PROPERTY(qint64 failedDeliveriesToday READ failedDeliveriesToday NOTIFY countersChanged)
    Q_PROPERTY(qint64 openConversations READ openConversations NOTIFY countersChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY countersChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit OverviewController(Database &database, QObject *parent = nullptr);

    [[nodiscard]] qint64 webhookEventsToday() const { return m_counters.webhookEventsToday; }
    [[nodiscard]] qint64 inboundMessagesToday() const { return m_counters.inboundMessagesToday; }
    [[nodiscard]] qint64 failedDeliveriesToday() const { return m_counters.failedDeliveriesToday; }
    [[nodiscard]] qint64 openConversations() const { return m_counters.openConversations; }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString errorString() const { return m_error; }

    Q_INVOKABLE void reload();
    void applyChanges(const QList<opsdesk::Change> &batch) { m_coalescer.add(batch); }

Q_SIGNALS:
    void countersChanged();
    void errorStringChanged();

private:
    QCoro::Task<> recount();

    Database &m_database;
    ChangeCoalescer m_coalescer;
    QTimer m_throttle;
    conversations::Counters m_counters;
    bool m_loaded = false;
    QString m_error;
};

} // namespace opsdesk
