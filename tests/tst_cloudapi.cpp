// The WhatsApp Cloud API client end to end against the local stand-in: real HTTP over loopback,
// no mocks. Sending (success, Graph errors, throttling with Retry-After, timeouts, refused
// connections, malformed answers), the stand-in's own checks, template list paging (and a
// paging.next to another host), configuration from the environment, and every log line
// captured to prove the access token is never written.

#include "cloudapistandin.h"
#include "logging.h"
#include "whatsappcloudapi.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <QCoroTask>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <memory>
#include <mutex>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace opsdesk;
using namespace opsdesk::whatsapp;

using Behaviour = CloudApiStandIn::Behaviour;
using Outcome = SendResult::Outcome;
Q_DECLARE_METATYPE(opsdesk::whatsapp::CloudApiStandIn::Behaviour)
Q_DECLARE_METATYPE(opsdesk::whatsapp::SendResult::Outcome)
Q_DECLARE_METATYPE(opsdesk::whatsapp::OutboundMessage)

namespace {

const QByteArray kToken = "EAAJtestTOKEN0f3c9a7d21b8";
const QString kPhoneId = u"106540352242922"_s;
const QString kWabaId = u"102290129340398"_s;
const QString kCustomer = u"16505551234"_s;

// Documented shapes and Graph answers. Raw strings with a '#' stay out of the test class: moc 6.4
// stops seeing the class when a raw string in its body contains one.
const char *const kTextBody =
    R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234",)"
    R"("type":"text","text":{"preview_url":false,"body":"Your order has shipped"}})";
const char *const kTemplateBody =
    R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234",)"
    R"("type":"template","template":{"name":"order_update","language":{"code":"en_US"},)"
    R"("components":[{"type":"body","parameters":[{"type":"text","text":"Maria"},)"
    R"({"type":"text","text":"#10432"},{"type":"text","text":"shipped"}]}]}})";
const char *const kTemplateWithoutParametersBody =
    R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234",)"
    R"("type":"template","template":{"name":"hello_world","language":{"code":"en_US"}}})";
const char *const kCodeAsString =
    R"({"error":{"code":"131047","message":"(#131047) Re-engagement message"}})";
const char *const kTitleAndMessage =
    R"({"error":{"code":131026,"title":"Undeliverable","message":"(#131026) x"}})";
const char *const kThrottledWith400 =
    R"({"error":{"code":130429,"message":"(#130429) Rate limit hit"}})";

/// Every log line of every logger, as written.
class CaptureSink : public spdlog::sinks::base_sink<std::mutex>
{
public:
    QStringList lines()
    {
        std::lock_guard lock(mutex_);
        return m_lines;
    }

protected:
    void sink_it_(const spdlog::details::log_msg &message) override
    {
        spdlog::memory_buf_t formatted;
        formatter_->format(message, formatted);
        m_lines.append(QString::fromUtf8(formatted.data(), qsizetype(formatted.size())));
    }
    void flush_() override {}

private:
    QStringList m_lines;
};

/// A raw HTTP exchange with the stand-in, bypassing the client.
struct RawReply {
    int status = 0;
    QByteArray contentType;
    QJsonObject json;
    [[nodiscard]] int errorCode() const
    {
        return json.value(u"error"_s).toObject().value(u"code"_s).toInt();
    }
};

RawReply rawRequest(QNetworkAccessManager &network, const QByteArray &verb, const QUrl &url,
                    const QByteArray &body, const QByteArray &token = kToken)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    request.setTransferTimeout(10000);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000)) {
        qWarning("raw request timed out");
    }
    RawReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return result;
}

/// QCoro::waitFor() needs a default-constructible result; Expected has none.
QCoro::Task<std::optional<Expected<QList<Template>>>> fetchTemplatesOf(CloudApiClient *client,
                                                                       int pageSize)
{
    auto fetching = client->fetchTemplates(pageSize);
    co_return co_await fetching;
}

/// A JSON object of about @p bytes.
QByteArray paddedJson(qsizetype bytes)
{
    return R"({"pad":")" + QByteArray(bytes, 'x') + R"("})";
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCloudApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CloudApiStandIn> m_standIn;
    std::shared_ptr<CaptureSink> m_capture = std::make_shared<CaptureSink>();
    QNetworkAccessManager m_network;

    [[nodiscard]] CloudApiConfig config(std::chrono::milliseconds timeout = 10s) const
    {
        CloudApiConfig config;
        config.baseUrl = m_standIn->baseUrl();
        config.version = u"v21.0"_s;
        config.accessToken = kToken;
        config.phoneNumberId = kPhoneId;
        config.businessAccountId = kWabaId;
        config.timeout = timeout;
        return config;
    }

    static SendResult send(const CloudApiConfig &config, const OutboundMessage &message)
    {
        CloudApiClient client(config);
        auto task = client.send(message);
        return QCoro::waitFor(task);
    }

    static Expected<QList<Template>> fetch(const CloudApiConfig &config, int pageSize = 100)
    {
        CloudApiClient client(config);
        auto task = fetchTemplatesOf(&client, pageSize);
        auto result = QCoro::waitFor(task);
        if (!result) {
            return Expected<QList<Template>>::failure(u"the fetch task gave no result"_s);
        }
        return std::move(*result);
    }

    [[nodiscard]] QUrl standInUrl(const QString &path) const
    {
        QUrl url = m_standIn->baseUrl();
        url.setPath(path);
        return url;
    }

    [[nodiscard]] QString messagesPath() const { return u"/v21.0/%1/messages"_s.arg(kPhoneId); }

private Q_SLOTS: // NOLINT(readability-redundant-access-specifiers): moc reads it
    void initTestCase()
    {
        logging::setup("debug");
        // Create the area loggers used here before attaching the capture sink to all of them.
        logging::jobs();
        logging::app();
        spdlog::apply_all([this](const std::shared_ptr<spdlog::logger> &logger) {
            for (auto &sink : logger->sinks()) {
                sink->set_level(spdlog::level::warn);
            }
            logger->sinks().push_back(m_capture);
            logger->set_level(spdlog::level::debug);
        });
    }

    void cleanupTestCase()
    {
        spdlog::apply_all([this](const std::shared_ptr<spdlog::logger> &logger) {
            auto &sinks = logger->sinks();
            sinks.erase(std::remove(sinks.begin(), sinks.end(), m_capture), sinks.end());
        });
    }

    void init()
    {
        m_standIn = std::make_unique<CloudApiStandIn>(CloudApiStandIn::Options{kToken});
        m_standIn->setTemplates(CloudApiStandIn::defaultTemplates());
        const auto port = m_standIn->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(port.ok(), qPrintable(port.error()));
    }

    void cleanup() { m_standIn.reset(); }

    // --- request bodies -------------------------------------------------------------------

    void requestBodies()
    {
        const auto text = OutboundMessage::textMessage(kCustomer, u"Your order has shipped"_s);
        QCOMPARE(text.toRequestBody(), QJsonDocument::fromJson(kTextBody).object());
        const auto withParameters = OutboundMessage::templateMessage(
            kCustomer, u"order_update"_s, u"en_US"_s, {u"Maria"_s, u"#10432"_s, u"shipped"_s});
        QCOMPARE(withParameters.toRequestBody(), QJsonDocument::fromJson(kTemplateBody).object());
        const auto withoutParameters =
            OutboundMessage::templateMessage(kCustomer, u"hello_world"_s, u"en_US"_s);
        QCOMPARE(withoutParameters.toRequestBody(),
                 QJsonDocument::fromJson(kTemplateWithoutParametersBody).object());
    }

    // --- sending --------------------------------------------------------------------------

    void sendText()
    {
        QSignalSpy accepted(m_standIn.get(), &CloudApiStandIn::messageAccepted);
        const auto message =
            OutboundMessage::textMessage(kCustomer, u"Hi! Your parcel left the depot."_s, true);
        const SendResult result = send(config(), message);
        QCOMPARE(result.outcome, Outcome::Sent);
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.errorCode, 0);
        QVERIFY2(result.wamid.startsWith(u"wamid."_s), qPrintable(result.wamid));

        const auto received = m_standIn->received();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received[0].wamid, result.wamid);
        QCOMPARE(received[0].httpStatus, 200);
        QCOMPARE(received[0].to, kCustomer);
        QCOMPARE(received[0].type, u"text"_s);
        QCOMPARE(received[0].text, u"Hi! Your parcel left the depot."_s);
        QCOMPARE(received[0].body, message.toRequestBody()); // exactly the documented body
        QCOMPARE(received[0].body.value(u"text"_s).toObject().value(u"preview_url"_s), true);

