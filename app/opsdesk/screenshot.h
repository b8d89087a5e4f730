#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QQuickWindow;
namespace opsdesk {
class Workspace;
}

/// Headless screenshots (`opsdesk --screenshot FILE`): once every screen has live data, selects
/// the first conversation and webhook event so the detail panes are filled, waits for the demo
/// traffic to move a little, grabs the window to a PNG and quits (exit code 1 on time-out).
/// With @p signInScreen it shoots the sign-in screen instead, once it has settled.
class Screenshot : public QObject
{
    Q_OBJECT
public:
    Screenshot(QQuickWindow *window, opsdesk::Workspace *workspace, QString file, int settleMs,
               bool signInScreen = false, QObject *parent = nullptr);
    void start(int timeoutMs);

private:
    void poll();
    void grab();

    QQuickWindow *m_window;
    opsdesk::Workspace *m_workspace;
    QString m_file;
    int m_settleMs;
    QTimer m_poll;
    QTimer m_timeout;
    bool m_settling = false;
    bool m_signInScreen = false;
};
