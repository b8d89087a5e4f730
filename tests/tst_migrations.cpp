// Migrations: applied once, recorded, idempotent, and serialised when two processes race.

#include "database.h"
#include "migrator.h"

#include "testdatabase.h"

#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace opsdesk;

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliedOnceAndRecorded()
    {
        const auto config = testsupport::freshDatabase(u"migrations"_s); // migrated once already
        Database database(config, 1);
        QSqlDatabase db = database.openDedicated(u"again"_s);
        const auto again = Migrator::migrate(db);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(again->isEmpty());
        auto recorded = exec(
            db, u"SELECT array_agg(version ORDER BY version) FROM opsdesk.schema_migrations"_s);
        QVERIFY(recorded.next());
        QCOMPARE(recorded.value(0).toString(), u"{"_s + Migrator::available().join(u',') + u"}"_s);
        const auto pending = Migrator::pending(db);
        QVERIFY(pending.ok());
        QVERIFY(pending->isEmpty());
        db.close();
    }

    void concurrentRunsApplyEachOnce()
    {
        // A blank database (no schema) migrated by four connections at once.
        const auto base = testsupport::freshDatabase(u"migrations_race_base"_s);
        DatabaseConfig blank = base;
        blank.database = u"race_blank"_s;
        testsupport::execAsSuperuser(base, u"CREATE DATABASE race_blank"_s);

        QList<QFuture<Expected<QStringList>>> runs;
        for (int i = 0; i < 4; ++i) {
            runs << QtConcurrent::run([blank, i] {
                Database database(blank, 1);
                const QString name = u"race-%1"_s.arg(i);
                Expected<QStringList> result = Expected<QStringList>::failure(u"not run"_s);
                {
                    QSqlDatabase db = database.openDedicated(name);
                    result = Migrator::migrate(db);
                    db.close();
                }
                QSqlDatabase::removeDatabase(name);
                return result;
            });
        }
        int totalApplied = 0;
        for (auto &run : runs) {
            const auto result = run.result();
            QVERIFY2(result.ok(), qPrintable(result.error()));
            totalApplied += int(result->size());
        }
        QCOMPARE(totalApplied, Migrator::available().size());
    }

    void failedMigrationLeavesNothingHalfDone()
    {
        // A statement that fails inside a migration's transaction must roll the whole file back:
        // simulate by making the first migration's table exist with another shape.
        const auto base = testsupport::freshDatabase(u"migrations_fail_base"_s);
        DatabaseConfig broken = base;
        broken.database = u"broken_db"_s;
        testsupport::execAsSuperuser(base, u"CREATE DATABASE broken_db"_s);
        testsupport::execAsSuperuser(
            broken, u"CREATE SCHEMA opsdesk; CREATE TABLE opsdesk.contacts (x int)"_s);
        Database database(broken, 1);
        QSqlDatabase db = database.openDedicated(u"broken"_s);
        const auto result = Migrator::migrate(db);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(u"0001_core_schema"_s), qPrintable(result.error()));
        // The statement's own error, not the "current transaction is aborted" of whatever ran
        // after it.
        QVERIFY2(result.error().contains(u"relation \"contacts\" already exists"_s),
                 qPrintable(result.error()));
        QVERIFY2(!result.error().contains(u"current transaction is aborted"_s),
                 qPrintable(result.error()));
        // Nothing of 0001 stayed behind, and it is not recorded as applied.
        auto admin = exec(db, u"SELECT to_regclass('opsdesk.admin_users') IS NULL, "
                              u"(SELECT count(*) FROM opsdesk.schema_migrations)"_s);
        QVERIFY(admin.next());
        QVERIFY(admin.value(0).toBool());
        QCOMPARE(admin.value(1).toInt(), 0);
        db.close();
    }

    void scriptFailureNamesTheFailingStatement_data()
    {
        QTest::addColumn<bool>("inTransaction");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("sqlState");
        QTest::addColumn<QString>("message");
        // The failing statement is never the first: the first one succeeding used to hide it.
        QTest::newRow("runtime error, in a transaction")
            << true
            << u"CREATE TABLE script_a (x int);\nSELECT 1 / 0;\nCREATE TABLE script_b (y int);"_s
            << u"22012"_s << u"division by zero"_s;
        QTest::newRow("runtime error, alone")
            << false
            << u"CREATE TABLE script_a (x int);\nSELECT 1 / 0;\nCREATE TABLE script_b (y int);"_s
            << u"22012"_s << u"division by zero"_s;
        QTest::newRow("syntax error names its line")
            << true << u"CREATE TABLE script_a (x int);\n\nCREAT TABLE script_b (y int);"_s
            << u"42601"_s << u"LINE 3: CREAT TABLE"_s;
        QTest::newRow("exception raised in a DO block")
            << true
            << u"CREATE TABLE script_a (x int);\n"
               u"DO $$ BEGIN RAISE EXCEPTION 'the real problem' USING ERRCODE = 'P0001'; END $$;"_s
            << u"P0001"_s << u"the real problem"_s;
    }

    void scriptFailureNamesTheFailingStatement()
    {
        QFETCH(bool, inTransaction);
        QFETCH(QString, script);
        QFETCH(QString, sqlState);
        QFETCH(QString, message);
        const auto config = testsupport::freshDatabase(u"migrations_script"_s);
        Database database(config, 1);
        QSqlDatabase db = database.openDedicated(config.database);
        if (inTransaction) {
            execScript(db, u"BEGIN"_s);
        }
        try {
            execScript(db, script);
            QFAIL("the script's failing statement was not reported");
        } catch (const DatabaseError &error) {
            QCOMPARE(error.sqlState(), sqlState);
            QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        }
        if (inTransaction) {
            execScript(db, u"ROLLBACK"_s);
        }
        // Nothing of the script stayed (a multi-statement string is one implicit transaction).
        auto left = exec(db, u"SELECT to_regclass('script_a') IS NULL"_s);
        QVERIFY(left.next());
        QVERIFY(left.value(0).toBool());
        left = QSqlQuery();
        db.close();
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
