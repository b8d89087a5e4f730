#include "whatsappcloudapi.h"

#include "logging.h"
#include "textlength.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

#include <QCoroNetworkReply>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace opsdesk::whatsapp {
namespace {

constexpr qint64 kMaxAnswerBytes = qint64(1) * 1024 * 1024;
constexpr int kMaxPages = 100;
constexpr qsizetype kMaxTextLength = 4096;
constexpr qsizetype kMaxIdLength = 20;
constexpr qsizetype kMaxErrorTextLength = 1000;
constexpr qsizetype kMaxFieldLength = 512;
constexpr qsizetype kMaxQuotedLength = 200;
constexpr int kMaxRetryAfterSeconds = 24 * 60 * 60;
constexpr int kMaxPageSize = 1000;
constexpr int kMsPerSecond = 1000;

/// What came back for one request, read within the limits.
struct Answer {
    int status = 0;  ///< HTTP status; 0 when no HTTP answer arrived
    QByteArray body; ///< at most kMaxAnswerBytes; empty when tooLarge
    QByteArray retryAfter;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false; ///< no progress within the transfer timeout
    bool tooLarge = false; ///< over kMaxAnswerBytes: aborted, body dropped
    bool gone = false;     ///< the reply object was destroyed before it finished
    qint64 elapsedMs = 0;
};

bool isDigits(const QString &text, qsizetype maxLength)
{
    return !text.isEmpty() && text.size() <= maxLength &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// Untrusted text made safe to store and show: no control characters, at most @p maxLength.
QString cleaned(const QString &text, qsizetype maxLength = kMaxErrorTextLength)
{
    QString result = text.left(maxLength);
    for (QChar &c : result) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            c = u' ';
        }
    }
    return result.trimmed();
}

/// A recipient for a log line: enough to correlate, not the whole phone number.
std::string maskedRecipient(const QString &to)
{
    return QString(u"***"_s + to.right(4)).toStdString();
}

QString secondsLabel(std::chrono::milliseconds timeout)
{
    return QString::number(double(timeout.count()) / kMsPerSecond, 'g', 4);
}

/// Standard reason phrases (RFC 9110 section 15) for a title; the server's own is untrusted.
QString httpTitle(int status)
{
    static const QHash<int, QString> phrases = {
        {300, u"Multiple Choices"_s},
        {301, u"Moved Permanently"_s},
        {302, u"Found"_s},
        {303, u"See Other"_s},
        {307, u"Temporary Redirect"_s},
        {308, u"Permanent Redirect"_s},
        {400, u"Bad Request"_s},
        {401, u"Unauthorized"_s},
        {403, u"Forbidden"_s},
        {404, u"Not Found"_s},
        {405, u"Method Not Allowed"_s},
        {408, u"Request Timeout"_s},
        {409, u"Conflict"_s},
        {413, u"Content Too Large"_s},
        {415, u"Unsupported Media Type"_s},
        {422, u"Unprocessable Content"_s},
        {429, u"Too Many Requests"_s},
        {500, u"Internal Server Error"_s},
        {501, u"Not Implemented"_s},
        {502, u"Bad Gateway"_s},
        {503, u"Service Unavailable"_s},
        {504, u"Gateway Timeout"_s},
    };
    const QString phrase = phrases.value(status);
    return phrase.isEmpty() ? u"HTTP %1"_s.arg(status) : u"HTTP %1 %2"_s.arg(status).arg(phrase);
}

/// Graph's `error` object, whatever of it is there and of the right type.
struct GraphError {
    std::optional<int> code;
    QString title;
    QString details;
    QString fbtraceId;
    bool isTransient = false;
};

std::optional<int> integerOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number >= 0 && number <= std::numeric_limits<int>::max() &&
            number == double(qint64(number))) {
            return int(number);
        }
    } else if (value.isString()) {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (ok && number >= 0) {
            return number;
        }
    }
    return std::nullopt;
}

