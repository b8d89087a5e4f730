#include "conversations.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace opsdesk::conversations {
namespace {

const auto kSummaryColumns = uR"(
SELECT c.id, coalesce(nullif(k.profile_name, ''), '+' || k.wa_id), k.wa_id, c.status,
       c.last_message_preview, c.last_message_direction, c.last_message_at, c.last_inbound_at,
       c.unread_count, (extract(epoch FROM c.last_message_at) * 1000000)::bigint
  FROM opsdesk.conversations c JOIN opsdesk.contacts k ON k.id = c.contact_id )"_s;

const auto kMessageColumns = uR"(
SELECT m.id, m.conversation_id, m.direction, m.kind, m.body, m.status, m.error_code,
       m.error_title, m.created_at,
       concat_ws(' · ', m.content -> m.kind ->> 'mime_type', m.content -> m.kind ->> 'filename',
                 CASE WHEN m.kind = 'location'
                      THEN (m.content -> 'location' ->> 'latitude') || ', ' ||
                           (m.content -> 'location' ->> 'longitude') END)
  FROM opsdesk.messages m )"_s;

QList<Summary> readSummaries(QSqlQuery &query)
{
    QList<Summary> rows;
    while (query.next()) {
        rows.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString(), query.value(5).toString(),
                     query.value(6).toDateTime().toUTC(), query.value(9).toLongLong(),
                     query.value(7).toDateTime().toUTC(), query.value(8).toInt()});
    }
    throwIfIncomplete(query);
    return rows;
}

QList<Message> readMessages(QSqlQuery &query)
{
    QList<Message> rows;
    while (query.next()) {
        rows.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString(), query.value(5).toString(), query.value(6).toInt(),
                     query.value(7).toString(), query.value(8).toDateTime().toUTC(),
                     query.value(9).toString()});
    }
    throwIfIncomplete(query);
    return rows;
}

QString uuidArray(const QStringList &ids)
{
    return u"{"_s + ids.join(u',') + u"}"_s;
}

} // namespace

QList<Summary> fetchPage(const QSqlDatabase &db, const Cursor &after, int limit)
{
    const auto order = u" ORDER BY c.last_message_at DESC, c.id DESC LIMIT ?"_s;
    if (after.id.isEmpty()) {
        auto query = exec(db, kSummaryColumns + order, {limit});
        return readSummaries(query);
    }
    auto query =
        exec(db,
             kSummaryColumns +
                 u"WHERE (c.last_message_at, c.id) <"
                 u" ('epoch'::timestamptz + ?::bigint * interval '1 microsecond', ?::uuid)"_s +
                 order,
             {after.lastMessageAtUs, after.id, limit});
    return readSummaries(query);
}

QList<Summary> fetchByIds(const QSqlDatabase &db, const QStringList &ids)
{
    auto query = exec(db, kSummaryColumns + u"WHERE c.id = ANY(?::uuid[])"_s, {uuidArray(ids)});
    return readSummaries(query);
}

QList<Summary> fetchByContactIds(const QSqlDatabase &db, const QStringList &contactIds)
{
    auto query = exec(db, kSummaryColumns + u"WHERE c.contact_id = ANY(?::uuid[])"_s,
                      {uuidArray(contactIds)});
    return readSummaries(query);
}

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

QList<Message> fetchMessagesByIds(const QSqlDatabase &db, const QString &conversationId,
                                  const QStringList &ids)
{
    auto query =
        exec(db, kMessageColumns + u"WHERE m.conversation_id = ?::uuid AND m.id = ANY(?::uuid[])"_s,
             {conversationId, uuidArray(ids)});
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
