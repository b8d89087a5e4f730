#pragma once

#include "apikeys.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QUrlQuery>

#include <QCoroTask>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QHttpServer;

namespace opsdesk {

class Database;

/// Field-level validation errors, answered as 422 `validation_failed` with
/// `details: {"fields": {"<field>": ["<message>", ...]}}`.
class FieldErrors
{
public:
    void add(const QString &field, const QString &message);
    [[nodiscard]] bool isEmpty() const { return m_fields.isEmpty(); }
    [[nodiscard]] QJsonObject toJson() const { return m_fields; }

private:
    QJsonObject m_fields;
};

/// What an endpoint answers: data for the success envelope, or an error for the error envelope
/// (shared/design/architecture.md, "HTTP surface"):
///   {"success":true,"data":...,"meta":{"timestamp","requestId"}}
///   {"success":false,"error":{"code","message","details"},"meta":{"timestamp","requestId"}}
/// `code` is a stable machine-readable word (invalid_token, insufficient_scope, rate_limited,
/// validation_failed, ...); `message` is for people; `details` is null or an object.
class ApiResult
{
public:
    using Status = QHttpServerResponder::StatusCode;
    using Headers = std::vector<std::pair<QByteArray, QByteArray>>;

    static ApiResult ok(QJsonValue data, Status status = Status::Ok);
    static ApiResult error(Status status, QString code, QString message,
                           QJsonValue details = QJsonValue::Null);
    /// 422 validation_failed with @p errors as details.
    static ApiResult invalid(const FieldErrors &errors);

    /// Adds a response header (WWW-Authenticate, Retry-After, Allow, ...).
    ApiResult &withHeader(QByteArray name, QByteArray value);

    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] bool success() const { return m_success; }
    [[nodiscard]] const QString &code() const { return m_code; }
    [[nodiscard]] const Headers &headers() const { return m_headers; }
    /// The envelope, stamped with @p requestId and @p timestamp (UTC).
    [[nodiscard]] QJsonObject envelope(const QByteArray &requestId,
                                       const QDateTime &timestamp) const;

private:
    ApiResult() = default;
    Status m_status = Status::Ok;
    bool m_success = true;
    QJsonValue m_data;
    QString m_code;
    QString m_message;
    QJsonValue m_details;
    Headers m_headers;
};

/// One authenticated request, as an endpoint handler receives it.
struct ApiRequest {
    QByteArray requestId; ///< X-Request-Id: the caller's (if well-formed) or a new UUID
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString path; ///< e.g. "/api/v1/whoami"
    /// The values of the endpoint path's `{name}` segments (percent-decoded), e.g. "id".
    QHash<QString, QString> pathParameters;
    QUrlQuery query;
    QByteArray body; ///< at most Options::maxBodyBytes
    QByteArray contentType;
    QHostAddress remoteAddress;
    apikeys::Key key; ///< the key that authenticated the request (active, secret verified)

    /// "api-key:<prefix>", for apikeys::actOnBehalfOf() in the transactions the handler runs.
    [[nodiscard]] QString onBehalfOf() const { return QStringLiteral("api-key:") + key.prefix; }
    /// The body as a JSON object. Fails with 415 unsupported_media_type unless the content type
    /// is application/json, or 400 invalid_json (details: offset) when it does not parse or is
    /// not an object.
    [[nodiscard]] std::optional<ApiResult> parseJsonObject(QJsonObject &object) const;
};

