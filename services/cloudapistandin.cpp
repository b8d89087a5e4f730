#include "cloudapistandin.h"

#include "textlength.h"

#include "httprequests.h"
#include "logging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerRouterRule>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace opsdesk::whatsapp {

/// A request whose answer is written later (Delay) or never (Hang).
struct CloudApiStandIn::Held {
    explicit Held(QHttpServerResponder &&responder)
        : responder(std::move(responder))
        , socket(this->responder.socket())
    {}
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    bool answered = false;
};

namespace {

using Status = QHttpServerResponder::StatusCode;

constexpr int kDefaultPageSize = 25;
constexpr int kMaxPageSize = 1000;
constexpr qsizetype kMaxRecipientLength = 20;
constexpr qsizetype kMaxTextLength = 4096;
constexpr qsizetype kMaxQuotedLength = 200;

/// Matches every request: the stand-in routes by itself, to answer unknown paths like Graph.
class AnyPathRule : public QHttpServerRouterRule
{
public:
    explicit AnyPathRule(RouterHandler handler)
        : QHttpServerRouterRule(u"/"_s, std::move(handler))
    {}

protected:
    bool matches(const QHttpServerRequest &, QRegularExpressionMatch *) const override
    {
        return true;
    }
};

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->generate(raw.begin(), raw.end());
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// A Graph error body; @p message defaults to "(#code) title" as the Cloud API writes it.
QByteArray graphError(int code, const QString &title, const QString &details = {},
                      const QString &message = {})
{
    QJsonObject error{
        {u"message"_s, message.isEmpty() ? u"(#%1) %2"_s.arg(code).arg(title) : message},
        {u"type"_s, u"OAuthException"_s},
        {u"code"_s, code},
        {u"fbtrace_id"_s, QString::fromLatin1(randomToken(16))}};
    if (!details.isEmpty()) {
        error.insert(u"error_data"_s,
                     QJsonObject{{u"messaging_product"_s, u"whatsapp"_s}, {u"details"_s, details}});
    }
    return compact(QJsonObject{{u"error"_s, error}});
}

/// Writes a JSON answer if the client is still connected; false if it is gone.
bool write(QHttpServerResponder &responder, const QPointer<QTcpSocket> &socket, int status,
           const QByteArray &body, std::optional<int> retryAfterSeconds = std::nullopt)
{
    if (!socket || !socket->isOpen()) {
        return false;
    }
    const auto code = static_cast<Status>(status);
    if (retryAfterSeconds) {
        responder.write(body,
                        {{"Content-Type", "application/json"},
                         {"Retry-After", QByteArray::number(*retryAfterSeconds)}},
                        code);
    } else {
        responder.write(body, {{"Content-Type", "application/json"}}, code);
    }
    return true;
}

bool isDigits(const QString &text, qsizetype maxLength)
{
    return !text.isEmpty() && text.size() <= maxLength &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// Why a messages body is not acceptable (Graph code 100), or empty.
QString bodyProblem(const QJsonObject &body)
{
    if (body.value(u"messaging_product"_s).toString() != u"whatsapp") {
        return u"messaging_product must be \"whatsapp\""_s;
    }
    if (body.contains(u"recipient_type"_s) &&
        body.value(u"recipient_type"_s).toString() != u"individual") {
        return u"recipient_type must be \"individual\""_s;
    }
    if (!isDigits(body.value(u"to"_s).toString(), kMaxRecipientLength)) {
        return u"to must be a phone number of 1 to 20 digits"_s;
    }
    const QString type = body.value(u"type"_s).toString();
    if (type == u"text") {
        const QString text = body.value(u"text"_s).toObject().value(u"body"_s).toString();
        if (text.trimmed().isEmpty()) {
            return u"text.body is required"_s;
        }
        if (characterCount(text) > kMaxTextLength) {
            return u"text.body is longer than 4096 characters"_s;
        }
        return {};
    }
    if (type == u"template") {
        const QJsonObject templateObject = body.value(u"template"_s).toObject();
        if (templateObject.value(u"name"_s).toString().isEmpty()) {
            return u"template.name is required"_s;
        }
        if (templateObject.value(u"language"_s).toObject().value(u"code"_s).toString().isEmpty()) {
            return u"template.language.code is required"_s;
        }
        return {};
    }
    return u"type must be \"text\" or \"template\" (the stand-in sends no other types)"_s;
}

/// How many body parameters a template message carries.
qsizetype bodyParametersOf(const QJsonObject &templateObject)
{
    for (const QJsonValue component : templateObject.value(u"components"_s).toArray()) {
        const QJsonObject object = component.toObject();
        if (object.value(u"type"_s).toString().compare(u"body"_s, Qt::CaseInsensitive) == 0) {
            return object.value(u"parameters"_s).toArray().size();
        }
    }
    return 0;
}

/// @p text with {{1}}, {{2}}, ... replaced by the body parameters of @p templateObject, in
/// order; other placeholders stay as they are.
QString rendered(const QString &text, const QJsonObject &templateObject)
{
    QStringList values;
    for (const QJsonValue component : templateObject.value(u"components"_s).toArray()) {
        const QJsonObject object = component.toObject();
        if (object.value(u"type"_s).toString().compare(u"body"_s, Qt::CaseInsensitive) == 0) {
            for (const QJsonValue parameter : object.value(u"parameters"_s).toArray()) {
                values.append(parameter.toObject().value(u"text"_s).toString());
            }
        }
    }
    static const QRegularExpression placeholder(u"\\{\\{\\s*(\\d+)\\s*\\}\\}"_s);
    QString result;
    qsizetype copied = 0;
    auto matches = placeholder.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const qsizetype number = match.captured(1).toLongLong();
        result += text.mid(copied, match.capturedStart() - copied);
        result += number >= 1 && number <= values.size() ? values.at(number - 1) : match.captured();
        copied = match.capturedEnd();
    }
    result += text.mid(copied);
    return result;
}

QString cursorFor(qsizetype index)
{
    return QString::fromLatin1(
        QByteArray("tpl:" + QByteArray::number(index))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qsizetype> indexOfCursor(const QString &cursor)
{
    const QByteArray decoded =
        QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    if (!decoded.startsWith("tpl:")) {
        return std::nullopt;
    }
    bool ok = false;
    const qsizetype index = decoded.mid(4).toLongLong(&ok);
    return ok && index >= 0 ? std::optional<qsizetype>(index) : std::nullopt;
}

QJsonObject component(const QString &type, const QString &text)
{
    return {{u"type"_s, type}, {u"text"_s, text}};
}

} // namespace

// ---------------------------------------------------------------------------------------------

CloudApiStandIn::Behaviour CloudApiStandIn::Behaviour::accept()
{
    return {};
}

CloudApiStandIn::Behaviour CloudApiStandIn::Behaviour::reject(int httpStatus, int errorCode,
                                                              QString title, QString details,
                                                              std::optional<int> retryAfterSeconds)
{
    Behaviour behaviour;
    behaviour.kind = Kind::Reject;
    behaviour.httpStatus = httpStatus;
    behaviour.errorCode = errorCode;
    behaviour.title = std::move(title);
    behaviour.details = std::move(details);
    behaviour.retryAfterSeconds = retryAfterSeconds;
    return behaviour;
}

CloudApiStandIn::Behaviour CloudApiStandIn::Behaviour::delayed(std::chrono::milliseconds delay)
{
    Behaviour behaviour;
    behaviour.kind = Kind::Delay;
    behaviour.delay = delay;
    return behaviour;
}

CloudApiStandIn::Behaviour CloudApiStandIn::Behaviour::hang()
{
    Behaviour behaviour;
    behaviour.kind = Kind::Hang;
    return behaviour;
}

CloudApiStandIn::Behaviour CloudApiStandIn::Behaviour::raw(int httpStatus, QByteArray body)
{
    Behaviour behaviour;
    behaviour.kind = Kind::Raw;
    behaviour.httpStatus = httpStatus;
    behaviour.rawBody = std::move(body);
    return behaviour;
}

CloudApiStandIn::Behaviour CloudApiStandIn::Behaviour::reEngagementRequired()
{
    return reject(400, 131047, u"Re-engagement message"_s,
                  u"Message failed to send because more than 24 hours have passed since the "
                  "customer last replied to this number."_s);
}

CloudApiStandIn::Behaviour CloudApiStandIn::Behaviour::undeliverable()
{
    return reject(400, 131026, u"Message undeliverable"_s,
                  u"Unable to deliver message. The recipient may not be a WhatsApp user or "
                  "may use an old WhatsApp version."_s);
}

CloudApiStandIn::Behaviour
CloudApiStandIn::Behaviour::rateLimited(std::optional<int> retryAfterSeconds)
{
    return reject(429, 130429, u"Rate limit hit"_s,
                  u"Cloud API message throughput has been reached."_s, retryAfterSeconds);
}

CloudApiStandIn::Behaviour CloudApiStandIn::Behaviour::serverError()
{
    return reject(500, 131000, u"Something went wrong"_s,
                  u"Message failed to send due to an unknown error."_s);
}

// ---------------------------------------------------------------------------------------------

CloudApiStandIn::CloudApiStandIn(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_templates(defaultTemplates())
{
    m_http.route<AnyPathRule>([self = QPointer(this)](const QHttpServerRequest &request,
                                                      QHttpServerResponder &&responder) {
        if (self) {
            self->handle(request, std::move(responder));
        }
    });
}

CloudApiStandIn::~CloudApiStandIn()
{
    close();
}

Expected<quint16> CloudApiStandIn::listen(const QHostAddress &address, quint16 port)
{
    if (m_options.accessToken.isEmpty()) {
        return Expected<quint16>::failure(u"the stand-in needs an access token to check"_s);
    }
    const quint16 bound = m_http.listen(address, port);
    if (bound == 0) {
        return Expected<quint16>::failure(
            u"cannot listen on %1:%2 (address in use or not allowed)"_s.arg(address.toString())
                .arg(port));
    }
    m_address = address;
    m_port = bound;
    logging::app()->info("cloud api stand-in listening on {}", baseUrl().toString().toStdString());
    return bound;
}

void CloudApiStandIn::close()
{
    for (auto *server : m_http.servers()) {
        server->close();
    }
    for (const auto &held : m_held) {
        if (held->socket) {
            held->socket->abort();
        }
    }
    m_held.clear();
}

QUrl CloudApiStandIn::baseUrl() const
{
    if (m_port == 0) {
        return {};
    }
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4) {
        host = QHostAddress::LocalHost;
    } else if (host == QHostAddress::AnyIPv6) {
        host = QHostAddress::LocalHostIPv6;
    }
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host.toString());
    url.setPort(m_port);
    return url;
}

void CloudApiStandIn::enqueueBehaviour(Behaviour behaviour)
{
    m_queue.append(std::move(behaviour));
}

void CloudApiStandIn::setDefaultBehaviour(Behaviour behaviour)
{
    m_default = std::move(behaviour);
}

void CloudApiStandIn::setTemplates(QList<Template> templates)
{
    m_templates = std::move(templates);
}

CloudApiStandIn::Behaviour CloudApiStandIn::nextBehaviour()
{
    return m_queue.isEmpty() ? m_default : m_queue.dequeue();
}

QString CloudApiStandIn::newWamid(const QString &to)
{
    // Real wamids are base64 of an opaque structure that includes the recipient.
    const QByteArray opaque =
        to.toLatin1() + '\x15' + QByteArray::number(++m_counter) + '\x15' + randomToken(12);
    return u"wamid."_s + QString::fromLatin1(opaque.toBase64());
}

void CloudApiStandIn::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto held = std::make_shared<Held>(std::move(responder));
    static const QRegularExpression versionPattern(u"^v\\d+\\.\\d+$"_s);
    const QStringList segments = request.url().path().split(u'/', Qt::SkipEmptyParts);
    const bool graphPath = segments.size() == 3 && versionPattern.match(segments[0]).hasMatch();
    const bool messages = graphPath && segments[2] == u"messages" &&
                          request.method() == QHttpServerRequest::Method::Post;
    const bool templateList = graphPath && segments[2] == u"message_templates" &&
                              request.method() == QHttpServerRequest::Method::Get;

