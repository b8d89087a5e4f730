#include "migrator.h"

#include "database.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

const auto kMigrationDir = u":/opsdesk/migrations"_s;
// pg_advisory_lock key: the first 8 bytes of sha256("opsdesk.migrate") would do; a constant is
// clearer.
constexpr qint64 kMigrationLockKey = 0x0905DE5C0001;

QString readMigration(const QString &version)
{
    QFile file(kMigrationDir + u'/' + version + u".sql"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        throw DatabaseError(u"cannot read migration %1"_s.arg(version));
    }
    return QString::fromUtf8(file.readAll());
}

QString checksum(const QString &sql)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(sql.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QHash<QString, QString> appliedVersions(const QSqlDatabase &db)
{
    QHash<QString, QString> applied;
    auto exists = exec(db, u"SELECT to_regclass('opsdesk.schema_migrations') IS NOT NULL"_s);
    if (!exists.next() || !exists.value(0).toBool()) {
        return applied;
    }
    auto query = exec(db, u"SELECT version, checksum FROM opsdesk.schema_migrations"_s);
    while (query.next()) {
        applied.insert(query.value(0).toString(), query.value(1).toString());
    }
    throwIfIncomplete(query);
    return applied;
}

} // namespace

QStringList Migrator::available()
{
    QStringList versions;
    const auto entries = QDir(kMigrationDir).entryInfoList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries) {
        versions << entry.completeBaseName();
    }
    return versions;
}

Expected<QStringList> Migrator::migrate(const QSqlDatabase &db)
{
    QStringList appliedNow;
    QString current;
    try {
        exec(db, u"SELECT pg_advisory_lock(%1)"_s.arg(kMigrationLockKey));
        auto unlock = qScopeGuard([&db] {
            try {
                exec(db, u"SELECT pg_advisory_unlock(%1)"_s.arg(kMigrationLockKey));
            } catch (const DatabaseError &) {
                // the session ends soon and releases it anyway
            }
        });
        execScript(db, u"CREATE SCHEMA IF NOT EXISTS opsdesk;"
                       u"CREATE TABLE IF NOT EXISTS opsdesk.schema_migrations ("
                       u" version text PRIMARY KEY, checksum text NOT NULL,"
                       u" applied_at timestamptz NOT NULL DEFAULT now())"_s);
        const auto applied = appliedVersions(db);
        for (const QString &version : available()) {
            current = version;
            const QString sql = readMigration(version);
            if (applied.contains(version)) {
                if (applied.value(version) != checksum(sql)) {
                    logging::db()->warn("migration {} changed after it was applied; not re-run",
                                        version.toStdString());
                }
                continue;
            }
            execScript(db, u"BEGIN"_s);
            try {
                execScript(db, sql);
                exec(db,
                     u"INSERT INTO opsdesk.schema_migrations (version, checksum) VALUES (?, ?)"_s,
                     {version, checksum(sql)});
                execScript(db, u"COMMIT"_s);
            } catch (...) {
                try {
                    execScript(db, u"ROLLBACK"_s);
                } catch (const DatabaseError &) {
                    // Report the statement that failed, not the clean-up (a connection that is
                    // gone has rolled back anyway).
                }
                throw;
            }
            logging::db()->info("applied migration {}", version.toStdString());
            appliedNow << version;
        }
    } catch (const DatabaseError &error) {
        return Expected<QStringList>::failure(
            current.isEmpty() ? error.message()
                              : u"migration %1 failed: %2"_s.arg(current, error.message()));
    }
    return appliedNow;
}

Expected<QStringList> Migrator::pending(const QSqlDatabase &db)
{
    try {
        const auto applied = appliedVersions(db);
        QStringList missing;
        for (const QString &version : available()) {
            if (!applied.contains(version)) {
                missing << version;
            }
        }
        return missing;
    } catch (const DatabaseError &error) {
        return Expected<QStringList>::failure(error.message());
    }
}

} // namespace opsdesk
