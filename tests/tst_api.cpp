// The automation API end to end: real HTTP over loopback into `opsdeskd serve`'s listener
// (IngestServer + ApiServer), keys checked by opsdeskd's own service role on a real PostgreSQL,
// keys created and revoked by an admin person through services/apikeys, the
// `opsdeskd api-key` command, and every log line captured to prove no secret is ever written.

#include "apikeys.h"
#include "apiserver.h"
#include "database.h"
#include "ingestserver.h"
#include "logging.h"

#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;
using namespace opsdesk;

namespace {

constexpr qsizetype kMaxBody = 64 * 1024;
constexpr int kKeyBurst = 40;

/// Every log line of every logger, as written (logger name and text).
class CaptureSink : public spdlog::sinks::base_sink<std::mutex>
{
public:
    struct Line {
        QString logger;
        QString text;
    };
    QList<Line> lines()
    {
        std::lock_guard lock(mutex_);
        return m_lines;
    }

protected:
    void sink_it_(const spdlog::details::log_msg &message) override
    {
        spdlog::memory_buf_t formatted;
        formatter_->format(message, formatted);
        m_lines.append(
            {QString::fromUtf8(message.logger_name.data(), qsizetype(message.logger_name.size())),
             QString::fromUtf8(formatted.data(), qsizetype(formatted.size()))});
    }
    void flush_() override {}

private:
    QList<Line> m_lines;
};

struct Reply {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QJsonObject json;

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        return headers.value(name.toLower());
    }
    [[nodiscard]] QString errorCode() const
    {
        return json.value(u"error"_s).toObject().value(u"code"_s).toString();
    }
};

using Headers = QList<std::pair<QByteArray, QByteArray>>;

QByteArray bearer(const QByteArray &token)
{
    return "Bearer " + token;
}

} // namespace

class TestApi : public QObject
{
    Q_OBJECT

private:
    DatabaseConfig m_owner;
    DatabaseConfig m_admin;
    DatabaseConfig m_manager;
    DatabaseConfig m_service;
    std::unique_ptr<Database> m_serviceDb;
    std::unique_ptr<IngestServer> m_ingest;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<Database> m_adminDb;
    std::unique_ptr<Database> m_ownerDb;
    QSqlDatabase m_adminConnection;
    QSqlDatabase m_check;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    std::shared_ptr<CaptureSink> m_capture = std::make_shared<CaptureSink>();

    apikeys::Created m_metrics;       ///< metrics:read, metrics:write
    apikeys::Created m_conversations; ///< conversations:read only
    apikeys::Created m_revoked;       ///< metrics:write, revoked
    /// Every full key and secret this test made or sent, for the log check.
    QList<QByteArray> m_secrets;

