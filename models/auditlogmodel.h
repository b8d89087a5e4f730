#pragma once

#include "auditlog.h"
#include "changecoalescer.h"
#include "liverows.h"

#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

#include <atomic>
#include <memory>
#include <optional>

Q_MOC_INCLUDE("workspace.h")

namespace opsdesk {

class Database;
class Workspace;

/// The Audit trail screen: opsdesk.audit_log newest first, filtered, live (services/auditlog.h).
///
/// Created in QML as `AuditLogModel { workspace: Workspace }`. Loads when the workspace has a
/// database and the signed-in person may read the trail (managers and admins); reloads on
/// Workspace::reloadRequested and when the person changes. Keyset-paged, 100 entries at a time
/// (fetchMore). New entries arrive through the change feed and are refetched with the filter
/// applied by the server, so only matching ones appear, at the top, as inserted rows.
///
/// Filters are properties; setting any of them reloads on the next event-loop turn (several set
/// together cause one query). The time range is a preset counted back from the moment of the
/// (re)load, or a custom from/to typed as local date and time ("2026-03-01 14:00" or a bare
/// date; a bare end date includes that day). An invalid custom range sets rangeError and keeps
/// the list as it was.
///
/// select() shows one entry in the detail properties: who, when, from where, and a diff list of
/// {field, before, after, beforeEmpty, afterEmpty, kind} maps (kind "changed" for updates,
/// "added" for an insert's fields, "removed" for a delete's), plus where a click on the resource
/// leads (linkPage, and for conversations, messages and contacts the conversation to open).
///
/// exportCsv() writes every entry matching the current filter to a file on a worker thread
/// (auditlog::exportCsvFile: keyset batches, constant memory), with progress, cancel and error
/// properties.
// Base spelled fully qualified: Qt 6.4 qmltyperegistrar does not resolve it otherwise, and QML
// tooling would lose the inherited loading/errorString/count properties.
class AuditLogModel : public opsdesk::LiveModelBase
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        opsdesk::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    /// Whether the signed-in person may read the audit trail (managers and admins).
    Q_PROPERTY(bool permitted READ permitted NOTIFY permittedChanged)
    /// True once a load finished (so an empty list means "no entries", not "not loaded yet").
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)

    // Filters: empty = any.
    Q_PROPERTY(QString actor READ actor WRITE setActor NOTIFY filterChanged)
    Q_PROPERTY(QString action READ action WRITE setAction NOTIFY filterChanged)
    Q_PROPERTY(QString resourceType READ resourceType WRITE setResourceType NOTIFY filterChanged)
    Q_PROPERTY(QString resourceId READ resourceId WRITE setResourceId NOTIFY filterChanged)
    Q_PROPERTY(TimeRange timeRange READ timeRange WRITE setTimeRange NOTIFY filterChanged)
    /// Custom range bounds (timeRange == CustomRange), local time; empty = unbounded.
    Q_PROPERTY(QString customFrom READ customFrom WRITE setCustomFrom NOTIFY filterChanged)
    Q_PROPERTY(QString customTo READ customTo WRITE setCustomTo NOTIFY filterChanged)
    /// Free text, matched literally (see auditlog::Filter::text). Leading and trailing spaces
    /// are ignored.
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    /// True when any filter narrows the list (the time range included).
    Q_PROPERTY(bool filtered READ filtered NOTIFY filterChanged)
    /// Why the custom range cannot be used; empty when it can.
    Q_PROPERTY(QString rangeError READ rangeError NOTIFY filterChanged)
    /// The time span the list covers, e.g. "Since 3 Mar 2026, 14:05", "All time".
    Q_PROPERTY(QString rangeLabel READ rangeLabel NOTIFY filterChanged)
    /// A word about the search text when it will be slow: without three letters or digits in a
    /// row it cannot use the trigram index and reads the whole trail. Empty otherwise.
    Q_PROPERTY(QString searchHint READ searchHint NOTIFY filterChanged)

    /// Filter choices: lists of {value, label} maps, the first one "any".
    Q_PROPERTY(QVariantList actorChoices READ actorChoices NOTIFY choicesChanged)
    Q_PROPERTY(QVariantList actionChoices READ actionChoices CONSTANT)
    Q_PROPERTY(QVariantList resourceTypeChoices READ resourceTypeChoices NOTIFY choicesChanged)
    Q_PROPERTY(QVariantList timeRangeChoices READ timeRangeChoices CONSTANT)

    // The selected entry (selectedId 0: none).
    /// audit_log.id of the selected entry; 0 when none. A double for QML (ids stay far below 2^53).
    Q_PROPERTY(double selectedId READ selectedIdNumber NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedFullTime READ selectedFullTime NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedActor READ selectedActor NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedActorName READ selectedActorName NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedOnBehalfOf READ selectedOnBehalfOf NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedAction READ selectedAction NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedActionLabel READ selectedActionLabel NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedActionTone READ selectedActionTone NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedResourceType READ selectedResourceType NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedResourceLabel READ selectedResourceLabel NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedResourceId READ selectedResourceId NOTIFY selectedChanged)
    /// "10.0.0.5 · opsdesk"; "Local connection" without an address.
    Q_PROPERTY(QString selectedOrigin READ selectedOrigin NOTIFY selectedChanged)
    /// "2 fields changed", "Created with 9 fields", …
    Q_PROPERTY(QString selectedDiffTitle READ selectedDiffTitle NOTIFY selectedChanged)
    Q_PROPERTY(QVariantList selectedDiff READ selectedDiff NOTIFY selectedChanged)
    /// Where a click on the resource leads: a Navigation page name ("conversations", "users",
    /// "apikeys", "events") or empty when nowhere.
    Q_PROPERTY(QString linkPage READ linkPage NOTIFY linkChanged)
    /// The button text ("Open conversation", …) or why there is none ("The conversation no
    /// longer exists").
    Q_PROPERTY(QString linkLabel READ linkLabel NOTIFY linkChanged)
    /// For conversations, messages and contacts: the conversation to open.
    Q_PROPERTY(QString linkConversationId READ linkConversationId NOTIFY linkChanged)

    // CSV export
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportChanged)
    /// 0…1 while exporting; -1 while the total is still being counted.
    Q_PROPERTY(double exportProgress READ exportProgress NOTIFY exportChanged)
    /// "12,000 of 100,000 entries", "Saved 100,000 entries to audit.csv", "Export cancelled…"
    Q_PROPERTY(QString exportStatus READ exportStatus NOTIFY exportChanged)
    /// Why the last export failed; empty when it did not.
    Q_PROPERTY(QString exportError READ exportError NOTIFY exportChanged)
    /// Where the save dialog starts: "audit-trail-2026-03-01.csv" in the Documents folder.
    Q_PROPERTY(QUrl suggestedExportFile READ suggestedExportFile NOTIFY filterChanged)

