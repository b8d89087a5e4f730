#pragma once

#include "databaseconfig.h"
#include "expected.h"

#include <QProcess>
#include <QString>

/// The embedded default: runs `opsdeskd demo` (private PostgreSQL cluster, migrations, webhook
/// ingest and demo traffic) as a child process and reads the database URL it prints. Stopping
/// it (or destroying this object) sends SIGTERM, so the child shuts its cluster down cleanly.
class DemoProcess
{
public:
    DemoProcess() = default;
    ~DemoProcess();
    DemoProcess(const DemoProcess &) = delete;
    DemoProcess &operator=(const DemoProcess &) = delete;

    /// Starts the stack for @p dataDir at @p rate events/s and waits (up to @p timeoutMs, the
    /// event loop keeps running) until it reports its database. Errors include its last output.
    opsdesk::Expected<opsdesk::DatabaseConfig> start(const QString &dataDir, double rate,
                                                     int timeoutMs = 180000);
    void stop();

private:
    static QString findOpsdeskd();
    QProcess m_process;
};
