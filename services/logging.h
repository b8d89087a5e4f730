#pragma once

#include <spdlog/logger.h>

#include <memory>

/// Structured logging for OpsDesk, one spdlog logger per area.
///
/// Areas: `feed` (change feed), `ingest` (webhook HTTP ingest), `db` (connections, migrations,
/// embedded cluster), `jobs` (background workers), `api` (automation HTTP API), `ui` (desktop
/// client, incl. forwarded QML messages), `app` (process set-up). Secrets and full tokens are never
/// logged.
namespace opsdesk::logging {

/// Creates the area loggers writing to stderr and routes qDebug/qWarning/QML messages into the
/// `ui` logger (or `app` for non-QML categories). Safe to call more than once. @p level is an
/// spdlog level name ("trace", "debug", "info", "warn", "error"); unknown names mean "info";
/// none means the `OPSDESK_LOG_LEVEL` environment variable, else "info".
void setup(const char *level = nullptr);

std::shared_ptr<spdlog::logger> feed();
std::shared_ptr<spdlog::logger> ingest();
std::shared_ptr<spdlog::logger> db();
std::shared_ptr<spdlog::logger> jobs();
std::shared_ptr<spdlog::logger> api();
std::shared_ptr<spdlog::logger> ui();
std::shared_ptr<spdlog::logger> app();

} // namespace opsdesk::logging
