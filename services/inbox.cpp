#include "inbox.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace opsdesk::inbox {
namespace {

const QStringList kStatuses{u"open"_s, u"pending"_s, u"snoozed"_s, u"resolved"_s};
constexpr qsizetype kMaxSearch = 200;

// Columns of conversations::Summary; the last two are the sort keys in microseconds.
const auto kColumns = uR"(
SELECT c.id, coalesce(nullif(k.profile_name, ''), '+' || k.wa_id), k.wa_id, c.status,
       c.last_message_preview, c.last_message_direction, c.last_message_at, c.last_inbound_at,
       c.unread_count, c.assignee_id, a.display_name, array_to_json(c.labels)::text,
       c.snoozed_until, c.waiting_since,
       (extract(epoch FROM c.last_message_at) * 1000000)::bigint,
       coalesce((extract(epoch FROM c.waiting_since) * 1000000)::bigint, 0)
  FROM opsdesk.conversations c
  JOIN opsdesk.contacts k ON k.id = c.contact_id
  LEFT JOIN opsdesk.admin_users a ON a.id = c.assignee_id
)"_s;

QStringList labelsFrom(const QString &json)
{
    // array_to_json of text[]: unambiguous for labels holding commas, quotes or braces.
    QStringList labels;
    const auto doc = QJsonDocument::fromJson(json.toUtf8());
    for (const auto &value : doc.array()) {
        labels.append(value.toString());
    }
    return labels;
}

QList<conversations::Summary> readRows(QSqlQuery &query)
{
    QList<conversations::Summary> rows;
    while (query.next()) {
        conversations::Summary row;
        row.id = query.value(0).toString();
        row.contactName = query.value(1).toString();
        row.contactPhone = query.value(2).toString();
        row.status = query.value(3).toString();
        row.lastMessagePreview = query.value(4).toString();
        row.lastMessageDirection = query.value(5).toString();
        row.lastMessageAt = query.value(6).toDateTime().toUTC();
        row.lastInboundAt = query.value(7).toDateTime().toUTC();
        row.unreadCount = query.value(8).toInt();
        row.assigneeId = query.value(9).toString();
        row.assigneeName = query.value(10).toString();
        row.labels = labelsFrom(query.value(11).toString());
        row.snoozedUntil = query.value(12).toDateTime().toUTC();
        row.waitingSince = query.value(13).toDateTime().toUTC();
        row.lastMessageAtUs = query.value(14).toLongLong();
        row.waitingSinceUs = query.value(15).toLongLong();
        rows.append(row);
    }
    throwIfIncomplete(query);
    return rows;
}

QStringList statusesOf(const Filter &filter)
{
    QStringList statuses;
    for (const auto &status : filter.statuses) {
        if (kStatuses.contains(status) && !statuses.contains(status)) {
            statuses.append(status);
        }
    }
    return statuses.isEmpty() ? kStatuses : statuses;
}

// "%text%" for ILIKE with the text's own %, _ and \ matched literally.
QString likePattern(const QString &search)
{
    QString text = search.trimmed().left(kMaxSearch);
    text.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + text + u'%';
}

/// WHERE conditions and their parameters for everything in the filter but the keyset.
struct Where {
    QString sql;
    QVariantList args;
};

/// How the message side of a search runs. Rare text: collect the conversations of every
/// matching message first (trigram index), then list them. Common text (a word in a third of all
/// messages): collecting costs hundreds of milliseconds, while walking the list in its order and
/// checking each conversation's own messages stops after a page.
enum class TextSearch { None, CollectMatches, CheckEachConversation };

/// A text is common when at least this many messages hold it (found through the trigram index,
/// stopping there).
constexpr int kCommonMatches = 2000;

TextSearch textSearchFor(const QSqlDatabase &db, const Filter &filter)
{
    if (filter.search.trimmed().isEmpty()) {
        return TextSearch::None;
    }
    auto query = exec(db,
                      u"SELECT count(*) FROM (SELECT 1 FROM opsdesk.message_texts m"
                      u" WHERE m.body ILIKE ? LIMIT ?) matches"_s,
                      {likePattern(filter.search), kCommonMatches});
    const bool common = query.next() && query.value(0).toInt() >= kCommonMatches;
    return common ? TextSearch::CheckEachConversation : TextSearch::CollectMatches;
}

