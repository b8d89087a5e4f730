#include "messagesapi.h"

#include "apiserver.h"
#include "conversations.h"
#include "database.h"
#include "inbox.h"
#include "outbound.h"
#include "textlength.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

using Status = ApiResult::Status;
constexpr int kMaxText = 4096;
constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 200;

QJsonValue isoTime(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject messageJson(const conversations::Message &message)
{
    return {
        {u"id"_s, message.id},
        {u"conversationId"_s, message.conversationId},
        {u"direction"_s, message.direction},
        {u"type"_s, message.kind},
        {u"body"_s, textOrNull(message.body)},
        {u"status"_s, textOrNull(message.status)},
        {u"error"_s, message.errorCode == 0 && message.errorTitle.isEmpty()
                         ? QJsonValue()
                         : QJsonValue(QJsonObject{{u"code"_s, message.errorCode == 0
                                                                  ? QJsonValue()
                                                                  : QJsonValue(message.errorCode)},
                                                  {u"title"_s, message.errorTitle}})},
        {u"author"_s, textOrNull(message.authorName)},
        {u"template"_s, textOrNull(message.templateName)},
        {u"createdAt"_s, isoTime(message.createdAt)},
    };
}

ApiResult notFound(const QString &id)
{
    return ApiResult::error(Status::NotFound, u"not_found"_s,
                            u"There is no conversation %1."_s.arg(id.left(64)));
}

// The cursor of the page after @p last: "<created_at µs>.<id>", base64url.
QString cursorAfter(const conversations::Message &last)
{
    return QString::fromLatin1(
        QString(QString::number(last.createdAtUs) + u'.' + last.id)
            .toLatin1()
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool parseCursor(const QString &cursor, qint64 &us, QString &id)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return false;
    }
    const QString text = QString::fromLatin1(*decoded);
    const qsizetype dot = text.indexOf(u'.');
    bool ok = false;
    us = text.left(dot).toLongLong(&ok);
    id = text.mid(dot + 1);
    return dot > 0 && ok && !QUuid::fromString(id).isNull();
}

bool conversationExists(const QSqlDatabase &db, const QString &id)
{
    auto query = exec(db, u"SELECT 1 FROM opsdesk.conversations WHERE id = ?::uuid"_s, {id});
    return query.next();
}

/// The draft in @p body, or the field errors that keep it from being one.
outbound::Draft draftFrom(const QJsonObject &body, const QString &conversationId,
                          FieldErrors &errors)
{
    outbound::Draft draft;
    draft.conversationId = conversationId;
    const QString type = body.value(u"type"_s).toString();
    if (type == u"text") {
        const QJsonValue text = body.value(u"text"_s);
        if (!text.isString() || text.toString().trimmed().isEmpty()) {
            errors.add(u"text"_s, u"must be a non-empty string"_s);
        } else if (characterCount(text.toString()) > kMaxText) {
            errors.add(u"text"_s,
                       u"must be at most %1 characters (WhatsApp's limit)"_s.arg(kMaxText));
        }
        draft.kind = outbound::Draft::Kind::Text;
        draft.text = text.toString();
    } else if (type == u"template") {
        const QJsonObject spec = body.value(u"template"_s).toObject();
        if (!body.value(u"template"_s).isObject()) {
            errors.add(u"template"_s, u"must be an object with name, language and parameters"_s);
        }
        if (!spec.value(u"name"_s).isString() || spec.value(u"name"_s).toString().isEmpty()) {
            errors.add(u"template.name"_s, u"must be a non-empty string"_s);
        }
        if (!spec.value(u"language"_s).isString() ||
            spec.value(u"language"_s).toString().isEmpty()) {
            errors.add(u"template.language"_s, u"must be a language code such as en_US"_s);
        }
        const QJsonValue parameters = spec.value(u"parameters"_s);
        if (!parameters.isUndefined() && !parameters.isArray()) {
            errors.add(u"template.parameters"_s, u"must be an array of strings"_s);
        }
        for (const auto &value : parameters.toArray()) {
            if (!value.isString()) {
                errors.add(u"template.parameters"_s, u"must be an array of strings"_s);
                break;
            }
            draft.parameters.append(value.toString());
        }
        draft.kind = outbound::Draft::Kind::Template;
        draft.templateName = spec.value(u"name"_s).toString();
        draft.templateLanguage = spec.value(u"language"_s).toString();
    } else {
        errors.add(u"type"_s, u"must be \"text\" or \"template\""_s);
    }
    return draft;
}

QCoro::Task<ApiResult> sendMessage(Database &database, ApiRequest request)
{
    const QString id = request.pathParameters.value(u"id"_s);
    if (QUuid::fromString(id).isNull()) {
        co_return notFound(id);
    }
    QJsonObject body;
    if (auto problem = request.parseJsonObject(body)) {
        co_return *problem;
    }
    FieldErrors errors;
    const outbound::Draft draft = draftFrom(body, id, errors);
    if (!errors.isEmpty()) {
        co_return ApiResult::invalid(errors);
    }
    struct Outcome {
        bool exists = false;
        outbound::Queued queued;
        QDateTime lastInboundAt;
    };
    outbound::Draft toQueue = draft;
    toQueue.onBehalfOf = request.onBehalfOf();
    auto future = database.run([toQueue](QSqlDatabase &db) {
        Outcome outcome;
        outcome.exists = conversationExists(db, toQueue.conversationId);
        if (outcome.exists) {
            outcome.queued = outbound::queue(db, toQueue);
        }
        if (outcome.queued.refusal == outbound::Refusal::WindowClosed) {
            outcome.lastInboundAt =
                inbox::fetchDetails(db, toQueue.conversationId, {}).summary.lastInboundAt;
        }
        return outcome;
    });
    auto done = co_await future;
    if (!done) {
        co_return ApiResult::error(Status::ServiceUnavailable, u"unavailable"_s,
                                   u"The database is not reachable; nothing was sent."_s);
    }
    const Outcome &outcome = done.value();
    if (!outcome.exists) {
        co_return notFound(id);
    }
    const auto &queued = outcome.queued;
    switch (queued.refusal) {
    case outbound::Refusal::None:
        if (queued.message) {
            co_return ApiResult::ok(messageJson(*queued.message), Status::Created);
        }
        break;
    case outbound::Refusal::WindowClosed:
        co_return ApiResult::error(
            Status::UnprocessableEntity, u"window_closed"_s, queued.error,
            QJsonObject{
                {u"lastInboundAt"_s, isoTime(outcome.lastInboundAt)},
                {u"closedAt"_s, outcome.lastInboundAt.isValid()
                                    ? isoTime(outcome.lastInboundAt.addSecs(qint64(24) * 3600))
                                    : QJsonValue()}});
    case outbound::Refusal::TemplateInvalid:
        co_return ApiResult::error(Status::UnprocessableEntity, u"template_invalid"_s,
                                   queued.error);
    case outbound::Refusal::Invalid: {
        FieldErrors invalid;
        invalid.add(draft.kind == outbound::Draft::Kind::Text ? u"text"_s : u"template"_s,
                    queued.error);
        co_return ApiResult::invalid(invalid);
    }
    case outbound::Refusal::NotAllowed:
        co_return ApiResult::error(Status::Forbidden, u"forbidden"_s, queued.error);
    }
    co_return ApiResult::error(Status::InternalServerError, u"internal_error"_s, queued.error);
}

QCoro::Task<ApiResult> listMessages(Database &database, ApiRequest request)
{
    const QString id = request.pathParameters.value(u"id"_s);
    if (QUuid::fromString(id).isNull()) {
        co_return notFound(id);
    }
    FieldErrors errors;
    int limit = kDefaultLimit;
    if (request.query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = request.query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit) {
            errors.add(u"limit"_s, u"must be a whole number from 1 to %1"_s.arg(kMaxLimit));
        }
    }
    qint64 beforeUs = 0;
    QString beforeId;
    if (request.query.hasQueryItem(u"before"_s) &&
        !parseCursor(request.query.queryItemValue(u"before"_s), beforeUs, beforeId)) {
        errors.add(u"before"_s, u"must be a cursor from a previous page's data.next"_s);
    }
    if (!errors.isEmpty()) {
        co_return ApiResult::invalid(errors);
    }
    auto future = database.run([=](QSqlDatabase &db) {
        std::optional<QList<conversations::Message>> page;
        if (conversationExists(db, id)) {
            // Private notes stay with the team.
            page = conversations::fetchThreadPage(db, id, beforeUs, beforeId, limit + 1, false);
        }
        return page;
    });
    auto page = co_await future;
    if (!page) {
        co_return ApiResult::error(Status::ServiceUnavailable, u"unavailable"_s,
                                   u"The database is not reachable."_s);
    }
    const auto &found = page.value();
    if (!found) {
        co_return notFound(id);
    }
    const auto &rows = *found; // NOLINT(bugprone-unchecked-optional-access): checked just above
    QJsonArray items;
    for (qsizetype i = 0; i < std::min<qsizetype>(rows.size(), limit); ++i) {
        items.append(messageJson(rows.at(i)));
    }
    const bool more = rows.size() > limit;
    co_return ApiResult::ok(QJsonObject{
        {u"items"_s, items},
        {u"next"_s, more ? QJsonValue(cursorAfter(rows.at(limit - 1))) : QJsonValue()},
    });
}

} // namespace

void addMessageEndpoints(ApiServer &api)
{
    Database &database = api.database();
    const auto path = u"/api/v1/conversations/{id}/messages"_s;
    api.addEndpoint(
        QHttpServerRequest::Method::Post, path, u"messages:send"_s,
        [&database](ApiRequest request) { return sendMessage(database, std::move(request)); });
    api.addEndpoint(
        QHttpServerRequest::Method::Get, path, u"conversations:read"_s,
        [&database](ApiRequest request) { return listMessages(database, std::move(request)); });
}

} // namespace opsdesk
