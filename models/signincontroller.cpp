#include "signincontroller.h"

#include "displayformat.h"
#include "logging.h"
#include "people.h"
#include "workspace.h"

#include <QCoro/QCoroFuture>
#include <QCoro/QCoroSignal>
#include <QPointer>
#include <QSettings>
#include <QtConcurrent>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

QPointer<SignInController> s_instance;
const QString kKeychainService = u"OpsDesk"_s;
constexpr int kMaxProfiles = 10;

/// Runs a qtkeychain job to its end; returns its error string (empty on success).
QCoro::Task<QString> runKeychainJob(QKeychain::Job *job)
{
    std::unique_ptr<QKeychain::Job> owned(job);
    job->setAutoDelete(false);
    job->start();
    co_await qCoro(job, &QKeychain::Job::finished);
    co_return job->error() == QKeychain::NoError ? QString() : job->errorString();
}

} // namespace

SignInController::SignInController(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_config.database = u"opsdesk"_s;
    m_config.sslMode = u"prefer"_s;
    loadProfiles();
    connect(&m_workspace, &Workspace::sessionEndedByServer, this,
            [this](const QString &message, int problem) {
                setState(false, signin::Problem(problem), message, {});
            });
}

void SignInController::setInstance(SignInController *controller)
{
    s_instance = controller;
}

SignInController *SignInController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "SignInController::create",
               "app/ must call SignInController::setInstance() before loading QML");
    QQmlEngine::setObjectOwnership(s_instance.data(), QQmlEngine::CppOwnership);
    return s_instance.data();
}

void SignInController::setForm(const DatabaseConfig &config)
{
    m_config.host = config.host;
    m_config.port = config.port;
    m_config.database = config.database;
    m_config.sslMode = config.sslMode.isEmpty() ? u"prefer"_s : config.sslMode;
    m_config.user = config.user;
    Q_EMIT formChanged();
}

void SignInController::setDemo(const DatabaseConfig &server, QList<DemoPerson> people)
{
    m_demoServer = server;
    m_demoPeople = std::move(people);
}

void SignInController::restoreLastProfile()
{
    if (!m_profiles.isEmpty()) {
        selectProfile(0);
    }
}

void SignInController::setHost(const QString &host)
{
    m_config.host = host.trimmed();
    Q_EMIT formChanged();
}

void SignInController::setPort(int port)
{
    m_config.port = port;
    Q_EMIT formChanged();
}

void SignInController::setDatabase(const QString &database)
{
    m_config.database = database.trimmed();
    Q_EMIT formChanged();
}

void SignInController::setTlsMode(const QString &mode)
{
    m_config.sslMode = mode;
    Q_EMIT formChanged();
}

void SignInController::setUser(const QString &user)
{
    m_config.user = user.trimmed();
    Q_EMIT formChanged();
}

void SignInController::setRemember(bool remember)
{
    m_remember = remember;
    Q_EMIT formChanged();
}

QVariantList SignInController::demoPeople() const
{
    QVariantList people;
    for (const DemoPerson &person : m_demoPeople) {
        people << QVariantMap{{u"signInName"_s, person.signInName},
                              {u"displayName"_s, person.displayName},
                              {u"role"_s, person.role},
                              {u"roleLabel"_s, people::roleLabel(person.role)},
                              {u"initials"_s, display::initials(person.displayName)}};
    }
    return people;
}

void SignInController::signIn(const QString &password)
{
    if (m_busy) {
        return;
    }
    attempt(m_config, password, m_remember);
}

void SignInController::signInWithSavedPassword()
{
    if (m_busy) {
        return;
    }
    [](QPointer<SignInController> self, DatabaseConfig config) -> QCoro::Task<> {
        self->setState(true, signin::Problem::None, {}, {});
        auto *job = new QKeychain::ReadPasswordJob(kKeychainService);
        job->setKey(keychainKey(config));
        QString password;
        QObject::connect(job, &QKeychain::Job::finished, job,
                         [job, &password] { password = job->textData(); });
        const QString error = co_await runKeychainJob(job);
        if (!self) {
            co_return;
        }
        if (!error.isEmpty() || password.isEmpty()) {
            self->setState(false, signin::Problem::None, {}, {});
            self->m_keychainNotice =
                tr("No saved password for this profile (%1). Type it to sign in.").arg(error);
            Q_EMIT self->stateChanged();
            co_return;
        }
        co_await self->attempt(config, password, true);
    }(this, m_config);
}

void SignInController::signInAsDemo(const QString &signInName)
{
    if (m_busy || !m_demoServer) {
        return;
    }
    for (const DemoPerson &person : std::as_const(m_demoPeople)) {
        if (person.signInName == signInName) {
            DatabaseConfig config = *m_demoServer;
            config.user = person.signInName;
            setForm(config);
            attempt(config, person.password, false);
            return;
        }
    }
}