Where whereOf(const Filter &filter, bool withView, TextSearch text)
{
    Where where{u" WHERE c.status = ANY(?::text[])"_s, {textArrayLiteral(statusesOf(filter))}};
    if (withView && filter.view == View::Mine) {
        where.sql += u" AND c.assignee_id = ?::uuid"_s;
        where.args.append(filter.personId.isEmpty() ? u"00000000-0000-0000-0000-000000000000"_s
                                                    : filter.personId);
    } else if (withView && filter.view == View::Unassigned) {
        where.sql += u" AND c.assignee_id IS NULL"_s;
    }
    if (text != TextSearch::None) {
        // The contact's name and number (trigram index), or a message's text.
        where.sql += uR"( AND (c.contact_id IN (SELECT s.id FROM opsdesk.contacts s
                                    WHERE (coalesce(s.profile_name, '') || ' ' || s.wa_id) ILIKE ?)
                   OR )"_s;
        where.sql += text == TextSearch::CollectMatches
                         ? u"c.id IN (SELECT m.conversation_id FROM opsdesk.message_texts m"
                           u" WHERE m.body ILIKE ?))"_s
                         : u"EXISTS (SELECT 1 FROM opsdesk.message_texts m"
                           u" WHERE m.conversation_id = c.id AND m.body ILIKE ?))"_s;
        const QString pattern = likePattern(filter.search);
        where.args << pattern << pattern;
    }
    return where;
}

QString orderOf(const Filter &filter)
{
    return filter.sort == Sort::WaitingLongest
               ? u" ORDER BY coalesce(c.waiting_since, 'infinity'), c.id"_s
               : u" ORDER BY c.last_message_at DESC, c.id DESC"_s;
}

QList<conversations::Summary> fetchWhere(const QSqlDatabase &db, const Filter &filter,
                                         const QString &condition, const QVariantList &args)
{
    // A handful of known conversations: check each one's messages.
    const auto text =
        filter.search.trimmed().isEmpty() ? TextSearch::None : TextSearch::CheckEachConversation;
    auto where = whereOf(filter, true, text);
    auto query = exec(db, kColumns + where.sql + condition, where.args + args);
    return readRows(query);
}

void update(const QSqlDatabase &db, const QString &sql, const QVariantList &args)
{
    exec(db, sql, args);
}

} // namespace

qint64 Filter::sortKeyOf(const conversations::Summary &row) const
{
    if (sort == Sort::WaitingLongest) {
        return row.waitingSince.isValid() ? row.waitingSinceUs : kNotWaiting;
    }
    return row.lastMessageAtUs;
}

bool Filter::before(const conversations::Summary &a, const conversations::Summary &b) const
{
    const qint64 keyA = sortKeyOf(a);
    const qint64 keyB = sortKeyOf(b);
    if (sort == Sort::WaitingLongest) {
        return keyA != keyB ? keyA < keyB : a.id < b.id;
    }
    return keyA != keyB ? keyA > keyB : a.id > b.id;
}

QList<conversations::Summary> fetchPage(const QSqlDatabase &db, const Filter &filter,
                                        const Cursor &after, int limit)
{
    auto where = whereOf(filter, true, textSearchFor(db, filter));
    QString keyset;
    QVariantList args = where.args;
    if (!after.id.isEmpty()) {
        if (filter.sort == Sort::WaitingLongest) {
            keyset = u" AND (coalesce(c.waiting_since, 'infinity'), c.id) >"
                     u" (CASE WHEN ?::bigint = ?::bigint THEN 'infinity'::timestamptz"
                     u" ELSE 'epoch'::timestamptz + ?::bigint * interval '1 microsecond' END,"
                     u" ?::uuid)"_s;
            args << after.sortKey << kNotWaiting << after.sortKey << after.id;
        } else {
            keyset = u" AND (c.last_message_at, c.id) <"
                     u" ('epoch'::timestamptz + ?::bigint * interval '1 microsecond', ?::uuid)"_s;
            args << after.sortKey << after.id;
        }
    }
    args << limit;
    auto query = exec(db, kColumns + where.sql + keyset + orderOf(filter) + u" LIMIT ?"_s, args);
    return readRows(query);
}

QList<conversations::Summary> fetchByIds(const QSqlDatabase &db, const Filter &filter,
                                         const QStringList &ids)
{
    return fetchWhere(db, filter, u" AND c.id = ANY(?::uuid[])"_s, {uuidArrayLiteral(ids)});
}

QList<conversations::Summary> fetchByContactIds(const QSqlDatabase &db, const Filter &filter,
                                                const QStringList &contactIds)
{
    return fetchWhere(db, filter, u" AND c.contact_id = ANY(?::uuid[])"_s,
                      {uuidArrayLiteral(contactIds)});
}

UnreadCounts fetchUnreadCounts(const QSqlDatabase &db, const Filter &filter)
{
    auto where = whereOf(filter, false, textSearchFor(db, filter));
    QVariantList args{filter.personId.isEmpty() ? u"00000000-0000-0000-0000-000000000000"_s
                                                : filter.personId};
    auto query = exec(db,
                      u"SELECT count(*), count(*) FILTER (WHERE c.assignee_id = ?::uuid),"
                      u" count(*) FILTER (WHERE c.assignee_id IS NULL)"
                      u" FROM opsdesk.conversations c"_s +
                          where.sql + u" AND c.unread_count > 0"_s,
                      args + where.args);
    UnreadCounts counts;
    if (query.next()) {
        counts = {query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt()};
    }
    throwIfIncomplete(query);
    return counts;
}

