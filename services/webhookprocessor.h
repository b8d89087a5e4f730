#pragma once

#include "database.h"

#include <QObject>
#include <QTimer>

#include <QCoroTask>

namespace opsdesk {

/// Turns stored webhook events into contacts, conversations, messages, delivery statuses and
/// template updates.
///
/// The derivation itself is the database function `opsdesk.process_pending_webhook_events`
/// (resources/migrations/0003_webhook_processing.sql): it claims pending events with
/// `FOR UPDATE SKIP LOCKED`, so several `opsdeskd serve` instances share the work, and marks each
/// event processed, ignored or failed (with the reason). This class decides when to run it:
/// right after new events are stored (requests coalesce while a run is in progress) and every
/// few seconds, which also picks up events left pending by a crash.
class WebhookProcessor : public QObject
{
    Q_OBJECT
public:
    explicit WebhookProcessor(Database &database, QObject *parent = nullptr);

    /// Starts the periodic catch-up (every @p intervalMs) and processes what is pending now.
    void start(int intervalMs = 5000);
    /// Requests a run; cheap to call often.
    void wake();
    [[nodiscard]] bool busy() const { return m_running; }

Q_SIGNALS:
    /// Emitted after a run that handled at least one event.
    void processed(int count);

private:
    QCoro::Task<> runUntilIdle();

    Database &m_database;
    QTimer m_timer;
    bool m_running = false;
    bool m_again = false;
};

} // namespace opsdesk