    const bool tooLarge = request.body().size() > m_options.maxBodyBytes;
    if (messages) {
        Received received;
        received.at = QDateTime::currentDateTimeUtc();
        if (!tooLarge) {
            received.body = QJsonDocument::fromJson(request.body()).object();
            received.to = received.body.value(u"to"_s).toString();
            received.type = received.body.value(u"type"_s).toString();
            received.text = received.body.value(u"text"_s).toObject().value(u"body"_s).toString();
            received.templateName =
                received.body.value(u"template"_s).toObject().value(u"name"_s).toString();
        }
        m_received.append(received);
    } else if (templateList) {
        m_templateQueries.append(request.url());
    }
    const auto refuse = [&](int status, const QByteArray &body) {
        if (messages) {
            m_received.last().httpStatus = status;
        }
        write(held->responder, held->socket, status, body);
    };

    if (tooLarge) {
        refuse(413, graphError(
                        100, u"Invalid parameter"_s,
                        u"the request body is larger than %1 bytes"_s.arg(m_options.maxBodyBytes)));
        return;
    }
    const QByteArray authorization = httprequests::header(request, "Authorization");
    const bool bearer = authorization.size() > 7 &&
                        authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0;
    if (!bearer || authorization.mid(7).trimmed() != m_options.accessToken) {
        refuse(401, graphError(190, u"Invalid OAuth access token"_s, {},
                               u"Invalid OAuth access token - Cannot parse access token"_s));
        return;
    }
    if (messages) {
        handleMessage(request, held);
    } else if (templateList) {
        handleTemplateList(request, held);
    } else {
        const QString path = request.url().path().left(kMaxQuotedLength);
        refuse(400, graphError(2500, u"Unknown path components"_s, {},
                               u"Unknown path components: %1"_s.arg(path)));
    }
}

