#include "apiserver.h"

#include "database.h"
#include "httprequests.h"
#include "logging.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRouterRule>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>

#include <QCoroFuture>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

using Status = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;
using Clock = std::chrono::steady_clock;

const QString kApiRoot = u"/api/v1/"_s;
constexpr qsizetype kMaxLoggedPathLength = 200;

/// Matches every path below @p prefix, whatever the method: the API routes by itself, so it
/// can answer 404 and 405 in its own envelope.
class PrefixRule : public QHttpServerRouterRule
{
public:
    PrefixRule(const QString &prefix, RouterHandler handler)
        : QHttpServerRouterRule(prefix, std::move(handler))
        , m_prefix(prefix)
    {}

protected:
    bool matches(const QHttpServerRequest &request, QRegularExpressionMatch *) const override
    {
        return request.url().path().startsWith(m_prefix);
    }

private:
    QString m_prefix;
};

/// The path for a log line: printable ASCII only, cut to a sane length.
std::string loggable(const QString &path)
{
    QByteArray text = path.left(kMaxLoggedPathLength).toUtf8();
    for (char &c : text) {
        if (c <= 0x20 || c >= 0x7f || c == '"') {
            c = '?';
        }
    }
    if (path.size() > kMaxLoggedPathLength) {
        text += "...";
    }
    return text.toStdString();
}

const char *methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    case Method::Post:
        return "POST";
    case Method::Head:
        return "HEAD";
    case Method::Options:
        return "OPTIONS";
    case Method::Patch:
        return "PATCH";
    case Method::Connect:
        return "CONNECT";
    case Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

/// Headers on every API response: JSON that is never sniffed, cached, framed or referred.
const ApiResult::Headers &securityHeaders()
{
    static const ApiResult::Headers headers = {
        {"Content-Type", "application/json; charset=utf-8"},
        {"X-Content-Type-Options", "nosniff"},
        {"Cache-Control", "no-store"},
        {"Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"},
        {"X-Frame-Options", "DENY"},
        {"Referrer-Policy", "no-referrer"},
    };
    return headers;
}

/// 401 with the challenge of RFC 6750, section 3: no error attribute when the request carried
/// no bearer token at all, `invalid_token` when it carried a bad one.
ApiResult unauthorized(const QString &code, const QString &message, bool tokenPresented)
{
    QByteArray challenge = R"(Bearer realm="opsdesk")";
    if (tokenPresented) {
        challenge += R"(, error="invalid_token", error_description=")" + message.toLatin1() + '"';
    }
    return ApiResult::error(Status::Unauthorized, code, message)
        .withHeader("WWW-Authenticate", challenge);
}

ApiResult rateLimited(int retryAfterSeconds, const QString &per)
{
    return ApiResult::error(
               Status::TooManyRequests, u"rate_limited"_s,
               u"Too many requests; retry after %1 s."_s.arg(retryAfterSeconds),
               QJsonObject{{u"limit"_s, per}, {u"retryAfterSeconds"_s, retryAfterSeconds}})
        .withHeader("Retry-After", QByteArray::number(retryAfterSeconds));
}

QString isoUtc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue isoOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(isoUtc(at)) : QJsonValue(QJsonValue::Null);
}

} // namespace

// ---------------------------------------------------------------------------------------------

void FieldErrors::add(const QString &field, const QString &message)
{
    QJsonArray messages = m_fields.value(field).toArray();
    messages.append(message);
    m_fields.insert(field, messages);
}

ApiResult ApiResult::ok(QJsonValue data, Status status)
{
    ApiResult result;
    result.m_status = status;
    result.m_data = std::move(data);
    return result;
}

ApiResult ApiResult::error(Status status, QString code, QString message, QJsonValue details)
{
    ApiResult result;
    result.m_status = status;
    result.m_success = false;
    result.m_code = std::move(code);
    result.m_message = std::move(message);
    result.m_details = std::move(details);
    return result;
}

ApiResult ApiResult::invalid(const FieldErrors &errors)
{
    return error(Status::UnprocessableEntity, u"validation_failed"_s,
                 u"Some fields are not valid; see details.fields."_s,
                 QJsonObject{{u"fields"_s, errors.toJson()}});
}