GraphError graphErrorOf(const QByteArray &body)
{
    GraphError result;
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    if (error.isEmpty()) {
        return result;
    }
    result.code = integerOf(error.value(u"code"_s));
    QString title = error.value(u"title"_s).toString();
    if (title.trimmed().isEmpty()) {
        // Graph puts the title into the message: "(#131047) Re-engagement message".
        static const QRegularExpression codePrefix(u"^\\s*\\(#\\d+\\)\\s*"_s);
        title = error.value(u"message"_s).toString().remove(codePrefix);
    }
    result.title = cleaned(title);
    const QJsonValue data = error.value(u"error_data"_s);
    QString details =
        data.isObject() ? data.toObject().value(u"details"_s).toString() : data.toString();
    if (details.isEmpty()) {
        details = error.value(u"error_user_msg"_s).toString();
    }
    result.details = cleaned(details);
    result.fbtraceId = cleaned(error.value(u"fbtrace_id"_s).toString(), kMaxFieldLength);
    result.isTransient = error.value(u"is_transient"_s).toBool(false);
    return result;
}

/// messages[0].id of a send answer, if it is a sane string.
QString messageIdOf(const QByteArray &body)
{
    const QJsonArray messages =
        QJsonDocument::fromJson(body).object().value(u"messages"_s).toArray();
    const QString id =
        messages.isEmpty() ? QString() : messages.first().toObject().value(u"id"_s).toString();
    const bool sane = !id.isEmpty() && id.size() <= kMaxFieldLength &&
                      std::all_of(id.begin(), id.end(),
                                  [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
    return sane ? id : QString();
}

std::optional<int> retryAfterOf(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok) {
        return seconds < 0
                   ? std::nullopt
                   : std::optional<int>(int(std::min<qint64>(seconds, kMaxRetryAfterSeconds)));
    }
    // HTTP-date, IMF-fixdate form: "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime at =
        QLocale::c().toDateTime(QString::fromLatin1(value), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!at.isValid()) {
        return std::nullopt;
    }
    at.setTimeSpec(Qt::UTC);
    const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(at);
    return int(std::clamp<qint64>(wait, 0, kMaxRetryAfterSeconds));
}

/// Waits for @p reply (owned by the caller's QNetworkAccessManager) and reads it within the
/// answer limit; deletes it later. The reply is aborted once @p deadline has passed in all,
/// even while an answer still trickles in (the send workers' lease relies on that bound).
QCoro::Task<Answer> collect(QNetworkReply *reply, std::chrono::milliseconds deadline)
{
    QTimer::singleShot(deadline, reply, [reply] { reply->abort(); });
    QElapsedTimer clock;
    clock.start();
    auto tooLarge = std::make_shared<bool>(false);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, tooLarge](qint64 received, qint64 total) {
                         if (!*tooLarge &&
                             (received > kMaxAnswerBytes || total > kMaxAnswerBytes)) {
                             *tooLarge = true;
                             reply->abort();
                         }
                     });
    const QPointer<QNetworkReply> guard(reply);
    co_await reply;
    Answer answer;
    answer.elapsedMs = clock.elapsed();
    if (!guard) {
        answer.gone = true;
        co_return answer;
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.retryAfter = reply->rawHeader("Retry-After");
    answer.error = reply->error();
    answer.errorString = cleaned(reply->errorString());
    if (reply->isOpen()) {
        answer.body = reply->read(kMaxAnswerBytes + 1);
    }
    answer.tooLarge = *tooLarge || answer.body.size() > kMaxAnswerBytes;
    if (answer.tooLarge) {
        answer.body.clear();
    } else if (answer.error == QNetworkReply::OperationCanceledError ||
               answer.error == QNetworkReply::TimeoutError) {
        answer.timedOut = true; // setTransferTimeout() aborts the reply this way
    }
    reply->deleteLater();
    co_return answer;
}

