// Signing in against a real PostgreSQL: every kind of failure gets its own problem and message,
// a session runs under the person's own role and signing out closes every connection, and a
// person deactivated while signed in is disconnected and sent back to the sign-in screen.

#include "database.h"
#include "signin.h"
#include "signincontroller.h"
#include "workspace.h"

#include "testconnection.h"
#include "testdatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace opsdesk;

namespace {

constexpr int kTimeout = 20000;

using testsupport::Connection;

int backendsOf(const DatabaseConfig &owner, const QString &role)
{
    return Connection(owner)
        .value(u"SELECT count(*) FROM pg_stat_activity WHERE usename = ?"_s, {role})
        .toInt();
}

/// A TCP port on 127.0.0.1 where nothing listens (bound, read, released).
int closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const int port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // profiles go to a throwaway QSettings
        m_owner = testsupport::freshDatabase(u"signin"_s);
        m_support = testsupport::createPerson(m_owner, u"sam"_s, u"support"_s);
        m_admin = testsupport::createPerson(m_owner, u"ada"_s, u"admin"_s);
    }

    void signsInAsThePerson()
    {
        const auto result = signin::check(m_support);
        QVERIFY2(result.identity, qPrintable(result.detail));
        QCOMPARE(result.problem, signin::Problem::None);
        // QVERIFY2 returns when identity is empty; clang-tidy cannot see through the macro.
        // NOLINTBEGIN(bugprone-unchecked-optional-access)
        QCOMPARE(result.identity->dbRole, u"sam"_s);
        QCOMPARE(result.identity->role, u"support"_s);
        QCOMPARE(result.identity->email, u"sam@example.com"_s);
        // NOLINTEND(bugprone-unchecked-optional-access)
    }

    void eachFailureHasItsOwnProblem_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("wrong password")
            << u"wrong-password"_s << int(signin::Problem::WrongPassword) << u"password is wrong"_s;
        QTest::newRow("unknown sign-in name")
            << u"unknown-user"_s << int(signin::Problem::WrongPassword) << u"password is wrong"_s;
        QTest::newRow("unknown server")
            << u"unknown-server"_s << int(signin::Problem::UnknownServer)
            << u"no-such-host.invalid"_s;
        QTest::newRow("server down") << u"server-down"_s << int(signin::Problem::ServerDown)
                                     << u"No database server answers"_s;
        QTest::newRow("TLS required")
            << u"tls-required"_s << int(signin::Problem::TlsRequired) << u"only encrypted"_s;
        QTest::newRow("TLS unavailable")
            << u"tls-unavailable"_s << int(signin::Problem::TlsUnavailable)
            << u"does not offer it"_s;
        QTest::newRow("no such database")
            << u"no-database"_s << int(signin::Problem::NoDatabase) << u"does not exist"_s;
        QTest::newRow("database not migrated")
            << u"not-migrated"_s << int(signin::Problem::NotMigrated) << u"opsdeskd migrate"_s;
        QTest::newRow("role that is no person")
            << u"not-a-person"_s << int(signin::Problem::NotAPerson) << u"not an OpsDesk account"_s;
        QTest::newRow("account deactivated")
            << u"deactivated"_s << int(signin::Problem::AccountDisabled) << u"deactivated"_s;
    }

    void eachFailureHasItsOwnProblem()
    {
        QFETCH(QString, scenario);
        QFETCH(int, expected);
        QFETCH(QString, messagePart);
        DatabaseConfig config = m_support;
        if (scenario == u"wrong-password") {
            config.password = u"not-the-password"_s;
        } else if (scenario == u"unknown-user") {
            config.user = u"nobody_here"_s;
        } else if (scenario == u"unknown-server") {
            config.host = u"no-such-host.invalid"_s;
        } else if (scenario == u"server-down") {
            config.port = closedPort();
        } else if (scenario == u"tls-required") {
            // The server turns away unencrypted connections for this account (pg_hba.conf).
            config = testsupport::createPerson(m_owner, u"tls_only"_s, u"support"_s);
            const QString hba = Connection(m_owner).value(u"SHOW hba_file"_s).toString();
            QFile file(hba);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray original = file.readAll();
            file.close();
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("hostnossl all tls_only 127.0.0.1/32 reject\n" + original);
            file.close();
            Connection(m_owner).value(u"SELECT pg_reload_conf()"_s);
            config.sslMode = u"disable"_s;
        } else if (scenario == u"tls-unavailable") {
            config.sslMode = u"require"_s; // the test cluster has no certificate
        } else if (scenario == u"no-database") {
            config.database = u"no_such_database"_s;
        } else if (scenario == u"not-migrated") {
            testsupport::execAsSuperuser(m_owner, u"CREATE DATABASE signin_empty"_s);
            config = m_owner;
            config.database = u"signin_empty"_s;
        } else if (scenario == u"not-a-person") {
            testsupport::execAsSuperuser(m_owner,
                                         u"CREATE ROLE plain_login LOGIN PASSWORD 'pw-123456'"_s);
            config.user = u"plain_login"_s;
            config.password = u"pw-123456"_s;
        } else if (scenario == u"deactivated") {
            config = testsupport::createPerson(m_owner, u"gone"_s, u"support"_s);
            Connection(m_owner).value(
                u"SELECT opsdesk.deactivate_person(id) FROM opsdesk.admin_users "
                u"WHERE db_role = 'gone'"_s);
        }
        const auto result = signin::check(config);
        QVERIFY(!result.identity);
        QCOMPARE(int(result.problem), expected);
        QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
        QVERIFY(!result.message.contains(config.password) || config.password.isEmpty());
    }

    /// The session runs as the person (RLS applies to it) and signing out leaves no connection.
    void signingOutClosesEveryConnection()
    {
        Workspace workspace(false);
        SignInController controller(workspace);
        controller.setForm(m_support);
        QSignalSpy finished(&controller, &SignInController::finished);
        controller.signIn(m_support.password);
        QVERIFY(finished.wait(kTimeout));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(workspace.signedIn());
        QCOMPARE(workspace.role(), u"support"_s);
        QVERIFY(!workspace.canReadAudit());
        QTRY_COMPARE_WITH_TIMEOUT(workspace.feedState(), Workspace::FeedState::Live, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(workspace.overview()->loaded(), kTimeout);
        QVERIFY(backendsOf(m_owner, u"sam"_s) >= 2); // the feed's listener and a pool connection

        workspace.signOut();
        QVERIFY(!workspace.signedIn());
        QVERIFY(workspace.database() == nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(backendsOf(m_owner, u"sam"_s), 0, kTimeout);
    }

    void wrongPasswordKeepsYouSignedOut()
    {
        Workspace workspace(false);
        SignInController controller(workspace);
        controller.setForm(m_support);
        QSignalSpy finished(&controller, &SignInController::finished);
        controller.signIn(u"wrong"_s);
        QVERIFY(finished.wait(kTimeout));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!workspace.signedIn());
        QCOMPARE(controller.problem(), int(signin::Problem::WrongPassword));
        QVERIFY(!controller.errorMessage().isEmpty());
        QVERIFY(!controller.busy());
    }

    /// An admin deactivates a support person who is signed in: their connections end at once,
    /// and the client signs them out with a message instead of retrying for ever.
    void deactivatedPersonIsDisconnected()
    {
        const DatabaseConfig person =
            testsupport::createPerson(m_owner, u"leaving"_s, u"support"_s);
        Workspace workspace(false);
        SignInController controller(workspace);
        controller.setForm(person);
        QSignalSpy finished(&controller, &SignInController::finished);
        controller.signIn(person.password);
        QVERIFY(finished.wait(kTimeout));
        QTRY_COMPARE_WITH_TIMEOUT(workspace.feedState(), Workspace::FeedState::Live, kTimeout);
        QVERIFY(backendsOf(m_owner, u"leaving"_s) >= 1);

        QSignalSpy ended(&workspace, &Workspace::sessionEndedByServer);
        const QVariant terminated = Connection(m_admin).value(
            u"SELECT opsdesk.deactivate_person(id) FROM opsdesk.admin_users "
            u"WHERE db_role = 'leaving'"_s);
        QVERIFY(terminated.toInt() >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(backendsOf(m_owner, u"leaving"_s), 0, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!workspace.signedIn(), kTimeout);
        QCOMPARE(ended.size(), 1);
        QVERIFY(controller.errorMessage().contains(u"deactivated"_s));
        QCOMPARE(signin::check(person).problem, signin::Problem::AccountDisabled);
    }

    /// Profiles are remembered without their password; without a keychain the sign-in still
    /// works and says the password was not kept.
    void profileIsRememberedWithoutPassword()
    {
        Workspace workspace(false);
        SignInController controller(workspace);
        controller.setForm(m_admin);
        controller.setRemember(true);
        QSignalSpy finished(&controller, &SignInController::finished);
        controller.signIn(m_admin.password);
        QVERIFY(finished.wait(kTimeout));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!controller.profiles().isEmpty());
        const QVariantMap saved = controller.profiles().first().toMap();
        QCOMPARE(saved.value(u"user"_s).toString(), u"ada"_s);
        QCOMPARE(saved.value(u"port"_s).toInt(), m_admin.port);
        for (const QVariant &value : saved) {
            QVERIFY(!value.toString().contains(m_admin.password));
        }
        // A second controller (the next start) sees the profile.
        Workspace other(false);
        SignInController next(other);
        next.restoreLastProfile();
        QCOMPARE(next.user(), u"ada"_s);
        QCOMPARE(next.port(), m_admin.port);
        workspace.signOut();
    }

private: // NOLINT(readability-redundant-access-specifiers): ends the Q_SLOTS section for moc
    DatabaseConfig m_owner;
    DatabaseConfig m_support;
    DatabaseConfig m_admin;
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
