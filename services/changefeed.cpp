#include "changefeed.h"

#include "database.h"
#include "logging.h"

#include <QSqlDriver>

#include <QElapsedTimer>
#include <QTimer>
#include <QUuid>
#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace opsdesk {

namespace {

const auto kChannel = u"opsdesk_change"_s;
constexpr qint64 kMinReadIntervalMs = 5;

// One round trip: the new snapshot, whether the resume point was pruned, and the changes between.
// pg_current_snapshot() and the read share the statement's snapshot, so the two agree.
const auto kReadChanges = uR"(
WITH s AS (SELECT pg_current_snapshot() AS snap)
SELECT s.snap::text,
       (SELECT pruned_below FROM opsdesk.change_log_state) > pg_snapshot_xmin(?::pg_snapshot),
       c.seq, c.tbl, c.op, c.pk
  FROM s LEFT JOIN LATERAL opsdesk.changes_between(?::pg_snapshot, s.snap) c ON true
 ORDER BY c.seq)"_s;

} // namespace

/// Lives in the feed's thread; owns the dedicated connection.
class ChangeFeedWorker : public QObject
{
    Q_OBJECT
public:
    ChangeFeedWorker(DatabaseConfig config, int pollMs, QString resumeFrom)
        : m_database(std::move(config), 1)
        , m_pollMs(pollMs)
        , m_position(std::move(resumeFrom))
        , m_connectionName(u"change-feed-"_s + QUuid::createUuid().toString(QUuid::Id128))
    {}

    void begin()
    {
        m_poll = new QTimer(this);
        connect(m_poll, &QTimer::timeout, this, &ChangeFeedWorker::read);
        m_throttle = new QTimer(this);
        m_throttle->setSingleShot(true);
        connect(m_throttle, &QTimer::timeout, this, &ChangeFeedWorker::read);
        m_sinceRead.start();
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, &ChangeFeedWorker::connectNow);
        connectNow();
    }

    void end()
    {
        m_poll->stop();
        m_retry->stop();
        m_throttle->stop();
        disconnectNow();
    }

Q_SIGNALS:
    void changes(const QList<opsdesk::Change> &batch, const QString &position);
    void reloadRequired(const QString &reason, const QString &position);
    void stateChanged(opsdesk::ChangeFeed::State state, const QString &detail);

