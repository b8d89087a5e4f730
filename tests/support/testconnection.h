#pragma once

#include "database.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

/// A dedicated database connection of the test's own, for checks and set-up outside the service
/// under test.
namespace testsupport {

/// One connection as @p config's role: the cluster superuser for a config from freshDatabase(),
/// or a person for one from createPerson(). Opening it throws opsdesk::DatabaseError when the
/// server refuses the sign-in.
class Connection
{
public:
    explicit Connection(const opsdesk::DatabaseConfig &config);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    [[nodiscard]] const QSqlDatabase &db() const { return m_db; }

    /// Runs @p sql with positional @p args; throws opsdesk::DatabaseError when the server
    /// refuses it (for checks that expect a refusal).
    QSqlQuery exec(const QString &sql, const QVariantList &args = {});
    /// Every row of @p sql, each as a list of its columns. An SQL error fails the running test.
    QList<QVariantList> rows(const QString &sql, const QVariantList &args = {});
    /// The first column of the first row, or an invalid QVariant when there is none. An SQL error
    /// fails the running test.
    QVariant value(const QString &sql, const QVariantList &args = {});
    /// The first column of every row, as ids. An SQL error fails the running test.
    QList<qint64> ids(const QString &sql, const QVariantList &args = {});

private:
    opsdesk::Database m_database;
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace testsupport
