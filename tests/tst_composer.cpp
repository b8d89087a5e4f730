// The composer over a real, throwaway PostgreSQL, driven through the real QML offscreen:
// Enter queues a reply (a queued message and its send job), Shift+Enter starts a new line, the
// counter counts what WhatsApp counts and 4,097 characters disable Send; the 24-hour customer
// service window at its boundaries (23:59:59 after the customer's message the composer is open
// and closes by itself a second later; at 24:00:01 it offers only templates, and a template with
// parameters goes out with the text the picker previewed); private notes are stored, look
// different and are never sent; "/thanks" + Tab inserts a canned response; canned responses are
// added, checked, changed and deleted on their page; a manager gets a read-only composer and the
// database refuses them anyway. Template previews are rendered in C++ exactly as the database
// renders them. No QML warnings anywhere, in either layout direction.

#include "cannedresponsemodel.h"
#include "composercontroller.h"
#include "database.h"
#include "templatelistmodel.h"
#include "workspace.h"

#include "messagerecorder.h"
#include "qmlharness.h"
#include "testconnection.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlApplicationEngine>
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
using testsupport::itemsBelow;
using testsupport::Session;

namespace {

constexpr int kTimeout = 15000;
constexpr auto kTesterMode = QAbstractItemModelTester::FailureReportingMode::QtTest;

/// A window of QML @p qml over @p session's Workspace (popups and dialogs included in lookups).
struct Ui {
    Ui(Session &session, const char *qml)
    {
        Workspace::setInstance(&session.workspace);
        window = testsupport::loadWindow(engine, qml);
        if (window) {
            window->requestActivate();
            ready = QTest::qWaitForWindowActive(window);
        }
    }
    ~Ui() { Workspace::setInstance(nullptr); }

    /// The first item named @p objectName, shown or not.
    [[nodiscard]] QQuickItem *item(const QString &objectName) const
    {
        return testsupport::findItem(window->contentItem(), objectName);
    }
    /// The first visible item named @p objectName.
    [[nodiscard]] QQuickItem *shown(const QString &objectName) const
    {
        return testsupport::findVisible(window->contentItem(), objectName);
    }
    [[nodiscard]] bool isShown(const QString &objectName) const
    {
        return shown(objectName) != nullptr;
    }
    /// The visible item named @p objectName in the list row whose shortcut is @p shortcut.
    [[nodiscard]] QQuickItem *shownIn(const QString &shortcut, const QString &objectName) const
    {
        const auto items = itemsBelow(window->contentItem());
        for (QQuickItem *row : items) {
            if (row->property("shortcut").toString() == shortcut && row->isVisible()) {
                if (QQuickItem *found = testsupport::findVisible(row, objectName)) {
                    return found;
                }
            }
        }
        return nullptr;
    }
    void clickItem(QQuickItem *target) const
    {
        QVERIFY(target);
        testsupport::clickItem(window, target);
    }
    void click(const QString &objectName) const
    {
        QQuickItem *target = shown(objectName);
        QVERIFY2(target, qPrintable(objectName));
        clickItem(target);
    }
    void type(const QString &text) const { testsupport::typeText(window, text); }
    [[nodiscard]] QString text(const QString &objectName) const
    {
        QQuickItem *found = item(objectName);
        return found ? found->property("text").toString() : u"<no %1>"_s.arg(objectName);
    }
    /// Saves a picture of the window to $OPSDESK_SCREENSHOTS/@p name.png when that is set.
    void screenshot(const QString &name) const
    {
        const QString folder = qEnvironmentVariable("OPSDESK_SCREENSHOTS");
        if (folder.isEmpty()) {
            return;
        }
        QDir().mkpath(folder);
        QTest::qWait(50); // one frame for the last change
        window->grabWindow().save(folder + u'/' + name + u".png"_s);
    }

    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;
    bool ready = false; ///< loaded, shown and active
};

/// The composer at the bottom of a window, as under a thread.
const char *kComposerHost = R"(
import QtQuick
import QtQuick.Controls
import OpsDesk
ApplicationWindow {
    width: 960
    height: 640
    visible: true
    color: Theme.background
    LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true
    // Main.qml's palette, so the pictures look like the application.
    palette.window: Theme.background
    palette.base: Theme.surface
    palette.text: Theme.text
    palette.windowText: Theme.text
    palette.button: Theme.surfaceRaised
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.dark: Theme.accent
    palette.brightText: "white"
    property alias conversationId: composer.conversationId
    Composer {
        id: composer
        objectName: "composer"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
    }
}
)";

const char *kCannedPageHost = R"(
import QtQuick
import QtQuick.Controls
import OpsDesk
ApplicationWindow {
    width: 1100
    height: 700
    visible: true
    LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true
    palette.window: Theme.background
    palette.base: Theme.surface
    palette.text: Theme.text
    palette.windowText: Theme.text
    palette.button: Theme.surfaceRaised
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.dark: Theme.accent
    palette.brightText: "white"
    CannedResponsesPage { anchors.fill: parent }
}
)";