public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1, ///< qint64 audit_log.id
        AtRole,                         ///< QDateTime (UTC)
        TimeLabelRole,                  ///< "14:05:09" today, else "3 Mar, 14:05" / "3 Mar 2025"
        FullTimeRole,                   ///< "3 Mar 2026, 14:05:09"
        ActorRole,                      ///< database role that acted
        ActorNameRole,                  ///< the person's display name, else the role
        ActorInitialsRole,              ///< avatar text
        ActionRole,                     ///< wire value: insert, update, delete, prune
        ActionLabelRole,                ///< "Created", "Changed", "Deleted", "Pruned"
        ActionToneRole,                 ///< colour meaning: success, info, danger, warning
        ResourceTypeRole,               ///< table name
        ResourceLabelRole,              ///< "Conversation 1a2b3c4d"
        ResourceIdRole,                 ///< full id
        SummaryRole,                    ///< one line, e.g. "status: open → resolved"
        OriginRole,                     ///< "10.0.0.5 · opsdesk"
    };
    Q_ENUM(Role)

    /// Time range presets; the custom range uses customFrom/customTo.
    enum TimeRange { LastHour, Last24Hours, Last7Days, Last30Days, AllTime, CustomRange };
    Q_ENUM(TimeRange)

    explicit AuditLogModel(QObject *parent = nullptr);
    ~AuditLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);
    [[nodiscard]] bool permitted() const;
    [[nodiscard]] bool loaded() const { return m_loaded; }

    [[nodiscard]] QString actor() const { return m_actor; }
    void setActor(const QString &actor);
    [[nodiscard]] QString action() const { return m_action; }
    void setAction(const QString &action);
    [[nodiscard]] QString resourceType() const { return m_resourceType; }
    void setResourceType(const QString &resourceType);
    [[nodiscard]] QString resourceId() const { return m_resourceId; }
    void setResourceId(const QString &resourceId);
    [[nodiscard]] TimeRange timeRange() const { return m_timeRange; }
    void setTimeRange(TimeRange range);
    [[nodiscard]] QString customFrom() const { return m_customFrom; }
    void setCustomFrom(const QString &from);
    [[nodiscard]] QString customTo() const { return m_customTo; }
    void setCustomTo(const QString &to);
    [[nodiscard]] QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    [[nodiscard]] bool filtered() const;
    [[nodiscard]] QString rangeError() const;
    [[nodiscard]] QString rangeLabel() const;
    [[nodiscard]] QString searchHint() const;

    [[nodiscard]] QVariantList actorChoices() const { return m_actorChoices; }
    [[nodiscard]] QVariantList actionChoices() const;
    [[nodiscard]] QVariantList resourceTypeChoices() const { return m_resourceTypeChoices; }
    [[nodiscard]] QVariantList timeRangeChoices() const;

    [[nodiscard]] qint64 selectedId() const;
    [[nodiscard]] double selectedIdNumber() const { return double(selectedId()); }
    [[nodiscard]] QString selectedFullTime() const;
    [[nodiscard]] QString selectedActor() const;
    [[nodiscard]] QString selectedActorName() const;
    [[nodiscard]] QString selectedOnBehalfOf() const;
    [[nodiscard]] QString selectedAction() const;
    [[nodiscard]] QString selectedActionLabel() const;
    [[nodiscard]] QString selectedActionTone() const;
    [[nodiscard]] QString selectedResourceType() const;
    [[nodiscard]] QString selectedResourceLabel() const;
    [[nodiscard]] QString selectedResourceId() const;
    [[nodiscard]] QString selectedOrigin() const;
    [[nodiscard]] QString selectedDiffTitle() const { return m_selectedDiffTitle; }
    [[nodiscard]] QVariantList selectedDiff() const { return m_selectedDiff; }
    [[nodiscard]] QString linkPage() const { return m_linkPage; }
    [[nodiscard]] QString linkLabel() const { return m_linkLabel; }
    [[nodiscard]] QString linkConversationId() const { return m_linkConversationId; }

    [[nodiscard]] bool exporting() const { return m_export != nullptr; }
    [[nodiscard]] double exportProgress() const { return m_exportProgress; }
    [[nodiscard]] QString exportStatus() const { return m_exportStatus; }
    [[nodiscard]] QString exportError() const { return m_exportError; }
    [[nodiscard]] QUrl suggestedExportFile() const;

    /// The filter the list currently shows (time presets resolved at the last reload).
    [[nodiscard]] const auditlog::Filter &appliedFilter() const { return m_applied; }

    /// Loads the first page again (time presets counted back from now).
    Q_INVOKABLE void reload();
    /// Resets every filter (time range: all time).
    Q_INVOKABLE void clearFilters();
    /// Row of entry @p entryId, or -1.
    Q_INVOKABLE int rowOf(qint64 entryId) const;
    /// Shows entry @p entryId in the detail properties (0 clears).
    Q_INVOKABLE void select(qint64 entryId);
    /// Selects the entry in row @p row (clamped to the rows loaded); returns the row selected.
    Q_INVOKABLE int selectRow(int row);
    /// Exports the current filter to @p file (a local file URL from a file dialog; ".csv" is
    /// added when the name has no suffix). Ignored while an export runs.
    Q_INVOKABLE void exportCsv(const QUrl &file);
    Q_INVOKABLE void cancelExport();

