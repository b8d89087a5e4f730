#pragma once

#include "conversations.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <limits>

/// The support inbox: which conversations a person sees (views, status filter, sort, search),
/// their unread counts, and what a person does to a conversation (assign, status, snooze,
/// labels, mark read, presence). Every function runs under the caller's own PostgreSQL role, so
/// row-level security and grants decide (migrations 0005 and 0007): a manager's write is refused
/// by the database with SQLSTATE 42501, whatever the UI shows. Functions throw DatabaseError.
namespace opsdesk::inbox {

/// Which conversations: everyone's, those assigned to the signed-in person, nobody's.
enum class View { All, Mine, Unassigned };
/// Most recent activity first (last_message_at DESC), or the customer waiting longest first
/// (waiting_since ASC; conversations nobody is waiting on come last).
enum class Sort { LastActivity, WaitingLongest };

/// What the list shows. Every field is validated by the functions below: unknown statuses are
/// ignored, the search text is matched literally (no wildcards), case-insensitively, against the
/// contact's name and number and the text of every message (notes included).
struct Filter {
    View view = View::All;
    QStringList statuses; ///< open, pending, snoozed, resolved; empty = all four
    Sort sort = Sort::LastActivity;
    QString search;   ///< trimmed; at most 200 characters are used; empty = no search
    QString personId; ///< the signed-in person (admin_users.id), for View::Mine

    /// The key a row has in this order, microseconds since the epoch; waiting_since NULL sorts
    /// last as kNotWaiting.
    [[nodiscard]] qint64 sortKeyOf(const conversations::Summary &row) const;
    /// True when @p a comes before @p b in this order (ties broken by id, as in SQL).
    [[nodiscard]] bool before(const conversations::Summary &a,
                              const conversations::Summary &b) const;
    bool operator==(const Filter &) const = default;
};

/// waiting_since of a conversation nobody is waiting on, as a sort key (SQL 'infinity').
inline constexpr qint64 kNotWaiting = std::numeric_limits<qint64>::max();

/// Keyset cursor: the sort key and id of the last row shown (empty id = from the top).
struct Cursor {
    qint64 sortKey = 0;
    QString id;
};

/// One page of @p filter after @p after, at most @p limit rows, in the filter's order.
QList<conversations::Summary> fetchPage(const QSqlDatabase &db, const Filter &filter,
                                        const Cursor &after, int limit);
/// The rows among @p ids that match @p filter (live updates: a row that no longer matches is
/// missing from the answer, so the list drops it).
QList<conversations::Summary> fetchByIds(const QSqlDatabase &db, const Filter &filter,
                                         const QStringList &ids);
/// The rows of contacts @p contactIds that match @p filter (a contact's name changed).
QList<conversations::Summary> fetchByContactIds(const QSqlDatabase &db, const Filter &filter,
                                                const QStringList &contactIds);

/// Conversations with unread customer messages in each view, under @p filter's statuses and
/// search (its view and sort are ignored).
struct UnreadCounts {
    int all = 0;
    int mine = 0;
    int unassigned = 0;
};
UnreadCounts fetchUnreadCounts(const QSqlDatabase &db, const Filter &filter);

/// One conversation with everything the thread header shows.
struct Details {
    conversations::Summary summary;
    QStringList viewers; ///< display names of other people who have it open (seen < 60 s ago)
};
/// The conversation @p id, or an empty id when it does not exist or is not visible.
Details fetchDetails(const QSqlDatabase &db, const QString &id, const QString &personId);

/// A person a conversation can be assigned to (active support staff and admins).
struct Assignee {
    QString id;
    QString displayName;
};
QList<Assignee> fetchAssignees(const QSqlDatabase &db);

/// Assigns @p conversationId to @p personId (empty = nobody).
void assign(const QSqlDatabase &db, const QString &conversationId, const QString &personId);
/// Sets the status: open, pending or resolved. Use snooze() for snoozed. Throws DatabaseError
/// (SQLSTATE 22023) for any other value.
void setStatus(const QSqlDatabase &db, const QString &conversationId, const QString &status);
/// Snoozes until @p until (must be in the future, else DatabaseError 22023). The conversation
/// reopens at that time (opsdeskd) or as soon as the customer writes.
void snooze(const QSqlDatabase &db, const QString &conversationId, const QDateTime &until);
/// Replaces the labels: each trimmed, 1-32 characters, no duplicates (case-insensitive), at
/// most 20. Throws DatabaseError 22023 naming the offending label.
void setLabels(const QSqlDatabase &db, const QString &conversationId, const QStringList &labels);
/// The signed-in person has read the conversation: unread count to 0, agent_last_seen_at now.
/// Writes nothing when there was nothing unread.
void markRead(const QSqlDatabase &db, const QString &conversationId);

/// Presence: the signed-in person has @p conversationId on screen (call every 20 s), or left it.
void touchPresence(const QSqlDatabase &db, const QString &conversationId);
void leavePresence(const QSqlDatabase &db, const QString &conversationId);

} // namespace opsdesk::inbox
