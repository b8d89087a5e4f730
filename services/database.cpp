#include "database.h"

#include <QRegularExpression>

#include "logging.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QThreadStorage>
#include <QUuid>

#include <libpq-fe.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

/// Removes a pooled connection when its worker thread ends.
struct PooledConnection {
    QString name;
    PooledConnection(const PooledConnection &) = delete;
    PooledConnection &operator=(const PooledConnection &) = delete;
    explicit PooledConnection(QString connectionName)
        : name(std::move(connectionName))
    {}
    ~PooledConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

// Per worker thread: pooled connection by Database prefix; deleted (and closed) at thread exit.
using ThreadConnections = std::map<QString, std::unique_ptr<PooledConnection>>;
QThreadStorage<ThreadConnections *> s_connections;

DatabaseError errorFrom(const QSqlError &error, const QString &what)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty()) {
        text = error.driverText().trimmed();
    }
    return {what.isEmpty() ? text : what + u": "_s + text, error.nativeErrorCode()};
}

} // namespace

DatabaseError::DatabaseError(const QString &message, QString sqlState)
    : std::runtime_error(message.toStdString())
    , m_sqlState(std::move(sqlState))
{}

QString textArrayLiteral(const QStringList &values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (QString value : values) {
        value.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        quoted.append(u'"' + value + u'"');
    }
    return u'{' + quoted.join(u',') + u'}';
}

QString uuidArrayLiteral(const QStringList &ids)
{
    return u'{' + ids.join(u',') + u'}';
}

QString DatabaseError::primaryMessage() const
{
    return opsdesk::primaryMessage(message());
}

QString primaryMessage(const QString &serverMessage)
{
    QString line = serverMessage.section(u'\n', 0, 0).trimmed();
    static const QRegularExpression severity(u"^(ERROR|FATAL|PANIC):\\s+"_s);
    line.remove(severity);
    return line;
}

QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &args)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (args.isEmpty()) {
        if (!query.exec(sql)) {
            throw errorFrom(query.lastError(), {});
        }
        return query;
    }
    if (!query.prepare(sql)) {
        throw errorFrom(query.lastError(), {});
    }
    for (const auto &arg : args) {
        query.addBindValue(arg);
    }
    if (!query.exec()) {
        throw errorFrom(query.lastError(), {});
    }
    return query;
}

void throwIfIncomplete(const QSqlQuery &query)
{
    if (query.lastError().isValid()) {
        throw errorFrom(query.lastError(), u"reading the result failed"_s);
    }
}

void execScript(const QSqlDatabase &db, const QString &sql)
{
    // Straight to libpq: QPSQL looks only at the first statement's result of a multi-statement
    // string, so a later statement's failure went unnoticed (and inside BEGIN surfaced only as
    // "current transaction is aborted" on the next command). PQexec stops at the first statement
    // that fails and returns that statement's error, with "LINE n:" for a syntax error.
    const QVariant handle = db.driver() != nullptr ? db.driver()->handle() : QVariant();
    auto *conn = handle.isValid() ? *static_cast<PGconn *const *>(handle.data()) : nullptr;
    if (conn == nullptr || !db.isOpen()) {
        throw DatabaseError(u"not connected to the database"_s);
    }
    const std::unique_ptr<PGresult, decltype(&PQclear)> result(
        PQexec(conn, sql.toUtf8().constData()), &PQclear);
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY) {
        return;
    }
    QString message =
        QString::fromUtf8(result ? PQresultErrorMessage(result.get()) : PQerrorMessage(conn))
            .trimmed();
    if (message.isEmpty()) {
        message = u"the script failed (%1)"_s.arg(QString::fromLatin1(PQresStatus(status)));
    }
    const char *state = result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr;
    throw DatabaseError(message, state != nullptr ? QString::fromLatin1(state) : QString());
}

Database::Database(DatabaseConfig config, int workers)
    : m_config(std::move(config))
    , m_connectionPrefix(u"opsdesk-pool-"_s + QUuid::createUuid().toString(QUuid::Id128) + u'-')
{
    m_pool.setMaxThreadCount(workers);
    m_pool.setExpiryTimeout(-1); // threads keep their connections
}

Database::~Database()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QSqlDatabase Database::openDedicated(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    m_config.applyTo(db);
    if (!db.open()) {
        const auto error =
            errorFrom(db.lastError(), u"cannot connect to %1"_s.arg(m_config.toUrl()));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw error;
    }
    exec(db, u"SET statement_timeout = '60s'"_s);
    exec(db, u"SET TIME ZONE 'UTC'"_s);
    exec(db, u"SET client_min_messages = warning"_s);
    return db;
}

QSqlDatabase Database::threadConnection() const
{
    if (!s_connections.hasLocalData()) {
        s_connections.setLocalData(new ThreadConnections);
    }
    auto &connections = *s_connections.localData();
    if (const auto it = connections.find(m_connectionPrefix); it != connections.end()) {
        QSqlDatabase db = QSqlDatabase::database(it->second->name, false);
        if (db.isOpen()) {
            return db;
        }
        connections.erase(it);
    }
    const QString name = m_connectionPrefix + QString::number(quintptr(QThread::currentThreadId()));
    QSqlDatabase db = openDedicated(name);
    connections.emplace(m_connectionPrefix, std::make_unique<PooledConnection>(name));
    return db;
}

void Database::dropThreadConnection() const
{
    if (s_connections.hasLocalData()) {
        s_connections.localData()->erase(m_connectionPrefix);
    }
}

bool isConnectionLoss(const DatabaseError &error)
{
    // SQLSTATE class 08 is "connection exception"; 57P0x are server shutdown/termination; QPSQL
    // reports a dropped socket without any SQLSTATE.
    const QString &state = error.sqlState();
    return state.isEmpty() || state.startsWith(u"08"_s) || state.startsWith(u"57P0"_s);
}

QCoro::Task<Expected<Done>> Database::ping()
{
    auto future = run([](QSqlDatabase &db) {
        auto query = exec(db, u"SELECT 1"_s);
        if (!query.next()) {
            throw DatabaseError(u"the server did not answer SELECT 1"_s);
        }
        return Done{};
    });
    co_return co_await future;
}

} // namespace opsdesk
