#pragma once

#include "databaseconfig.h"
#include "expected.h"

#include <QFuture>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThreadPool>
#include <QVariantList>
#include <QtConcurrent/QtConcurrentRun>

#include <QCoroFuture>
#include <QCoroTask>

#include <map>
#include <memory>
#include <stdexcept>

namespace opsdesk {

/// A failed SQL statement: the server's message plus the SQLSTATE code when there is one.
class DatabaseError : public std::runtime_error
{
public:
    DatabaseError(const QString &message, QString sqlState = {});
    [[nodiscard]] QString message() const { return QString::fromStdString(what()); }
    [[nodiscard]] const QString &sqlState() const { return m_sqlState; }
    /// The server's primary message (see opsdesk::primaryMessage()).
    [[nodiscard]] QString primaryMessage() const;

private:
    QString m_sqlState;
};

/// The first line of a server message without libpq's "ERROR:  " prefix: what a person reads.
QString primaryMessage(const QString &serverMessage);

/// A PostgreSQL array literal of @p values, every element quoted and escaped, for a
/// `?::text[]` parameter: {"a","b \"c\""}.
QString textArrayLiteral(const QStringList &values);
/// A PostgreSQL array literal of uuids for a `?::uuid[]` parameter (the cast validates them).
QString uuidArrayLiteral(const QStringList &ids);

/// Prepares and runs @p sql with positional `?` parameters on @p db; throws DatabaseError.
/// The query is forward-only, so large results stream (libpq single-row mode) instead of being
/// buffered whole by QPSQL.
QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &args = {});
/// Throws DatabaseError if @p query stopped returning rows because of an error rather than at the
/// end of its result. Forward-only results stream row by row, so a connection that drops midway
/// ends `next()` early with what looks like a shorter result; call this after every read loop.
void throwIfIncomplete(const QSqlQuery &query);

/// True when @p error means the connection is gone (server restart, terminated backend).
bool isConnectionLoss(const DatabaseError &error);

/// Runs a statement without parameters (may hold several statements, e.g. a migration).
void execScript(const QSqlDatabase &db, const QString &sql);

/// The service layer's access to PostgreSQL.
///
/// SQL never runs on the caller's thread: run() executes a function on one of this object's
/// worker threads, each holding its own connection (a QSqlDatabase may only be used by the thread
/// that opened it), and returns a QFuture that coroutines can co_await. Connections are opened on
/// first use and reopened after the server drops them. Every connection gets a statement timeout
/// so no await waits forever.
class Database
{
public:
    /// @p workers is the number of worker threads (and connections) at most.
    explicit Database(DatabaseConfig config, int workers = 4);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] const DatabaseConfig &config() const { return m_config; }

    /// Opens a new connection named @p name in the calling thread (for dedicated long-lived
    /// connections such as the change feed's listener). Throws DatabaseError if it cannot connect.
    [[nodiscard]] QSqlDatabase openDedicated(const QString &name) const;

    /// The calling worker thread's pooled connection (opened on demand). Throws DatabaseError.
    [[nodiscard]] QSqlDatabase threadConnection() const;

    /// Runs @p work(QSqlDatabase) on a worker thread. A DatabaseError thrown by @p work (or by
    /// connecting) becomes the Expected's error; other exceptions propagate.
    template <typename Work>
    auto run(Work work) -> QFuture<Expected<std::invoke_result_t<Work, QSqlDatabase &>>>
    {
        using Value = std::invoke_result_t<Work, QSqlDatabase &>;
        return QtConcurrent::run(&m_pool, [this, work = std::move(work)]() -> Expected<Value> {
            try {
                QSqlDatabase db = threadConnection();
                return work(db);
            } catch (const DatabaseError &error) {
                if (isConnectionLoss(error)) {
                    dropThreadConnection(); // reconnect on next use
                }
                return Expected<Value>::failure(error.message());
            }
        });
    }

    /// Checks that the server answers (for `/readyz` and the sign-in screen).
    QCoro::Task<Expected<Done>> ping();

private:
    void dropThreadConnection() const;

    DatabaseConfig m_config;
    mutable QThreadPool m_pool;
    QString m_connectionPrefix;
};

} // namespace opsdesk
