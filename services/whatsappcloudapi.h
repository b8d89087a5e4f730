#pragma once

#include "expected.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <QCoroTask>

#include <chrono>
#include <optional>

/// The WhatsApp Cloud API as OpsDesk uses it: sending text and template messages, and reading
/// the message templates of the WhatsApp Business Account. Headless (QtNetwork only).
namespace opsdesk::whatsapp {

/// Where and as whom to call the Cloud API (a Graph API host).
struct CloudApiConfig {
    QUrl baseUrl{QStringLiteral("https://graph.facebook.com")}; ///< http(s), no query/fragment
    QString version{QStringLiteral("v21.0")}; ///< Graph API version, `v<major>.<minor>`
    QByteArray accessToken;                   ///< system-user token; sent as a Bearer header
    QString phoneNumberId;     ///< the business phone number's id (digits): sends from it
    QString businessAccountId; ///< the WhatsApp Business Account id (digits): its templates
    /// Per request, in all: a request still unanswered (or still trickling in) after this long
    /// ends as a timeout (Qt's coarse timers: up to 5 % early).
    std::chrono::milliseconds timeout{15000};

    /// Reads WHATSAPP_API_BASE_URL (default https://graph.facebook.com), WHATSAPP_API_VERSION
    /// (default v21.0), WHATSAPP_ACCESS_TOKEN, WHATSAPP_PHONE_NUMBER_ID and
    /// WHATSAPP_BUSINESS_ACCOUNT_ID (all three required). Fails with every problem found, each
    /// naming its variable; the token's value is never part of the text.
    static Expected<CloudApiConfig> fromEnvironment();

    /// Empty when the config is usable, else every problem joined by "; ", each naming the field
    /// and its environment variable: base URL not http(s) with a host, version not like v21.0,
    /// token empty or with spaces/control characters, ids not digits, timeout not positive.
    [[nodiscard]] QString validationError() const;
    [[nodiscard]] bool isComplete() const { return validationError().isEmpty(); }
};

/// One message to send, as the Cloud API's request body
/// (https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages).
struct OutboundMessage {
    enum class Kind { Text, Template };

    QString to; ///< the customer's wa_id (digits, country code first)
    Kind kind = Kind::Text;
    QString text;               ///< Text: the body, 1 to 4096 characters
    QString templateName;       ///< Template: an approved template's name, e.g. "order_update"
    QString templateLanguage;   ///< Template: its language code, e.g. "en_US"
    QStringList bodyParameters; ///< Template: the values of {{1}}, {{2}}, ... of its body
    bool previewUrl = false;    ///< Text: ask WhatsApp to render a preview of the first URL

    static OutboundMessage textMessage(QString to, QString text, bool previewUrl = false);
    static OutboundMessage templateMessage(QString to, QString name, QString language,
                                           QStringList bodyParameters = {});

    /// The documented request body:
    /// `{"messaging_product":"whatsapp","recipient_type":"individual","to":..,"type":"text",
    ///   "text":{"preview_url":false,"body":..}}` or, for a template,
    /// `{..,"type":"template","template":{"name":..,"language":{"code":..},"components":[
    ///   {"type":"body","parameters":[{"type":"text","text":..},..]}]}}` where `components` is
    /// left out when there are no body parameters
    /// (https://developers.facebook.com/docs/whatsapp/cloud-api/guides/send-message-templates).
    [[nodiscard]] QJsonObject toRequestBody() const;
    /// Empty when the message can be sent, else why not (recipient not digits, empty or
    /// over-long text, template without name or language).
    [[nodiscard]] QString validationError() const;
};

/// What became of one send request.
struct SendResult {
    enum class Outcome {
        Sent,             ///< Meta accepted the message; wamid identifies it in status webhooks
        PermanentFailure, ///< refused for this message; sending it again will fail again
        TransientFailure, ///< throttled, unavailable or unanswered; try again later
    };

    Outcome outcome = Outcome::TransientFailure;
    QString wamid;      ///< Sent: messages[0].id, e.g. "wamid.HBgL..."
    int httpStatus = 0; ///< 0 when no HTTP answer arrived (timeout, refused, DNS)
    /// Graph `error.code` (e.g. 131047); the HTTP status when the body carried none; 0 when
    /// there was no HTTP answer or the message was sent.
    int errorCode = 0;
    /// Graph `error.title`, else `error.message` without its "(#code) " prefix; or our own:
    /// "HTTP 502 Bad Gateway", "Timed out after 15 s", "Connection refused", ...
    QString errorTitle;
    QString errorDetails; ///< Graph `error.error_data.details`, or more about our own failure
    QString fbtraceId;    ///< Graph `error.fbtrace_id`, for Meta support
    /// Retry-After of the answer in seconds (delta-seconds or HTTP-date, RFC 9110 section
    /// 10.2.3), capped at one day.
    std::optional<int> retryAfterSeconds;

