// The API keys screen over a real, throwaway PostgreSQL: ApiKeyListModel signed in as an admin
// (under QAbstractItemModelTester), live updates from another connection through the change
// feed, a manager held to read-only by the database, and the real ApiKeysPage.qml offscreen:
// Ctrl+N, name, a scope, Create, the full key shown once and copied, then revoked after the
// confirmation - without a single QML warning, in both layout directions.

#include "apikeylistmodel.h"
#include "apikeys.h"
#include "database.h"
#include "workspace.h"

#include "messagerecorder.h"
#include "qmlharness.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

Q_IMPORT_QML_PLUGIN(OpsDeskModelsPlugin)
Q_IMPORT_QML_PLUGIN(OpsDeskUiPlugin)

using namespace Qt::StringLiterals;
using namespace opsdesk;
using testsupport::clickItem;
using testsupport::findVisible;
using testsupport::itemsBelow;
using testsupport::Session;
using testsupport::typeText;

namespace {

constexpr int kTimeout = 15000;
constexpr auto kTesterMode = QAbstractItemModelTester::FailureReportingMode::QtTest;

/// A connection of the test's own (another admin, or `opsdeskd api-key`).
struct Connection {
    explicit Connection(const DatabaseConfig &config)
        : database(config, 1)
        , name(u"test-keys-"_s + QUuid::createUuid().toString(QUuid::Id128))
        , db(database.openDedicated(name))
    {}
    ~Connection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    Database database;
    QString name;
    QSqlDatabase db;
};

QVariant roleAt(const QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}

int rowOf(const QAbstractItemModel &model, const QString &prefix)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (roleAt(model, row, ApiKeyListModel::PrefixRole).toString() == prefix) {
            return row;
        }
    }
    return -1;
}

const char *kPageHost = R"(
import QtQuick
import QtQuick.Controls
import OpsDesk
ApplicationWindow {
    width: 1280
    height: 760
    visible: true
    LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true
    ApiKeysPage { anchors.fill: parent }
}
)";

} // namespace

class TestApiKeyModel : public QObject
{
    Q_OBJECT

private:
    DatabaseConfig m_owner;
    DatabaseConfig m_admin;
    DatabaseConfig m_manager;

