#pragma once

#include <QObject>
#include <QSocketNotifier>

/// Turns SIGINT/SIGTERM into a Qt signal delivered by the event loop (self-pipe), so commands
/// shut down cleanly: stop accepting work, finish what is queued, stop a private cluster.
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);

Q_SIGNALS:
    void requested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};
