#include "demoprocess.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using opsdesk::DatabaseConfig;
using opsdesk::Expected;

DemoProcess::~DemoProcess()
{
    stop();
}

QString DemoProcess::findOpsdeskd()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {here.filePath(u"opsdeskd"_s), here.filePath(u"../opsdeskd"_s)}) {
        if (QFileInfo(candidate).isExecutable()) {
            return QFileInfo(candidate).canonicalFilePath();
        }
    }
    return QStandardPaths::findExecutable(u"opsdeskd"_s);
}

Expected<DemoProcess::Stack> DemoProcess::start(const QString &dataDir, double rate, int timeoutMs)
{
    const QString program = findOpsdeskd();
    if (program.isEmpty()) {
        return Expected<Stack>::failure(u"opsdeskd was not found next to opsdesk or on PATH"_s);
    }
    m_process.setReadChannel(QProcess::StandardOutput);
    // The child's log lines go to our stderr, where the user's terminal shows them.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(program,
                    {u"demo"_s, u"--data-dir"_s, dataDir, u"--rate"_s, QString::number(rate)});
    if (!m_process.waitForStarted(10000)) {
        return Expected<Stack>::failure(
            u"cannot start %1: %2"_s.arg(program, m_process.errorString()));
    }
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray output;
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            return Expected<Stack>::failure(
                u"the demo stack exited (code %1) before it was ready; see the messages above"_s
                    .arg(m_process.exitCode()));
        }
        m_process.waitForReadyRead(100);
        QCoreApplication::processEvents();
        output += m_process.readAll();
        QString url;
        QString peopleFile;
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith("database-url: ")) {
                url = QString::fromUtf8(line.mid(14).trimmed());
            } else if (line.startsWith("demo-people: ")) {
                peopleFile = QString::fromUtf8(line.mid(13).trimmed());
            }
        }
        if (!url.isEmpty() && !peopleFile.isEmpty()) {
            auto server = DatabaseConfig::fromUrl(url);
            auto people = opsdesk::demopeople::read(peopleFile);
            if (!server || !people) {
                return Expected<Stack>::failure(server ? people.error() : server.error());
            }
            return Stack{server.value(), people.value()};
        }
    }
    stop();
    return Expected<Stack>::failure(
        u"the demo stack did not become ready in %1 s"_s.arg(timeoutMs / 1000));
}

void DemoProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.terminate();
    if (!m_process.waitForFinished(60000)) {
        opsdesk::logging::app()->warn("the demo stack did not stop within 60 s; killing it");
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}
