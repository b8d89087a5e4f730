#pragma once

#include "databaseconfig.h"
#include "signincontroller.h"
#include "workspace.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

class QQmlApplicationEngine;
class QQuickItem;
class QQuickWindow;
class QWindow;

/// What the tests of the desktop client share: a signed-in Workspace, QML loaded the way
/// app/opsdesk/main.cpp loads it, and finding, clicking and typing into the items of a window.
/// The QML modules themselves are imported by each test (Q_IMPORT_QML_PLUGIN).
namespace testsupport {

/// How long the client tests wait for the database, the change feed or the UI, in ms.
inline constexpr int kUiTimeout = 15000;

/// A signed-in Workspace, as the desktop client has after sign-in; signs out when destroyed.
/// Ends the test process (qFatal) when @p person cannot sign in.
struct Session {
    explicit Session(const opsdesk::DatabaseConfig &person);
    ~Session();
    Q_DISABLE_COPY_MOVE(Session)
    /// Waits until the change feed is live (at most kUiTimeout).
    [[nodiscard]] bool live();

    opsdesk::Workspace workspace{false};
};

/// The desktop client as main.cpp starts it: a Workspace and a SignInController handed to QML,
/// then Main.qml loaded opening on @p initialPage ("overview", "conversations", …), signed out.
/// Destroying it signs out, unloads the QML and takes the singletons back.
struct Client {
    explicit Client(const QString &initialPage);
    ~Client();
    Q_DISABLE_COPY_MOVE(Client)
    /// Starts a session as @p person, as a successful sign-in does; false when the database
    /// refuses them.
    bool startSession(const opsdesk::DatabaseConfig &person);
    /// The first item of the window named @p objectName, shown or not; nullptr when none.
    [[nodiscard]] QQuickItem *item(const QString &objectName) const;

    std::unique_ptr<opsdesk::Workspace> workspace;
    std::unique_ptr<opsdesk::SignInController> signIn;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr; ///< Main.qml's window; null when it did not load
};

/// Loads @p qml, a document that imports OpsDesk (a page in an ApplicationWindow), into
/// @p engine; @p url names it in QML messages. Returns its window, or nullptr when it did not
/// load (the recorded messages say why).
QQuickWindow *loadWindow(QQmlApplicationEngine &engine, const QByteArray &qml,
                         const QUrl &url = {});

/// Every visual item below @p root, depth first (delegates and popups included: they have a
/// parent item, not necessarily a QObject parent).
QList<QQuickItem *> itemsBelow(QQuickItem *root);
/// The first item below @p root named @p objectName, shown or not; nullptr when none.
QQuickItem *findItem(QQuickItem *root, const QString &objectName);
/// The first visible item below @p root named @p objectName; nullptr when none.
QQuickItem *findVisible(QQuickItem *root, const QString &objectName);
/// Every visible item below @p root named @p objectName.
QList<QQuickItem *> visibleItems(QQuickItem *root, const QString &objectName);
/// The first item below @p root whose QML type is @p typeName (e.g. "Sidebar").
QQuickItem *findByType(QQuickItem *root, const char *typeName);

/// Types @p text (ASCII) into whatever has focus in @p window (QTest::keyClicks takes only
/// widgets).
void typeText(QWindow *window, const QString &text);
/// Clicks the centre of @p item once the window has laid out what changed (layouts settle in
/// the polish before the next frame).
void clickItem(QQuickWindow *window, QQuickItem *item);

} // namespace testsupport