ApiResult &ApiResult::withHeader(QByteArray name, QByteArray value)
{
    m_headers.emplace_back(std::move(name), std::move(value));
    return *this;
}

QJsonObject ApiResult::envelope(const QByteArray &requestId, const QDateTime &timestamp) const
{
    const QJsonObject meta{{u"timestamp"_s, isoUtc(timestamp)},
                           {u"requestId"_s, QString::fromLatin1(requestId)}};
    if (m_success) {
        return {{u"success"_s, true}, {u"data"_s, m_data}, {u"meta"_s, meta}};
    }
    return {
        {u"success"_s, false},
        {u"error"_s,
         QJsonObject{{u"code"_s, m_code}, {u"message"_s, m_message}, {u"details"_s, m_details}}},
        {u"meta"_s, meta}};
}

std::optional<ApiResult> ApiRequest::parseJsonObject(QJsonObject &object) const
{
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    if (mediaType != "application/json") {
        return ApiResult::error(Status::UnsupportedMediaType, u"unsupported_media_type"_s,
                                u"Send the body as Content-Type: application/json."_s);
    }
    QJsonParseError parseError{};
    const auto document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return ApiResult::error(Status::BadRequest, u"invalid_json"_s,
                                u"The body is not valid JSON: %1."_s.arg(parseError.errorString()),
                                QJsonObject{{u"offset"_s, parseError.offset}});
    }
    if (!document.isObject()) {
        return ApiResult::error(Status::BadRequest, u"invalid_json"_s,
                                u"The body must be a JSON object."_s);
    }
    object = document.object();
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------

namespace {

/// True when @p path matches @p pattern, whose `{name}` segments match any one non-empty segment
/// (collected into @p parameters).
bool matchPath(const QString &pattern, const QString &path, QHash<QString, QString> &parameters)
{
    const auto wanted = QStringView(pattern).split(u'/');
    const auto given = QStringView(path).split(u'/');
    if (wanted.size() != given.size()) {
        return false;
    }
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const QStringView segment = wanted.at(i);
        if (segment.startsWith(u'{') && segment.endsWith(u'}')) {
            if (given.at(i).isEmpty()) {
                return false;
            }
            parameters.insert(segment.mid(1, segment.size() - 2).toString(),
                              QUrl::fromPercentEncoding(given.at(i).toUtf8()));
        } else if (segment != given.at(i)) {
            return false;
        }
    }
    return true;
}

} // namespace

struct ApiServer::Endpoint {
    Method method;
    QString path;
    QString scope;
    Handler handler;
};

/// One request in flight: the responder and what its access-log line needs.
struct ApiServer::Exchange {
    explicit Exchange(QHttpServerResponder &&held)
        : responder(std::move(held))
    {}
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    QByteArray requestId;
    const char *method = "";
    std::string path;
    std::string remote;
    std::string claimedPrefix = "-"; ///< the prefix the token names, before it is checked
    std::string keyPrefix = "-";     ///< the prefix of the key that authenticated
    qsizetype bytesIn = 0;
    QElapsedTimer timer;
    bool answered = false;
};

/// Token buckets by client (address or key prefix).
class ApiServer::Buckets
{
public:
    explicit Buckets(RateLimit limit)
        : m_limit(limit)
    {}

    /// Takes a token for @p who: 0 when the request may go ahead, else the whole seconds until
    /// the next token (at least 1).
    int take(const QString &who)
    {
        const auto now = Clock::now();
        sweep(now);
        auto it = m_buckets.find(who);
        if (it == m_buckets.end()) {
            it = m_buckets.insert(who, {double(m_limit.burst), now});
        }
        refill(*it, now);
        if (it->tokens >= 1.0) {
            it->tokens -= 1.0;
            return 0;
        }
        if (m_limit.perSecond <= 0) {
            return 3600;
        }
        return std::max(1, int(std::ceil((1.0 - it->tokens) / m_limit.perSecond)));
    }

private:
    struct Bucket {
        double tokens;
        Clock::time_point at;
    };