/// The automation API of `opsdeskd serve`: `/api/v1/*` on the listener IngestServer owns
/// (shared/design/architecture.md, "HTTP surface" and "Security").
///
/// Every request, in this order:
/// 1. gets an `X-Request-Id` (the caller's when it is 1-128 visible ASCII characters without
///    quotes or backslashes, else a new UUID), echoed in the response and written in every log
///    line the request causes, plus the security headers (nosniff, no-store, CSP
///    `default-src 'none'`, frame DENY, no-referrer);
/// 2. is rate limited per client address (token bucket) → 429 `rate_limited` with Retry-After
///    in seconds (RFC 6585, section 4; RFC 9110, section 10.2.3);
/// 3. has its body limited to Options::maxBodyBytes → 413 `payload_too_large`;
/// 4. must carry `Authorization: Bearer <prefix>.<secret>` (RFC 6750, section 2.1) of an active
///    key → 401 with `WWW-Authenticate: Bearer realm="opsdesk"` (plus `error="invalid_token"`
///    when a token was presented, RFC 6750 section 3): `unauthenticated` (none, or another
///    scheme), `invalid_token` (malformed, unknown prefix, wrong secret: one answer, so the
///    reply does not tell which prefixes exist), `key_revoked` (the right secret of a revoked
///    key); 503 `unavailable` when the database cannot check;
/// 5. is rate limited per key → 429 `rate_limited`;
/// 6. is routed: unknown path → 404 `not_found`; known path, other method → 405
///    `method_not_allowed` with Allow;
/// 7. needs the endpoint's scope → 403 `insufficient_scope` (RFC 6750 section 3.1, with the
///    `scope` attribute) and details {"required", "granted"};
/// 8. runs the endpoint's handler; an exception becomes 500 `internal_error`.
/// One structured access-log line per request (logger `api`): request_id, remote, method, path,
/// status, error code, key prefix, duration, bytes. Secrets, Authorization headers and query
/// strings are never logged.
///
/// Endpoints today: `GET /api/v1/whoami` (any scope): the calling key's prefix, name, scopes,
/// createdAt, createdBy. Later endpoints are added with addEndpoint().
class ApiServer : public QObject
{
    Q_OBJECT
public:
    /// A token bucket: @p burst requests at once, refilled at @p perSecond.
    struct RateLimit {
        int burst = 60;
        double perSecond = 10.0;
    };
    struct Options {
        qsizetype maxBodyBytes = qsizetype(1) * 1024 * 1024;
        RateLimit perKey{60, 10.0};
        RateLimit perAddress{120, 20.0};
        /// last_used_at is written at most once per key per this many seconds.
        int lastUsedIntervalSeconds = 60;
    };

    /// An endpoint's work: gets the authenticated request, returns what to answer.
    using Handler = std::function<QCoro::Task<ApiResult>(ApiRequest)>;

    /// Checks keys through @p database (opsdeskd's own service-role pool); endpoints use it too.
    explicit ApiServer(Database &database, QObject *parent = nullptr);
    ApiServer(Database &database, Options options, QObject *parent = nullptr);
    ~ApiServer() override;

    /// Routes `/api/v1/*` of @p http to this object. Call once, before or after listen().
    void attachTo(QHttpServer &http);

    /// Adds `METHOD /api/v1/<path>` (@p path starts with "/api/v1/"; a segment `{name}` matches
    /// any one non-empty segment, handed over in ApiRequest::pathParameters) requiring
    /// @p scope (one of apikeys::knownScopes(); empty = any valid key).
    void addEndpoint(QHttpServerRequest::Method method, const QString &path, const QString &scope,
                     Handler handler);

    [[nodiscard]] Database &database() { return m_database; }
    [[nodiscard]] quint64 requestsAnswered() const { return m_answered; }

private:
    struct Endpoint;
    struct Exchange;
    class Buckets;

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    QCoro::Task<> authenticateAndRun(std::shared_ptr<Exchange> exchange, ApiRequest request,
                                     QByteArray token);
    QCoro::Task<> run(std::shared_ptr<Exchange> exchange, std::shared_ptr<const Endpoint> endpoint,
                      ApiRequest request);
    void answer(Exchange &exchange, const ApiResult &result);

    Database &m_database;
    Options m_options;
    std::vector<std::shared_ptr<const Endpoint>> m_endpoints;
    std::unique_ptr<Buckets> m_keyBuckets;
    std::unique_ptr<Buckets> m_addressBuckets;
    quint64 m_answered = 0;
};

} // namespace opsdesk
