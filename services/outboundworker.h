#pragma once

#include "jobqueue.h"

#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <QCoroTask>

#include <chrono>

namespace opsdesk {

class Database;
namespace whatsapp {
class CloudApiClient;
}

/// The send workers of `opsdeskd serve`: take `whatsapp.send` jobs and send their messages
/// through the WhatsApp Cloud API.
///
/// Up to Options::concurrency jobs are in flight per process. Jobs are claimed with
/// `FOR UPDATE SKIP LOCKED` (jobs::claim), so any number of workers and `opsdeskd` instances
/// share one queue and a job is handed to one of them at a time. Woken by NOTIFY
/// (jobs::Notifications) and by a poll every Options::pollInterval.
///
/// Per job: the message is sent only while it is still queued; the returned wamid and status
/// sent are stored with the job's completion in one transaction (finish_send_job). Permanent
/// errors (4xx such as 131047 re-engagement or 131026 undeliverable) fail the message with
/// WhatsApp's code and title; transient ones (429, 5xx, timeouts, connection errors) retry after
/// backoff() (at least the Retry-After the API asked for) until the job's max_attempts, then the
/// job is dead (admins retry it from the Outbound page).
///
/// **Where a message can be sent twice** (the Cloud API offers no idempotency key for
/// `POST /messages`, so neither can be closed from our side):
/// 1. After the Cloud API has accepted a message and before finish_send_job commits, the process
///    dies (kill, crash, power) or loses the database for longer than the lease. The job is still
///    `running`; when its lease runs out, release_expired_jobs() queues it again and a worker
///    sends it a second time. One HTTP round trip plus one commit. A graceful stop is not such a
///    case: ServerDuties::stop() waits for the sends in flight.
/// 2. WhatsApp accepted the message but the answer was lost (timeout, reset on the way back):
///    that is a transient failure, and the retry sends it again.
/// A worker sends a job only while its lease has leaseNeededSeconds() left (loadSend checks it),
/// and only the lease holder can finish or fail a job, so a slow worker never races another.
class OutboundWorker : public QObject
{
    Q_OBJECT
public:
    struct Options {
        int concurrency = 4;   ///< jobs in flight at once in this process
        int leaseSeconds = 60; ///< > HTTP timeout + recording retries
        std::chrono::milliseconds pollInterval{1000};
        std::chrono::milliseconds baseDelay{2000}; ///< first retry after about this long
        std::chrono::milliseconds maxDelay{std::chrono::minutes(15)};
        QString workerName; ///< jobs.locked_by; default "<host>:<pid>:<random>"
    };

    OutboundWorker(Database &database, whatsapp::CloudApiClient &client, Options options,
                   QObject *parent = nullptr);
    ~OutboundWorker() override;

    /// Starts polling and listening. @p notifications may be null (poll only).
    void start(jobs::Notifications *notifications);
    /// Stops claiming new jobs; jobs in flight finish (idle() follows when the last one has).
    void stop();
    /// Claims work now (a NOTIFY or a local enqueue); cheap to call often.
    void wake();
    [[nodiscard]] int inFlight() const { return m_inFlight; }
    [[nodiscard]] const QString &workerName() const { return m_options.workerName; }

    /// The lease a job must still have before it is sent: the whole HTTP call (@p httpTimeout
    /// bounds it) plus the recording retries and some slack. Options::leaseSeconds must exceed
    /// it, or nothing is ever sent.
    static int leaseNeededSeconds(std::chrono::milliseconds httpTimeout);

    /// The delay before retry @p attempt (1 = after the first failure): exponential from
    /// @p base, capped at @p max, with "equal jitter" (half fixed, half random) so workers that
    /// failed together do not retry together.
    static std::chrono::milliseconds backoff(int attempt, std::chrono::milliseconds base,
                                             std::chrono::milliseconds max,
                                             QRandomGenerator &random);

Q_SIGNALS:
    /// A job ended this attempt: @p outcome is sent, failed, retry, dead or lost (lease).
    void jobFinished(qint64 jobId, const QString &outcome);
    /// No job is in flight any more (after stop(), or when the queue ran empty).
    void idle();

private:
    QCoro::Task<> pump();
    QCoro::Task<> run(jobs::Job job);
    QCoro::Task<QString> record(jobs::Job job, QString wamid, bool permanent, int errorCode,
                                QString errorTitle, QString errorDetails, qint64 retryInMs);

    Database &m_database;
    whatsapp::CloudApiClient &m_client;
    Options m_options;
    QTimer m_poll;
    QTimer m_maintenance;
    QRandomGenerator m_random;
    int m_inFlight = 0;
    bool m_pumping = false;
    bool m_again = false;
    bool m_stopped = true;
};

} // namespace opsdesk