/// Templates (one paused, so never offered) and canned responses every test starts with.
void seed(const DatabaseConfig &owner)
{
    testsupport::execAsSuperuser(owner, uR"(
INSERT INTO opsdesk.message_templates (name, language, category, status, components) VALUES
 ('order_update', 'en_US', 'UTILITY', 'APPROVED',
  '[{"type": "HEADER", "format": "TEXT", "text": "Order update"},
    {"type": "BODY", "text": "Hi {{1}}, your order {{2}} is on its way."},
    {"type": "FOOTER", "text": "Reply STOP to opt out"}]'),
 ('welcome_back', 'en_US', 'MARKETING', 'APPROVED',
  '[{"type": "BODY", "text": "Welcome back! We are here to help."}]'),
 ('render_check', 'en_US', 'UTILITY', 'APPROVED',
  '[{"type": "BODY", "text": "A {{1}} B {{ 2 }} C {{1}} D {{10}} E {{3}}"},
    {"type": "FOOTER", "text": "end"}]'),
 ('paused_promo', 'en_US', 'MARKETING', 'PAUSED',
  '[{"type": "BODY", "text": "Sale {{1}}"}]');
INSERT INTO opsdesk.canned_responses (shortcut, title, body) VALUES
 ('thanks', 'Thank you', 'Thank you for your patience! Is there anything else I can help with?'),
 ('tracking', 'Tracking link', 'You can follow your parcel here: https://example.com/track'),
 ('refund', 'Refund started', 'Your refund is on its way; it takes 3-5 business days.');
)"_s);
}

} // namespace

class TestComposer : public QObject
{
    Q_OBJECT

private:
    DatabaseConfig m_owner;
    DatabaseConfig m_support;
    DatabaseConfig m_manager;
    QString m_supportId;
    int m_contacts = 0;

    /// A new conversation whose customer last wrote @p ago (an SQL interval; empty: never).
    QString conversation(const QString &ago)
    {
        ++m_contacts;
        testsupport::Connection owner(m_owner);
        return owner
            .value(u"WITH c AS (INSERT INTO opsdesk.contacts (wa_id, profile_name)"
                   u"           VALUES (?, ?) RETURNING id)"
                   u" INSERT INTO opsdesk.conversations (contact_id, business_phone_id,"
                   u"                                    last_inbound_at)"
                   u" SELECT id, '106540352242922', now() - nullif(?, '')::interval FROM c"
                   u" RETURNING id::text"_s,
                   {u"1650555%1"_s.arg(m_contacts, 4, 10, QChar(u'0')),
                    u"Customer %1"_s.arg(m_contacts), ago})
            .toString();
    }

    /// The messages of @p conversationId: [kind, body, status, author_id, has a send job].
    QList<QVariantList> messages(const QString &conversationId)
    {
        return testsupport::Connection(m_owner).rows(
            u"SELECT m.kind, m.body, coalesce(m.status, ''), m.author_id::text,"
            u"       EXISTS (SELECT FROM opsdesk.jobs j WHERE j.queue = 'whatsapp.send'"
            u"                 AND j.payload->>'message_id' = m.id::text AND j.status = 'queued')"
            u"  FROM opsdesk.messages m WHERE m.conversation_id = ?::uuid ORDER BY m.created_at"_s,
            {conversationId});
    }

    static ComposerController *controllerOf(const Ui &ui)
    {
        QQuickItem *composer = ui.item(u"composer"_s);
        return composer ? composer->property("composerController").value<ComposerController *>()
                        : nullptr;
    }

    static void noWarnings()
    {
        const QStringList messages = testsupport::takeMessages();
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Basic"_s);
        testsupport::startRecordingMessages();
        m_owner = testsupport::freshDatabase(u"composer"_s);
        m_support = testsupport::createPerson(m_owner, u"sam_composer"_s, u"support"_s);
        m_manager = testsupport::createPerson(m_owner, u"mia_composer"_s, u"manager"_s);
        seed(m_owner);
        m_supportId = testsupport::Connection(m_owner)
                          .value(u"SELECT id::text FROM opsdesk.admin_users"
                                 u" WHERE db_role = 'sam_composer'"_s)
                          .toString();
        QVERIFY(!m_supportId.isEmpty());
    }

    void cleanupTestCase() { testsupport::stopRecordingMessages(); }

    void init() { testsupport::takeMessages(); }

    void cleanup() { QGuiApplication::setLayoutDirection(Qt::LeftToRight); }