private:
    void connectNow()
    {
        try {
            m_db = m_database.openDedicated(m_connectionName);
            exec(m_db, u"SET application_name = 'opsdesk change feed'"_s);
            if (m_position.isEmpty()) {
                auto query = exec(m_db, u"SELECT pg_current_snapshot()::text"_s);
                query.next();
                m_position = query.value(0).toString();
            }
            if (!m_db.driver()->subscribeToNotification(kChannel)) {
                throw DatabaseError(u"LISTEN %1 failed"_s.arg(kChannel));
            }
            connect(m_db.driver(), &QSqlDriver::notification, this, &ChangeFeedWorker::wake,
                    Qt::UniqueConnection);
            m_backoffMs = 250;
            logging::feed()->info("listening on {} from snapshot {}", kChannel.toStdString(),
                                  m_position.toStdString());
            Q_EMIT stateChanged(ChangeFeed::State::Live, {});
            m_poll->start(m_pollMs);
            read(); // whatever committed while we were away
        } catch (const DatabaseError &error) {
            lost(error.message());
        }
    }

    void disconnectNow()
    {
        if (m_db.isValid()) {
            m_db.close();
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
        }
    }

    void lost(const QString &why)
    {
        disconnectNow();
        m_poll->stop();
        logging::feed()->warn("connection lost ({}); retrying in {} ms", why.toStdString(),
                              m_backoffMs);
        Q_EMIT stateChanged(ChangeFeed::State::Reconnecting, why);
        m_retry->start(m_backoffMs);
        m_backoffMs = std::min(m_backoffMs * 2, 10000);
    }

    /// NOTIFYs that arrive while our own query runs are read by libpq into its queue, and QPSQL
    /// only looks at that queue when the socket becomes readable again: without draining it here a
    /// wake-up can wait for the next poll. True if any notification was queued.
    bool drainQueuedNotifications()
    {
        // QSqlDriver::handle() documents this way of reaching the native handle.
        const QVariant handle = m_db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "PGconn*") != 0) {
            return false;
        }
        auto *connection = *static_cast<PGconn *const *>(handle.constData());
        if (!connection) {
            return false;
        }
        bool any = false;
        PQconsumeInput(connection);
        while (PGnotify *notify = PQnotifies(connection)) {
            any = true;
            PQfreemem(notify);
        }
        return any;
    }

    /// A NOTIFY arrived: read now, or, right after a read, once kMinReadIntervalMs has passed,
    /// so the wake-ups of a busy second share reads instead of costing a query each.
    void wake()
    {
        if (m_throttle->isActive()) {
            return;
        }
        const qint64 wait = kMinReadIntervalMs - m_sinceRead.elapsed();
        if (wait <= 0) {
            read();
        } else {
            m_throttle->start(int(wait));
        }
    }

    void read()
    {
        m_throttle->stop();
        if (m_retry->isActive()) {
            return; // already reconnecting
        }
        if (!m_db.isOpen()) {
            // QPSQL closes the connection itself when its notification socket dies (for example
            // after pg_terminate_backend); that is a lost connection, not a reason to stay idle.
            lost(u"the connection was closed"_s);
            return;
        }
        // Read until no wake-up arrived during the last read.
        do {
            if (!readOnce()) {
                return;
            }
        } while (m_db.isOpen() && drainQueuedNotifications());
        m_sinceRead.restart();
    }

    /// One snapshot step; false if the connection was lost.
    bool readOnce()
    {
        QList<Change> batch;
        QString next;
        bool pruned = false;
        try {
            auto query = exec(m_db, kReadChanges, {m_position, m_position});
            while (query.next()) {
                next = query.value(0).toString();
                pruned = query.value(1).toBool();
                if (!query.isNull(2)) {
                    batch.append({query.value(2).toLongLong(), query.value(3).toString(),
                                  query.value(4).toString().front().toLatin1(),
                                  query.value(5).toString()});
                }
            }
            throwIfIncomplete(query); // never advance past a batch that was cut short
        } catch (const DatabaseError &error) {
            lost(error.message());
            return false;
        }
        if (next.isEmpty()) {
            return true;
        }
        if (pruned) {
            logging::feed()->warn("resume point {} was pruned; clients reload",
                                  m_position.toStdString());
            m_position = next;
            Q_EMIT reloadRequired(u"changes since the last update were pruned"_s, m_position);
            return true;
        }
        m_position = next;
        if (!batch.isEmpty()) {
            Q_EMIT changes(batch, m_position);
        }
        return true;
    }

    Database m_database;
    int m_pollMs;
    QString m_position;
    QString m_connectionName;
    QSqlDatabase m_db;
    QTimer *m_poll = nullptr;
    QTimer *m_retry = nullptr;
    QTimer *m_throttle = nullptr;
    QElapsedTimer m_sinceRead;
    int m_backoffMs = 250;
};

ChangeFeed::ChangeFeed(DatabaseConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_thread.setObjectName(u"change-feed"_s);
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

void ChangeFeed::start(const QString &resumeSnapshot)
{
    if (m_worker) {
        return;
    }
    m_worker = new ChangeFeedWorker(m_config, m_pollMs, resumeSnapshot);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ChangeFeedWorker::changes, this,
            [this](const QList<Change> &batch, const QString &position) {
                m_position = position;
                Q_EMIT changes(batch);
            });
    connect(m_worker, &ChangeFeedWorker::reloadRequired, this,
            [this](const QString &reason, const QString &position) {
                m_position = position; // resume from the present, not from the pruned point
                Q_EMIT reloadRequired(reason);
            });
    connect(m_worker, &ChangeFeedWorker::stateChanged, this,
            [this](State state, const QString &detail) {
                m_state = state;
                Q_EMIT stateChanged(state, detail);
            });
    m_state = State::Connecting;
    Q_EMIT stateChanged(m_state, {});
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &ChangeFeedWorker::begin, Qt::QueuedConnection);
}

void ChangeFeed::stop()
{
    if (!m_worker) {
        return;
    }
    QMetaObject::invokeMethod(m_worker, &ChangeFeedWorker::end, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
    m_state = State::Stopped;
    Q_EMIT stateChanged(m_state, {});
}

} // namespace opsdesk

#include "changefeed.moc"
