#include "conversations.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace opsdesk::conversations {
namespace {

const auto kMessageColumns = uR"(
SELECT m.id, m.conversation_id, m.direction, m.kind, m.body, m.status, m.error_code,
       m.error_title, m.created_at,
       concat_ws(' · ', m.content -> m.kind ->> 'mime_type', m.content -> m.kind ->> 'filename',
                 CASE WHEN m.kind = 'location'
                      THEN (m.content -> 'location' ->> 'latitude') || ', ' ||
                           (m.content -> 'location' ->> 'longitude') END),
       a.display_name, (extract(epoch FROM m.created_at) * 1000000)::bigint,
       CASE WHEN m.kind = 'template' THEN m.content -> 'template' ->> 'name' END
  FROM opsdesk.messages m LEFT JOIN opsdesk.admin_users a ON a.id = m.author_id )"_s;

QList<Message> readMessages(QSqlQuery &query)
{
    QList<Message> rows;
    while (query.next()) {
        Message row;
        row.id = query.value(0).toString();
        row.conversationId = query.value(1).toString();
        row.direction = query.value(2).toString();
        row.kind = query.value(3).toString();
        row.body = query.value(4).toString();
        row.status = query.value(5).toString();
        row.errorCode = query.value(6).toInt();
        row.errorTitle = query.value(7).toString();
        row.createdAt = query.value(8).toDateTime().toUTC();
        row.mediaInfo = query.value(9).toString();
        row.authorName = query.value(10).toString();
        row.createdAtUs = query.value(11).toLongLong();
        row.templateName = query.value(12).toString();
        rows.append(row);
    }
    throwIfIncomplete(query);
    return rows;
}

} // namespace

QList<Message> fetchThread(const QSqlDatabase &db, const QString &conversationId, int limit)
{
    auto query = exec(db,
                      u"SELECT * FROM ("_s + kMessageColumns +
                          u"WHERE m.conversation_id = ?::uuid"
                          u" ORDER BY m.created_at DESC, m.id DESC LIMIT ?) t"
                          u" ORDER BY created_at, id"_s,
                      {conversationId, limit});
    return readMessages(query);
}

QList<Message> fetchThreadPage(const QSqlDatabase &db, const QString &conversationId,
                               qint64 beforeUs, const QString &beforeId, int limit,
                               bool includeNotes)
{
    const QString notes = includeNotes ? QString() : u" AND m.kind <> 'note'"_s;
    if (beforeId.isEmpty()) {
        auto query = exec(db,
                          kMessageColumns + u"WHERE m.conversation_id = ?::uuid"_s + notes +
                              u" ORDER BY m.created_at DESC, m.id DESC LIMIT ?"_s,
                          {conversationId, limit});
        return readMessages(query);
    }
    auto query = exec(db,
                      kMessageColumns + u"WHERE m.conversation_id = ?::uuid"_s + notes +
                          u" AND (m.created_at, m.id) <"
                          u" ('epoch'::timestamptz + ?::bigint * interval '1 microsecond', ?::uuid)"
                          u" ORDER BY m.created_at DESC, m.id DESC LIMIT ?"_s,
                      {conversationId, beforeUs, beforeId, limit});
    return readMessages(query);
}

QList<Message> fetchMessagesByIds(const QSqlDatabase &db, const QString &conversationId,
                                  const QStringList &ids)
{
    auto query =
        exec(db, kMessageColumns + u"WHERE m.conversation_id = ?::uuid AND m.id = ANY(?::uuid[])"_s,
             {conversationId, uuidArrayLiteral(ids)});
    return readMessages(query);
}

Counters fetchCounters(const QSqlDatabase &db)
{
    auto query = exec(db, uR"(
SELECT (SELECT count(*) FROM opsdesk.whatsapp_webhook_events
         WHERE received_at >= date_trunc('day', now())),
       (SELECT count(*) FROM opsdesk.messages
         WHERE direction = 'inbound' AND created_at >= date_trunc('day', now())),
       (SELECT count(*) FROM opsdesk.message_status_events
         WHERE status = 'failed' AND occurred_at >= date_trunc('day', now())),
       (SELECT count(*) FROM opsdesk.conversations WHERE status IN ('open', 'pending')))"_s);
    Counters counters;
    if (query.next()) {
        counters = {query.value(0).toLongLong(), query.value(1).toLongLong(),
                    query.value(2).toLongLong(), query.value(3).toLongLong()};
    }
    return counters;
}

} // namespace opsdesk::conversations
