#pragma once

#include "database.h"
#include "expected.h"

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>

namespace opsdesk {

/// A signature-verified webhook body on its way into `whatsapp_webhook_events`.
struct IncomingWebhookEvent {
    QByteArray rawBody; ///< exact bytes received (what was signed)
    bool jsonValid = false;
    QString object;    ///< top-level "object", when the body is a JSON object
    QString field;     ///< first entry[].changes[].field, for the events list
    QString error;     ///< why the body cannot be processed (invalid JSON, ...), else empty
    QString requestId; ///< for log lines
};

/// Commits accepted webhook events durably, many requests per transaction.
///
/// The HTTP handler must not answer 200 before the event is committed, and one fsync per request
/// would cap ingest at the disk's commit rate. The writer therefore drains everything queued
/// since its last commit into one INSERT (a natural group commit) on its own thread and
/// connection, then completes each request. A batch the database rejects as a whole (for example
/// a body that is valid JSON for Qt but not for jsonb, such as "\u0000") is retried row by row,
/// and a row that still fails is stored as `failed` with the database's reason: nothing accepted
/// is dropped.
class WebhookEventWriter : public QObject
{
    Q_OBJECT
public:
    /// Completion: the stored event id, or why it could not be stored (the caller answers 503,
    /// so Meta retries). Runs in the thread of the context object given to enqueue().
    using Completion = std::function<void(Expected<qint64>)>;

    explicit WebhookEventWriter(const Database &database, QObject *parent = nullptr);
    ~WebhookEventWriter() override;

    void start();
    /// Finishes what is queued, then stops the thread.
    void stop();

    /// Queues @p event; @p done runs later in @p context's thread (not at all if @p context is
    /// gone). Refuses at once (error) when more than maxQueued() events wait.
    void enqueue(IncomingWebhookEvent event, QObject *context, Completion done);

    [[nodiscard]] static constexpr int maxQueued() { return 20000; }
    [[nodiscard]] static constexpr int maxBatch() { return 500; }

Q_SIGNALS:
    /// Emitted (from the writer thread) after each commit with the number of events stored.
    void stored(int count);

private:
    struct Pending {
        IncomingWebhookEvent event;
        QPointer<QObject> context;
        Completion done;
    };
    void runLoop();
    QList<Expected<qint64>> writeBatch(QSqlDatabase &db, const std::vector<Pending> &batch);

    const Database &m_database;
    QThread *m_thread = nullptr;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Pending> m_queue;
    bool m_stopping = false;
};

} // namespace opsdesk
