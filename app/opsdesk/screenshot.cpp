#include "screenshot.h"

#include "logging.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>

Screenshot::Screenshot(QQuickWindow *window, opsdesk::Workspace *workspace, QString file,
                       int settleMs, bool signInScreen, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_workspace(workspace)
    , m_file(std::move(file))
    , m_settleMs(settleMs)
    , m_signInScreen(signInScreen)
{
    connect(&m_poll, &QTimer::timeout, this, &Screenshot::poll);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [] {
        opsdesk::logging::app()->error("screenshot: no live data arrived in time");
        QCoreApplication::exit(1);
    });
}

void Screenshot::start(int timeoutMs)
{
    m_poll.start(250);
    m_timeout.start(timeoutMs);
}

void Screenshot::poll()
{
    if (m_settling || (!m_signInScreen && !m_workspace->hasLiveData())) {
        return;
    }
    m_settling = true;
    if (m_signInScreen) {
        QTimer::singleShot(m_settleMs, this, &Screenshot::grab);
        return;
    }
    // Fill the detail panes: the busiest conversation's thread and the newest event's payload.
    auto *conversations = m_workspace->conversations();
    const QString first =
        conversations
            ->data(conversations->index(0), opsdesk::ConversationListModel::ConversationIdRole)
            .toString();
    m_workspace->thread()->setConversationId(first);
    auto *events = m_workspace->webhookEvents();
    m_workspace->webhookEvents()->selectEvent(
        events->data(events->index(0), opsdesk::WebhookEventListModel::EventIdRole).toLongLong());
    QTimer::singleShot(m_settleMs, this, &Screenshot::grab);
}

void Screenshot::grab()
{
    const QImage image = m_window->grabWindow();
    const bool saved = image.save(m_file);
    opsdesk::logging::app()->info("screenshot {} {}", m_file.toStdString(),
                                  saved ? "saved" : "NOT saved");
    QCoreApplication::exit(saved ? 0 : 1);
}