void CloudApiStandIn::handleMessage(const QHttpServerRequest &request,
                                    const std::shared_ptr<Held> &held)
{
    const qsizetype index = m_received.size() - 1;
    const auto refuse = [&](int status, const QByteArray &body) {
        m_received[index].httpStatus = status;
        write(held->responder, held->socket, status, body);
    };
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        refuse(400, graphError(100, u"Invalid parameter"_s, u"the body is not a JSON object"_s));
        return;
    }
    const QJsonObject body = document.object();
    if (const QString problem = bodyProblem(body); !problem.isEmpty()) {
        refuse(400, graphError(100, u"Invalid parameter"_s, problem));
        return;
    }
    if (body.value(u"type"_s).toString() == u"template") {
        const QJsonObject templateObject = body.value(u"template"_s).toObject();
        const QString name = templateObject.value(u"name"_s).toString();
        const QString language =
            templateObject.value(u"language"_s).toObject().value(u"code"_s).toString();
        const auto found =
            std::find_if(m_templates.cbegin(), m_templates.cend(), [&](const Template &t) {
                return t.name == name && t.language == language && t.status == u"APPROVED";
            });
        if (found == m_templates.cend()) {
            refuse(400, graphError(132001, u"Template name does not exist in the translation"_s,
                                   u"template name (%1) does not exist in %2"_s.arg(
                                       name.left(kMaxQuotedLength), language.left(10))));
            return;
        }
        const qsizetype given = bodyParametersOf(templateObject);
        if (given != found->bodyParameterCount()) {
            refuse(400, graphError(
                            132000,
                            u"Number of parameters does not match the expected number of params"_s,
                            u"body: number of localizable_params (%1) does not match the "
                            "expected number of params (%2)"_s.arg(given)
                                .arg(found->bodyParameterCount())));
            return;
        }
        m_received[index].text = rendered(found->bodyText(), templateObject);
    }

    const Behaviour behaviour = nextBehaviour();
    switch (behaviour.kind) {
    case Behaviour::Kind::Accept:
        answerMessage(held, index);
        break;
    case Behaviour::Kind::Reject:
        m_received[index].httpStatus = behaviour.httpStatus;
        write(held->responder, held->socket, behaviour.httpStatus,
              graphError(behaviour.errorCode, behaviour.title, behaviour.details),
              behaviour.retryAfterSeconds);
        break;
    case Behaviour::Kind::Raw:
        m_received[index].httpStatus = behaviour.httpStatus;
        write(held->responder, held->socket, behaviour.httpStatus, behaviour.rawBody);
        break;
    case Behaviour::Kind::Delay:
        m_held.push_back(held);
        QTimer::singleShot(behaviour.delay, this, [this, held, index] {
            std::erase(m_held, held);
            answerMessage(held, index);
        });
        break;
    case Behaviour::Kind::Hang:
        std::erase_if(m_held, [](const auto &waiting) { return !waiting->socket; });
        m_held.push_back(held);
        break;
    }
}

