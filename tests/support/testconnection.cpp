#include "testconnection.h"

#include <QSqlRecord>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace testsupport {

Connection::Connection(const opsdesk::DatabaseConfig &config)
    : m_database(config, 1)
    , m_name(u"test-connection-"_s + QUuid::createUuid().toString(QUuid::Id128))
    , m_db(m_database.openDedicated(m_name))
{}

Connection::~Connection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlQuery Connection::exec(const QString &sql, const QVariantList &args)
{
    return opsdesk::exec(m_db, sql, args);
}

QList<QVariantList> Connection::rows(const QString &sql, const QVariantList &args)
{
    QList<QVariantList> result;
    try {
        auto query = opsdesk::exec(m_db, sql, args);
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i) {
                row << query.value(i);
            }
            result << row;
        }
        opsdesk::throwIfIncomplete(query);
    } catch (const opsdesk::DatabaseError &error) {
        QTest::qFail(qPrintable(u"SQL failed: %1\n%2"_s.arg(error.message(), sql)), __FILE__,
                     __LINE__);
    }
    return result;
}

QVariant Connection::value(const QString &sql, const QVariantList &args)
{
    const auto all = rows(sql, args);
    return all.isEmpty() || all.first().isEmpty() ? QVariant() : all.first().first();
}

QList<qint64> Connection::ids(const QString &sql, const QVariantList &args)
{
    QList<qint64> result;
    for (const QVariantList &row : rows(sql, args)) {
        result << row.first().toLongLong();
    }
    return result;
}

} // namespace testsupport