/// Title of a failure without an HTTP answer.
QString networkTitle(const Answer &answer, std::chrono::milliseconds timeout)
{
    if (answer.timedOut) {
        return u"Timed out after %1 s"_s.arg(secondsLabel(timeout));
    }
    switch (answer.error) {
    case QNetworkReply::ConnectionRefusedError:
        return u"Connection refused"_s;
    case QNetworkReply::RemoteHostClosedError:
        return u"Connection closed by the server"_s;
    case QNetworkReply::HostNotFoundError:
        return u"Host not found"_s;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return u"Network unavailable"_s;
    case QNetworkReply::SslHandshakeFailedError:
        return u"TLS handshake failed"_s;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return u"Proxy error"_s;
    default:
        return u"Network error"_s;
    }
}

SendResult failure(SendResult::Outcome outcome, QString title, QString details = {})
{
    SendResult result;
    result.outcome = outcome;
    result.errorTitle = std::move(title);
    result.errorDetails = std::move(details);
    return result;
}

SendResult cancelled()
{
    return failure(SendResult::Outcome::TransientFailure, u"Cancelled"_s,
                   u"the Cloud API client was destroyed before the answer arrived"_s);
}

/// Classifies an answer that is not a success (HTTP error, or no HTTP answer at all).
SendResult errorOf(const Answer &answer, std::chrono::milliseconds timeout)
{
    SendResult result;
    result.httpStatus = answer.status;
    result.retryAfterSeconds = retryAfterOf(answer.retryAfter);
    if (answer.status == 0) {
        result.outcome = SendResult::Outcome::TransientFailure;
        result.errorTitle = networkTitle(answer, timeout);
        // Qt's own words only when they add something: not "Operation canceled" for our
        // timeout, nor the title again.
        if (!answer.timedOut && answer.errorString != result.errorTitle) {
            result.errorDetails = answer.errorString;
        }
        return result;
    }
    const GraphError graph = answer.tooLarge ? GraphError{} : graphErrorOf(answer.body);
    result.errorCode = graph.code.value_or(answer.status);
    result.errorTitle = graph.title.isEmpty() ? httpTitle(answer.status) : graph.title;
    result.errorDetails = graph.details;
    if (answer.tooLarge) {
        result.errorDetails = u"answer over 1 MB, not read"_s;
    } else if (answer.timedOut) {
        result.errorDetails =
            u"the answer did not complete within %1 s"_s.arg(secondsLabel(timeout));
    }
    result.fbtraceId = graph.fbtraceId;
    const bool transient = answer.status == 408 || answer.status == 429 || answer.status >= 500 ||
                           (graph.code && isTransientErrorCode(*graph.code)) || graph.isTransient;
    result.outcome =
        transient ? SendResult::Outcome::TransientFailure : SendResult::Outcome::PermanentFailure;
    return result;
}

bool isSuccess(const Answer &answer)
{
    return answer.status >= 200 && answer.status < 300;
}

/// A one-line description of a failed request, for Expected errors.
QString describe(const SendResult &error)
{
    QString text = error.errorTitle;
    if (error.httpStatus != 0) {
        text = u"HTTP %1: %2"_s.arg(error.httpStatus).arg(error.errorTitle);
        if (error.errorCode != error.httpStatus) {
            text += u" (code %1)"_s.arg(error.errorCode);
        }
    }
    if (!error.errorDetails.isEmpty()) {
        text += u": "_s + error.errorDetails;
    }
    return text;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &url) { return url.scheme() == u"https" ? 443 : 80; };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a)) == b.port(defaultPort(b));
}

QString originOf(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                  QUrl::RemoveFragment)
        .toString()
        .left(kMaxQuotedLength);
}

/// A JSON id that Graph sends as a string (sometimes as a number).
QString idOf(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    const double number = value.toDouble(-1);
    if (value.isDouble() && number >= 0 && number < 1e18 && number == double(qint64(number))) {
        return QString::number(qint64(number));
    }
    return {};
}

} // namespace

// ---------------------------------------------------------------------------------------------