void CloudApiStandIn::answerMessage(const std::shared_ptr<Held> &held, qsizetype index)
{
    Received &received = m_received[index];
    const QString wamid = newWamid(received.to);
    const QJsonObject answer{{u"messaging_product"_s, u"whatsapp"_s},
                             {u"contacts"_s, QJsonArray{QJsonObject{{u"input"_s, received.to},
                                                                    {u"wa_id"_s, received.to}}}},
                             {u"messages"_s, QJsonArray{QJsonObject{{u"id"_s, wamid}}}}};
    if (!write(held->responder, held->socket, 200, compact(answer))) {
        logging::app()->debug("cloud api stand-in: client gone before the answer to {}",
                              received.type.toStdString());
        return;
    }
    received.httpStatus = 200;
    received.wamid = wamid;
    const Received accepted = received;
    Q_EMIT messageAccepted(accepted);
}

void CloudApiStandIn::handleTemplateList(const QHttpServerRequest &request,
                                         const std::shared_ptr<Held> &held)
{
    QString error;
    const QJsonObject page = templatePage(request.url(), error);
    if (!error.isEmpty()) {
        write(held->responder, held->socket, 400, graphError(100, u"Invalid parameter"_s, error));
        return;
    }
    const Behaviour behaviour = nextBehaviour();
    switch (behaviour.kind) {
    case Behaviour::Kind::Accept:
        write(held->responder, held->socket, 200, compact(page));
        break;
    case Behaviour::Kind::Reject:
        write(held->responder, held->socket, behaviour.httpStatus,
              graphError(behaviour.errorCode, behaviour.title, behaviour.details),
              behaviour.retryAfterSeconds);
        break;
    case Behaviour::Kind::Raw:
        write(held->responder, held->socket, behaviour.httpStatus, behaviour.rawBody);
        break;
    case Behaviour::Kind::Delay:
        m_held.push_back(held);
        QTimer::singleShot(behaviour.delay, this, [this, held, body = compact(page)] {
            std::erase(m_held, held);
            write(held->responder, held->socket, 200, body);
        });
        break;
    case Behaviour::Kind::Hang:
        std::erase_if(m_held, [](const auto &waiting) { return !waiting->socket; });
        m_held.push_back(held);
        break;
    }
}

