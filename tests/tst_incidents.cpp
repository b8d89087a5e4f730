// Incidents and alert rules as people use them: the real Incidents and Alert rules pages,
// offscreen, over a Workspace signed in with each person's own PostgreSQL role on a throwaway
// database. The list with its filters and live updates (an incident opened by another
// connection, or by opsdesk.evaluate_alert_rules over scripted samples, arrives at the top);
// acknowledge, note, reassign, severity, resolve (a summary required), reopen, each checked in
// the database and in the timeline shown; a transition the state machine refuses shows the
// database's ODI01 message and hint; a manual incident; keyboard shortcuts that never fire while
// typing; a manager who reads everything with every action disabled (and whose direct UPDATE the
// database refuses); support who cannot open the page. Alert rules: create, edit, switch, delete,
// field validation, duplicate names, live state after an evaluation. The PDF report (real text,
// a chart that is not blank). New-incident announcements for the desktop notification. Every
// list model under QAbstractItemModelTester; no QML warnings.

#include "alertrulelistmodel.h"
#include "database.h"
#include "incidentdetail.h"
#include "incidentlistmodel.h"
#include "incidentreport.h"
#include "incidents.h"
#include "workspace.h"

#include "messagerecorder.h"
#include "qmlharness.h"
#include "testconnection.h"
#include "testdatabase.h"

#include "incidentnotifier.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
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

/// A page in a window over @p session's Workspace, as Main.qml shows it.
const char *kHost = R"(
import QtQuick
import QtQuick.Controls
import OpsDesk
ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    color: Theme.background
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
    %1 { objectName: "page"; anchors.fill: parent }
}
)";

struct Ui {
    Ui(Session &session, const QString &page)
    {
        Workspace::setInstance(&session.workspace);
        window = testsupport::loadWindow(engine, QString::fromLatin1(kHost).arg(page).toUtf8());
        if (window) {
            window->requestActivate();
            ready = QTest::qWaitForWindowActive(window);
        }
    }
    ~Ui() { Workspace::setInstance(nullptr); }
    Q_DISABLE_COPY_MOVE(Ui)

    [[nodiscard]] QQuickItem *item(const QString &objectName) const
    {
        return testsupport::findItem(window->contentItem(), objectName);
    }
    [[nodiscard]] QQuickItem *shown(const QString &objectName) const
    {
        return testsupport::findVisible(window->contentItem(), objectName);
    }
    [[nodiscard]] bool isShown(const QString &objectName) const
    {
        return shown(objectName) != nullptr;
    }
    /// A model object of the page (IncidentListModel, IncidentDetail, …) by type.
    template <typename T> [[nodiscard]] T *model() const
    {
        QQuickItem *page = item(u"page"_s);
        return page ? page->findChild<T *>() : nullptr;
    }
    void click(QQuickItem *target) const
    {
        QVERIFY(target);
        testsupport::clickItem(window, target);
    }
    void click(const QString &objectName) const
    {
        QQuickItem *target = shown(objectName);
        QVERIFY2(target, qPrintable(objectName));
        click(target);
    }
    void key(int key, Qt::KeyboardModifiers modifiers = {}) const
    {
        QTest::keyClick(window, Qt::Key(key), modifiers);
    }
    void type(const QString &text) const { testsupport::typeText(window, text); }
    [[nodiscard]] QString text(const QString &objectName) const
    {
        QQuickItem *found = item(objectName);
        return found ? found->property("text").toString() : u"<no %1>"_s.arg(objectName);
    }
    /// The texts of every visible item named @p objectName.
    [[nodiscard]] QStringList texts(const QString &objectName) const
    {
        QStringList result;
        const auto items = testsupport::visibleItems(window->contentItem(), objectName);
        for (QQuickItem *found : items) {
            result << found->property("text").toString();
        }
        return result;
    }
    /// The visible delegate whose @p property is @p value.
    [[nodiscard]] QQuickItem *row(const char *property, const QString &value) const
    {
        const auto items = itemsBelow(window->contentItem());
        for (QQuickItem *candidate : items) {
            if (candidate->isVisible() && candidate->property(property).toString() == value) {
                return candidate;
            }
        }
        return nullptr;
    }
    /// Saves the window to @p path (a PNG).
    void save(const QString &path) const
    {
        QTest::qWait(150); // a frame or two for the last change
        QDir().mkpath(QFileInfo(path).absolutePath());
        QVERIFY(window->grabWindow().save(path));
    }

    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;
    bool ready = false;
};

/// Whether any visible timeline line of the window says @p text (a substring).
bool timelineShows(const Ui &ui, const QString &text)
{
    const auto bodies = ui.texts(u"incidentEventBody"_s);
    return std::any_of(bodies.begin(), bodies.end(),
                       [&](const QString &body) { return body.contains(text); });
}

/// The share of pixels of @p image that are not (nearly) white.
double inkShare(const QImage &image)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            ink += colour.lightness() < 235 ? 1 : 0;
        }
    }
    return double(ink) / double(std::max<qint64>(1, qint64(image.width()) * image.height()));
}

/// A window holding the banner AppShell.qml shows between the notice bar and the pages.
const char *kBannerHost = R"(
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk
ApplicationWindow {
    width: 900
    height: 200
    visible: true
    readonly property string page: Navigation.page
    readonly property string focusId: Navigation.focusId
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        IncidentBanner {
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true }
    }
}
)";

} // namespace

class TestIncidents : public QObject
{
    Q_OBJECT

private:
    DatabaseConfig m_owner;
    DatabaseConfig m_admin;
    DatabaseConfig m_manager;
    DatabaseConfig m_support;
    QString m_adminId;
    QString m_boId;
    QString m_alertIncident;  ///< opened by the seeded rule (high, triggered)
    QString m_manualIncident; ///< opened by hand (medium, triggered)
    QString m_resolvedIncident;
    QString m_ruleId;

