// People management against a real, throwaway PostgreSQL: the people service (services/people.h)
// as the schema owner, admins, super admins, managers and support staff, each connected with
// their own login role; what the database refuses, who gets disconnected, which passwords work,
// exactly which audit rows each action leaves; and the `opsdeskd user` / `opsdeskd audit prune`
// commands run as the real binary.
//
// Login roles are cluster-wide and the test cluster is shared by every test function of this
// process, so each function uses sign-in names of its own.

#include "auditretention.h"
#include "database.h"
#include "migrator.h"
#include "people.h"

#include "testconnection.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <QCoroTask>

using namespace Qt::StringLiterals;
using namespace opsdesk;
using Kind = people::Error::Kind;

namespace {

constexpr int kProcessTimeoutMs = 60000;

using testsupport::Connection;

/// Tries to sign in as @p config; empty when it worked, else the server's refusal.
QString signInProblem(const DatabaseConfig &config)
{
    try {
        Connection connection(config);
        auto query = connection.exec(u"SELECT 1"_s);
        return query.next() && query.value(0).toInt() == 1 ? QString() : u"no answer"_s;
    } catch (const DatabaseError &error) {
        return error.message();
    }
}

/// Whether @p database's pooled connection answers (Database::ping() awaited to the end).
bool pings(Database &database)
{
    return QCoro::waitFor([&database]() -> QCoro::Task<bool> {
        auto answeredTask = database.ping();
        const auto answered = co_await answeredTask;
        co_return answered.ok();
    }());
}

DatabaseConfig as(DatabaseConfig config, const QString &signInName, const QString &password)
{
    config.user = signInName;
    config.password = password;
    return config;
}

/// The audit rows after id @p after, as compact JSON lines "actor action type id changes".
struct AuditRow {
    QString actor;
    QString action;
    QString resourceType;
    QString resourceId;
    QJsonObject changes;
};

QList<AuditRow> auditAfter(Connection &owner, qint64 after)
{
    QList<AuditRow> rows;
    const int count =
        owner.value(u"SELECT count(*) FROM opsdesk.audit_log WHERE id > ?"_s, {after}).toInt();
    for (int i = 0; i < count; ++i) {
        const QString json =
            owner
                .value(u"SELECT json_build_object('actor', actor, 'action', action, 'type',"
                       u" resource_type, 'id', resource_id, 'changes', changes)::text"
                       u"  FROM opsdesk.audit_log WHERE id > ? ORDER BY id OFFSET ? LIMIT 1"_s,
                       {after, i})
                .toString();
        const QJsonObject row = QJsonDocument::fromJson(json.toUtf8()).object();
        rows.append({row[u"actor"].toString(), row[u"action"].toString(), row[u"type"].toString(),
                     row[u"id"].toString(), row[u"changes"].toObject()});
    }
    return rows;
}

qint64 lastAuditId(Connection &owner)
{
    return owner.value(u"SELECT coalesce(max(id), 0) FROM opsdesk.audit_log"_s).toLongLong();
}

QStringList keys(const QJsonObject &object)
{
    QStringList names = object.keys();
    names.sort();
    return names;
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the built opsdeskd with OPSDESK_DATABASE_URL pointing at @p config.
Run opsdeskd(const DatabaseConfig &config, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"OPSDESK_DATABASE_URL"_s, config.toUrl(true));
    env.insert(u"OPSDESK_LOG_LEVEL"_s, u"warn"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(OPSDESKD_PATH), args);
    if (!process.waitForFinished(kProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, u"opsdeskd did not finish"_s};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestPeople : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inputIsCheckedBeforeTheRoundTrip()
    {
        QVERIFY(people::signInNameProblem(u"ab"_s).isEmpty());
        QVERIFY(people::signInNameProblem(u"sheena.nelson-2_x"_s).isEmpty());
        QVERIFY(people::signInNameProblem(u"a"_s + QString(62, u'b')).isEmpty());
        for (const QString &bad :
             QStringList{u""_s, u"a"_s, u"Alice"_s, u"1abc"_s, u"pg_monitor2"_s, u"opsdesk_x"_s,
                         u"al ice"_s, QString(u'a' + QString(63, u'b'))}) {
            QVERIFY2(!people::signInNameProblem(bad).isEmpty(), qPrintable(bad));
        }
        QVERIFY(people::emailProblem(u" sheena@example.com "_s).isEmpty());
        for (const QString &bad : QStringList{u""_s, u"sheena"_s, u"a@b"_s, u"a b@example.com"_s,
                                              u"a@@example.com"_s, u"a@example."_s}) {
            QVERIFY2(!people::emailProblem(bad).isEmpty(), qPrintable(bad));
        }
        QVERIFY(!people::displayNameProblem(u"   "_s).isEmpty());
        QVERIFY(!people::roleProblem(u"root"_s).isEmpty());

        QCOMPARE(people::suggestSignInName(u"Sheena.Nelson+ops@example.com"_s, {}),
                 u"sheena.nelson"_s);
        QCOMPARE(people::suggestSignInName({}, u"Zoë Ångström"_s), u"zoe.angstrom"_s);
        QCOMPARE(people::suggestSignInName(u"42@example.com"_s, u"Ann Lee"_s), u"ann.lee"_s);
        QCOMPARE(people::suggestSignInName(u"pg_x@example.com"_s, u"Bo"_s), u"bo"_s);
        QCOMPARE(people::suggestSignInName({}, {}), QString());

        // Nothing listens on this port: an answer other than InvalidInput would mean a round trip.
        DatabaseConfig nowhere = testsupport::freshDatabase(u"people_input"_s);
        nowhere.port = 1;
        Database database(nowhere, 1);
        const auto created = QCoro::waitFor(
            people::create(database, {u"Bad Name"_s, u"x@example.com"_s, u"X"_s, u"support"_s}));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, Kind::InvalidInput);
        QCOMPARE(created.error().field, u"signInName"_s);
        const auto unreachable = QCoro::waitFor(people::list(database));
        QVERIFY(!unreachable.ok());
        QCOMPARE(unreachable.error().kind, Kind::Unavailable);
    }

    void ownerBootstrapsTheFirstAdmin()
    {
        const auto owner = testsupport::freshDatabase(u"people_bootstrap"_s);
        Database database(owner, 1);
        const auto created =
            QCoro::waitFor(people::create(database, {u"boot.super"_s, u" boot@example.com "_s,
                                                     u"  Boot Super "_s, u"super_admin"_s}));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QCOMPARE(created->person.signInName, u"boot.super"_s);
        QCOMPARE(created->person.email, u"boot@example.com"_s);
        QCOMPARE(created->person.displayName, u"Boot Super"_s);
        QCOMPARE(created->person.role, u"super_admin"_s);
        QVERIFY(created->person.active);
        QVERIFY(created->person.createdAt.isValid());
        QVERIFY(created->person.passwordResetAt.isValid());
        QVERIFY(QRegularExpression(u"^([A-Za-z2-9]{5}-){3}[A-Za-z2-9]{5}$"_s)
                    .match(created->temporaryPassword)
                    .hasMatch());

        // The temporary password signs them in, as a member of the admin group.
        Connection person(as(owner, u"boot.super"_s, created->temporaryPassword));
        QCOMPARE(person.value(u"SELECT role FROM opsdesk.whoami()"_s).toString(), u"super_admin"_s);
        QVERIFY(person.value(u"SELECT pg_has_role('opsdesk_admin', 'MEMBER')"_s).toBool());
        QVERIFY(!person.value(u"SELECT pg_has_role('opsdesk_manager', 'MEMBER')"_s).toBool());
        // Only the verifier reached the server.
        Connection check(owner);
        QVERIFY(check
                    .value(u"SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid"
                           u" WHERE rolname = 'boot.super'"_s)
                    .toBool());

        // The same sign-in name, or the same e-mail address, a second time.
        const auto again = QCoro::waitFor(people::create(
            database, {u"boot.super"_s, u"other@example.com"_s, u"Other"_s, u"support"_s}));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Kind::AlreadyExists);
        QCOMPARE(again.error().field, u"signInName"_s);
        QVERIFY2(again.error().message.contains(u"boot.super"_s),
                 qPrintable(again.error().message));
        const auto sameEmail = QCoro::waitFor(people::create(
            database, {u"boot.other"_s, u"boot@example.com"_s, u"Other"_s, u"support"_s}));
        QVERIFY(!sameEmail.ok());
        QCOMPARE(sameEmail.error().kind, Kind::AlreadyExists);
        QCOMPARE(sameEmail.error().field, u"email"_s);
        // Nothing half-made: no login role without a person.
        QCOMPARE(
            check.value(u"SELECT count(*) FROM pg_roles WHERE rolname = 'boot.other'"_s).toInt(),
            0);

        const auto everyone = QCoro::waitFor(people::list(database));
        QVERIFY(everyone.ok());
        QCOMPARE(everyone->size(), 1);
        const auto found = QCoro::waitFor(people::findBySignInName(database, u"boot.super"_s));
        QVERIFY(found.ok());
        QCOMPARE(found->id, created->person.id);
        const auto missing = QCoro::waitFor(people::findBySignInName(database, u"nobody"_s));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Kind::NotFound);
    }

    /// Managed PostgreSQL services give the application a CREATEROLE owner, not a superuser:
    /// the migrations still apply, and that owner makes the first admin, who then manages people.
    void createroleOwnerWithoutSuperuserBootstraps()
    {
        const auto superuser = testsupport::freshDatabase(u"people_managed"_s);
        testsupport::execAsSuperuser(
            superuser, u"CREATE ROLE app_owner LOGIN CREATEROLE PASSWORD 'owner-pw-1'"_s);
        testsupport::execAsSuperuser(superuser, u"CREATE DATABASE people_owned OWNER app_owner"_s);
        DatabaseConfig owner = superuser;
        owner.user = u"app_owner"_s;
        owner.password = u"owner-pw-1"_s;
        owner.database = u"people_owned"_s;
        {
            Connection connection(owner);
            QVERIFY(
                !connection.value(u"SELECT rolsuper FROM pg_roles WHERE rolname = current_user"_s)
                     .toBool());
            const auto applied = Migrator::migrate(connection.db());
            QVERIFY2(applied.ok(), qPrintable(applied.error()));
        }
        Database ownerPool(owner, 1);
        const auto first = QCoro::waitFor(people::create(
            ownerPool, {u"managed.super"_s, u"super@example.com"_s, u"Super"_s, u"super_admin"_s}));
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        Database adminPool(as(owner, u"managed.super"_s, first->temporaryPassword), 1);
        const auto agent = QCoro::waitFor(people::create(
            adminPool, {u"managed.agent"_s, u"agent@example.com"_s, u"Agent"_s, u"support"_s}));
        QVERIFY2(agent.ok(), qPrintable(agent.error().message));
        const auto ended = QCoro::waitFor(people::deactivate(adminPool, agent->person.id));
        QVERIFY2(ended.ok(), qPrintable(ended.error().message));
    }

    void adminManagesSupportAndManagersButNotAdmins()
    {
        const auto owner = testsupport::freshDatabase(u"people_admin"_s);
        const auto adminConfig = testsupport::createPerson(owner, u"adm.one"_s, u"admin"_s);
        const auto superConfig = testsupport::createPerson(owner, u"sup.one"_s, u"super_admin"_s);
        testsupport::createPerson(owner, u"adm.two"_s, u"admin"_s);
        Database admin(adminConfig, 1);
        Database superAdmin(superConfig, 1);
        Connection check(owner);

        for (const QString &role : {u"support"_s, u"manager"_s}) {
            const auto made = QCoro::waitFor(people::create(
                admin, {u"adm.made."_s + role, role + u"@adm.example.com"_s, role, role}));
            QVERIFY2(made.ok(), qPrintable(made.error().message));
        }
        for (const QString &role : {u"admin"_s, u"super_admin"_s}) {
            const auto refused =
                QCoro::waitFor(people::create(admin, {u"adm.refused."_s + role.left(3),
                                                      role + u"@adm.example.com"_s, role, role}));
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().kind, Kind::NotAllowed);
            QCOMPARE(refused.error().sqlState, u"42501"_s);
            QCOMPARE(refused.error().message, u"Only a super admin can manage admins."_s);
        }
        QCOMPARE(check.value(u"SELECT count(*) FROM pg_roles WHERE rolname LIKE 'adm.refused%'"_s)
                     .toInt(),
                 0);

        const QString supportId =
            QCoro::waitFor(people::findBySignInName(admin, u"adm.made.support"_s))->id;
        const QString otherAdminId =
            QCoro::waitFor(people::findBySignInName(admin, u"adm.two"_s))->id;
        // Support ↔ manager is an admin's call; promoting to admin is not.
        QVERIFY(QCoro::waitFor(people::setRole(admin, supportId, u"manager"_s)).ok());
        QCOMPARE(
            check.value(u"SELECT role FROM opsdesk.admin_users WHERE id = ?::uuid"_s, {supportId})
                .toString(),
            u"manager"_s);
        QVERIFY(check
                    .value(u"SELECT pg_has_role('adm.made.support', 'opsdesk_manager', 'MEMBER')"
                           u" AND NOT pg_has_role('adm.made.support', 'opsdesk_support',"
                           u" 'MEMBER')"_s)
                    .toBool());
        const auto promote = QCoro::waitFor(people::setRole(admin, supportId, u"admin"_s));
        QVERIFY(!promote.ok());
        QCOMPARE(promote.error().kind, Kind::NotAllowed);
        // Another admin's account is off limits for an admin: role, deactivation, password.
        QCOMPARE(QCoro::waitFor(people::setRole(admin, otherAdminId, u"support"_s)).error().kind,
                 Kind::NotAllowed);
        QCOMPARE(QCoro::waitFor(people::deactivate(admin, otherAdminId)).error().kind,
                 Kind::NotAllowed);
        QCOMPARE(QCoro::waitFor(people::resetPassword(admin, otherAdminId)).error().kind,
                 Kind::NotAllowed);
        QVERIFY(check
                    .value(u"SELECT is_active AND role = 'admin' FROM opsdesk.admin_users"
                           u" WHERE db_role = 'adm.two'"_s)
                    .toBool());

        // A super admin may do all of it.
        const auto madeAdmin = QCoro::waitFor(people::create(
            superAdmin, {u"sup.made.admin"_s, u"admin@sup.example.com"_s, u"A"_s, u"admin"_s}));
        QVERIFY2(madeAdmin.ok(), qPrintable(madeAdmin.error().message));
        QVERIFY(QCoro::waitFor(people::setRole(superAdmin, supportId, u"admin"_s)).ok());
        QVERIFY(QCoro::waitFor(people::setRole(superAdmin, otherAdminId, u"super_admin"_s)).ok());
        QVERIFY(QCoro::waitFor(people::resetPassword(superAdmin, otherAdminId)).ok());
        QVERIFY(check.value(u"SELECT pg_has_role('adm.made.support', 'opsdesk_admin', 'MEMBER')"_s)
                    .toBool());
    }

    void supportAndManagerAreRefusedEverything()
    {
        const auto owner = testsupport::freshDatabase(u"people_escalation"_s);
        Connection check(owner);
        testsupport::createPerson(owner, u"esc.target"_s, u"support"_s);
        const QString target =
            check.value(u"SELECT id FROM opsdesk.admin_users WHERE db_role = 'esc.target'"_s)
                .toString();
        const qint64 mark = lastAuditId(check);

        for (const QString &role : {u"support"_s, u"manager"_s}) {
            const QString name = u"esc."_s + role;
            const auto config = testsupport::createPerson(owner, name, role);
            const qint64 before = lastAuditId(check);
            Database database(config, 1);
            const QString self =
                check.value(u"SELECT id FROM opsdesk.admin_users WHERE db_role = ?"_s, {name})
                    .toString();

            const auto expectRefused = [&](const people::Error &error, const char *what) {
                QVERIFY2(
                    error.kind == Kind::NotAllowed,
                    qPrintable(u"%1 as %2: %3"_s.arg(QLatin1String(what), role, error.message)));
                QCOMPARE(error.sqlState, u"42501"_s);
                QCOMPARE(error.message, u"Only admins can manage people."_s);
            };
            expectRefused(QCoro::waitFor(people::create(database, {name + u".new"_s,
                                                                   name + u"@new.example.com"_s,
                                                                   u"New"_s, u"support"_s}))
                              .error(),
                          "create");
            expectRefused(QCoro::waitFor(people::create(database, {name + u".boss"_s,
                                                                   name + u"@boss.example.com"_s,
                                                                   u"Boss"_s, u"super_admin"_s}))
                              .error(),
                          "create super admin");
            for (const QString &person : {target, self}) {
                expectRefused(
                    QCoro::waitFor(people::setRole(database, person, u"super_admin"_s)).error(),
                    "setRole");
                expectRefused(QCoro::waitFor(people::deactivate(database, person)).error(),
                              "deactivate");
                expectRefused(QCoro::waitFor(people::reactivate(database, person)).error(),
                              "reactivate");
                expectRefused(QCoro::waitFor(people::resetPassword(database, person)).error(),
                              "resetPassword");
            }

            // Around the functions: the table, the roles and the helpers directly.
            Connection direct(config);
            for (const QString &sql :
                 {u"UPDATE opsdesk.admin_users SET role = 'super_admin' WHERE db_role = '{name}'"_s,
                  u"INSERT INTO opsdesk.admin_users (db_role, email, display_name, role)"
                  u" VALUES ('{name}.x', 'x@x.example.com', 'X', 'admin')"_s,
                  u"GRANT opsdesk_admin TO \"{name}\""_s, u"ALTER ROLE \"{name}\" CREATEROLE"_s,
                  u"SELECT opsdesk.assert_may_manage(NULL, NULL)"_s,
                  u"SELECT opsdesk.person_for_update('{target}')"_s,
                  u"DELETE FROM opsdesk.audit_log"_s,
                  u"SELECT opsdesk.prune_audit_log(interval '30 days')"_s}) {
                const QString statement =
                    QString(sql).replace(u"{name}"_s, name).replace(u"{target}"_s, target);
                try {
                    direct.exec(statement);
                    QFAIL(qPrintable(u"%1 was allowed: %2"_s.arg(name, statement)));
                } catch (const DatabaseError &error) {
                    QVERIFY2(error.sqlState() == u"42501"_s,
                             qPrintable(statement + u" → "_s + error.message()));
                }
            }
            QCOMPARE(lastAuditId(check), before); // refused attempts leave no trace of change
        }
        QVERIFY(check
                    .value(u"SELECT role = 'support' AND is_active FROM opsdesk.admin_users"
                           u" WHERE db_role = 'esc.target'"_s)
                    .toBool());
        QVERIFY(check
                    .value(u"SELECT NOT rolcreaterole AND NOT rolsuper FROM pg_roles"
                           u" WHERE rolname IN ('esc.support', 'esc.manager')"_s)
                    .toBool());
        // Only the two createPerson inserts since the mark.
        const auto rows = auditAfter(check, mark);
        QCOMPARE(rows.size(), 2);
        for (const auto &row : rows) {
            QCOMPARE(row.action, u"insert"_s);
            QCOMPARE(row.actor, owner.user);
        }

        // Support may not even list people's contact data.
        const auto supportConfig = as(owner, u"esc.support"_s, u"test-password-1"_s);
        Database support(supportConfig, 1);
        const auto listed = QCoro::waitFor(people::list(support));
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().kind, Kind::NotAllowed);
    }

    void nobodyDeactivatesOrDemotesThemselves()
    {
        const auto owner = testsupport::freshDatabase(u"people_self"_s);
        const auto config = testsupport::createPerson(owner, u"self.super"_s, u"super_admin"_s);
        Connection check(owner);
        const QString self =
            check.value(u"SELECT id FROM opsdesk.admin_users WHERE db_role = 'self.super'"_s)
                .toString();
        Database database(config, 1);

        const auto deactivated = QCoro::waitFor(people::deactivate(database, self));
        QVERIFY(!deactivated.ok());
        QCOMPARE(deactivated.error().kind, Kind::NotAllowed);
        QCOMPARE(deactivated.error().message,
                 u"You cannot deactivate yourself. Ask another admin to do it."_s);
        const auto demoted = QCoro::waitFor(people::setRole(database, self, u"support"_s));
        QVERIFY(!demoted.ok());
        QCOMPARE(demoted.error().message,
                 u"You cannot change your own role. Ask another admin to do it."_s);
        QVERIFY(check
                    .value(u"SELECT is_active AND role = 'super_admin' FROM opsdesk.admin_users"
                           u" WHERE id = ?::uuid"_s,
                           {self})
                    .toBool());
        QVERIFY(check.value(u"SELECT rolcanlogin FROM pg_roles WHERE rolname = 'self.super'"_s)
                    .toBool());

        // Unknown ids and roles are answered without guessing.
        const auto nobody =
            QCoro::waitFor(people::deactivate(database, QUuid::createUuid().toString()));
        QCOMPARE(nobody.error().kind, Kind::NotFound);
        QCOMPARE(nobody.error().sqlState, u"P0002"_s);
        QCOMPARE(QCoro::waitFor(people::deactivate(database, u"not-an-id"_s)).error().kind,
                 Kind::NotFound);
        QCOMPARE(QCoro::waitFor(people::setRole(database, self, u"root"_s)).error().kind,
                 Kind::InvalidInput);
    }

    void deactivatedPersonIsDisconnectedAndCannotSignIn()
    {
        const auto owner = testsupport::freshDatabase(u"people_deactivate"_s);
        const auto adminConfig = testsupport::createPerson(owner, u"dis.admin"_s, u"admin"_s);
        Database admin(adminConfig, 1);
        const auto created = QCoro::waitFor(people::create(
            admin, {u"dis.agent"_s, u"agent@dis.example.com"_s, u"Agent"_s, u"support"_s}));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        const auto agentConfig = as(owner, u"dis.agent"_s, created->temporaryPassword);

        // Signed in and working.
        Database agent(agentConfig, 1);
        QVERIFY(pings(agent));
        Connection open(agentConfig);
        QCOMPARE(open.value(u"SELECT display_name FROM opsdesk.whoami()"_s).toString(), u"Agent"_s);

        const auto ended = QCoro::waitFor(people::deactivate(admin, created->person.id));
        QVERIFY2(ended.ok(), qPrintable(ended.error().message));
        QCOMPARE(ended.value(), 2); // the pooled connection and `open`

        // The open sessions are gone: their next query fails.
        QVERIFY(!pings(agent));
        try {
            open.exec(u"SELECT 1"_s);
            QFAIL("a deactivated person's session still answers");
        } catch (const DatabaseError &) {
        }
        // A new sign-in is refused by PostgreSQL itself.
        const QString refusal = signInProblem(agentConfig);
        QVERIFY2(refusal.contains(u"not permitted to log in"_s), qPrintable(refusal));
        Connection check(owner);
        QVERIFY(check
                    .value(u"SELECT NOT is_active AND deactivated_at IS NOT NULL"
                           u" FROM opsdesk.admin_users WHERE db_role = 'dis.agent'"_s)
                    .toBool());

        // Reactivated: the same password signs in again.
        const auto back = QCoro::waitFor(people::reactivate(admin, created->person.id));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(signInProblem(agentConfig), QString());
        QVERIFY(pings(agent));
        QVERIFY(check
                    .value(u"SELECT is_active AND deactivated_at IS NULL"
                           u" FROM opsdesk.admin_users WHERE db_role = 'dis.agent'"_s)
                    .toBool());
    }

    void resetPasswordReplacesTheOldOne()
    {
        const auto owner = testsupport::freshDatabase(u"people_reset"_s);
        const auto adminConfig = testsupport::createPerson(owner, u"rst.admin"_s, u"admin"_s);
        const auto managerConfig =
            testsupport::createPerson(owner, u"rst.manager"_s, u"manager"_s, u"old-password-1"_s);
        QCOMPARE(signInProblem(managerConfig), QString());
        Connection check(owner);
        const QString id =
            check.value(u"SELECT id FROM opsdesk.admin_users WHERE db_role = 'rst.manager'"_s)
                .toString();

        Database admin(adminConfig, 1);
        const auto password = QCoro::waitFor(people::resetPassword(admin, id));
        QVERIFY2(password.ok(), qPrintable(password.error().message));
        QVERIFY(password.value() != u"old-password-1"_s);

        const QString old = signInProblem(managerConfig);
        QVERIFY2(old.contains(u"password authentication failed"_s), qPrintable(old));
        QCOMPARE(signInProblem(as(owner, u"rst.manager"_s, password.value())), QString());

        // Twice in a row: only the newest works.
        const auto again = QCoro::waitFor(people::resetPassword(admin, id));
        QVERIFY(again.ok());
        QVERIFY(again.value() != password.value());
        QVERIFY(!signInProblem(as(owner, u"rst.manager"_s, password.value())).isEmpty());
        QCOMPARE(signInProblem(as(owner, u"rst.manager"_s, again.value())), QString());
    }

    void auditTrailHasExactlyTheExpectedRows()
    {
        const auto owner = testsupport::freshDatabase(u"people_audit"_s);
        const auto superConfig = testsupport::createPerson(owner, u"aud.super"_s, u"super_admin"_s);
        const auto adminConfig = testsupport::createPerson(owner, u"aud.admin"_s, u"admin"_s);
        Connection check(owner);
        const qint64 mark = lastAuditId(check);
        Database superAdmin(superConfig, 1);
        Database admin(adminConfig, 1);

        // The script: create, change role, reset password, deactivate (twice), reactivate, and
        // some refused attempts in between.
        const auto created = QCoro::waitFor(people::create(
            superAdmin, {u"aud.ann"_s, u"ann@aud.example.com"_s, u"Ann Audit"_s, u"support"_s}));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        const QString ann = created->person.id;
        const QString firstReset =
            check
                .value(u"SELECT to_jsonb(password_reset_at) FROM opsdesk.admin_users"
                       u" WHERE id = ?::uuid"_s,
                       {ann})
                .toString();
        QVERIFY(QCoro::waitFor(people::setRole(superAdmin, ann, u"manager"_s)).ok());
        QVERIFY(QCoro::waitFor(people::setRole(superAdmin, ann, u"manager"_s)).ok()); // no change
        QVERIFY(!QCoro::waitFor(people::setRole(admin, ann, u"admin"_s)).ok());       // refused
        QVERIFY(QCoro::waitFor(people::resetPassword(superAdmin, ann)).ok());
        QVERIFY(QCoro::waitFor(people::deactivate(admin, ann)).ok());
        QVERIFY(QCoro::waitFor(people::deactivate(admin, ann)).ok()); // already: no change
        QVERIFY(!QCoro::waitFor(people::deactivate(superAdmin, ann.left(8))).ok()); // bad id
        QVERIFY(QCoro::waitFor(people::reactivate(superAdmin, ann)).ok());

        const auto rows = auditAfter(check, mark);
        QCOMPARE(rows.size(), 5);
        for (const auto &row : rows) {
            QCOMPARE(row.resourceType, u"admin_users"_s);
            QCOMPARE(row.resourceId, ann);
        }
        // 1. insert by the super admin: the whole row.
        QCOMPARE(rows[0].actor, u"aud.super"_s);
        QCOMPARE(rows[0].action, u"insert"_s);
        QCOMPARE(rows[0].changes[u"db_role"].toString(), u"aud.ann"_s);
        QCOMPARE(rows[0].changes[u"email"].toString(), u"ann@aud.example.com"_s);
        QCOMPARE(rows[0].changes[u"display_name"].toString(), u"Ann Audit"_s);
        QCOMPARE(rows[0].changes[u"role"].toString(), u"support"_s);
        QCOMPARE(rows[0].changes[u"is_active"].toBool(), true);
        QVERIFY(rows[0].changes[u"password_reset_at"].isString());
        // 2. the role change: old and new, nothing else.
        QCOMPARE(rows[1].actor, u"aud.super"_s);
        QCOMPARE(rows[1].action, u"update"_s);
        QCOMPARE(keys(rows[1].changes), QStringList{u"role"_s});
        QCOMPARE(rows[1].changes[u"role"].toObject(),
                 (QJsonObject{{u"old"_s, u"support"_s}, {u"new"_s, u"manager"_s}}));
        // 3. the password reset: only when it happened, never the password or its verifier.
        QCOMPARE(rows[2].actor, u"aud.super"_s);
        QCOMPARE(keys(rows[2].changes), QStringList{u"password_reset_at"_s});
        const QJsonObject reset = rows[2].changes[u"password_reset_at"].toObject();
        QCOMPARE(QJsonDocument(QJsonObject{{u"v"_s, reset[u"old"]}}).toJson(QJsonDocument::Compact),
                 (u"{\"v\":"_s + firstReset + u"}"_s).toUtf8());
        QVERIFY(reset[u"new"].toString() > reset[u"old"].toString());
        // 4. the deactivation, by the admin.
        QCOMPARE(rows[3].actor, u"aud.admin"_s);
        QCOMPARE(keys(rows[3].changes), (QStringList{u"deactivated_at"_s, u"is_active"_s}));
        QCOMPARE(rows[3].changes[u"is_active"].toObject(),
                 (QJsonObject{{u"old"_s, true}, {u"new"_s, false}}));
        QVERIFY(rows[3].changes[u"deactivated_at"].toObject()[u"old"].isNull());
        const QString deactivatedAt =
            rows[3].changes[u"deactivated_at"].toObject()[u"new"].toString();
        QVERIFY(!deactivatedAt.isEmpty());
        // 5. the reactivation.
        QCOMPARE(rows[4].actor, u"aud.super"_s);
        QCOMPARE(rows[4].changes[u"is_active"].toObject(),
                 (QJsonObject{{u"old"_s, false}, {u"new"_s, true}}));
        QCOMPARE(rows[4].changes[u"deactivated_at"].toObject()[u"old"].toString(), deactivatedAt);
        QVERIFY(rows[4].changes[u"deactivated_at"].toObject()[u"new"].isNull());
        // No secret anywhere in the trail.
        QCOMPARE(check
                     .value(u"SELECT count(*) FROM opsdesk.audit_log"
                            u" WHERE changes::text ~ 'SCRAM|password_verifier|rolpassword'"_s)
                     .toInt(),
                 0);
    }

    void auditRetentionIsTheOnlyWayRowsGo()
    {
        const auto owner = testsupport::freshDatabase(u"people_prune_service"_s);
        Connection check(owner);
        testsupport::createPerson(owner, u"ret.person"_s, u"support"_s); // one audit row at least
        // Even the owner cannot remove audit rows directly.
        for (const QString &sql :
             {u"DELETE FROM opsdesk.audit_log"_s, u"TRUNCATE opsdesk.audit_log"_s,
              u"UPDATE opsdesk.audit_log SET actor = 'someone else'"_s}) {
            try {
                check.exec(sql);
                QFAIL(qPrintable(u"the owner could run: "_s + sql));
            } catch (const DatabaseError &error) {
                QCOMPARE(error.sqlState(), u"42501"_s);
            }
        }
        QVERIFY(check.value(u"SELECT count(*) FROM opsdesk.audit_log"_s).toInt() > 0);
        Database database(owner, 1);
        // Expected<T> has no default state for QCoro::waitFor: await it in a coroutine.
        const QString tooShort = QCoro::waitFor([&]() -> QCoro::Task<QString> {
            auto prunedTask = auditretention::prune(database, 29);
            const auto pruned = co_await prunedTask;
            co_return pruned ? QString() : pruned.error();
        }());
        QVERIFY2(tooShort.contains(u"at least 30 days"_s), qPrintable(tooShort));
    }

    void commandLine()
    {
        const auto owner = testsupport::freshDatabase(u"people_cli"_s);
        Connection check(owner);

        const Run help = opsdeskd(owner, {u"user"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(u"create <sign-in-name> --email E --name \"N\" --role R"_s),
                 qPrintable(help.out));

        // The first admin of a fresh database, made as the owner; the password printed once.
        const Run created = opsdeskd(owner, {u"user"_s, u"create"_s, u"cli.admin"_s, u"--email"_s,
                                             u"cli.admin@example.com"_s, u"--name"_s,
                                             u"Cli Admin"_s, u"--role"_s, u"admin"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const auto match = QRegularExpression(u"Temporary password \\(shown only now\\): (\\S+)"_s)
                               .match(created.out);
        QVERIFY2(match.hasMatch(), qPrintable(created.out));
        QCOMPARE(created.out.count(match.captured(1)), 1);
        const auto adminConfig = as(owner, u"cli.admin"_s, match.captured(1));
        QCOMPARE(signInProblem(adminConfig), QString());

        // The admin, connected as themselves, adds a support person; a bad e-mail is a usage
        // error caught before connecting.
        const Run support =
            opsdeskd(adminConfig,
                     {u"user"_s, u"create"_s, u"cli.agent"_s, u"--email"_s, u"agent@example.com"_s,
                      u"--name"_s, u"Cli Agent"_s, u"--role"_s, u"support"_s});
        QVERIFY2(support.exitCode == 0, qPrintable(support.err));
        const Run badEmail =
            opsdeskd(adminConfig, {u"user"_s, u"create"_s, u"cli.bad"_s, u"--email"_s, u"nope"_s,
                                   u"--name"_s, u"Bad"_s, u"--role"_s, u"support"_s});
        QCOMPARE(badEmail.exitCode, 2);
        QVERIFY2(badEmail.err.contains(u"--email"_s), qPrintable(badEmail.err));
        const Run refused = opsdeskd(adminConfig, {u"user"_s, u"create"_s, u"cli.boss"_s,
                                                   u"--email"_s, u"boss@example.com"_s, u"--name"_s,
                                                   u"Boss"_s, u"--role"_s, u"super_admin"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"Only a super admin can manage admins."_s),
                 qPrintable(refused.err));

        const Run listed = opsdeskd(adminConfig, {u"user"_s, u"list"_s});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 4, qPrintable(listed.out)); // header, two people, count
        QVERIFY(lines[0].startsWith(u"SIGN-IN NAME"_s));
        QVERIFY(lines[1].startsWith(u"cli.admin"_s) && lines[1].contains(u"Cli Admin"_s) &&
                lines[1].contains(u" admin "_s) && lines[1].contains(u"active"_s));
        QVERIFY(lines[2].startsWith(u"cli.agent"_s) && lines[2].contains(u"support"_s));
        QCOMPARE(lines[3], u"2 people."_s);

        const Run promoted = opsdeskd(
            adminConfig, {u"user"_s, u"set-role"_s, u"cli.agent"_s, u"--role"_s, u"manager"_s});
        QVERIFY2(promoted.exitCode == 0, qPrintable(promoted.err));
        QVERIFY2(promoted.out.contains(u"cli.agent is now manager (was support)."_s),
                 qPrintable(promoted.out));
        QCOMPARE(check.value(u"SELECT role FROM opsdesk.admin_users WHERE db_role = 'cli.agent'"_s)
                     .toString(),
                 u"manager"_s);

        const Run deactivated = opsdeskd(adminConfig, {u"user"_s, u"deactivate"_s, u"cli.agent"_s});
        QVERIFY2(deactivated.exitCode == 0, qPrintable(deactivated.err));
        QVERIFY(deactivated.out.contains(u"Deactivated cli.agent"_s));
        QVERIFY(check
                    .value(u"SELECT NOT is_active FROM opsdesk.admin_users"
                           u" WHERE db_role = 'cli.agent'"_s)
                    .toBool());
        const Run selfDeactivate =
            opsdeskd(adminConfig, {u"user"_s, u"deactivate"_s, u"cli.admin"_s});
        QCOMPARE(selfDeactivate.exitCode, 1);
        const Run nobody = opsdeskd(adminConfig, {u"user"_s, u"deactivate"_s, u"nobody.here"_s});
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY2(nobody.err.contains(u"Nobody signs in as \"nobody.here\""_s),
                 qPrintable(nobody.err));
        const Run missingRole = opsdeskd(adminConfig, {u"user"_s, u"set-role"_s, u"cli.agent"_s});
        QCOMPARE(missingRole.exitCode, 2);

        // Retention: at least 30 days, run by the owner (or opsdeskd's service role), recorded.
        check.value(u"INSERT INTO opsdesk.audit_log (at, actor, action, resource_type)"
                    u" VALUES (now() - interval '40 days', 'old', 'insert', 'contacts')"_s);
        const Run tooShort = opsdeskd(owner, {u"audit"_s, u"prune"_s, u"--keep-days"_s, u"10"_s});
        QCOMPARE(tooShort.exitCode, 1);
        QVERIFY2(tooShort.err.contains(u"at least 30 days"_s), qPrintable(tooShort.err));
        const Run byAdmin =
            opsdeskd(adminConfig, {u"audit"_s, u"prune"_s, u"--keep-days"_s, u"30"_s});
        QCOMPARE(byAdmin.exitCode, 1);
        QCOMPARE(
            check.value(u"SELECT count(*) FROM opsdesk.audit_log WHERE actor = 'old'"_s).toInt(),
            1);
        const qint64 before = lastAuditId(check);
        const Run pruned = opsdeskd(owner, {u"audit"_s, u"prune"_s, u"--keep-days"_s, u"30"_s});
        QVERIFY2(pruned.exitCode == 0, qPrintable(pruned.err));
        QVERIFY2(pruned.out.startsWith(u"Pruned 1 audit entry older than 30 days"_s),
                 qPrintable(pruned.out));
        QCOMPARE(
            check.value(u"SELECT count(*) FROM opsdesk.audit_log WHERE actor = 'old'"_s).toInt(),
            0);
        const auto rows = auditAfter(check, before);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].action, u"prune"_s);
        QCOMPARE(rows[0].resourceType, u"audit_log"_s);
        QCOMPARE(rows[0].actor, owner.user);
        QCOMPARE(rows[0].changes[u"deleted"].toInt(), 1);
        QVERIFY(check
                    .value(u"SELECT count(*) > 0 FROM opsdesk.audit_log"
                           u" WHERE resource_type = 'admin_users'"_s)
                    .toBool()); // the recent entries stay
        const Run noDays = opsdeskd(owner, {u"audit"_s, u"prune"_s});
        QCOMPARE(noDays.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestPeople)
#include "tst_people.moc"
