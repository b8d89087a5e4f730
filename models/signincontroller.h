#pragma once

#include "databaseconfig.h"
#include "signin.h"

#include <QCoro/QCoroTask>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace opsdesk {

class Workspace;

/// The sign-in screen's state, handed to QML as the `SignIn` singleton.
///
/// A *server profile* is host, port, database and TLS mode (libpq sslmode) plus the sign-in
/// name; profiles are remembered in QSettings (group "profiles"), never with a password. With
/// "remember me" the password goes to the system keychain through qtkeychain (Secret Service /
/// KWallet on Linux); when no keychain is available the sign-in still works and says the
/// password was not kept. signIn() checks the credentials off the GUI thread
/// (signin::check: the person's own PostgreSQL role over SCRAM-SHA-256) and, on success, starts
/// the Workspace session; each kind of failure gets its own message (signin::Problem).
///
/// In the demo, the people created by `opsdeskd demo` are offered by name (demoPeople) and the
/// client signs in as the demo admin automatically.
class SignInController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(SignIn)
    QML_SINGLETON
    Q_PROPERTY(QString host READ host WRITE setHost NOTIFY formChanged)
    Q_PROPERTY(int port READ port WRITE setPort NOTIFY formChanged)
    Q_PROPERTY(QString database READ database WRITE setDatabase NOTIFY formChanged)
    Q_PROPERTY(QString tlsMode READ tlsMode WRITE setTlsMode NOTIFY formChanged)
    Q_PROPERTY(QString user READ user WRITE setUser NOTIFY formChanged)
    Q_PROPERTY(bool remember READ remember WRITE setRemember NOTIFY formChanged)
    /// Saved profiles, newest first: [{name, host, port, database, tlsMode, user, remember}].
    Q_PROPERTY(QVariantList profiles READ profiles NOTIFY profilesChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY stateChanged)
    /// signin::Problem of the last failure, as an int (0 = none); tests and styling use it.
    Q_PROPERTY(int problem READ problem NOTIFY stateChanged)
    /// Something to tell about the keychain ("not available, the password was not saved").
    Q_PROPERTY(QString keychainNotice READ keychainNotice NOTIFY stateChanged)
    /// Demo people to try: [{signInName, displayName, role}]; empty outside the demo.
    Q_PROPERTY(QVariantList demoPeople READ demoPeople CONSTANT)

public:
    /// A person `opsdeskd demo` created, with the password it generated for them.
    struct DemoPerson {
        QString signInName;
        QString displayName;
        QString role;
        QString password;
    };

    explicit SignInController(Workspace &workspace, QObject *parent = nullptr);

    static void setInstance(SignInController *controller);
    static SignInController *create(QQmlEngine *engine, QJSEngine *);

    /// Fills the form from @p config (host, port, database, TLS mode, user).
    void setForm(const DatabaseConfig &config);
    /// The demo: people to offer, and where their server is.
    void setDemo(const DatabaseConfig &server, QList<DemoPerson> people);
    /// Selects the most recently used profile, if any (call before QML loads).
    void restoreLastProfile();

    [[nodiscard]] QString host() const { return m_config.host; }
    [[nodiscard]] int port() const { return m_config.port; }
    [[nodiscard]] QString database() const { return m_config.database; }
    [[nodiscard]] QString tlsMode() const { return m_config.sslMode; }
    [[nodiscard]] QString user() const { return m_config.user; }
    [[nodiscard]] bool remember() const { return m_remember; }
    void setHost(const QString &host);
    void setPort(int port);
    void setDatabase(const QString &database);
    void setTlsMode(const QString &mode);
    void setUser(const QString &user);
    void setRemember(bool remember);

    [[nodiscard]] QVariantList profiles() const { return m_profiles; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString errorDetail() const { return m_errorDetail; }
    [[nodiscard]] int problem() const { return int(m_problem); }
    [[nodiscard]] QString keychainNotice() const { return m_keychainNotice; }
    [[nodiscard]] QVariantList demoPeople() const;

    /// Signs in with the form's profile and @p password. Ignored while busy.
    Q_INVOKABLE void signIn(const QString &password);
    /// Signs in with the password kept in the keychain for the form's profile; says so if none.
    Q_INVOKABLE void signInWithSavedPassword();
    /// Signs in as the demo person @p signInName.
    Q_INVOKABLE void signInAsDemo(const QString &signInName);
    /// Fills the form from saved profile @p index.
    Q_INVOKABLE void selectProfile(int index);
    /// Forgets saved profile @p index and its keychain password.
    Q_INVOKABLE void forgetProfile(int index);

Q_SIGNALS:
    void formChanged();
    void profilesChanged();
    void stateChanged();
    /// A sign-in attempt finished; @p ok tells whether the session started.
    void finished(bool ok);

private:
    QCoro::Task<> attempt(DatabaseConfig config, QString password, bool remember);
    /// Saves @p config (the one that just signed in, not the form, which may have changed
    /// meanwhile) as the newest profile.
    void rememberProfile(const DatabaseConfig &config, bool remember);
    void loadProfiles();
    void setState(bool busy, signin::Problem problem, const QString &message,
                  const QString &detail);
    [[nodiscard]] static QString keychainKey(const DatabaseConfig &config);
    [[nodiscard]] QString label(const DatabaseConfig &config) const;

    Workspace &m_workspace;
    DatabaseConfig m_config;
    bool m_remember = false;
    QVariantList m_profiles;
    bool m_busy = false;
    signin::Problem m_problem = signin::Problem::None;
    QString m_errorMessage;
    QString m_errorDetail;
    QString m_keychainNotice;
    std::optional<DatabaseConfig> m_demoServer;
    QList<DemoPerson> m_demoPeople;
};

} // namespace opsdesk
