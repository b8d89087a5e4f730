#include "jobqueue.h"

#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace opsdesk::jobs {
namespace {

QJsonObject objectFrom(const QVariant &json)
{
    return QJsonDocument::fromJson(json.toString().toUtf8()).object();
}

QList<Attention> readAttention(QSqlQuery &query)
{
    QList<Attention> rows;
    while (query.next()) {
        Attention row;
        row.id = query.value(0).toLongLong();
        row.queue = query.value(1).toString();
        row.status = query.value(2).toString();
        row.attempts = query.value(3).toInt();
        row.maxAttempts = query.value(4).toInt();
        row.lastError = query.value(5).toString();
        row.updatedAt = query.value(6).toDateTime().toUTC();
        row.updatedAtUs = query.value(7).toLongLong();
        row.messageId = query.value(8).toString();
        row.conversationId = query.value(9).toString();
        row.contactName = query.value(10).toString();
        row.messagePreview = query.value(11).toString();
        rows.append(row);
    }
    throwIfIncomplete(query);
    return rows;
}

const auto kAttentionColumns = uR"(
SELECT j.id, j.queue, j.status, j.attempts, j.max_attempts, j.last_error, j.updated_at,
       (extract(epoch FROM j.updated_at) * 1000000)::bigint, m.id, m.conversation_id,
       coalesce(nullif(k.profile_name, ''), '+' || k.wa_id), opsdesk.message_preview(m.kind, m.body)
  FROM opsdesk.jobs j
  LEFT JOIN opsdesk.messages m ON j.queue = 'whatsapp.send' AND m.id = (j.payload->>'message_id')::uuid
  LEFT JOIN opsdesk.conversations c ON c.id = m.conversation_id
  LEFT JOIN opsdesk.contacts k ON k.id = c.contact_id
)"_s;

} // namespace

QList<Job> claim(const QSqlDatabase &db, const QString &queue, const QString &worker, int max,
                 int leaseSeconds)
{
    auto query = exec(db,
                      u"SELECT id, queue, payload::text, attempts, max_attempts"
                      u" FROM opsdesk.claim_jobs(?, ?, ?, ?)"_s,
                      {queue, worker, max, leaseSeconds});
    QList<Job> jobs;
    while (query.next()) {
        jobs.append({query.value(0).toLongLong(), query.value(1).toString(),
                     objectFrom(query.value(2)), query.value(3).toInt(), query.value(4).toInt()});
    }
    throwIfIncomplete(query);
    return jobs;
}

int releaseExpired(const QSqlDatabase &db)
{
    auto query = exec(db, u"SELECT opsdesk.release_expired_jobs()"_s);
    return query.next() ? query.value(0).toInt() : 0;
}

qint64 prune(const QSqlDatabase &db, int keepDays)
{
    auto query = exec(db, u"SELECT opsdesk.prune_jobs(make_interval(days => ?))"_s, {keepDays});
    return query.next() ? query.value(0).toLongLong() : 0;
}

Send loadSend(const QSqlDatabase &db, const Job &job, const QString &worker, int leaseLeftSeconds)
{
    Send send;
    const QString messageId = job.payload.value(u"message_id"_s).toString();
    if (QUuid::fromString(messageId).isNull()) {
        return send;
    }
    auto query = exec(db, uR"(
SELECT m.id, m.status, m.wa_message_id, k.wa_id, m.kind, m.body,
       m.content->'template'->>'name', m.content->'template'->>'language',
       coalesce(m.content->'template'->'parameters', '[]')::text,
       EXISTS (SELECT FROM opsdesk.jobs j
                WHERE j.id = ? AND j.status = 'running' AND j.locked_by = ?
                  AND j.locked_until > now() + make_interval(secs => ?))
  FROM opsdesk.messages m
  JOIN opsdesk.conversations c ON c.id = m.conversation_id
  JOIN opsdesk.contacts k ON k.id = c.contact_id
 WHERE m.id = ?::uuid)"_s,
                      {job.id, worker, leaseLeftSeconds, messageId});
    if (query.next()) {
        send.messageId = query.value(0).toString();
        send.status = query.value(1).toString();
        send.waMessageId = query.value(2).toString();
        send.to = query.value(3).toString();
        send.kind = query.value(4).toString();
        send.body = query.value(5).toString();
        send.templateName = query.value(6).toString();
        send.templateLanguage = query.value(7).toString();
        for (const auto &value :
             QJsonDocument::fromJson(query.value(8).toString().toUtf8()).array()) {
            send.parameters.append(value.toString());
        }
        send.leaseHeld = query.value(9).toBool();
    }
    throwIfIncomplete(query);
    return send;
}

