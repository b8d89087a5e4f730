#include "metricsapi.h"

#include "apiserver.h"
#include "database.h"
#include "metricsingest.h"
#include "textlength.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

using Status = ApiResult::Status;
constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 500;
constexpr int kMaxTitle = 120;
constexpr int kMaxUnit = 32;
constexpr int kMaxDescription = 1000;
const QString kRegister = u"PUT /api/v1/metrics/series/{name}"_s;

ApiResult unavailable()
{
    return ApiResult::error(Status::ServiceUnavailable, u"unavailable"_s,
                            u"The database is not reachable; nothing was stored."_s);
}

QJsonValue isoTime(const QVariant &at)
{
    const QDateTime time = at.toDateTime();
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QCoro::Task<ApiResult> pushSamples(Database &database, ApiRequest request)
{
    QJsonObject body;
    if (auto problem = request.parseJsonObject(body)) {
        if (problem->code() != u"invalid_json") {
            co_return *problem;
        }
        // Qt refuses numbers such as 1e999 outright; find them so the caller learns which
        // sample holds one.
        QString error;
        qsizetype offset = 0;
        const auto tolerant = metricsingest::parseTolerant(request.body, error, offset);
        if (!tolerant) {
            co_return *problem;
        }
        body = *tolerant;
    }
    FieldErrors errors;
    const auto samples = metricsingest::validate(body, QDateTime::currentDateTimeUtc(), errors);
    if (!errors.isEmpty()) {
        co_return ApiResult::invalid(errors);
    }
    auto future =
        database.run([samples](QSqlDatabase &db) { return metricsingest::store(db, samples); });
    const auto stored = co_await future;
    if (!stored) {
        co_return unavailable();
    }
    const auto &result = stored.value();
    if (!result.unknown.isEmpty()) {
        co_return ApiResult::error(
            Status::UnprocessableEntity, u"unknown_series"_s,
            u"Unknown series: %1. Register each with %2 first; nothing was stored."_s.arg(
                result.unknown.join(u", "_s), kRegister),
            QJsonObject{{u"unknown"_s, QJsonArray::fromStringList(result.unknown)},
                        {u"builtIn"_s, QJsonArray::fromStringList(result.builtIn)},
                        {u"register"_s, kRegister}});
    }
    if (!result.builtIn.isEmpty()) {
        co_return ApiResult::error(
            Status::UnprocessableEntity, u"builtin_series"_s,
            u"%1 built in: opsdeskd collects these itself. Push to a series of your own "
            u"(%2); nothing was stored."_s.arg(
                result.builtIn.join(u", "_s) + (result.builtIn.size() == 1 ? u" is"_s : u" are"_s),
                kRegister),
            QJsonObject{{u"builtIn"_s, QJsonArray::fromStringList(result.builtIn)}});
    }
    co_return ApiResult::ok(
        QJsonObject{{u"stored"_s, result.stored}, {u"duplicates"_s, result.duplicates}},
        Status::Created);
}

/// A text member of @p body: absent → @p fallback; not a string or too long → field error.
QString textMember(const QJsonObject &body, const QString &name, int max, FieldErrors &errors)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull()) {
        return {};
    }
    if (!value.isString()) {
        errors.add(name, u"must be a string"_s);
        return {};
    }
    if (characterCount(value.toString()) > max) {
        errors.add(name, u"must be at most %1 characters"_s.arg(max));
    }
    return value.toString();
}

