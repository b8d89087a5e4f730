#pragma once

#include "database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QThread>

/// The job queue of migration 0007 (`opsdesk.jobs`): SQL entry points for the workers of
/// `opsdeskd serve` and for admins. Every function throws DatabaseError.
///
/// A job is claimed with `FOR UPDATE SKIP LOCKED` and leased to one worker for a number of
/// seconds; finishing or failing it requires still holding the lease. A worker that dies
/// mid-job leaves its lease to expire, after which releaseExpired() puts the job back (or
/// declares it dead when its attempts are used up).
namespace opsdesk::jobs {

/// The queue of outbound WhatsApp messages; payload {"message_id": uuid}.
inline constexpr auto kSendQueue = "whatsapp.send";
/// NOTIFY channel: a job was queued (payload: its queue) or templates should be synced
/// (payload "whatsapp.templates").
inline constexpr auto kChannel = "opsdesk_jobs";

struct Job {
    qint64 id = 0;
    QString queue;
    QJsonObject payload;
    int attempts = 0; ///< including the current one
    int maxAttempts = 0;
};

/// Claims up to @p max ready jobs of @p queue for @p worker, leased for @p leaseSeconds.
QList<Job> claim(const QSqlDatabase &db, const QString &queue, const QString &worker, int max,
                 int leaseSeconds);
/// Re-queues (or kills) the jobs whose lease expired; returns how many.
int releaseExpired(const QSqlDatabase &db);
/// Deletes succeeded jobs finished more than @p keepDays days ago; returns how many.
qint64 prune(const QSqlDatabase &db, int keepDays);

/// What a send job sends: the message and its recipient.
struct Send {
    QString messageId;
    QString status;       ///< the message's status now; only "queued" is sent
    QString waMessageId;  ///< set once sent
    QString to;           ///< the contact's wa_id
    QString kind;         ///< text or template
    QString body;         ///< text, or the rendered template
    QString templateName; ///< template
    QString templateLanguage;
    QStringList parameters; ///< template body parameters
    /// The job is still @p worker's with at least the asked-for time left on its lease: only
    /// then may it be sent (else another worker may have it, or soon will).
    bool leaseHeld = false;
};
/// The message of send job @p job as @p worker sees it; an empty messageId when it no longer
/// exists. leaseHeld tells whether the lease has @p leaseLeftSeconds or more to run.
Send loadSend(const QSqlDatabase &db, const Job &job, const QString &worker, int leaseLeftSeconds);
/// The Cloud API accepted the message as @p wamid. False when @p worker lost the lease.
bool finishSend(const QSqlDatabase &db, qint64 jobId, const QString &worker, const QString &wamid);
/// The send failed. Returns the job's new status (failed, queued for a retry in @p retryInMs,
/// or dead), or an empty string when @p worker lost the lease.
QString failSend(const QSqlDatabase &db, qint64 jobId, const QString &worker, bool permanent,
                 int errorCode, const QString &errorTitle, const QString &errorDetails,
                 qint64 retryInMs);

/// A job that needs an admin's attention (failed or dead), for the Outbound page.
struct Attention {
    qint64 id = 0;
    QString queue;
    QString status; ///< failed or dead
    int attempts = 0;
    int maxAttempts = 0;
    QString lastError;
    QDateTime updatedAt; ///< UTC
    qint64 updatedAtUs = 0;
    QString messageId;
    QString conversationId;
    QString contactName;
    QString messagePreview;
};
/// Failed and dead jobs, newest first, keyset-paged below (@p beforeUs, @p beforeId).
QList<Attention> fetchAttention(const QSqlDatabase &db, qint64 beforeUs, qint64 beforeId,
                                int limit);
QList<Attention> fetchAttentionByIds(const QSqlDatabase &db, const QList<qint64> &ids);
/// Puts dead job @p jobId back in the queue with fresh attempts (admins only: 42501 otherwise;
/// 55000 when the job is not dead).
void retry(const QSqlDatabase &db, qint64 jobId);

/// Wakes workers when jobs are queued: a dedicated connection LISTENing on kChannel, on a thread
/// of its own (connecting blocks; while the database is down it retries every @p reconnectMs
/// there, never on the caller's thread). notified() arrives in the thread that created this
/// object. Workers also poll, so a lost connection only slows them down.
class Notifications : public QObject
{
    Q_OBJECT
public:
    explicit Notifications(Database &database, int reconnectMs = 10000, QObject *parent = nullptr);
    ~Notifications() override;

Q_SIGNALS:
    /// A NOTIFY on kChannel arrived; @p payload names the queue.
    void notified(const QString &payload);

private:
    class Listener;
    QThread m_thread;
    Listener *m_listener; ///< lives in m_thread, deleted when it finishes
};

} // namespace opsdesk::jobs
