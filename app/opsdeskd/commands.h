#pragma once

#include <QStringList>

/// The `opsdeskd` sub-commands. Each returns the process exit code; the long-running ones
/// (serve, tail, replay, demo) run the event loop until SIGINT/SIGTERM.
namespace opsdeskd {

int migrate();
int serve(const QString &listen);
int tail(int pollMs);
int replay(const QString &url, double rate, bool withReplies);
int cluster(const QString &action, const QString &dataDir, bool durable);
int demo(const QString &dataDir, const QString &listen, double rate);

} // namespace opsdeskd