    [[nodiscard]] bool sent() const { return outcome == Outcome::Sent; }
};

/// True for Graph / Cloud API error codes that mean "throttled or temporarily unavailable,
/// retry later": 1, 2 (API unknown / service), 4, 17, 341, 613, 80007 (rate limits), 130429
/// (throughput), 131056 (pair rate limit), 131000 (something went wrong), 131016 (service
/// unavailable), 133004 (server temporarily unavailable). Applies to webhook status errors too.
/// Sources: https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes and
/// https://developers.facebook.com/docs/graph-api/guides/error-handling
[[nodiscard]] bool isTransientErrorCode(int code);

/// A message template of the WhatsApp Business Account, as the Business Management API lists it
/// (https://developers.facebook.com/docs/whatsapp/business-management-api/message-templates).
struct Template {
    QString id;             ///< Meta's template id (digits)
    QString name;           ///< e.g. "order_update"
    QString language;       ///< e.g. "en_US"
    QString status;         ///< APPROVED, PENDING, REJECTED, PAUSED, DISABLED, ...
    QString category;       ///< UTILITY, MARKETING, AUTHENTICATION
    QString rejectedReason; ///< set for REJECTED templates; Meta's "NONE" reads as empty
    /// HEADER / BODY / FOOTER / BUTTONS objects exactly as Meta sends them, e.g.
    /// `{"type":"BODY","text":"Hi {{1}}"}`
    /// (https://developers.facebook.com/docs/whatsapp/business-management-api/message-templates/components).
    QJsonArray components;

    /// Reads one element of a list answer's `data`; nothing when it is not an object or lacks a
    /// string id, name or language. Unknown fields are ignored.
    static std::optional<Template> fromJson(const QJsonObject &object);
    /// The Graph shape (`rejected_reason` only when set).
    [[nodiscard]] QJsonObject toJson() const;
    /// The BODY component's text, e.g. "Hi {{1}}, your order {{2}} is {{3}}."; empty if none.
    [[nodiscard]] QString bodyText() const;
    /// How many distinct {{placeholders}} the body has (what OutboundMessage::bodyParameters
    /// must supply).
    [[nodiscard]] int bodyParameterCount() const;
};

/// Calls the WhatsApp Cloud API on a Graph API host with a bearer token (RFC 6750 section 2.1).
///
/// Every request has CloudApiConfig::timeout (QNetworkRequest::setTransferTimeout: no progress
/// for that long ends it), follows no redirects, and reads at most 1 MB of answer. Answers are
/// untrusted: wrong shapes become failures, never crashes. Destroying the client ends requests
/// in flight: their tasks complete (TransientFailure "Cancelled" / an error) during the
/// destructor. Logs to the `jobs` area; never logs the token or message text.
class CloudApiClient : public QObject
{
    Q_OBJECT
public:
    explicit CloudApiClient(CloudApiConfig config, QObject *parent = nullptr);
    ~CloudApiClient() override;

    [[nodiscard]] const CloudApiConfig &config() const { return m_config; }

    /// POST {baseUrl}/{version}/{phoneNumberId}/messages with message.toRequestBody().
    /// Sent: a 2xx answer with `messages[0].id`
    /// (`{"messaging_product":"whatsapp","contacts":[{"input","wa_id"}],"messages":[{"id"}]}`).
    /// TransientFailure: HTTP 408, 429 or 5xx, a transient error code (isTransientErrorCode(),
    /// or Graph `is_transient: true`), no answer in time, connection refused/reset, host not
    /// found or any other network failure. PermanentFailure: every other answer (other 4xx such
    /// as 131047 re-engagement, 131026 undeliverable, 100 invalid parameter, 190 token expired,
    /// 132001 template missing; a 2xx without a message id or over 1 MB; a 3xx), an invalid
    /// message or an incomplete config (both without a request). Graph error bodies:
    /// `{"error":{"message","type","code","error_data":{"details"},"error_subcode","fbtrace_id"}}`
    /// (https://developers.facebook.com/docs/graph-api/guides/error-handling).
    QCoro::Task<SendResult> send(OutboundMessage message);

    /// Every template of the business account: GET
    /// {baseUrl}/{version}/{businessAccountId}/message_templates?limit=@p pageSize&fields=name,
    /// language,status,category,components,id,rejected_reason, then each `paging.next` in turn
    /// (cursor paging, https://developers.facebook.com/docs/graph-api/results). A `next` must
    /// have the scheme, host and port of baseUrl (else the whole fetch fails: the bearer token
    /// goes only there); when it is not a usable URL, the page after `paging.cursors.after` is
    /// asked for instead. Fails on any HTTP or network error (with the Graph message and code),
    /// a page without a `data` array, a repeated `after` cursor, or more than 100 pages.
    /// Elements that are not templates are skipped (and logged).
    QCoro::Task<Expected<QList<Template>>> fetchTemplates(int pageSize = 100);

private:
    [[nodiscard]] QUrl endpoint(const QString &id, const QString &edge) const;
    [[nodiscard]] QNetworkRequest request(const QUrl &url) const;

    CloudApiConfig m_config;
    QNetworkAccessManager m_network;
    bool m_closing = false;
};

} // namespace opsdesk::whatsapp
