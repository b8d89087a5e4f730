#include "outbound.h"

#include "database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace opsdesk::outbound {
namespace {

Refusal refusalOf(const QString &sqlState)
{
    if (sqlState == u"ODW01") {
        return Refusal::WindowClosed;
    }
    if (sqlState == u"ODT01") {
        return Refusal::TemplateInvalid;
    }
    if (sqlState == u"42501") {
        return Refusal::NotAllowed;
    }
    // ODM01 (our own), 22xxx data exceptions, 23xxx integrity (unknown conversation: 23503).
    if (sqlState == u"ODM01" || sqlState.startsWith(u"22"_s) || sqlState.startsWith(u"23"_s)) {
        return Refusal::Invalid;
    }
    return Refusal::None;
}

Queued refused(Refusal refusal, QString error)
{
    return {std::nullopt, refusal, std::move(error)};
}

QString kindName(Draft::Kind kind)
{
    switch (kind) {
    case Draft::Kind::Text:
        return u"text"_s;
    case Draft::Kind::Template:
        return u"template"_s;
    case Draft::Kind::Note:
        return u"note"_s;
    }
    return {};
}

} // namespace

Queued queue(const QSqlDatabase &db, const Draft &draft)
{
    if (QUuid::fromString(draft.conversationId).isNull()) {
        return refused(Refusal::Invalid,
                       u"there is no conversation \"%1\""_s.arg(draft.conversationId.left(40)));
    }
    QVariant content;
    QVariant body = draft.text;
    if (draft.kind == Draft::Kind::Template) {
        const QJsonObject spec{
            {u"name"_s, draft.templateName},
            {u"language"_s, draft.templateLanguage},
            {u"parameters"_s, QJsonArray::fromStringList(draft.parameters)},
        };
        content = QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"template"_s, spec}}).toJson(QJsonDocument::Compact));
        body = QVariant(); // rendered by the database
    } else if (draft.text.trimmed().isEmpty()) {
        return refused(Refusal::Invalid, u"the message is empty"_s);
    }
    const bool note = draft.kind == Draft::Kind::Note;
    try {
        // One statement, so a refusal leaves no transaction aborted behind it. on_behalf_of is
        // set while the statement runs (set_config local to its transaction), before the
        // statement-level audit trigger reads it.
        auto query = exec(db, uR"(
INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, content, status, author_id)
SELECT ?::uuid, 'outbound', ?, ?, ?::jsonb, ?, ?::uuid
  FROM (SELECT set_config('opsdesk.on_behalf_of', ?, true)) AS behalf
RETURNING id)"_s,
                          {draft.conversationId, kindName(draft.kind), body, content,
                           note ? QVariant() : QVariant(u"queued"_s),
                           draft.authorId.isEmpty() ? QVariant() : QVariant(draft.authorId),
                           draft.onBehalfOf});
        if (!query.next()) {
            throw DatabaseError(u"the message was not stored"_s);
        }
        const QString id = query.value(0).toString();
        // Committed: from here on the message is queued whatever happens, so a failed read-back
        // must not read as "not sent" (the person would send it again).
        conversations::Message queued;
        queued.id = id;
        queued.conversationId = draft.conversationId;
        queued.direction = u"outbound"_s;
        queued.kind = kindName(draft.kind);
        queued.body = draft.text;
        queued.status = note ? QString() : u"queued"_s;
        try {
            const auto stored = conversations::fetchMessagesByIds(db, draft.conversationId, {id});
            return {stored.isEmpty() ? queued : stored.first(), Refusal::None, {}};
        } catch (const DatabaseError &) {
            return {queued, Refusal::None, {}};
        }
    } catch (const DatabaseError &error) {
        const Refusal refusal = refusalOf(error.sqlState());
        if (refusal == Refusal::None) {
            throw;
        }
        return refused(refusal, error.primaryMessage());
    }
}

QList<Template> fetchApprovedTemplates(const QSqlDatabase &db)
{
    auto query = exec(db, uR"(
SELECT name, language, coalesce(category, ''), coalesce(opsdesk.template_text(components, 'HEADER'), ''),
       coalesce(opsdesk.template_text(components, 'BODY'), ''),
       coalesce(opsdesk.template_text(components, 'FOOTER'), ''),
       opsdesk.template_parameter_count(components)
  FROM opsdesk.message_templates
 WHERE status = 'APPROVED' AND opsdesk.template_sendable(components)
 ORDER BY name, language)"_s);
    QList<Template> templates;
    while (query.next()) {
        templates.append({query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toString(),
                          query.value(4).toString(), query.value(5).toString(),
                          query.value(6).toInt()});
    }
    throwIfIncomplete(query);
    return templates;
}

QString renderTemplate(const QSqlDatabase &db, const QString &name, const QString &language,
                       const QStringList &parameters)
{
    auto query = exec(db,
                      u"SELECT opsdesk.render_template(components, ?::text[])"
                      u" FROM opsdesk.message_templates WHERE name = ? AND language = ?"_s,
                      {textArrayLiteral(parameters), name, language});
    return query.next() ? query.value(0).toString() : QString();
}

void requestTemplateSync(const QSqlDatabase &db)
{
    exec(db, u"SELECT opsdesk.request_template_sync()"_s);
}

QList<CannedResponse> fetchCannedResponses(const QSqlDatabase &db)
{
    auto query = exec(
        db, u"SELECT id, shortcut, title, body FROM opsdesk.canned_responses ORDER BY shortcut"_s);
    QList<CannedResponse> responses;
    while (query.next()) {
        responses.append({query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toString()});
    }
    throwIfIncomplete(query);
    return responses;
}

QString saveCannedResponse(const QSqlDatabase &db, const CannedResponse &response)
{
    if (response.id.isEmpty()) {
        auto query = exec(db,
                          u"INSERT INTO opsdesk.canned_responses (shortcut, title, body)"
                          u" VALUES (?, ?, ?) RETURNING id"_s,
                          {response.shortcut, response.title, response.body});
        return query.next() ? query.value(0).toString() : QString();
    }
    auto query = exec(db,
                      u"UPDATE opsdesk.canned_responses SET shortcut = ?, title = ?, body = ?,"
                      u" updated_at = now() WHERE id = ?::uuid RETURNING id"_s,
                      {response.shortcut, response.title, response.body, response.id});
    if (!query.next()) {
        throw DatabaseError(u"this canned response no longer exists"_s, u"02000"_s);
    }
    return query.value(0).toString();
}

void deleteCannedResponse(const QSqlDatabase &db, const QString &id)
{
    exec(db, u"DELETE FROM opsdesk.canned_responses WHERE id = ?::uuid"_s, {id});
}

} // namespace opsdesk::outbound
