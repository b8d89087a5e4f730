#include "workspace.h"

#include "outbound.h"

#include "database.h"
#include "displayformat.h"
#include "people.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace opsdesk {

namespace {
QPointer<Workspace> s_instance;
}

/// One signed-in session: the person's connection pool, change feed and the models over them.
/// Members are destroyed in reverse order: models first, the pool (closing its connections) last.
class Workspace::Session
{
public:
    Session(const DatabaseConfig &config, const signin::Identity &person)
        : database(config)
        , feed(config)
        , overview(database)
        , conversations(database, person.id)
        // Managers read conversations but may not change them (migration 0005).
        , thread(database, person.id,
                 QStringList{u"support"_s, u"admin"_s, u"super_admin"_s}.contains(person.role))
        , webhookEvents(database)
    {
        for (QObject *model :
             std::initializer_list<QObject *>{&overview, &conversations, &thread, &webhookEvents}) {
            QQmlEngine::setObjectOwnership(model, QQmlEngine::CppOwnership);
        }
    }

    Database database;
    ChangeFeed feed;
    OverviewController overview;
    ConversationListModel conversations;
    MessageListModel thread;
    WebhookEventListModel webhookEvents;
    bool loadedOnce = false;
};

Workspace::Workspace(bool demo, QObject *parent)
    : QObject(parent)
    , m_demo(demo)
{}

Workspace::~Workspace()
{
    if (m_session) {
        m_session->feed.stop();
    }
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

void Workspace::startSession(const DatabaseConfig &config, const signin::Identity &person,
                             const QString &databaseLabel)
{
    signOut();
    auto session = std::make_unique<Session>(config, person);
    Session *s = session.get();
    // The feed is the context: nothing queued from an ended session reaches the next one.
    // Batches queued before the feed stopped still arrive: drop those of an ended session.
    connect(&s->feed, &ChangeFeed::changes, &s->feed, [this, s](const QList<Change> &batch) {
        if (m_session.get() != s) {
            return;
        }
        s->overview.applyChanges(batch);
        s->conversations.applyChanges(batch);
        s->thread.applyChanges(batch);
        s->webhookEvents.applyChanges(batch);
        Q_EMIT changes(batch);
    });
    connect(&s->feed, &ChangeFeed::stateChanged, &s->feed,
            [this, s](ChangeFeed::State state, const QString &detail) {
                if (m_session.get() == s) {
                    onFeedState(state, detail);
                }
            });
    connect(&s->feed, &ChangeFeed::reloadRequired, &s->feed, [this, s](const QString &reason) {
        if (m_session.get() != s) {
            return;
        }
        showNotice(tr("Reloaded: %1.").arg(reason));
        reloadAll();
    });
    m_session = std::move(session);
    m_person = person;
    m_databaseLabel = databaseLabel;
    m_notice.clear();
    setFeedState(FeedState::Connecting, {});
    Q_EMIT personChanged();
    Q_EMIT noticeChanged();
    Q_EMIT sessionChanged();
    m_session->feed.start();
}

void Workspace::signOut()
{
    if (!m_session) {
        return;
    }
    // QML lets go of the models first (sessionChanged), then the session is torn down on the
    // next turn of the event loop, after the signed-in UI has been unloaded.
    std::unique_ptr<Session> ended = std::move(m_session);
    ended->feed.stop();
    m_person = {};
    m_databaseLabel.clear();
    setFeedState(FeedState::Stopped, {});
    Q_EMIT personChanged();
    Q_EMIT sessionChanged();
    QMetaObject::invokeMethod(
        this, [ended = std::shared_ptr<Session>(std::move(ended))]() mutable { ended.reset(); },
        Qt::QueuedConnection);
}

OverviewController *Workspace::overview() const
{
    return m_session ? &m_session->overview : nullptr;
}

ConversationListModel *Workspace::conversations() const
{
    return m_session ? &m_session->conversations : nullptr;
}

MessageListModel *Workspace::thread() const
{
    return m_session ? &m_session->thread : nullptr;
}

WebhookEventListModel *Workspace::webhookEvents() const
{
    return m_session ? &m_session->webhookEvents : nullptr;
}

Database *Workspace::database() const
{
    return m_session ? &m_session->database : nullptr;
}

ChangeFeed *Workspace::feed() const
{
    return m_session ? &m_session->feed : nullptr;
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

QString Workspace::roleLabel() const
{
    return people::roleLabel(m_person.role);
}

QString Workspace::initials() const
{
    return display::initials(m_person.displayName);
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

bool Workspace::hasLiveData() const
{
    return m_session && m_session->overview.loaded() &&
           m_session->overview.inboundMessagesToday() > 0 &&
           m_session->conversations.rowCount() > 0 && m_session->webhookEvents.rowCount() > 0;
}

void Workspace::dismissNotice()
{
    m_notice.clear();
    Q_EMIT noticeChanged();
}

void Workspace::showNotice(const QString &text)
{
    m_notice = text;
    Q_EMIT noticeChanged();
}

void Workspace::reloadAll()
{
    if (!m_session) {
        return;
    }
    m_session->overview.reload();
    m_session->conversations.reload();
    m_session->thread.reload();
    m_session->webhookEvents.reload();
    Q_EMIT reloadRequested();
}

void Workspace::requestTemplateSync()
{
    if (!m_session) {
        return;
    }
    auto future = m_session->database.run([](QSqlDatabase &db) {
        outbound::requestTemplateSync(db);
        return true;
    });
    QCoro::connect(std::move(future), this, [this](const Expected<bool> &asked) {
        showNotice(asked ? tr("Asked opsdeskd for the latest templates from WhatsApp; the list "
                              "updates as soon as they arrive.")
                         : tr("Could not ask for new templates: %1").arg(asked.error()));
    });
}

void Workspace::onFeedState(ChangeFeed::State state, const QString &detail)
{
    switch (state) {
    case ChangeFeed::State::Connecting:
        setFeedState(FeedState::Connecting, detail);
        break;
    case ChangeFeed::State::Live:
        setFeedState(FeedState::Live, detail);
        if (m_session && !m_session->loadedOnce) {
            m_session->loadedOnce = true;
            reloadAll();
        }
        break;
    case ChangeFeed::State::Reconnecting: {
        // A deactivated account (NOLOGIN) or a reset password cannot reconnect: end the session
        // calmly instead of retrying for ever.
        const signin::Problem problem = signin::classify(detail);
        if (problem == signin::Problem::AccountDisabled ||
            problem == signin::Problem::WrongPassword) {
            const QString message =
                problem == signin::Problem::AccountDisabled
                    ? tr("Your account was deactivated, so you were signed out. Ask an admin "
                         "if this is a mistake.")
                    : tr("Your password was changed, so you were signed out. Sign in with the "
                         "new password.");
            signOut();
            Q_EMIT sessionEndedByServer(message, int(problem));
            return;
        }
        setFeedState(FeedState::Reconnecting, detail);
        break;
    }
    case ChangeFeed::State::Stopped:
        setFeedState(FeedState::Stopped, detail);
        break;
    }
}

void Workspace::setFeedState(FeedState state, const QString &detail)
{
    m_feedState = state;
    m_feedDetail = detail;
    Q_EMIT feedStateChanged();
}

} // namespace opsdesk
