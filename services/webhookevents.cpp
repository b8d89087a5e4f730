#include "webhookevents.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace opsdesk::webhookevents {
namespace {

const auto kColumns =
    u"SELECT id, received_at, object, field, opsdesk.webhook_event_summary(payload),"
    u" signature_valid, processing, error FROM opsdesk.whatsapp_webhook_events "_s;

QList<Row> readRows(QSqlQuery &query)
{
    QList<Row> rows;
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toDateTime().toUTC(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString(), query.value(5).toBool(), query.value(6).toString(),
                     query.value(7).toString()});
    }
    throwIfIncomplete(query);
    return rows;
}

} // namespace

QList<Row> fetchPage(const QSqlDatabase &db, qint64 beforeId, int limit)
{
    auto query = beforeId > 0 ? exec(db, kColumns + u"WHERE id < ? ORDER BY id DESC LIMIT ?"_s,
                                     {beforeId, limit})
                              : exec(db, kColumns + u"ORDER BY id DESC LIMIT ?"_s, {limit});
    return readRows(query);
}

QList<Row> fetchByIds(const QSqlDatabase &db, const QList<qint64> &ids)
{
    QStringList text;
    text.reserve(ids.size());
    for (const qint64 id : ids) {
        text << QString::number(id);
    }
    auto query = exec(db, kColumns + u"WHERE id = ANY(string_to_array(?, ',')::bigint[])"_s,
                      {text.join(u',')});
    return readRows(query);
}

QString fetchPayload(const QSqlDatabase &db, qint64 id)
{
    auto query = exec(db,
                      u"SELECT coalesce(jsonb_pretty(payload), encode(raw_body, 'escape'))"
                      u"  FROM opsdesk.whatsapp_webhook_events WHERE id = ?"_s,
                      {id});
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace opsdesk::webhookevents