bool finishSend(const QSqlDatabase &db, qint64 jobId, const QString &worker, const QString &wamid)
{
    auto query = exec(db, u"SELECT opsdesk.finish_send_job(?, ?, ?)"_s, {jobId, worker, wamid});
    return query.next() && query.value(0).toBool();
}

QString failSend(const QSqlDatabase &db, qint64 jobId, const QString &worker, bool permanent,
                 int errorCode, const QString &errorTitle, const QString &errorDetails,
                 qint64 retryInMs)
{
    auto query =
        exec(db, u"SELECT opsdesk.fail_send_job(?, ?, ?, ?, ?, ?, ?)"_s,
             {jobId, worker, permanent, errorCode == 0 ? QVariant() : QVariant(errorCode),
              errorTitle, errorDetails.isEmpty() ? QVariant() : QVariant(errorDetails), retryInMs});
    return query.next() ? query.value(0).toString() : QString();
}

QList<Attention> fetchAttention(const QSqlDatabase &db, qint64 beforeUs, qint64 beforeId, int limit)
{
    const auto where = u" WHERE j.status IN ('dead', 'failed')"_s;
    const auto order = u" ORDER BY j.updated_at DESC, j.id DESC LIMIT ?"_s;
    if (beforeId == 0) {
        auto query = exec(db, kAttentionColumns + where + order, {limit});
        return readAttention(query);
    }
    auto query = exec(db,
                      kAttentionColumns + where +
                          u" AND (j.updated_at, j.id) <"
                          u" ('epoch'::timestamptz + ?::bigint * interval '1 microsecond', ?)"_s +
                          order,
                      {beforeUs, beforeId, limit});
    return readAttention(query);
}

QList<Attention> fetchAttentionByIds(const QSqlDatabase &db, const QList<qint64> &ids)
{
    QStringList list;
    for (const qint64 id : ids) {
        list.append(QString::number(id));
    }
    auto query = exec(db,
                      kAttentionColumns +
                          u" WHERE j.status IN ('dead', 'failed') AND j.id = ANY(?::bigint[])"_s,
                      {QString(u'{' + list.join(u',') + u'}')});
    return readAttention(query);
}

void retry(const QSqlDatabase &db, qint64 jobId)
{
    exec(db, u"SELECT opsdesk.retry_job(?)"_s, {jobId});
}

/// The LISTEN connection, on Notifications' own thread: connecting (and reconnecting while the
/// database is down) blocks, which must not stall the HTTP listener on the main thread.
class Notifications::Listener : public QObject
{
    Q_OBJECT
public:
    Listener(Database &database, int reconnectMs)
        : m_database(database)
        , m_connectionName(u"opsdesk-jobs-"_s + QUuid::createUuid().toString(QUuid::Id128))
        , m_reconnect(this)
    {
        m_reconnect.setInterval(reconnectMs);
        connect(&m_reconnect, &QTimer::timeout, this, [this] {
            if (!QSqlDatabase::database(m_connectionName, false).isOpen()) {
                connectNow();
            }
        });
    }
    ~Listener() override
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }

    /// Runs in the listener's thread.
    void start()
    {
        connectNow();
        m_reconnect.start();
    }

Q_SIGNALS:
    void notified(const QString &payload);

private:
    void connectNow()
    {
        try {
            if (QSqlDatabase::contains(m_connectionName)) {
                QSqlDatabase::removeDatabase(m_connectionName);
            }
            QSqlDatabase db = m_database.openDedicated(m_connectionName);
            if (!db.driver()->subscribeToNotification(QString::fromLatin1(kChannel))) {
                logging::db()->warn("jobs: LISTEN {} failed; workers poll instead", kChannel);
                return;
            }
            connect(db.driver(), &QSqlDriver::notification, this,
                    [this](const QString &, QSqlDriver::NotificationSource,
                           const QVariant &payload) { Q_EMIT notified(payload.toString()); });
        } catch (const DatabaseError &error) {
            logging::db()->warn("jobs: cannot listen for new jobs ({}); workers poll instead",
                                error.primaryMessage().toStdString());
        }
    }

    Database &m_database;
    QString m_connectionName;
    QTimer m_reconnect;
};

Notifications::Notifications(Database &database, int reconnectMs, QObject *parent)
    : QObject(parent)
    , m_listener(new Listener(database, reconnectMs))
{
    m_thread.setObjectName(u"opsdesk-jobs-listener"_s);
    m_listener->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
    // Queued across threads: arrives in the thread that owns this object.
    connect(m_listener, &Listener::notified, this, &Notifications::notified);
    m_thread.start();
    QMetaObject::invokeMethod(m_listener, &Listener::start, Qt::QueuedConnection);
}

Notifications::~Notifications()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace opsdesk::jobs

#include "jobqueue.moc"
