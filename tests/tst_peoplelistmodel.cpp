// The People screen's model over a real, throwaway PostgreSQL and a real Workspace session:
// what it loads for each role, what it offers each signed-in person, invitations with their
// one-time password, changes made elsewhere arriving through the change feed, and the filter.
// The model runs under QAbstractItemModelTester, attached before it is filled.

#include "database.h"
#include "people.h"
#include "peoplelistmodel.h"
#include "signin.h"
#include "workspace.h"

#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <QCoroTask>

using namespace Qt::StringLiterals;
using namespace opsdesk;

namespace {

constexpr int kTimeout = 15000;
constexpr auto kTesterMode = QAbstractItemModelTester::FailureReportingMode::QtTest;

/// The person @p config signs in as, the way sign-in learns it (opsdesk.whoami()).
signin::Identity identityOf(const DatabaseConfig &config)
{
    const QString name = u"test-whoami-"_s + QUuid::createUuid().toString(QUuid::Id128);
    signin::Identity identity;
    {
        Database database(config, 1);
        QSqlDatabase db = database.openDedicated(name);
        auto query =
            exec(db, u"SELECT id, db_role, email, display_name, role FROM opsdesk.whoami()"_s);
        if (query.next()) {
            identity = {query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toString()};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return identity;
}

int rowOfSignInName(const PeopleListModel &model, const QString &signInName)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row), PeopleListModel::SignInNameRole) == signInName) {
            return row;
        }
    }
    return -1;
}

QVariant roleOf(const PeopleListModel &model, const QString &signInName, int role)
{
    const int row = rowOfSignInName(model, signInName);
    return row < 0 ? QVariant() : model.data(model.index(row), role);
}

} // namespace

class TestPeopleListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void superAdminInvitesAndSeesLiveChanges()
    {
        const auto owner = testsupport::freshDatabase(u"people_model"_s);
        const auto superConfig = testsupport::createPerson(owner, u"pm.super"_s, u"super_admin"_s);
        Workspace workspace(false);
        PeopleListModel model;
        QAbstractItemModelTester tester(&model, kTesterMode);
        model.setWorkspace(&workspace);
        // Signed out: nothing, and nothing to complain about.
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.errorString().isEmpty());
        QVERIFY(!model.canInvite());

        workspace.startSession(superConfig, identityOf(superConfig), u"test"_s);
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), kTimeout);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.canInvite());
        QCOMPARE(model.assignableRoles().size(), 4);
        // Their own row: no role change or deactivation, with the reason.
        QCOMPARE(roleOf(model, u"pm.super"_s, PeopleListModel::IsSelfRole).toBool(), true);
        QCOMPARE(roleOf(model, u"pm.super"_s, PeopleListModel::CanChangeRoleRole).toBool(), false);
        QCOMPARE(roleOf(model, u"pm.super"_s, PeopleListModel::CanDeactivateRole).toBool(), false);
        QVERIFY(roleOf(model, u"pm.super"_s, PeopleListModel::BlockedReasonRole)
                    .toString()
                    .contains(u"This is you"_s));

        // Invite: the row appears, the password comes once, through the signal.
        QSignalSpy finished(&model, &PeopleListModel::actionFinished);
        QSignalSpy passwords(&model, &PeopleListModel::passwordIssued);
        model.invite(u"Zoë Ångström"_s, u"zoe@example.com"_s, u"zoe"_s, u"support"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        QCOMPARE(finished.at(0).at(0).toString(), u"invite"_s);
        QVERIFY2(finished.at(0).at(2).toBool(), qPrintable(finished.at(0).at(3).toString()));
        QCOMPARE(passwords.count(), 1);
        const QString zoeId = passwords.at(0).at(0).toString();
        const QString password = passwords.at(0).at(3).toString();
        QVERIFY(!password.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, kTimeout);
        QCOMPARE(model.rowOf(zoeId), rowOfSignInName(model, u"zoe"_s));
        QCOMPARE(roleOf(model, u"zoe"_s, PeopleListModel::DisplayNameRole).toString(),
                 u"Zoë Ångström"_s);
        QCOMPARE(roleOf(model, u"zoe"_s, PeopleListModel::InitialsRole).toString(), u"ZÅ"_s);
        QCOMPARE(roleOf(model, u"zoe"_s, PeopleListModel::LastSeenLabelRole).toString(),
                 u"Never signed in"_s);
        QCOMPARE(roleOf(model, u"zoe"_s, PeopleListModel::CanChangeRoleRole).toBool(), true);
        QCOMPARE(model.totalCount(), 2);
        QCOMPARE(model.activeCount(), 2);
        // Sorted by name: "pm.super" before "Zoë Ångström".
        QCOMPARE(rowOfSignInName(model, u"pm.super"_s), 0);

        // A change made elsewhere (the owner on another connection) arrives through the feed.
        Database elsewhere(owner, 1);
        QVERIFY(QCoro::waitFor(people::setRole(elsewhere, zoeId, u"manager"_s)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(
            roleOf(model, u"zoe"_s, PeopleListModel::PersonRoleRole).toString(), u"manager"_s,
            kTimeout);
        QCOMPARE(roleOf(model, u"zoe"_s, PeopleListModel::PersonRoleLabelRole).toString(),
                 u"Manager"_s);

        // Deactivate through the model: updated in place, no reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.deactivate(zoeId);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kTimeout);
        QVERIFY(finished.at(1).at(2).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(roleOf(model, u"zoe"_s, PeopleListModel::ActiveRole).toBool(),
                                  false, kTimeout);
        QVERIFY(roleOf(model, u"zoe"_s, PeopleListModel::StatusLabelRole)
                    .toString()
                    .startsWith(u"Deactivated"_s));
        QCOMPARE(roleOf(model, u"zoe"_s, PeopleListModel::CanReactivateRole).toBool(), true);
        QCOMPARE(model.activeCount(), 1);
        QCOMPARE(resets.count(), 0);

        // A reset password comes once too.
        model.resetPassword(zoeId);
        QTRY_COMPARE_WITH_TIMEOUT(passwords.count(), 2, kTimeout);
        QVERIFY(passwords.at(1).at(3).toString() != password);

        // Refusals reach the screen as sentences.
        model.deactivate(workspace.personId());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, kTimeout);
        QCOMPARE(finished.at(3).at(2).toBool(), false);
        QCOMPARE(finished.at(3).at(3).toString(),
                 u"You cannot deactivate yourself. Ask another admin to do it."_s);
        model.invite(u"Other"_s, u"other@example.com"_s, u"zoe"_s, u"support"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 5, kTimeout);
        QCOMPARE(finished.at(4).at(2).toBool(), false);
        QCOMPARE(finished.at(4).at(4).toString(), u"signInName"_s);
        QCOMPARE(passwords.count(), 2);

        // The filter narrows what is shown, not what is loaded.
        model.setFilter(u"ÅNGSTRÖM"_s);
        QCOMPARE(model.rowCount(), 1);
        model.setFilter(u"deactivated"_s);
        QCOMPARE(model.rowCount(), 1);
        model.setFilter(u"nobody at all"_s);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 2);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 2);

        // Signing out empties the list.
        workspace.signOut();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canInvite());
    }

    void adminIsOfferedOnlyWhatTheyMayDo()
    {
        const auto owner = testsupport::freshDatabase(u"people_model_admin"_s);
        const auto adminConfig = testsupport::createPerson(owner, u"pma.admin"_s, u"admin"_s);
        testsupport::createPerson(owner, u"pma.other"_s, u"admin"_s);
        testsupport::createPerson(owner, u"pma.agent"_s, u"support"_s);
        Workspace workspace(false);
        PeopleListModel model;
        QAbstractItemModelTester tester(&model, kTesterMode);
        model.setWorkspace(&workspace);
        workspace.startSession(adminConfig, identityOf(adminConfig), u"test"_s);
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), kTimeout);
        QCOMPARE(model.rowCount(), 3);

        QCOMPARE(model.assignableRoles().size(), 2); // support and manager
        QCOMPARE(roleOf(model, u"pma.other"_s, PeopleListModel::CanChangeRoleRole).toBool(), false);
        QCOMPARE(roleOf(model, u"pma.other"_s, PeopleListModel::CanResetPasswordRole).toBool(),
                 false);
        QCOMPARE(roleOf(model, u"pma.other"_s, PeopleListModel::BlockedReasonRole).toString(),
                 u"Only a super admin can manage admins."_s);
        QCOMPARE(roleOf(model, u"pma.agent"_s, PeopleListModel::CanChangeRoleRole).toBool(), true);
        QCOMPARE(roleOf(model, u"pma.agent"_s, PeopleListModel::CanDeactivateRole).toBool(), true);
        QCOMPARE(roleOf(model, u"pma.agent"_s, PeopleListModel::BlockedReasonRole).toString(),
                 QString());

        // What the UI would not offer is still refused by the database, and said so.
        QSignalSpy finished(&model, &PeopleListModel::actionFinished);
        model.setRole(model
                          .data(model.index(rowOfSignInName(model, u"pma.agent"_s)),
                                PeopleListModel::PersonIdRole)
                          .toString(),
                      u"admin"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        QCOMPARE(finished.at(0).at(2).toBool(), false);
        QCOMPARE(finished.at(0).at(3).toString(), u"Only a super admin can manage admins."_s);
        QCOMPARE(roleOf(model, u"pma.agent"_s, PeopleListModel::PersonRoleRole).toString(),
                 u"support"_s);
    }

    void supportIsShownNothing()
    {
        const auto owner = testsupport::freshDatabase(u"people_model_support"_s);
        const auto supportConfig = testsupport::createPerson(owner, u"pms.agent"_s, u"support"_s);
        Workspace workspace(false);
        PeopleListModel model;
        QAbstractItemModelTester tester(&model, kTesterMode);
        model.setWorkspace(&workspace);
        workspace.startSession(supportConfig, identityOf(supportConfig), u"test"_s);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canInvite());
        QCOMPARE(model.inviteBlockedReason(), u"Only admins can invite people."_s);
        QCOMPARE(model.errorString(), u"Only admins can see and manage people."_s);
        QVERIFY(model.assignableRoles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPeopleListModel)
#include "tst_peoplelistmodel.moc"
