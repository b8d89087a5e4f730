#pragma once

#include "incidents.h"
#include "liverows.h"
#include "sessionmodelbase.h"

#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

/// Labels of incidents and alert rules, decided here so the pages, the report and the tests
/// agree. Translated in the context "IncidentDisplay".
namespace opsdesk::incidentdisplay {

/// "Critical", "High", "Medium", "Low".
QString severityLabel(const QString &severity);
/// The meaning the colour carries (ToneChip): critical danger, high warning, medium info, low
/// neutral.
QString severityMeaning(const QString &severity);
/// "Triggered", "Acknowledged", "Resolved".
QString statusLabel(const QString &status);
/// triggered danger, acknowledged warning, resolved success.
QString statusMeaning(const QString &status);
/// "opened just now", "opened 12 min ago", "opened 3 h ago", "opened 2 days ago".
QString ageLabel(const QDateTime &openedAt, const QDateTime &now = QDateTime::currentDateTimeUtc());
/// "45 s", "12 min", "1 h 5 min", "2 days 3 h".
QString durationLabel(qint64 seconds);
/// A threshold or value with its unit: "25 %", "3.5 s", "120 jobs".
QString valueLabel(double value, const QString &unit);
/// "Delivery failure rate > 25 % for 1 min" ("… at once" for 0 s).
QString conditionLabel(const QString &seriesTitle, const QString &comparator, double threshold,
                       const QString &unit, int forSeconds);
/// "Alert rule “Failures high”", "Alert rule (deleted)" or "Opened by hand".
QString sourceLabel(const incidents::Incident &incident);
/// "21 Nov 2026, 14:05:09 CET" (local time with its zone); empty for an invalid time.
QString zonedTime(const QDateTime &at);
/// [{value, label}] of the four severities, most severe first.
QVariantList severityChoices(bool withAll);

} // namespace opsdesk::incidentdisplay

namespace opsdesk {

/// The Incidents page's list: incidents of a status filter (unresolved by default) and an
/// optional severity, newest first (opened_at DESC, id DESC), keyset-paged, live.
///
/// Created in QML as `IncidentListModel { workspace: Workspace }` (managers and admins; the
/// database refuses support anyway, deniedReason says so). A new incident arrives at the top
/// without a reload; a status change updates its row, or removes it when it no longer matches.
/// With announceSeverities set, incidentOpened() is emitted once for each incident of those
/// severities that opens while the model watches (not for those already open at sign-in): the
/// desktop notification and the in-window banner use it.
class IncidentListModel : public opsdesk::SessionModelBase
{
    Q_OBJECT
    QML_ELEMENT
    /// unresolved (default), triggered, acknowledged, resolved or all.
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filterChanged)
    /// critical, high, medium, low, or empty for all.
    Q_PROPERTY(
        QString severityFilter READ severityFilter WRITE setSeverityFilter NOTIFY filterChanged)
    /// Anything but the default filter.
    Q_PROPERTY(bool filtered READ filtered NOTIFY filterChanged)
    /// [{value, label}] for the status and severity drop-downs.
    Q_PROPERTY(QVariantList statusChoices READ statusChoices CONSTANT)
    Q_PROPERTY(QVariantList severityChoices READ severityChoices CONSTANT)
    /// True once a load finished (an empty list then means "none").
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    /// The signed-in person may open incidents (admins).
    Q_PROPERTY(bool canManage READ canManage NOTIFY canManageChanged)
    /// Severities incidentOpened() is emitted for; empty (default) = none.
    Q_PROPERTY(QStringList announceSeverities READ announceSeverities WRITE setAnnounceSeverities
                   NOTIFY announceSeveritiesChanged)
    /// Problems of the last openIncident(), per field; empty when fine.
    Q_PROPERTY(QString titleError READ titleError NOTIFY errorsChanged)
    Q_PROPERTY(QString descriptionError READ descriptionError NOTIFY errorsChanged)

public:
    enum Role {
        IncidentIdRole = Qt::UserRole + 1, ///< QString incidents.id (uuid)
        TitleRole,                         ///< "Delivery failures high"
        SeverityRole,                      ///< critical, high, medium, low
        SeverityLabelRole,                 ///< "Critical"
        SeverityMeaningRole,               ///< danger, warning, info, neutral (chip colour)
        StatusRole,                        ///< triggered, acknowledged, resolved
        StatusLabelRole,                   ///< "Triggered"
        StatusMeaningRole,                 ///< danger, warning, success
        AssigneeNameRole,                  ///< display name; empty = unassigned
        AgeLabelRole,                      ///< "opened 12 min ago" (refreshed every minute)
        OpenedAtLabelRole,                 ///< "21 Nov 2026, 14:05:09 CET"
        SourceLabelRole,                   ///< "Alert rule “…”" or "Opened by hand"
        IsResolvedRole,                    ///< bool
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 100;
    static constexpr int kMaxTitleLength = 200;
    static constexpr int kMaxDescriptionLength = 4000;

