#include "ingestserver.h"

#include "httprequests.h"
#include "logging.h"
#include "migrator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <QCoroFuture>

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

using Status = QHttpServerResponder::StatusCode;

/// Writes a complete response if the client is still connected.
void reply(QHttpServerResponder &responder, const QPointer<QTcpSocket> &socket, Status status,
           const QByteArray &requestId, const QByteArray &body,
           const QByteArray &contentType = "text/plain; charset=utf-8")
{
    if (!socket || !socket->isOpen()) {
        return; // the client went away; nothing to answer
    }
    responder.write(body,
                    {{"Content-Type", contentType},
                     {"X-Request-Id", requestId},
                     {"X-Content-Type-Options", "nosniff"},
                     {"Cache-Control", "no-store"}},
                    status);
}

/// Reads `object` and the first `entry[].changes[].field` for the events list.
IncomingWebhookEvent describe(const QByteArray &body)
{
    IncomingWebhookEvent event;
    event.rawBody = body;
    if (body.trimmed().isEmpty()) {
        event.error = u"empty body"_s;
        return event;
    }
    QJsonParseError parseError{};
    const auto document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        event.error = u"body is not valid JSON: %1 at offset %2"_s.arg(parseError.errorString())
                          .arg(parseError.offset);
        return event;
    }
    event.jsonValid = true;
    if (!document.isObject()) {
        event.error = u"body is JSON but not an object"_s;
        return event;
    }
    const auto root = document.object();
    event.object = root.value(u"object"_s).toString();
    const auto entries = root.value(u"entry"_s).toArray();
    if (!entries.isEmpty()) {
        const auto changes = entries.first().toObject().value(u"changes"_s).toArray();
        if (!changes.isEmpty()) {
            event.field = changes.first().toObject().value(u"field"_s).toString();
        }
    }
    return event;
}

} // namespace

IngestServer::IngestServer(Database &database, Options options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_options(std::move(options))
    , m_signature(m_options.appSecret)
    , m_writer(std::make_unique<WebhookEventWriter>(database))
    , m_processor(std::make_unique<WebhookProcessor>(database))
{
    connect(m_writer.get(), &WebhookEventWriter::stored, m_processor.get(), &WebhookProcessor::wake,
            Qt::QueuedConnection);

    m_http.route(
        u"/webhooks/whatsapp"_s, QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const QUrlQuery query(request.url());
            const auto requestId = httprequests::requestIdOf(request);
            const QPointer<QTcpSocket> socket = responder.socket();
            const bool subscribe = query.queryItemValue(u"hub.mode"_s) == u"subscribe";
            const QByteArray token =
                query.queryItemValue(u"hub.verify_token"_s, QUrl::FullyDecoded).toUtf8();
            const bool tokenOk = !m_options.verifyToken.isEmpty() && token == m_options.verifyToken;
            if (subscribe && tokenOk) {
                logging::ingest()->info("request_id={} webhook verification accepted",
                                        requestId.constData());
                reply(responder, socket, Status::Ok, requestId,
                      query.queryItemValue(u"hub.challenge"_s, QUrl::FullyDecoded).toUtf8());
            } else {
                logging::ingest()->warn(
                    "request_id={} webhook verification refused (mode={}, token {})",
                    requestId.constData(), query.queryItemValue(u"hub.mode"_s).toStdString(),
                    token.isEmpty() ? "missing" : "wrong");
                reply(responder, socket, Status::Forbidden, requestId, "verification refused\n");
            }
        });
    m_http.route(u"/webhooks/whatsapp"_s, QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     handleWebhookPost(request, std::move(responder));
                 });
    m_http.route(u"/healthz"_s, QHttpServerRequest::Method::Get,
                 [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     reply(responder, responder.socket(), Status::Ok,
                           httprequests::requestIdOf(request), "ok\n");
                 });
    m_http.route(u"/readyz"_s, QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     handleReady(request, std::move(responder));
                 });
}