    Reply send(const QByteArray &verb, const QString &path, const Headers &headers = {},
               const QByteArray &body = {}, quint16 port = 0)
    {
        QNetworkRequest request(
            QUrl(u"http://127.0.0.1:%1%2"_s.arg(port ? port : m_port).arg(path)));
        for (const auto &[name, value] : headers) {
            request.setRawHeader(name, value);
        }
        request.setTransferTimeout(30000);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(30000)) {
            qWarning("request timed out");
        }
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            result.headers.insert(name.toLower(), value);
        }
        result.json = QJsonDocument::fromJson(result.body).object();
        reply->deleteLater();
        return result;
    }
    Reply whoami(const QByteArray &token, const Headers &extra = {})
    {
        Headers headers = extra;
        headers.append({"Authorization", bearer(token)});
        return send("GET", u"/api/v1/whoami"_s, headers);
    }
    QVariant scalar(const QString &sql, const QVariantList &args = {})
    {
        auto query = exec(m_check, sql, args);
        return query.next() ? query.value(0) : QVariant();
    }
    apikeys::Created createKey(const QString &name, const QStringList &scopes)
    {
        auto created = apikeys::create(m_adminConnection, name, scopes);
        m_secrets << created.token << created.token.mid(created.token.indexOf('.') + 1);
        return created;
    }

    /// The error envelope, the challenge and the headers every refusal must have.
    static void verifyError(const Reply &reply, int status, const QString &code)
    {
        QVERIFY2(reply.status == status,
                 qPrintable(u"status %1, expected %2: %3"_s.arg(reply.status)
                                .arg(status)
                                .arg(QString::fromUtf8(reply.body))));
        QCOMPARE(reply.json.value(u"success"_s), QJsonValue(false));
        const QJsonObject error = reply.json.value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), code);
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());
        QVERIFY(error.contains(u"details"_s));
        QVERIFY(!reply.json.contains(u"data"_s));
        const QJsonObject meta = reply.json.value(u"meta"_s).toObject();
        QCOMPARE(meta.value(u"requestId"_s).toString().toLatin1(), reply.header("X-Request-Id"));
        QVERIFY(!reply.header("X-Request-Id").isEmpty());
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(reply.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        if (status == 401) {
            QVERIFY2(reply.header("WWW-Authenticate").startsWith(R"(Bearer realm="opsdesk")"),
                     reply.header("WWW-Authenticate").constData());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        logging::setup("debug");
        m_owner = testsupport::freshDatabase(u"api"_s);
        m_admin = testsupport::createPerson(m_owner, u"ada"_s, u"admin"_s);
        m_manager = testsupport::createPerson(m_owner, u"max"_s, u"manager"_s);
        testsupport::execAsSuperuser(
            m_owner, u"CREATE ROLE svc LOGIN PASSWORD 'svc-password-1' IN ROLE opsdesk_service"_s);
        m_service = m_owner;
        m_service.user = u"svc"_s;
        m_service.password = u"svc-password-1"_s;

        m_serviceDb = std::make_unique<Database>(m_service, 2);
        m_ingest = std::make_unique<IngestServer>(
            *m_serviceDb, IngestServer::Options{"app-secret", "verify", 3 * 1024 * 1024});
        ApiServer::Options options;
        options.maxBodyBytes = kMaxBody;
        options.perKey = {kKeyBurst, 0.001};   // no refill within the test's lifetime
        options.perAddress = {100000, 1000.0}; // the per-address limit has its own server below
        m_api = std::make_unique<ApiServer>(*m_serviceDb, options);
        m_api->addEndpoint(QHttpServerRequest::Method::Post, u"/api/v1/test/echo"_s,
                           u"metrics:write"_s, [](ApiRequest request) -> QCoro::Task<ApiResult> {
                               QJsonObject body;
                               if (auto refused = request.parseJsonObject(body)) {
                                   co_return *refused;
                               }
                               FieldErrors errors;
                               if (!body.value(u"value"_s).isDouble()) {
                                   errors.add(u"value"_s, u"must be a number"_s);
                               }
                               if (!body.value(u"label"_s).isString()) {
                                   errors.add(u"label"_s, u"must be a string"_s);
                               }
                               if (!errors.isEmpty()) {
                                   co_return ApiResult::invalid(errors);
                               }
                               co_return ApiResult::ok(
                                   QJsonObject{{u"value"_s, body.value(u"value"_s)},
                                               {u"onBehalfOf"_s, request.onBehalfOf()}},
                                   ApiResult::Status::Created);
                           });
        m_api->attachTo(m_ingest->http());
        const auto port = m_ingest->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(port.ok(), qPrintable(port.error()));
        m_port = port.value();

        // Every logger from now on also writes here (console stays at warn).
        spdlog::apply_all([this](const std::shared_ptr<spdlog::logger> &logger) {
            for (auto &sink : logger->sinks()) {
                sink->set_level(spdlog::level::warn);
            }
            logger->sinks().push_back(m_capture);
            logger->set_level(spdlog::level::debug);
        });

        m_adminDb = std::make_unique<Database>(m_admin, 1);
        m_adminConnection = m_adminDb->openDedicated(u"api-admin"_s);
        m_ownerDb = std::make_unique<Database>(m_owner, 1);
        m_check = m_ownerDb->openDedicated(u"api-check"_s);

        m_metrics = createKey(u"  Metrics exporter "_s,
                              {u"metrics:write"_s, u"metrics:read"_s, u"metrics:write"_s});
        m_conversations = createKey(u"CRM sync"_s, {u"conversations:read"_s});
        m_revoked = createKey(u"Old exporter"_s, {u"metrics:write"_s});
        apikeys::revoke(m_adminConnection, m_revoked.key.prefix);
    }

    void cleanupTestCase()
    {
        m_api.reset();
        m_ingest.reset();
        m_adminConnection.close();
        m_check.close();
        spdlog::apply_all([this](const std::shared_ptr<spdlog::logger> &logger) {
            auto &sinks = logger->sinks();
            sinks.erase(std::remove(sinks.begin(), sinks.end(), m_capture), sinks.end());
        });
    }

    void keyFormat()
    {
        const auto key = apikeys::generate();
        QVERIFY2(QRegularExpression(u"^odk_[a-z2-7]{12}$"_s).match(key.prefix).hasMatch(),
                 qPrintable(key.prefix));
        QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s)
                    .match(QString::fromLatin1(key.secret))
                    .hasMatch());
        QCOMPARE(key.secretHash.size(), 32);
        QCOMPARE(key.secretHash, apikeys::hashSecret(key.secret));
        QVERIFY(apikeys::generate().secret != key.secret);

        const auto parsed = apikeys::parseToken(key.token());
        QVERIFY(parsed);
        QCOMPARE(parsed->prefix, key.prefix);
        QCOMPARE(parsed->secret, key.secret);
        QVERIFY(!apikeys::parseToken(key.secret));                               // no prefix
        QVERIFY(!apikeys::parseToken(QByteArray(key.token() + "x")));            // long secret
        QVERIFY(!apikeys::parseToken(key.token().chopped(1)));                   // short secret
        QVERIFY(!apikeys::parseToken(QByteArray(key.token() + ".x")));           // two dots
        QVERIFY(!apikeys::parseToken(QByteArray(" " + key.token())));            // not trimmed
        QVERIFY(!apikeys::parseToken(QByteArray("odk." + key.secret)));          // prefix too short
        QVERIFY(!apikeys::parseToken(QByteArray("odk-abcdefgh." + key.secret))); // prefix charset
        QByteArray plusSign = key.token();
        plusSign.back() = '+';
        QVERIFY(!apikeys::parseToken(plusSign)); // base64, not base64url

        QVERIFY(apikeys::constantTimeEquals("abc", "abc"));
        QVERIFY(!apikeys::constantTimeEquals("abc", "abd"));
        QVERIFY(!apikeys::constantTimeEquals("abc", "abcd"));
    }

    void storedRowHoldsOnlyTheHash()
    {
        QCOMPARE(m_metrics.key.name, u"Metrics exporter"_s);
        QCOMPARE(m_metrics.key.scopes, (QStringList{u"metrics:read"_s, u"metrics:write"_s}));
        QCOMPARE(m_metrics.key.createdByName, u"ada"_s);
        const QByteArray secret = m_metrics.token.mid(m_metrics.token.indexOf('.') + 1);
        QCOMPARE(scalar(u"SELECT secret_hash FROM opsdesk.api_keys WHERE prefix = ?"_s,
                        {m_metrics.key.prefix})
                     .toByteArray(),
                 apikeys::hashSecret(secret));
        // Nowhere in the row (nor in the audit trail) is the secret.
        QCOMPARE(scalar(u"SELECT count(*) FROM opsdesk.api_keys k WHERE k::text LIKE ?"_s,
                        {QString(u"%"_s + QString::fromLatin1(secret) + u"%"_s)})
                     .toInt(),
                 0);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization"); // empty: no header at all
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        const QByteArray metrics = m_metrics.token;
        const QByteArray prefix = m_metrics.key.prefix.toLatin1();
        const QByteArray otherSecret = apikeys::generate().secret;
        m_secrets << otherSecret;
        const QString whoami = u"/api/v1/whoami"_s;
        QTest::newRow("missing") << QByteArray("GET") << whoami << QByteArray() << 401
                                 << u"unauthenticated"_s;
        QTest::newRow("other scheme")
            << QByteArray("GET") << whoami << QByteArray("Basic YWRhOnNlY3JldA==") << 401
            << u"unauthenticated"_s;
        QTest::newRow("bearer without token")
            << QByteArray("GET") << whoami << QByteArray("Bearer") << 401 << u"invalid_token"_s;
        QTest::newRow("malformed: no dot")
            << QByteArray("GET") << whoami << bearer(prefix + otherSecret) << 401
            << u"invalid_token"_s;
        QTest::newRow("malformed: short secret")
            << QByteArray("GET") << whoami << bearer(metrics.chopped(2)) << 401
            << u"invalid_token"_s;
        QTest::newRow("malformed: trailing junk")
            << QByteArray("GET") << whoami << bearer(metrics + ".x") << 401 << u"invalid_token"_s;
        QTest::newRow("unknown prefix")
            << QByteArray("GET") << whoami << bearer("odk_zzzzzzzzzzzz." + otherSecret) << 401
            << u"invalid_token"_s;
        QTest::newRow("wrong secret")
            << QByteArray("GET") << whoami << bearer(prefix + '.' + otherSecret) << 401
            << u"invalid_token"_s;
        QTest::newRow("revoked") << QByteArray("GET") << whoami << bearer(m_revoked.token) << 401
                                 << u"key_revoked"_s;
        QTest::newRow("wrong secret of a revoked key")
            << QByteArray("GET") << whoami
            << bearer(m_revoked.key.prefix.toLatin1() + '.' + otherSecret) << 401
            << u"invalid_token"_s;
        QTest::newRow("wrong scope")
            << QByteArray("POST") << u"/api/v1/test/echo"_s << bearer(m_conversations.token) << 403
            << u"insufficient_scope"_s;
    }

    void refused()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QString, code);
        Headers headers{{"Content-Type", "application/json"}};
        if (!authorization.isEmpty()) {
            headers.append({"Authorization", authorization});
        }
        const Reply reply = send(verb, path, headers, verb == "POST" ? R"({"value":1})" : "");
        verifyError(reply, status, code);
        const QByteArray challenge = reply.header("WWW-Authenticate");
        if (code == u"unauthenticated") {
            QCOMPARE(challenge, QByteArray(R"(Bearer realm="opsdesk")")); // RFC 6750 3.1
        } else if (status == 401) {
            QVERIFY2(challenge.contains(R"(error="invalid_token")"), challenge.constData());
        } else {
            QVERIFY2(challenge.contains(R"(error="insufficient_scope")") &&
                         challenge.contains(R"(scope="metrics:write")"),
                     challenge.constData());
            const QJsonObject details =
                reply.json.value(u"error"_s).toObject().value(u"details"_s).toObject();
            QCOMPARE(details.value(u"required"_s).toString(), u"metrics:write"_s);
            QCOMPARE(details.value(u"granted"_s).toArray(), QJsonArray{u"conversations:read"_s});
        }
    }

    void whoamiDescribesTheKey()
    {
        const Reply reply = whoami(m_metrics.token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"success"_s), QJsonValue(true));
        const QJsonObject data = reply.json.value(u"data"_s).toObject();
        QCOMPARE(data.value(u"prefix"_s).toString(), m_metrics.key.prefix);
        QCOMPARE(data.value(u"name"_s).toString(), u"Metrics exporter"_s);
        QCOMPARE(data.value(u"scopes"_s).toArray(),
                 (QJsonArray{u"metrics:read"_s, u"metrics:write"_s}));
        QCOMPARE(data.value(u"createdBy"_s).toString(), u"ada"_s);
        QVERIFY(QDateTime::fromString(data.value(u"createdAt"_s).toString(), Qt::ISODateWithMs)
                    .isValid());
        QVERIFY(!reply.json.contains(u"error"_s));
        const QJsonObject meta = reply.json.value(u"meta"_s).toObject();
        const QDateTime stamped =
            QDateTime::fromString(meta.value(u"timestamp"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(stamped.isValid());
        QCOMPARE(stamped.timeSpec(), Qt::UTC);
        QCOMPARE(meta.value(u"requestId"_s).toString().toLatin1(), reply.header("X-Request-Id"));
        // The other key is told apart.
        const Reply other = whoami(m_conversations.token);
        QCOMPARE(other.status, 200);
        QCOMPARE(other.json.value(u"data"_s).toObject().value(u"name"_s).toString(), u"CRM sync"_s);
    }

    void requestIdEchoedOrGenerated()
    {
        const Reply given = whoami(m_metrics.token, {{"X-Request-Id", "test-req-42"}});
        QCOMPARE(given.status, 200);
        QCOMPARE(given.header("X-Request-Id"), QByteArray("test-req-42"));
        QCOMPARE(given.json.value(u"meta"_s).toObject().value(u"requestId"_s).toString(),
                 u"test-req-42"_s);

        const Reply refusedWithId = send("GET", u"/api/v1/whoami"_s, {{"X-Request-Id", "req-401"}});
        QCOMPARE(refusedWithId.status, 401);
        QCOMPARE(refusedWithId.header("X-Request-Id"), QByteArray("req-401"));

        const Reply generated = whoami(m_metrics.token);
        QVERIFY(!QUuid::fromString(QString::fromLatin1(generated.header("X-Request-Id"))).isNull());
        const Reply another = whoami(m_metrics.token);
        QVERIFY(another.header("X-Request-Id") != generated.header("X-Request-Id"));

        // An id that would break a log line is replaced, not echoed.
        const Reply unsafe = whoami(m_metrics.token, {{"X-Request-Id", "a b\"c"}});
        QCOMPARE(unsafe.status, 200);
        QVERIFY(!QUuid::fromString(QString::fromLatin1(unsafe.header("X-Request-Id"))).isNull());
    }

    void securityHeaders()
    {
        for (const Reply &reply : {whoami(m_metrics.token), send("GET", u"/api/v1/whoami"_s)}) {
            QCOMPARE(reply.header("X-Content-Type-Options"), QByteArray("nosniff"));
            QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
            QCOMPARE(reply.header("Content-Security-Policy"),
                     QByteArray("default-src 'none'; frame-ancestors 'none'"));
            QCOMPARE(reply.header("X-Frame-Options"), QByteArray("DENY"));
            QCOMPARE(reply.header("Referrer-Policy"), QByteArray("no-referrer"));
            QCOMPARE(reply.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        }
    }

    void notFoundAndMethodNotAllowed()
    {
        const Reply missing =
            send("GET", u"/api/v1/nothing/here"_s, {{"Authorization", bearer(m_metrics.token)}});
        verifyError(missing, 404, u"not_found"_s);
        const Reply wrongMethod =
            send("DELETE", u"/api/v1/whoami"_s, {{"Authorization", bearer(m_metrics.token)}});
        verifyError(wrongMethod, 405, u"method_not_allowed"_s);
        QCOMPARE(wrongMethod.header("Allow"), QByteArray("GET"));
        // Without a key, nothing tells which endpoints exist.
        verifyError(send("GET", u"/api/v1/nothing/here"_s), 401, u"unauthenticated"_s);
    }

    void bodyLimit()
    {
        const Headers headers{{"Authorization", bearer(m_metrics.token)},
                              {"Content-Type", "application/json"}};
        QByteArray tooLarge(kMaxBody + 1, ' ');
        tooLarge.replace(0, 12, R"({"value":1} )");
        const Reply refused = send("POST", u"/api/v1/test/echo"_s, headers, tooLarge);
        verifyError(refused, 413, u"payload_too_large"_s);
        QCOMPARE(refused.json.value(u"error"_s)
                     .toObject()
                     .value(u"details"_s)
                     .toObject()
                     .value(u"limitBytes"_s)
                     .toInteger(),
                 kMaxBody);
        // At the limit it goes through (and fails validation for the missing label).
        const Reply atLimit = send("POST", u"/api/v1/test/echo"_s, headers, tooLarge.chopped(1));
        verifyError(atLimit, 422, u"validation_failed"_s);
    }

    void inputValidation()
    {
        const QByteArray auth = bearer(m_metrics.token);
        verifyError(send("POST", u"/api/v1/test/echo"_s,
                         {{"Authorization", auth}, {"Content-Type", "text/plain"}}, "value=1"),
                    415, u"unsupported_media_type"_s);
        const Reply broken =
            send("POST", u"/api/v1/test/echo"_s,
                 {{"Authorization", auth}, {"Content-Type", "application/json"}}, R"({"value": )");
        verifyError(broken, 400, u"invalid_json"_s);
        QVERIFY(broken.json.value(u"error"_s)
                    .toObject()
                    .value(u"details"_s)
                    .toObject()
                    .contains(u"offset"_s));

        const Reply invalid =
            send("POST", u"/api/v1/test/echo"_s,
                 {{"Authorization", auth}, {"Content-Type", "application/json; charset=utf-8"}},
                 R"({"value": "three"})");
        verifyError(invalid, 422, u"validation_failed"_s);
        const QJsonObject fields = invalid.json.value(u"error"_s)
                                       .toObject()
                                       .value(u"details"_s)
                                       .toObject()
                                       .value(u"fields"_s)
                                       .toObject();
        QCOMPARE(fields.value(u"value"_s).toArray(), QJsonArray{u"must be a number"_s});
        QCOMPARE(fields.value(u"label"_s).toArray(), QJsonArray{u"must be a string"_s});

        const Reply accepted = send("POST", u"/api/v1/test/echo"_s,
                                    {{"Authorization", auth}, {"Content-Type", "application/json"}},
                                    R"({"value": 3, "label": "x"})");
        QCOMPARE(accepted.status, 201);
        const QJsonObject data = accepted.json.value(u"data"_s).toObject();
        QCOMPARE(data.value(u"value"_s).toInt(), 3);
        QCOMPARE(data.value(u"onBehalfOf"_s).toString(), u"api-key:"_s + m_metrics.key.prefix);
    }

    void rateLimitPerKey()
    {
        const auto key = createKey(u"Busy client"_s, {u"metrics:read"_s});
        for (int i = 0; i < kKeyBurst; ++i) {
            const Reply reply = whoami(key.token);
            QVERIFY2(reply.status == 200, qPrintable(u"request %1: %2"_s.arg(i).arg(reply.status)));
        }
        const Reply limited = whoami(key.token);
        verifyError(limited, 429, u"rate_limited"_s);
        bool ok = false;
        const int retryAfter = limited.header("Retry-After").toInt(&ok);
        QVERIFY2(ok && retryAfter >= 1, limited.header("Retry-After").constData());
        const QJsonObject details =
            limited.json.value(u"error"_s).toObject().value(u"details"_s).toObject();
        QCOMPARE(details.value(u"limit"_s).toString(), u"key"_s);
        QCOMPARE(details.value(u"retryAfterSeconds"_s).toInt(), retryAfter);
        // Other keys are not held back by this one.
        QCOMPARE(whoami(m_conversations.token).status, 200);
    }

    void rateLimitPerAddress()
    {
        // A second listener whose per-address bucket holds three requests.
        IngestServer ingest(*m_serviceDb, {"app-secret", "verify", 1024});
        ApiServer::Options options;
        options.perAddress = {3, 0.001};
        ApiServer api(*m_serviceDb, options);
        api.attachTo(ingest.http());
        const auto port = ingest.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        // Refused requests count too: guessing keys costs the caller its budget.
        QCOMPARE(send("GET", u"/api/v1/whoami"_s, {}, {}, port.value()).status, 401);
        QCOMPARE(send("GET", u"/api/v1/whoami"_s, {}, {}, port.value()).status, 401);
        QCOMPARE(send("GET", u"/api/v1/whoami"_s, {{"Authorization", bearer(m_metrics.token)}}, {},
                      port.value())
                     .status,
                 200);
        const Reply limited = send("GET", u"/api/v1/whoami"_s,
                                   {{"Authorization", bearer(m_metrics.token)}}, {}, port.value());
        verifyError(limited, 429, u"rate_limited"_s);
        QVERIFY(limited.header("Retry-After").toInt() >= 1);
        QCOMPARE(limited.json.value(u"error"_s)
                     .toObject()
                     .value(u"details"_s)
                     .toObject()
                     .value(u"limit"_s)
                     .toString(),
                 u"address"_s);
        ingest.shutdown();
    }

    void lastUsedRecordedOncePerInterval()
    {
        const auto key = createKey(u"Quiet client"_s, {u"metrics:read"_s});
        QVERIFY(scalar(u"SELECT last_used_at FROM opsdesk.api_keys WHERE prefix = ?"_s,
                       {key.key.prefix})
                    .isNull());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(whoami(key.token).status, 200);
        }
        QVERIFY(!scalar(u"SELECT last_used_at FROM opsdesk.api_keys WHERE prefix = ?"_s,
                        {key.key.prefix})
                     .isNull());
        // One write (and one audit entry), by opsdeskd's role on behalf of the key.
        QCOMPARE(scalar(u"SELECT count(*) FROM opsdesk.audit_log WHERE resource_type = 'api_keys'"
                        u" AND resource_id = ? AND action = 'update' AND changes->'last_used_at' "
                        u"IS NOT NULL"
                        u" AND actor = 'svc' AND on_behalf_of = ?"_s,
                        {key.key.id, QString(u"api-key:"_s + key.key.prefix)})
                     .toInt(),
                 1);
    }

    void createAndRevokeAreAudited()
    {
        const auto key = createKey(u"Audited"_s, {u"orders:write"_s});
        QCOMPARE(scalar(u"SELECT actor FROM opsdesk.audit_log WHERE resource_type = 'api_keys'"
                        u" AND resource_id = ? AND action = 'insert'"_s,
                        {key.key.id})
                     .toString(),
                 u"ada"_s);
        QCOMPARE(scalar(u"SELECT changes->>'prefix' || ' ' || (changes->>'name')"
                        u"  FROM opsdesk.audit_log WHERE resource_type = 'api_keys'"
                        u"   AND resource_id = ? AND action = 'insert'"_s,
                        {key.key.id})
                     .toString(),
                 key.key.prefix + u" Audited"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM opsdesk.audit_log WHERE resource_type = 'api_keys'"
                        u" AND changes->'secret_hash' IS NOT NULL"_s)
                     .toInt(),
                 0);

        const auto revoked = apikeys::revoke(m_adminConnection, key.key.prefix);
        QVERIFY(!revoked.active());
        QCOMPARE(
            scalar(
                u"SELECT actor FROM opsdesk.audit_log WHERE resource_type = 'api_keys'"
                u" AND resource_id = ? AND action = 'update' AND changes->'revoked_at' IS NOT NULL"_s,
                {key.key.id})
                .toString(),
            u"ada"_s);
        verifyError(whoami(key.token), 401, u"key_revoked"_s);

        // Revoking twice, or a key that does not exist, says so.
        try {
            apikeys::revoke(m_adminConnection, key.key.prefix);
            QFAIL("revoked twice");
        } catch (const DatabaseError &error) {
            QCOMPARE(error.sqlState(), u"55000"_s);
        }
        try {
            apikeys::revoke(m_adminConnection, u"odk_doesnotexist"_s);
            QFAIL("revoked a missing key");
        } catch (const DatabaseError &error) {
            QCOMPARE(error.sqlState(), u"P0002"_s);
        }
    }

    void onlyAdminsManageKeys()
    {
        Database managerDb(m_manager, 1);
        {
            const QSqlDatabase db = managerDb.openDedicated(u"api-manager"_s);
            QVERIFY(apikeys::list(db).size() >= 3); // managers may look
            try {
                apikeys::create(db, u"Sneaky"_s, {u"audit:read"_s});
                QFAIL("a manager created a key");
            } catch (const DatabaseError &error) {
                QCOMPARE(error.sqlState(), u"42501"_s);
                QVERIFY2(error.message().contains(u"only admins"_s), qPrintable(error.message()));
            }
            try {
                apikeys::revoke(db, m_metrics.key.prefix);
                QFAIL("a manager revoked a key");
            } catch (const DatabaseError &error) {
                QCOMPARE(error.sqlState(), u"42501"_s);
            }
        }
        QSqlDatabase::removeDatabase(u"api-manager"_s);
        QCOMPARE(whoami(m_metrics.token).status, 200);

        // Support does not even see them.
        Database supportDb(testsupport::createPerson(m_owner, u"sue"_s, u"support"_s), 1);
        {
            const QSqlDatabase db = supportDb.openDedicated(u"api-support"_s);
            try {
                apikeys::list(db);
                QFAIL("support listed the keys");
            } catch (const DatabaseError &error) {
                QCOMPARE(error.sqlState(), u"42501"_s);
                QVERIFY2(error.message().contains(u"only managers and admins"_s),
                         qPrintable(error.message()));
            }
        }
        QSqlDatabase::removeDatabase(u"api-support"_s);

        // Bad input never reaches the table.
        try {
            apikeys::create(m_adminConnection, u"x"_s, {u"metrics:delete"_s});
            QFAIL("unknown scope accepted");
        } catch (const DatabaseError &error) {
            QCOMPARE(error.sqlState(), u"22023"_s);
        }
        try {
            apikeys::create(m_adminConnection, u"   "_s, {u"metrics:read"_s});
            QFAIL("empty name accepted");
        } catch (const DatabaseError &error) {
            QCOMPARE(error.sqlState(), u"22023"_s);
        }
    }

    void commandLine()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"OPSDESK_DATABASE_URL"_s, m_owner.toUrl(true));
        environment.insert(u"OPSDESK_LOG_LEVEL"_s, u"warn"_s);
        const auto run = [&](const QStringList &arguments) {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(OPSDESKD), QStringList{u"api-key"_s} + arguments);
            if (!process.waitForFinished(60000)) {
                process.kill();
                process.waitForFinished();
            }
            return std::tuple{process.exitCode(), process.readAllStandardOutput(),
                              QString::fromUtf8(process.readAllStandardError())};
        };

        auto [code, out, err] = run({u"create"_s, u"--name"_s, u"Nightly report"_s, u"--scopes"_s,
                                     u"metrics:read,audit:read"_s});
        QCOMPARE(code, 0);
        const QByteArray token = out.trimmed();
        m_secrets << token;
        QVERIFY2(apikeys::parseToken(token), out.constData());
        QVERIFY2(err.contains(u"only time the full key is shown"_s), qPrintable(err));
        QVERIFY(!err.contains(QString::fromLatin1(token)));
        const Reply reply = whoami(token);
        QCOMPARE(reply.status, 200);
        const QJsonObject data = reply.json.value(u"data"_s).toObject();
        QCOMPARE(data.value(u"name"_s).toString(), u"Nightly report"_s);
        QCOMPARE(data.value(u"scopes"_s).toArray(),
                 (QJsonArray{u"metrics:read"_s, u"audit:read"_s}));
        QVERIFY(data.value(u"createdBy"_s).isNull()); // the owner is not a person
        const QString prefix = apikeys::parseToken(token)->prefix;

        std::tie(code, out, err) = run({u"list"_s});
        QCOMPARE(code, 0);
        const QString listing = QString::fromUtf8(out);
        QVERIFY2(listing.contains(prefix) && listing.contains(u"Nightly report"_s) &&
                     listing.contains(u"metrics:read,audit:read"_s) &&
                     listing.contains(m_revoked.key.prefix),
                 qPrintable(listing));
        QVERIFY(!listing.contains(QString::fromLatin1(token)));

        std::tie(code, out, err) = run({u"revoke"_s, prefix});
        QCOMPARE(code, 0);
        verifyError(whoami(token), 401, u"key_revoked"_s);
        std::tie(code, out, err) = run({u"revoke"_s, prefix});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(u"already revoked"_s), qPrintable(err));

        std::tie(code, out, err) =
            run({u"create"_s, u"--name"_s, u"x"_s, u"--scopes"_s, u"metrics:delete"_s});
        QCOMPARE(code, 2);
        QVERIFY2(err.contains(u"unknown scope"_s), qPrintable(err));
        std::tie(code, out, err) = run({u"--help"_s});
        QCOMPARE(code, 0);
        QVERIFY(QString::fromUtf8(out).contains(u"metrics:write"_s));
    }

    // Last: everything above has logged by now.
    void secretsNeverLogged()
    {
        const auto lines = m_capture->lines();
        QVERIFY(!lines.isEmpty());
        QVERIFY(m_secrets.size() >= 5);
        int apiLines = 0;
        for (const auto &line : lines) {
            for (const QByteArray &secret : std::as_const(m_secrets)) {
                QVERIFY2(!line.text.contains(QString::fromLatin1(secret)),
                         qPrintable(u"secret in the log: "_s + line.text));
            }
            QVERIFY2(!line.text.contains(u"Bearer"_s, Qt::CaseInsensitive), qPrintable(line.text));
            if (line.logger == u"api") {
                ++apiLines;
                QVERIFY2(line.text.contains(u"request_id="_s), qPrintable(line.text));
            }
        }
        QVERIFY(apiLines > 20);
        // The access log names the request, its outcome and the key's public prefix.
        const auto find = [&](const QString &needle) {
            return std::any_of(lines.begin(), lines.end(),
                               [&](const auto &line) { return line.text.contains(needle); });
        };
        QVERIFY(find(u"request_id=test-req-42 "_s));
        QVERIFY(find(u"status=401 error=invalid_token"_s));
        QVERIFY(find(u"key="_s + m_metrics.key.prefix + u" refused: wrong secret"_s));
        QVERIFY(find(u"status=403 error=insufficient_scope key="_s + m_conversations.key.prefix));
    }
};

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