    /// The picker's preview is the text the database stores, also for parameters that look like
    /// regular-expression replacements, placeholders or backslashes; and the list is live.
    void templatePreviewMatchesTheDatabase()
    {
        Session session(m_support);
        QVERIFY(session.live());
        TemplateListModel model;
        QAbstractItemModelTester tester(&model, kTesterMode);
        model.setWorkspace(&session.workspace);
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), kTimeout);
        QCOMPARE(model.errorString(), QString());
        QCOMPARE(model.rowCount(), 3); // the paused template is not offered
        QCOMPARE(model.rowOf(u"paused_promo"_s, u"en_US"_s), -1);

        const int row = model.rowOf(u"render_check"_s, u"en_US"_s);
        QVERIFY(row >= 0);
        QCOMPARE(model.data(model.index(row), TemplateListModel::ParameterCountRole).toInt(), 10);
        const QStringList parameters{u"\\1"_s, u"{{1}}"_s, u"$1 & \\\\"_s, u"4"_s, u"5"_s,
                                     u"6"_s,   u"7"_s,     u"8"_s,         u"9"_s, u"ten"_s};
        const QString expected =
            testsupport::Connection(m_owner)
                .value(u"SELECT opsdesk.render_template(components,"
                       u"       ARRAY(SELECT jsonb_array_elements_text(?::jsonb)))"
                       u"  FROM opsdesk.message_templates WHERE name = 'render_check'"_s,
                       {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(parameters))
                                              .toJson(QJsonDocument::Compact))})
                .toString();
        QVERIFY(expected.startsWith(u"A \\1 B \\1 C"_s)); // {{1}} inside {{2}} is filled too
        QCOMPARE(model.preview(row, parameters), expected);

        // Selected, with parameters typed one by one; unfilled ones stay {{n}}.
        model.select(model.rowOf(u"order_update"_s, u"en_US"_s));
        QVERIFY(model.hasSelection());
        QCOMPARE(model.selectedParameterCount(), 2);
        QVERIFY(!model.readyToSend());
        model.setParameter(0, u" Sheena "_s);
        QCOMPARE(model.selectedPreview(),
                 u"Order update\n\nHi Sheena, your order {{2}} is on its way.\n\n"
                 u"Reply STOP to opt out"_s);
        QCOMPARE(model.parametersProblem(), u"Fill in {{2}}."_s);
        model.setParameter(1, u"two\nlines"_s);
        QVERIFY(!model.readyToSend()); // the Cloud API refuses line breaks in parameters
        model.setParameter(1, u"A-1001"_s);
        QVERIFY(model.readyToSend());
        QCOMPARE(model.parametersToSend(), (QStringList{u"Sheena"_s, u"A-1001"_s}));

        // Live: a template approved elsewhere appears; one paused disappears, and with it the
        // selection.
        testsupport::execAsSuperuser(
            m_owner, u"INSERT INTO opsdesk.message_templates (name, language, category, status,"
                     u" components) VALUES ('late_arrival', 'de_DE', 'UTILITY', 'APPROVED',"
                     u" '[{\"type\": \"BODY\", \"text\": \"Hallo {{1}}\"}]')"_s);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(u"late_arrival"_s, u"de_DE"_s) >= 0, kTimeout);
        testsupport::execAsSuperuser(m_owner, u"UPDATE opsdesk.message_templates SET status ="
                                              u" 'PAUSED' WHERE name = 'order_update'"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowOf(u"order_update"_s, u"en_US"_s), -1, kTimeout);
        QVERIFY(!model.hasSelection());
        testsupport::execAsSuperuser(
            m_owner, u"UPDATE opsdesk.message_templates SET status = 'APPROVED'"
                     u" WHERE name = 'order_update';"
                     u" DELETE FROM opsdesk.message_templates WHERE name = 'late_arrival'"_s);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(u"order_update"_s, u"en_US"_s) >= 0 &&
                                     model.rowOf(u"late_arrival"_s, u"de_DE"_s) < 0,
                                 kTimeout);
        QCOMPARE(model.rowCount(), 3);

        // The filter narrows by name.
        model.setFilterText(u"ORDER"_s);
        QCOMPARE(model.rowCount(), 1);
        model.setFilterText({});
        QCOMPARE(model.rowCount(), 3);
    }

    /// Window open: typed text, Shift+Enter for a new line, Enter queues it (message and send
    /// job); the counter counts characters as WhatsApp does and 4,097 disable Send.
    void enterQueuesAReply()
    {
        const QString id = conversation(u"1 hour"_s);
        Session session(m_support);
        QVERIFY(session.live());
        Ui ui(session, kComposerHost);
        QVERIFY(ui.ready);
        ui.window->setProperty("conversationId", id);
        auto *controller = controllerOf(ui);
        QVERIFY(controller);
        QTRY_VERIFY_WITH_TIMEOUT(controller->windowKnown(), kTimeout);
        QVERIFY(controller->windowOpen());
        QVERIFY(!ui.isShown(u"composerClosedBanner"_s));
        QQuickItem *input = ui.shown(u"composerInput"_s);
        QVERIFY(input);
        QVERIFY(input->isEnabled());
        QQuickItem *send = ui.shown(u"composerSend"_s);
        QVERIFY(send);
        QVERIFY(!send->isEnabled()); // nothing to send yet
        QCOMPARE(ui.text(u"composerCounter"_s), u"0 / 4,096"_s);

        QVERIFY(QMetaObject::invokeMethod(ui.item(u"composer"_s), "focusInput"));
        QTRY_VERIFY(input->hasActiveFocus());
        ui.type(u"Hello"_s);
        QTest::keyClick(ui.window, Qt::Key_Return, Qt::ShiftModifier);
        ui.type(u"there"_s);
        QCOMPARE(input->property("text").toString(), u"Hello\nthere"_s);
        QCOMPARE(ui.text(u"composerCounter"_s), u"11 / 4,096"_s);
        QVERIFY(messages(id).isEmpty()); // Shift+Enter sent nothing
        QVERIFY(send->isEnabled());
        ui.screenshot(u"composer-reply"_s);

        QSignalSpy sent(controller, &ComposerController::sent);
        QTest::keyClick(ui.window, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, kTimeout);
        const auto stored = messages(id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0][0].toString(), u"text"_s);
        QCOMPARE(stored[0][1].toString(), u"Hello\nthere"_s);
        QCOMPARE(stored[0][2].toString(), u"queued"_s);
        QCOMPARE(stored[0][3].toString(), m_supportId);
        QVERIFY(stored[0][4].toBool()); // its send job waits for a worker
        QCOMPARE(input->property("text").toString(), QString());
        QCOMPARE(ui.text(u"composerCounter"_s), u"0 / 4,096"_s);
        QVERIFY(!ui.isShown(u"composerError"_s));

        // WhatsApp counts characters, not UTF-16 units: an emoji is one.
        input->setProperty("text", u"👍"_s);
        QCOMPARE(ui.text(u"composerCounter"_s), u"1 / 4,096"_s);

        // 4,096 fit; 4,097 do not: Send is disabled, the counter turns red and Enter does nothing.
        QQuickItem *counter = ui.shown(u"composerCounter"_s);
        const auto normal = counter->property("color").value<QColor>();
        input->setProperty("text", QString(4096, u'a'));
        QCOMPARE(ui.text(u"composerCounter"_s), u"4,096 / 4,096"_s);
        QVERIFY(send->isEnabled());
        QCOMPARE(counter->property("color").value<QColor>(), normal);
        input->setProperty("text", QString(4097, u'a'));
        QCOMPARE(ui.text(u"composerCounter"_s), u"4,097 / 4,096"_s);
        QVERIFY(controller->overLimit());
        QVERIFY(!send->isEnabled());
        QCOMPARE(counter->property("color").value<QColor>(), QColor(u"#c9302c"_s)); // danger
        input->forceActiveFocus();
        QTest::keyClick(ui.window, Qt::Key_Return);
        QTest::qWait(300);
        QCOMPARE(messages(id).size(), 1);
        ui.screenshot(u"composer-over-limit"_s);

        // Drafts stay with their conversation.
        const QString other = conversation(u"2 hours"_s);
        input->setProperty("text", u"Draft for the first customer"_s);
        ui.window->setProperty("conversationId", other);
        QCOMPARE(input->property("text").toString(), QString());
        ui.window->setProperty("conversationId", id);
        QCOMPARE(input->property("text").toString(), u"Draft for the first customer"_s);
        noWarnings();
    }

    /// 23:59:59 after the customer's last message the composer is open, and it closes by itself
    /// when the 24 hours are up.
    void windowOpenAtTheLastSecond()
    {
        Session session(m_support);
        QVERIFY(session.live());
        Ui ui(session, kComposerHost);
        QVERIFY(ui.ready);
        auto *controller = controllerOf(ui);
        QVERIFY(controller);
        const QString id = conversation(u"23 hours 59 minutes 59 seconds"_s);
        QElapsedTimer clock;
        clock.start();
        ui.window->setProperty("conversationId", id);
        QTRY_VERIFY_WITH_TIMEOUT(controller->windowKnown(), kTimeout);
        QVERIFY2(clock.elapsed() < 800, "the conversation took too long to load to test this");
        QVERIFY(controller->windowOpen());
        QVERIFY(ui.item(u"composerInput"_s)->isEnabled());
        QVERIFY(ui.isShown(u"composerInput"_s));
        QVERIFY(!ui.isShown(u"composerClosedBanner"_s));

        QTRY_VERIFY_WITH_TIMEOUT(ui.isShown(u"composerClosedBanner"_s), 5000);
        QVERIFY2(clock.elapsed() >= 800, qPrintable(u"closed after %1 ms"_s.arg(clock.elapsed())));
        QVERIFY(!ui.item(u"composerInput"_s)->isEnabled());
        QVERIFY(!controller->windowOpen());
        noWarnings();
    }

    /// 24:00:01 after the customer's last message: no free text (the composer says why and
    /// since when), the template picker instead, and the template goes out with the text its
    /// preview showed. Free text sent anyway is refused by the database, in its words.
    void windowClosedOffersTemplates()
    {
        const QString id = conversation(u"24 hours 1 second"_s);
        Session session(m_support);
        QVERIFY(session.live());
        Ui ui(session, kComposerHost);
        QVERIFY(ui.ready);
        ui.window->setProperty("conversationId", id);
        auto *controller = controllerOf(ui);
        QVERIFY(controller);
        QTRY_VERIFY_WITH_TIMEOUT(ui.isShown(u"composerClosedBanner"_s), kTimeout);
        QVERIFY(!ui.item(u"composerInput"_s)->isEnabled());
        QVERIFY(!ui.isShown(u"composerInput"_s));
        const QDateTime closedAt = testsupport::Connection(m_owner)
                                       .value(u"SELECT last_inbound_at + interval '24 hours'"
                                              u"  FROM opsdesk.conversations WHERE id = ?::uuid"_s,
                                              {id})
                                       .toDateTime();
        QCOMPARE(ui.text(u"composerClosedReason"_s),
                 u"The 24-hour customer service window closed on %1. WhatsApp only allows "
                 u"approved templates now."_s.arg(
                     QLocale().toString(closedAt.toLocalTime(), u"d MMM, HH:mm"_s)));
        ui.screenshot(u"composer-window-closed"_s);

        // Esc cancels the picker (opened with Ctrl+T).
        QTest::keyClick(ui.window, Qt::Key_T, Qt::ControlModifier);
        QTRY_VERIFY(ui.isShown(u"templateSearch"_s));
        QTest::keyClick(ui.window, Qt::Key_Escape);
        QTRY_VERIFY(!ui.isShown(u"templateSearch"_s));

        // Choose template…: found by name, parameters filled, preview as the customer reads it.
        ui.click(u"composerChooseTemplate"_s);
        QTRY_VERIFY(ui.isShown(u"templateSearch"_s));
        QTRY_VERIFY(ui.shown(u"templateSearch"_s)->hasActiveFocus());
        QQuickItem *list = ui.shown(u"templateList"_s);
        QVERIFY(list);
        QTRY_COMPARE_WITH_TIMEOUT(list->property("count").toInt(), 3, kTimeout);
        QQuickItem *sendTemplate = ui.shown(u"templateSendButton"_s);
        QVERIFY(sendTemplate);
        QVERIFY(!sendTemplate->isEnabled());
        ui.type(u"order"_s);
        QTRY_COMPARE(list->property("count").toInt(), 1);
        QTRY_VERIFY(ui.isShown(u"template_order_update"_s));
        ui.click(u"template_order_update"_s);
        QTRY_VERIFY(ui.isShown(u"templateParameter2"_s));
        QTRY_VERIFY(ui.shown(u"templateParameter1"_s)->hasActiveFocus());
        QVERIFY(!sendTemplate->isEnabled());
        ui.type(u"Sheena"_s);
        QCOMPARE(ui.text(u"templatePreview"_s),
                 u"Order update\n\nHi Sheena, your order {{2}} is on its way.\n\n"
                 u"Reply STOP to opt out"_s);
        QVERIFY(!sendTemplate->isEnabled()); // {{2}} is still empty
        ui.click(u"templateParameter2"_s);
        ui.type(u"A-1001"_s);
        const QString preview = ui.text(u"templatePreview"_s);
        QCOMPARE(preview, u"Order update\n\nHi Sheena, your order A-1001 is on its way.\n\n"
                          u"Reply STOP to opt out"_s);
        QTRY_VERIFY(sendTemplate->isEnabled());
        ui.screenshot(u"template-picker"_s);

        QSignalSpy sent(controller, &ComposerController::sent);
        ui.click(u"templateSendButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, kTimeout);
        QTRY_VERIFY(!ui.isShown(u"templateSearch"_s));
        auto stored = messages(id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0][0].toString(), u"template"_s);
        QCOMPARE(stored[0][1].toString(), preview);
        QCOMPARE(stored[0][2].toString(), u"queued"_s);
        QVERIFY(stored[0][4].toBool());

        // Free text anyway (not through the UI, which offers none): refused by the database,
        // whose words are shown; the text stays and the composer stays template-only.
        controller->setText(u"Are you still there?"_s);
        controller->send();
        QTRY_VERIFY_WITH_TIMEOUT(!controller->errorString().isEmpty(), kTimeout);
        QVERIFY2(controller->errorString().contains(u"customer service window closed"_s),
                 qPrintable(controller->errorString()));
        QTRY_VERIFY(ui.isShown(u"composerError"_s));
        QCOMPARE(controller->text(), u"Are you still there?"_s);
        QVERIFY(controller->templateOnly());
        QCOMPARE(messages(id).size(), 1);
        noWarnings();
    }

    /// A private note: written even with the window closed, visibly different, stored as a note
    /// and never sent (no job).
    void notesAreNeverSent()
    {
        const QString id = conversation(u"3 days"_s);
        Session session(m_support);
        QVERIFY(session.live());
        Ui ui(session, kComposerHost);
        QVERIFY(ui.ready);
        ui.window->setProperty("conversationId", id);
        QTRY_VERIFY_WITH_TIMEOUT(ui.isShown(u"composerClosedBanner"_s), kTimeout);
        QQuickItem *composer = ui.item(u"composer"_s);
        const auto replyColour = composer->property("color").value<QColor>();

        ui.click(u"composerNoteMode"_s);
        QTRY_VERIFY(!ui.isShown(u"composerClosedBanner"_s));
        QQuickItem *input = ui.shown(u"composerInput"_s);
        QVERIFY(input);
        QVERIFY(input->isEnabled());
        QTRY_VERIFY(input->hasActiveFocus());
        QVERIFY(ui.text(u"composerModeHint"_s).startsWith(u"Only your team sees notes"_s));
        const auto noteColour = composer->property("color").value<QColor>();
        QCOMPARE(noteColour, QColor(u"#fff4c2"_s)); // the notes' amber, as in the thread
        QVERIFY(noteColour != replyColour);
        QCOMPARE(ui.text(u"composerSend"_s), u"Add note"_s);
        ui.type(u"Called the customer, refund promised"_s);
        ui.screenshot(u"composer-note"_s);
        QTest::keyClick(ui.window, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(messages(id).size(), 1, kTimeout);
        const auto stored = messages(id);
        QCOMPARE(stored[0][0].toString(), u"note"_s);
        QCOMPARE(stored[0][1].toString(), u"Called the customer, refund promised"_s);
        QCOMPARE(stored[0][2].toString(), QString()); // no delivery status: never sent
        QCOMPARE(stored[0][3].toString(), m_supportId);
        QCOMPARE(testsupport::Connection(m_owner)
                     .value(u"SELECT count(*) FROM opsdesk.jobs j JOIN opsdesk.messages m"
                            u"  ON j.payload->>'message_id' = m.id::text"
                            u" WHERE m.conversation_id = ?::uuid"_s,
                            {id})
                     .toInt(),
                 0);
        QTRY_COMPARE(input->property("text").toString(), QString());

        // Back to Reply: the window is still closed.
        ui.click(u"composerReplyMode"_s);
        QTRY_VERIFY(ui.isShown(u"composerClosedBanner"_s));
        noWarnings();
    }

    /// "/" offers canned responses; Up/Down/Tab/Enter pick one, Esc closes the list.
    void cannedShortcutExpands()
    {
        const QString id = conversation(u"10 minutes"_s);
        Session session(m_support);
        QVERIFY(session.live());
        Ui ui(session, kComposerHost);
        QVERIFY(ui.ready);
        ui.window->setProperty("conversationId", id);
        auto *controller = controllerOf(ui);
        QTRY_VERIFY_WITH_TIMEOUT(controller->windowOpen(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(controller->cannedResponses()->rowCount() >= 3, kTimeout);
        QVERIFY(QMetaObject::invokeMethod(ui.item(u"composer"_s), "focusInput"));
        QQuickItem *input = ui.shown(u"composerInput"_s);
        QTRY_VERIFY(input->hasActiveFocus());

        ui.type(u"/t"_s);
        QTRY_VERIFY(ui.isShown(u"composerSuggestionList"_s));
        // thanks and tracking by shortcut, then refund by its title ("Refund started").
        QCOMPARE(ui.shown(u"composerSuggestionList"_s)->property("count").toInt(), 3);
        ui.type(u"ha"_s);
        QTRY_COMPARE(ui.shown(u"composerSuggestionList"_s)->property("count").toInt(), 1);
        ui.screenshot(u"composer-canned"_s);
        QTest::keyClick(ui.window, Qt::Key_Tab);
        QCOMPARE(input->property("text").toString(),
                 u"Thank you for your patience! Is there anything else I can help with?"_s);
        QTRY_VERIFY(!ui.isShown(u"composerSuggestionList"_s));
        QVERIFY(input->hasActiveFocus());

        // After a space, another one; Esc closes the list and keeps the text.
        ui.type(u" /"_s);
        QTRY_VERIFY(ui.isShown(u"composerSuggestionList"_s));
        QTest::keyClick(ui.window, Qt::Key_Escape);
        QTRY_VERIFY(!ui.isShown(u"composerSuggestionList"_s));
        QVERIFY(input->property("text").toString().endsWith(u"help with? /"_s));

        // Typing on opens it again; Down then Enter picks the second, and sends nothing.
        ui.type(u"r"_s);
        QTRY_VERIFY(ui.isShown(u"composerSuggestionList"_s));
        // refund by shortcut, tracking by its title
        QCOMPARE(ui.shown(u"composerSuggestionList"_s)->property("count").toInt(), 2);
        QTest::keyClick(ui.window, Qt::Key_Down);
        QTest::keyClick(ui.window, Qt::Key_Return);
        QVERIFY2(input->property("text").toString().endsWith(
                     u"help with? You can follow your parcel here: https://example.com/track"_s),
                 qPrintable(input->property("text").toString()));
        QTest::qWait(200);
        QVERIFY(messages(id).isEmpty());
        noWarnings();
    }

    /// The settings page: add with field checks, a duplicate refused with its reason, edit and
    /// delete; what only the database can tell is shown the same way.
    void cannedResponsesAreManagedOnTheirPage()
    {
        const DatabaseConfig owner = testsupport::freshDatabase(u"canned_page"_s);
        const DatabaseConfig support =
            testsupport::createPerson(owner, u"sue_canned"_s, u"support"_s);
        Session session(support);
        QVERIFY(session.live());
        Ui ui(session, kCannedPageHost);
        QVERIFY(ui.ready);
        QQuickItem *list = ui.shown(u"cannedList"_s);
        QVERIFY(list);
        // Empty: says what to do.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (QQuickItem *item : itemsBelow(ui.window->contentItem())) {
                    if (item->isVisible() &&
                        item->property("text").toString() == u"No canned responses yet"_s) {
                        return true;
                    }
                }
                return false;
            }(),
            kTimeout);
        ui.screenshot(u"canned-page-empty"_s);

        // Ctrl+N, a shortcut that cannot be one, no title: each field says what is wrong.
        QTest::keyClick(ui.window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(ui.isShown(u"cannedShortcutField"_s));
        QTRY_VERIFY(ui.shown(u"cannedShortcutField"_s)->hasActiveFocus());
        ui.type(u"thank you"_s);
        QTRY_VERIFY(ui.text(u"cannedShortcutError"_s).startsWith(u"Use letters a"_s));
        ui.click(u"cannedSaveButton"_s);
        QTRY_COMPARE(ui.text(u"cannedTitleError"_s),
                     u"Give it a title, so people know what it says."_s);
        QVERIFY(ui.isShown(u"cannedEditor"_s) || ui.isShown(u"cannedShortcutField"_s));

        // Fixed: added, listed, stored.
        ui.click(u"cannedShortcutField"_s);
        QTest::keyClick(ui.window, Qt::Key_A, Qt::ControlModifier);
        ui.type(u"thanks"_s);
        QTRY_VERIFY(!ui.text(u"cannedShortcutError"_s).startsWith(u"Use letters"_s));
        ui.click(u"cannedTitleField"_s);
        ui.type(u"Thank you"_s);
        ui.click(u"cannedBodyField"_s);
        ui.type(u"Thanks for waiting!"_s);
        ui.click(u"cannedSaveButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!ui.isShown(u"cannedShortcutField"_s), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(list->property("count").toInt(), 1, kTimeout);
        QTRY_COMPARE(ui.text(u"cannedShortcut"_s), u"/thanks"_s);
        testsupport::Connection check(owner);
        QCOMPARE(check.rows(u"SELECT shortcut, title, body FROM opsdesk.canned_responses"_s),
                 (QList<QVariantList>{{u"thanks"_s, u"Thank you"_s, u"Thanks for waiting!"_s}}));

        // The same shortcut again: refused on the field, with the reason.
        QTest::keyClick(ui.window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(ui.isShown(u"cannedShortcutField"_s));
        QTRY_VERIFY(ui.shown(u"cannedShortcutField"_s)->hasActiveFocus());
        ui.type(u"thanks"_s);
        QTRY_COMPARE(ui.text(u"cannedShortcutError"_s),
                     u"A canned response /thanks already exists."_s);
        ui.click(u"cannedTitleField"_s);
        ui.type(u"Again"_s);
        ui.click(u"cannedBodyField"_s);
        ui.type(u"Again"_s);
        ui.click(u"cannedSaveButton"_s);
        QTest::qWait(200);
        QVERIFY(ui.isShown(u"cannedShortcutField"_s));
        QCOMPARE(ui.text(u"cannedShortcutError"_s), u"A canned response /thanks already exists."_s);
        ui.screenshot(u"canned-page-duplicate"_s);
        QTest::keyClick(ui.window, Qt::Key_Escape);
        QTRY_VERIFY(!ui.isShown(u"cannedShortcutField"_s));

        // Edit: the title changes.
        ui.clickItem(ui.shownIn(u"thanks"_s, u"cannedEditButton"_s));
        QTRY_VERIFY(ui.isShown(u"cannedTitleField"_s));
        QCOMPARE(ui.text(u"cannedTitleField"_s), u"Thank you"_s);
        ui.click(u"cannedTitleField"_s);
        QTest::keyClick(ui.window, Qt::Key_A, Qt::ControlModifier);
        ui.type(u"Thanks, short"_s);
        ui.click(u"cannedSaveButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!ui.isShown(u"cannedTitleField"_s), kTimeout);
        QCOMPARE(check
                     .value(u"SELECT title FROM opsdesk.canned_responses"
                            u" WHERE shortcut = 'thanks'"_s)
                     .toString(),
                 u"Thanks, short"_s);
        ui.screenshot(u"canned-page"_s);

        // A duplicate only the database can see (added elsewhere a moment ago, not yet here).
        CannedResponseModel model;
        QAbstractItemModelTester tester(&model, kTesterMode);
        model.setWorkspace(&session.workspace);
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), kTimeout);
        testsupport::execAsSuperuser(owner, u"INSERT INTO opsdesk.canned_responses (shortcut,"
                                            u" title, body) VALUES ('race', 'Race', 'Won')"_s);
        QSignalSpy saved(&model, &CannedResponseModel::saved);
        model.save({}, u"/race"_s, u"Race"_s, u"Lost"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model.shortcutError(),
                                  u"A canned response /race already exists."_s, kTimeout);
        QCOMPARE(saved.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(list->property("count").toInt(), 2, kTimeout); // live

        // Delete, confirmed.
        QQuickItem *raceDelete = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((raceDelete = ui.shownIn(u"race"_s, u"cannedDeleteButton"_s)),
                                 kTimeout);
        ui.clickItem(raceDelete);
        QTRY_VERIFY(ui.isShown(u"cannedConfirmDelete"_s));
        ui.click(u"cannedConfirmDelete"_s);
        QTRY_COMPARE_WITH_TIMEOUT(list->property("count").toInt(), 1, kTimeout);
        QCOMPARE(check.value(u"SELECT string_agg(shortcut, ',') FROM opsdesk.canned_responses"_s)
                     .toString(),
                 u"thanks"_s);
        noWarnings();
    }

    /// Managers read: the composer is disabled and says why, the canned responses page is
    /// read-only; and the database refuses them anyway.
    void managerCannotReply()
    {
        const QString id = conversation(u"1 hour"_s);
        Session session(m_manager);
        QVERIFY(session.live());
        {
            Ui ui(session, kComposerHost);
            QVERIFY(ui.ready);
            ui.window->setProperty("conversationId", id);
            auto *controller = controllerOf(ui);
            QTRY_VERIFY_WITH_TIMEOUT(controller->windowKnown(), kTimeout);
            QVERIFY(!controller->permitted());
            QVERIFY(ui.isShown(u"composerReadOnlyNotice"_s));
            QCOMPARE(ui.text(u"composerReadOnlyNotice"_s),
                     u"Managers can read conversations but not reply."_s);
            QVERIFY(!ui.item(u"composerInput"_s)->isEnabled());
            QVERIFY(!ui.item(u"composerSend"_s)->isEnabled());
            QVERIFY(!ui.isShown(u"composerTemplateButton"_s));
            QVERIFY(!ui.isShown(u"composerClosedBanner"_s));
            ui.screenshot(u"composer-manager"_s);

            // Sent anyway: the database refuses, and says so.
            controller->setText(u"Managers should not write this"_s);
            controller->send();
            QTRY_VERIFY_WITH_TIMEOUT(!controller->errorString().isEmpty(), kTimeout);
            QVERIFY2(controller->errorString().contains(u"permission denied"_s),
                     qPrintable(controller->errorString()));
            controller->setMode(ComposerController::Note);
            controller->send();
            QTRY_VERIFY_WITH_TIMEOUT(!controller->sending(), kTimeout);
            QVERIFY(controller->errorString().contains(u"permission denied"_s));
            QVERIFY(messages(id).isEmpty());
        }
        {
            Ui ui(session, kCannedPageHost);
            QVERIFY(ui.ready);
            QTRY_VERIFY_WITH_TIMEOUT(ui.shown(u"cannedList"_s)->property("count").toInt() >= 3,
                                     kTimeout);
            QVERIFY(ui.isShown(u"cannedReadOnlyNotice"_s));
            QVERIFY(!ui.isShown(u"newCannedButton"_s));
            QVERIFY(!ui.isShown(u"cannedEditButton"_s));
            QVERIFY(!ui.isShown(u"cannedDeleteButton"_s));
        }
        CannedResponseModel model;
        model.setWorkspace(&session.workspace);
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), kTimeout);
        QVERIFY(!model.canEdit());
        model.save({}, u"sneaky"_s, u"Sneaky"_s, u"Not allowed"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!model.actionError().isEmpty(), kTimeout);
        QVERIFY2(model.actionError().contains(u"permission denied"_s),
                 qPrintable(model.actionError()));
        noWarnings();
    }

    /// Right to left: the bar mirrors (Send leads on the left), the banner too.
    void mirrorsRightToLeft()
    {
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        const QString id = conversation(u"5 minutes"_s);
        Session session(m_support);
        QVERIFY(session.live());
        Ui ui(session, kComposerHost);
        QVERIFY(ui.ready);
        ui.window->setProperty("conversationId", id);
        auto *controller = controllerOf(ui);
        QTRY_VERIFY_WITH_TIMEOUT(controller->windowOpen(), kTimeout);
        QQuickItem *send = ui.shown(u"composerSend"_s);
        QQuickItem *input = ui.shown(u"composerInput"_s);
        QVERIFY(send && input);
        QVERIFY(send->mapToScene({0, 0}).x() < input->mapToScene({0, 0}).x());
        QQuickItem *counter = ui.shown(u"composerCounter"_s);
        QVERIFY(counter->mapToScene({0, 0}).x() < ui.window->width() / 2.0);
        controller->setText(u"שלום, ההזמנה שלך בדרך"_s);
        ui.screenshot(u"composer-rtl"_s);
        noWarnings();
    }
};

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
