#include "outboundworker.h"

#include "database.h"
#include "logging.h"
#include "whatsappcloudapi.h"

#include <QCoreApplication>
#include <QHostInfo>

#include <QCoroTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace opsdesk {
namespace {

/// Tries to record a send result this many times, 1 s apart, before leaving the job to its
/// lease (the crash window grows by this much, the lease must exceed it).
constexpr int kRecordAttempts = 5;

QString defaultWorkerName()
{
    return u"%1:%2:%3"_s.arg(QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate() % 100000);
}

} // namespace

int OutboundWorker::leaseNeededSeconds(std::chrono::milliseconds httpTimeout)
{
    // The HTTP call, then up to kRecordAttempts recordings a second apart (each normally a few
    // milliseconds), plus slack.
    return int(std::chrono::ceil<std::chrono::seconds>(httpTimeout).count()) + kRecordAttempts + 5;
}

OutboundWorker::OutboundWorker(Database &database, whatsapp::CloudApiClient &client,
                               Options options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_client(client)
    , m_options(std::move(options))
    , m_random(QRandomGenerator::global()->generate())
{
    if (m_options.workerName.isEmpty()) {
        m_options.workerName = defaultWorkerName();
    }
    m_options.concurrency = std::max(1, m_options.concurrency);
    m_poll.setInterval(m_options.pollInterval);
    connect(&m_poll, &QTimer::timeout, this, &OutboundWorker::wake);
    // Expired leases (a worker that died) are released by whoever notices first.
    m_maintenance.setInterval(5s);
    connect(&m_maintenance, &QTimer::timeout, this, [this] {
        auto future = m_database.run([](QSqlDatabase &db) { return jobs::releaseExpired(db); });
        Q_UNUSED(future);
    });
}

OutboundWorker::~OutboundWorker() = default;

void OutboundWorker::start(jobs::Notifications *notifications)
{
    m_stopped = false;
    if (notifications) {
        connect(notifications, &jobs::Notifications::notified, this, [this](const QString &queue) {
            if (queue == QLatin1StringView(jobs::kSendQueue)) {
                wake();
            }
        });
    }
    m_poll.start();
    m_maintenance.start();
    logging::jobs()->info("send worker {} started: {} at once, lease {} s",
                          m_options.workerName.toStdString(), m_options.concurrency,
                          m_options.leaseSeconds);
    wake();
}

void OutboundWorker::stop()
{
    m_stopped = true;
    m_poll.stop();
    m_maintenance.stop();
    // A claim on its way is as busy as a job in flight: the jobs it returns are sent first.
    if (m_inFlight == 0 && !m_pumping) {
        Q_EMIT idle();
    }
}

void OutboundWorker::wake()
{
    if (m_stopped) {
        return;
    }
    if (m_pumping) {
        m_again = true;
        return;
    }
    pump();
}

std::chrono::milliseconds OutboundWorker::backoff(int attempt, std::chrono::milliseconds base,
                                                  std::chrono::milliseconds max,
                                                  QRandomGenerator &random)
{
    const int doublings = std::clamp(attempt - 1, 0, 30);
    const qint64 full = std::min<qint64>(max.count(), base.count() << std::min(doublings, 20));
    const qint64 half = full / 2;
    return std::chrono::milliseconds(half + qint64(random.bounded(quint64(half) + 1)));
}

QCoro::Task<> OutboundWorker::pump()
{
    QPointer self{this};
    m_pumping = true;
    do {
        m_again = false;
        const int free = m_options.concurrency - m_inFlight;
        if (free <= 0) {
            break; // a finishing job wakes us again
        }
        auto future = m_database.run([queue = QString::fromLatin1(jobs::kSendQueue),
                                      worker = m_options.workerName, free,
                                      lease = m_options.leaseSeconds](QSqlDatabase &db) {
            return jobs::claim(db, queue, worker, free, lease);
        });
        auto claimed = co_await future;
        if (!self) {
            co_return;
        }
        if (!claimed) {
            logging::jobs()->warn("claiming send jobs failed: {}", claimed.error().toStdString());
            break;
        }
        for (const auto &job : claimed.value()) {
            ++m_inFlight;
            run(job);
        }
        // A full batch means more may be waiting.
        if (claimed->size() == free) {
            m_again = true;
        }
    } while (m_again && !m_stopped);
    m_pumping = false;
    if (m_stopped && m_inFlight == 0) {
        Q_EMIT idle();
    }
}

QCoro::Task<> OutboundWorker::run(jobs::Job job)
{
    QPointer self{this};
    // Sent only with time left on the lease for the whole HTTP call and the recording.
    const int leaseNeeded = leaseNeededSeconds(m_client.config().timeout);
    auto loading =
        m_database.run([job, worker = m_options.workerName, leaseNeeded](QSqlDatabase &db) {
            return jobs::loadSend(db, job, worker, leaseNeeded);
        });
    auto send = co_await loading;
    if (!self) {
        co_return;
    }
    QString outcome;
    if (!send) {
        // The database is unreachable: the lease brings the job back later.
        logging::jobs()->warn("job {}: cannot read its message: {}", job.id,
                              send.error().toStdString());
        outcome = u"lost"_s;
    } else if (!send->leaseHeld) {
        // Too little lease left (a slow queue to the database) or already someone else's:
        // sending now could send twice. The lease brings the job back.
        logging::jobs()->warn("job {}: lease too short to send safely; left to expire", job.id);
        outcome = u"lost"_s;
    } else if (send->messageId.isEmpty() || send->status != u"queued" ||
               !send->waMessageId.isEmpty()) {
        outcome = co_await record(job, {}, true, 0,
                                  u"The message is no longer waiting to be sent"_s, {}, 0);
    } else {
        whatsapp::OutboundMessage message;
        message.to = send->to;
        if (send->kind == u"template") {
            message.kind = whatsapp::OutboundMessage::Kind::Template;
            message.templateName = send->templateName;
            message.templateLanguage = send->templateLanguage;
            message.bodyParameters = send->parameters;
        } else {
            message.kind = whatsapp::OutboundMessage::Kind::Text;
            message.text = send->body;
        }
        auto sending = m_client.send(message);
        const whatsapp::SendResult result = co_await sending;
        if (!self) {
            co_return;
        }
        using Outcome = whatsapp::SendResult::Outcome;
        if (result.outcome == Outcome::Sent) {
            outcome = co_await record(job, result.wamid, false, 0, {}, {}, 0);
        } else {
            const bool permanent = result.outcome == Outcome::PermanentFailure;
            qint64 delay =
                backoff(job.attempts, m_options.baseDelay, m_options.maxDelay, m_random).count();
            if (result.retryAfterSeconds) {
                delay = std::max<qint64>(delay, qint64(*result.retryAfterSeconds) * 1000);
            }
            logging::jobs()->info("job {} attempt {}/{}: {} {} {}", job.id, job.attempts,
                                  job.maxAttempts, permanent ? "refused" : "failed",
                                  result.errorCode, result.errorTitle.toStdString());
            outcome = co_await record(job, {}, permanent, result.errorCode, result.errorTitle,
                                      result.errorDetails, delay);
        }
    }
    if (!self) {
        co_return;
    }
    --m_inFlight;
    Q_EMIT jobFinished(job.id, outcome);
    if (m_inFlight == 0 && m_stopped && !m_pumping) {
        Q_EMIT idle();
    }
    wake();
}

QCoro::Task<QString> OutboundWorker::record(jobs::Job job, QString wamid, bool permanent,
                                            int errorCode, QString errorTitle, QString errorDetails,
                                            qint64 retryInMs)
{
    QPointer self{this};
    const QString worker = m_options.workerName;
    for (int attempt = 1; attempt <= kRecordAttempts; ++attempt) {
        auto future = m_database.run([=](QSqlDatabase &db) -> QString {
            if (!wamid.isEmpty()) {
                return jobs::finishSend(db, job.id, worker, wamid) ? u"sent"_s : u"lost"_s;
            }
            const QString status = jobs::failSend(db, job.id, worker, permanent, errorCode,
                                                  errorTitle, errorDetails, retryInMs);
            if (status.isEmpty()) {
                return u"lost"_s;
            }
            return status == u"queued" ? u"retry"_s : status;
        });
        auto stored = co_await future;
        if (!self) {
            co_return u"lost"_s;
        }
        if (stored) {
            if (stored.value() == u"lost") {
                logging::jobs()->warn("job {}: lease lost before the result was stored", job.id);
            }
            co_return stored.value();
        }
        logging::jobs()->warn("job {}: storing the result failed (try {}/{}): {}", job.id, attempt,
                              kRecordAttempts, stored.error().toStdString());
        QTimer pause;
        pause.setSingleShot(true);
        pause.start(1s);
        co_await pause;
        if (!self) {
            co_return u"lost"_s;
        }
    }
    co_return u"lost"_s;
}

} // namespace opsdesk
