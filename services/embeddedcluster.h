#pragma once

#include "databaseconfig.h"
#include "expected.h"

#include <QString>
#include <QStringList>

namespace opsdesk {

/// A private PostgreSQL cluster for the demo (the "embedded default") and for tests.
///
/// Lives under a data folder: `start()` runs initdb on first use (SCRAM-SHA-256, a random
/// superuser password kept in `cluster.json`, mode 0600), starts the server on 127.0.0.1 and a
/// free port, and creates the `opsdesk` database. A cluster left running by a crash is found by
/// its postmaster.pid and reused. PostgreSQL refuses to run as root, so when the process is root
/// the cluster is owned by the `postgres` system user and kept in /var/lib/opsdesk/clusters
/// (one per data folder). Blocking: meant for process start-up, not the GUI thread of a live app.
class EmbeddedCluster
{
public:
    struct Options {
        QString dataDir;     ///< the user's data folder; the cluster lives below it
        bool durable = true; ///< false: fsync off, for throwaway test clusters
        QString database = QStringLiteral("opsdesk");
    };

    explicit EmbeddedCluster(Options options);
    ~EmbeddedCluster();
    EmbeddedCluster(const EmbeddedCluster &) = delete;
    EmbeddedCluster &operator=(const EmbeddedCluster &) = delete;

    /// The default data folder (XDG data home, e.g. ~/.local/share/OpsDesk).
    [[nodiscard]] static QString defaultDataDir();

    /// Creates (if needed) and starts the cluster; returns how to connect as its superuser.
    /// Errors quote the failing tool's output (initdb/pg_ctl) and where its log is.
    Expected<DatabaseConfig> start();
    /// Stops the server this object started (fast shutdown). Does nothing for a reused cluster
    /// unless @p evenIfReused.
    void stop(bool evenIfReused = false);

    [[nodiscard]] QString clusterDir() const { return m_clusterDir; }
    [[nodiscard]] QString logFile() const;
    /// Superuser connection to another database of this cluster (tests create one per suite).
    [[nodiscard]] DatabaseConfig configFor(const QString &database) const;

private:
    Expected<QString> runTool(const QString &tool, const QStringList &args, int timeoutMs) const;
    [[nodiscard]] QString binDir() const;
    [[nodiscard]] int runningPort() const;

    Options m_options;
    QString m_clusterDir; ///< holds pgdata/, cluster.json, postgres.log
    DatabaseConfig m_config;
    bool m_startedHere = false;
    bool m_asRoot = false;
};

} // namespace opsdesk