void SignInController::selectProfile(int index)
{
    if (index < 0 || index >= m_profiles.size()) {
        return;
    }
    const QVariantMap profile = m_profiles.at(index).toMap();
    m_config.host = profile.value(u"host"_s).toString();
    m_config.port = profile.value(u"port"_s).toInt();
    m_config.database = profile.value(u"database"_s).toString();
    m_config.sslMode = profile.value(u"tlsMode"_s).toString();
    m_config.user = profile.value(u"user"_s).toString();
    m_remember = profile.value(u"remember"_s).toBool();
    Q_EMIT formChanged();
}

void SignInController::forgetProfile(int index)
{
    if (index < 0 || index >= m_profiles.size()) {
        return;
    }
    const QVariantMap profile = m_profiles.takeAt(index).toMap();
    DatabaseConfig config;
    config.host = profile.value(u"host"_s).toString();
    config.port = profile.value(u"port"_s).toInt();
    config.database = profile.value(u"database"_s).toString();
    config.user = profile.value(u"user"_s).toString();
    auto *job = new QKeychain::DeletePasswordJob(kKeychainService);
    job->setKey(keychainKey(config));
    job->setAutoDelete(true);
    job->start();
    QSettings settings;
    settings.setValue(u"profiles"_s, m_profiles);
    Q_EMIT profilesChanged();
}

QCoro::Task<> SignInController::attempt(DatabaseConfig config, QString password, bool remember)
{
    QPointer self{this};
    setState(true, signin::Problem::None, {}, {});
    m_keychainNotice.clear();
    config.password = password;
    config.applicationName = u"opsdesk"_s;
    auto future = QtConcurrent::run([config] { return signin::check(config); });
    const signin::Result result = co_await future;
    if (!self) {
        co_return;
    }
    if (!result.identity) {
        setState(false, result.problem, result.message, result.detail);
        Q_EMIT finished(false);
        co_return;
    }
    const bool demoPerson =
        m_demoServer && m_demoServer->host == config.host && m_demoServer->port == config.port;
    if (!demoPerson) {
        rememberProfile(config, remember);
    }
    if (remember && !demoPerson) {
        auto *job = new QKeychain::WritePasswordJob(kKeychainService);
        job->setKey(keychainKey(config));
        job->setTextData(password);
        const QString error = co_await runKeychainJob(job);
        if (!self) {
            co_return;
        }
        if (!error.isEmpty()) {
            logging::ui()->warn("keychain: {}", error.toStdString());
            m_keychainNotice = tr("No system keychain is available, so your password was not "
                                  "saved. You will be asked for it next time.");
        }
    }
    setState(false, signin::Problem::None, {}, {});
    m_workspace.startSession(config, *result.identity, label(config));
    Q_EMIT finished(true);
}

void SignInController::rememberProfile(const DatabaseConfig &config, bool remember)
{
    const QVariantMap profile{{u"name"_s, label(config)},     {u"host"_s, config.host},
                              {u"port"_s, config.port},       {u"database"_s, config.database},
                              {u"tlsMode"_s, config.sslMode}, {u"user"_s, config.user},
                              {u"remember"_s, remember}};
    m_profiles.erase(std::remove_if(m_profiles.begin(), m_profiles.end(),
                                    [&](const QVariant &p) {
                                        return p.toMap().value(u"name"_s) ==
                                               profile.value(u"name"_s);
                                    }),
                     m_profiles.end());
    m_profiles.prepend(profile);
    while (m_profiles.size() > kMaxProfiles) {
        m_profiles.removeLast();
    }
    QSettings settings;
    settings.setValue(u"profiles"_s, m_profiles);
    Q_EMIT profilesChanged();
}

void SignInController::loadProfiles()
{
    const QSettings settings;
    m_profiles = settings.value(u"profiles"_s).toList();
}

void SignInController::setState(bool busy, signin::Problem problem, const QString &message,
                                const QString &detail)
{
    m_busy = busy;
    m_problem = problem;
    m_errorMessage = message;
    m_errorDetail = detail;
    Q_EMIT stateChanged();
}

QString SignInController::keychainKey(const DatabaseConfig &config)
{
    return u"%1@%2:%3/%4"_s.arg(config.user, config.host).arg(config.port).arg(config.database);
}

QString SignInController::label(const DatabaseConfig &config) const
{
    if (m_demoServer && m_demoServer->port == config.port && m_demoServer->host == config.host) {
        return tr("Demo · private cluster on port %1").arg(config.port);
    }
    return keychainKey(config);
}

} // namespace opsdesk