    void refill(Bucket &bucket, Clock::time_point now) const
    {
        const double elapsed = std::chrono::duration<double>(now - bucket.at).count();
        bucket.tokens =
            std::min(double(m_limit.burst), bucket.tokens + elapsed * m_limit.perSecond);
        bucket.at = now;
    }

    /// Forgets clients whose bucket is full again, so the table does not grow without bound.
    void sweep(Clock::time_point now)
    {
        constexpr qsizetype kSweepAbove = 4096;
        if (m_buckets.size() < kSweepAbove || ++m_sinceSweep < kSweepAbove) {
            return;
        }
        m_sinceSweep = 0;
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            refill(*it, now);
            it = it->tokens >= m_limit.burst ? m_buckets.erase(it) : std::next(it);
        }
    }

    RateLimit m_limit;
    QHash<QString, Bucket> m_buckets;
    qsizetype m_sinceSweep = 0;
};

// ---------------------------------------------------------------------------------------------

ApiServer::ApiServer(Database &database, QObject *parent)
    : ApiServer(database, Options{}, parent)
{}

ApiServer::ApiServer(Database &database, Options options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_options(options)
    , m_keyBuckets(std::make_unique<Buckets>(options.perKey))
    , m_addressBuckets(std::make_unique<Buckets>(options.perAddress))
{
    logging::api(); // exists from now on, for sinks added by the process (or a test)

    addEndpoint(
        Method::Get, u"/api/v1/whoami"_s, {}, [](ApiRequest request) -> QCoro::Task<ApiResult> {
            const apikeys::Key &key = request.key;
            co_return ApiResult::ok(QJsonObject{
                {u"prefix"_s, key.prefix},
                {u"name"_s, key.name},
                {u"scopes"_s, QJsonArray::fromStringList(key.scopes)},
                {u"createdAt"_s, isoOrNull(key.createdAt)},
                {u"createdBy"_s, key.createdByName.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(key.createdByName)},
            });
        });
}

ApiServer::~ApiServer() = default;

void ApiServer::attachTo(QHttpServer &http)
{
    // The listener may outlive this object (shutdown order): then the API is unavailable.
    http.route<PrefixRule>(kApiRoot, [self = QPointer(this)](const QHttpServerRequest &request,
                                                             QHttpServerResponder &&responder) {
        if (self) {
            self->handle(request, std::move(responder));
        } else {
            responder.write(QHttpServerResponder::StatusCode::ServiceUnavailable);
        }
    });
}

void ApiServer::addEndpoint(Method method, const QString &path, const QString &scope,
                            Handler handler)
{
    Q_ASSERT_X(path.startsWith(kApiRoot), "ApiServer::addEndpoint", "path outside /api/v1/");
    Q_ASSERT_X(scope.isEmpty() || apikeys::knownScopes().contains(scope), "ApiServer::addEndpoint",
               "unknown scope");
    m_endpoints.push_back(
        std::make_shared<const Endpoint>(Endpoint{method, path, scope, std::move(handler)}));
}

void ApiServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto exchange = std::make_shared<Exchange>(std::move(responder));
    exchange->timer.start();
    exchange->socket = exchange->responder.socket();
    exchange->requestId = httprequests::requestIdOf(request);
    exchange->method = methodName(request.method());
    exchange->path = loggable(request.url().path());
    exchange->remote = request.remoteAddress().toString().toStdString();
    exchange->bytesIn = request.body().size();

    if (const int wait = m_addressBuckets->take(request.remoteAddress().toString()); wait > 0) {
        answer(*exchange, rateLimited(wait, u"address"_s));
        return;
    }
    if (request.body().size() > m_options.maxBodyBytes) {
        answer(*exchange, ApiResult::error(
                              Status::PayloadTooLarge, u"payload_too_large"_s,
                              u"The body is %1 bytes; the limit is %2."_s.arg(request.body().size())
                                  .arg(m_options.maxBodyBytes),
                              QJsonObject{{u"limitBytes"_s, m_options.maxBodyBytes}}));
        return;
    }

    // RFC 7235: credentials = auth-scheme 1*SP token68; the scheme is case-insensitive.
    const QByteArray authorization = httprequests::header(request, "Authorization").trimmed();
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray scheme = space < 0 ? authorization : authorization.left(space);
    if (authorization.isEmpty() || scheme.compare("Bearer", Qt::CaseInsensitive) != 0) {
        answer(*exchange,
               unauthorized(u"unauthenticated"_s,
                            u"Send an API key as Authorization: Bearer <prefix>.<secret>."_s,
                            false));
        return;
    }
    const QByteArray token = space < 0 ? QByteArray() : authorization.mid(space + 1).trimmed();
    const auto parsed = apikeys::parseToken(token);
    if (!parsed) {
        // Not even shaped like a key: no database work, and nothing of it in the log.
        logging::api()->warn("request_id={} key=- refused: malformed token",
                             exchange->requestId.constData());
        answer(*exchange, unauthorized(u"invalid_token"_s, u"The API key is not valid."_s, true));
        return;
    }
    exchange->claimedPrefix = parsed->prefix.toStdString(); // public part, fine to log

    ApiRequest api;
    api.requestId = exchange->requestId;
    api.method = request.method();
    api.path = request.url().path();
    api.query = request.query();
    api.body = request.body();
    api.contentType = httprequests::header(request, "Content-Type");
    api.remoteAddress = request.remoteAddress();
    authenticateAndRun(std::move(exchange), std::move(api), token);
}