        QCOMPARE(accepted.size(), 1);
        const auto signalled = accepted[0][0].value<CloudApiStandIn::Received>();
        QCOMPARE(signalled.wamid, result.wamid);

        // A second message gets a different wamid.
        const SendResult second = send(config(), message);
        QCOMPARE(second.outcome, Outcome::Sent);
        QVERIFY(second.wamid != result.wamid);
    }

    void sendTemplate()
    {
        const auto message = OutboundMessage::templateMessage(
            kCustomer, u"order_update"_s, u"en_US"_s, {u"Maria"_s, u"#10432"_s, u"on its way"_s});
        const SendResult result = send(config(), message);
        QCOMPARE(result.outcome, Outcome::Sent);
        const auto received = m_standIn->received();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received[0].type, u"template"_s);
        QCOMPARE(received[0].templateName, u"order_update"_s);
        QCOMPARE(received[0].text, u"Hi Maria, your order #10432 is on its way."_s);
        QCOMPARE(received[0].body, message.toRequestBody());

        // The stand-in checks templates like Meta: a rejected one does not exist to send.
        const SendResult rejected =
            send(config(), OutboundMessage::templateMessage(kCustomer, u"promo_spring"_s,
                                                            u"en_US"_s, {u"20%"_s}));
        QCOMPARE(rejected.outcome, Outcome::PermanentFailure);
        QCOMPARE(rejected.errorCode, 132001);
        // ...and the body parameters must match the placeholders.
        const SendResult missing =
            send(config(), OutboundMessage::templateMessage(kCustomer, u"order_update"_s,
                                                            u"en_US"_s, {u"Maria"_s}));
        QCOMPARE(missing.outcome, Outcome::PermanentFailure);
        QCOMPARE(missing.errorCode, 132000);
    }

    void graphErrors_data()
    {
        QTest::addColumn<Behaviour>("behaviour");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("retryAfter"); // -1: none

        QTest::newRow("131047 re-engagement")
            << Behaviour::reEngagementRequired() << Outcome::PermanentFailure << 400 << 131047
            << u"Re-engagement message"_s << -1;
        QTest::newRow("131026 undeliverable")
            << Behaviour::undeliverable() << Outcome::PermanentFailure << 400 << 131026
            << u"Message undeliverable"_s << -1;
        QTest::newRow("429 with Retry-After")
            << Behaviour::rateLimited(7) << Outcome::TransientFailure << 429 << 130429
            << u"Rate limit hit"_s << 7;
        QTest::newRow("429 without Retry-After")
            << Behaviour::rateLimited() << Outcome::TransientFailure << 429 << 130429
            << u"Rate limit hit"_s << -1;
        QTest::newRow("500 131000") << Behaviour::serverError() << Outcome::TransientFailure << 500
                                    << 131000 << u"Something went wrong"_s << -1;
        QTest::newRow("400 131056 pair rate limit")
            << Behaviour::reject(400, 131056,
                                 u"(Business Account, Consumer Account) pair rate limit hit"_s)
            << Outcome::TransientFailure << 400 << 131056
            << u"(Business Account, Consumer Account) pair rate limit hit"_s << -1;
        QTest::newRow("400 80007 with Retry-After")
            << Behaviour::reject(400, 80007, u"Rate limit issues"_s, {}, 60)
            << Outcome::TransientFailure << 400 << 80007 << u"Rate limit issues"_s << 60;
        QTest::newRow("503 133004")
            << Behaviour::reject(503, 133004, u"Server temporarily unavailable"_s)
            << Outcome::TransientFailure << 503 << 133004 << u"Server temporarily unavailable"_s
            << -1;
        QTest::newRow("400 100 invalid parameter")
            << Behaviour::reject(400, 100, u"Invalid parameter"_s) << Outcome::PermanentFailure
            << 400 << 100 << u"Invalid parameter"_s << -1;
        QTest::newRow("401 190 token expired")
            << Behaviour::reject(401, 190, u"Access token has expired"_s)
            << Outcome::PermanentFailure << 401 << 190 << u"Access token has expired"_s << -1;
        QTest::newRow("400 131051 unsupported type")
            << Behaviour::reject(400, 131051, u"Unsupported message type"_s)
            << Outcome::PermanentFailure << 400 << 131051 << u"Unsupported message type"_s << -1;
    }

    void graphErrors()
    {
        QFETCH(Behaviour, behaviour);
        QFETCH(Outcome, outcome);
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(QString, title);
        QFETCH(int, retryAfter);

        m_standIn->enqueueBehaviour(behaviour);
        const SendResult result =
            send(config(), OutboundMessage::textMessage(kCustomer, u"Are you still there?"_s));
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.httpStatus, status);
        QCOMPARE(result.errorCode, code);
        QCOMPARE(result.errorTitle, title);
        QVERIFY(result.wamid.isEmpty());
        QVERIFY(!result.fbtraceId.isEmpty());
        QCOMPARE(result.errorDetails, behaviour.details);
        QCOMPARE(result.retryAfterSeconds.value_or(-1), retryAfter);

        const auto received = m_standIn->received();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received[0].httpStatus, status);
        QVERIFY(received[0].wamid.isEmpty());

        // The queue is consumed: the next request gets the default (Accept).
        QCOMPARE(send(config(), OutboundMessage::textMessage(kCustomer, u"Hello?"_s)).outcome,
                 Outcome::Sent);
    }

    void wrongToken()
    {
        CloudApiConfig wrong = config();
        wrong.accessToken = "EAAJsomeoneElsesToken";
        const SendResult result = send(wrong, OutboundMessage::textMessage(kCustomer, u"Hello"_s));
        QCOMPARE(result.outcome, Outcome::PermanentFailure);
        QCOMPARE(result.httpStatus, 401);
        QCOMPARE(result.errorCode, 190);
        QVERIFY2(result.errorTitle.startsWith(u"Invalid OAuth access token"_s),
                 qPrintable(result.errorTitle));
        const auto received = m_standIn->received();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received[0].httpStatus, 401);
        QVERIFY(received[0].wamid.isEmpty());
    }

    void timeout()
    {
        m_standIn->enqueueBehaviour(Behaviour::delayed(2000ms));
        QElapsedTimer clock;
        clock.start();
        const SendResult result =
            send(config(300ms), OutboundMessage::textMessage(kCustomer, u"Slow?"_s));
        const qint64 elapsed = clock.elapsed();
        std::printf("  measured: Delay 2000 ms against a 300 ms client timeout: gave up after %lld "
                    "ms\n",
                    elapsed);
        QCOMPARE(result.outcome, Outcome::TransientFailure);
        QCOMPARE(result.httpStatus, 0);
        QCOMPARE(result.errorTitle, u"Timed out after 0.3 s"_s);
        QVERIFY2(elapsed >= 280 && elapsed < 1000, qPrintable(QString::number(elapsed))); // 5 %

        // A delay within the timeout is just slow.
        m_standIn->enqueueBehaviour(Behaviour::delayed(200ms));
        QCOMPARE(send(config(2s), OutboundMessage::textMessage(kCustomer, u"Slow."_s)).outcome,
                 Outcome::Sent);
    }

    void hangTimesOut_data()
    {
        QTest::addColumn<int>("timeoutMs");
        QTest::newRow("0.5 s") << 500;
        QTest::newRow("1.5 s") << 1500;
    }

    void hangTimesOut()
    {
        QFETCH(int, timeoutMs);
        m_standIn->enqueueBehaviour(Behaviour::hang());
        QElapsedTimer clock;
        clock.start();
        const SendResult result = send(config(std::chrono::milliseconds(timeoutMs)),
                                       OutboundMessage::textMessage(kCustomer, u"Anyone?"_s));
        const qint64 elapsed = clock.elapsed();
        std::printf("  measured: Hang against a %d ms client timeout: gave up after %lld ms\n",
                    timeoutMs, elapsed);
        QCOMPARE(result.outcome, Outcome::TransientFailure);
        QVERIFY2(result.errorTitle.startsWith(u"Timed out after"_s), qPrintable(result.errorTitle));
        // Qt's transfer timer is a coarse timer: it may fire up to 5 % early.
        QVERIFY2(elapsed >= timeoutMs * 94 / 100 && elapsed < timeoutMs + 700,
                 qPrintable(QString::number(elapsed)));
        QCOMPARE(m_standIn->received().size(), 1);
        QCOMPARE(m_standIn->received()[0].httpStatus, 0); // never answered
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 unused = probe.serverPort();
        probe.close();
        CloudApiConfig nowhere = config(5s);
        nowhere.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(unused));
        QElapsedTimer clock;
        clock.start();
        const SendResult result = send(nowhere, OutboundMessage::textMessage(kCustomer, u"Hi"_s));
        QCOMPARE(result.outcome, Outcome::TransientFailure);
        QCOMPARE(result.httpStatus, 0);
        QCOMPARE(result.errorCode, 0);
        QCOMPARE(result.errorTitle, u"Connection refused"_s);
        QVERIFY(clock.elapsed() < 2000);

        // The template list reports it too.
        const auto templates = fetch(nowhere);
        QVERIFY(!templates.ok());
        QVERIFY2(templates.error().contains(u"Connection refused"_s),
                 qPrintable(templates.error()));
    }

    void hostNotFound()
    {
        CloudApiConfig nowhere = config(3s);
        nowhere.baseUrl = QUrl(u"http://opsdesk-cloudapi-test.invalid"_s);
        const SendResult result = send(nowhere, OutboundMessage::textMessage(kCustomer, u"Hi"_s));
        QCOMPARE(result.outcome, Outcome::TransientFailure);
        QCOMPARE(result.httpStatus, 0);
        // Resolvers without network may time out rather than answer NXDOMAIN.
        QVERIFY2(result.errorTitle == u"Host not found"_s ||
                     result.errorTitle.startsWith(u"Timed out after"_s),
                 qPrintable(result.errorTitle));
    }

    void malformedAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("title");

        const QString noId = u"Cloud API answered without a message id"_s;
        const auto permanent = Outcome::PermanentFailure;
        const auto transient = Outcome::TransientFailure;
        QTest::newRow("200 not JSON")
            << 200 << QByteArray("<html>ok</html>") << permanent << 0 << noId;
        QTest::newRow("200 empty") << 200 << QByteArray() << permanent << 0 << noId;
        QTest::newRow("200 array") << 200 << QByteArray("[]") << permanent << 0 << noId;
        QTest::newRow("200 messages not array")
            << 200 << QByteArray(R"({"messages":"wamid.x"})") << permanent << 0 << noId;
        QTest::newRow("200 messages of numbers")
            << 200 << QByteArray(R"({"messages":[42]})") << permanent << 0 << noId;
        QTest::newRow("200 numeric id")
            << 200 << QByteArray(R"({"messages":[{"id":12345}]})") << permanent << 0 << noId;
        QTest::newRow("200 empty id")
            << 200 << QByteArray(R"({"messages":[{"id":""}]})") << permanent << 0 << noId;
        QTest::newRow("200 id with spaces")
            << 200 << QByteArray(R"({"messages":[{"id":"wamid. x"}]})") << permanent << 0 << noId;
        QTest::newRow("200 over 1 MB") << 200 << paddedJson(qsizetype(2) * 1024 * 1024) << permanent
                                       << 0 << u"Cloud API answer over 1 MB"_s;
        QTest::newRow("201 with id")
            << 201 << QByteArray(R"({"messages":[{"id":"wamid.HBgLMTY1"}]})") << Outcome::Sent << 0
            << QString();
        QTest::newRow("400 error not object") << 400 << QByteArray(R"({"error":"nope"})")
                                              << permanent << 400 << u"HTTP 400 Bad Request"_s;
        QTest::newRow("400 code as string") << 400 << QByteArray(kCodeAsString) << permanent
                                            << 131047 << u"Re-engagement message"_s;
        QTest::newRow("400 title wins over message")
            << 400 << QByteArray(kTitleAndMessage) << permanent << 131026 << u"Undeliverable"_s;
        QTest::newRow("400 throttling code")
            << 400 << QByteArray(kThrottledWith400) << transient << 130429 << u"Rate limit hit"_s;
        QTest::newRow("400 is_transient")
            << 400 << QByteArray(R"({"error":{"code":100,"message":"Retry","is_transient":true}})")
            << transient << 100 << u"Retry"_s;
        QTest::newRow("400 absurd code")
            << 400 << QByteArray(R"({"error":{"code":1.5e300,"message":"Huge"}})") << permanent
            << 400 << u"Huge"_s;
        QTest::newRow("400 control characters")
            << 400 << QByteArray(R"({"error":{"code":100,"message":"bad\nthing\u0007"}})")
            << permanent << 100 << u"bad thing"_s;
        QTest::newRow("404 empty")
            << 404 << QByteArray() << permanent << 404 << u"HTTP 404 Not Found"_s;
        QTest::newRow("302 not followed")
            << 302 << QByteArray("{}") << permanent << 302 << u"HTTP 302 Found"_s;
        QTest::newRow("502 HTML") << 502 << QByteArray("<html>Bad Gateway</html>") << transient
                                  << 502 << u"HTTP 502 Bad Gateway"_s;
        QTest::newRow("500 over 1 MB") << 500 << QByteArray(qsizetype(2) * 1024 * 1024, '{')
                                       << transient << 500 << u"HTTP 500 Internal Server Error"_s;
    }

    void malformedAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Outcome, outcome);
        QFETCH(int, code);
        QFETCH(QString, title);

        m_standIn->enqueueBehaviour(Behaviour::raw(status, body));
        const SendResult result =
            send(config(), OutboundMessage::textMessage(kCustomer, u"Hello"_s));
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.httpStatus, status);
        QCOMPARE(result.errorCode, code);
        QCOMPARE(result.errorTitle, title);
        QCOMPARE(result.sent(), !result.wamid.isEmpty());
    }

    void invalidMessageIsNotSent_data()
    {
        QTest::addColumn<OutboundMessage>("message");
        QTest::newRow("recipient with letters")
            << OutboundMessage::textMessage(u"1650abc"_s, u"Hi"_s);
        QTest::newRow("recipient with plus")
            << OutboundMessage::textMessage(u"+16505551234"_s, u"Hi"_s);
        QTest::newRow("empty text") << OutboundMessage::textMessage(kCustomer, u"  "_s);
        QTest::newRow("text over 4096")
            << OutboundMessage::textMessage(kCustomer, QString(4097, u'a'));
        QTest::newRow("template without language")
            << OutboundMessage::templateMessage(kCustomer, u"hello_world"_s, {});
        QTest::newRow("empty parameter") << OutboundMessage::templateMessage(
            kCustomer, u"delivery_delay"_s, u"en_US"_s, {u""_s});
    }

    void invalidMessageIsNotSent()
    {
        QFETCH(OutboundMessage, message);
        const SendResult result = send(config(), message);
        QCOMPARE(result.outcome, Outcome::PermanentFailure);
        QCOMPARE(result.errorTitle, u"Invalid message"_s);
        QVERIFY(!result.errorDetails.isEmpty());
        QCOMPARE(m_standIn->received().size(), 0);
    }

    void incompleteConfigIsNotUsed()
    {
        CloudApiConfig incomplete = config();
        incomplete.phoneNumberId.clear();
        const SendResult result =
            send(incomplete, OutboundMessage::textMessage(kCustomer, u"Hi"_s));
        QCOMPARE(result.outcome, Outcome::PermanentFailure);
        QCOMPARE(result.errorTitle, u"Cloud API not configured"_s);
        QVERIFY(result.errorDetails.contains(u"WHATSAPP_PHONE_NUMBER_ID"_s));
        QCOMPARE(m_standIn->received().size(), 0);
    }

    void destroyedClientEndsItsRequests()
    {
        m_standIn->enqueueBehaviour(Behaviour::hang());
        auto client = std::make_unique<CloudApiClient>(config(30s));
        auto task = client->send(OutboundMessage::textMessage(kCustomer, u"Hi"_s));
        QTRY_COMPARE(m_standIn->received().size(), 1);
        QVERIFY(!task.isReady());
        client.reset();
        QVERIFY(task.isReady());
        const SendResult result = QCoro::waitFor(task);
        QCOMPARE(result.outcome, Outcome::TransientFailure);
        QCOMPARE(result.errorTitle, u"Cancelled"_s);
    }

    // --- the stand-in's own checks --------------------------------------------------------

    void standInValidation_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path"); // %1: phone number id
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");

        const QString messages = u"/v21.0/%1/messages"_s;
        const QJsonObject valid{{u"messaging_product"_s, u"whatsapp"_s},
                                {u"to"_s, kCustomer},
                                {u"type"_s, u"text"_s},
                                {u"text"_s, QJsonObject{{u"body"_s, u"Hi"_s}}}};
        const auto with = [&valid](const QString &key, const QJsonValue &value) {
            QJsonObject changed = valid;
            changed.insert(key, value);
            return json(changed);
        };
        const auto templateBody = [&valid](const QJsonObject &templateObject) {
            QJsonObject changed = valid;
            changed.insert(u"type"_s, u"template"_s);
            changed.remove(u"text"_s);
            changed.insert(u"template"_s, templateObject);
            return json(changed);
        };

        QTest::newRow("valid") << QByteArray("POST") << messages << json(valid) << 200 << 0;
        QTest::newRow("not JSON") << QByteArray("POST") << messages << QByteArray("to=1") << 400
                                  << 100;
        QTest::newRow("no messaging_product")
            << QByteArray("POST") << messages << with(u"messaging_product"_s, u"sms"_s) << 400
            << 100;
        QTest::newRow("group recipient") << QByteArray("POST") << messages
                                         << with(u"recipient_type"_s, u"group"_s) << 400 << 100;
        QTest::newRow("to not digits")
            << QByteArray("POST") << messages << with(u"to"_s, u"bob"_s) << 400 << 100;
        QTest::newRow("image type")
            << QByteArray("POST") << messages << with(u"type"_s, u"image"_s) << 400 << 100;
        QTest::newRow("empty text")
            << QByteArray("POST") << messages << with(u"text"_s, QJsonObject{{u"body"_s, u""_s}})
            << 400 << 100;
        QTest::newRow("text over 4096")
            << QByteArray("POST") << messages
            << with(u"text"_s, QJsonObject{{u"body"_s, QString(4097, u'a')}}) << 400 << 100;
        QTest::newRow("template without language")
            << QByteArray("POST") << messages << templateBody({{u"name"_s, u"hello_world"_s}})
            << 400 << 100;
        QTest::newRow("unknown template")
            << QByteArray("POST") << messages
            << templateBody(
                   {{u"name"_s, u"nope"_s}, {u"language"_s, QJsonObject{{u"code"_s, u"en_US"_s}}}})
            << 400 << 132001;
        QTest::newRow("template known")
            << QByteArray("POST") << messages
            << templateBody({{u"name"_s, u"hello_world"_s},
                             {u"language"_s, QJsonObject{{u"code"_s, u"en_US"_s}}}})
            << 200 << 0;
        QTest::newRow("over 1 MB") << QByteArray("POST") << messages
                                   << QByteArray(qsizetype(1024) * 1024 + 1, ' ') << 413 << 100;
        QTest::newRow("unknown path")
            << QByteArray("POST") << u"/v21.0/%1/media"_s << json(valid) << 400 << 2500;
        QTest::newRow("GET messages")
            << QByteArray("GET") << messages << QByteArray() << 400 << 2500;
        QTest::newRow("no version")
            << QByteArray("POST") << u"/%1/messages"_s << json(valid) << 400 << 2500;
    }

    void standInValidation()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(int, code);

        const RawReply reply = rawRequest(m_network, verb, standInUrl(path.arg(kPhoneId)), body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.contentType, QByteArray("application/json"));
        if (status == 200) {
            const QString wamid = reply.json.value(u"messages"_s)
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(u"id"_s)
                                      .toString();
            QVERIFY2(wamid.startsWith(u"wamid."_s), qPrintable(wamid));
            QCOMPARE(reply.json.value(u"messaging_product"_s).toString(), u"whatsapp"_s);
            const QJsonObject contact =
                reply.json.value(u"contacts"_s).toArray().first().toObject();
            QCOMPARE(contact.value(u"input"_s).toString(), kCustomer);
            QCOMPARE(contact.value(u"wa_id"_s).toString(), kCustomer);
        } else {
            QCOMPARE(reply.errorCode(), code);
            const QJsonObject error = reply.json.value(u"error"_s).toObject();
            QVERIFY(!error.value(u"message"_s).toString().isEmpty());
            QVERIFY(!error.value(u"fbtrace_id"_s).toString().isEmpty());
        }
    }

    // --- templates ------------------------------------------------------------------------

    void templatePaging()
    {
        QList<Template> all = CloudApiStandIn::defaultTemplates();
        Template spanish = all.first();
        spanish.id = u"1052841960072638"_s;
        spanish.language = u"es_MX"_s;
        all.append(spanish);
        QCOMPARE(all.size(), 5);
        m_standIn->setTemplates(all);

        const auto fetched = fetch(config(), 2);
        QVERIFY2(fetched.ok(), qPrintable(fetched.error()));
        QCOMPARE(fetched->size(), 5);
        for (qsizetype i = 0; i < all.size(); ++i) {
            const Template &got = fetched->at(i);
            QCOMPARE(got.id, all[i].id);
            QCOMPARE(got.name, all[i].name);
            QCOMPARE(got.language, all[i].language);
            QCOMPARE(got.status, all[i].status);
            QCOMPARE(got.category, all[i].category);
            QCOMPARE(got.rejectedReason, all[i].rejectedReason);
            QCOMPARE(got.components, all[i].components);
        }
        QCOMPARE(fetched->at(0).bodyParameterCount(), 3);
        QCOMPARE(fetched->at(1).bodyParameterCount(), 0);
        QCOMPARE(fetched->at(2).bodyParameterCount(), 1);
        QCOMPARE(fetched->at(3).rejectedReason, u"INVALID_FORMAT"_s);

        const auto queries = m_standIn->templateQueries();
        QCOMPARE(queries.size(), 3);
        const QUrlQuery first(queries[0]);
        QCOMPARE(queries[0].path(), u"/v21.0/%1/message_templates"_s.arg(kWabaId));
        QCOMPARE(first.queryItemValue(u"limit"_s), u"2"_s);
        QCOMPARE(first.queryItemValue(u"fields"_s),
                 u"name,language,status,category,components,id,rejected_reason"_s);
        QVERIFY(!first.hasQueryItem(u"after"_s));
        QVERIFY(QUrlQuery(queries[1]).hasQueryItem(u"after"_s));
        QVERIFY(QUrlQuery(queries[2]).hasQueryItem(u"after"_s));
        QVERIFY(QUrlQuery(queries[1]).queryItemValue(u"after"_s) !=
                QUrlQuery(queries[2]).queryItemValue(u"after"_s));

        // One page when it fits.
        const auto onePage = fetch(config());
        QVERIFY2(onePage.ok(), qPrintable(onePage.error()));
        QCOMPARE(onePage->size(), 5);
        QCOMPARE(m_standIn->templateQueries().size(), 4);
        QCOMPARE(QUrlQuery(m_standIn->templateQueries().last()).queryItemValue(u"limit"_s),
                 u"100"_s);
    }

    void standInPagingLinks()
    {
        // The stand-in's own paging, read directly: cursors, next and previous.
        const QString path = u"/v21.0/%1/message_templates"_s.arg(kWabaId);
        const auto pageUrl = [this, &path](const QString &query) {
            QUrl url = standInUrl(path);
            url.setQuery(query);
            return url;
        };
        const RawReply first = rawRequest(m_network, "GET", pageUrl(u"limit=3"_s), {});
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(u"data"_s).toArray().size(), 3);
        const QJsonObject paging = first.json.value(u"paging"_s).toObject();
        QVERIFY(!paging.contains(u"previous"_s));
        const QUrl next(paging.value(u"next"_s).toString());
        QCOMPARE(next.host(), m_standIn->baseUrl().host());
        QCOMPARE(next.port(), m_standIn->baseUrl().port());
        const RawReply second = rawRequest(m_network, "GET", next, {});
        QCOMPARE(second.status, 200);
        const QJsonArray rest = second.json.value(u"data"_s).toArray();
        QCOMPARE(rest.size(), 1);
        QCOMPARE(rest[0].toObject().value(u"name"_s).toString(), u"promo_spring"_s);
        QVERIFY(!second.json.value(u"paging"_s).toObject().contains(u"next"_s));
        const QUrl previous(
            second.json.value(u"paging"_s).toObject().value(u"previous"_s).toString());
        const RawReply back = rawRequest(m_network, "GET", previous, {});
        QCOMPARE(back.json.value(u"data"_s).toArray(), first.json.value(u"data"_s).toArray());

        QCOMPARE(rawRequest(m_network, "GET", pageUrl(u"limit=0"_s), {}).errorCode(), 100);
        QCOMPARE(rawRequest(m_network, "GET", pageUrl(u"after=bogus"_s), {}).errorCode(), 100);
        QCOMPARE(rawRequest(m_network, "GET", standInUrl(path), {}, "wrong").errorCode(), 190);
    }

    void templatePagingToAnotherHostIsRefused()
    {
        // A next link that would work (same server, reached as "localhost") but is not the
        // configured host: the bearer token must not go there.
        const QUrl base = m_standIn->baseUrl();
        const QString elsewhere =
            u"http://localhost:%1/v21.0/%2/message_templates?after=QQ"_s.arg(base.port())
                .arg(kWabaId);
        const QJsonObject page{
            {u"data"_s, QJsonArray{CloudApiStandIn::defaultTemplates().first().toJson()}},
            {u"paging"_s, QJsonObject{{u"cursors"_s, QJsonObject{{u"after"_s, u"QQ"_s}}},
                                      {u"next"_s, elsewhere}}}};
        m_standIn->enqueueBehaviour(Behaviour::raw(200, json(page)));
        const auto fetched = fetch(config());
        QVERIFY(!fetched.ok());
        QVERIFY2(fetched.error().contains(u"another host"_s), qPrintable(fetched.error()));
        QVERIFY2(fetched.error().contains(u"localhost"_s), qPrintable(fetched.error()));
        QCOMPARE(m_standIn->templateQueries().size(), 1);

        // Another port on the same host is another origin too.
        const QJsonObject otherPort{
            {u"data"_s, QJsonArray{}},
            {u"paging"_s,
             QJsonObject{{u"next"_s, u"http://127.0.0.1:%1/x?after=QQ"_s.arg(base.port() + 1)}}}};
        m_standIn->enqueueBehaviour(Behaviour::raw(200, json(otherPort)));
        QVERIFY(!fetch(config()).ok());
        QCOMPARE(m_standIn->templateQueries().size(), 2);
    }

    void templateListFailures()
    {
        CloudApiConfig wrong = config();
        wrong.accessToken = "EAAJwrong";
        const auto unauthorized = fetch(wrong);
        QVERIFY(!unauthorized.ok());
        QVERIFY2(unauthorized.error().contains(u"HTTP 401"_s) &&
                     unauthorized.error().contains(u"code 190"_s),
                 qPrintable(unauthorized.error()));

        m_standIn->enqueueBehaviour(Behaviour::raw(200, R"({"templates":[]})"));
        const auto noData = fetch(config());
        QVERIFY(!noData.ok());
        QVERIFY2(noData.error().contains(u"data"_s), qPrintable(noData.error()));

        m_standIn->enqueueBehaviour(Behaviour::serverError());
        const auto serverError = fetch(config());
        QVERIFY(!serverError.ok());
        QVERIFY2(serverError.error().contains(u"code 131000"_s), qPrintable(serverError.error()));

        // Elements that are not templates are skipped; the rest is kept.
        const QJsonObject mixed{
            {u"data"_s, QJsonArray{1, u"x"_s, QJsonObject{{u"name"_s, u"no_id"_s}},
                                   CloudApiStandIn::defaultTemplates().at(1).toJson()}}};
        m_standIn->enqueueBehaviour(Behaviour::raw(200, json(mixed)));
        const auto skipped = fetch(config());
        QVERIFY2(skipped.ok(), qPrintable(skipped.error()));
        QCOMPARE(skipped->size(), 1);
        QCOMPARE(skipped->first().name, u"hello_world"_s);

        // A server that keeps answering the same cursor is stopped.
        const QString again = m_standIn->baseUrl().toString() +
                              u"/v21.0/%1/message_templates?limit=100"_s.arg(kWabaId);
        const QJsonObject loop{
            {u"data"_s, QJsonArray{}},
            {u"paging"_s,
             QJsonObject{{u"cursors"_s, QJsonObject{{u"after"_s, u"QQ"_s}}}, {u"next"_s, again}}}};
        m_standIn->enqueueBehaviour(Behaviour::raw(200, json(loop)));
        m_standIn->enqueueBehaviour(Behaviour::raw(200, json(loop)));
        const auto looping = fetch(config());
        QVERIFY(!looping.ok());
        QVERIFY2(looping.error().contains(u"repeats"_s), qPrintable(looping.error()));
        const int before = int(m_standIn->templateQueries().size());

        // Endless distinct pages end at 100.
        QJsonObject endless = loop;
        endless.insert(u"paging"_s, QJsonObject{{u"next"_s, again}});
        m_standIn->setDefaultBehaviour(Behaviour::raw(200, json(endless)));
        const auto capped = fetch(config());
        QVERIFY(!capped.ok());
        QVERIFY2(capped.error().contains(u"more than 100 pages"_s), qPrintable(capped.error()));
        QCOMPARE(m_standIn->templateQueries().size(), before + 100);
    }

    // --- configuration --------------------------------------------------------------------

    void configFromEnvironment_data()
    {
        QTest::addColumn<QStringList>("values"); // base, version, token, phone id, waba id
        QTest::addColumn<QString>("problem");    // empty: valid

        const QStringList good{u""_s, u""_s, QString::fromLatin1(kToken), kPhoneId, kWabaId};
        const auto changed = [&good](int index, const QString &value) {
            QStringList values = good;
            values[index] = value;
            return values;
        };
        QTest::newRow("defaults") << good << QString();
        QTest::newRow("stand-in") << changed(0, u"http://127.0.0.1:8099"_s) << QString();
        QTest::newRow("base not http")
            << changed(0, u"ftp://graph.facebook.com"_s) << u"WHATSAPP_API_BASE_URL"_s;
        QTest::newRow("base without scheme")
            << changed(0, u"graph.facebook.com"_s) << u"WHATSAPP_API_BASE_URL"_s;
        QTest::newRow("base with query")
            << changed(0, u"https://graph.facebook.com/?a=1"_s) << u"WHATSAPP_API_BASE_URL"_s;
        QTest::newRow("version without v") << changed(1, u"21.0"_s) << u"WHATSAPP_API_VERSION"_s;
        QTest::newRow("version path") << changed(1, u"v21.0/x"_s) << u"WHATSAPP_API_VERSION"_s;
        QTest::newRow("no token") << changed(2, u""_s) << u"WHATSAPP_ACCESS_TOKEN"_s;
        QTest::newRow("token with space")
            << changed(2, u"EAAJ secret"_s) << u"WHATSAPP_ACCESS_TOKEN"_s;
        QTest::newRow("no phone id") << changed(3, u""_s) << u"WHATSAPP_PHONE_NUMBER_ID"_s;
        QTest::newRow("phone id path")
            << changed(3, u"123/../456"_s) << u"WHATSAPP_PHONE_NUMBER_ID"_s;
        QTest::newRow("no business account")
            << changed(4, u""_s) << u"WHATSAPP_BUSINESS_ACCOUNT_ID"_s;
    }

    void configFromEnvironment()
    {
        QFETCH(QStringList, values);
        QFETCH(QString, problem);
        const char *names[] = {"WHATSAPP_API_BASE_URL", "WHATSAPP_API_VERSION",
                               "WHATSAPP_ACCESS_TOKEN", "WHATSAPP_PHONE_NUMBER_ID",
                               "WHATSAPP_BUSINESS_ACCOUNT_ID"};
        QList<QByteArray> saved;
        for (const char *name : names) {
            saved.append(qgetenv(name));
        }
        const auto restore = qScopeGuard([&] {
            for (int i = 0; i < 5; ++i) {
                if (saved[i].isEmpty()) {
                    qunsetenv(names[i]);
                } else {
                    qputenv(names[i], saved[i]);
                }
            }
        });
        for (int i = 0; i < 5; ++i) {
            if (values[i].isEmpty()) {
                qunsetenv(names[i]);
            } else {
                qputenv(names[i], values[i].toUtf8());
            }
        }

        const auto config = CloudApiConfig::fromEnvironment();
        if (problem.isEmpty()) {
            QVERIFY2(config.ok(), qPrintable(config.error()));
            QCOMPARE(config->baseUrl,
                     QUrl(values[0].isEmpty() ? u"https://graph.facebook.com"_s : values[0]));
            QCOMPARE(config->version, u"v21.0"_s);
            QCOMPARE(config->accessToken, kToken);
            QCOMPARE(config->phoneNumberId, kPhoneId);
            QCOMPARE(config->businessAccountId, kWabaId);
            QVERIFY(config->isComplete());
        } else {
            QVERIFY(!config.ok());
            QVERIFY2(config.error().contains(problem), qPrintable(config.error()));
            QVERIFY2(!config.error().contains(values[2]) || values[2].isEmpty(),
                     "the token is part of the error text");
        }
    }

    void configNamesEveryMissingVariable()
    {
        CloudApiConfig empty;
        QVERIFY(!empty.isComplete());
        const QString problem = empty.validationError();
        QVERIFY2(problem.contains(u"WHATSAPP_ACCESS_TOKEN"_s) &&
                     problem.contains(u"WHATSAPP_PHONE_NUMBER_ID"_s) &&
                     problem.contains(u"WHATSAPP_BUSINESS_ACCOUNT_ID"_s),
                 qPrintable(problem));
        QVERIFY2(!problem.contains(u"WHATSAPP_API_BASE_URL"_s), qPrintable(problem));
    }

    // --- last: everything above was logged -------------------------------------------------

    void tokenNeverLogged()
    {
        const QStringList lines = m_capture->lines();
        const bool sawClient = std::any_of(lines.begin(), lines.end(), [](const QString &line) {
            return line.contains(u"cloud api: sent"_s);
        });
        QVERIFY2(sawClient, "the client logged nothing; the check below would prove nothing");
        for (const QString &line : lines) {
            QVERIFY2(!line.contains(QString::fromLatin1(kToken)), qPrintable(line));
            QVERIFY2(!line.contains(kCustomer), qPrintable(line)); // phone numbers are masked
        }
    }
};

QTEST_GUILESS_MAIN(TestCloudApi)
#include "tst_cloudapi.moc"