QJsonObject CloudApiStandIn::templatePage(const QUrl &url, QString &error) const
{
    const QUrlQuery query(url);
    int limit = kDefaultPageSize;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxPageSize) {
            error = u"limit must be a number from 1 to %1"_s.arg(kMaxPageSize);
            return {};
        }
    }
    const qsizetype count = m_templates.size();
    qsizetype begin = 0;
    qsizetype end = std::min<qsizetype>(count, limit);
    if (query.hasQueryItem(u"after"_s)) {
        const auto index = indexOfCursor(query.queryItemValue(u"after"_s));
        if (!index) {
            error = u"the after cursor is not valid"_s;
            return {};
        }
        begin = std::min(*index + 1, count);
        end = std::min<qsizetype>(count, begin + limit);
    } else if (query.hasQueryItem(u"before"_s)) {
        const auto index = indexOfCursor(query.queryItemValue(u"before"_s));
        if (!index) {
            error = u"the before cursor is not valid"_s;
            return {};
        }
        end = std::min(*index, count);
        begin = std::max<qsizetype>(0, end - limit);
    }
    QStringList fields;
    if (query.hasQueryItem(u"fields"_s)) {
        fields = query.queryItemValue(u"fields"_s).split(u',', Qt::SkipEmptyParts);
        fields.append(u"id"_s);
    }

    QJsonArray data;
    for (qsizetype i = begin; i < end; ++i) {
        QJsonObject object = m_templates.at(i).toJson();
        if (!fields.isEmpty()) {
            for (const QString &key : object.keys()) {
                if (!fields.contains(key)) {
                    object.remove(key);
                }
            }
        }
        data.append(object);
    }
    QJsonObject root{{u"data"_s, data}};
    if (begin >= end) {
        return root;
    }
    const auto link = [&](const QString &cursorName, qsizetype index) {
        QUrl target = baseUrl();
        target.setPath(url.path());
        QUrlQuery linkQuery;
        linkQuery.addQueryItem(u"limit"_s, QString::number(limit));
        if (query.hasQueryItem(u"fields"_s)) {
            linkQuery.addQueryItem(u"fields"_s, query.queryItemValue(u"fields"_s));
        }
        linkQuery.addQueryItem(cursorName, cursorFor(index));
        target.setQuery(linkQuery);
        return target.toString();
    };
    QJsonObject paging{{u"cursors"_s, QJsonObject{{u"before"_s, cursorFor(begin)},
                                                  {u"after"_s, cursorFor(end - 1)}}}};
    if (end < count) {
        paging.insert(u"next"_s, link(u"after"_s, end - 1));
    }
    if (begin > 0) {
        paging.insert(u"previous"_s, link(u"before"_s, begin));
    }
    root.insert(u"paging"_s, paging);
    return root;
}

