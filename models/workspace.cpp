#include "workspace.h"

#include <QPointer>

namespace opsdesk {

namespace {
QPointer<Workspace> s_instance;
}

Workspace::Workspace(Database &database, ChangeFeed &feed, QString databaseLabel, bool demo,
                     QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_feed(feed)
    , m_overview(database)
    , m_conversations(database)
    , m_thread(database)
    , m_webhookEvents(database)
    , m_databaseLabel(std::move(databaseLabel))
    , m_demo(demo)
{
    connect(&m_feed, &ChangeFeed::changes, this, [this](const QList<Change> &batch) {
        m_overview.applyChanges(batch);
        m_conversations.applyChanges(batch);
        m_thread.applyChanges(batch);
        m_webhookEvents.applyChanges(batch);
        Q_EMIT changes(batch);
    });
    connect(&m_feed, &ChangeFeed::stateChanged, this, &Workspace::onFeedState);
    connect(&m_feed, &ChangeFeed::reloadRequired, this, [this](const QString &reason) {
        m_notice = tr("Reloaded: %1.").arg(reason);
        Q_EMIT noticeChanged();
        reloadAll();
    });
}

void Workspace::setInstance(Workspace *workspace)
{
    s_instance = workspace;
}

Workspace *Workspace::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Workspace::create",
               "app/ must call Workspace::setInstance() before loading QML");
    QQmlEngine::setObjectOwnership(s_instance.data(), QQmlEngine::CppOwnership);
    Q_UNUSED(engine);
    return s_instance.data();
}

QString Workspace::feedStateLabel() const
{
    switch (m_feedState) {
    case FeedState::Connecting:
        return tr("Connecting…");
    case FeedState::Live:
        return tr("Live");
    case FeedState::Reconnecting:
        return tr("Reconnecting…");
    case FeedState::Stopped:
        return tr("Offline");
    }
    return {};
}

void Workspace::setDarkMode(bool dark)
{
    if (m_darkMode != dark) {
        m_darkMode = dark;
        Q_EMIT darkModeChanged();
    }
}

bool Workspace::hasLiveData() const
{
    return m_overview.loaded() && m_overview.inboundMessagesToday() > 0 &&
           m_conversations.rowCount() > 0 && m_webhookEvents.rowCount() > 0;
}

bool Workspace::canReadAudit() const
{
    return m_person.role == u"manager" || canManagePeople();
}

bool Workspace::canManagePeople() const
{
    return m_person.role == u"admin" || canManageAdmins();
}

bool Workspace::canManageAdmins() const
{
    return m_person.role == u"super_admin";
}

void Workspace::setPerson(const Person &person)
{
    m_person = person;
    Q_EMIT personChanged();
}

void Workspace::dismissNotice()
{
    m_notice.clear();
    Q_EMIT noticeChanged();
}

void Workspace::reloadAll()
{
    m_overview.reload();
    m_conversations.reload();
    m_thread.reload();
    m_webhookEvents.reload();
    Q_EMIT reloadRequested();
}

void Workspace::onFeedState(ChangeFeed::State state, const QString &detail)
{
    switch (state) {
    case ChangeFeed::State::Connecting:
        m_feedState = FeedState::Connecting;
        break;
    case ChangeFeed::State::Live:
        m_feedState = FeedState::Live;
        if (!m_loadedOnce) {
            m_loadedOnce = true;
            reloadAll();
        }
        break;
    case ChangeFeed::State::Reconnecting:
        m_feedState = FeedState::Reconnecting;
        break;
    case ChangeFeed::State::Stopped:
        m_feedState = FeedState::Stopped;
        break;
    }
    m_feedDetail = detail;
    Q_EMIT feedStateChanged();
}

} // namespace opsdesk