    explicit IncidentListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] QString statusFilter() const { return m_statusKey; }
    void setStatusFilter(const QString &key);
    [[nodiscard]] QString severityFilter() const { return m_filter.severity; }
    void setSeverityFilter(const QString &severity);
    [[nodiscard]] bool filtered() const;
    [[nodiscard]] QVariantList statusChoices() const;
    [[nodiscard]] QVariantList severityChoices() const;
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] bool canManage() const;
    [[nodiscard]] QStringList announceSeverities() const { return m_announce; }
    void setAnnounceSeverities(const QStringList &severities);
    [[nodiscard]] QString titleError() const { return m_titleError; }
    [[nodiscard]] QString descriptionError() const { return m_descriptionError; }

    /// Row of incident @p id, or -1.
    Q_INVOKABLE int rowOf(const QString &id) const { return m_rows.indexOfKey(id); }
    /// Incident id at @p row, or an empty string.
    Q_INVOKABLE QString idAt(int row) const;
    Q_INVOKABLE QString titleProblem(const QString &title) const;
    Q_INVOKABLE QString descriptionProblem(const QString &description) const;
    /// Opens a manual incident (admins). Success: opened(id); failure: the field errors or
    /// actionError.
    Q_INVOKABLE void openIncident(const QString &title, const QString &severity,
                                  const QString &description, const QString &assigneeId);
    Q_INVOKABLE void clearErrors();

Q_SIGNALS:
    void filterChanged();
    void loadedChanged();
    void canManageChanged();
    void announceSeveritiesChanged();
    void errorsChanged();
    /// A manual incident was opened by openIncident().
    void opened(const QString &id);
    /// Incident @p id of an announced severity opened while this model watched.
    void incidentOpened(const QString &id, const QString &title, const QString &severity,
                        const QString &severityLabel);

protected:
    QCoro::Task<> load() override { return loadPage({}); }
    QCoro::Task<> refetch(ChangeCoalescer::KeysByTable keys) override;
    void clearRows() override;
    [[nodiscard]] QString deniedReason() const override;
    void onPersonChanged() override;

private:
    QCoro::Task<> loadPage(incidents::Cursor after);
    QCoro::Task<> create(incidents::NewIncident incident);
    void setFilter(const incidents::Filter &filter, const QString &statusKey);
    void announce(const QList<incidents::Incident> &fresh);
    void setErrors(const QString &title, const QString &description, const QString &action);

    incidents::Filter m_filter;
    QString m_statusKey;
    LiveRows<incidents::Incident> m_rows;
    QTimer m_clock;
    QStringList m_announce;
    QDateTime m_watchSince; ///< database time of the first load for this person
    QSet<QString> m_known;  ///< incidents seen (not announced again)
    bool m_loaded = false;
    bool m_atEnd = true;
    bool m_paging = false;
    QString m_titleError;
    QString m_descriptionError;
};

} // namespace opsdesk
