// The support inbox as an agent uses it: the real Conversations page, offscreen, over a Workspace
// signed in with the person's own PostgreSQL role on a fresh database. Views and their unread
// counts, the status filter, literal search (hostile input included), waiting-longest order,
// keyboard navigation and actions that change the database row, the Ctrl+K palette, a manager
// who may look but not touch (and a database that refuses anyway), and "Also viewing" presence.

#include "changefeed.h"
#include "database.h"
#include "inbox.h"
#include "signincontroller.h"
#include "workspace.h"

#include "messagerecorder.h"
#include "qmlharness.h"
#include "testconnection.h"
#include "testdatabase.h"

#include <QApplication>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

Q_IMPORT_QML_PLUGIN(OpsDeskModelsPlugin)
Q_IMPORT_QML_PLUGIN(OpsDeskUiPlugin)

using namespace Qt::StringLiterals;
using namespace opsdesk;
using testsupport::clickItem;
using testsupport::findByType;
using testsupport::findItem;
using testsupport::typeText;
using testsupport::visibleItems;

namespace {

constexpr int kTimeout = 15000;

const QString kSheena = u"00000000-0000-4000-8000-000000000001"_s; // open, unassigned, 2 unread
const QString kDan = u"00000000-0000-4000-8000-000000000002"_s;    // open, mine, 1 unread
const QString kPriya = u"00000000-0000-4000-8000-000000000003"_s;  // pending, Dana's, answered
const QString kOmar = u"00000000-0000-4000-8000-000000000004"_s;   // resolved
const QString kLior = u"00000000-0000-4000-8000-000000000005"_s;   // snoozed

/// Five conversations, as the database owner. Sheena waits longest (3 h), Dan 1 h; Priya was
/// answered 20 min ago (most recent activity, nobody waiting). Message texts hold a literal
/// "50%", "order_id" and "It's" for the search checks.
void seed(const DatabaseConfig &config, const QString &me, const QString &dana)
{
    testsupport::execAsSuperuser(config, uR"(
INSERT INTO opsdesk.contacts (wa_id, profile_name) VALUES
    ('16505551234', 'Sheena Nelson'), ('972541234567', 'Dan Levi'),
    ('447911123456', 'Priya Shah'), ('201001234567', 'Omar O''Brien'),
    ('972501112233', 'Lior Ben');
INSERT INTO opsdesk.conversations (id, contact_id, business_phone_id)
SELECT v.id::uuid, k.id, '106540352242922'
  FROM (VALUES ('%1', '16505551234'), ('%2', '972541234567'), ('%3', '447911123456'),
               ('%4', '201001234567'), ('%5', '972501112233')) AS v(id, wa_id)
  JOIN opsdesk.contacts k ON k.wa_id = v.wa_id;
INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, status, wa_message_id,
                              author_id, created_at) VALUES
    ('%1', 'inbound', 'text', 'Hi, is my order on its way?', NULL, NULL, NULL,
     now() - interval '3 hours'),
    ('%1', 'inbound', 'text', 'Is the 50% discount still on?', NULL, NULL, NULL,
     now() - interval '2 hours'),
    ('%2', 'inbound', 'text', 'Shalom, about order_id 77', NULL, NULL, NULL,
     now() - interval '1 hour'),
    ('%3', 'inbound', 'text', 'Thanks!', NULL, NULL, NULL, now() - interval '30 minutes'),
    ('%3', 'outbound', 'note', 'She asked for a refund last month too.', NULL, NULL, '%7',
     now() - interval '25 minutes'),
    ('%3', 'outbound', 'text', 'You are welcome.', 'delivered', 'wamid.priya1', '%7',
     now() - interval '20 minutes'),
    ('%4', 'inbound', 'text', 'It''s fine now', NULL, NULL, NULL, now() - interval '5 hours'),
    ('%5', 'inbound', 'text', 'Call me tomorrow', NULL, NULL, NULL, now() - interval '4 hours');
UPDATE opsdesk.conversations SET assignee_id = '%6' WHERE id = '%2';
UPDATE opsdesk.conversations SET assignee_id = '%7', status = 'pending', unread_count = 0
 WHERE id = '%3';
UPDATE opsdesk.conversations SET status = 'resolved' WHERE id = '%4';
UPDATE opsdesk.conversations SET status = 'snoozed', snoozed_until = now() + interval '1 day'
 WHERE id = '%5';
)"_s.arg(kSheena, kDan, kPriya, kOmar, kLior, me, dana));
}