QCoro::Task<> ApiServer::authenticateAndRun(std::shared_ptr<Exchange> exchange, ApiRequest request,
                                            QByteArray token)
{
    QPointer self{this};
    const auto log = logging::api();
    const char *requestId = exchange->requestId.constData();
    const int interval = m_options.lastUsedIntervalSeconds;
    auto future = m_database.run(
        [token, interval](QSqlDatabase &db) { return apikeys::verify(db, token, interval); });
    std::optional<Expected<apikeys::Verification>> outcome;
    try {
        outcome = co_await future;
    } catch (const std::exception &error) {
        outcome = Expected<apikeys::Verification>::failure(QString::fromUtf8(error.what()));
    }
    if (!self) {
        co_return;
    }
    if (!outcome->ok()) {
        log->error("request_id={} cannot check the API key: {}", requestId,
                   outcome->error().toStdString());
        answer(*exchange, ApiResult::error(Status::ServiceUnavailable, u"unavailable"_s,
                                           u"API keys cannot be checked right now; retry."_s)
                              .withHeader("Retry-After", "5"));
        co_return;
    }
    const apikeys::Verification &verified = outcome->value();
    const std::string &claimed = exchange->claimedPrefix;

    switch (verified.check) {
    case apikeys::Check::Valid:
        break;
    case apikeys::Check::Revoked:
        log->warn("request_id={} key={} refused: revoked", requestId, claimed);
        exchange->keyPrefix = claimed;
        answer(*exchange,
               unauthorized(u"key_revoked"_s, u"This API key has been revoked."_s, true));
        co_return;
    case apikeys::Check::Malformed:
    case apikeys::Check::UnknownKey:
    case apikeys::Check::WrongSecret: {
        const char *why = verified.check == apikeys::Check::Malformed    ? "malformed token"
                          : verified.check == apikeys::Check::UnknownKey ? "unknown prefix"
                                                                         : "wrong secret";
        log->warn("request_id={} key={} refused: {}", requestId, claimed, why);
        answer(*exchange, unauthorized(u"invalid_token"_s, u"The API key is not valid."_s, true));
        co_return;
    }
    }
    request.key = verified.key;
    exchange->keyPrefix = request.key.prefix.toStdString();
    if (!verified.touchError.isEmpty()) {
        log->warn("request_id={} key={} last_used_at not recorded: {}", requestId,
                  exchange->keyPrefix, verified.touchError.toStdString());
    }

    if (const int wait = m_keyBuckets->take(request.key.prefix); wait > 0) {
        answer(*exchange, rateLimited(wait, u"key"_s));
        co_return;
    }

    std::shared_ptr<const Endpoint> endpoint;
    QByteArray allowed;
    for (const auto &candidate : m_endpoints) {
        QHash<QString, QString> parameters;
        if (!matchPath(candidate->path, request.path, parameters)) {
            continue;
        }
        if (candidate->method == request.method) {
            endpoint = candidate;
            request.pathParameters = std::move(parameters);
            break;
        }
        allowed += (allowed.isEmpty() ? "" : ", ") + QByteArray(methodName(candidate->method));
    }
    if (!endpoint && allowed.isEmpty()) {
        answer(*exchange, ApiResult::error(Status::NotFound, u"not_found"_s,
                                           u"There is no API endpoint %1."_s.arg(request.path)));
        co_return;
    }
    if (!endpoint) {
        answer(*exchange,
               ApiResult::error(Status::MethodNotAllowed, u"method_not_allowed"_s,
                                u"%1 accepts %2."_s.arg(request.path, QString::fromLatin1(allowed)))
                   .withHeader("Allow", allowed));
        co_return;
    }
    if (!endpoint->scope.isEmpty() && !request.key.allows(endpoint->scope)) {
        answer(*exchange,
               ApiResult::error(
                   Status::Forbidden, u"insufficient_scope"_s,
                   u"This API key lacks the scope %1."_s.arg(endpoint->scope),
                   QJsonObject{{u"required"_s, endpoint->scope},
                               {u"granted"_s, QJsonArray::fromStringList(request.key.scopes)}})
                   .withHeader("WWW-Authenticate",
                               R"(Bearer realm="opsdesk", error="insufficient_scope", scope=")" +
                                   endpoint->scope.toLatin1() + '"'));
        co_return;
    }
    auto running = run(std::move(exchange), std::move(endpoint), std::move(request));
    co_await running;
}

