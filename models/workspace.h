#pragma once

#include "changefeed.h"
#include "conversationlistmodel.h"
#include "messagelistmodel.h"
#include "overviewcontroller.h"
#include "webhookeventlistmodel.h"

#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

namespace opsdesk {

class Database;

/// Everything the signed-in window shows, handed to QML as the `Workspace` singleton.
///
/// `app/` constructs the services (Database, ChangeFeed) and this object before QML loads and
/// registers it with setInstance(); QML never constructs it. It routes every change-feed batch to
/// the models, loads them once the feed holds its starting snapshot (so no change between the
/// first load and the feed's start is lost: replays are idempotent upserts), reloads them when
/// the feed reports a gap, and exposes the feed's connection state.
class Workspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(opsdesk::OverviewController *overview READ overview CONSTANT)
    Q_PROPERTY(opsdesk::ConversationListModel *conversations READ conversations CONSTANT)
    Q_PROPERTY(opsdesk::MessageListModel *thread READ thread CONSTANT)
    Q_PROPERTY(opsdesk::WebhookEventListModel *webhookEvents READ webhookEvents CONSTANT)
    Q_PROPERTY(FeedState feedState READ feedState NOTIFY feedStateChanged)
    Q_PROPERTY(QString feedStateLabel READ feedStateLabel NOTIFY feedStateChanged)
    Q_PROPERTY(QString feedDetail READ feedDetail NOTIFY feedStateChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(QString databaseLabel READ databaseLabel CONSTANT)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(bool darkMode READ darkMode WRITE setDarkMode NOTIFY darkModeChanged)
    /// The signed-in person (empty when nobody is): admin_users.role is one of support,
    /// manager, admin, super_admin. The can* flags mirror what the database grants that role
    /// (migration 0005); the UI shows only what they allow, the database enforces it anyway.
    Q_PROPERTY(QString personId READ personId NOTIFY personChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY personChanged)
    Q_PROPERTY(QString role READ role NOTIFY personChanged)
    Q_PROPERTY(bool canReadAudit READ canReadAudit NOTIFY personChanged)
    Q_PROPERTY(bool canManagePeople READ canManagePeople NOTIFY personChanged)
    Q_PROPERTY(bool canManageAdmins READ canManageAdmins NOTIFY personChanged)

public:
    enum class FeedState { Connecting, Live, Reconnecting, Stopped };
    Q_ENUM(FeedState)

    Workspace(Database &database, ChangeFeed &feed, QString databaseLabel, bool demo,
              QObject *parent = nullptr);

    static void setInstance(Workspace *workspace);
    static Workspace *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] OverviewController *overview() { return &m_overview; }
    [[nodiscard]] ConversationListModel *conversations() { return &m_conversations; }
    [[nodiscard]] MessageListModel *thread() { return &m_thread; }
    [[nodiscard]] WebhookEventListModel *webhookEvents() { return &m_webhookEvents; }
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
    [[nodiscard]] Database *database() const { return &m_database; }

    [[nodiscard]] QString personId() const { return m_person.id; }
    [[nodiscard]] QString displayName() const { return m_person.displayName; }
    [[nodiscard]] QString role() const { return m_person.role; }
    [[nodiscard]] bool canReadAudit() const;
    [[nodiscard]] bool canManagePeople() const;
    [[nodiscard]] bool canManageAdmins() const;

    /// The signed-in person as opsdesk.whoami() reports them.
    struct Person {
        QString id;
        QString dbRole;
        QString displayName;
        QString role;
    };
    void setPerson(const Person &person);

    /// True once every screen has data to show (the headless screenshot waits for it).
    [[nodiscard]] bool hasLiveData() const;
    Q_INVOKABLE void dismissNotice();

Q_SIGNALS:
    void feedStateChanged();
    void noticeChanged();
    void darkModeChanged();
    void personChanged();
    /// Every committed change-feed batch, in commit order (keys only; see ChangeFeed).
    void changes(const QList<opsdesk::Change> &batch);
    /// Models must reload from scratch: first load after sign-in, or the feed lost its place.
    void reloadRequested();

private:
    void reloadAll();
    void onFeedState(ChangeFeed::State state, const QString &detail);

    Database &m_database;
    ChangeFeed &m_feed;
    OverviewController m_overview;
    ConversationListModel m_conversations;
    MessageListModel m_thread;
    WebhookEventListModel m_webhookEvents;
    FeedState m_feedState = FeedState::Connecting;
    QString m_feedDetail;
    QString m_notice;
    QString m_databaseLabel;
    bool m_demo = false;
    bool m_darkMode = false;
    Person m_person;
    bool m_loadedOnce = false;
};

} // namespace opsdesk
