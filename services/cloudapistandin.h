#pragma once

#include "expected.h"
#include "whatsappcloudapi.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QHttpServer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

class QHttpServerRequest;
class QHttpServerResponder;

namespace opsdesk::whatsapp {

/// A local stand-in for the WhatsApp Cloud API, for tests, the demo and trying things by hand:
/// real HTTP on loopback, answering like Meta's Graph host does.
///
/// - `POST /{version}/{phoneNumberId}/messages`: needs `Authorization: Bearer <token>` (else 401,
///   Graph code 190) and a valid body (else 400, code 100): messaging_product "whatsapp",
///   recipient_type "individual" if present, `to` of 1-20 digits, type "text" with a non-empty
///   `text.body` of at most 4096 characters, or type "template" with `template.name` and
///   `template.language.code`. A template must be one of templates() with that name and
///   language, APPROVED (else 400, code 132001), given as many body parameters as its body has
///   placeholders (else 400, code 132000). Then the next behaviour decides; Accept answers 200
///   `{"messaging_product":"whatsapp","contacts":[{"input":to,"wa_id":to}],
///   "messages":[{"id":"wamid.<unique>"}]}`
///   (https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages).
/// - `GET /{version}/{wabaId}/message_templates`: templates() in order with Graph cursor
///   paging (https://developers.facebook.com/docs/graph-api/results): `limit` (default 25,
///   1-1000), `after` / `before` cursors, `fields` (id is always included); answers
///   `{"data":[...],"paging":{"cursors":{"before","after"},"next"?,"previous"?}}` where next and
///   previous are absolute URLs on baseUrl(). Bearer checked the same way; a bad limit or
///   cursor is 400, code 100. The behaviour queue applies here too.
/// - Anything else: 400, code 2500 "Unknown path components". Bodies over 1 MB: 413.
/// Errors are Graph-shaped: `{"error":{"message":"(#<code>) <title>","type":"OAuthException",
/// "code","error_data":{"messaging_product":"whatsapp","details"},"fbtrace_id"}}`
/// (https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes). Every answer
/// is `Content-Type: application/json`. Not for production use: one thread, state in memory.
class CloudApiStandIn : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QByteArray accessToken; ///< the one bearer token accepted (must not be empty)
        qsizetype maxBodyBytes = qsizetype(1) * 1024 * 1024;
    };

    /// How to answer one request that passed the token and body checks.
    struct Behaviour {
        enum class Kind {
            Accept, ///< the normal answer (200 with a wamid / the template page)
            Reject, ///< a Graph error: httpStatus, errorCode, title, details, Retry-After
            Delay,  ///< wait `delay`, then the normal answer (if the client is still there)
            Hang,   ///< never answer; the connection stays open until close() or destruction
            Raw,    ///< httpStatus with rawBody as it is (malformed answers for tests)
        };
        Kind kind = Kind::Accept;
        int httpStatus = 200;
        int errorCode = 0;
        QString title;
        QString details;
        std::optional<int> retryAfterSeconds; ///< sent as `Retry-After: <seconds>`
        std::chrono::milliseconds delay{0};
        QByteArray rawBody;

        static Behaviour accept();
        static Behaviour reject(int httpStatus, int errorCode, QString title, QString details = {},
                                std::optional<int> retryAfterSeconds = std::nullopt);
        static Behaviour delayed(std::chrono::milliseconds delay);
        static Behaviour hang();
        static Behaviour raw(int httpStatus, QByteArray body);

        /// 400, 131047 "Re-engagement message": outside the 24-hour customer service window.
        static Behaviour reEngagementRequired();
        /// 400, 131026 "Message undeliverable".
        static Behaviour undeliverable();
        /// 429, 130429 "Rate limit hit", with Retry-After when given.
        static Behaviour rateLimited(std::optional<int> retryAfterSeconds = std::nullopt);
        /// 500, 131000 "Something went wrong".
        static Behaviour serverError();
    };

    /// One request to the messages endpoint, as received.
    struct Received {
        QString to;   ///< body `to` (empty if the body had none)
        QString type; ///< body `type`: "text", "template", ...
        QString text; ///< `text.body`; for a template, its body with the parameters filled in
        QString templateName; ///< `template.name` of a template message
        QJsonObject body;     ///< the whole body (empty if it was not a JSON object)
        QString wamid;        ///< set once a 200 was written; empty if refused or unanswered
        int httpStatus = 0;   ///< what was answered; 0 while delayed or hanging
        QDateTime at;         ///< arrival, UTC
    };

    explicit CloudApiStandIn(Options options, QObject *parent = nullptr);
    ~CloudApiStandIn() override;

    /// Listens on @p address:@p port (0 = any free port). Returns the bound port, or an error.
    Expected<quint16> listen(const QHostAddress &address = QHostAddress::LocalHost,
                             quint16 port = 0);
    /// Stops listening and drops hanging requests.
    void close();
    /// `http://<address>:<port>` once listening (127.0.0.1 when listening on any address), for
    /// CloudApiConfig::baseUrl / WHATSAPP_API_BASE_URL. Invalid before listen().
    [[nodiscard]] QUrl baseUrl() const;

    /// Queues how to answer the next request (one per request, in order).
    void enqueueBehaviour(Behaviour behaviour);
    /// How to answer when the queue is empty (initially Accept).
    void setDefaultBehaviour(Behaviour behaviour);

    /// The templates the list endpoint serves and template messages are checked against
    /// (initially defaultTemplates()).
    void setTemplates(QList<Template> templates);
    [[nodiscard]] QList<Template> templates() const { return m_templates; }
    /// Four realistic templates for the demo: order_update (3 body parameters), hello_world,
    /// delivery_delay (1 parameter), all en_US APPROVED, and promo_spring en_US REJECTED.
    static QList<Template> defaultTemplates();

    /// Every request to the messages endpoint so far, oldest first.
    [[nodiscard]] QList<Received> received() const { return m_received; }
    /// The URL of every request to the template list endpoint so far, oldest first.
    [[nodiscard]] QList<QUrl> templateQueries() const { return m_templateQueries; }

Q_SIGNALS:
    /// A message was answered with 200 (after the answer was written): the moment Meta would
    /// start sending status webhooks for @p message.wamid.
    void messageAccepted(const opsdesk::whatsapp::CloudApiStandIn::Received &message);

private:
    struct Held;

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleMessage(const QHttpServerRequest &request, const std::shared_ptr<Held> &held);
    void handleTemplateList(const QHttpServerRequest &request, const std::shared_ptr<Held> &held);
    [[nodiscard]] QJsonObject templatePage(const QUrl &url, QString &error) const;
    Behaviour nextBehaviour();
    void answerMessage(const std::shared_ptr<Held> &held, qsizetype index);
    QString newWamid(const QString &to);

    Options m_options;
    QHttpServer m_http;
    QHostAddress m_address;
    quint16 m_port = 0;
    QQueue<Behaviour> m_queue;
    Behaviour m_default;
    QList<Template> m_templates;
    QList<Received> m_received;
    QList<QUrl> m_templateQueries;
    quint64 m_counter = 0;
    /// Requests answered later (Delay) or never (Hang); released on close().
    std::vector<std::shared_ptr<Held>> m_held;
};

} // namespace opsdesk::whatsapp