QCoro::Task<ApiResult> registerSeries(Database &database, ApiRequest request)
{
    const QString name = request.pathParameters.value(u"name"_s);
    FieldErrors errors;
    if (!metricsingest::isValidSeriesName(name)) {
        errors.add(u"name"_s, u"must be a lower-case letter or _, then up to 99 lower-case "
                              u"letters, digits or _ (e.g. shop_checkout_errors)"_s);
    }
    QJsonObject body;
    if (request.body.trimmed().isEmpty()) {
        body = {};
    } else if (auto problem = request.parseJsonObject(body)) {
        co_return *problem;
    }
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"title" && it.key() != u"unit" && it.key() != u"description") {
            errors.add(it.key(), u"is not a known field (allowed: title, unit, description)"_s);
        }
    }
    const QString title = textMember(body, u"title"_s, kMaxTitle, errors);
    const QString unit = textMember(body, u"unit"_s, kMaxUnit, errors);
    const QString description = textMember(body, u"description"_s, kMaxDescription, errors);
    if (body.contains(u"title"_s) && body.value(u"title"_s).isString() &&
        title.trimmed().isEmpty()) {
        errors.add(u"title"_s, u"must not be blank (leave it out to use the name)"_s);
    }
    if (!errors.isEmpty()) {
        co_return ApiResult::invalid(errors);
    }
    struct Outcome {
        bool existed = false;
        QJsonObject series;
        QString builtIn; ///< the refusal's message when the name is built in
    };
    const QString behalf = request.onBehalfOf();
    auto future = database.run([=](QSqlDatabase &db) {
        Outcome outcome;
        try {
            // One statement: on_behalf_of is set (local to its transaction) before the function
            // writes the audited row; `existed` is read before it does.
            auto query = exec(db, uR"(
SELECT behalf.existed, to_jsonb(opsdesk.register_metric_series(?, ?, ?, ?))::text
  FROM (SELECT set_config('opsdesk.on_behalf_of', ?, true) AS setting,
               EXISTS (SELECT FROM opsdesk.metric_series WHERE name = ?) AS existed) AS behalf)"_s,
                              {name, title, unit, description, behalf, name});
            if (query.next()) {
                outcome.existed = query.value(0).toBool();
                outcome.series =
                    QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
            }
        } catch (const DatabaseError &error) {
            if (error.sqlState() != u"ODS01") {
                throw;
            }
            outcome.builtIn = error.primaryMessage();
        }
        return outcome;
    });
    const auto done = co_await future;
    if (!done) {
        co_return unavailable();
    }
    const Outcome &outcome = done.value();
    if (!outcome.builtIn.isEmpty()) {
        co_return ApiResult::error(
            Status::Conflict, u"builtin_series"_s,
            u"\"%1\" is a built-in series that opsdeskd collects itself; choose another name."_s
                .arg(name),
            QJsonObject{{u"name"_s, name}});
    }
    const QJsonObject &row = outcome.series;
    co_return ApiResult::ok(QJsonObject{{u"name"_s, row.value(u"name"_s)},
                                        {u"title"_s, row.value(u"title"_s)},
                                        {u"unit"_s, row.value(u"unit"_s)},
                                        {u"description"_s, row.value(u"description"_s)},
                                        {u"source"_s, row.value(u"source"_s)},
                                        {u"createdAt"_s, isoTime(QDateTime::fromString(
                                                             row.value(u"created_at"_s).toString(),
                                                             Qt::ISODateWithMs))},
                                        {u"latest"_s, QJsonValue()}},
                            outcome.existed ? Status::Ok : Status::Created);
}

QCoro::Task<ApiResult> listSeries(Database &database, ApiRequest request)
{
    FieldErrors errors;
    int limit = kDefaultLimit;
    if (request.query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = request.query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit) {
            errors.add(u"limit"_s, u"must be a whole number from 1 to %1"_s.arg(kMaxLimit));
        }
    }
    const QString after = request.query.queryItemValue(u"after"_s, QUrl::FullyDecoded);
    if (request.query.hasQueryItem(u"after"_s) && !metricsingest::isValidSeriesName(after)) {
        errors.add(u"after"_s, u"must be a series name from a previous page's data.next"_s);
    }
    if (!errors.isEmpty()) {
        co_return ApiResult::invalid(errors);
    }
    auto future = database.run([after, limit](QSqlDatabase &db) {
        auto query = exec(db, uR"(
SELECT s.name, s.title, s.unit, s.description, s.source, s.created_at, l.at, l.value
  FROM opsdesk.metric_series s
  LEFT JOIN LATERAL (SELECT m.at, m.value FROM opsdesk.metric_samples m
                      WHERE m.series_id = s.id ORDER BY m.at DESC LIMIT 1) l ON true
 WHERE s.name > coalesce(?, '')
 ORDER BY s.name
 LIMIT ?)"_s,
                          {after, limit + 1});
        QJsonArray items;
        while (query.next()) {
            items.append(QJsonObject{
                {u"name"_s, query.value(0).toString()},
                {u"title"_s, query.value(1).toString()},
                {u"unit"_s, query.value(2).toString()},
                {u"description"_s, query.value(3).toString()},
                {u"source"_s, query.value(4).toString()},
                {u"createdAt"_s, isoTime(query.value(5))},
                {u"latest"_s,
                 query.value(6).isNull()
                     ? QJsonValue()
                     : QJsonValue(QJsonObject{{u"at"_s, isoTime(query.value(6))},
                                              {u"value"_s, query.value(7).toDouble()}})},
            });
        }
        throwIfIncomplete(query);
        return items;
    });
    const auto rows = co_await future;
    if (!rows) {
        co_return ApiResult::error(Status::ServiceUnavailable, u"unavailable"_s,
                                   u"The database is not reachable."_s);
    }
    QJsonArray items = rows.value();
    const bool more = items.size() > limit;
    while (items.size() > limit) {
        items.removeLast();
    }
    co_return ApiResult::ok(QJsonObject{
        {u"items"_s, items},
        {u"next"_s, more ? items.last().toObject().value(u"name"_s) : QJsonValue()},
    });
}

} // namespace

void addMetricsEndpoints(ApiServer &api)
{
    Database &database = api.database();
    api.addEndpoint(
        QHttpServerRequest::Method::Post, u"/api/v1/metrics"_s, u"metrics:write"_s,
        [&database](ApiRequest request) { return pushSamples(database, std::move(request)); });
    api.addEndpoint(
        QHttpServerRequest::Method::Put, u"/api/v1/metrics/series/{name}"_s, u"metrics:write"_s,
        [&database](ApiRequest request) { return registerSeries(database, std::move(request)); });
    api.addEndpoint(
        QHttpServerRequest::Method::Get, u"/api/v1/metrics/series"_s, u"metrics:read"_s,
        [&database](ApiRequest request) { return listSeries(database, std::move(request)); });
}

} // namespace opsdesk
