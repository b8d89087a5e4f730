#include "logging.h"

#include <QString>
#include <QtGlobal>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>

namespace opsdesk::logging {
namespace {

std::shared_ptr<spdlog::logger> area(const char *name)
{
    if (auto existing = spdlog::get(name)) {
        return existing;
    }
    auto logger = spdlog::stderr_color_mt(name);
    logger->set_level(spdlog::get_level());
    return logger;
}

void forwardQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray category(context.category ? context.category : "default");
    const bool fromQml = category.startsWith("qml") || category.startsWith("js") ||
                         message.contains(QLatin1String(".qml:"));
    const auto logger = fromQml ? ui() : app();
    const auto text = message.toStdString();
    switch (type) {
    case QtDebugMsg:
        logger->debug("[{}] {}", category.constData(), text);
        break;
    case QtInfoMsg:
        logger->info("[{}] {}", category.constData(), text);
        break;
    case QtWarningMsg:
        logger->warn("[{}] {}", category.constData(), text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        logger->error("[{}] {}", category.constData(), text);
        break;
    }
}

} // namespace

void setup(const char *level)
{
    static std::once_flag once;
    const QByteArray fromEnvironment = qgetenv("OPSDESK_LOG_LEVEL");
    const char *chosen =
        level ? level : (fromEnvironment.isEmpty() ? "info" : fromEnvironment.constData());
    spdlog::set_level(spdlog::level::from_str(chosen));
    std::call_once(once, [] {
        spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%-5l%$ %n: %v");
        qInstallMessageHandler(forwardQtMessage);
    });
    for (const char *name : {"feed", "ingest", "db", "jobs", "api", "ui", "app"}) {
        area(name)->set_level(spdlog::get_level());
    }
}

std::shared_ptr<spdlog::logger> feed()
{
    return area("feed");
}
std::shared_ptr<spdlog::logger> ingest()
{
    return area("ingest");
}
std::shared_ptr<spdlog::logger> db()
{
    return area("db");
}
std::shared_ptr<spdlog::logger> jobs()
{
    return area("jobs");
}
std::shared_ptr<spdlog::logger> api()
{
    return area("api");
}
std::shared_ptr<spdlog::logger> ui()
{
    return area("ui");
}
std::shared_ptr<spdlog::logger> app()
{
    return area("app");
}

} // namespace opsdesk::logging