    [[nodiscard]] QVariant column(const QString &incidentId, const QString &column) const
    {
        return testsupport::Connection(m_owner).value(
            u"SELECT %1 FROM opsdesk.incidents WHERE id = ?::uuid"_s.arg(column), {incidentId});
    }
    QString insertIncident(const QString &title, const QString &severity) const
    {
        return testsupport::Connection(m_owner)
            .value(u"INSERT INTO opsdesk.incidents (title, severity, description)"
                   u" VALUES (?, ?, 'Inserted by another connection') RETURNING id::text"_s,
                   {title, severity})
            .toString();
    }
    static void noWarnings()
    {
        const QStringList messages = testsupport::takeMessages();
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    }
    /// Where pictures go: $OPSDESK_SCREENSHOTS (e.g. the source tree's docs/), else a
    /// temporary folder, so a plain test run leaves the source tree alone.
    static QString screenshotPath(const QString &name)
    {
        static const QString folder = [] {
            const QString configured = qEnvironmentVariable("OPSDESK_SCREENSHOTS");
            return configured.isEmpty() ? QDir::temp().filePath(u"opsdesk-incident-pictures"_s)
                                        : configured;
        }();
        return QDir(folder).filePath(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(qobject_cast<QApplication *>(QCoreApplication::instance()));
        QQuickStyle::setStyle(u"Basic"_s);
        testsupport::startRecordingMessages();
        m_owner = testsupport::freshDatabase(u"incidents"_s);
        m_admin = testsupport::createPerson(m_owner, u"ada_inc"_s, u"admin"_s);
        const auto bo = testsupport::createPerson(m_owner, u"bo_inc"_s, u"admin"_s);
        m_manager = testsupport::createPerson(m_owner, u"mia_inc"_s, u"manager"_s);
        m_support = testsupport::createPerson(m_owner, u"sam_inc"_s, u"support"_s);
        testsupport::Connection owner(m_owner);
        owner.exec(u"UPDATE opsdesk.admin_users SET display_name = 'Ada Admin'"
                   u" WHERE db_role = 'ada_inc';"
                   u"UPDATE opsdesk.admin_users SET display_name = 'Bo Responder'"
                   u" WHERE db_role = 'bo_inc'"_s);
        m_adminId = owner
                        .value(u"SELECT id::text FROM opsdesk.admin_users"
                               u" WHERE db_role = 'ada_inc'"_s)
                        .toString();
        m_boId = owner
                     .value(u"SELECT id::text FROM opsdesk.admin_users"
                            u" WHERE db_role = 'bo_inc'"_s)
                     .toString();
        QVERIFY(!m_adminId.isEmpty() && !m_boId.isEmpty());

        // A rule over scripted samples: delivery failures at 40-50 % for the last ten minutes;
        // pending 90 s ago, alerting now: an incident with a metric snapshot.
        owner.exec(uR"(
INSERT INTO opsdesk.alert_rules (name, series_id, comparator, threshold, for_seconds,
                                 recover_seconds, severity)
SELECT 'Delivery failures high', id, '>', 25, 60, 60, 'high'
  FROM opsdesk.metric_series WHERE name = 'delivery_failure_rate';
INSERT INTO opsdesk.metric_samples (series_id, at, value)
SELECT s.id, date_trunc('second', now()) - make_interval(secs => n), 50 - n / 60.0
  FROM opsdesk.metric_series s, generate_series(0, 600, 10) n
 WHERE s.name = 'delivery_failure_rate')"_s);
        m_ruleId = owner.value(u"SELECT id::text FROM opsdesk.alert_rules"_s).toString();
        owner.exec(u"SELECT opsdesk.evaluate_alert_rules(now() - interval '90 seconds')"_s);
        QCOMPARE(owner.value(u"SELECT opsdesk.evaluate_alert_rules(now())"_s).toInt(), 1);
        m_alertIncident = owner.value(u"SELECT id::text FROM opsdesk.incidents"_s).toString();
        QVERIFY(!m_alertIncident.isEmpty());
        QTest::qWait(20); // distinct opening times
        m_manualIncident = insertIncident(u"Checkout page slow"_s, u"medium"_s);
        QTest::qWait(20);
        m_resolvedIncident = insertIncident(u"Template sync failed"_s, u"low"_s);
        owner.exec(u"UPDATE opsdesk.incidents SET status = 'resolved',"
                   u" summary = 'Meta outage; synced again at 09:10.' WHERE id = ?::uuid"_s,
                   {m_resolvedIncident});
    }

    void cleanupTestCase() { testsupport::stopRecordingMessages(); }

    void init() { testsupport::takeMessages(); }

    void cleanup() { QGuiApplication::setLayoutDirection(Qt::LeftToRight); }

    /// The list: unresolved newest first by default, the filters, keyset paging, and live
    /// updates from another connection (new at the top, a status change on its row, a resolved
    /// one leaving) without a reset; the model contract holds throughout.
    void listFiltersAndLiveUpdates()
    {
        Session session(m_admin);
        QVERIFY(session.live());
        IncidentListModel model;
        QAbstractItemModelTester tester(&model, kTesterMode);
        model.setWorkspace(&session.workspace);
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), kTimeout);
        QCOMPARE(model.errorString(), QString());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.idAt(0), m_manualIncident); // newest first
        QCOMPARE(model.idAt(1), m_alertIncident);
        QCOMPARE(model.rowOf(m_resolvedIncident), -1);
        const QModelIndex alert = model.index(1);
        QCOMPARE(alert.data(IncidentListModel::SeverityLabelRole).toString(), u"High"_s);
        QCOMPARE(alert.data(IncidentListModel::SeverityMeaningRole).toString(), u"warning"_s);
        QCOMPARE(alert.data(IncidentListModel::StatusLabelRole).toString(), u"Triggered"_s);
        QCOMPARE(alert.data(IncidentListModel::SourceLabelRole).toString(),
                 u"Alert rule “Delivery failures high”"_s);
        QCOMPARE(alert.data(IncidentListModel::AgeLabelRole).toString(), u"opened just now"_s);
        QVERIFY(!model.canFetchMore({})); // two rows: no next page

        model.setSeverityFilter(u"medium"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading() && model.rowCount() == 1, kTimeout);
        QCOMPARE(model.idAt(0), m_manualIncident);
        model.setSeverityFilter({});
        model.setStatusFilter(u"resolved"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading() && model.rowCount() == 1, kTimeout);
        QCOMPARE(model.idAt(0), m_resolvedIncident);
        model.setStatusFilter(u"all"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, kTimeout);
        model.setStatusFilter(u"unresolved"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, kTimeout);
        QVERIFY(!model.filtered());

        // Live: another connection opens one; it arrives at the top without a reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const QString fresh = insertIncident(u"Webhook signatures failing"_s, u"critical"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowOf(fresh), 0, kTimeout);
        testsupport::Connection(m_owner).exec(
            u"UPDATE opsdesk.incidents SET status = 'acknowledged' WHERE id = ?::uuid"_s, {fresh});
        QTRY_COMPARE_WITH_TIMEOUT(
            model.index(0).data(IncidentListModel::StatusLabelRole).toString(), u"Acknowledged"_s,
            kTimeout);
        testsupport::Connection(m_owner).exec(
            u"UPDATE opsdesk.incidents SET status = 'resolved', summary = 'Rotated the app"
            u" secret.' WHERE id = ?::uuid"_s,
            {fresh});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowOf(fresh), -1, kTimeout);
        QCOMPARE(resets.size(), 0);

        // Keyset paging: a page of 100, then the rest.
        testsupport::Connection(m_owner).exec(
            u"INSERT INTO opsdesk.incidents (title, severity, status, summary)"
            u" SELECT 'Old ' || n, 'low', 'triggered', NULL FROM generate_series(1, 120) n;"
            u"UPDATE opsdesk.incidents SET status = 'resolved', summary = 'old'"
            u" WHERE title LIKE 'Old %'"_s);
        // (Its own model: QAbstractItemModelTester fetches more by itself.)
        IncidentListModel paged;
        paged.setStatusFilter(u"resolved"_s);
        paged.setWorkspace(&session.workspace);
        QTRY_VERIFY_WITH_TIMEOUT(paged.loaded() && !paged.loading(), kTimeout);
        QCOMPARE(paged.rowCount(), 100);
        QVERIFY(paged.canFetchMore({}));
        paged.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(paged.rowCount(), 122, kTimeout);
        QVERIFY(!paged.canFetchMore({}));
        QStringList ids;
        for (int row = 0; row < paged.rowCount(); ++row) {
            ids << paged.idAt(row);
        }
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 122); // none twice
        model.setStatusFilter(u"resolved"_s); // the tester's model pages through them too
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 122, kTimeout);
        testsupport::Connection(m_owner).exec(
            u"DELETE FROM opsdesk.incidents WHERE title LIKE 'Old %'"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, kTimeout);
        noWarnings();
    }

    /// The Incidents page as an admin: rows, the detail pane with the rule's condition and the
    /// metric snapshot chart, then acknowledge (A), a note (N … Ctrl+Enter), reassign, severity,
    /// resolve (R; refused without a summary), an invalid transition (ODI01 with its hint) and
    /// reopen (Shift+R), each checked in the database and in the timeline shown.
    void pageActionsAsAdmin()
    {
        Session session(m_admin);
        QVERIFY(session.live());
        Ui ui(session, u"IncidentsPage"_s);
        QVERIFY(ui.ready);
        auto *list = ui.model<IncidentListModel>();
        auto *detail = ui.model<IncidentDetail>();
        QVERIFY(list && detail);
        QAbstractItemModelTester tester(detail, kTesterMode);
        QTRY_VERIFY_WITH_TIMEOUT(list->loaded() && list->rowOf(m_alertIncident) >= 0, kTimeout);
        QVERIFY(ui.isShown(u"incidentDetailEmpty"_s)); // nothing chosen yet

        // J selects the first (newest), J again the next: the alert rule's incident.
        ui.key(Qt::Key_J);
        ui.key(Qt::Key_J);
        QTRY_COMPARE_WITH_TIMEOUT(detail->incidentId(), m_alertIncident, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(detail->hasIncident() && detail->rowCount() >= 2, kTimeout);
        ui.key(Qt::Key_K);
        QCOMPARE(detail->incidentId(), m_manualIncident);
        ui.key(Qt::Key_J);
        QTRY_VERIFY_WITH_TIMEOUT(detail->hasIncident() && detail->incidentId() == m_alertIncident,
                                 kTimeout);
        QCOMPARE(ui.text(u"detailTitle"_s), u"Delivery failures high"_s);
        QCOMPARE(ui.text(u"detailCondition"_s), u"Delivery failure rate > 25 % for 1 min"_s);
        QVERIFY(ui.text(u"detailOpenedAt"_s).contains(QDate::currentDate().toString(u"yyyy"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(timelineShows(ui, u"Opened by alert rule"_s), kTimeout);
        QVERIFY(timelineShows(ui, u"Delivery failure rate: "_s));
        QQuickItem *chart = ui.shown(u"incidentMetricChart"_s);
        QVERIFY2(chart, "the metric snapshot is drawn");
        QVERIFY(chart->height() > 100);

        // A (acknowledge): in the database and the timeline.
        ui.key(Qt::Key_A);
        QTRY_COMPARE_WITH_TIMEOUT(column(m_alertIncident, u"status"_s).toString(),
                                  u"acknowledged"_s, kTimeout);
        QVERIFY(!column(m_alertIncident, u"acknowledged_at"_s).isNull());
        QTRY_VERIFY_WITH_TIMEOUT(timelineShows(ui, u"Acknowledged"_s), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(detail->statusLabel(), u"Acknowledged"_s, kTimeout);

        // N focuses the note; typed letters do not trigger shortcuts (no R, no A).
        ui.key(Qt::Key_N);
        QQuickItem *note = ui.shown(u"incidentNoteField"_s);
        QVERIFY(note);
        QTRY_VERIFY(note->hasActiveFocus());
        ui.type(u"Rolled back the release; watching"_s);
        QVERIFY(!ui.isShown(u"resolveSummaryField"_s));
        QCOMPARE(note->property("text").toString(), u"Rolled back the release; watching"_s);
        ui.key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(
            testsupport::Connection(m_owner)
                .value(u"SELECT actor_id::text FROM opsdesk.incident_events WHERE kind = 'note'"
                       u" AND incident_id = ?::uuid AND body = 'Rolled back the release;"
                       u" watching'"_s,
                       {m_alertIncident})
                .toString(),
            m_adminId, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(timelineShows(ui, u"Rolled back the release; watching"_s),
                                 kTimeout);
        QTRY_COMPARE(note->property("text").toString(), QString());
        ui.key(Qt::Key_Escape); // leave the note field

        // Reassign through the menu.
        ui.click(u"reassignButton"_s);
        QTRY_VERIFY(ui.shown(u"assignTo_"_s + m_boId));
        ui.click(u"assignTo_"_s + m_boId);
        QTRY_COMPARE_WITH_TIMEOUT(column(m_alertIncident, u"assignee_id::text"_s).toString(),
                                  m_boId, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(timelineShows(ui, u"Assigned to Bo Responder"_s), kTimeout);
        QTRY_COMPARE(ui.text(u"detailAssignee"_s), u"Bo Responder"_s);

        // Severity through its menu.
        ui.click(u"severityButton"_s);
        QTRY_VERIFY(ui.shown(u"severity_critical"_s));
        ui.click(u"severity_critical"_s);
        QTRY_COMPARE_WITH_TIMEOUT(column(m_alertIncident, u"severity"_s).toString(), u"critical"_s,
                                  kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(timelineShows(ui, u"Severity changed from High to Critical"_s),
                                 kTimeout);

        // R asks for a summary; without one the dialog refuses and nothing changes.
        QTRY_VERIFY(!ui.isShown(u"severity_critical"_s));
        ui.key(Qt::Key_R);
        QTRY_VERIFY(ui.isShown(u"resolveSummaryField"_s));
        ui.click(u"resolveConfirm"_s);
        QTRY_VERIFY(ui.text(u"resolveSummaryError"_s).contains(u"summary is required"_s));
        QTest::qWait(200);
        QCOMPARE(column(m_alertIncident, u"status"_s).toString(), u"acknowledged"_s);
        // Typing R in the summary does not start anything else.
        QQuickItem *summary = ui.shown(u"resolveSummaryField"_s);
        QVERIFY(summary);
        QTRY_VERIFY(summary->hasActiveFocus());
        ui.type(u"Rolled back release 42; failures back under 2 %"_s);
        ui.click(u"resolveConfirm"_s);
        QTRY_COMPARE_WITH_TIMEOUT(column(m_alertIncident, u"status"_s).toString(), u"resolved"_s,
                                  kTimeout);
        QCOMPARE(column(m_alertIncident, u"summary"_s).toString(),
                 u"Rolled back release 42; failures back under 2 %"_s);
        QTRY_VERIFY(!ui.isShown(u"resolveSummaryField"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            timelineShows(ui, u"Resolved: Rolled back release 42; failures back under 2 %"_s),
            kTimeout);
        QTRY_VERIFY(ui.isShown(u"detailSummary"_s));
        // Resolved: it leaves the unresolved list; the detail stays on it.
        QTRY_COMPARE_WITH_TIMEOUT(list->rowOf(m_alertIncident), -1, kTimeout);
        QCOMPARE(detail->incidentId(), m_alertIncident);

        // A transition the state machine refuses, through the service: the database's words.
        try {
            testsupport::Connection admin(m_admin);
            incidents::setStatus(admin.db(), m_alertIncident, u"acknowledged"_s);
            QFAIL("the database allowed resolved → acknowledged");
        } catch (const DatabaseError &error) {
            QCOMPARE(error.sqlState(), u"ODI01"_s);
            QCOMPARE(incidents::refusal(error.message()),
                     u"incident \"Delivery failures high\" cannot go from resolved to"
                     u" acknowledged. From resolved it may go to: triggered."_s);
        }
        // … and through the page's model: shown in the page.
        detail->changeStatus(u"acknowledged"_s, {});
        QTRY_VERIFY_WITH_TIMEOUT(ui.isShown(u"incidentActionError"_s), kTimeout);
        QVERIFY(ui.text(u"incidentActionErrorText"_s)
                    .contains(u"cannot go from resolved to acknowledged"_s));
        QVERIFY(ui.text(u"incidentActionErrorText"_s)
                    .contains(u"From resolved it may go to: triggered."_s));
        ui.click(u"incidentActionError"_s);
        QTRY_VERIFY(!ui.isShown(u"incidentActionError"_s));

        // Shift+R reopens it.
        ui.key(Qt::Key_R, Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(column(m_alertIncident, u"status"_s).toString(), u"triggered"_s,
                                  kTimeout);
        QVERIFY(!column(m_alertIncident, u"reopened_at"_s).isNull());
        QTRY_VERIFY_WITH_TIMEOUT(timelineShows(ui, u"Reopened"_s), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(list->rowOf(m_alertIncident) >= 0, kTimeout);
        noWarnings();
    }

    /// Ctrl+N opens a manual incident: a title is required; the new one is stored as the
    /// signed-in admin's, listed at the top and selected.
    void newManualIncident()
    {
        Session session(m_admin);
        QVERIFY(session.live());
        Ui ui(session, u"IncidentsPage"_s);
        QVERIFY(ui.ready);
        auto *list = ui.model<IncidentListModel>();
        QTRY_VERIFY_WITH_TIMEOUT(list->loaded(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(ui.isShown(u"newIncidentButton"_s), kTimeout);
        ui.key(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(ui.isShown(u"newIncidentTitle"_s));
        ui.click(u"newIncidentConfirm"_s);
        QTRY_VERIFY(ui.text(u"newIncidentTitleError"_s).contains(u"Give the incident a title"_s));
        QQuickItem *title = ui.shown(u"newIncidentTitle"_s);
        QVERIFY(title);
        title->forceActiveFocus();
        ui.type(u"Customers get no delivery receipts"_s);
        ui.click(u"newIncidentConfirm"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!ui.isShown(u"newIncidentTitle"_s), kTimeout);
        const auto rows = testsupport::Connection(m_owner).rows(
            u"SELECT id::text, source, opened_by::text, severity, status FROM opsdesk.incidents"
            u" WHERE title = 'Customers get no delivery receipts'"_s);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][1].toString(), u"manual"_s);
        QCOMPARE(rows[0][2].toString(), m_adminId);
        QCOMPARE(rows[0][3].toString(), u"high"_s);
        QCOMPARE(rows[0][4].toString(), u"triggered"_s);
        QTRY_COMPARE_WITH_TIMEOUT(list->rowOf(rows[0][0].toString()), 0, kTimeout);
        auto *detail = ui.model<IncidentDetail>();
        QTRY_COMPARE_WITH_TIMEOUT(detail->incidentId(), rows[0][0].toString(), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(ui.text(u"detailSource"_s), u"Opened by Ada Admin"_s, kTimeout);
        noWarnings();
    }

    /// A manager reads the list, the detail and the timeline; every action is disabled with the
    /// reason, and the database refuses their writes anyway (42501), shown clearly.
    void managerReadsButCannotAct()
    {
        Session session(m_manager);
        QVERIFY(session.live());
        Ui ui(session, u"IncidentsPage"_s);
        QVERIFY(ui.ready);
        auto *list = ui.model<IncidentListModel>();
        auto *detail = ui.model<IncidentDetail>();
        QTRY_VERIFY_WITH_TIMEOUT(list->loaded() && list->rowOf(m_manualIncident) >= 0, kTimeout);
        QCOMPARE(list->errorString(), QString());
        QVERIFY(!ui.isShown(u"newIncidentButton"_s));
        ui.click(ui.row("incidentId", m_manualIncident));
        QTRY_VERIFY_WITH_TIMEOUT(detail->hasIncident() && detail->incidentId() == m_manualIncident,
                                 kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(timelineShows(ui, u"Opened"_s), kTimeout);
        for (const QString &name : {u"acknowledgeButton"_s, u"resolveButton"_s, u"reassignButton"_s,
                                    u"severityButton"_s}) {
            QQuickItem *button = ui.shown(name);
            QVERIFY2(button, qPrintable(name));
            QVERIFY2(!button->property("actionable").toBool(), qPrintable(name));
            QVERIFY(button->property("blockedReason").toString().contains(u"only admins"_s));
        }
        QVERIFY(ui.shown(u"exportButton"_s)->property("actionable").toBool()); // reports: yes
        QVERIFY(ui.isShown(u"incidentReadOnlyNotice"_s));
        QVERIFY(!ui.isShown(u"incidentNoteField"_s));
        ui.key(Qt::Key_A); // no shortcut either
        QTest::qWait(300);
        QCOMPARE(column(m_manualIncident, u"status"_s).toString(), u"triggered"_s);

        // The database refuses a direct UPDATE …
        try {
            testsupport::Connection manager(m_manager);
            manager.exec(u"UPDATE opsdesk.incidents SET status = 'acknowledged'"
                         u" WHERE id = ?::uuid"_s,
                         {m_manualIncident});
            QFAIL("a manager updated an incident");
        } catch (const DatabaseError &error) {
            QCOMPARE(error.sqlState(), u"42501"_s);
        }
        // … and the same through the page's model shows the refusal.
        detail->acknowledge();
        QTRY_VERIFY_WITH_TIMEOUT(ui.isShown(u"incidentActionError"_s), kTimeout);
        QVERIFY(ui.text(u"incidentActionErrorText"_s)
                    .contains(u"may read incidents but not change them"_s));
        QCOMPARE(column(m_manualIncident, u"status"_s).toString(), u"triggered"_s);
        noWarnings();
    }

    /// Support cannot open the page: no Incidents page in the window, the list is denied, and
    /// the database refuses them the table.
    void supportCannotOpenThePage()
    {
        testsupport::Client client(u"conversations"_s);
        QVERIFY(client.window);
        QVERIFY(client.startSession(m_support));
        QTRY_VERIFY_WITH_TIMEOUT(client.workspace->feedState() == Workspace::FeedState::Live,
                                 kTimeout);
        QVERIFY(!client.workspace->canReadIncidents());
        QQuickItem *loader = client.item(u"incidentsPageLoader"_s);
        QVERIFY(loader);
        // Navigation.open("incidents"), as Ctrl+0 does.
        QQmlComponent opener(client.engine.get());
        opener.setData("import QtQml\nimport OpsDesk\nQtObject {"
                       " Component.onCompleted: Navigation.open(\"incidents\") }",
                       QUrl(u"qrc:/opener.qml"_s));
        std::unique_ptr<QObject> opened(opener.create());
        QVERIFY2(opened, qPrintable(opener.errorString()));
        QTest::qWait(300);
        QVERIFY(!loader->property("active").toBool());
        QVERIFY(!testsupport::findByType(client.window->contentItem(), "IncidentsPage"));

        IncidentListModel model;
        model.setWorkspace(client.workspace.get());
        QCOMPARE(model.errorString(), u"Only managers and admins see incidents."_s);
        QCOMPARE(model.rowCount(), 0);
        try {
            testsupport::Connection support(m_support);
            support.exec(u"SELECT count(*) FROM opsdesk.incidents"_s);
            QFAIL("support read incidents");
        } catch (const DatabaseError &error) {
            QCOMPARE(error.sqlState(), u"42501"_s);
        }
        noWarnings();
    }

    /// The Alert rules page as an admin: field validation, create, a duplicate name, edit,
    /// switch off and on, the live state after an evaluation with its incident link, delete.
    void alertRulesPage()
    {
        Session session(m_admin);
        QVERIFY(session.live());
        Ui ui(session, u"AlertRulesPage"_s);
        QVERIFY(ui.ready);
        auto *rules = ui.model<AlertRuleListModel>();
        QVERIFY(rules);
        QAbstractItemModelTester tester(rules, kTesterMode);
        QTRY_VERIFY_WITH_TIMEOUT(rules->loaded() && rules->rowOf(m_ruleId) >= 0, kTimeout);
        QCOMPARE(rules->index(rules->rowOf(m_ruleId))
                     .data(AlertRuleListModel::ConditionLabelRole)
                     .toString(),
                 u"Delivery failure rate > 25 % for 1 min"_s);
        QVERIFY(rules->seriesChoices().size() >= 14);

        // Validation, field by field, as the table's CHECKs.
        ui.key(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(ui.isShown(u"ruleNameField"_s));
        auto *dialog = ui.item(u"page"_s)->findChild<QObject *>(u"alertRuleDialog"_s);
        QVERIFY(dialog);
        QQuickItem *threshold = ui.shown(u"ruleThresholdField"_s);
        QQuickItem *forField = ui.shown(u"ruleForField"_s);
        threshold->setProperty("text", u"abc"_s);
        forField->setProperty("text", u"90000"_s);
        ui.click(u"ruleSaveButton"_s);
        QTRY_VERIFY(ui.text(u"ruleNameError"_s).contains(u"Name the rule"_s));
        QVERIFY(ui.text(u"ruleSeriesError"_s).contains(u"Pick the metric"_s));
        QCOMPARE(ui.text(u"ruleThresholdError"_s),
                 u"The threshold must be a number, e.g. 25 or 0.5."_s);
        QVERIFY(ui.text(u"ruleForError"_s).contains(u"from 0 to 86,400"_s));
        QCOMPARE(testsupport::Connection(m_owner)
                     .value(u"SELECT count(*) FROM opsdesk.alert_rules"_s)
                     .toInt(),
                 1);

        // A duplicate name is refused on the name field.
        const int queueDepth = [&] {
            for (const QVariant &choice : rules->seriesChoices()) {
                if (choice.toMap().value(u"detail"_s).toString().startsWith(u"job_queue_depth"_s)) {
                    return choice.toMap().value(u"value"_s).toInt();
                }
            }
            return -1;
        }();
        QVERIFY(queueDepth > 0);
        ui.shown(u"ruleNameField"_s)->setProperty("text", u"Delivery failures high"_s);
        dialog->setProperty("seriesId", queueDepth);
        threshold->setProperty("text", u"0.5"_s);
        forField->setProperty("text", u"0"_s);
        ui.click(u"ruleSaveButton"_s);
        QTRY_COMPARE(ui.text(u"ruleNameError"_s),
                     u"A rule named “Delivery failures high” already exists."_s);

        // Create.
        ui.shown(u"ruleNameField"_s)->setProperty("text", u"Jobs piling up"_s);
        QTRY_COMPARE(
            ui.text(u"rulePreview"_s),
            u"Opens an incident of severity High when Job queue depth > 0.5 jobs (at once)."_s);
        ui.click(u"ruleSaveButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!ui.isShown(u"ruleNameField"_s), kTimeout);
        const QString created =
            testsupport::Connection(m_owner)
                .value(u"SELECT id::text FROM opsdesk.alert_rules WHERE name = 'Jobs piling up'"
                       u" AND comparator = '>' AND threshold = 0.5 AND for_seconds = 0"_s)
                .toString();
        QVERIFY(!created.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(rules->rowOf(created) >= 0, kTimeout);

        // Edit: the dialog opens with the rule's values.
        QQuickItem *row = ui.row("ruleId", created);
        QVERIFY(row);
        ui.click(testsupport::findVisible(row, u"ruleEditButton"_s));
        QTRY_VERIFY(ui.isShown(u"ruleNameField"_s));
        QCOMPARE(ui.shown(u"ruleNameField"_s)->property("text").toString(), u"Jobs piling up"_s);
        QCOMPARE(threshold->property("text").toString(), u"0.5"_s);
        threshold->setProperty("text", u"3"_s);
        ui.shown(u"ruleRecoverField"_s)->setProperty("text", u"120"_s);
        ui.click(u"ruleSaveButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!ui.isShown(u"ruleNameField"_s), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(
            testsupport::Connection(m_owner)
                .value(u"SELECT threshold::text || '/' || recover_seconds FROM"
                       u" opsdesk.alert_rules WHERE id = ?::uuid"_s,
                       {created})
                .toString(),
            u"3/120"_s, kTimeout);

        // Live state: 5 jobs waiting, an evaluation, the rule alerts with a link to its incident.
        testsupport::Connection(m_owner).exec(
            u"INSERT INTO opsdesk.metric_samples (series_id, at, value)"
            u" VALUES (?, date_trunc('second', now()), 5)"_s,
            {queueDepth});
        testsupport::Connection(m_owner).exec(u"SELECT opsdesk.evaluate_alert_rules(now())"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rules->index(rules->rowOf(created))
                                     .data(AlertRuleListModel::StateLabelRole)
                                     .toString()
                                     .startsWith(u"Alerting since"_s),
                                 kTimeout);
        row = ui.row("ruleId", created);
        QTRY_VERIFY(testsupport::findVisible(row, u"ruleIncidentLink"_s));
        QTRY_VERIFY(testsupport::findVisible(row, u"ruleState"_s)
                        ->property("text")
                        .toString()
                        .startsWith(u"Alerting since"_s));
        // "at" is the evaluation's time (the database's clock, shown in local time).
        const QDateTime evaluated =
            testsupport::Connection(m_owner)
                .value(
                    u"SELECT evaluated_at FROM opsdesk.alert_rule_states WHERE rule_id = ?::uuid"_s,
                    {created})
                .toDateTime();
        QCOMPARE(testsupport::findVisible(row, u"ruleLastValue"_s)->property("text").toString(),
                 u"Last value 5 jobs at %1"_s.arg(
                     QLocale().toString(evaluated.toLocalTime().time(), QLocale::ShortFormat)));

        // Switch off: stored, and shown as Off.
        ui.click(testsupport::findVisible(row, u"ruleEnabledSwitch"_s));
        QTRY_COMPARE_WITH_TIMEOUT(
            testsupport::Connection(m_owner)
                .value(u"SELECT enabled FROM opsdesk.alert_rules WHERE id = ?::uuid"_s, {created})
                .toBool(),
            false, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(
            rules->index(rules->rowOf(created)).data(AlertRuleListModel::StateLabelRole).toString(),
            u"Off"_s, kTimeout);
        ui.click(testsupport::findVisible(ui.row("ruleId", created), u"ruleEnabledSwitch"_s));
        QTRY_COMPARE_WITH_TIMEOUT(
            testsupport::Connection(m_owner)
                .value(u"SELECT enabled FROM opsdesk.alert_rules WHERE id = ?::uuid"_s, {created})
                .toBool(),
            true, kTimeout);

        // Screenshot with a rule alerting.
        ui.save(screenshotPath(u"screenshot-alertrules-light.png"_s));

        // Delete, after confirming.
        ui.click(testsupport::findVisible(ui.row("ruleId", created), u"ruleDeleteButton"_s));
        QTRY_VERIFY(ui.isShown(u"ruleConfirmDelete"_s));
        ui.click(u"ruleConfirmDelete"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            testsupport::Connection(m_owner)
                .value(u"SELECT count(*) FROM opsdesk.alert_rules WHERE id = ?::uuid"_s, {created})
                .toInt(),
            0, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(rules->rowOf(created), -1, kTimeout);
        QTRY_VERIFY(!ui.isShown(u"ruleConfirmDelete"_s));
        noWarnings();
    }

    /// A manager reads the rules; the switches are disabled and the database refuses changes.
    void alertRulesReadOnlyForManagers()
    {
        Session session(m_manager);
        QVERIFY(session.live());
        Ui ui(session, u"AlertRulesPage"_s);
        QVERIFY(ui.ready);
        auto *rules = ui.model<AlertRuleListModel>();
        QTRY_VERIFY_WITH_TIMEOUT(rules->loaded() && rules->rowOf(m_ruleId) >= 0, kTimeout);
        QVERIFY(!ui.isShown(u"newRuleButton"_s));
        QVERIFY(ui.isShown(u"rulesReadOnlyNotice"_s));
        QQuickItem *row = ui.row("ruleId", m_ruleId);
        QVERIFY(row);
        QVERIFY(!testsupport::findVisible(row, u"ruleEnabledSwitch"_s)->isEnabled());
        QVERIFY(!testsupport::findVisible(row, u"ruleEditButton"_s));
        rules->setEnabled(m_ruleId, false);
        QTRY_VERIFY_WITH_TIMEOUT(rules->actionError().contains(u"may read alert rules"_s),
                                 kTimeout);
        QTRY_VERIFY(ui.isShown(u"rulesPageError"_s));
        QVERIFY(
            testsupport::Connection(m_owner)
                .value(u"SELECT enabled FROM opsdesk.alert_rules WHERE id = ?::uuid"_s, {m_ruleId})
                .toBool());
        noWarnings();
    }

    /// The PDF report: a real PDF whose text holds the title, summary and timeline lines
    /// (pdftotext), and whose first page is not blank (pdftoppm); a copy of that page goes to
    /// docs/incident-report-page1.png.
    void pdfReport()
    {
        // Resolve the manual incident with a note first, so the report has all its parts.
        testsupport::Connection admin(m_admin);
        incidents::addNote(admin.db(), m_alertIncident, u"Paged the WhatsApp BSP"_s);
        incidents::setStatus(admin.db(), m_alertIncident, u"acknowledged"_s);
        incidents::setStatus(admin.db(), m_alertIncident, u"resolved"_s,
                             u"Token rotated; failures at 1 % since 09:40."_s);

        Session session(m_manager); // managers export reports
        QVERIFY(session.live());
        IncidentReport report;
        report.setWorkspace(&session.workspace);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path =
            folder.filePath(IncidentReport::defaultFileName(u"Delivery failures high"_s));
        QVERIFY(path.endsWith(u"-delivery-failures-high.pdf"_s));
        QSignalSpy exported(&report, &IncidentReport::exported);
        report.exportPdf(m_alertIncident, QUrl::fromLocalFile(path));
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, kTimeout);
        QCOMPARE(exported.first().first().toString(), path);
        QCOMPARE(report.errorString(), QString());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF"));
        file.close();

        QProcess text;
        text.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        QVERIFY(text.waitForFinished(30000));
        QCOMPARE(text.exitCode(), 0);
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        for (const QString &expected :
             {u"Delivery failures high"_s, u"Token rotated; failures at 1 % since 09:40."_s,
              u"Opened by alert rule"_s, u"Acknowledged"_s, u"Paged the WhatsApp BSP"_s,
              u"Severity changed from High to Critical"_s, u"Assigned to Bo Responder"_s,
              u"Delivery failure rate > 25 % for 1 min"_s, u"Bo Responder"_s,
              u"Rolled back the release; watching"_s}) {
            QVERIFY2(words.contains(expected), qPrintable(expected + u"\n---\n"_s + words));
        }

        QProcess image;
        const QString prefix = folder.filePath(u"page"_s);
        image.start(u"pdftoppm"_s,
                    {u"-png"_s, u"-r"_s, u"60"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, path, prefix});
        QVERIFY(image.waitForFinished(30000));
        QCOMPARE(image.exitCode(), 0);
        const QStringList pages = QDir(folder.path()).entryList({u"page*.png"_s});
        QCOMPARE(pages.size(), 1);
        const QImage first(folder.filePath(pages.first()));
        QVERIFY(!first.isNull());
        QVERIFY2(inkShare(first) > 0.02, "the first page is (nearly) blank");
        const QString copy = screenshotPath(u"incident-report-page1.png"_s);
        QFile::remove(copy);
        QVERIFY(QFile::copy(folder.filePath(pages.first()), copy));

        // A file that cannot be written: said so.
        QSignalSpy failed(&report, &IncidentReport::failed);
        report.exportPdf(m_alertIncident, QUrl::fromLocalFile(u"/nonexistent/dir/x.pdf"_s));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeout);
        QVERIFY(report.errorString().contains(u"Cannot write"_s));
        noWarnings();
    }

    /// Announcements for the desktop notification: an incident open at sign-in is not
    /// announced; a new high one is, exactly once; a new low one is not.
    void newIncidentAnnouncements()
    {
        const QString before = insertIncident(u"Already open at sign-in"_s, u"high"_s);
        Session session(m_admin);
        QVERIFY(session.live());
        IncidentListModel watcher;
        QAbstractItemModelTester tester(&watcher, kTesterMode);
        watcher.setAnnounceSeverities({u"critical"_s, u"high"_s});
        QSignalSpy announced(&watcher, &IncidentListModel::incidentOpened);
        IncidentNotifier notifier(session.workspace);
        QSignalSpy requested(&notifier, &IncidentNotifier::notificationRequested);
        watcher.setWorkspace(&session.workspace);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.loaded() && watcher.rowOf(before) >= 0, kTimeout);
        QTest::qWait(300);
        QCOMPARE(announced.size(), 0);

        const QString high = insertIncident(u"Ingest down"_s, u"high"_s);
        QTRY_COMPARE_WITH_TIMEOUT(announced.size(), 1, kTimeout);
        QCOMPARE(announced.first().at(0).toString(), high);
        QCOMPARE(announced.first().at(1).toString(), u"Ingest down"_s);
        QCOMPARE(announced.first().at(3).toString(), u"High"_s);
        // Later changes to it are not new again.
        testsupport::Connection(m_owner).exec(
            u"UPDATE opsdesk.incidents SET status = 'acknowledged' WHERE id = ?::uuid"_s, {high});
        const QString low = insertIncident(u"Minor glitch"_s, u"low"_s);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.rowOf(low) >= 0, kTimeout);
        QTest::qWait(300);
        QCOMPARE(announced.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 1, kTimeout);
        QCOMPARE(requested.first().at(0).toString(), high);
        noWarnings();
    }

    /// The in-window banner (AppShell.qml): a new high incident shows it; a click
    /// opens the incident on the Incidents page.
    void incidentBanner()
    {
        Session session(m_admin);
        QVERIFY(session.live());
        Workspace::setInstance(&session.workspace);
        QQmlApplicationEngine engine;
        QQuickWindow *window = testsupport::loadWindow(engine, kBannerHost);
        QVERIFY(window);
        QQuickItem *banner = testsupport::findItem(window->contentItem(), u"incidentBanner"_s);
        QVERIFY(banner);
        QTest::qWait(500); // loaded
        QVERIFY(!banner->isVisible());
        const QString id = insertIncident(u"Payments webhook down"_s, u"critical"_s);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kTimeout);
        QCOMPARE(testsupport::findItem(window->contentItem(), u"incidentBannerText"_s)
                     ->property("text")
                     .toString(),
                 u"New Critical incident: Payments webhook down. Click to open it."_s);
        testsupport::clickItem(window, banner);
        QTRY_COMPARE(window->property("page").toString(), u"incidents"_s);
        QCOMPARE(window->property("focusId").toString(), id);
        QVERIFY(!banner->isVisible());
        Workspace::setInstance(nullptr);
        testsupport::Connection(m_owner).exec(
            u"UPDATE opsdesk.incidents SET status = 'resolved', summary = 'Test over.'"
            u" WHERE id = ?::uuid"_s,
            {id});
        noWarnings();
    }

    /// Screenshots of the Incidents page with one incident open (light, dark, right to left).
    void screenshots()
    {
        Session session(m_admin);
        QVERIFY(session.live());
        for (const QString &variant : {u"light"_s, u"dark"_s, u"he"_s}) {
            session.workspace.setDarkMode(variant == u"dark");
            QGuiApplication::setLayoutDirection(variant == u"he" ? Qt::RightToLeft
                                                                 : Qt::LeftToRight);
            Ui ui(session, u"IncidentsPage"_s);
            QVERIFY(ui.ready);
            auto *list = ui.model<IncidentListModel>();
            auto *detail = ui.model<IncidentDetail>();
            QTRY_VERIFY_WITH_TIMEOUT(list->loaded() && list->rowOf(m_manualIncident) >= 0,
                                     kTimeout);
            list->setStatusFilter(u"all"_s);
            QTRY_VERIFY_WITH_TIMEOUT(!list->loading() && list->rowOf(m_alertIncident) >= 0,
                                     kTimeout);
            QVERIFY(QMetaObject::invokeMethod(ui.item(u"page"_s), "select",
                                              Q_ARG(QString, m_alertIncident)));
            QTRY_VERIFY_WITH_TIMEOUT(detail->hasIncident() && detail->rowCount() > 5, kTimeout);
            QTRY_VERIFY(ui.isShown(u"incidentMetricChart"_s));
            if (variant == u"he") {
                // Mirrored: the list is on the right, the detail on the left.
                QQuickItem *listView = ui.shown(u"incidentList"_s);
                QVERIFY(listView->mapToScene({0, 0}).x() > ui.window->width() / 2.0);
                ui.save(screenshotPath(u"screenshot-he-incidents.png"_s));
            } else {
                ui.save(screenshotPath(u"screenshot-incidents-%1.png"_s.arg(variant)));
            }
        }
        session.workspace.setDarkMode(false);
        noWarnings();
    }
};

QTEST_MAIN(TestIncidents)
#include "tst_incidents.moc"
