#pragma once

#include "database.h"
#include "webhookeventwriter.h"
#include "webhookprocessor.h"
#include "webhooksignature.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

#include <QCoroTask>

#include <atomic>
#include <memory>

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

    [[nodiscard]] quint64 signatureFailures() const { return m_signatureFailures; }
    [[nodiscard]] quint64 acceptedEvents() const { return m_accepted; }
    [[nodiscard]] WebhookProcessor &processor() { return *m_processor; }
    /// The listener, for other routers on the same port (ApiServer::attachTo() adds
    /// `/api/v1/*`). Routes may be added before or after listen().
    [[nodiscard]] QHttpServer &http() { return m_http; }

private:
    void handleWebhookPost(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleReady(const QHttpServerRequest &request, QHttpServerResponder &&responder);
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
};

} // namespace opsdesk
