#pragma once

#include "incidentlistmodel.h"
#include "workspace.h" // complete for SessionModelBase::workspace() in this header's moc

#include <QObject>
#include <QString>

#include <functional>

class QSystemTrayIcon;

namespace opsdesk {

class Workspace;

/// Desktop notifications for incidents: while the app runs, each NEW critical or high incident
/// (opened after sign-in, seen on the live change feed) shows a system tray message whose click
/// opens it. Only for people who may read incidents (managers and admins: the watching model is
/// denied for anyone else and stays empty). Skipped silently where there is no system tray.
///
/// notificationRequested() is emitted once per such incident, alongside the tray message (also
/// when there is no tray), so tests and the window can follow it.
class IncidentNotifier : public QObject
{
    Q_OBJECT

public:
    explicit IncidentNotifier(Workspace &workspace, QObject *parent = nullptr);
    ~IncidentNotifier() override;

    /// Called with the incident id when a notification is clicked (main.cpp opens the page).
    void setOpenHandler(std::function<void(const QString &)> handler);
    /// The list the notifier watches (unresolved incidents, announcing critical and high).
    [[nodiscard]] const IncidentListModel &watcher() const { return m_watcher; }

Q_SIGNALS:
    /// A notification for incident @p incidentId: @p title and the line under it.
    void notificationRequested(const QString &incidentId, const QString &title,
                               const QString &message);

private:
    void notify(const QString &id, const QString &title, const QString &severityLabel);

    IncidentListModel m_watcher;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastShownId; ///< what a click on the tray message opens
    std::function<void(const QString &)> m_open;
};

} // namespace opsdesk
