#include "qmlharness.h"

#include "signin.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace opsdesk;

namespace testsupport {

Session::Session(const DatabaseConfig &person)
{
    const auto checked = signin::check(person);
    if (!checked.identity) {
        qFatal("sign-in failed: %s", qPrintable(checked.message));
    }
    workspace.startSession(person, *checked.identity, u"test database"_s);
}

Session::~Session()
{
    workspace.signOut();
}

bool Session::live()
{
    return QTest::qWaitFor([this] { return workspace.feedState() == Workspace::FeedState::Live; },
                           kUiTimeout);
}

Client::Client(const QString &initialPage)
    : workspace(std::make_unique<Workspace>(false))
    , signIn(std::make_unique<SignInController>(*workspace))
{
    Workspace::setInstance(workspace.get());
    SignInController::setInstance(signIn.get());
    engine = std::make_unique<QQmlApplicationEngine>();
    engine->addImportPath(u"qrc:/qt/qml"_s);
    engine->setInitialProperties({{u"initialPage"_s, initialPage}});
    engine->load(QUrl(u"qrc:/qt/qml/OpsDesk/Main.qml"_s));
    if (!engine->rootObjects().isEmpty()) {
        window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
    }
}

Client::~Client()
{
    workspace->signOut();
    engine.reset();
    Workspace::setInstance(nullptr);
    SignInController::setInstance(nullptr);
}

bool Client::startSession(const DatabaseConfig &person)
{
    const auto checked = signin::check(person);
    if (!checked.identity) {
        return false;
    }
    workspace->startSession(person, *checked.identity, u"test database"_s);
    return true;
}

QQuickItem *Client::item(const QString &objectName) const
{
    return findItem(window->contentItem(), objectName);
}

QQuickWindow *loadWindow(QQmlApplicationEngine &engine, const QByteArray &qml, const QUrl &url)
{
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.loadData(qml, url);
    const auto roots = engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
}

QList<QQuickItem *> itemsBelow(QQuickItem *root)
{
    QList<QQuickItem *> items;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        items << child << itemsBelow(child);
    }
    return items;
}

QQuickItem *findItem(QQuickItem *root, const QString &objectName)
{
    const auto items = itemsBelow(root);
    for (QQuickItem *item : items) {
        if (item->objectName() == objectName) {
            return item;
        }
    }
    return nullptr;
}

QQuickItem *findVisible(QQuickItem *root, const QString &objectName)
{
    const auto items = itemsBelow(root);
    for (QQuickItem *item : items) {
        if (item->objectName() == objectName && item->isVisible()) {
            return item;
        }
    }
    return nullptr;
}

QList<QQuickItem *> visibleItems(QQuickItem *root, const QString &objectName)
{
    QList<QQuickItem *> found;
    const auto items = itemsBelow(root);
    for (QQuickItem *item : items) {
        if (item->objectName() == objectName && item->isVisible()) {
            found << item;
        }
    }
    return found;
}

QQuickItem *findByType(QQuickItem *root, const char *typeName)
{
    const QByteArray prefix = QByteArray(typeName) + "_QMLTYPE_";
    const auto items = itemsBelow(root);
    for (QQuickItem *item : items) {
        const QByteArray className = item->metaObject()->className();
        if (className == typeName || className.startsWith(prefix)) {
            return item;
        }
    }
    return nullptr;
}

void typeText(QWindow *window, const QString &text)
{
    for (const QChar ch : text) {
        QTest::keyClick(window, ch.toLatin1());
    }
}

void clickItem(QQuickWindow *window, QQuickItem *item)
{
    QSignalSpy frame(window, &QQuickWindow::frameSwapped);
    window->update();
    frame.wait(1000);
    const QPointF centre = item->mapToScene({item->width() / 2, item->height() / 2});
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
}

} // namespace testsupport
