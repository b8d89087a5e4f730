#include "embeddedcluster.h"

#include "database.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUuid>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    return probe.serverPort();
}

bool portFree(int port)
{
    QTcpServer probe;
    return port > 0 && probe.listen(QHostAddress::LocalHost, quint16(port));
}

QString randomPassword()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

EmbeddedCluster::EmbeddedCluster(Options options)
    : m_options(std::move(options))
    , m_asRoot(::geteuid() == 0)
{
    const QString dataDir = QDir(m_options.dataDir).absolutePath();
    if (m_asRoot) {
        const auto key =
            QCryptographicHash::hash(dataDir.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
        m_clusterDir = u"/var/lib/opsdesk/clusters/"_s + QString::fromLatin1(key);
    } else {
        m_clusterDir = dataDir + u"/postgres"_s;
    }
}

EmbeddedCluster::~EmbeddedCluster() = default;

QString EmbeddedCluster::defaultDataDir()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty()) {
        base = QDir::homePath() + u"/.local/share"_s;
    }
    return base + u"/OpsDesk"_s;
}

QString EmbeddedCluster::logFile() const
{
    return m_clusterDir + u"/postgres.log"_s;
}

QString EmbeddedCluster::binDir() const
{
    QString fromEnv = qEnvironmentVariable("OPSDESK_PG_BINDIR");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    // The newest installed server version (Debian installs them side by side).
    auto versions = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : versions) {
        QString dir = u"/usr/lib/postgresql/"_s + version + u"/bin"_s;
        if (QFile::exists(dir + u"/initdb"_s)) {
            return dir;
        }
    }
    return {};
}

Expected<QString> EmbeddedCluster::runTool(const QString &tool, const QStringList &args,
                                           int timeoutMs) const
{
    const QString program = binDir() + u'/' + tool;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (m_asRoot) {
        process.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args);
    } else {
        process.start(program, args);
    }
    if (!process.waitForStarted(10000)) {
        return Expected<QString>::failure(
            u"cannot run %1: %2"_s.arg(program, process.errorString()));
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return Expected<QString>::failure(
            u"%1 did not finish within %2 s"_s.arg(tool).arg(timeoutMs / 1000));
    }
    const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return Expected<QString>::failure(u"%1 failed: %2"_s.arg(tool, output));
    }
    return output;
}

int EmbeddedCluster::runningPort() const
{
    // postmaster.pid: line 1 pid, line 4 port
    // (https://www.postgresql.org/docs/15/storage-file-layout.html)
    QFile pidFile(m_clusterDir + u"/pgdata/postmaster.pid"_s);
    if (!pidFile.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const auto lines = pidFile.readAll().split('\n');
    if (lines.size() < 4) {
        return 0;
    }
    const qint64 pid = lines.at(0).trimmed().toLongLong();
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0) {
        return 0; // stale pid file from a crash; pg_ctl start copes with it
    }
    return lines.at(3).trimmed().toInt();
}

