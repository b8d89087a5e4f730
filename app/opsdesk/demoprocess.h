#pragma once

#include "databaseconfig.h"
#include "demopeople.h"
#include "expected.h"

#include <QProcess>
#include <QString>

/// The embedded default: runs `opsdeskd demo` (private PostgreSQL cluster, migrations, webhook
/// ingest and demo traffic) as a child process and reads where its server is and who may sign
/// in (the demo people and their passwords; the owner's password never reaches the client).
/// Stopping it (or destroying this object) sends SIGTERM, so the child shuts its cluster down
/// cleanly.
class DemoProcess
{
public:
    DemoProcess() = default;
    ~DemoProcess();
    DemoProcess(const DemoProcess &) = delete;
    DemoProcess &operator=(const DemoProcess &) = delete;

    struct Stack {
        opsdesk::DatabaseConfig server; ///< host, port, database; no credentials
        QList<opsdesk::demopeople::Person> people;
    };

    /// Starts the stack for @p dataDir at @p rate events/s and waits (up to @p timeoutMs, the
    /// event loop keeps running) until it reports its server and people.
    opsdesk::Expected<Stack> start(const QString &dataDir, double rate, int timeoutMs = 180000);
    void stop();

private:
    static QString findOpsdeskd();
    QProcess m_process;
};
