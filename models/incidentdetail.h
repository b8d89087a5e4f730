#pragma once

#include "incidents.h"
#include "liverows.h"
#include "sessionmodelbase.h"

#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

#include <optional>

namespace opsdesk {

/// One incident for the detail pane: its fields as properties, its timeline as rows (oldest
/// first: status changes, notes, assignments, metric snapshots), live; and what an admin does
/// to it (acknowledge, resolve with a summary, reopen, reassign, change the severity, add a
/// note).
///
/// Created in QML as `IncidentDetail { workspace: Workspace; incidentId: … }`. Managers read
/// everything; canManage is false for them and readOnlyReason says why, but the actions still
/// go to the database when called, which refuses them (42501): the UI never pretends. A refused
/// action (ODI01 with its hint, ODI03, ODI04, 42501) becomes actionError in people's words.
class IncidentDetail : public opsdesk::SessionModelBase
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString incidentId READ incidentId WRITE setIncidentId NOTIFY incidentIdChanged)
    /// The incident is loaded (false while none is chosen, or it is not visible).
    Q_PROPERTY(bool hasIncident READ hasIncident NOTIFY incidentChanged)
    Q_PROPERTY(QString title READ title NOTIFY incidentChanged)
    Q_PROPERTY(QString description READ description NOTIFY incidentChanged)
    Q_PROPERTY(QString severity READ severity NOTIFY incidentChanged)
    Q_PROPERTY(QString severityLabel READ severityLabel NOTIFY incidentChanged)
    Q_PROPERTY(QString severityMeaning READ severityMeaning NOTIFY incidentChanged)
    Q_PROPERTY(QString status READ status NOTIFY incidentChanged)
    Q_PROPERTY(QString statusLabel READ statusLabel NOTIFY incidentChanged)
    Q_PROPERTY(QString statusMeaning READ statusMeaning NOTIFY incidentChanged)
    Q_PROPERTY(QString assigneeId READ assigneeId NOTIFY incidentChanged)
    /// Display name, or "Nobody" when unassigned.
    Q_PROPERTY(QString assigneeLabel READ assigneeLabel NOTIFY incidentChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY incidentChanged)
    Q_PROPERTY(QString sourceLabel READ sourceLabel NOTIFY incidentChanged)
    /// "Delivery failure rate > 25 % for 1 min"; empty for manual incidents and deleted rules.
    Q_PROPERTY(QString conditionLabel READ conditionLabel NOTIFY incidentChanged)
    Q_PROPERTY(QString openedAtLabel READ openedAtLabel NOTIFY incidentChanged)
    Q_PROPERTY(QString acknowledgedAtLabel READ acknowledgedAtLabel NOTIFY incidentChanged)
    Q_PROPERTY(QString resolvedAtLabel READ resolvedAtLabel NOTIFY incidentChanged)
    /// "Open for 12 min" / "Resolved after 1 h 5 min".
    Q_PROPERTY(QString durationLabel READ durationLabel NOTIFY clockChanged)
    /// The signed-in person may act on incidents (admins).
    Q_PROPERTY(bool canManage READ canManage NOTIFY canManageChanged)
    /// Why the actions are disabled; empty when canManage.
    Q_PROPERTY(QString readOnlyReason READ readOnlyReason NOTIFY canManageChanged)
    /// What the state machine allows from the current status.
    Q_PROPERTY(bool canAcknowledge READ canAcknowledge NOTIFY incidentChanged)
    Q_PROPERTY(bool canResolve READ canResolve NOTIFY incidentChanged)
    Q_PROPERTY(bool canReopen READ canReopen NOTIFY incidentChanged)
    /// [{id, name, isMe}] of the active admins an incident can be assigned to.
    Q_PROPERTY(QVariantList responders READ responders NOTIFY respondersChanged)
    /// [{value, label}]: "Nobody yet" (value "") then the responders, for the New incident form.
    Q_PROPERTY(QVariantList assigneeChoices READ assigneeChoices NOTIFY respondersChanged)
    Q_PROPERTY(QVariantList severityChoices READ severityChoices CONSTANT)