Expected<DatabaseConfig> EmbeddedCluster::start()
{
    using Result = Expected<DatabaseConfig>;
    if (binDir().isEmpty()) {
        return Result::failure(u"PostgreSQL server binaries not found under /usr/lib/postgresql "
                               u"(install the 'postgresql' package, or set OPSDESK_PG_BINDIR)"_s);
    }
    if (!QDir().mkpath(m_clusterDir)) {
        return Result::failure(u"cannot create %1"_s.arg(m_clusterDir));
    }
    QFile::setPermissions(m_clusterDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (m_asRoot) {
        QProcess::execute(u"chown"_s, {u"-R"_s, u"postgres:postgres"_s, m_clusterDir});
    }

    const QString statePath = m_clusterDir + u"/cluster.json"_s;
    QJsonObject state;
    if (QFile stateFile(statePath); stateFile.open(QIODevice::ReadOnly)) {
        state = QJsonDocument::fromJson(stateFile.readAll()).object();
    }
    const bool initialised = QFile::exists(m_clusterDir + u"/pgdata/PG_VERSION"_s);
    if (!initialised || state.value(u"password"_s).toString().isEmpty()) {
        QDir(m_clusterDir + u"/pgdata"_s).removeRecursively(); // a half-made cluster from a crash
        const QString password = randomPassword();
        const QString pwfile = m_clusterDir + u"/initdb.pw"_s;
        {
            QFile file(pwfile);
            if (!file.open(QIODevice::WriteOnly)) {
                return Result::failure(u"cannot write %1"_s.arg(pwfile));
            }
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            file.write(password.toUtf8());
        }
        if (m_asRoot) {
            QProcess::execute(u"chown"_s, {u"postgres:postgres"_s, pwfile});
        }
        logging::db()->info("creating a private PostgreSQL cluster in {}",
                            m_clusterDir.toStdString());
        const auto initdb = runTool(u"initdb"_s,
                                    {u"-D"_s, m_clusterDir + u"/pgdata"_s, u"-U"_s, u"opsdesk"_s,
                                     u"--auth=scram-sha-256"_s, u"--pwfile="_s + pwfile, u"-E"_s,
                                     u"UTF8"_s, u"--no-locale"_s, u"--no-sync"_s},
                                    120000);
        QFile::remove(pwfile);
        if (!initdb) {
            return Result::failure(initdb.error());
        }
        state.insert(u"password"_s, password);
    }

    int port = runningPort();
    if (port > 0) {
        logging::db()->info("reusing the PostgreSQL cluster already running on port {}", port);
    } else {
        port = state.value(u"port"_s).toInt();
        if (!portFree(port)) {
            port = freePort();
        }
        QStringList serverOptions{u"-p %1"_s.arg(port), u"-k /tmp"_s,
                                  u"-c listen_addresses=127.0.0.1"_s, u"-c max_connections=200"_s};
        if (!m_options.durable) {
            serverOptions << u"-c fsync=off -c synchronous_commit=off -c full_page_writes=off"_s;
        }
        const auto started =
            runTool(u"pg_ctl"_s,
                    {u"-D"_s, m_clusterDir + u"/pgdata"_s, u"-l"_s, logFile(), u"-w"_s, u"-t"_s,
                     u"60"_s, u"-o"_s, serverOptions.join(u' '), u"start"_s},
                    90000);
        if (!started) {
            return Result::failure(started.error() + u" (server log: %1)"_s.arg(logFile()));
        }
        m_startedHere = true;
    }
    state.insert(u"port"_s, port);
    if (QFile stateFile(statePath); stateFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        stateFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        stateFile.write(QJsonDocument(state).toJson());
    }

    m_config.host = u"127.0.0.1"_s;
    m_config.port = port;
    m_config.user = u"opsdesk"_s;
    m_config.password = state.value(u"password"_s).toString();
    m_config.sslMode = u"disable"_s;
    m_config.database = u"postgres"_s;

    // Create the application database on first start.
    try {
        const QString name =
            u"opsdesk-cluster-setup-"_s + QUuid::createUuid().toString(QUuid::Id128);
        {
            Database admin(m_config, 1);
            QSqlDatabase db = admin.openDedicated(name);
            const bool exists =
                exec(db, u"SELECT 1 FROM pg_database WHERE datname = ?"_s, {m_options.database})
                    .next();
            if (!exists) {
                exec(db, u"CREATE DATABASE \"%1\""_s.arg(m_options.database));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    } catch (const DatabaseError &error) {
        return Result::failure(error.message());
    }
    m_config.database = m_options.database;
    return m_config;
}

DatabaseConfig EmbeddedCluster::configFor(const QString &database) const
{
    DatabaseConfig config = m_config;
    config.database = database;
    return config;
}

void EmbeddedCluster::stop(bool evenIfReused)
{
    if (!m_startedHere && !evenIfReused) {
        return;
    }
    const auto stopped = runTool(
        u"pg_ctl"_s, {u"-D"_s, m_clusterDir + u"/pgdata"_s, u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s},
        60000);
    if (!stopped) {
        logging::db()->warn("stopping the private cluster: {}", stopped.error().toStdString());
    }
    m_startedHere = false;
}

} // namespace opsdesk
