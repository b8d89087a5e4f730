#pragma once

#include "incidents.h"

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

class QPainter;

namespace opsdesk {

class Workspace;

/// Exports an incident as a PDF report (A4, QPdfWriter): title, severity, status, the opened,
/// acknowledged and resolved times with their time zone, duration, assignee, summary,
/// description, the alert rule's condition, the timeline as a table, and a chart of the metric
/// around the incident (the series' points from opsdesk.metric_points between 30 minutes
/// before it opened and its end, else the snapshot taken when it opened) with the threshold
/// line. Text is real, selectable text; the chart is drawn with QPainter as vector graphics.
///
/// Created in QML as `IncidentReport { workspace: Workspace }`; managers and admins may export
/// (what they may read). exportPdf() reads on the service threads and writes on the calling
/// thread; exported(path) or failed(error) tells how it went.
class IncidentReport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        opsdesk::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// The file of the last export that worked; empty before.
    Q_PROPERTY(QString lastPath READ lastPath NOTIFY exported)
    /// Why the last export failed; empty after a success.
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    /// Everything a report shows.
    struct Content {
        incidents::Incident incident;
        QList<incidents::Event> events;
        /// The chart: [epoch seconds, value], the threshold and what it is of.
        QList<QPointF> points;
        bool hasThreshold = false;
        double threshold = 0;
        QString comparator;
        QString seriesTitle;
        QString unit;
        QString chartSource; ///< "Series … between …" or "Snapshot when it opened"
    };

    explicit IncidentReport(QObject *parent = nullptr);

    [[nodiscard]] Workspace *workspace() const;
    void setWorkspace(Workspace *workspace);
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString lastPath() const { return m_lastPath; }
    [[nodiscard]] QString errorString() const { return m_error; }

    /// "incident-2026-11-21-delivery-failures-high.pdf" for @p title opened at @p openedAt.
    Q_INVOKABLE static QString defaultFileName(const QString &title,
                                               const QDateTime &openedAt = {});
    /// The default file for incident report @p title in the documents folder, as a URL.
    Q_INVOKABLE static QUrl defaultFileUrl(const QString &title);
    /// Writes the report of incident @p incidentId to @p file (a file URL or a path).
    Q_INVOKABLE void exportPdf(const QString &incidentId, const QUrl &file);

    /// Reads what the report of incident @p incidentId shows (on a service thread). Throws
    /// DatabaseError; nothing when the incident does not exist or is not visible.
    static std::optional<Content> gather(const QSqlDatabase &db, const QString &incidentId);
    /// Writes @p content as a PDF to @p path. False with @p error set when it cannot.
    static bool write(const QString &path, const Content &content, QString *error);

Q_SIGNALS:
    void workspaceChanged();
    void busyChanged();
    void errorStringChanged();
    void exported(const QString &path);
    void failed(const QString &error);

private:
    QCoro::Task<> run(QString incidentId, QString path);
    void setBusy(bool busy);
    void setErrorString(const QString &error);

    QPointer<Workspace> m_workspace;
    bool m_busy = false;
    QString m_lastPath;
    QString m_error;
};

} // namespace opsdesk