QCoro::Task<> ApiServer::run(std::shared_ptr<Exchange> exchange,
                             std::shared_ptr<const Endpoint> endpoint, ApiRequest request)
{
    QPointer self{this};
    std::optional<ApiResult> result;
    try {
        auto task = endpoint->handler(std::move(request));
        result = co_await task;
    } catch (const std::exception &error) {
        logging::api()->error("request_id={} handler failed: {}", exchange->requestId.constData(),
                              error.what());
    }
    if (!self) {
        co_return;
    }
    answer(*exchange, result ? *result
                             : ApiResult::error(Status::InternalServerError, u"internal_error"_s,
                                                u"The request failed on the server; its request "
                                                u"id is in the server log."_s));
}

void ApiServer::answer(Exchange &exchange, const ApiResult &result)
{
    if (exchange.answered) {
        return;
    }
    exchange.answered = true;
    ++m_answered;
    const QByteArray body =
        QJsonDocument(result.envelope(exchange.requestId, QDateTime::currentDateTimeUtc()))
            .toJson(QJsonDocument::Compact);
    const bool connected = exchange.socket && exchange.socket->isOpen();
    if (connected) {
        QHttpServerResponder &responder = exchange.responder;
        responder.writeStatusLine(result.status());
        for (const auto &[name, value] : securityHeaders()) {
            responder.writeHeader(name, value);
        }
        responder.writeHeader("X-Request-Id", exchange.requestId);
        for (const auto &[name, value] : result.headers()) {
            responder.writeHeader(name, value);
        }
        responder.writeHeader("Content-Length", QByteArray::number(body.size()));
        responder.writeBody(body);
    }
    const int status = int(result.status());
    const double milliseconds = double(exchange.timer.nsecsElapsed()) / 1e6;
    logging::api()->log(status >= 500 ? spdlog::level::err : spdlog::level::info,
                        "request_id={} remote={} method={} path=\"{}\" status={} error={} key={} "
                        "duration_ms={:.2f} bytes_in={} bytes_out={}{}",
                        exchange.requestId.constData(), exchange.remote, exchange.method,
                        exchange.path, status, result.success() ? "-" : result.code().toStdString(),
                        exchange.keyPrefix, milliseconds, exchange.bytesIn,
                        connected ? body.size() : 0, connected ? "" : " (client gone)");
}

} // namespace opsdesk
