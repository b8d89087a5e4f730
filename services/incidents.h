#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

/// Incidents and their timelines (opsdesk.incidents, opsdesk.incident_events; migration 0008).
///
/// Alert rules open incidents by themselves (opsdesk.evaluate_alert_rules, run by opsdeskd);
/// admins open them by hand, acknowledge, resolve, reopen, reassign, change their severity and
/// add notes. Every function runs under the caller's own PostgreSQL role, one statement each (a
/// refusal never leaves a transaction aborted behind it), and the database decides: the
/// incidents_check trigger enforces the status machine (triggered → acknowledged → resolved,
/// triggered → resolved, resolved → triggered) and refuses with SQLSTATE ODI01 (a transition
/// that is not allowed, with a HINT naming the allowed ones), ODI02 (a fixed column), ODI03
/// (reopening while another unresolved incident has the same dedup key) or ODI04 (resolving
/// without a summary); a manager's write gets 42501. Functions throw DatabaseError; refusal()
/// turns one into words for people.
namespace opsdesk::incidents {

/// One incident with what the list and the detail pane show.
struct Incident {
    QString id;
    QString title;
    QString description;
    QString severity; ///< critical, high, medium, low
    QString status;   ///< triggered, acknowledged, resolved
    QString dedupKey;
    QString source; ///< manual, alert_rule
    QString alertRuleId;
    QString alertRuleName; ///< empty for manual incidents and deleted rules
    QString assigneeId;
    QString assigneeName;
    QString openedById;
    QString openedByName; ///< empty when an alert rule opened it
    QDateTime openedAt;   ///< UTC
    QDateTime acknowledgedAt;
    QDateTime resolvedAt;
    QDateTime reopenedAt;
    QString summary;
    qint64 openedAtUs = 0; ///< opened_at in microseconds since the epoch (the keyset)
    /// The rule's condition, when an alert rule opened it and still exists.
    int seriesId = 0;
    QString seriesName;
    QString seriesTitle;
    QString unit;
    QString comparator;
    double threshold = 0;
    int forSeconds = 0;
};

/// Which incidents a list shows.
struct Filter {
    QStringList statuses; ///< triggered, acknowledged, resolved; empty = all
    QString severity;     ///< one severity, empty = all

    [[nodiscard]] bool matches(const Incident &incident) const;
    bool operator==(const Filter &) const = default;
};

/// Newest first: opened_at DESC, id DESC (the list's order and keyset).
[[nodiscard]] bool newerFirst(const Incident &a, const Incident &b);

/// Keyset cursor: opened_at (µs) and id of the last row shown; an empty id = from the top.
struct Cursor {
    qint64 openedAtUs = 0;
    QString id;
};

/// At most @p limit incidents matching @p filter after @p after, newest first.
QList<Incident> fetchPage(const QSqlDatabase &db, const Filter &filter, const Cursor &after,
                          int limit);
/// The incidents among @p ids that match @p filter (live updates: a missing one left the list).
QList<Incident> fetchByIds(const QSqlDatabase &db, const Filter &filter, const QStringList &ids);
/// Incident @p id, or nothing when it does not exist or is not visible.
std::optional<Incident> fetchOne(const QSqlDatabase &db, const QString &id);
/// The database's clock (so "new since sign-in" does not depend on the client's clock).
QDateTime serverTime(const QSqlDatabase &db);

/// One line of an incident's timeline.
struct Event {
    qint64 id = 0;
    QString incidentId;
    QString kind; ///< note, status, assignment, metric
    QString body;
    /// status: {"from","to"}; assignment: {"from","to"}; metric: {"series","title","unit",
    /// "comparator","threshold","value","at","points":[[epoch seconds, value], ...]}.
    QJsonObject data;
    QString actorId;
    QString actorName; ///< empty for lines the database or an alert rule wrote
    QDateTime at;      ///< UTC
};
/// The timeline of @p incidentId, oldest first.
QList<Event> fetchEvents(const QSqlDatabase &db, const QString &incidentId);

/// Someone an incident can be assigned to: an active admin.
struct Responder {
    QString id;
    QString displayName;
};
QList<Responder> fetchResponders(const QSqlDatabase &db);

/// A manual incident as an admin opens it.
struct NewIncident {
    QString title;
    QString severity;
    QString description;
    QString assigneeId; ///< empty = nobody
};
/// Opens @p incident (status triggered, source manual, opened by the caller); returns its id.
QString open(const QSqlDatabase &db, const NewIncident &incident);
/// Moves incident @p id to @p status (acknowledged, resolved with @p summary, or triggered to
/// reopen). The database refuses what its state machine does not allow.
void setStatus(const QSqlDatabase &db, const QString &id, const QString &status,
               const QString &summary = {});
/// Assigns incident @p id to @p personId (empty = nobody).
void assign(const QSqlDatabase &db, const QString &id, const QString &personId);
void setSeverity(const QSqlDatabase &db, const QString &id, const QString &severity);
/// Adds a note in the caller's name to the timeline of incident @p id; returns the event id.
qint64 addNote(const QSqlDatabase &db, const QString &id, const QString &body);

/// Points [epoch seconds, value] of metric series @p seriesId between @p since and @p until,
/// averaged over buckets so there are about @p points of them (opsdesk.metric_points).
QList<QPointF> fetchSeriesPoints(const QSqlDatabase &db, int seriesId, const QDateTime &since,
                                 const QDateTime &until, int points = 240);

/// The HINT line of a server message ("From resolved it may go to: triggered."), or empty.
QString hintOf(const QString &serverMessage);
/// What to tell a person about a refused write: the server's primary message and its hint, e.g.
/// `incident "Disk full" cannot go from resolved to acknowledged. From resolved it may go to:
/// triggered.`
QString refusal(const QString &serverMessage);

} // namespace opsdesk::incidents