/// The conversation ids of the list, top to bottom.
QStringList listIds(const ConversationListModel *model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        ids << model->idAt(row);
    }
    return ids;
}

/// The signed-in window on the Conversations page, as main.cpp loads it, signed in as
/// `<name>_me` with @p role; `<name>_dana` (support, "Dana Cohen") is a colleague.
struct App : testsupport::Client {
    explicit App(const QString &name, const QString &role = u"support"_s)
        : Client(u"conversations"_s)
        , config(testsupport::freshDatabase(name))
    {
        person = testsupport::createPerson(config, name + u"_me"_s, role);
        dana = testsupport::createPerson(config, name + u"_dana"_s, u"support"_s);
        testsupport::Connection owner(config);
        owner.exec(u"UPDATE opsdesk.admin_users SET display_name = 'Dana Cohen'"
                   u" WHERE db_role = ?"_s,
                   {dana.user});
        owner.exec(u"UPDATE opsdesk.admin_users SET display_name = 'Alex Agent'"
                   u" WHERE db_role = ?"_s,
                   {person.user});
        meId = owner
                   .value(u"SELECT id::text FROM opsdesk.admin_users WHERE db_role = ?"_s,
                          {person.user})
                   .toString();
        danaId =
            owner
                .value(u"SELECT id::text FROM opsdesk.admin_users WHERE db_role = ?"_s, {dana.user})
                .toString();
        seed(config, meId, danaId);
        startSession(person);
    }

    /// Signed in, the page shown, the window active (shortcuts need it), the feed live and the
    /// first page of the inbox loaded.
    bool ready()
    {
        if (!window) {
            return false;
        }
        window->requestActivate();
        if (!QTest::qWaitForWindowActive(window)) {
            return false;
        }
        if (!QTest::qWaitFor(
                [&] {
                    return workspace->feedState() == Workspace::FeedState::Live &&
                           workspace->conversations() && !workspace->conversations()->loading() &&
                           workspace->conversations()->rowCount() > 0 &&
                           item(u"conversationList"_s) && item(u"conversationList"_s)->isVisible();
                },
                kTimeout)) {
            return false;
        }
        return true;
    }

    /// A non-visual object of the page (menus, the palette).
    QObject *pageObject(const QString &objectName) const
    {
        QQuickItem *page = findByType(window->contentItem(), "ConversationsPage");
        return page ? page->findChild<QObject *>(objectName) : nullptr;
    }
    ConversationListModel *inbox() const { return workspace->conversations(); }
    MessageListModel *thread() const { return workspace->thread(); }
    /// A column of conversation @p id, read by the database owner.
    QVariant column(const QString &id, const QString &column) const
    {
        return testsupport::Connection(config).value(
            u"SELECT %1 FROM opsdesk.conversations WHERE id = ?::uuid"_s.arg(column), {id});
    }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = {}) const
    {
        QTest::keyClick(window, key, modifiers);
    }

    DatabaseConfig config; ///< the database owner
    DatabaseConfig person; ///< the signed-in person
    DatabaseConfig dana;   ///< a colleague (support)
    QString meId;
    QString danaId;
};

} // namespace

class TestInbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(qobject_cast<QApplication *>(QCoreApplication::instance())); // Qt Charts needs it
        QQuickStyle::setStyle(u"Basic"_s);
        testsupport::startRecordingMessages();
    }

    void cleanupTestCase() { testsupport::stopRecordingMessages(); }

    void init() { testsupport::takeMessages(); }

    /// Views with their unread counts, the status filter, the sort and a search that matches
    /// text literally, driven through the page's own controls.
    void viewsFiltersAndSearch()
    {
        App app(u"inbox_views"_s);
        QVERIFY(app.ready());
        ConversationListModel *inbox = app.inbox();

        // Default: open and pending, most recent activity first; Omar (resolved) and Lior
        // (snoozed) are not in the way.
        QCOMPARE(listIds(inbox), (QStringList{kPriya, kDan, kSheena}));
        QCOMPARE(app.item(u"conversationList"_s)->property("count").toInt(), 3);
        // Unread: Sheena (unassigned) and Dan (mine); Priya was read.
        QTRY_COMPARE_WITH_TIMEOUT(inbox->unreadAll(), 2, kTimeout);
        QCOMPARE(inbox->unreadMine(), 1);
        QCOMPARE(inbox->unreadUnassigned(), 1);
        QCOMPARE(app.item(u"viewAllUnread"_s)->property("count").toInt(), 2);
        QCOMPARE(app.item(u"viewMineUnread"_s)->property("count").toInt(), 1);
        QCOMPARE(app.item(u"viewUnassignedUnread"_s)->property("count").toInt(), 1);

        // The tabs.
        clickItem(app.window, app.item(u"viewMine"_s));
        QTRY_COMPARE_WITH_TIMEOUT(listIds(inbox), QStringList{kDan}, kTimeout);
        QCOMPARE(inbox->view(), u"mine"_s);
        clickItem(app.window, app.item(u"viewUnassigned"_s));
        QTRY_COMPARE_WITH_TIMEOUT(listIds(inbox), QStringList{kSheena}, kTimeout);
        clickItem(app.window, app.item(u"viewAll"_s));
        QTRY_COMPARE_WITH_TIMEOUT(listIds(inbox), (QStringList{kPriya, kDan, kSheena}), kTimeout);

        // Waiting longest first: Sheena (3 h), Dan (1 h), then Priya, whom nobody waits on.
        clickItem(app.window, app.item(u"sortToggle"_s));
        QTRY_COMPARE_WITH_TIMEOUT(listIds(inbox), (QStringList{kSheena, kDan, kPriya}), kTimeout);
        QCOMPARE(inbox->sortBy(), u"waiting"_s);
        QVERIFY2(
            inbox->data(inbox->index(0), ConversationListModel::WaitingLabelRole)
                .toString()
                .startsWith(u"Waiting 3 h"_s),
            qPrintable(
                inbox->data(inbox->index(0), ConversationListModel::WaitingLabelRole).toString()));
        QCOMPARE(inbox->data(inbox->index(2), ConversationListModel::WaitingLabelRole).toString(),
                 QString());
        QCOMPARE(inbox->data(inbox->index(2), ConversationListModel::AssigneeNameRole).toString(),
                 u"Dana Cohen"_s);
        clickItem(app.window, app.item(u"sortToggle"_s));
        QTRY_COMPARE_WITH_TIMEOUT(listIds(inbox), (QStringList{kPriya, kDan, kSheena}), kTimeout);

        // The status drop-down (choices: open+pending, open, pending, snoozed, resolved, all).
        QQuickItem *statusFilter = app.item(u"statusFilter"_s);
        QVERIFY(statusFilter);
        QVERIFY(QMetaObject::invokeMethod(statusFilter, "activated", Q_ARG(int, 4)));
        QTRY_COMPARE_WITH_TIMEOUT(listIds(inbox), QStringList{kOmar}, kTimeout);
        QCOMPARE(inbox->statusFilter(), QStringList{u"resolved"_s});
        QVERIFY(QMetaObject::invokeMethod(statusFilter, "activated", Q_ARG(int, 3)));
        QTRY_COMPARE_WITH_TIMEOUT(listIds(inbox), QStringList{kLior}, kTimeout);
        QVERIFY(inbox->data(inbox->index(0), ConversationListModel::SnoozedUntilLabelRole)
                    .toString()
                    .startsWith(u"Snoozed until"_s));
        QVERIFY(QMetaObject::invokeMethod(statusFilter, "activated", Q_ARG(int, 5)));
        QTRY_COMPARE_WITH_TIMEOUT(inbox->rowCount(), 5, kTimeout);
        QVERIFY(inbox->statusFilter().isEmpty());

        // Search, typed into the field after Ctrl+F, over all statuses: name, number, text.
        const auto search = [&](const QString &text) {
            app.key(Qt::Key_F, Qt::ControlModifier);
            QTest::keyClick(app.window, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(app.window, Qt::Key_Backspace);
            typeText(app.window, text);
        };
        const auto searched = [&](const QStringList &expected) {
            return QTest::qWaitFor(
                [&] {
                    return inbox->filter().search == inbox->search().trimmed() &&
                           !inbox->loading() && listIds(inbox) == expected;
                },
                kTimeout);
        };
        search(u"sheena"_s);
        QVERIFY2(searched({kSheena}), qPrintable(listIds(inbox).join(u", ")));
        search(u"97254"_s);
        QVERIFY2(searched({kDan}), qPrintable(listIds(inbox).join(u", ")));
        search(u"ORDER ON ITS WAY"_s);
        QVERIFY2(searched({kSheena}), qPrintable(listIds(inbox).join(u", ")));
        // Wildcards and quotes are plain characters: "%" and "_" would match everything.
        search(u"%"_s);
        QVERIFY2(searched({kSheena}), qPrintable(listIds(inbox).join(u", ")));
        search(u"_"_s);
        QVERIFY2(searched({kDan}), qPrintable(listIds(inbox).join(u", ")));
        search(u"'"_s);
        QVERIFY2(searched({kOmar}), qPrintable(listIds(inbox).join(u", ")));
        search(u"\\"_s);
        QVERIFY2(searched({}), qPrintable(listIds(inbox).join(u", ")));
        search(u"x'); DROP TABLE opsdesk.conversations; --"_s);
        QVERIFY2(searched({}), qPrintable(listIds(inbox).join(u", ")));
        QCOMPARE(inbox->errorString(), QString());
        QCOMPARE(app.item(u"inboxEmpty"_s)->isVisible(), true);
        QCOMPARE(testsupport::Connection(app.config)
                     .value(u"SELECT count(*) FROM opsdesk.conversations"_s)
                     .toInt(),
                 5);
        // Esc clears the search: everything is back.
        app.key(Qt::Key_Escape);
        QVERIFY2(searched({kPriya, kDan, kSheena, kLior, kOmar}),
                 qPrintable(listIds(inbox).join(u", ")));
        QCOMPARE(app.item(u"inboxSearch"_s)->property("text").toString(), QString());

        // Live: Omar writes again, so his resolved conversation reopens and counts as unread.
        QVERIFY(QMetaObject::invokeMethod(statusFilter, "activated", Q_ARG(int, 0)));
        QTRY_COMPARE_WITH_TIMEOUT(listIds(inbox), (QStringList{kPriya, kDan, kSheena}), kTimeout);
        testsupport::execAsSuperuser(
            app.config,
            u"INSERT INTO opsdesk.messages (conversation_id, direction, kind, body)"
            u" VALUES ('%1', 'inbound', 'text', 'Actually, one more thing')"_s.arg(kOmar));
        QTRY_COMPARE_WITH_TIMEOUT(listIds(inbox), (QStringList{kOmar, kPriya, kDan, kSheena}),
                                  kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(inbox->unreadAll(), 3, kTimeout);
        QCOMPARE(inbox->unreadUnassigned(), 2);

        const QStringList messages = testsupport::takeMessages();
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    }

    /// J/K and the action keys: each changes the conversation's row in the database, and the
    /// list and header follow.
    void keyboardActionsChangeTheDatabase()
    {
        App app(u"inbox_keys"_s);
        QVERIFY(app.ready());
        ConversationListModel *inbox = app.inbox();
        MessageListModel *thread = app.thread();
        QCOMPARE(listIds(inbox), (QStringList{kPriya, kDan, kSheena}));

        // J, J, K and the arrows move through the list (each shown before the next key).
        const auto shows = [&](const QString &id, const QString &name) {
            return QTest::qWaitFor(
                [&] { return thread->conversationId() == id && thread->contactName() == name; },
                kTimeout);
        };
        app.key(Qt::Key_J);
        QVERIFY(shows(kPriya, u"Priya Shah"_s));
        app.key(Qt::Key_J);
        QVERIFY(shows(kDan, u"Dan Levi"_s));
        app.key(Qt::Key_K);
        QVERIFY(shows(kPriya, u"Priya Shah"_s));
        app.key(Qt::Key_Down);
        QVERIFY(shows(kDan, u"Dan Levi"_s));
        app.key(Qt::Key_Down);
        QVERIFY(shows(kSheena, u"Sheena Nelson"_s));

        // Opening a conversation reads it: Dan's and Sheena's unread messages count no more.
        QTRY_COMPARE_WITH_TIMEOUT(app.column(kSheena, u"unread_count"_s).toInt(), 0, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(app.column(kDan, u"unread_count"_s).toInt(), 0, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(inbox->unreadAll(), 0, kTimeout);
        QCOMPARE(app.item(u"viewAllUnread"_s)->isVisible(), false);
        QTRY_COMPARE_WITH_TIMEOUT(thread->contactName(), u"Sheena Nelson"_s, kTimeout);
        QCOMPARE(app.item(u"threadContactName"_s)->property("text").toString(), u"Sheena Nelson"_s);
        QVERIFY(thread->windowOpen());

        // A: assigned to me, in the database, in the header and in the list.
        QVERIFY(app.column(kSheena, u"assignee_id"_s).isNull());
        app.key(Qt::Key_A);
        QTRY_COMPARE_WITH_TIMEOUT(app.column(kSheena, u"assignee_id::text"_s).toString(), app.meId,
                                  kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(thread->assignedToMe(), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(
            inbox->data(inbox->index(inbox->rowOf(kSheena)), ConversationListModel::IsMineRole)
                .toBool(),
            true, kTimeout);

        // E: resolved; it leaves the open-and-pending list, the thread stays on screen.
        app.key(Qt::Key_E);
        QTRY_COMPARE_WITH_TIMEOUT(app.column(kSheena, u"status"_s).toString(), u"resolved"_s,
                                  kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(inbox->rowOf(kSheena), -1, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(thread->resolved(), kTimeout);
        QCOMPARE(thread->conversationId(), kSheena);
        // Shift+E: open again, and back in the list.
        app.key(Qt::Key_E, Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(app.column(kSheena, u"status"_s).toString(), u"open"_s, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(inbox->rowOf(kSheena) >= 0, kTimeout);

        // S opens the snooze menu; its first preset snoozes for an hour.
        QObject *snoozeMenu = app.pageObject(u"snoozeMenu"_s);
        QVERIFY(snoozeMenu);
        app.key(Qt::Key_S);
        QTRY_VERIFY(snoozeMenu->property("opened").toBool());
        app.key(Qt::Key_Down);
        app.key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(app.column(kSheena, u"status"_s).toString(), u"snoozed"_s,
                                  kTimeout);
        const double minutes =
            app.column(kSheena, u"extract(epoch FROM snoozed_until - now()) / 60"_s).toDouble();
        QVERIFY2(minutes > 55 && minutes < 61, qPrintable(QString::number(minutes)));
        QTRY_VERIFY_WITH_TIMEOUT(thread->snoozedUntilLabel().startsWith(u"Snoozed until"_s),
                                 kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(inbox->rowOf(kSheena), -1, kTimeout);

        // Ctrl+K: the palette; "pending" narrows it to "Set pending", Enter runs it.
        QObject *palette = app.pageObject(u"commandPalette"_s);
        QVERIFY(palette);
        app.key(Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(palette->property("opened").toBool());
        typeText(app.window, u"set pending"_s);
        app.key(Qt::Key_Return);
        QTRY_VERIFY(!palette->property("opened").toBool());
        QTRY_COMPARE_WITH_TIMEOUT(app.column(kSheena, u"status"_s).toString(), u"pending"_s,
                                  kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(inbox->rowOf(kSheena) >= 0, kTimeout);
        // Esc closes it without doing anything.
        app.key(Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(palette->property("opened").toBool());
        app.key(Qt::Key_Escape);
        QTRY_VERIFY(!palette->property("opened").toBool());

        // A custom snooze time, reached through the palette.
        app.key(Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(palette->property("opened").toBool());
        typeText(app.window, u"date and time"_s);
        app.key(Qt::Key_Return);
        QObject *custom = app.pageObject(u"customSnooze"_s);
        QVERIFY(custom);
        QTRY_VERIFY(custom->property("opened").toBool());
        typeText(app.window, u"2031-03-04 09:30"_s);
        app.key(Qt::Key_Return);
        QTRY_VERIFY(!custom->property("opened").toBool());
        QTRY_COMPARE_WITH_TIMEOUT(app.column(kSheena, u"status"_s).toString(), u"snoozed"_s,
                                  kTimeout);
        QCOMPARE(app.column(kSheena, u"snoozed_until"_s).toDateTime().toLocalTime(),
                 QDateTime(QDate(2031, 3, 4), QTime(9, 30), Qt::LocalTime));
        app.key(Qt::Key_E, Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(app.column(kSheena, u"status"_s).toString(), u"open"_s, kTimeout);

        // L: a label. Typing "j" in the label field types it; it does not move the selection.
        app.key(Qt::Key_L);
        QQuickItem *labelField = app.item(u"labelField"_s);
        QVERIFY(labelField);
        QTRY_VERIFY(labelField->hasActiveFocus());
        typeText(app.window, u"vip-j"_s);
        QCOMPARE(thread->conversationId(), kSheena);
        QCOMPARE(labelField->property("text").toString(), u"vip-j"_s);
        app.key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(app.column(kSheena, u"array_to_string(labels, ',')"_s).toString(),
                                  u"vip-j"_s, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(thread->labels(), QStringList{u"vip-j"_s}, kTimeout);
        // The same label again (other case) is explained, not added.
        labelField->forceActiveFocus();
        typeText(app.window, u"VIP-J"_s);
        app.key(Qt::Key_Return);
        QTRY_VERIFY(thread->actionError().contains(u"already has the label"_s));
        QTRY_VERIFY(app.item(u"actionErrorBar"_s)->isVisible());
        // The chip's × removes it.
        QQuickItem *remove = findItem(app.item(u"labelRow"_s), u"labelRemove"_s);
        QVERIFY(remove);
        QTRY_VERIFY(remove->isVisible());
        clickItem(app.window, remove);
        QTRY_COMPARE_WITH_TIMEOUT(app.column(kSheena, u"cardinality(labels)"_s).toInt(), 0,
                                  kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(thread->labels().isEmpty(), kTimeout);

        // Enter goes to the reply area (focus leaves the label field first).
        app.key(Qt::Key_Escape);
        QTRY_VERIFY(!labelField->hasActiveFocus());
        app.key(Qt::Key_Return);
        QQuickItem *composer = app.item(u"composerSlot"_s);
        QVERIFY(composer);
        QTRY_VERIFY(composer->hasActiveFocus());

        const QStringList messages = testsupport::takeMessages();
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    }

    /// A manager reads every conversation but cannot change one: the actions are disabled and
    /// say why, the keys do nothing, opening does not mark anything read, and the database
    /// refuses a change that gets through anyway.
    void managerCanReadButNotChange()
    {
        App app(u"inbox_manager"_s, u"manager"_s);
        QVERIFY(app.ready());
        MessageListModel *thread = app.thread();
        QVERIFY(!thread->canAct());
        // Any action would show as busy; a mark-read the database refused as actionError.
        QSignalSpy busy(thread, &MessageListModel::busyChanged);

        app.key(Qt::Key_J);
        app.key(Qt::Key_J);
        app.key(Qt::Key_J);
        QTRY_COMPARE(thread->conversationId(), kSheena);
        QTRY_COMPARE_WITH_TIMEOUT(thread->contactName(), u"Sheena Nelson"_s, kTimeout);
        QVERIFY(thread->active()); // on screen: an agent's unread messages would be marked read

        for (const QString &name : {u"assignButton"_s, u"snoozeButton"_s, u"resolveButton"_s}) {
            QQuickItem *button = app.item(name);
            QVERIFY2(button, qPrintable(name));
            QVERIFY2(button->isVisible(), qPrintable(name));
            QVERIFY2(!button->property("actionable").toBool(), qPrintable(name));
            QCOMPARE(button->property("blockedReason").toString(),
                     u"Managers can read conversations but not change them"_s);
        }
        QVERIFY(!app.item(u"labelField"_s)->isVisible());
        // The palette lists the actions, disabled, with the reason.
        const QVariantList actions = findByType(app.window->contentItem(), "ConversationsPage")
                                         ->property("paletteActions")
                                         .toList();
        QVERIFY(!actions.isEmpty());
        bool found = false;
        for (const QVariant &entry : actions) {
            const QVariantMap action = entry.toMap();
            if (action.value(u"id"_s) == u"resolve"_s) {
                found = true;
                QCOMPARE(action.value(u"enabled"_s).toBool(), false);
                QCOMPARE(action.value(u"reason"_s).toString(),
                         u"Managers can read conversations but not change them"_s);
            }
        }
        QVERIFY(found);

        // The keys do nothing: no action ran (the database would have refused it anyway).
        app.key(Qt::Key_A);
        app.key(Qt::Key_E);
        QTest::qWait(500);
        QCOMPARE(busy.count(), 0);
        QCOMPARE(thread->actionError(), QString());
        QVERIFY(app.column(kSheena, u"assignee_id"_s).isNull());
        QCOMPARE(app.column(kSheena, u"status"_s).toString(), u"open"_s);
        // Reading is not a change: no mark-read was tried (refused, it would be an actionError
        // above), and the unread count stays for the agents.
        QCOMPARE(app.column(kSheena, u"unread_count"_s).toInt(), 2);

        // Through the model anyway: the database refuses, the header says so.
        thread->resolve();
        QTRY_VERIFY_WITH_TIMEOUT(thread->actionError().contains(u"refused"_s), kTimeout);
        QVERIFY2(thread->actionError().contains(u"managers can read"_s),
                 qPrintable(thread->actionError()));
        QTRY_VERIFY(app.item(u"actionErrorBar"_s)->isVisible());
        QCOMPARE(app.column(kSheena, u"status"_s).toString(), u"open"_s);
        thread->assignToMe();
        QTRY_VERIFY_WITH_TIMEOUT(thread->actionError().contains(u"refused"_s), kTimeout);
        QVERIFY(app.column(kSheena, u"assignee_id"_s).isNull());
        // And straight to the database as the manager: SQLSTATE 42501.
        testsupport::Connection manager(app.person);
        try {
            inbox::setStatus(manager.db(), kSheena, u"resolved"_s);
            QFAIL("a manager resolved a conversation");
        } catch (const DatabaseError &error) {
            QCOMPARE(error.sqlState(), u"42501"_s);
        }
        QCOMPARE(app.column(kSheena, u"status"_s).toString(), u"open"_s);

        const QStringList messages = testsupport::takeMessages();
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    }

    /// Another agent opening the same conversation shows as "Also viewing"; ours is recorded
    /// while the conversation is open and removed when we move on.
    void presenceShowsWhoElseIsViewing()
    {
        App app(u"inbox_presence"_s);
        QVERIFY(app.ready());
        MessageListModel *thread = app.thread();
        app.key(Qt::Key_J);
        QTRY_COMPARE(thread->conversationId(), kPriya);
        QTRY_COMPARE_WITH_TIMEOUT(thread->contactName(), u"Priya Shah"_s, kTimeout);
        // Dana's private note and her reply, with her name.
        QQuickItem *messageList = app.item(u"messageList"_s);
        QTRY_COMPARE_WITH_TIMEOUT(messageList->property("count").toInt(), 3, kTimeout);
        QCOMPARE(thread->data(thread->index(1), MessageListModel::IsNoteRole).toBool(), true);
        QCOMPARE(thread->data(thread->index(2), MessageListModel::AuthorNameRole).toString(),
                 u"Dana Cohen"_s);
        QTRY_COMPARE(visibleItems(messageList, u"noteLabel"_s).size(), 1);
        QTRY_COMPARE(visibleItems(messageList, u"messageAuthor"_s).size(), 1);
        QQuickItem *viewers = app.item(u"viewersLabel"_s);
        QVERIFY(viewers);
        QVERIFY(!viewers->isVisible());

        // Our own presence row.
        const auto ourRows = [&](const QString &conversation) {
            return testsupport::Connection(app.config)
                .value(u"SELECT count(*) FROM opsdesk.conversation_viewers"
                       u" WHERE conversation_id = ?::uuid AND person_id = ?::uuid"_s,
                       {conversation, app.meId})
                .toInt();
        };
        QTRY_COMPARE_WITH_TIMEOUT(ourRows(kPriya), 1, kTimeout);

        // Dana opens it on her own connection (her own role).
        testsupport::Connection dana(app.dana);
        inbox::touchPresence(dana.db(), kPriya);
        QTRY_COMPARE_WITH_TIMEOUT(thread->viewersLabel(), u"Also viewing: Dana Cohen"_s, kTimeout);
        QTRY_VERIFY(viewers->isVisible());
        QVERIFY(viewers->property("text").toString().contains(u"Also viewing: Dana Cohen"_s));
        // Our own presence is never listed as someone else.
        QCOMPARE(thread->viewers(), QStringList{u"Dana Cohen"_s});

        // She leaves: the line goes.
        inbox::leavePresence(dana.db(), kPriya);
        QTRY_VERIFY_WITH_TIMEOUT(thread->viewersLabel().isEmpty(), kTimeout);
        QTRY_VERIFY(!viewers->isVisible());

        // We move on: our row moves with us.
        app.key(Qt::Key_J);
        QTRY_COMPARE(thread->conversationId(), kDan);
        QTRY_COMPARE_WITH_TIMEOUT(ourRows(kDan), 1, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(ourRows(kPriya), 0, kTimeout);

        // Leaving the page leaves the conversation too.
        app.key(Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(ourRows(kDan), 0, kTimeout);

        const QStringList messages = testsupport::takeMessages();
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    }
};

QTEST_MAIN(TestInbox)
#include "tst_inbox.moc"
