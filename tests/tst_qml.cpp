// The real QML user interface, offscreen, over a Workspace on a fresh database that holds some
// data, loaded exactly as app/opsdesk/main.cpp loads it. It must load and navigate without a
// single QML warning, show the Overview counters, switch pages with Ctrl+1/2/3, show a webhook
// event that arrives after load, mirror in right-to-left languages, and actually render.

#include "changefeed.h"
#include "database.h"
#include "signincontroller.h"
#include "workspace.h"

#include "messagerecorder.h"
#include "qmlharness.h"
#include "testconnection.h"
#include "testdatabase.h"

#include <QApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlEngineExtensionPlugin>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSet>
#include <QTest>

Q_IMPORT_QML_PLUGIN(OpsDeskModelsPlugin)
Q_IMPORT_QML_PLUGIN(OpsDeskUiPlugin)

using namespace Qt::StringLiterals;
using namespace opsdesk;
using testsupport::findByType;
using testsupport::findItem;
using testsupport::itemsBelow;
using testsupport::typeText;
using testsupport::visibleItems;

namespace {

constexpr int kTimeout = 15000;

/// Stores @p count webhook events received now, through a connection of its own.
void insertEvents(const DatabaseConfig &config, int count)
{
    testsupport::execAsSuperuser(config,
                                 u"INSERT INTO opsdesk.whatsapp_webhook_events"
                                 u"    (signature_valid, object, field, payload, raw_body)"
                                 u" SELECT true, 'whatsapp_business_account', 'messages', p,"
                                 u"        convert_to(p::text, 'UTF8')"
                                 u"   FROM (SELECT '%1'::jsonb AS p) AS s, generate_series(1, %2)"_s
                                     .arg(QString(testsupport::kTextEvent).replace(u'\'', u"''"_s))
                                     .arg(count));
}

/// Today's data: two open conversations (Sheena: inbound + our delivered reply; Dan: two
/// inbound), four webhook events and one failed delivery. Overview: 4 events, 3 inbound,
/// 1 failed, 2 open.
void seed(const DatabaseConfig &config)
{
    testsupport::execAsSuperuser(config, uR"(
WITH sheena AS (INSERT INTO opsdesk.contacts (wa_id, profile_name)
                VALUES ('16505551234', 'Sheena Nelson') RETURNING id),
     dan AS (INSERT INTO opsdesk.contacts (wa_id, profile_name)
             VALUES ('972541234567', 'Dan Levi') RETURNING id)
INSERT INTO opsdesk.conversations (id, contact_id, business_phone_id)
SELECT '00000000-0000-4000-8000-000000000001'::uuid, id, '106540352242922' FROM sheena
UNION ALL
SELECT '00000000-0000-4000-8000-000000000002'::uuid, id, '106540352242922' FROM dan;

INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, status, wa_message_id,
                              created_at)
VALUES ('00000000-0000-4000-8000-000000000001', 'inbound', 'text', 'Is my order on its way?',
        NULL, 'wamid.in1', now()),
       ('00000000-0000-4000-8000-000000000002', 'inbound', 'text', 'Shalom', NULL, 'wamid.in2',
        now()),
       ('00000000-0000-4000-8000-000000000002', 'inbound', 'text', 'Any news?', NULL,
        'wamid.in3', now());
INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, status, wa_message_id,
                              created_at)
VALUES ('00000000-0000-4000-8000-000000000001', 'outbound', 'text', 'Yes, it left today.',
        'delivered', 'wamid.out1', now() + interval '1 second');
INSERT INTO opsdesk.message_status_events (wa_message_id, status, occurred_at, error_code,
                                           error_title)
VALUES ('wamid.out2', 'failed', now(), 131026, 'Message undeliverable');
)"_s);
    insertEvents(config, 4);
}

const QString kSheena = u"00000000-0000-4000-8000-000000000001"_s;

/// The Overview's line of today's counts, as shown under its title.
QString todayLine(QQuickWindow *window)
{
    QQuickItem *header = findItem(window->contentItem(), u"overviewHeader"_s);
    return header ? header->property("subtitle").toString() : u"<no overviewHeader>"_s;
}

/// The number of distinct colours in @p image, sampled on a grid.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            colours.insert(image.pixel(x, y));
        }
    }
    return int(colours.size());
}