    /// The page flow on an empty database, signed in as an admin.
    void createAndRevokeThroughThePage(Qt::LayoutDirection direction)
    {
        QGuiApplication::setLayoutDirection(direction);
        // A database of its own, so the page starts empty.
        const bool rtl = direction == Qt::RightToLeft;
        const DatabaseConfig owner =
            testsupport::freshDatabase(rtl ? u"keypage_rtl"_s : u"keypage_ltr"_s);
        const DatabaseConfig admin =
            testsupport::createPerson(owner, rtl ? u"pat_rtl"_s : u"pat_ltr"_s, u"admin"_s);
        Session session(admin);
        QVERIFY(session.live());
        Workspace::setInstance(&session.workspace);
        QQmlApplicationEngine engine;
        QQuickWindow *window = testsupport::loadWindow(engine, kPageHost);
        QVERIFY(window);
        QQuickItem *root = window->contentItem();
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));

        // Ctrl+N opens the form; the key is named and given one scope.
        QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
        QQuickItem *nameField = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((nameField = findVisible(root, u"keyNameField"_s)), kTimeout);
        QTRY_VERIFY(nameField->hasActiveFocus());
        typeText(window, u"Page exporter"_s);
        QQuickItem *create = findVisible(root, u"createKeyButton"_s);
        QVERIFY(create);
        QVERIFY(!create->isEnabled()); // no scope yet
        QQuickItem *scope = findVisible(root, u"scope_metrics:write"_s);
        QVERIFY(scope);
        clickItem(window, scope);
        QTRY_VERIFY(create->isEnabled());
        clickItem(window, create);

        // The full key, once, with Copy.
        QQuickItem *tokenField = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((tokenField = findVisible(root, u"tokenField"_s)), kTimeout);
        const QString token = tokenField->property("text").toString();
        const auto parsed = apikeys::parseToken(token.toLatin1());
        QVERIFY2(parsed, qPrintable(token));
        QQuickItem *copy = findVisible(root, u"copyKeyButton"_s);
        QVERIFY(copy);
        clickItem(window, copy);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), token);
        QTest::keyClick(window, Qt::Key_Escape); // ignored: the key must be acknowledged
        QVERIFY(findVisible(root, u"tokenField"_s));
        QQuickItem *done = findVisible(root, u"doneButton"_s);
        QVERIFY(done);
        clickItem(window, done);
        QTRY_VERIFY(!findVisible(root, u"tokenField"_s));

        // Listed by prefix, active; the key itself is nowhere in the window any more.
        QQuickItem *list = findVisible(root, u"keyList"_s);
        QVERIFY(list);
        QTRY_COMPARE_WITH_TIMEOUT(list->property("count").toInt(), 1, kTimeout);
        QTRY_VERIFY(findVisible(root, u"keyPrefix"_s));
        QCOMPARE(findVisible(root, u"keyPrefix"_s)->property("text").toString(), parsed->prefix);
        for (QQuickItem *item : itemsBelow(root)) {
            QVERIFY(item->property("text").toString() != token);
        }

        // Revoke, confirmed.
        QQuickItem *revoke = findVisible(root, u"revokeButton"_s);
        QVERIFY(revoke);
        clickItem(window, revoke);
        QQuickItem *confirm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((confirm = findVisible(root, u"confirmRevokeButton"_s)), kTimeout);
        clickItem(window, confirm);
        QTRY_VERIFY_WITH_TIMEOUT(!findVisible(root, u"revokeButton"_s), kTimeout);
        Connection check(owner);
        auto revoked = exec(
            check.db, u"SELECT revoked_at IS NOT NULL FROM opsdesk.api_keys WHERE prefix = ?"_s,
            {parsed->prefix});
        QVERIFY(revoked.next());
        QVERIFY(revoked.value(0).toBool());

        // Right to left: the page mirrors (the New key button leads on the left).
        QQuickItem *newKey = findVisible(root, u"newKeyButton"_s);
        QVERIFY(newKey);
        const bool onTheLeft = newKey->mapToScene({0, 0}).x() < window->width() / 2;
        QCOMPARE(onTheLeft, direction == Qt::RightToLeft);

        const QStringList messages = testsupport::takeMessages();
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
        Workspace::setInstance(nullptr);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Basic"_s);
        testsupport::startRecordingMessages();
        m_owner = testsupport::freshDatabase(u"apikeymodel"_s);
        m_admin = testsupport::createPerson(m_owner, u"ada"_s, u"admin"_s);
        m_manager = testsupport::createPerson(m_owner, u"max"_s, u"manager"_s);
    }

    void cleanupTestCase() { testsupport::stopRecordingMessages(); }

    void init() { testsupport::takeMessages(); }

    void cleanup() { QGuiApplication::setLayoutDirection(Qt::LeftToRight); }

    void adminCreatesListsAndRevokes()
    {
        Session session(m_admin);
        QVERIFY(session.live());
        ApiKeyListModel model;
        QAbstractItemModelTester tester(&model, kTesterMode);
        model.setWorkspace(&session.workspace);
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), kTimeout);
        QCOMPARE(model.errorString(), QString());
        const int before = model.rowCount();

        QSignalSpy created(&model, &ApiKeyListModel::keyCreated);
        model.createKey(u"  Model exporter "_s, {u"metrics:write"_s, u"metrics:read"_s});
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, kTimeout);
        const QString prefix = created.at(0).at(0).toString();
        const QString token = created.at(0).at(1).toString();
        QVERIFY(token.startsWith(prefix + u'.'));
        QVERIFY(apikeys::parseToken(token.toLatin1()));
        QCOMPARE(model.actionError(), QString());
        QCOMPARE(model.rowCount(), before + 1);
        const int row = rowOf(model, prefix);
        QCOMPARE(row, 0); // newest first
        QCOMPARE(roleAt(model, row, ApiKeyListModel::NameRole).toString(), u"Model exporter"_s);
        QCOMPARE(roleAt(model, row, ApiKeyListModel::ScopesRole).toStringList(),
                 (QStringList{u"metrics:read"_s, u"metrics:write"_s}));
        QCOMPARE(roleAt(model, row, ApiKeyListModel::CreatedByRole).toString(), u"ada"_s);
        QCOMPARE(roleAt(model, row, ApiKeyListModel::ActiveRole).toBool(), true);
        QCOMPARE(roleAt(model, row, ApiKeyListModel::LastUsedLabelRole).toString(),
                 u"Never used"_s);
        // The token is in no role.
        for (int role : model.roleNames().keys()) {
            QVERIFY(!roleAt(model, row, role).toString().contains(token.mid(prefix.size() + 1)));
        }
        const int active = model.activeCount();

        // Another admin's key arrives through the change feed.
        Connection other(m_admin);
        const auto elsewhere = apikeys::create(other.db, u"Made elsewhere"_s, {u"audit:read"_s});
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(model, elsewhere.key.prefix) >= 0, kTimeout);
        QCOMPARE(model.activeCount(), active + 1);

        // Revoked: stays listed, below the active keys, marked revoked.
        QSignalSpy revoked(&model, &ApiKeyListModel::keyRevoked);
        model.revokeKey(prefix);
        QTRY_COMPARE_WITH_TIMEOUT(revoked.size(), 1, kTimeout);
        const int after = rowOf(model, prefix);
        QCOMPARE(after, model.rowCount() - 1);
        QCOMPARE(roleAt(model, after, ApiKeyListModel::ActiveRole).toBool(), false);
        QCOMPARE(roleAt(model, after, ApiKeyListModel::StateLabelRole).toString(), u"Revoked"_s);
        QVERIFY(!roleAt(model, after, ApiKeyListModel::RevokedLabelRole).toString().isEmpty());
        QCOMPARE(model.activeCount(), active);

        // Revoking it again is refused with a reason.
        model.revokeKey(prefix);
        QTRY_VERIFY_WITH_TIMEOUT(model.actionError().contains(u"already revoked"_s), kTimeout);

        // Input the database would refuse is refused before it is sent.
        model.createKey(u"   "_s, {u"metrics:read"_s});
        QVERIFY(!model.actionError().isEmpty());
        model.createKey(u"No scopes"_s, {});
        QVERIFY(!model.actionError().isEmpty());
        QVERIFY(!model.busy());
    }

    void managerSeesButCannotCreate()
    {
        Session session(m_manager);
        QVERIFY(session.live());
        ApiKeyListModel model;
        QAbstractItemModelTester tester(&model, kTesterMode);
        model.setWorkspace(&session.workspace);
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading() && model.rowCount() > 0, kTimeout);
        QCOMPARE(model.errorString(), QString());
        const int rows = model.rowCount();
        QSignalSpy created(&model, &ApiKeyListModel::keyCreated);
        model.createKey(u"Sneaky"_s, {u"audit:read"_s});
        QTRY_VERIFY_WITH_TIMEOUT(!model.actionError().isEmpty(), kTimeout);
        QVERIFY2(model.actionError().contains(u"only admins"_s), qPrintable(model.actionError()));
        QCOMPARE(created.size(), 0);
        QCOMPARE(model.rowCount(), rows);

        // Signed out: nothing listed, nothing to query with.
        session.workspace.signOut();
        QTRY_COMPARE(model.rowCount(), 0);
    }

    void pageLeftToRight() { createAndRevokeThroughThePage(Qt::LeftToRight); }
    void pageRightToLeft() { createAndRevokeThroughThePage(Qt::RightToLeft); }
};

QTEST_MAIN(TestApiKeyModel)
#include "tst_apikeymodel.moc"