Details fetchDetails(const QSqlDatabase &db, const QString &id, const QString &personId)
{
    Details details;
    auto query = exec(db, kColumns + u" WHERE c.id = ?::uuid"_s, {id});
    const auto rows = readRows(query);
    if (rows.isEmpty()) {
        return details;
    }
    details.summary = rows.first();
    auto viewers = exec(db, uR"(
SELECT a.display_name
  FROM opsdesk.conversation_viewers v JOIN opsdesk.admin_users a ON a.id = v.person_id
 WHERE v.conversation_id = ?::uuid AND v.seen_at > now() - interval '60 seconds'
   AND v.person_id IS DISTINCT FROM ?::uuid
 ORDER BY a.display_name)"_s,
                        {id, personId.isEmpty() ? QVariant() : QVariant(personId)});
    while (viewers.next()) {
        details.viewers.append(viewers.value(0).toString());
    }
    throwIfIncomplete(viewers);
    return details;
}

QList<Assignee> fetchAssignees(const QSqlDatabase &db)
{
    auto query = exec(db, uR"(
SELECT id, display_name FROM opsdesk.admin_users
 WHERE is_active AND role IN ('support', 'admin', 'super_admin')
 ORDER BY display_name, id)"_s);
    QList<Assignee> people;
    while (query.next()) {
        people.append({query.value(0).toString(), query.value(1).toString()});
    }
    throwIfIncomplete(query);
    return people;
}

void assign(const QSqlDatabase &db, const QString &conversationId, const QString &personId)
{
    update(db,
           u"UPDATE opsdesk.conversations SET assignee_id = ?::uuid"
           u" WHERE id = ?::uuid AND assignee_id IS DISTINCT FROM ?::uuid"_s,
           {personId.isEmpty() ? QVariant() : QVariant(personId), conversationId,
            personId.isEmpty() ? QVariant() : QVariant(personId)});
}

void setStatus(const QSqlDatabase &db, const QString &conversationId, const QString &status)
{
    if (status != u"open" && status != u"pending" && status != u"resolved") {
        throw DatabaseError(u"unknown conversation status \"%1\" (open, pending or resolved; "
                            u"snooze with a time)"_s.arg(status.left(40)),
                            u"22023"_s);
    }
    update(db,
           u"UPDATE opsdesk.conversations SET status = ?, snoozed_until = NULL"
           u" WHERE id = ?::uuid AND status IS DISTINCT FROM ?"_s,
           {status, conversationId, status});
}

void snooze(const QSqlDatabase &db, const QString &conversationId, const QDateTime &until)
{
    if (!until.isValid() || until <= QDateTime::currentDateTimeUtc()) {
        throw DatabaseError(u"a snooze ends in the future"_s, u"22023"_s);
    }
    update(db,
           u"UPDATE opsdesk.conversations SET status = 'snoozed',"
           u" snoozed_until = 'epoch'::timestamptz + ?::bigint * interval '1 millisecond'"
           u" WHERE id = ?::uuid"_s,
           {until.toMSecsSinceEpoch(), conversationId});
}

void setLabels(const QSqlDatabase &db, const QString &conversationId, const QStringList &labels)
{
    QStringList clean;
    for (const auto &label : labels) {
        const QString trimmed = label.trimmed();
        if (trimmed.isEmpty() || trimmed.size() > 32) {
            throw DatabaseError(u"a label has 1 to 32 characters (\"%1\")"_s.arg(trimmed.left(40)),
                                u"22023"_s);
        }
        for (const QChar c : trimmed) {
            if (c.category() == QChar::Other_Control) {
                throw DatabaseError(u"a label cannot hold control characters"_s, u"22023"_s);
            }
        }
        if (clean.contains(trimmed, Qt::CaseInsensitive)) {
            continue;
        }
        clean.append(trimmed);
    }
    if (clean.size() > 20) {
        throw DatabaseError(u"a conversation has at most 20 labels"_s, u"22023"_s);
    }
    update(db,
           u"UPDATE opsdesk.conversations SET labels = ?::text[]"
           u" WHERE id = ?::uuid AND labels IS DISTINCT FROM ?::text[]"_s,
           {textArrayLiteral(clean), conversationId, textArrayLiteral(clean)});
}

void markRead(const QSqlDatabase &db, const QString &conversationId)
{
    update(db,
           u"UPDATE opsdesk.conversations SET unread_count = 0, agent_last_seen_at = now()"
           u" WHERE id = ?::uuid AND unread_count > 0"_s,
           {conversationId});
}

void touchPresence(const QSqlDatabase &db, const QString &conversationId)
{
    update(db, uR"(
INSERT INTO opsdesk.conversation_viewers (conversation_id) VALUES (?::uuid)
ON CONFLICT (person_id, conversation_id) DO UPDATE SET seen_at = now())"_s,
           {conversationId});
}

void leavePresence(const QSqlDatabase &db, const QString &conversationId)
{
    update(db,
           u"DELETE FROM opsdesk.conversation_viewers"
           u" WHERE conversation_id = ?::uuid AND person_id = opsdesk.current_person_id()"_s,
           {conversationId});
}

} // namespace opsdesk::inbox
