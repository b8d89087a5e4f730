#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace opsdesk::conversations {

/// One row of the conversation list.
struct Summary {
    QString id;
    QString contactName;  ///< WhatsApp profile name, or the number when there is none
    QString contactPhone; ///< wa_id (international number without '+')
    QString status;       ///< open, pending, snoozed, resolved
    QString lastMessagePreview;
    QString lastMessageDirection; ///< inbound, outbound
    QDateTime lastMessageAt;      ///< UTC, for display (QDateTime keeps milliseconds only)
    qint64 lastMessageAtUs =
        0; ///< the same in microseconds since the epoch: the exact sort key (with id)
    QDateTime lastInboundAt; ///< UTC; the 24-hour customer service window runs from here
    int unreadCount = 0;
    QString assigneeId;   ///< admin_users.id; empty = unassigned
    QString assigneeName; ///< display name of the assignee
    QStringList labels;
    QDateTime snoozedUntil;    ///< UTC; set while snoozed
    QDateTime waitingSince;    ///< UTC; the customer's first unanswered message, invalid if none
    qint64 waitingSinceUs = 0; ///< the same in microseconds; 0 when nobody is waiting
};

/// One message of a thread.
struct Message {
    QString id;
    QString conversationId;
    QString direction; ///< inbound, outbound
    QString kind;      ///< text, image, ..., note, unsupported
    QString body;
    QString status; ///< queued, sent, delivered, read, failed; empty for inbound
    int errorCode = 0;
    QString errorTitle;
    QDateTime createdAt;    ///< UTC
    QString mediaInfo;      ///< for non-text kinds: mime type / file name / coordinates, when known
    QString authorName;     ///< outbound: the person who wrote it; empty for opsdeskd (API, demo)
    qint64 createdAtUs = 0; ///< created_at in microseconds since the epoch (keyset cursor)
    QString templateName;   ///< kind template: message_templates.name
};

/// The newest @p limit messages of a conversation, oldest first.
QList<Message> fetchThread(const QSqlDatabase &db, const QString &conversationId, int limit);
/// The messages of a conversation newest first, keyset-paged by (created_at, id): those before
/// @p beforeUs (microseconds since the epoch) / @p beforeId, or from the newest when @p beforeId
/// is empty; at most @p limit. The automation API's `GET …/messages`.
/// Private notes are left out unless @p includeNotes.
QList<Message> fetchThreadPage(const QSqlDatabase &db, const QString &conversationId,
                               qint64 beforeUs, const QString &beforeId, int limit,
                               bool includeNotes);
/// Messages among @p ids that belong to @p conversationId.
QList<Message> fetchMessagesByIds(const QSqlDatabase &db, const QString &conversationId,
                                  const QStringList &ids);

/// Today's counters for the Overview (UTC day).
struct Counters {
    qint64 webhookEventsToday = 0;
    qint64 inboundMessagesToday = 0;
    qint64 failedDeliveriesToday = 0;
    qint64 openConversations = 0;
};
Counters fetchCounters(const QSqlDatabase &db);

} // namespace opsdesk::conversations