QList<Template> CloudApiStandIn::defaultTemplates()
{
    const auto example = [](const QStringList &values) {
        return QJsonObject{{u"body_text"_s, QJsonArray{QJsonArray::fromStringList(values)}}};
    };
    const auto quickReply = [](const QString &text) {
        return QJsonObject{{u"type"_s, u"QUICK_REPLY"_s}, {u"text"_s, text}};
    };

    Template orderUpdate;
    orderUpdate.id = u"1052841960072634"_s;
    orderUpdate.name = u"order_update"_s;
    orderUpdate.language = u"en_US"_s;
    orderUpdate.status = u"APPROVED"_s;
    orderUpdate.category = u"UTILITY"_s;
    QJsonObject orderBody = component(u"BODY"_s, u"Hi {{1}}, your order {{2}} is {{3}}."_s);
    orderBody.insert(u"example"_s, example({u"Maria"_s, u"#10432"_s, u"on its way"_s}));
    orderUpdate.components = {
        QJsonObject{
            {u"type"_s, u"HEADER"_s}, {u"format"_s, u"TEXT"_s}, {u"text"_s, u"Order update"_s}},
        orderBody, component(u"FOOTER"_s, u"Reply STOP to stop order updates"_s),
        QJsonObject{{u"type"_s, u"BUTTONS"_s},
                    {u"buttons"_s, QJsonArray{quickReply(u"Track my order"_s),
                                              quickReply(u"Talk to an agent"_s)}}}};

    Template helloWorld;
    helloWorld.id = u"1052841960072635"_s;
    helloWorld.name = u"hello_world"_s;
    helloWorld.language = u"en_US"_s;
    helloWorld.status = u"APPROVED"_s;
    helloWorld.category = u"UTILITY"_s;
    helloWorld.components = {
        QJsonObject{
            {u"type"_s, u"HEADER"_s}, {u"format"_s, u"TEXT"_s}, {u"text"_s, u"Hello World"_s}},
        component(u"BODY"_s,
                  u"Welcome! This sample message shows that your business can send WhatsApp "
                  "messages through the Cloud API."_s),
        component(u"FOOTER"_s, u"WhatsApp Business Platform sample message"_s)};

    Template deliveryDelay;
    deliveryDelay.id = u"1052841960072636"_s;
    deliveryDelay.name = u"delivery_delay"_s;
    deliveryDelay.language = u"en_US"_s;
    deliveryDelay.status = u"APPROVED"_s;
    deliveryDelay.category = u"UTILITY"_s;
    QJsonObject delayBody = component(
        u"BODY"_s, u"We are sorry: the delivery of order {{1}} is running late. We will message "
                   "you as soon as it is on its way."_s);
    delayBody.insert(u"example"_s, example({u"#10432"_s}));
    deliveryDelay.components = {
        delayBody, QJsonObject{{u"type"_s, u"BUTTONS"_s},
                               {u"buttons"_s, QJsonArray{quickReply(u"OK, thanks"_s),
                                                         quickReply(u"Cancel order"_s)}}}};

    Template promoSpring;
    promoSpring.id = u"1052841960072637"_s;
    promoSpring.name = u"promo_spring"_s;
    promoSpring.language = u"en_US"_s;
    promoSpring.status = u"REJECTED"_s;
    promoSpring.category = u"MARKETING"_s;
    promoSpring.rejectedReason = u"INVALID_FORMAT"_s;
    QJsonObject promoBody =
        component(u"BODY"_s, u"Spring is here! Get {{1}} off everything until Sunday."_s);
    promoBody.insert(u"example"_s, example({u"20%"_s}));
    promoSpring.components = {
        QJsonObject{
            {u"type"_s, u"HEADER"_s}, {u"format"_s, u"TEXT"_s}, {u"text"_s, u"Spring sale"_s}},
        promoBody,
        QJsonObject{{u"type"_s, u"BUTTONS"_s},
                    {u"buttons"_s,
                     QJsonArray{QJsonObject{{u"type"_s, u"URL"_s},
                                            {u"text"_s, u"Shop now"_s},
                                            {u"url"_s, u"https://shop.example.com/spring"_s}}}}}};

    return {orderUpdate, helloWorld, deliveryDelay, promoSpring};
}

} // namespace opsdesk::whatsapp