Expected<CloudApiConfig> CloudApiConfig::fromEnvironment()
{
    CloudApiConfig config;
    const QString base = qEnvironmentVariable("WHATSAPP_API_BASE_URL").trimmed();
    if (!base.isEmpty()) {
        config.baseUrl = QUrl(base, QUrl::StrictMode);
    }
    const QString version = qEnvironmentVariable("WHATSAPP_API_VERSION").trimmed();
    if (!version.isEmpty()) {
        config.version = version;
    }
    config.accessToken = qgetenv("WHATSAPP_ACCESS_TOKEN").trimmed();
    config.phoneNumberId = qEnvironmentVariable("WHATSAPP_PHONE_NUMBER_ID").trimmed();
    config.businessAccountId = qEnvironmentVariable("WHATSAPP_BUSINESS_ACCOUNT_ID").trimmed();
    if (const QString problem = config.validationError(); !problem.isEmpty()) {
        return Expected<CloudApiConfig>::failure(problem);
    }
    return config;
}

QString CloudApiConfig::validationError() const
{
    QStringList problems;
    const bool urlOk = baseUrl.isValid() &&
                       (baseUrl.scheme() == u"https" || baseUrl.scheme() == u"http") &&
                       !baseUrl.host().isEmpty() && !baseUrl.hasQuery() && !baseUrl.hasFragment() &&
                       baseUrl.userInfo().isEmpty();
    if (!urlOk) {
        problems.append(u"the base URL (WHATSAPP_API_BASE_URL) must be an http(s) URL with a host "
                        "and no query, e.g. https://graph.facebook.com (got \"%1\")"_s.arg(
                            baseUrl.toString(QUrl::RemoveUserInfo).left(kMaxQuotedLength)));
    }
    static const QRegularExpression versionPattern(u"^v\\d{1,3}\\.\\d{1,3}$"_s);
    if (!versionPattern.match(version).hasMatch()) {
        problems.append(
            u"the API version (WHATSAPP_API_VERSION) must look like v21.0 (got \"%1\")"_s.arg(
                version.left(kMaxQuotedLength)));
    }
    if (accessToken.isEmpty()) {
        problems.append(u"the access token (WHATSAPP_ACCESS_TOKEN) is not set"_s);
    } else if (!std::all_of(accessToken.begin(), accessToken.end(),
                            [](char c) { return c > 0x20 && c < 0x7f; })) {
        problems.append(
            u"the access token (WHATSAPP_ACCESS_TOKEN) contains spaces or control characters"_s);
    }
    const auto checkId = [&problems](const QString &value, const QString &what) {
        if (value.isEmpty()) {
            problems.append(u"the %1 is not set"_s.arg(what));
        } else if (!isDigits(value, kMaxIdLength)) {
            problems.append(u"the %1 must be digits (got \"%2\")"_s.arg(what).arg(
                value.left(kMaxQuotedLength)));
        }
    };
    checkId(phoneNumberId, u"phone number id (WHATSAPP_PHONE_NUMBER_ID)"_s);
    checkId(businessAccountId, u"business account id (WHATSAPP_BUSINESS_ACCOUNT_ID)"_s);
    if (timeout.count() <= 0) {
        problems.append(u"the request timeout must be positive"_s);
    }
    return problems.join(u"; "_s);
}

// ---------------------------------------------------------------------------------------------

OutboundMessage OutboundMessage::textMessage(QString to, QString text, bool previewUrl)
{
    OutboundMessage message;
    message.to = std::move(to);
    message.kind = Kind::Text;
    message.text = std::move(text);
    message.previewUrl = previewUrl;
    return message;
}

OutboundMessage OutboundMessage::templateMessage(QString to, QString name, QString language,
                                                 QStringList bodyParameters)
{
    OutboundMessage message;
    message.to = std::move(to);
    message.kind = Kind::Template;
    message.templateName = std::move(name);
    message.templateLanguage = std::move(language);
    message.bodyParameters = std::move(bodyParameters);
    return message;
}