IngestServer::~IngestServer()
{
    shutdown();
}

Expected<quint16> IngestServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_http.listen(address, port);
    if (bound == 0) {
        return Expected<quint16>::failure(
            u"cannot listen on %1:%2 (address in use or not allowed)"_s.arg(address.toString())
                .arg(port));
    }
    m_writer->start();
    m_processor->start();
    logging::ingest()->info("listening on http://{}:{}", address.toString().toStdString(), bound);
    return bound;
}

void IngestServer::shutdown()
{
    for (auto *server : m_http.servers()) {
        server->close();
    }
    m_writer->stop();
}

void IngestServer::handleWebhookPost(const QHttpServerRequest &request,
                                     QHttpServerResponder &&responder)
{
    const auto requestId = httprequests::requestIdOf(request);
    const QPointer<QTcpSocket> socket = responder.socket();
    const QByteArray body = request.body();
    const auto from = request.remoteAddress().toString().toStdString();

    if (body.size() > m_options.maxBodyBytes) {
        logging::ingest()->warn("request_id={} remote={} body of {} bytes refused (limit {})",
                                requestId.constData(), from, body.size(), m_options.maxBodyBytes);
        reply(responder, socket, Status::PayloadTooLarge, requestId, "body too large\n");
        return;
    }
    const auto verdict =
        m_signature.verify(body, httprequests::header(request, "X-Hub-Signature-256"));
    if (verdict != WebhookSignature::Result::Valid) {
        ++m_signatureFailures;
        logging::ingest()->warn(
            "request_id={} remote={} signature rejected: {} (failures so far: {})",
            requestId.constData(), from, WebhookSignature::describe(verdict), m_signatureFailures);
        reply(responder, socket, Status::Unauthorized, requestId,
              QByteArray(WebhookSignature::describe(verdict)) + '\n');
        return;
    }

    IncomingWebhookEvent event = describe(body);
    event.requestId = QString::fromLatin1(requestId);
    if (!event.error.isEmpty()) {
        logging::ingest()->warn("request_id={} signed body kept as failed: {}",
                                requestId.constData(), event.error.toStdString());
    }
    // The responder is move-only; keep it alive in a shared holder until the commit completes.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    m_writer->enqueue(
        std::move(event), this, [this, held, socket, requestId](Expected<qint64> stored) {
            if (!stored) {
                logging::ingest()->error("request_id={} event not stored: {}",
                                         requestId.constData(), stored.error().toStdString());
                reply(*held, socket, Status::ServiceUnavailable, requestId,
                      "event not stored, retry\n");
                return;
            }
            ++m_accepted;
            logging::ingest()->debug("request_id={} event_id={} stored", requestId.constData(),
                                     stored.value());
            reply(*held, socket, Status::Ok, requestId, "EVENT_RECEIVED");
        });
}

void IngestServer::handleReady(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    answerReadiness(std::make_shared<QHttpServerResponder>(std::move(responder)),
                    httprequests::requestIdOf(request));
}

QCoro::Task<> IngestServer::answerReadiness(std::shared_ptr<QHttpServerResponder> responder,
                                            QByteArray requestId)
{
    QPointer self{this};
    const QPointer<QTcpSocket> socket = responder->socket();
    auto future = m_database.run([](QSqlDatabase &db) { return Migrator::pending(db); });
    const auto result = co_await future;
    if (!self) {
        co_return;
    }
    if (!result || !result.value()) {
        const QString why = !result ? result.error() : result.value().error();
        reply(*responder, socket, Status::ServiceUnavailable, requestId,
              "database unreachable: " + why.toUtf8() + '\n');
    } else if (!result.value().value().isEmpty()) {
        reply(*responder, socket, Status::ServiceUnavailable, requestId,
              "migrations pending: " + result.value().value().join(u", "_s).toUtf8() + '\n');
    } else {
        reply(*responder, socket, Status::Ok, requestId, "ready\n");
    }
}

} // namespace opsdesk
