// The change feed delivers every committed change exactly once, in commit order, across late
// committers, a killed listener connection and a pruned resume point.

#include "changefeed.h"
#include "database.h"

#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace opsdesk;

namespace {

/// Records what the feed delivered about contacts (the table these tests write), in delivery
/// order. Every write also adds an audit_log entry, which has its own change-feed row.
struct Collector {
    QList<Change> changes;
    QHash<QString, int> deliveries; ///< pk → times delivered

    void attach(ChangeFeed &feed)
    {
        QObject::connect(&feed, &ChangeFeed::changes, &feed, [this](const QList<Change> &batch) {
            for (const Change &change : batch) {
                if (change.table != u"contacts") {
                    continue;
                }
                changes.append(change);
                deliveries[change.table + u':' + change.pk] += 1;
            }
        });
    }
    [[nodiscard]] int indexOf(const QString &table, const QString &pk) const
    {
        for (int i = 0; i < changes.size(); ++i) {
            if (changes[i].table == table && changes[i].pk == pk) {
                return i;
            }
        }
        return -1;
    }
};

QString insertContact(const QSqlDatabase &db, const QString &waId)
{
    auto query =
        exec(db, u"INSERT INTO opsdesk.contacts (wa_id) VALUES (?) RETURNING id"_s, {waId});
    query.next();
    return query.value(0).toString();
}

bool waitLive(ChangeFeed &feed)
{
    return QTest::qWaitFor([&feed] { return feed.state() == ChangeFeed::State::Live; }, 10000);
}

} // namespace

class TestChangeFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lateCommitterIsNotSkipped()
    {
        const auto config = testsupport::freshDatabase(u"feed_late"_s);
        Collector collector;
        ChangeFeed feed(config);
        feed.setPollInterval(100);
        collector.attach(feed);
        feed.start();
        QVERIFY(waitLive(feed));

        Database database(config, 1);
        QSqlDatabase a = database.openDedicated(u"writer-a"_s);
        QSqlDatabase b = database.openDedicated(u"writer-b"_s);
        execScript(a, u"BEGIN"_s);
        const QString first = insertContact(a, u"first-seq"_s); // takes the lower seq
        execScript(b, u"BEGIN"_s);
        const QString second = insertContact(b, u"second-seq"_s);
        execScript(b, u"COMMIT"_s); // commits first despite its higher seq

        QTRY_VERIFY_WITH_TIMEOUT(collector.indexOf(u"contacts"_s, second) >= 0, 10000);
        QCOMPARE(collector.indexOf(u"contacts"_s, first),
                 -1); // not visible yet, not skipped either

        execScript(a, u"COMMIT"_s);
        QTRY_VERIFY_WITH_TIMEOUT(collector.indexOf(u"contacts"_s, first) >= 0, 10000);

        const Change &late = collector.changes.at(collector.indexOf(u"contacts"_s, first));
        const Change &early = collector.changes.at(collector.indexOf(u"contacts"_s, second));
        QVERIFY(late.seq < early.seq); // seq order ≠ commit order
        QVERIFY(collector.indexOf(u"contacts"_s, second) <
                collector.indexOf(u"contacts"_s, first)); // delivered in commit order
        QCOMPARE(collector.deliveries.value(u"contacts:"_s + first), 1);
        QCOMPARE(collector.deliveries.value(u"contacts:"_s + second), 1);
        a.close();
        b.close();
    }

    void concurrentWritersAndKilledListener()
    {
        const auto config = testsupport::freshDatabase(u"feed_concurrent"_s);
        // Observers outlive the feed: its destructor still reports the Stopped state.
        Collector collector;
        QList<ChangeFeed::State> states;
        ChangeFeed feed(config);
        feed.setPollInterval(200);
        collector.attach(feed);
        connect(&feed, &ChangeFeed::stateChanged, this,
                [&states](ChangeFeed::State state, const QString &) { states << state; });
        feed.start();
        QVERIFY(waitLive(feed));

        constexpr int kWriters = 4;
        constexpr int kTransactions = 150;
        std::atomic<int> committed = 0;
        QList<QFuture<QStringList>> writers;
        for (int w = 0; w < kWriters; ++w) {
            writers << QtConcurrent::run([config, w, &committed] {
                Database database(config, 1);
                const QString name =
                    u"writer-%1-%2"_s.arg(w).arg(QUuid::createUuid().toString(QUuid::Id128));
                QStringList ids; // in this writer's commit order
                {
                    QSqlDatabase db = database.openDedicated(name);
                    for (int n = 0; n < kTransactions; ++n) {
                        execScript(db, u"BEGIN"_s);
                        ids << insertContact(db, u"w%1-%2"_s.arg(w).arg(n));
                        if (n % 7 == 0) {
                            QThread::usleep(500); // let other writers overtake
                        }
                        execScript(db, u"COMMIT"_s);
                        ++committed;
                    }
                    db.close();
                }
                QSqlDatabase::removeDatabase(name);
                return ids;
            });
        }

        // Mid-stream, kill the listener's backend; the feed must reconnect and resume.
        QTRY_VERIFY_WITH_TIMEOUT(collector.changes.size() >= 100, 20000);
        testsupport::execAsSuperuser(
            config,
            u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            u"WHERE application_name = 'opsdesk change feed' AND datname = current_database()"_s);

        QStringList expected;
        QList<QStringList> perWriter;
        for (auto &writer : writers) {
            writer.waitForFinished();
            perWriter << writer.result();
            expected += writer.result();
        }
        QTRY_COMPARE_WITH_TIMEOUT(collector.changes.size(), kWriters * kTransactions, 30000);
        QTest::qWait(500); // nothing more may arrive
        QCOMPARE(collector.changes.size(), kWriters * kTransactions);
        for (const QString &id : expected) {
            QCOMPARE(collector.deliveries.value(u"contacts:"_s + id), 1);
        }
        // Each writer's transactions committed one after another: they must arrive in that order.
        for (const QStringList &ids : perWriter) {
            int previous = -1;
            for (const QString &id : ids) {
                const int at = collector.indexOf(u"contacts"_s, id);
                QVERIFY2(at > previous,
                         qPrintable(u"change %1 arrived out of commit order"_s.arg(id)));
                previous = at;
            }
        }
        QVERIFY2(states.contains(ChangeFeed::State::Reconnecting),
                 "the killed listener was not noticed");
        QCOMPARE(feed.state(), ChangeFeed::State::Live);
    }

    void prunedResumePointAsksForReload()
    {
        const auto config = testsupport::freshDatabase(u"feed_pruned"_s);
        QString position;
        {
            ChangeFeed feed(config);
            feed.start();
            QVERIFY(waitLive(feed));
            Database database(config, 1);
            QSqlDatabase db = database.openDedicated(u"pruned-writer"_s);
            insertContact(db, u"seen"_s);
            QSignalSpy delivered(&feed, &ChangeFeed::changes);
            QVERIFY(delivered.wait(10000));
            position = feed.position();
            feed.stop();
            // While the client is away, changes are made and the log is pruned past its position.
            insertContact(db, u"missed"_s);
            auto pruned = exec(db, u"SELECT opsdesk.prune_change_log('0 seconds')"_s);
            QVERIFY(pruned.next());
            QVERIFY(pruned.value(0).toInt() >= 2);
            db.close();
        }
        Collector collector;
        ChangeFeed resumed(config);
        QSignalSpy reload(&resumed, &ChangeFeed::reloadRequired);
        resumed.start(position);
        QVERIFY(reload.wait(10000));
        // The position moved to the present: saving it and resuming later must not hit the gap
        // again.
        QVERIFY(resumed.position() != position);

        // After the reload it goes on from the present.
        collector.attach(resumed);
        Database database(config, 1);
        QSqlDatabase db = database.openDedicated(u"after-reload"_s);
        const QString next = insertContact(db, u"after-reload"_s);
        QTRY_VERIFY_WITH_TIMEOUT(collector.indexOf(u"contacts"_s, next) >= 0, 10000);
        db.close();
    }

    void resumesAfterRestartWithoutLoss()
    {
        const auto config = testsupport::freshDatabase(u"feed_resume"_s);
        Database database(config, 1);
        QSqlDatabase db = database.openDedicated(u"resume-writer"_s);
        QString position;
        {
            ChangeFeed feed(config);
            feed.start();
            QVERIFY(waitLive(feed));
            insertContact(db, u"before-stop"_s);
            QSignalSpy delivered(&feed, &ChangeFeed::changes);
            QVERIFY(delivered.wait(10000));
            position = feed.position();
        }
        const QString whileAway = insertContact(db, u"while-away"_s);
        Collector collector;
        ChangeFeed resumed(config);
        collector.attach(resumed);
        resumed.start(position);
        QTRY_VERIFY_WITH_TIMEOUT(collector.indexOf(u"contacts"_s, whileAway) >= 0, 10000);
        QCOMPARE(collector.changes.size(), 1); // the change before the stop is not replayed
        db.close();
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
