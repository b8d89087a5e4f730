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

#include <QElapsedTimer>
#include <QTimer>

#include <QCoroFuture>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

using Status = QHttpServerResponder::StatusCode;
using prometheus::Family;
using prometheus::Type;

constexpr qint64 kWindowMs = 60'000;
constexpr std::size_t kWindowCap = 500'000; ///< bounds memory at extreme rates
constexpr int kMetricsDatabaseTimeoutMs = 2000;

/// One gauge per built-in series: its newest sample of the last 5 minutes (the freshness alert
/// rules use); a series without one is declared without a sample.
std::vector<Family> builtinGauges(const QSqlDatabase &db)
{
    auto query = exec(db, uR"(
SELECT s.name, s.title, s.unit, s.description, l.value
  FROM opsdesk.metric_series s
  LEFT JOIN LATERAL (SELECT m.value FROM opsdesk.metric_samples m
                      WHERE m.series_id = s.id AND m.at > now() - interval '5 minutes'
                      ORDER BY m.at DESC LIMIT 1) l ON true
 WHERE s.source = 'builtin'
 ORDER BY s.name)"_s);
    std::vector<Family> families;
    while (query.next()) {
        Family family{u"opsdesk_"_s + query.value(0).toString(),
                      u"%1 (%2): %3"_s.arg(query.value(1).toString(), query.value(2).toString(),
                                           query.value(3).toString()),
                      Type::Gauge,
                      {}};
        if (!query.value(4).isNull()) {
            family.samples.push_back({{}, {}, query.value(4).toDouble()});
        }
        families.push_back(std::move(family));
    }
    throwIfIncomplete(query);
    return families;
}

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
    // Seconds; webhook POSTs commit one event each, usually in a few milliseconds.
    , m_handling({0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10})
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
    m_http.route(u"/metrics"_s, QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     answerMetrics(std::make_shared<QHttpServerResponder>(std::move(responder)),
                                   httprequests::requestIdOf(request));
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
    QElapsedTimer timer;
    timer.start();
    const auto requestId = httprequests::requestIdOf(request);
    const QPointer<QTcpSocket> socket = responder.socket();
    const QByteArray body = request.body();
    const auto from = request.remoteAddress().toString().toStdString();

    if (body.size() > m_options.maxBodyBytes) {
        recordPost(false, -1);
        logging::ingest()->warn("request_id={} remote={} body of {} bytes refused (limit {})",
                                requestId.constData(), from, body.size(), m_options.maxBodyBytes);
        reply(responder, socket, Status::PayloadTooLarge, requestId, "body too large\n");
        return;
    }
    const auto verdict =
        m_signature.verify(body, httprequests::header(request, "X-Hub-Signature-256"));
    if (verdict != WebhookSignature::Result::Valid) {
        ++m_signatureFailures;
        recordPost(true, -1);
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
        std::move(event), this, [this, held, socket, requestId, timer](Expected<qint64> stored) {
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            recordPost(false, ms);
            m_handling.observe(ms / 1000.0);
            if (!stored) {
                ++m_notStored;
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

void IngestServer::recordPost(bool signatureFailure, double ms)
{
    ++m_webhookPosts;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_window.push_back({now, float(ms), signatureFailure});
    trimWindow(now);
}

void IngestServer::trimWindow(qint64 nowMs)
{
    while (!m_window.empty() &&
           (m_window.front().atMs <= nowMs - kWindowMs || m_window.size() > kWindowCap)) {
        m_window.pop_front();
    }
}

IngestServer::LastMinute IngestServer::lastMinute()
{
    trimWindow(QDateTime::currentMSecsSinceEpoch());
    LastMinute result;
    std::vector<float> timed;
    timed.reserve(m_window.size());
    for (const Observation &observation : m_window) {
        ++result.webhookRequests;
        result.signatureFailures += observation.signatureFailure ? 1 : 0;
        if (observation.ms >= 0) {
            timed.push_back(observation.ms);
        }
    }
    if (!timed.empty()) {
        // Nearest rank: the smallest value with at least 95 % of the values at or below it.
        const auto rank = std::size_t(std::ceil(0.95 * double(timed.size()))) - 1;
        std::nth_element(timed.begin(), timed.begin() + std::ptrdiff_t(rank), timed.end());
        result.handlingP95Ms = double(timed[rank]);
    }
    return result;
}

void IngestServer::setMetricsProvider(std::function<std::vector<prometheus::Family>()> provider)
{
    m_metricsProvider = std::move(provider);
}

std::vector<prometheus::Family> IngestServer::processFamilies()
{
    std::vector<Family> families{
        Family::single(u"opsdesk_process_start_time_seconds"_s,
                       u"Start time of this opsdeskd process since the Unix epoch."_s, Type::Gauge,
                       double(m_startedAt.toMSecsSinceEpoch()) / 1000.0),
        Family::single(u"opsdesk_webhook_requests_total"_s,
                       u"POSTs to /webhooks/whatsapp answered by this process."_s, Type::Counter,
                       double(m_webhookPosts)),
        Family::single(u"opsdesk_webhook_events_accepted_total"_s,
                       u"Webhook POSTs whose signature verified and whose event was stored."_s,
                       Type::Counter, double(m_accepted)),
        Family::single(u"opsdesk_webhook_signature_failures_total"_s,
                       u"Webhook POSTs refused (401) because X-Hub-Signature-256 was missing or "
                       u"did not verify."_s,
                       Type::Counter, double(m_signatureFailures)),
        Family::single(
            u"opsdesk_webhook_events_not_stored_total"_s,
            u"Signed webhook POSTs answered 503 because the event could not be stored."_s,
            Type::Counter, double(m_notStored)),
        m_handling.family(u"opsdesk_webhook_handling_seconds"_s,
                          u"Handling time of signed webhook POSTs, from arrival to answer (event "
                          u"committed)."_s),
    };
    if (m_metricsProvider) {
        for (Family &family : m_metricsProvider()) {
            families.push_back(std::move(family));
        }
    }
    return families;
}

QCoro::Task<> IngestServer::answerMetrics(std::shared_ptr<QHttpServerResponder> responder,
                                          QByteArray requestId)
{
    QPointer self{this};
    const QPointer<QTcpSocket> socket = responder->socket();
    // Answered once: by the database's result, or without it when it takes too long.
    auto answered = std::make_shared<bool>(false);
    auto finish = [this, responder, socket, requestId,
                   answered](const std::optional<std::vector<Family>> &database) {
        if (*answered) {
            return;
        }
        *answered = true;
        std::vector<Family> families = processFamilies();
        families.push_back(Family::single(
            u"opsdesk_database_up"_s,
            u"1 when the database answered this scrape's query, else 0 (built-in series "
            u"gauges are then missing)."_s,
            Type::Gauge, database ? 1 : 0));
        if (database) {
            families.insert(families.end(), database->begin(), database->end());
        }
        reply(*responder, socket, Status::Ok, requestId, prometheus::render(families),
              prometheus::kContentType);
    };
    QTimer::singleShot(kMetricsDatabaseTimeoutMs, this, [finish] { finish(std::nullopt); });
    auto future = m_database.run([](QSqlDatabase &db) { return builtinGauges(db); });
    const auto result = co_await future;
    if (!self) {
        co_return;
    }
    if (!result) {
        logging::ingest()->warn("request_id={} /metrics without the database: {}",
                                requestId.constData(), result.error().toStdString());
        finish(std::nullopt);
    } else {
        finish(result.value());
    }
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