/// The running app, signed in as a person with @p role (the database owner seeds the data).
struct App : testsupport::Client {
    /// @p signInNow false: the window opens on the sign-in screen.
    explicit App(const QString &name, const QString &role = u"super_admin"_s, bool signInNow = true)
        : Client(u"overview"_s)
        , config(testsupport::freshDatabase(name))
    {
        seed(config);
        person = testsupport::createPerson(config, name + u"_"_s + role, role);
        if (signInNow) {
            startSession(person);
        }
    }

    DatabaseConfig config; ///< the database owner
    DatabaseConfig person; ///< the signed-in person
};

} // namespace

class TestQml : public QObject
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

    void cleanup()
    {
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        testsupport::takeMessages();
    }

    void loadsNavigatesAndStaysLive()
    {
        App app(u"qml_main"_s);
        QVERIFY(app.window);
        app.window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(app.window));

        // The Overview counts today's activity, and shows it.
        auto *overview = app.workspace->overview();
        QTRY_VERIFY_WITH_TIMEOUT(overview->loaded(), kTimeout);
        QCOMPARE(overview->webhookEventsToday(), qint64(4));
        QCOMPARE(overview->inboundMessagesToday(), qint64(3));
        QCOMPARE(overview->failedDeliveriesToday(), qint64(1));
        QCOMPARE(overview->openConversations(), qint64(2));
        QTRY_COMPARE_WITH_TIMEOUT(
            todayLine(app.window),
            u"Today — webhook events: 4 · inbound messages: 3 · failed deliveries: 1"_s, kTimeout);

        // Ctrl+2: Conversations, with both conversations listed.
        QQuickItem *pages = app.item(u"pages"_s);
        QVERIFY(pages);
        QCOMPARE(pages->property("currentIndex").toInt(), 0);
        QTest::keyClick(app.window, Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(pages->property("currentIndex").toInt(), 1);
        QQuickItem *conversationList = app.item(u"conversationList"_s);
        QVERIFY(conversationList);
        QTRY_VERIFY(conversationList->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(conversationList->property("count").toInt(), 2, kTimeout);

        // Open Sheena's thread: our reply shows two (delivered, not read) ticks.
        app.workspace->thread()->setConversationId(kSheena);
        QQuickItem *messageList = app.item(u"messageList"_s);
        QVERIFY(messageList);
        QTRY_COMPARE_WITH_TIMEOUT(messageList->property("count").toInt(), 2, kTimeout);
        QTRY_VERIFY(messageList->isVisible());
        auto *contactName = app.item(u"threadContactName"_s);
        QVERIFY(contactName);
        QCOMPARE(contactName->property("text").toString(), u"Sheena Nelson"_s);
        QStringList ticks;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                ticks.clear();
                for (QQuickItem *item : visibleItems(messageList, u"ticks"_s)) {
                    ticks << item->property("text").toString();
                }
                return !ticks.isEmpty();
            }(),
            kTimeout);
        QCOMPARE(ticks, QStringList{u"✓✓"_s});

        // Ctrl+3: Webhook events, all four listed.
        QTest::keyClick(app.window, Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(pages->property("currentIndex").toInt(), 2);
        QQuickItem *eventList = app.item(u"eventList"_s);
        QVERIFY(eventList);
        QTRY_VERIFY(eventList->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(eventList->property("count").toInt(), 4, kTimeout);

        // Selecting an event shows its payload.
        const qint64 first = app.workspace->webhookEvents()
                                 ->data(app.workspace->webhookEvents()->index(0, 0),
                                        WebhookEventListModel::EventIdRole)
                                 .toLongLong();
        app.workspace->webhookEvents()->selectEvent(first);
        QQuickItem *payload = app.item(u"payloadView"_s);
        QVERIFY(payload);
        QTRY_VERIFY_WITH_TIMEOUT(payload->property("text").toString().contains(u"Sheena Nelson"_s),
                                 kTimeout);

        // A webhook event arrives while the user watches: it is listed, and counted.
        QTRY_COMPARE_WITH_TIMEOUT(app.workspace->feedState(), Workspace::FeedState::Live, kTimeout);
        insertEvents(app.config, 1);
        QTRY_COMPARE_WITH_TIMEOUT(eventList->property("count").toInt(), 5, kTimeout);

        // Ctrl+1: back to the Overview, with the new event counted.
        QTest::keyClick(app.window, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(pages->property("currentIndex").toInt(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(todayLine(app.window).startsWith(u"Today — webhook events: 5 "_s),
                                 kTimeout);

        // Left to right: the sidebar leads.
        QQuickItem *sidebar = findByType(app.window->contentItem(), "Sidebar");
        QVERIFY(sidebar);
        QVERIFY(sidebar->mapToScene({0, 0}).x() < pages->mapToScene({0, 0}).x());

        // It rendered: the dark sidebar on the left, the light page beside it.
        const QImage image = app.window->grabWindow();
        QVERIFY(!image.isNull());
        const int colours = distinctColours(image);
        QVERIFY2(colours > 10, qPrintable(u"only %1 colours"_s.arg(colours)));
        QCOMPARE(QColor(image.pixel(4, image.height() / 2)), QColor(u"#1f2a33"_s));
        QCOMPARE(QColor(image.pixel(image.width() - 4, 4)), QColor(u"#f4f6f8"_s));

        const QStringList messages = testsupport::takeMessages();
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    }

    void mirrorsRightToLeft()
    {
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        App app(u"qml_rtl"_s);
        QVERIFY(app.window);
        QVERIFY(QTest::qWaitForWindowExposed(app.window));
        QTRY_VERIFY_WITH_TIMEOUT(app.workspace->overview()->loaded(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(todayLine(app.window).contains(u"inbound messages: 3 "_s), kTimeout);

        QQuickItem *pages = app.item(u"pages"_s);
        QQuickItem *sidebar = findByType(app.window->contentItem(), "Sidebar");
        QVERIFY(pages);
        QVERIFY(sidebar);
        // The sidebar is on the right, the pages on the left.
        QVERIFY2(sidebar->mapToScene({0, 0}).x() > pages->mapToScene({0, 0}).x(),
                 qPrintable(u"sidebar x %1, pages x %2"_s.arg(sidebar->mapToScene({0, 0}).x())
                                .arg(pages->mapToScene({0, 0}).x())));

        const QImage image = app.window->grabWindow();
        QVERIFY(!image.isNull());
        QCOMPARE(QColor(image.pixel(image.width() - 4, image.height() / 2)), QColor(u"#1f2a33"_s));
        QCOMPARE(QColor(image.pixel(4, 4)), QColor(u"#f4f6f8"_s));

        const QStringList messages = testsupport::takeMessages();
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    }

    /// The window opens on the sign-in screen; a wrong password says so and keeps the person
    /// there; the right one (typed, then Enter) opens the workspace; signing out comes back.
    void signsInTypingAndSignsOut()
    {
        App app(u"qml_signin"_s, u"manager"_s, false);
        QVERIFY(app.window);
        app.window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(app.window));
        app.signIn->setForm(app.person);
        QVERIFY(!app.workspace->signedIn());
        QQuickItem *password = app.item(u"passwordField"_s);
        QVERIFY(password);
        QVERIFY(password->isVisible());
        QVERIFY(!app.item(u"sidebar"_s));

        password->forceActiveFocus();
        typeText(app.window, u"not-it"_s);
        QTest::keyClick(app.window, Qt::Key_Return);
        QQuickItem *error = app.item(u"signInErrorText"_s);
        QVERIFY(error);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kTimeout);
        QVERIFY2(error->property("text").toString().contains(u"password is wrong"_s),
                 qPrintable(error->property("text").toString()));
        QVERIFY(!app.workspace->signedIn());

        password->forceActiveFocus();
        typeText(app.window, app.person.password);
        QTest::keyClick(app.window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(app.workspace->signedIn(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(app.item(u"sidebar"_s), kTimeout);
        QCOMPARE(app.workspace->role(), u"manager"_s);
        // A manager reads the audit trail but manages nobody.
        QTRY_VERIFY(app.item(u"navAudit"_s) && app.item(u"navAudit"_s)->isVisible());
        QVERIFY(!app.item(u"navUsers"_s)->isVisible());
        QVERIFY(!app.item(u"navApiKeys"_s)->isVisible());

        QQuickItem *signOut = app.item(u"signOutButton"_s);
        QVERIFY(signOut);
        QMetaObject::invokeMethod(signOut, "clicked");
        QTRY_VERIFY_WITH_TIMEOUT(!app.workspace->signedIn(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(app.item(u"passwordField"_s), kTimeout);
        QVERIFY(!app.item(u"sidebar"_s));
    }

    /// The audit trail's click-through to a person opens People with that person shown and
    /// highlighted, even when a filter would have hidden them; the same for an API key.
    void openingPeopleAtAPersonHighlightsThem()
    {
        App app(u"qml_focus"_s);
        QVERIFY(app.window);
        QVERIFY(QTest::qWaitForWindowExposed(app.window));
        testsupport::createPerson(app.config, u"qml_focus_target"_s, u"support"_s);
        QTRY_VERIFY_WITH_TIMEOUT(app.item(u"sidebar"_s), kTimeout);
        // Navigation is a QML singleton: reach it through Main.qml's own imports.
        QObject *root = app.engine->rootObjects().constFirst();
        QQmlExpression lookup(qmlContext(root), root, u"Navigation"_s);
        QObject *navigation = lookup.evaluate().value<QObject *>();
        QVERIFY(navigation);
        // A filter that hides the person, then the click-through.
        QVERIFY(QMetaObject::invokeMethod(navigation, "open", Q_ARG(QString, u"users"_s)));
        QQuickItem *filter = app.item(u"peopleFilter"_s);
        QVERIFY(filter);
        filter->setProperty("text", u"nobody-matches-this"_s);
        const QString id = testsupport::Connection(app.config)
                               .value(u"SELECT id::text FROM opsdesk.admin_users "
                                      u"WHERE db_role = 'qml_focus_target'"_s)
                               .toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(QMetaObject::invokeMethod(navigation, "openAt", Q_ARG(QString, u"users"_s),
                                          Q_ARG(QString, id)));
        const auto focusedRow = [&] {
            for (QQuickItem *item : itemsBelow(app.window->contentItem())) {
                if (item->property("personId").toString() == id) {
                    return item->property("focused").toBool() && item->isVisible();
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(focusedRow(), kTimeout);
        QCOMPARE(filter->property("text").toString(), QString());
        QCOMPARE(navigation->property("focusId").toString(), QString());

        // The same for an API key.
        const QString keyId =
            testsupport::Connection(app.config)
                .value(u"INSERT INTO opsdesk.api_keys (prefix, secret_hash, name, scopes) VALUES "
                       u"('odk_focus0001', sha256('x'::bytea), 'Focus', '{metrics:write}') "
                       u"RETURNING id::text"_s)
                .toString();
        QVERIFY(QMetaObject::invokeMethod(navigation, "openAt", Q_ARG(QString, u"apikeys"_s),
                                          Q_ARG(QString, keyId)));
        const auto focusedKey = [&] {
            for (QQuickItem *item : itemsBelow(app.window->contentItem())) {
                if (item->property("keyId").toString() == keyId) {
                    return item->property("focused").toBool() && item->isVisible();
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(focusedKey(), kTimeout);
    }

    /// Support sees only what support may use: no audit trail, people or API keys, and the
    /// shortcuts to them do nothing.
    void supportSeesOnlySupportPages()
    {
        App app(u"qml_support"_s, u"support"_s);
        QVERIFY(app.window);
        app.window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(app.window));
        QTRY_VERIFY_WITH_TIMEOUT(app.item(u"sidebar"_s), kTimeout);
        QVERIFY(app.item(u"navConversations"_s)->isVisible());
        QVERIFY(!app.item(u"navAudit"_s)->isVisible());
        QVERIFY(!app.item(u"navUsers"_s)->isVisible());
        QVERIFY(!app.item(u"navApiKeys"_s)->isVisible());
        QQuickItem *pages = app.item(u"pages"_s);
        QTest::keyClick(app.window, Qt::Key_4, Qt::ControlModifier);
        QTest::keyClick(app.window, Qt::Key_5, Qt::ControlModifier);
        QTest::qWait(100);
        QCOMPARE(pages->property("currentIndex").toInt(), 0);
        QTest::keyClick(app.window, Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(pages->property("currentIndex").toInt(), 1);
    }
};

QTEST_MAIN(TestQml)
#include "tst_qml.moc"