Q_SIGNALS:
    void workspaceChanged();
    void permittedChanged();
    void loadedChanged();
    void filterChanged();
    void choicesChanged();
    void selectedChanged();
    void linkChanged();
    void exportChanged();
    /// An export ended: @p ok false when it failed or was cancelled.
    void exportFinished(bool ok, const QString &message);

private:
    /// A list row: the entry plus its one-line summary (computed off the GUI thread).
    struct Row {
        auditlog::Entry entry;
        QString summary;
    };
    /// Shared with the exporting thread.
    struct ExportState {
        std::atomic<qint64> written{0};
        std::atomic<qint64> total{-1};
        std::atomic<bool> cancel{false};
    };

    static QList<Row> decorate(QList<auditlog::Entry> entries);
    [[nodiscard]] Database *database() const;
    void onPersonChanged();
    /// A filter property changed: reload on the next event-loop turn.
    void filterEdited();
    /// Loads the first page for the current filter (or clears the list when signed out).
    void reloadList();
    /// The filter for the current properties, or nullopt when the custom range is invalid.
    [[nodiscard]] std::optional<auditlog::Filter> resolveFilter() const;
    void clearSelection();
    void setSelected(const Row &row);
    void updateExportProgress();
    void finishExport(bool ok, const QString &status, const QString &error);

    QCoro::Task<> load(quint64 generation, auditlog::Cursor after);
    QCoro::Task<> loadChoices();
    QCoro::Task<> refetch(ChangeCoalescer::KeysByTable keys);
    QCoro::Task<> resolveLink(qint64 entryId, QString resourceType, QString resourceId);
    QCoro::Task<> runExport(QString path);

    LiveRows<Row> m_rows;
    ChangeCoalescer m_coalescer;
    QPointer<Workspace> m_workspace;
    QTimer m_reloadTimer;
    QTimer m_exportTimer;
    quint64 m_generation = 0; ///< bumped by every new query; older results are dropped
    bool m_atEnd = true;
    bool m_loaded = false;
    bool m_firstPageInFlight = false;
    /// Live entries applied while the first page was being read: applied again after it, in
    /// case that page's snapshot predates them.
    QList<Row> m_lateRows;

    QString m_actor;
    QString m_action;
    QString m_resourceType;
    QString m_resourceId;
    TimeRange m_timeRange = AllTime;
    QString m_customFrom;
    QString m_customTo;
    QString m_searchText;
    auditlog::Filter m_applied;

    QVariantList m_actorChoices;
    QVariantList m_resourceTypeChoices;

    std::optional<Row> m_selected;
    QString m_selectedDiffTitle;
    QVariantList m_selectedDiff;
    QString m_linkPage;
    QString m_linkLabel;
    QString m_linkConversationId;

    std::shared_ptr<ExportState> m_export;
    double m_exportProgress = 0;
    QString m_exportStatus;
    QString m_exportError;

    static constexpr int kPageSize = 100;
};

} // namespace opsdesk
