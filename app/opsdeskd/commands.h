#pragma once

#include "databaseconfig.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

/// The `opsdeskd` sub-commands. Each returns the process exit code; the long-running ones
/// (serve, tail, replay, demo) run the event loop until SIGINT/SIGTERM.
namespace opsdeskd {

int migrate();
int serve(const QString &listen);
int tail(int pollMs);
int replay(const QString &url, double rate, bool withReplies);
int cluster(const QString &action, const QString &dataDir, bool durable);
int demo(const QString &dataDir, const QString &listen, double rate);

/// `opsdeskd user create|list|set-role|deactivate|reactivate|reset-password` (usercommands.cpp).
/// @p args are the positional arguments after "user"; options (--email, --name, --role) are read
/// from @p parser.
int user(const QStringList &args, const QCommandLineParser &parser);
/// `opsdeskd audit prune --keep-days N` (usercommands.cpp).
int audit(const QStringList &args, const QCommandLineParser &parser);
/// `opsdeskd api-key create|list|revoke` (apikeycommands.cpp); options --name, --scopes.
int apiKey(const QStringList &args, const QCommandLineParser &parser);
/// `opsdeskd cloud-api-stand-in [--listen H:P]` (standincommand.cpp): a local stand-in for the
/// WhatsApp Cloud API (benchmarks, trying things by hand); prints its base URL, runs until
/// SIGINT/SIGTERM.
int cloudApiStandIn(const QString &listen);

/// Exit codes of the sub-commands: done, refused or failed (the reason is printed), wrong usage.
inline constexpr int kDone = 0;
inline constexpr int kFailed = 1;
inline constexpr int kUsage = 2;

/// `--listen HOST:PORT` parsed (numeric address); prints the problem and returns nothing when
/// it is malformed.
std::optional<std::pair<QHostAddress, quint16>> parseListen(const QString &listen);
/// Runs the event loop until SIGINT/SIGTERM, then @p onShutdown; returns the exit code.
int runUntilSignalled(const std::function<void()> &onShutdown);

/// Prints "opsdeskd: <message>" to stderr.
void fail(const QString &message);
/// OPSDESK_DATABASE_URL parsed, with application_name "opsdeskd"; prints the problem and
/// returns nothing when it is missing or malformed.
std::optional<opsdesk::DatabaseConfig> configFromEnvironment();

/// @p at as "yyyy-MM-dd HH:mm UTC" (minutes, converted to UTC), or @p none when it is invalid.
QString timeLabel(const QDateTime &at, const QString &none);
/// Prints @p rows to stdout as left-aligned columns two spaces apart (the first row is usually
/// the header), then flushes.
void printTable(const QList<QStringList> &rows);

} // namespace opsdeskd
