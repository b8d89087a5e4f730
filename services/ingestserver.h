#pragma once

#include "database.h"
#include "prometheus.h"
#include "webhookeventwriter.h"
#include "webhookprocessor.h"
#include "webhooksignature.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

#include <QCoroTask>

#include <QDateTime>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace opsdesk {

/// The HTTP surface of `opsdeskd serve` (shared/design/architecture.md, "HTTP surface").
///
/// - `GET /webhooks/whatsapp`: Meta's verification request. `hub.mode=subscribe` with the right
///   `hub.verify_token` → 200 and `hub.challenge` as text/plain; anything else → 403
///   (https://developers.facebook.com/docs/graph-api/webhooks/getting-started#verification-requests).
/// - `POST /webhooks/whatsapp`: a signed event notification. No or bad `X-Hub-Signature-256` → 401
///   (logged and counted, nothing stored); body over 3 MB → 413; otherwise the raw body is
///   committed to `whatsapp_webhook_events` before the 200 is sent (503 if it could not be, so
///   Meta retries). A body that is not the expected JSON is stored too, marked failed.
/// - `GET /healthz`: the process answers. `GET /readyz`: the database answers and every migration
///   is applied (503 with the reason otherwise).
/// - `GET /metrics`: Prometheus text exposition format 0.0.4 (services/prometheus.h), without an
///   API key like /healthz, so it is meant for an internal network (keep the listener's port
///   off the internet, or let a reverse proxy refuse /metrics from outside). This process's
///   counters (webhook POSTs received, accepted, refused by signature, not stored; the
///   `opsdesk_webhook_handling_seconds` histogram; process start time; plus whatever
///   setMetricsProvider() adds, e.g. API requests and sends) and one gauge per built-in metric
///   series with its newest sample of the last 5 minutes, read in one query. When the database
///   does not answer within 2 s the process metrics are still answered, with
///   `opsdesk_database_up 0`.
/// Every response carries `X-Request-Id` (the caller's, or a new one) and basic security headers.
/// The automation API (ApiServer) shares this listener through http().
class IngestServer : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QByteArray appSecret;   ///< WHATSAPP_APP_SECRET
        QByteArray verifyToken; ///< WHATSAPP_VERIFY_TOKEN
        qsizetype maxBodyBytes = qsizetype(3) * 1024 * 1024;
    };

    IngestServer(Database &database, Options options, QObject *parent = nullptr);
    ~IngestServer() override;

    /// Listens on @p address:@p port (0 = any free port). Returns the bound port, or an error.
    Expected<quint16> listen(const QHostAddress &address, quint16 port);
    /// Stops accepting requests and waits for queued events to be committed.
    void shutdown();

    /// What this process measured over the last 60 s, for opsdesk.serve_instances.
    struct LastMinute {
        int webhookRequests = 0;   ///< POSTs to /webhooks/whatsapp answered (any status)
        int signatureFailures = 0; ///< of which refused for their signature (401)
        /// 95th percentile of the handling time of the POSTs that reached the event writer
        /// (signature verified; answered 200 or 503), in milliseconds from the request's arrival
        /// to its answer; nullopt when there were none.
        std::optional<double> handlingP95Ms;
    };
    [[nodiscard]] LastMinute lastMinute();
    /// When this object was made (the process start time on /metrics).
    [[nodiscard]] const QDateTime &startedAt() const { return m_startedAt; }
    /// More metric families for `GET /metrics` (the automation API's and the send workers'
    /// counters), called on this object's thread for every scrape.
    void setMetricsProvider(std::function<std::vector<prometheus::Family>()> provider);

    [[nodiscard]] quint64 signatureFailures() const { return m_signatureFailures; }
    [[nodiscard]] quint64 acceptedEvents() const { return m_accepted; }
    [[nodiscard]] WebhookProcessor &processor() { return *m_processor; }
    /// The listener, for other routers on the same port (ApiServer::attachTo() adds
    /// `/api/v1/*`). Routes may be added before or after listen().
    [[nodiscard]] QHttpServer &http() { return m_http; }

private:
    void handleWebhookPost(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleReady(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    QCoro::Task<> answerMetrics(std::shared_ptr<QHttpServerResponder> responder,
                                QByteArray requestId);
    /// The process's own families (counters, histogram, start time, provider's).
    std::vector<prometheus::Family> processFamilies();
    /// Records one answered webhook POST in the 60-second window (@p ms < 0: not timed).
    void recordPost(bool signatureFailure, double ms);
    void trimWindow(qint64 nowMs);
    /// Answers /readyz once the database and migrations are checked, echoing @p requestId.
    QCoro::Task<> answerReadiness(std::shared_ptr<QHttpServerResponder> responder,
                                  QByteArray requestId);

    Database &m_database;
    Options m_options;
    WebhookSignature m_signature;
    QHttpServer m_http;
    std::unique_ptr<WebhookEventWriter> m_writer;
    std::unique_ptr<WebhookProcessor> m_processor;
    quint64 m_signatureFailures = 0;
    quint64 m_accepted = 0;
    quint64 m_webhookPosts = 0;
    quint64 m_notStored = 0;
    QDateTime m_startedAt = QDateTime::currentDateTimeUtc();
    prometheus::Histogram m_handling;
    std::function<std::vector<prometheus::Family>()> m_metricsProvider;
    struct Observation {
        qint64 atMs;
        float ms; ///< < 0: not timed (signature failure)
        bool signatureFailure;
    };
    std::deque<Observation> m_window; ///< the last 60 s of webhook POSTs, oldest first
};

} // namespace opsdesk
