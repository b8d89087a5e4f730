#pragma once

#include "changefeed.h"
#include "conversationlistmodel.h"
#include "databaseconfig.h"
#include "messagelistmodel.h"
#include "overviewcontroller.h"
#include "signin.h"
#include "webhookeventlistmodel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace opsdesk {

class Database;

/// Everything the signed-in window shows, handed to QML as the `Workspace` singleton.
///
/// One Workspace lives as long as the application; a *session* lives from sign-in to sign-out.
/// startSession() opens the person's own connection pool and change feed (their PostgreSQL role,
/// so row-level security applies to every read, live updates included) and creates the models;
/// signOut() stops the feed and closes every connection. Between the two the model properties
/// are null and `signedIn` is false: Main.qml shows the sign-in screen then.
///
/// Within a session it routes every change-feed batch to the models, loads them once the feed
/// holds its starting snapshot (so no change between the first load and the feed's start is
/// lost: replays are idempotent upserts), reloads them when the feed reports a gap, and exposes
/// the feed's connection state.
class Workspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY sessionChanged)
    Q_PROPERTY(opsdesk::OverviewController *overview READ overview NOTIFY sessionChanged)
    Q_PROPERTY(
        opsdesk::ConversationListModel *conversations READ conversations NOTIFY sessionChanged)
    Q_PROPERTY(opsdesk::MessageListModel *thread READ thread NOTIFY sessionChanged)
    Q_PROPERTY(
        opsdesk::WebhookEventListModel *webhookEvents READ webhookEvents NOTIFY sessionChanged)
    Q_PROPERTY(FeedState feedState READ feedState NOTIFY feedStateChanged)
    Q_PROPERTY(QString feedStateLabel READ feedStateLabel NOTIFY feedStateChanged)
    Q_PROPERTY(QString feedDetail READ feedDetail NOTIFY feedStateChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(QString databaseLabel READ databaseLabel NOTIFY sessionChanged)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(bool darkMode READ darkMode WRITE setDarkMode NOTIFY darkModeChanged)
    /// The signed-in person (empty when nobody is): admin_users.role is one of support,
    /// manager, admin, super_admin. The can* flags mirror what the database grants that role
    /// (migration 0005); the UI shows only what they allow, the database enforces it anyway.
    Q_PROPERTY(QString personId READ personId NOTIFY personChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY personChanged)
    Q_PROPERTY(QString signInName READ signInName NOTIFY personChanged)
    Q_PROPERTY(QString role READ role NOTIFY personChanged)
    Q_PROPERTY(QString roleLabel READ roleLabel NOTIFY personChanged)
    Q_PROPERTY(QString initials READ initials NOTIFY personChanged)
    Q_PROPERTY(bool canReadAudit READ canReadAudit NOTIFY personChanged)
    Q_PROPERTY(bool canManagePeople READ canManagePeople NOTIFY personChanged)
    Q_PROPERTY(bool canManageAdmins READ canManageAdmins NOTIFY personChanged)
    /// Managers and admins read incidents, their timelines and the alert rules.
    Q_PROPERTY(bool canReadIncidents READ canReadIncidents NOTIFY personChanged)
    /// Admins open, acknowledge, resolve and reassign incidents and edit alert rules.
    Q_PROPERTY(bool canManageIncidents READ canManageIncidents NOTIFY personChanged)

public:
    enum class FeedState { Connecting, Live, Reconnecting, Stopped };
    Q_ENUM(FeedState)

    /// Not default-constructible on purpose: QML would then build its own instance instead of
    /// calling create() (Qt 6.4 prefers a default constructor for singletons).
    explicit Workspace(bool demo, QObject *parent = nullptr);
    ~Workspace() override;

    static void setInstance(Workspace *workspace);
    static Workspace *create(QQmlEngine *engine, QJSEngine *);

    /// Starts a session as @p person (already verified by signin::check()) over @p config,
    /// labelled @p databaseLabel in the window. Ends the current session first, if any.
    void startSession(const DatabaseConfig &config, const signin::Identity &person,
                      const QString &databaseLabel);
    /// Ends the session: the feed stops and every connection of the session closes.
    Q_INVOKABLE void signOut();

    [[nodiscard]] bool signedIn() const { return m_session != nullptr; }
    [[nodiscard]] OverviewController *overview() const;
    [[nodiscard]] ConversationListModel *conversations() const;
    [[nodiscard]] MessageListModel *thread() const;
    [[nodiscard]] WebhookEventListModel *webhookEvents() const;
    [[nodiscard]] FeedState feedState() const { return m_feedState; }
    [[nodiscard]] QString feedStateLabel() const;
    [[nodiscard]] QString feedDetail() const { return m_feedDetail; }
    [[nodiscard]] QString notice() const { return m_notice; }
    [[nodiscard]] QString databaseLabel() const { return m_databaseLabel; }
    [[nodiscard]] bool demo() const { return m_demo; }
    [[nodiscard]] bool darkMode() const { return m_darkMode; }
    void setDarkMode(bool dark);

    /// The signed-in person's pool of connections, nullptr when signed out. Models created in
    /// QML (audit trail, people, API keys) fetch through it and listen to changes() and
    /// reloadRequested().
    [[nodiscard]] Database *database() const;
    /// The session's change feed, nullptr when signed out.
    [[nodiscard]] ChangeFeed *feed() const;

    [[nodiscard]] QString personId() const { return m_person.id; }
    [[nodiscard]] QString displayName() const { return m_person.displayName; }
    [[nodiscard]] QString signInName() const { return m_person.dbRole; }
    [[nodiscard]] QString role() const { return m_person.role; }
    [[nodiscard]] QString roleLabel() const;
    [[nodiscard]] QString initials() const;
    [[nodiscard]] bool canReadAudit() const;
    [[nodiscard]] bool canManagePeople() const;
    [[nodiscard]] bool canReadIncidents() const { return canReadAudit(); }
    [[nodiscard]] bool canManageIncidents() const { return canManagePeople(); }
    [[nodiscard]] bool canManageAdmins() const;

    /// True once every screen has data to show (the headless screenshot waits for it).
    [[nodiscard]] bool hasLiveData() const;
    Q_INVOKABLE void dismissNotice();
    /// Shows @p text in the notice bar (for example a refusal from the database).
    Q_INVOKABLE void showNotice(const QString &text);
    /// Reloads every model of the session from scratch (F5).
    Q_INVOKABLE void reloadAll();
    /// Asks opsdeskd to fetch the message templates from WhatsApp now; the template list
    /// updates live when they arrive. Says so (or why not) through the notice bar.
    Q_INVOKABLE void requestTemplateSync();

Q_SIGNALS:
    void sessionChanged();
    void feedStateChanged();
    void noticeChanged();
    void darkModeChanged();
    void personChanged();
    /// Every committed change-feed batch, in commit order (keys only; see ChangeFeed).
    void changes(const QList<opsdesk::Change> &batch);
    /// Models must reload from scratch: first load after sign-in, or the feed lost its place.
    void reloadRequested();
    /// The database ended the session: the account was deactivated or its password reset while
    /// signed in. The session is closed; @p message says why (the sign-in screen shows it) and
    /// @p problem is the signin::Problem behind it (AccountDisabled or WrongPassword).
    void sessionEndedByServer(const QString &message, int problem);

private:
    class Session;
    void onFeedState(ChangeFeed::State state, const QString &detail);
    void setFeedState(FeedState state, const QString &detail);

    std::unique_ptr<Session> m_session;
    signin::Identity m_person;
    FeedState m_feedState = FeedState::Stopped;
    QString m_feedDetail;
    QString m_notice;
    QString m_databaseLabel;
    bool m_demo = false;
    bool m_darkMode = false;
};

} // namespace opsdesk
