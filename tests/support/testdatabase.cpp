#include "testdatabase.h"

#include "database.h"
#include "embeddedcluster.h"
#include "migrator.h"
#include "passwords.h"

#include <QSqlQuery>

#include <QDir>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace testsupport {
namespace {

struct Cluster {
    QTemporaryDir dir;
    std::unique_ptr<opsdesk::EmbeddedCluster> cluster;
    opsdesk::DatabaseConfig admin;
    int counter = 0;

    Cluster()
    {
        if (!dir.isValid()) {
            std::fprintf(stderr, "cannot create a temporary folder for the test cluster\n");
            std::abort();
        }
        cluster = std::make_unique<opsdesk::EmbeddedCluster>(
            opsdesk::EmbeddedCluster::Options{dir.path(), false, u"postgres"_s});
        const auto started = cluster->start();
        if (!started) {
            std::fprintf(stderr, "cannot start the test PostgreSQL cluster: %s\n",
                         qPrintable(started.error()));
            std::abort();
        }
        admin = started.value();
    }
    ~Cluster()
    {
        cluster->stop();
        QDir(cluster->clusterDir()).removeRecursively();
    }
};

Cluster &cluster()
{
    static Cluster instance;
    return instance;
}

} // namespace

void execAsSuperuser(const opsdesk::DatabaseConfig &config, const QString &sql)
{
    const QString name = u"test-admin-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        opsdesk::Database database(config, 1);
        try {
            QSqlDatabase db = database.openDedicated(name);
            opsdesk::execScript(db, sql);
            db.close();
        } catch (const opsdesk::DatabaseError &error) {
            std::fprintf(stderr, "SQL failed: %s\n%s\n", qPrintable(error.message()),
                         qPrintable(sql));
            std::exit(EXIT_FAILURE); // not abort(): exit() stops the cluster
        }
    }
    QSqlDatabase::removeDatabase(name);
}

opsdesk::DatabaseConfig freshDatabase(const QString &name)
{
    auto &instance = cluster();
    const QString database = u"test_%1_%2"_s.arg(name.toLower()).arg(++instance.counter);
    execAsSuperuser(instance.admin, u"CREATE DATABASE %1"_s.arg(database));
    opsdesk::DatabaseConfig config = instance.cluster->configFor(database);
    const QString connection = u"test-migrate-"_s + database;
    {
        opsdesk::Database db(config, 1);
        QSqlDatabase handle = db.openDedicated(connection);
        const auto applied = opsdesk::Migrator::migrate(handle);
        handle.close();
        if (!applied) {
            std::fprintf(stderr, "migrating %s failed: %s\n", qPrintable(database),
                         qPrintable(applied.error()));
            std::exit(EXIT_FAILURE);
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return config;
}

opsdesk::DatabaseConfig createPerson(const opsdesk::DatabaseConfig &config, const QString &dbRole,
                                     const QString &role, const QString &password)
{
    const QString name = u"test-person-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        opsdesk::Database database(config, 1);
        try {
            QSqlDatabase db = database.openDedicated(name);
            const auto verifier = opsdesk::passwords::scramVerifier(db, dbRole, password);
            if (!verifier) {
                throw opsdesk::DatabaseError(verifier.error());
            }
            opsdesk::exec(
                db, u"SELECT opsdesk.create_person(?, ?, ?, ?, ?)"_s,
                {dbRole, QString(dbRole + u"@example.com"_s), dbRole, role, verifier.value()});
            db.close();
        } catch (const opsdesk::DatabaseError &error) {
            std::fprintf(stderr, "creating person %s failed: %s\n", qPrintable(dbRole),
                         qPrintable(error.message()));
            std::exit(EXIT_FAILURE);
        }
    }
    QSqlDatabase::removeDatabase(name);
    opsdesk::DatabaseConfig person = config;
    person.user = dbRole;
    person.password = password;
    return person;
}

QString fixturePath(const QString &relative)
{
    return QStringLiteral(OPSDESK_FIXTURE_DIR) + u'/' + relative;
}

} // namespace testsupport