QJsonObject OutboundMessage::toRequestBody() const
{
    QJsonObject body{{u"messaging_product"_s, u"whatsapp"_s},
                     {u"recipient_type"_s, u"individual"_s},
                     {u"to"_s, to}};
    if (kind == Kind::Text) {
        body.insert(u"type"_s, u"text"_s);
        body.insert(u"text"_s, QJsonObject{{u"preview_url"_s, previewUrl}, {u"body"_s, text}});
        return body;
    }
    QJsonObject templateObject{{u"name"_s, templateName},
                               {u"language"_s, QJsonObject{{u"code"_s, templateLanguage}}}};
    if (!bodyParameters.isEmpty()) {
        QJsonArray parameters;
        for (const QString &value : bodyParameters) {
            parameters.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, value}});
        }
        templateObject.insert(
            u"components"_s,
            QJsonArray{QJsonObject{{u"type"_s, u"body"_s}, {u"parameters"_s, parameters}}});
    }
    body.insert(u"type"_s, u"template"_s);
    body.insert(u"template"_s, templateObject);
    return body;
}

QString OutboundMessage::validationError() const
{
    if (!isDigits(to, kMaxIdLength)) {
        return u"the recipient must be a wa_id of 1 to %1 digits"_s.arg(kMaxIdLength);
    }
    if (kind == Kind::Text) {
        if (text.trimmed().isEmpty()) {
            return u"the text is empty"_s;
        }
        if (characterCount(text) > kMaxTextLength) {
            return u"the text has %1 characters; at most %2 can be sent"_s.arg(characterCount(text))
                .arg(kMaxTextLength);
        }
        return {};
    }
    if (templateName.trimmed().isEmpty() || templateLanguage.trimmed().isEmpty()) {
        return u"a template message needs the template's name and language"_s;
    }
    for (qsizetype i = 0; i < bodyParameters.size(); ++i) {
        if (bodyParameters.at(i).trimmed().isEmpty()) {
            return u"body parameter {{%1}} is empty"_s.arg(i + 1);
        }
    }
    return {};
}

bool isTransientErrorCode(int code)
{
    switch (code) {
    case 1:      // API Unknown: possibly a temporary issue
    case 2:      // API Service: temporary downtime
    case 4:      // API Too Many Calls (app)
    case 17:     // API User Too Many Calls
    case 341:    // Application limit reached
    case 613:    // Calls within one hour exceeded
    case 80007:  // WhatsApp Business Account rate limit
    case 130429: // Cloud API throughput reached
    case 131000: // Something went wrong
    case 131016: // Service unavailable
    case 131056: // (Business, consumer) pair rate limit hit
    case 133004: // Server temporarily unavailable
        return true;
    default:
        return false;
    }
}

// ---------------------------------------------------------------------------------------------

std::optional<Template> Template::fromJson(const QJsonObject &object)
{
    Template result;
    result.id = idOf(object.value(u"id"_s)).left(kMaxFieldLength);
    result.name = object.value(u"name"_s).toString().left(kMaxFieldLength);
    result.language = object.value(u"language"_s).toString().left(kMaxFieldLength);
    if (result.id.isEmpty() || result.name.isEmpty() || result.language.isEmpty()) {
        return std::nullopt;
    }
    result.status = object.value(u"status"_s).toString().left(kMaxFieldLength);
    result.category = object.value(u"category"_s).toString().left(kMaxFieldLength);
    result.rejectedReason = object.value(u"rejected_reason"_s).toString().left(kMaxFieldLength);
    if (result.rejectedReason == u"NONE") {
        result.rejectedReason.clear();
    }
    result.components = object.value(u"components"_s).toArray();
    return result;
}

QJsonObject Template::toJson() const
{
    QJsonObject object{
        {u"id"_s, id},         {u"name"_s, name},         {u"language"_s, language},
        {u"status"_s, status}, {u"category"_s, category}, {u"components"_s, components}};
    if (!rejectedReason.isEmpty()) {
        object.insert(u"rejected_reason"_s, rejectedReason);
    }
    return object;
}

QString Template::bodyText() const
{
    for (const QJsonValue component : components) {
        const QJsonObject object = component.toObject();
        if (object.value(u"type"_s).toString().compare(u"BODY"_s, Qt::CaseInsensitive) == 0) {
            return object.value(u"text"_s).toString();
        }
    }
    return {};
}