public:
    enum Role {
        EventIdRole = Qt::UserRole + 1, ///< qint64 incident_events.id
        KindRole,                       ///< note, status, assignment, metric
        KindLabelRole,                  ///< "Note", "Status", "Assignment", "Metric"
        BodyRole,                       ///< the line's text
        ActorNameRole,                  ///< who; empty for the database or an alert rule
        TimeLabelRole,                  ///< "14:05" today, else a short date
        FullTimeRole,                   ///< "21 Nov 2026, 14:05:09 CET"
        MeaningRole,                    ///< marker colour: danger, warning, success, info, neutral
        HasChartRole,                   ///< bool: a metric line with points
        ChartPointsRole,                ///< [{x, y}] epoch seconds and value
        ChartMinXRole,                  ///< double, the chart's x range
        ChartMaxXRole,
        ChartMinYRole, ///< double, the chart's y range (threshold and points, padded)
        ChartMaxYRole,
        ThresholdRole,      ///< double
        ChartCaptionRole,   ///< "Delivery failure rate: 31 % (threshold > 25 %)"
        ChartRangeLabelRole ///< "14:05 – 14:35"
    };
    Q_ENUM(Role)

    static constexpr int kMaxNoteLength = 10000;
    static constexpr int kMaxSummaryLength = 4000;

    explicit IncidentDetail(QObject *parent = nullptr);

    /// "Note", "Status", "Assignment" or "Metric" (translated) for a timeline line's kind.
    static QString kindLabel(const QString &kind);
    /// A timeline line's text in the reader's language. The database words status, severity and
    /// assignment lines in English (for psql and the audit trail); they are rebuilt here from
    /// their data. Notes and metric lines are shown as written.
    static QString bodyLabel(const incidents::Event &event);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString incidentId() const { return m_id; }
    void setIncidentId(const QString &id);
    [[nodiscard]] bool hasIncident() const { return m_incident.has_value(); }
    [[nodiscard]] QString title() const { return field(&incidents::Incident::title); }
    [[nodiscard]] QString description() const { return field(&incidents::Incident::description); }
    [[nodiscard]] QString severity() const { return field(&incidents::Incident::severity); }
    [[nodiscard]] QString severityLabel() const;
    [[nodiscard]] QString severityMeaning() const;
    [[nodiscard]] QString status() const { return field(&incidents::Incident::status); }
    [[nodiscard]] QString statusLabel() const;
    [[nodiscard]] QString statusMeaning() const;
    [[nodiscard]] QString assigneeId() const { return field(&incidents::Incident::assigneeId); }
    [[nodiscard]] QString assigneeLabel() const;
    [[nodiscard]] QString summary() const { return field(&incidents::Incident::summary); }
    [[nodiscard]] QString sourceLabel() const;
    [[nodiscard]] QString conditionLabel() const;
    [[nodiscard]] QString openedAtLabel() const;
    [[nodiscard]] QString acknowledgedAtLabel() const;
    [[nodiscard]] QString resolvedAtLabel() const;
    [[nodiscard]] QString durationLabel() const;
    [[nodiscard]] bool canManage() const;
    [[nodiscard]] QString readOnlyReason() const;
    [[nodiscard]] bool canAcknowledge() const { return status() == u"triggered"; }
    [[nodiscard]] bool canResolve() const { return hasIncident() && status() != u"resolved"; }
    [[nodiscard]] bool canReopen() const { return status() == u"resolved"; }
    [[nodiscard]] QVariantList responders() const;
    [[nodiscard]] QVariantList assigneeChoices() const;
    [[nodiscard]] QVariantList severityChoices() const;
    /// The loaded incident, if any (the report reads it).
    [[nodiscard]] const std::optional<incidents::Incident> &incident() const { return m_incident; }

    Q_INVOKABLE void acknowledge() { changeStatus(QStringLiteral("acknowledged"), {}); }
    /// Resolves with @p summary (required: an empty one is refused here, as the database would).
    Q_INVOKABLE void resolve(const QString &summary);
    Q_INVOKABLE void reopen() { changeStatus(QStringLiteral("triggered"), {}); }
    /// Any status, for what the buttons do not offer: the database decides (ODI01).
    Q_INVOKABLE void changeStatus(const QString &status, const QString &summary);
    /// Assigns the incident to @p personId (empty = nobody).
    Q_INVOKABLE void assign(const QString &personId);
    Q_INVOKABLE void setSeverity(const QString &severity);
    /// Adds @p body as a note in the signed-in person's name. Success: noteAdded().
    Q_INVOKABLE void addNote(const QString &body);
    Q_INVOKABLE QString summaryProblem(const QString &summary) const;
    Q_INVOKABLE QString noteProblem(const QString &body) const;

Q_SIGNALS:
    void incidentIdChanged();
    void incidentChanged();
    void clockChanged();
    void canManageChanged();
    void respondersChanged();
    /// An action succeeded (@p action: acknowledged, resolved, triggered, assigned, severity,
    /// note).
    void actionDone(const QString &action);
    void noteAdded();

protected:
    QCoro::Task<> load() override;
    QCoro::Task<> refetch(ChangeCoalescer::KeysByTable keys) override;
    void clearRows() override;
    [[nodiscard]] QString deniedReason() const override;
    void onPersonChanged() override { Q_EMIT canManageChanged(); }

private:
    using Action = std::function<void(const QSqlDatabase &)>;
    [[nodiscard]] QString field(QString incidents::Incident::*member) const
    {
        return m_incident ? (*m_incident).*member : QString();
    }
    QCoro::Task<> runAction(QString action, Action work);
    QCoro::Task<> loadResponders();
    void setIncident(std::optional<incidents::Incident> incident);

    QString m_id;
    std::optional<incidents::Incident> m_incident;
    QList<incidents::Responder> m_responders;
    LiveRows<incidents::Event> m_rows;
    QTimer m_clock;
};

} // namespace opsdesk