int Template::bodyParameterCount() const
{
    static const QRegularExpression placeholder(u"\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"_s);
    QSet<QString> names;
    auto matches = placeholder.globalMatch(bodyText());
    while (matches.hasNext()) {
        names.insert(matches.next().captured(1));
    }
    return int(names.size());
}

// ---------------------------------------------------------------------------------------------

CloudApiClient::CloudApiClient(CloudApiConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

CloudApiClient::~CloudApiClient()
{
    // Ends every request in flight now, so their tasks complete instead of waiting forever
    // (their coroutines see m_closing and touch nothing else of this object).
    m_closing = true;
    const auto replies = m_network.findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->abort();
    }
}

QUrl CloudApiClient::endpoint(const QString &id, const QString &edge) const
{
    QUrl url = m_config.baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    url.setPath(path + u'/' + m_config.version + u'/' + id + u'/' + edge);
    return url;
}

QNetworkRequest CloudApiClient::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_config.accessToken);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(int(m_config.timeout.count()));
    // A redirect would carry the token elsewhere; the Cloud API never redirects.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return request;
}

QCoro::Task<SendResult> CloudApiClient::send(OutboundMessage message)
{
    if (const QString problem = m_config.validationError(); !problem.isEmpty()) {
        logging::jobs()->error("cloud api: cannot send, not configured: {}", problem.toStdString());
        co_return failure(SendResult::Outcome::PermanentFailure, u"Cloud API not configured"_s,
                          problem);
    }
    if (const QString problem = message.validationError(); !problem.isEmpty()) {
        logging::jobs()->warn("cloud api: message to {} not sent: {}", maskedRecipient(message.to),
                              problem.toStdString());
        co_return failure(SendResult::Outcome::PermanentFailure, u"Invalid message"_s, problem);
    }

    QNetworkRequest request = this->request(endpoint(m_config.phoneNumberId, u"messages"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    const QByteArray body = QJsonDocument(message.toRequestBody()).toJson(QJsonDocument::Compact);
    const std::chrono::milliseconds timeout = m_config.timeout;
    QPointer self{this};
    QNetworkReply *reply = m_network.post(request, body);
    auto exchange = collect(reply, m_config.timeout);
    const Answer answer = co_await exchange;
    if (!self || self->m_closing || answer.gone) {
        co_return cancelled();
    }

    SendResult result;
    if (isSuccess(answer) && !answer.tooLarge) {
        result.httpStatus = answer.status;
        result.wamid = messageIdOf(answer.body);
        if (result.wamid.isEmpty()) {
            result.outcome = SendResult::Outcome::PermanentFailure;
            result.errorTitle = u"Cloud API answered without a message id"_s;
            result.errorDetails =
                answer.timedOut
                    ? u"the answer did not complete within %1 s"_s.arg(secondsLabel(timeout))
                    : u"body: "_s + cleaned(QString::fromUtf8(answer.body), kMaxQuotedLength);
        } else {
            result.outcome = SendResult::Outcome::Sent;
        }
    } else if (isSuccess(answer)) {
        result = failure(SendResult::Outcome::PermanentFailure, u"Cloud API answer over 1 MB"_s,
                         u"not read; the message may have been sent"_s);
        result.httpStatus = answer.status;
    } else {
        result = errorOf(answer, timeout);
    }

    if (result.sent()) {
        logging::jobs()->debug("cloud api: sent to={} wamid={} ms={}", maskedRecipient(message.to),
                               result.wamid.toStdString(), answer.elapsedMs);
    } else {
        logging::jobs()->warn(
            "cloud api: send to={} failed ({}): http={} code={} title=\"{}\" fbtrace_id={} ms={}",
            maskedRecipient(message.to),
            result.outcome == SendResult::Outcome::TransientFailure ? "transient" : "permanent",
            result.httpStatus, result.errorCode, result.errorTitle.toStdString(),
            result.fbtraceId.toStdString(), answer.elapsedMs);
    }
    co_return result;
}

QCoro::Task<Expected<QList<Template>>> CloudApiClient::fetchTemplates(int pageSize)
{
    using Result = Expected<QList<Template>>;
    if (const QString problem = m_config.validationError(); !problem.isEmpty()) {
        co_return Result::failure(u"Cloud API not configured: "_s + problem);
    }
    QUrl first = endpoint(m_config.businessAccountId, u"message_templates"_s);
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(std::clamp(pageSize, 1, kMaxPageSize)));
    query.addQueryItem(u"fields"_s,
                       u"name,language,status,category,components,id,rejected_reason"_s);
    first.setQuery(query);

    const std::chrono::milliseconds timeout = m_config.timeout;
    const QUrl base = m_config.baseUrl;
    QPointer self{this};
    QUrl url = first;
    QList<Template> templates;
    QSet<QString> cursors;
    int skipped = 0;
    int page = 0;
    while (true) {
        if (++page > kMaxPages) {
            co_return Result::failure(
                u"the template list has more than %1 pages; stopped"_s.arg(kMaxPages));
        }
        QNetworkReply *reply = m_network.get(request(url));
        auto exchange = collect(reply, m_config.timeout);
        const Answer answer = co_await exchange;
        if (!self || self->m_closing || answer.gone) {
            co_return Result::failure(u"cancelled: the Cloud API client was destroyed"_s);
        }
        if (!isSuccess(answer) || answer.tooLarge) {
            const QString why =
                answer.tooLarge ? u"answer over 1 MB"_s : describe(errorOf(answer, timeout));
            logging::jobs()->warn("cloud api: template list page {} failed: {}", page,
                                  why.toStdString());
            co_return Result::failure(u"template list page %1: %2"_s.arg(page).arg(why));
        }
        const QJsonObject root = QJsonDocument::fromJson(answer.body).object();
        const QJsonValue data = root.value(u"data"_s);
        if (!data.isArray()) {
            co_return Result::failure(
                u"template list page %1 is not a Graph list (no \"data\" array)"_s.arg(page));
        }
        for (const QJsonValue element : data.toArray()) {
            if (auto parsed = Template::fromJson(element.toObject())) {
                templates.append(std::move(*parsed));
            } else {
                ++skipped;
            }
        }

        const QJsonObject paging = root.value(u"paging"_s).toObject();
        const QString next = paging.value(u"next"_s).toString();
        const QString after = paging.value(u"cursors"_s)
                                  .toObject()
                                  .value(u"after"_s)
                                  .toString()
                                  .left(kMaxFieldLength);
        if (next.isEmpty()) {
            break; // Graph: no `next` means this was the last page
        }
        if (!after.isEmpty()) {
            if (cursors.contains(after)) {
                co_return Result::failure(
                    u"template list page %1 repeats an earlier cursor; stopped"_s.arg(page));
            }
            cursors.insert(after);
        }
        const QUrl nextUrl = base.resolved(QUrl(next, QUrl::StrictMode));
        if (QUrl(next, QUrl::StrictMode).isValid() && nextUrl.isValid()) {
            if (!sameOrigin(nextUrl, base)) {
                logging::jobs()->warn("cloud api: template paging.next points to {}; refused",
                                      originOf(nextUrl).toStdString());
                co_return Result::failure(
                    u"template list page %1: paging.next points to another host (%2), not %3; "
                    "refused"_s.arg(page)
                        .arg(originOf(nextUrl), originOf(base)));
            }
            url = nextUrl;
        } else if (!after.isEmpty()) {
            QUrlQuery nextQuery(first);
            nextQuery.addQueryItem(u"after"_s, after);
            url = first;
            url.setQuery(nextQuery);
        } else {
            co_return Result::failure(
                u"template list page %1: paging.next is not a URL and there is no cursor"_s.arg(
                    page));
        }
    }
    if (skipped > 0) {
        logging::jobs()->warn("cloud api: {} template list elements were not templates; skipped",
                              skipped);
    }
    logging::jobs()->info("cloud api: {} templates in {} pages", templates.size(), page);
    co_return templates;
}

} // namespace opsdesk::whatsapp
