// The outbound pipeline end to end: messages queued through services/outbound (the desktop's and
// the automation API's path) on a real PostgreSQL, sent by the real OutboundWorker (in-process,
// and inside the real `opsdeskd serve`) through the real CloudApiClient to a CloudApiStandIn on
// loopback, status webhooks run through the real SQL processing, templates synced from the
// stand-in, and the /api/v1/conversations/{id}/messages endpoints over loopback HTTP.
//
// Every test function gets a fresh database (jobs left by one must not be sent by another's
// workers). opsdeskd's role is `svc`, a member of opsdesk_service, as in production.

#include "apikeys.h"
#include "apiserver.h"
#include "cloudapistandin.h"
#include "database.h"
#include "ingestserver.h"
#include "jobqueue.h"
#include "messagesapi.h"
#include "outbound.h"
#include "outboundworker.h"
#include "templatesync.h"
#include "whatsappcloudapi.h"

#include "testconnection.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

#include <QCoroTask>

#include <spdlog/spdlog.h>

#include <chrono>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace opsdesk;
using Behaviour = whatsapp::CloudApiStandIn::Behaviour;

namespace {

constexpr auto kToken = "outbound-test-token";
const QString kPhoneId = u"106540352242922"_s;
const QString kWabaId = u"102290129340398"_s;
const QString kServicePassword = u"svc-password-1"_s;

/// A message row as the thread shows it.
struct MessageRow {
    bool exists = false;
    QString status;
    QString wamid;      ///< empty when NULL
    QVariant errorCode; ///< null when NULL
    QString errorTitle;
    bool errorTitleNull = true;
    qint64 statusAtSecs = 0; ///< Unix seconds, 0 when NULL
    QString body;
};

/// The send job of a message.
struct JobRow {
    qint64 id = 0;
    QString status; ///< empty when there is no job
    int attempts = 0;
    int maxAttempts = 0;
    QString lastError;
    bool lastErrorNull = true;
    QString lockedBy;
};

/// One in-process send worker with its own pool and client (as one `opsdeskd serve` has).
struct Sender {
    std::unique_ptr<Database> database;
    std::unique_ptr<whatsapp::CloudApiClient> client;
    std::unique_ptr<OutboundWorker> worker;
    QStringList outcomes; ///< jobFinished outcomes, in order
};

struct Reply {
    int status = 0;
    QByteArray body;
    QJsonObject json;

    [[nodiscard]] QJsonObject data() const { return json.value(u"data"_s).toObject(); }
    [[nodiscard]] QJsonObject error() const { return json.value(u"error"_s).toObject(); }
    [[nodiscard]] QString errorCode() const { return error().value(u"code"_s).toString(); }
    [[nodiscard]] QJsonObject fields() const
    {
        return error().value(u"details"_s).toObject().value(u"fields"_s).toObject();
    }
};

/// The automation API on loopback as `opsdeskd serve` runs it, with two keys.
struct ApiHarness {
    std::unique_ptr<IngestServer> ingest;
    std::unique_ptr<ApiServer> api;
    apikeys::Created sendKey; ///< messages:send
    apikeys::Created readKey; ///< conversations:read
    quint16 port = 0;
};

/// QCoro::waitFor() needs a default-constructible result; Expected has none.
QCoro::Task<std::optional<Expected<int>>> syncOnce(TemplateSync *sync)
{
    auto syncing = sync->syncNow();
    co_return co_await syncing;
}

bool isFinal(const QString &jobStatus)
{
    return jobStatus == u"succeeded" || jobStatus == u"failed" || jobStatus == u"dead";
}

/// An address where nothing listens: connections are refused at once.
QUrl closedPortUrl()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return {};
    }
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port));
}

whatsapp::CloudApiConfig cloudConfig(const QUrl &baseUrl, std::chrono::milliseconds timeout)
{
    whatsapp::CloudApiConfig config;
    config.baseUrl = baseUrl;
    config.version = u"v21.0"_s;
    config.accessToken = kToken;
    config.phoneNumberId = kPhoneId;
    config.businessAccountId = kWabaId;
    config.timeout = timeout;
    return config;
}

/// The requests the stand-in received for @p text (to @p to, when given).
QList<whatsapp::CloudApiStandIn::Received> receivedFor(const whatsapp::CloudApiStandIn &standIn,
                                                       const QString &text, const QString &to = {})
{
    QList<whatsapp::CloudApiStandIn::Received> found;
    for (const auto &request : standIn.received()) {
        if (request.text == text && (to.isEmpty() || request.to == to)) {
            found.append(request);
        }
    }
    return found;
}

qsizetype acceptedCount(const QList<whatsapp::CloudApiStandIn::Received> &requests)
{
    return std::count_if(requests.cbegin(), requests.cend(),
                         [](const auto &request) { return !request.wamid.isEmpty(); });
}

/// A status webhook shaped like tests/fixtures/whatsapp/pywa_status_<status>.json, for
/// @p wamid at @p at (Unix seconds); failed statuses carry @p errorCode / @p errorTitle.
QByteArray statusWebhook(const QString &status, const QString &wamid, qint64 at,
                         const QString &recipient, int errorCode = 0,
                         const QString &errorTitle = {})
{
    QFile file(testsupport::fixturePath(u"whatsapp/pywa_status_%1.json"_s.arg(status)));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray entries = root.value(u"entry"_s).toArray();
    QJsonObject entry = entries.at(0).toObject();
    QJsonArray changes = entry.value(u"changes"_s).toArray();
    QJsonObject change = changes.at(0).toObject();
    QJsonObject value = change.value(u"value"_s).toObject();
    value.insert(u"metadata"_s, QJsonObject{{u"display_phone_number"_s, u"15550783881"_s},
                                            {u"phone_number_id"_s, kPhoneId}});
    QJsonArray statuses = value.value(u"statuses"_s).toArray();
    QJsonObject item = statuses.at(0).toObject();
    item.insert(u"id"_s, wamid);
    item.insert(u"timestamp"_s, QString::number(at));
    item.insert(u"recipient_id"_s, recipient);
    if (errorCode != 0) {
        QJsonArray errors = item.value(u"errors"_s).toArray();
        QJsonObject error = errors.at(0).toObject();
        error.insert(u"code"_s, errorCode);
        error.insert(u"title"_s, errorTitle);
        error.insert(u"message"_s, errorTitle);
        errors.replace(0, error);
        item.insert(u"errors"_s, errors);
    }
    statuses.replace(0, item);
    value.insert(u"statuses"_s, statuses);
    change.insert(u"value"_s, value);
    changes.replace(0, change);
    entry.insert(u"changes"_s, changes);
    entries.replace(0, entry);
    root.insert(u"entry"_s, entries);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

/// A template status webhook shaped like tests/fixtures/whatsapp/pywa_template_status_approved.
QByteArray templateStatusWebhook(const QString &event, qint64 templateId, const QString &name,
                                 const QString &language)
{
    QFile file(testsupport::fixturePath(u"whatsapp/pywa_template_status_approved.json"_s));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray entries = root.value(u"entry"_s).toArray();
    QJsonObject entry = entries.at(0).toObject();
    QJsonArray changes = entry.value(u"changes"_s).toArray();
    QJsonObject change = changes.at(0).toObject();
    QJsonObject value = change.value(u"value"_s).toObject();
    value.insert(u"event"_s, event);
    value.insert(u"message_template_id"_s, templateId); // a number, as in the fixture
    value.insert(u"message_template_name"_s, name);
    value.insert(u"message_template_language"_s, language);
    change.insert(u"value"_s, value);
    changes.replace(0, change);
    entry.insert(u"changes"_s, changes);
    entries.replace(0, entry);
    root.insert(u"entry"_s, entries);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

/// The SQLSTATE @p sql fails with on @p connection, or "accepted".
QString sqlStateOf(testsupport::Connection &connection, const QString &sql,
                   const QVariantList &args = {})
{
    try {
        connection.exec(sql, args);
    } catch (const DatabaseError &error) {
        return error.sqlState();
    }
    return u"accepted"_s;
}

} // namespace

class TestOutbound : public QObject
{
    Q_OBJECT

private:
    bool m_serviceRoleMade = false;
    DatabaseConfig m_owner;
    DatabaseConfig m_service;
    std::unique_ptr<testsupport::Connection> m_check; ///< schema owner: set-up and checks
    std::unique_ptr<testsupport::Connection> m_svc;   ///< opsdeskd's role, for direct calls
    std::unique_ptr<Database> m_serviceDb;            ///< opsdeskd's pool (servers, sync)
    QNetworkAccessManager m_network;

    // --- set-up ---------------------------------------------------------------------------

    /// A customer and their conversation; the customer last wrote @p sinceInbound ago (a
    /// PostgreSQL interval; empty: never).
    QString makeConversation(const QString &waId, const QString &sinceInbound)
    {
        return m_check
            ->value(uR"(
WITH c AS (INSERT INTO opsdesk.contacts (wa_id, profile_name) VALUES (?, ?) RETURNING id)
INSERT INTO opsdesk.conversations (contact_id, business_phone_id, business_display_phone,
                                   last_inbound_at)
SELECT id, ?, '15550783881', now() - ?::interval FROM c
RETURNING id)"_s,
                    {waId, QString(u"Customer "_s + waId), kPhoneId,
                     sinceInbound.isEmpty() ? QVariant() : QVariant(sinceInbound)})
            .toString();
    }

    void setLastInbound(const QString &conversationId, const QString &ago)
    {
        m_check->exec(u"UPDATE opsdesk.conversations SET last_inbound_at = now() - ?::interval"
                      u" WHERE id = ?::uuid"_s,
                      {ago, conversationId});
    }

    void insertTemplate(const QString &name, const QString &status, const QJsonArray &components)
    {
        m_check->exec(
            u"INSERT INTO opsdesk.message_templates (name, language, category, status,"
            u" components) VALUES (?, 'en_US', 'UTILITY', ?, ?::jsonb)"_s,
            {name, status,
             QString::fromUtf8(QJsonDocument(components).toJson(QJsonDocument::Compact))});
    }

    QString personId(const QString &dbRole)
    {
        return m_check->value(u"SELECT id FROM opsdesk.admin_users WHERE db_role = ?"_s, {dbRole})
            .toString();
    }

    /// Queues a text through outbound::queue on @p db; an empty id (and a failed test) when
    /// it is refused.
    static QString queueText(const QSqlDatabase &db, const QString &conversationId,
                             const QString &text, const QString &authorId = {})
    {
        outbound::Draft draft;
        draft.conversationId = conversationId;
        draft.kind = outbound::Draft::Kind::Text;
        draft.text = text;
        draft.authorId = authorId;
        const auto queued = outbound::queue(db, draft);
        if (!queued.message) {
            QTest::qFail(
                qPrintable(u"queueing \"%1\" was refused: %2"_s.arg(text.left(40), queued.error)),
                __FILE__, __LINE__);
            return {};
        }
        return queued.message->id;
    }

    // --- reading back ---------------------------------------------------------------------

    MessageRow message(const QString &id)
    {
        MessageRow row;
        const auto rows = m_check->rows(u"SELECT status, wa_message_id, error_code, error_title,"
                                        u" coalesce(extract(epoch FROM status_at)::bigint, 0), body"
                                        u" FROM opsdesk.messages WHERE id = ?::uuid"_s,
                                        {id});
        if (rows.isEmpty()) {
            return row;
        }
        const QVariantList &r = rows.first();
        row.exists = true;
        row.status = r[0].toString();
        row.wamid = r[1].toString();
        row.errorCode = r[2].isNull() ? QVariant() : QVariant(r[2].toInt());
        row.errorTitle = r[3].toString();
        row.errorTitleNull = r[3].isNull();
        row.statusAtSecs = r[4].toLongLong();
        row.body = r[5].toString();
        return row;
    }

    JobRow jobFor(const QString &messageId)
    {
        JobRow row;
        const auto rows = m_check->rows(
            u"SELECT id, status, attempts, max_attempts, last_error, coalesce(locked_by, '')"
            u" FROM opsdesk.jobs WHERE queue = 'whatsapp.send' AND payload->>'message_id' = ?"_s,
            {messageId});
        if (rows.isEmpty()) {
            return row;
        }
        const QVariantList &r = rows.first();
        row.id = r[0].toLongLong();
        row.status = r[1].toString();
        row.attempts = r[2].toInt();
        row.maxAttempts = r[3].toInt();
        row.lastError = r[4].toString();
        row.lastErrorNull = r[4].isNull();
        row.lockedBy = r[5].toString();
        return row;
    }

    qint64 count(const QString &sql, const QVariantList &args = {})
    {
        return m_check->value(sql, args).toLongLong();
    }

    /// Outbound messages to be sent that are neither sent (or further), failed, nor waiting
    /// with a dead job an admin can see: lost. Described, one per line.
    QString lostMessages()
    {
        QStringList lost;
        for (const auto &row : m_check->rows(uR"(
SELECT m.id, m.status, coalesce(j.status, 'no job')
  FROM opsdesk.messages m
  LEFT JOIN opsdesk.jobs j ON j.queue = 'whatsapp.send' AND j.payload->>'message_id' = m.id::text
 WHERE m.direction = 'outbound' AND m.kind <> 'note'
   AND NOT (m.status IN ('sent', 'delivered', 'read', 'failed')
            OR (m.status = 'queued' AND j.status = 'dead')))"_s)) {
            lost << u"%1: message %2, job %3"_s.arg(row[0].toString(), row[1].toString(),
                                                    row[2].toString());
        }
        return lost.join(u'\n');
    }

    // --- workers --------------------------------------------------------------------------

    std::unique_ptr<Sender> startSender(const QUrl &cloudApi, const QString &name,
                                        int concurrency = 2,
                                        std::chrono::milliseconds timeout = 300ms,
                                        int leaseSeconds = 15)
    {
        auto sender = std::make_unique<Sender>();
        sender->database = std::make_unique<Database>(m_service, concurrency + 1);
        sender->client = std::make_unique<whatsapp::CloudApiClient>(cloudConfig(cloudApi, timeout));
        OutboundWorker::Options options;
        options.concurrency = concurrency;
        options.leaseSeconds = leaseSeconds;
        options.pollInterval = 50ms;
        options.baseDelay = 20ms;
        options.maxDelay = 100ms;
        options.workerName = name;
        sender->worker =
            std::make_unique<OutboundWorker>(*sender->database, *sender->client, options);
        Sender *raw = sender.get();
        connect(sender->worker.get(), &OutboundWorker::jobFinished, sender->worker.get(),
                [raw](qint64, const QString &outcome) { raw->outcomes << outcome; });
        sender->worker->start(nullptr);
        return sender;
    }

    static void stopSender(Sender &sender)
    {
        sender.worker->stop();
        QTRY_COMPARE_WITH_TIMEOUT(sender.worker->inFlight(), 0, 10000);
    }

    // --- webhooks -------------------------------------------------------------------------

    /// Stores @p bodies as signed webhook events (as ingest does) and runs the real processing
    /// as opsdeskd; every event must come out processed.
    void processWebhooks(const QList<QByteArray> &bodies, const QString &field = u"messages"_s)
    {
        for (const QByteArray &body : bodies) {
            QVERIFY2(!body.isEmpty(), "a fixture could not be read");
            const QString text = QString::fromUtf8(body);
            m_svc->exec(u"INSERT INTO opsdesk.whatsapp_webhook_events"
                        u" (signature_valid, object, field, payload, raw_body)"
                        u" VALUES (true, 'whatsapp_business_account', ?, ?::jsonb,"
                        u" convert_to(?, 'UTF8'))"_s,
                        {field, text, text});
        }
        m_svc->exec(u"SELECT opsdesk.process_pending_webhook_events()"_s);
        const QVariant problems = m_check->value(
            u"SELECT string_agg(id || ' ' || processing || ': ' || coalesce(error, ''), '; ')"
            u" FROM opsdesk.whatsapp_webhook_events WHERE processing <> 'processed'"_s);
        QVERIFY2(problems.isNull(), qPrintable(problems.toString()));
    }

    // --- HTTP -----------------------------------------------------------------------------

    Reply request(const QByteArray &verb, quint16 port, const QString &path,
                  const QByteArray &token, const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)));
        request.setRawHeader("Authorization", "Bearer " + token);
        if (!body.isEmpty()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        }
        request.setTransferTimeout(20000);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(20000)) {
            qWarning("request timed out");
        }
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        reply->deleteLater();
        return result;
    }

    /// IngestServer + ApiServer + the message endpoints as opsdeskd, keys made by admin
    /// @p adminRole; null (and a failed test) when it cannot listen.
    std::unique_ptr<ApiHarness> startApi(const QString &adminRole)
    {
        auto harness = std::make_unique<ApiHarness>();
        const auto adminConfig = testsupport::createPerson(m_owner, adminRole, u"admin"_s);
        {
            testsupport::Connection admin(adminConfig);
            harness->sendKey =
                apikeys::create(admin.db(), u"Shop notifications"_s, {u"messages:send"_s});
            harness->readKey =
                apikeys::create(admin.db(), u"CRM sync"_s, {u"conversations:read"_s});
        }
        harness->ingest = std::make_unique<IngestServer>(
            *m_serviceDb, IngestServer::Options{"app-secret", "verify", 3 * 1024 * 1024});
        ApiServer::Options options;
        options.perKey = {1000, 1000.0};
        options.perAddress = {1000, 1000.0};
        harness->api = std::make_unique<ApiServer>(*m_serviceDb, options);
        addMessageEndpoints(*harness->api);
        harness->api->attachTo(harness->ingest->http());
        const auto listening = harness->ingest->listen(QHostAddress::LocalHost, 0);
        if (!listening) {
            QTest::qFail(qPrintable(listening.error()), __FILE__, __LINE__);
            return nullptr;
        }
        harness->port = listening.value();
        return harness;
    }

    // --- opsdeskd serve -------------------------------------------------------------------

    void startServe(QProcess &process, const QUrl &cloudApi)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"OPSDESK_DATABASE_URL"_s, m_service.toUrl(true));
        env.insert(u"WHATSAPP_APP_SECRET"_s, u"outbound-test-app-secret"_s);
        env.insert(u"WHATSAPP_VERIFY_TOKEN"_s, u"outbound-test-verify"_s);
        env.insert(u"WHATSAPP_API_BASE_URL"_s, cloudApi.toString());
        env.insert(u"WHATSAPP_API_VERSION"_s, u"v21.0"_s);
        env.insert(u"WHATSAPP_ACCESS_TOKEN"_s, QString::fromLatin1(kToken));
        env.insert(u"WHATSAPP_PHONE_NUMBER_ID"_s, kPhoneId);
        env.insert(u"WHATSAPP_BUSINESS_ACCOUNT_ID"_s, kWabaId);
        env.insert(u"OPSDESK_SEND_CONCURRENCY"_s, u"2"_s);
        env.insert(u"OPSDESK_JOB_LEASE_SECONDS"_s, u"26"_s);
        env.insert(u"OPSDESK_LOG_LEVEL"_s, u"warn"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(OPSDESKD), {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s});
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Service logs at warn (area loggers take the global level); qInfo stays with QTest.
        spdlog::set_level(spdlog::level::warn);
    }

    void init()
    {
        const QString function = QString::fromLatin1(QTest::currentTestFunction());
        m_owner = testsupport::freshDatabase(u"outbound_"_s + function);
        if (!m_serviceRoleMade) {
            testsupport::execAsSuperuser(m_owner,
                                         u"CREATE ROLE svc LOGIN PASSWORD '%1'"
                                         u" IN ROLE opsdesk_service"_s.arg(kServicePassword));
            m_serviceRoleMade = true;
        }
        m_service = m_owner;
        m_service.user = u"svc"_s;
        m_service.password = kServicePassword;
        m_check = std::make_unique<testsupport::Connection>(m_owner);
        m_svc = std::make_unique<testsupport::Connection>(m_service);
        m_serviceDb = std::make_unique<Database>(m_service, 2);
    }

    void cleanup()
    {
        m_serviceDb.reset();
        m_svc.reset();
        m_check.reset();
    }

    // 1. ----------------------------------------------------------------------------------

    void cloudApiOutcomes_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("messageStatus");
        QTest::addColumn<bool>("sent");          // the message carries the accepted wamid
        QTest::addColumn<int>("errorCode");      // 0: NULL
        QTest::addColumn<QString>("errorTitle"); // empty: NULL
        QTest::addColumn<QString>("jobStatus");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<QString>("lastError"); // empty: NULL
        QTest::addColumn<int>("requests");      // reaching the stand-in

        const QString reEngagement =
            u"131047 Re-engagement message: Message failed to send because more than 24 hours "
            "have passed since the customer last replied to this number."_s;
        const QString undeliverable =
            u"131026 Message undeliverable: Unable to deliver message. The recipient may not be "
            "a WhatsApp user or may use an old WhatsApp version."_s;
        const QString serverError =
            u"131000 Something went wrong: Message failed to send due to an unknown error."_s;

        QTest::newRow("accepted") << u"accept"_s << u"sent"_s << true << 0 << QString()
                                  << u"succeeded"_s << 1 << QString() << 1;
        QTest::newRow("400 131047 re-engagement")
            << u"reengagement"_s << u"failed"_s << false << 131047 << u"Re-engagement message"_s
            << u"failed"_s << 1 << reEngagement << 1;
        QTest::newRow("400 131026 undeliverable")
            << u"undeliverable"_s << u"failed"_s << false << 131026 << u"Message undeliverable"_s
            << u"failed"_s << 1 << undeliverable << 1;
        QTest::newRow("429 then accepted") << u"ratelimited"_s << u"sent"_s << true << 0
                                           << QString() << u"succeeded"_s << 2 << QString() << 2;
        QTest::newRow("500 until dead") << u"servererror"_s << u"queued"_s << false << 131000
                                        << QString(u"Not sent after 3 attempts: "_s + serverError)
                                        << u"dead"_s << 3 << serverError << 3;
        QTest::newRow("slower than the timeout, then accepted")
            << u"slow"_s << u"sent"_s << true << 0 << QString() << u"succeeded"_s << 2 << QString()
            << 2;
        QTest::newRow("no answer until dead")
            << u"hang"_s << u"queued"_s << false << 0
            << u"Not sent after 3 attempts: Timed out after 0.3 s"_s << u"dead"_s << 3
            << u"Timed out after 0.3 s"_s << 3;
        QTest::newRow("connection refused until dead")
            << u"refused"_s << u"queued"_s << false << 0
            << u"Not sent after 3 attempts: Connection refused"_s << u"dead"_s << 3
            << u"Connection refused"_s << 0;
    }

    void cloudApiOutcomes()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, messageStatus);
        QFETCH(bool, sent);
        QFETCH(int, errorCode);
        QFETCH(QString, errorTitle);
        QFETCH(QString, jobStatus);
        QFETCH(int, attempts);
        QFETCH(QString, lastError);
        QFETCH(int, requests);

        whatsapp::CloudApiStandIn standIn({kToken});
        QVERIFY(standIn.listen().ok());
        QUrl cloudApi = standIn.baseUrl();
        bool threeAttempts = false;
        if (scenario == u"reengagement") {
            standIn.enqueueBehaviour(Behaviour::reEngagementRequired());
        } else if (scenario == u"undeliverable") {
            standIn.enqueueBehaviour(Behaviour::undeliverable());
        } else if (scenario == u"ratelimited") {
            standIn.enqueueBehaviour(Behaviour::rateLimited(1)); // Retry-After: 1
        } else if (scenario == u"servererror") {
            standIn.setDefaultBehaviour(Behaviour::serverError());
            threeAttempts = true;
        } else if (scenario == u"slow") {
            standIn.enqueueBehaviour(Behaviour::delayed(1000ms)); // client gives up at 300 ms
        } else if (scenario == u"hang") {
            standIn.setDefaultBehaviour(Behaviour::hang());
            threeAttempts = true;
        } else if (scenario == u"refused") {
            cloudApi = closedPortUrl();
            QVERIFY(cloudApi.isValid());
            threeAttempts = true;
        }

        const QString waId = u"4915112340001"_s;
        const QString conversation = makeConversation(waId, u"1 hour"_s);
        const QString text = u"Your order #1042 (%1) is on its way"_s.arg(scenario);
        const QString id = queueText(m_svc->db(), conversation, text);
        QVERIFY(!id.isEmpty());
        if (threeAttempts) {
            m_check->exec(u"UPDATE opsdesk.jobs SET max_attempts = 3"
                          u" WHERE payload->>'message_id' = ?"_s,
                          {id});
        }

        QElapsedTimer clock;
        clock.start();
        auto sender = startSender(cloudApi, u"outcomes-"_s + scenario);
        QTRY_VERIFY2_WITH_TIMEOUT(isFinal(jobFor(id).status),
                                  qPrintable(u"job still %1"_s.arg(jobFor(id).status)), 15000);
        stopSender(*sender);
        qInfo("%s: job %s after %lld ms", qPrintable(scenario), qPrintable(jobFor(id).status),
              clock.elapsed());

        auto forText = receivedFor(standIn, text, waId);
        if (scenario == u"slow" && !forText.isEmpty()) {
            // Let the stand-in's late answer to the abandoned request come due first.
            const qint64 since = forText.first().at.msecsTo(QDateTime::currentDateTimeUtc());
            QTest::qWait(int(std::max<qint64>(0, 1400 - since)));
            forText = receivedFor(standIn, text, waId);
        }

        const MessageRow row = message(id);
        QCOMPARE(row.status, messageStatus);
        QCOMPARE(row.errorCode, errorCode == 0 ? QVariant() : QVariant(errorCode));
        QCOMPARE(row.errorTitleNull, errorTitle.isEmpty());

        const JobRow job = jobFor(id);
        QCOMPARE(job.status, jobStatus);
        QCOMPARE(job.attempts, attempts);
        QCOMPARE(job.lastErrorNull, lastError.isEmpty());
        QVERIFY(job.lockedBy.isEmpty());

        // What reached WhatsApp: every attempt, and at most one of them accepted.
        QCOMPARE(forText.size(), requests);
        QCOMPARE(standIn.received().size(), requests); // nothing else was sent
        QVERIFY(acceptedCount(forText) <= 1);
        QCOMPARE(acceptedCount(forText), sent ? 1 : 0);
        if (sent) {
            QVERIFY(!row.wamid.isEmpty());
            QCOMPARE(row.wamid, forText.last().wamid);
            QVERIFY(row.statusAtSecs > 0);
        } else {
            QVERIFY2(row.wamid.isEmpty(), qPrintable(row.wamid));
        }
        if (scenario == u"ratelimited") {
            // Retry-After: 1 was honoured (the backoff alone would retry within 100 ms).
            const qint64 gap = forText[0].at.msecsTo(forText[1].at);
            QVERIFY2(gap >= 990, qPrintable(u"retried after %1 ms"_s.arg(gap)));
        }
        if (scenario == u"slow") {
            QCOMPARE(forText.first().httpStatus, 0); // the client was gone: never accepted
        }

        // Nothing lost: sent, failed, or waiting with a dead job an admin can retry.
        const QString lost = lostMessages();
        QVERIFY2(lost.isEmpty(), qPrintable(lost));

        // Last, the words the agent (on the message) and the admin (Outbound page) read.
        QCOMPARE(row.errorTitle, errorTitle);
        QCOMPARE(job.lastError, lastError);
    }

    // 2. ----------------------------------------------------------------------------------

    void severalWorkersSendEachMessageOnce()
    {
        constexpr int kMessages = 300;
        whatsapp::CloudApiStandIn standIn({kToken});
        QVERIFY(standIn.listen().ok());

        QStringList conversations;
        for (int i = 0; i < 10; ++i) {
            conversations << makeConversation(u"447700900%1"_s.arg(i, 3, 10, QChar(u'0')),
                                              u"2 hours"_s);
        }
        // One statement, as a bulk notification would be: 300 messages, 300 jobs.
        m_svc->exec(uR"(
INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, status)
SELECT (?::uuid[])[1 + g % 10], 'outbound', 'text', 'Bulk notice ' || g, 'queued'
  FROM generate_series(1, ?) g)"_s,
                    {uuidArrayLiteral(conversations), kMessages});
        QCOMPARE(count(u"SELECT count(*) FROM opsdesk.jobs WHERE status = 'queued'"_s),
                 qint64(kMessages));

        QElapsedTimer clock;
        clock.start();
        std::vector<std::unique_ptr<Sender>> senders;
        for (const auto &name : {u"worker-a"_s, u"worker-b"_s, u"worker-c"_s}) {
            senders.push_back(startSender(standIn.baseUrl(), name, 4, 10s, 60));
        }
        QTRY_COMPARE_WITH_TIMEOUT(
            count(u"SELECT count(*) FROM opsdesk.jobs WHERE status = 'succeeded'"_s),
            qint64(kMessages), 60000);
        const qint64 elapsed = clock.elapsed();
        for (auto &sender : senders) {
            stopSender(*sender);
        }
        qInfo("3 workers x 4 sent %d messages in %lld ms", kMessages, elapsed);

        // WhatsApp received each message exactly once, and accepted each.
        const auto received = standIn.received();
        QCOMPARE(received.size(), kMessages);
        QHash<QString, whatsapp::CloudApiStandIn::Received> byText;
        for (const auto &request : received) {
            QCOMPARE(request.httpStatus, 200);
            QVERIFY(!request.wamid.isEmpty());
            QVERIFY2(!byText.contains(request.text), qPrintable(request.text + u" twice"_s));
            byText.insert(request.text, request);
        }
        for (int g = 1; g <= kMessages; ++g) {
            QVERIFY(byText.contains(u"Bulk notice %1"_s.arg(g)));
        }

        // Each message is sent, with the wamid of its one request, to its own customer.
        const auto rows = m_check->rows(uR"(
SELECT m.body, m.status, coalesce(m.wa_message_id, ''), k.wa_id
  FROM opsdesk.messages m
  JOIN opsdesk.conversations c ON c.id = m.conversation_id
  JOIN opsdesk.contacts k ON k.id = c.contact_id)"_s);
        QCOMPARE(rows.size(), kMessages);
        for (const auto &row : rows) {
            const auto request = byText.value(row[0].toString());
            QCOMPARE(row[1].toString(), u"sent"_s);
            QCOMPARE(row[2].toString(), request.wamid);
            QCOMPARE(row[3].toString(), request.to);
        }
        QCOMPARE(count(u"SELECT count(*) FROM opsdesk.jobs WHERE status = 'succeeded'"
                       u" AND attempts = 1 AND last_error IS NULL AND locked_by IS NULL"_s),
                 qint64(kMessages));

        // The queue was shared, not drained by one worker.
        int total = 0;
        for (const auto &sender : senders) {
            QVERIFY2(!sender->outcomes.isEmpty(),
                     qPrintable(sender->worker->workerName() + u" sent nothing"_s));
            QCOMPARE(sender->outcomes.count(u"sent"_s), sender->outcomes.size());
            total += int(sender->outcomes.size());
            qInfo("  %s: %lld", qPrintable(sender->worker->workerName()),
                  qint64(sender->outcomes.size()));
        }
        QCOMPARE(total, kMessages);
    }

    // 3. ----------------------------------------------------------------------------------

    void killedWorkerRecoversAfterTheLease()
    {
        whatsapp::CloudApiStandIn standIn({kToken});
        QVERIFY(standIn.listen().ok());
        // Everything hangs, the first message request included (template sync also asks).
        standIn.setDefaultBehaviour(Behaviour::hang());

        const QString waId = u"4915212340003"_s;
        const QString conversation = makeConversation(waId, u"10 minutes"_s);
        const QString text = u"Your parcel is waiting at the pick-up point"_s;
        const QString id = queueText(m_svc->db(), conversation, text);
        QVERIFY(!id.isEmpty());

        QProcess first;
        startServe(first, standIn.baseUrl());
        QTRY_VERIFY2_WITH_TIMEOUT(receivedFor(standIn, text).size() == 1,
                                  qPrintable(QString::fromUtf8(first.readAllStandardError())),
                                  20000);
        const JobRow claimed = jobFor(id);
        QCOMPARE(claimed.status, u"running"_s);
        QCOMPARE(claimed.attempts, 1);

        first.kill(); // SIGKILL while the send call is in flight
        QVERIFY(first.waitForFinished(10000));
        QElapsedTimer recovery;
        recovery.start();
        QCOMPARE(jobFor(id).status, u"running"_s); // nobody finished it
        QCOMPARE(message(id).status, u"queued"_s);

        standIn.setDefaultBehaviour(Behaviour::accept());
        QProcess second;
        startServe(second, standIn.baseUrl());
        QTRY_VERIFY2_WITH_TIMEOUT(
            jobFor(id).status == u"succeeded"_s,
            qPrintable(u"job %1; serve said: %2"_s.arg(
                jobFor(id).status, QString::fromUtf8(second.readAllStandardError()))),
            40000);
        const qint64 recovered = recovery.elapsed();
        qInfo("killed worker's job sent again and recorded %lld ms after the kill (lease 26 s)",
              recovered);

        const JobRow job = jobFor(id);
        QCOMPARE(job.attempts, 2);
        QVERIFY2(job.lastErrorNull, qPrintable(job.lastError)); // finish_send_job clears it
        QVERIFY(job.lockedBy.isEmpty());

        const auto requests = receivedFor(standIn, text, waId);
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].httpStatus, 0); // never answered
        QVERIFY(requests[0].wamid.isEmpty());
        QCOMPARE(requests[1].httpStatus, 200);
        QCOMPARE(acceptedCount(requests), 1);
        // The second send waited for the lease: no other worker took a job still leased.
        const qint64 gap = requests[0].at.msecsTo(requests[1].at);
        QVERIFY2(gap >= 20000, qPrintable(u"sent again after %1 ms"_s.arg(gap)));

        const MessageRow row = message(id);
        QCOMPARE(row.status, u"sent"_s);
        QCOMPARE(row.wamid, requests[1].wamid);
        QVERIFY(row.errorTitleNull);

        second.terminate();
        QVERIFY(second.waitForFinished(15000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
    }

    // 4. ----------------------------------------------------------------------------------

    void windowBoundaries()
    {
        const auto supportConfig =
            testsupport::createPerson(m_owner, u"sue.window"_s, u"support"_s);
        testsupport::Connection support(supportConfig);
        const QString sue = personId(u"sue.window"_s);
        QVERIFY(!sue.isEmpty());
        const QString conversation = makeConversation(u"4915312340004"_s, u"23:59:59"_s);
        const auto messages = [&] {
            return count(u"SELECT count(*) FROM opsdesk.messages WHERE conversation_id = ?::uuid"_s,
                         {conversation});
        };
        const auto jobsCount = [&] { return count(u"SELECT count(*) FROM opsdesk.jobs"_s); };

        outbound::Draft text;
        text.conversationId = conversation;
        text.kind = outbound::Draft::Kind::Text;
        text.text = u"We can still help you today"_s;
        text.authorId = sue;

        // One second before the window closes: free text goes.
        auto queued = outbound::queue(support.db(), text);
        QVERIFY2(queued.message, qPrintable(queued.error));
        QCOMPARE(queued.refusal, outbound::Refusal::None);
        QCOMPARE(queued.message->status, u"queued"_s);
        QCOMPARE(queued.message->authorName, u"sue.window"_s);
        QCOMPARE(jobFor(queued.message->id).status, u"queued"_s);

        // One second after: refused, in words that name the window; nothing stored.
        setLastInbound(conversation, u"24:00:01"_s);
        const qint64 messagesBefore = messages();
        const qint64 jobsBefore = jobsCount();
        text.text = u"Are you still there?"_s;
        queued = outbound::queue(support.db(), text);
        QCOMPARE(queued.refusal, outbound::Refusal::WindowClosed);
        QVERIFY(!queued.message);
        QVERIFY2(queued.error.contains(u"customer service window"_s), qPrintable(queued.error));
        QVERIFY2(queued.error.contains(u"template"_s), qPrintable(queued.error));
        QCOMPARE(messages(), messagesBefore);
        QCOMPARE(jobsCount(), jobsBefore);
        QCOMPARE(count(u"SELECT count(*) FROM opsdesk.messages WHERE body = ?"_s, {text.text}), 0);

        // An approved template still goes when the window is closed, as the customer reads it.
        insertTemplate(
            u"appointment_reminder"_s, u"APPROVED"_s,
            {QJsonObject{
                 {u"type"_s, u"HEADER"_s}, {u"format"_s, u"TEXT"_s}, {u"text"_s, u"Reminder"_s}},
             QJsonObject{{u"type"_s, u"BODY"_s}, {u"text"_s, u"Hi {{1}}, see you on {{2}}."_s}},
             QJsonObject{{u"type"_s, u"FOOTER"_s}, {u"text"_s, u"Reply STOP to opt out"_s}}});
        insertTemplate(u"spring_offer"_s, u"REJECTED"_s,
                       {QJsonObject{{u"type"_s, u"BODY"_s}, {u"text"_s, u"Get {{1}} off"_s}}});
        outbound::Draft reminder;
        reminder.conversationId = conversation;
        reminder.kind = outbound::Draft::Kind::Template;
        reminder.templateName = u"appointment_reminder"_s;
        reminder.templateLanguage = u"en_US"_s;
        reminder.parameters = {u"Ann"_s, u"Monday at 10:30"_s};
        reminder.authorId = sue;
        queued = outbound::queue(support.db(), reminder);
        QVERIFY2(queued.message, qPrintable(queued.error));
        QCOMPARE(queued.message->status, u"queued"_s);
        QCOMPARE(queued.message->kind, u"template"_s);
        QCOMPARE(queued.message->templateName, u"appointment_reminder"_s);
        QCOMPARE(queued.message->body,
                 u"Reminder\n\nHi Ann, see you on Monday at 10:30.\n\nReply STOP to opt out"_s);
        QCOMPARE(jobFor(queued.message->id).status, u"queued"_s);

        // Templates that do not fit are refused, and nothing is stored.
        const qint64 messagesBeforeTemplates = messages();
        const qint64 jobsBeforeTemplates = jobsCount();
        reminder.parameters = {u"Ann"_s};
        queued = outbound::queue(support.db(), reminder);
        QCOMPARE(queued.refusal, outbound::Refusal::TemplateInvalid);
        QVERIFY2(queued.error.contains(u"2 parameter"_s), qPrintable(queued.error));
        reminder.parameters = {u"Ann"_s, u"Monday"_s, u"extra"_s};
        QCOMPARE(outbound::queue(support.db(), reminder).refusal,
                 outbound::Refusal::TemplateInvalid);
        outbound::Draft rejected = reminder;
        rejected.templateName = u"spring_offer"_s;
        rejected.parameters = {u"20%"_s};
        queued = outbound::queue(support.db(), rejected);
        QCOMPARE(queued.refusal, outbound::Refusal::TemplateInvalid);
        QVERIFY2(queued.error.contains(u"REJECTED"_s), qPrintable(queued.error));
        rejected.templateName = u"no_such_template"_s;
        QCOMPARE(outbound::queue(support.db(), rejected).refusal,
                 outbound::Refusal::TemplateInvalid);
        QCOMPARE(messages(), messagesBeforeTemplates);
        QCOMPARE(jobsCount(), jobsBeforeTemplates);

        // Length and emptiness, with the window open so that they are what refuses.
        setLastInbound(conversation, u"1 hour"_s);
        const qint64 messagesBeforeLength = messages();
        const qint64 jobsBeforeLength = jobsCount();
        text.text = QString(4097, u'x');
        queued = outbound::queue(support.db(), text);
        QCOMPARE(queued.refusal, outbound::Refusal::Invalid);
        QVERIFY2(queued.error.contains(u"4096"_s), qPrintable(queued.error));
        for (const QString &empty : {QString(), u"   \n\t "_s}) {
            text.text = empty;
            queued = outbound::queue(support.db(), text);
            QCOMPARE(queued.refusal, outbound::Refusal::Invalid);
            QVERIFY(!queued.error.isEmpty());
        }
        QCOMPARE(messages(), messagesBeforeLength);
        QCOMPARE(jobsCount(), jobsBeforeLength);
        text.text = QString(4096, u'x'); // the limit itself is allowed
        queued = outbound::queue(support.db(), text);
        QVERIFY2(queued.message, qPrintable(queued.error));
        QCOMPARE(queued.message->body.size(), 4096);

        // A private note is stored even with the window closed, and never sent.
        setLastInbound(conversation, u"3 days"_s);
        outbound::Draft note;
        note.conversationId = conversation;
        note.kind = outbound::Draft::Kind::Note;
        note.text = u"Customer prefers a call back"_s;
        note.authorId = sue;
        const qint64 jobsBeforeNote = jobsCount();
        queued = outbound::queue(support.db(), note);
        QVERIFY2(queued.message, qPrintable(queued.error));
        QCOMPARE(queued.message->kind, u"note"_s);
        QVERIFY(queued.message->status.isEmpty());
        QCOMPARE(jobFor(queued.message->id).status, QString()); // no job
        QCOMPARE(jobsCount(), jobsBeforeNote);

        // Every job belongs to one of the three queued messages.
        QCOMPARE(jobsCount(), 3);
    }

    // 5. ----------------------------------------------------------------------------------

    void statusesBeforeDuplicatedAndOutOfOrder()
    {
        const QString waId = u"4915712340005"_s;
        const QString conversation = makeConversation(waId, u"1 hour"_s);
        const QString booked = queueText(m_svc->db(), conversation, u"Table booked for 8 pm"_s);
        const QString parcel = queueText(m_svc->db(), conversation, u"Parcel on its way"_s);
        const QString refund = queueText(m_svc->db(), conversation, u"Refund issued"_s);
        QVERIFY(!booked.isEmpty() && !parcel.isEmpty() && !refund.isEmpty());

        const auto claimed =
            jobs::claim(m_svc->db(), QString::fromLatin1(jobs::kSendQueue), u"w"_s, 10, 60);
        QCOMPARE(claimed.size(), 3);
        const qint64 bookedJob = jobFor(booked).id;
        const qint64 parcelJob = jobFor(parcel).id;
        const qint64 refundJob = jobFor(refund).id;
        QCOMPARE(jobFor(booked).status, u"running"_s);

        const qint64 t0 = QDateTime::currentSecsSinceEpoch() - 600;
        const QString wamidBooked = u"wamid.HBgNNDkxNTcxMjM0MDAwNRUCABEYEkJPT0tFRDAwMDAwMDAwMDAA"_s;
        const QString wamidParcel = u"wamid.HBgNNDkxNTcxMjM0MDAwNRUCABEYElBBUkNFTDAwMDAwMDAwMDAA"_s;
        const QString wamidRefund = u"wamid.HBgNNDkxNTcxMjM0MDAwNRUCABEYElJFRlVORDAwMDAwMDAwMDAA"_s;

        // Delivered and read arrive before the send call has returned the wamid.
        processWebhooks({statusWebhook(u"delivered"_s, wamidBooked, t0 + 2, waId),
                         statusWebhook(u"read"_s, wamidBooked, t0 + 3, waId)});
        QCOMPARE(message(booked).status, u"queued"_s);
        QVERIFY(message(booked).wamid.isEmpty());

        // Someone else's lease cannot record it.
        QVERIFY(!jobs::finishSend(m_svc->db(), bookedJob, u"not-w"_s, wamidBooked));
        QCOMPARE(message(booked).status, u"queued"_s);

        QVERIFY(jobs::finishSend(m_svc->db(), bookedJob, u"w"_s, wamidBooked));
        MessageRow row = message(booked);
        QCOMPARE(row.status, u"read"_s);
        QCOMPARE(row.wamid, wamidBooked);
        QCOMPARE(row.statusAtSecs, t0 + 3);
        QCOMPARE(row.errorCode, QVariant());
        QCOMPARE(jobFor(booked).status, u"succeeded"_s);

        // Duplicates (one re-timestamped) and a late "sent" change nothing.
        processWebhooks({statusWebhook(u"read"_s, wamidBooked, t0 + 3, waId),
                         statusWebhook(u"delivered"_s, wamidBooked, t0 + 2, waId),
                         statusWebhook(u"sent"_s, wamidBooked, t0 + 1, waId),
                         statusWebhook(u"read"_s, wamidBooked, t0 + 50, waId),
                         statusWebhook(u"delivered"_s, wamidBooked, t0 + 60, waId)});
        row = message(booked);
        QCOMPARE(row.status, u"read"_s);
        QCOMPARE(row.statusAtSecs, t0 + 3);

        // Failed after delivered: failed, with WhatsApp's code and title; later statuses keep it.
        QVERIFY(jobs::finishSend(m_svc->db(), parcelJob, u"w"_s, wamidParcel));
        QCOMPARE(message(parcel).status, u"sent"_s);
        processWebhooks({statusWebhook(u"delivered"_s, wamidParcel, t0 + 5, waId)});
        QCOMPARE(message(parcel).status, u"delivered"_s);
        processWebhooks({statusWebhook(u"failed"_s, wamidParcel, t0 + 6, waId, 131026,
                                       u"Message undeliverable"_s)});
        row = message(parcel);
        QCOMPARE(row.status, u"failed"_s);
        QCOMPARE(row.errorCode, QVariant(131026));
        QCOMPARE(row.errorTitle, u"Message undeliverable"_s);
        QCOMPARE(row.statusAtSecs, t0 + 6);
        processWebhooks({statusWebhook(u"read"_s, wamidParcel, t0 + 7, waId),
                         statusWebhook(u"delivered"_s, wamidParcel, t0 + 5, waId),
                         statusWebhook(u"sent"_s, wamidParcel, t0 + 4, waId)});
        row = message(parcel);
        QCOMPARE(row.status, u"failed"_s);
        QCOMPARE(row.errorCode, QVariant(131026));
        QCOMPARE(row.errorTitle, u"Message undeliverable"_s);
        QCOMPARE(row.statusAtSecs, t0 + 6);

        // Failed before the send call returned: recorded as failed, code and title included.
        processWebhooks({statusWebhook(u"failed"_s, wamidRefund, t0 + 8, waId, 131026,
                                       u"Message undeliverable"_s)});
        QCOMPARE(message(refund).status, u"queued"_s);
        QVERIFY(jobs::finishSend(m_svc->db(), refundJob, u"w"_s, wamidRefund));
        row = message(refund);
        QCOMPARE(row.status, u"failed"_s);
        QCOMPARE(row.wamid, wamidRefund);
        QCOMPARE(row.errorCode, QVariant(131026));
        QCOMPARE(row.errorTitle, u"Message undeliverable"_s);
        QCOMPARE(row.statusAtSecs, t0 + 8);
    }

    // 6. ----------------------------------------------------------------------------------

    void roleRules()
    {
        const auto supportConfig = testsupport::createPerson(m_owner, u"sam.roles"_s, u"support"_s);
        const auto managerConfig = testsupport::createPerson(m_owner, u"max.roles"_s, u"manager"_s);
        testsupport::Connection support(supportConfig);
        testsupport::Connection manager(managerConfig);
        const QString sam = personId(u"sam.roles"_s);
        const QString max = personId(u"max.roles"_s);
        const QString conversation = makeConversation(u"4915812340006"_s, u"1 hour"_s);
        const auto messages = [&] { return count(u"SELECT count(*) FROM opsdesk.messages"_s); };

        // Support answers the customer: queued, and a job sends it.
        const QString reply = queueText(support.db(), conversation, u"Happy to help!"_s, sam);
        QVERIFY(!reply.isEmpty());
        QCOMPARE(message(reply).status, u"queued"_s);
        const JobRow job = jobFor(reply);
        QCOMPARE(job.status, u"queued"_s);
        const qint64 stored = messages();

        // A manager reads, never writes to customers.
        outbound::Draft draft;
        draft.conversationId = conversation;
        draft.text = u"Manager here"_s;
        draft.authorId = max;
        const auto refused = outbound::queue(manager.db(), draft);
        QCOMPARE(refused.refusal, outbound::Refusal::NotAllowed);
        QVERIFY(!refused.message);
        QCOMPARE(sqlStateOf(manager,
                            u"INSERT INTO opsdesk.messages (conversation_id, direction, kind, body,"
                            u" status, author_id) VALUES (?::uuid, 'outbound', 'text', 'Hi',"
                            u" 'queued', ?::uuid)"_s,
                            {conversation, max}),
                 u"42501"_s);

        // Support cannot touch jobs.
        QCOMPARE(sqlStateOf(support,
                            u"INSERT INTO opsdesk.jobs (queue, payload) VALUES ('whatsapp.send',"
                            u" jsonb_build_object('message_id', ?::text))"_s,
                            {reply}),
                 u"42501"_s);
        QCOMPARE(sqlStateOf(support, u"UPDATE opsdesk.jobs SET status = 'dead', attempts = 99"_s),
                 u"42501"_s);
        QCOMPARE(sqlStateOf(support, u"SELECT opsdesk.retry_job(?)"_s, {job.id}), u"42501"_s);
        QCOMPARE(jobFor(reply).status, u"queued"_s);
        QCOMPARE(jobFor(reply).attempts, 0);

        // Nor claim WhatsApp's side of a message: a sent status or a wamid.
        const QString sentState =
            sqlStateOf(support,
                       u"INSERT INTO opsdesk.messages (conversation_id, direction, kind, body,"
                       u" status, author_id) VALUES (?::uuid, 'outbound', 'text', 'Fake', 'sent',"
                       u" ?::uuid)"_s,
                       {conversation, sam});
        QVERIFY2(sentState == u"42501" || sentState == u"ODM01", qPrintable(sentState));
        QCOMPARE(sqlStateOf(support,
                            u"INSERT INTO opsdesk.messages (conversation_id, direction, kind, body,"
                            u" status, author_id, wa_message_id) VALUES (?::uuid, 'outbound',"
                            u" 'text', 'Fake', 'sent', ?::uuid, 'wamid.spoofed')"_s,
                            {conversation, sam}),
                 u"42501"_s);
        QCOMPARE(sqlStateOf(support,
                            u"INSERT INTO opsdesk.messages (conversation_id, direction, kind, body,"
                            u" status, author_id, wa_message_id) VALUES (?::uuid, 'outbound',"
                            u" 'text', 'Fake', 'queued', ?::uuid, 'wamid.spoofed2')"_s,
                            {conversation, sam}),
                 u"42501"_s);
        // Nor write in a colleague's name.
        QCOMPARE(sqlStateOf(support,
                            u"INSERT INTO opsdesk.messages (conversation_id, direction, kind, body,"
                            u" status, author_id) VALUES (?::uuid, 'outbound', 'text', 'As max',"
                            u" 'queued', ?::uuid)"_s,
                            {conversation, max}),
                 u"42501"_s);
        // Nor mark their own queued reply as sent.
        auto update = support.exec(u"UPDATE opsdesk.messages SET status = 'sent',"
                                   u" wa_message_id = 'wamid.mine' WHERE id = ?::uuid"_s,
                                   {reply});
        QCOMPARE(update.numRowsAffected(), 0);
        QCOMPARE(message(reply).status, u"queued"_s);
        QVERIFY(message(reply).wamid.isEmpty());

        QCOMPARE(messages(), stored);
        QCOMPARE(count(u"SELECT count(*) FROM opsdesk.jobs"_s), 1);
    }

    // 7. ----------------------------------------------------------------------------------

    void deadJobRetry()
    {
        whatsapp::CloudApiStandIn standIn({kToken});
        QVERIFY(standIn.listen().ok());
        standIn.setDefaultBehaviour(Behaviour::serverError());
        const QString conversation = makeConversation(u"4915912340007"_s, u"1 hour"_s);
        const QString text = u"Your invoice is ready"_s;
        const QString id = queueText(m_svc->db(), conversation, text);
        QVERIFY(!id.isEmpty());
        m_check->exec(u"UPDATE opsdesk.jobs SET max_attempts = 2"_s);

        auto sender = startSender(standIn.baseUrl(), u"retry-worker"_s);
        QTRY_COMPARE_WITH_TIMEOUT(jobFor(id).status, u"dead"_s, 10000);
        stopSender(*sender);
        sender.reset();
        const qint64 jobId = jobFor(id).id;
        QVERIFY2(message(id).errorTitle.startsWith(u"Not sent after 2 attempts: 131000"_s),
                 qPrintable(message(id).errorTitle));
        QCOMPARE(receivedFor(standIn, text).size(), 2);

        const auto adminConfig = testsupport::createPerson(m_owner, u"ada.retry"_s, u"admin"_s);
        testsupport::Connection admin(adminConfig);

        // The Outbound page shows the dead job with its message.
        auto attention = jobs::fetchAttention(admin.db(), 0, 0, 20);
        QCOMPARE(attention.size(), 1);
        QCOMPARE(attention[0].id, jobId);
        QCOMPARE(attention[0].status, u"dead"_s);
        QCOMPARE(attention[0].messageId, id);
        QCOMPARE(attention[0].messagePreview, text);
        QVERIFY(attention[0].lastError.startsWith(u"131000"_s));

        jobs::retry(admin.db(), jobId);
        JobRow job = jobFor(id);
        QCOMPARE(job.status, u"queued"_s);
        QCOMPARE(job.attempts, 0);
        QVERIFY2(job.lastError.startsWith(u"retried by ada.retry after: 131000"_s),
                 qPrintable(job.lastError));
        MessageRow row = message(id);
        QCOMPARE(row.status, u"queued"_s);
        QCOMPARE(row.errorCode, QVariant());
        QVERIFY(row.errorTitleNull);
        QVERIFY(jobs::fetchAttention(admin.db(), 0, 0, 20).isEmpty());

        // A worker then sends it.
        standIn.setDefaultBehaviour(Behaviour::accept());
        sender = startSender(standIn.baseUrl(), u"retry-worker-2"_s);
        QTRY_COMPARE_WITH_TIMEOUT(jobFor(id).status, u"succeeded"_s, 10000);
        stopSender(*sender);
        job = jobFor(id);
        QCOMPARE(job.attempts, 1);
        QVERIFY(job.lastErrorNull);
        const auto requests = receivedFor(standIn, text);
        QCOMPARE(requests.size(), 3);
        QCOMPARE(acceptedCount(requests), 1);
        row = message(id);
        QCOMPARE(row.status, u"sent"_s);
        QCOMPARE(row.wamid, requests.last().wamid);

        // Only dead jobs are retried: not a succeeded one, not a failed one, not a missing one.
        const auto retryState = [&](qint64 jobId) -> QString {
            try {
                jobs::retry(admin.db(), jobId);
            } catch (const DatabaseError &error) {
                return error.sqlState();
            }
            return u"accepted"_s;
        };
        QCOMPARE(retryState(jobId), u"55000"_s);
        QCOMPARE(jobFor(id).status, u"succeeded"_s);
        QCOMPARE(jobFor(id).attempts, 1);

        const QString refused = queueText(m_svc->db(), conversation, u"Refused one"_s);
        QCOMPARE(
            jobs::claim(m_svc->db(), QString::fromLatin1(jobs::kSendQueue), u"w"_s, 1, 60).size(),
            1);
        QCOMPARE(jobs::failSend(m_svc->db(), jobFor(refused).id, u"w"_s, true, 131026,
                                u"Message undeliverable"_s, {}, 0),
                 u"failed"_s);
        QCOMPARE(retryState(jobFor(refused).id), u"55000"_s);
        QCOMPARE(jobFor(refused).status, u"failed"_s);
        QCOMPARE(retryState(987654321), u"55000"_s);
    }

    // 8. ----------------------------------------------------------------------------------

    void templateSync()
    {
        whatsapp::CloudApiStandIn standIn({kToken});
        QVERIFY(standIn.listen().ok());
        whatsapp::CloudApiClient client(cloudConfig(standIn.baseUrl(), 5s));
        TemplateSync sync(*m_serviceDb, client);

        auto syncing = syncOnce(&sync);
        const auto first = QCoro::waitFor(syncing);
        QVERIFY(first.has_value());
        QVERIFY2(first->ok(), qPrintable(first->error()));
        QCOMPARE(first->value(), 4);

        const auto rows = m_check->rows(
            u"SELECT name, language, status, category, coalesce(rejection_reason, ''),"
            u" coalesce(wa_template_id, ''), components::text"
            u" FROM opsdesk.message_templates ORDER BY name"_s);
        QCOMPARE(rows.size(), 4);
        const auto listed = standIn.templates();
        const QStringList names{u"delivery_delay"_s, u"hello_world"_s, u"order_update"_s,
                                u"promo_spring"_s};
        for (int i = 0; i < 4; ++i) {
            const auto &row = rows[i];
            QCOMPARE(row[0].toString(), names[i]);
            const auto source = std::find_if(listed.cbegin(), listed.cend(),
                                             [&](const auto &t) { return t.name == names[i]; });
            QVERIFY(source != listed.cend());
            QCOMPARE(row[1].toString(), u"en_US"_s);
            QCOMPARE(row[2].toString(), source->status);
            QCOMPARE(row[3].toString(), source->category);
            QCOMPARE(row[4].toString(), source->rejectedReason);
            QCOMPARE(row[5].toString(), source->id);
            QCOMPARE(QJsonDocument::fromJson(row[6].toString().toUtf8()).array(),
                     source->components);
            QVERIFY(!source->components.isEmpty());
        }
        QCOMPARE(rows[3][2].toString(), u"REJECTED"_s);

        // The composer offers only approved templates.
        auto approved = outbound::fetchApprovedTemplates(m_svc->db());
        QStringList approvedNames;
        for (const auto &t : approved) {
            approvedNames << t.name;
        }
        QCOMPARE(approvedNames,
                 (QStringList{u"delivery_delay"_s, u"hello_world"_s, u"order_update"_s}));
        QCOMPARE(approved[0].parameterCount, 1);
        QCOMPARE(approved[1].parameterCount, 0);
        QCOMPARE(approved[2].parameterCount, 3);
        QCOMPARE(approved[2].header, u"Order update"_s);
        QCOMPARE(approved[2].body, u"Hi {{1}}, your order {{2}} is {{3}}."_s);
        QCOMPARE(approved[2].footer, u"Reply STOP to stop order updates"_s);
        QCOMPARE(outbound::renderTemplate(m_svc->db(), u"order_update"_s, u"en_US"_s,
                                          {u"Ann"_s, u"#1042"_s, u"packed"_s}),
                 u"Order update\n\nHi Ann, your order #1042 is packed.\n\n"
                 "Reply STOP to stop order updates"_s);

        // hello_world is deleted in WhatsApp Manager: the next sync marks it DELETED.
        QList<whatsapp::Template> fewer = listed;
        fewer.removeIf([](const auto &t) { return t.name == u"hello_world"; });
        standIn.setTemplates(fewer);
        auto again = syncOnce(&sync);
        const auto second = QCoro::waitFor(again);
        QVERIFY(second.has_value());
        QVERIFY2(second->ok(), qPrintable(second->error()));
        QCOMPARE(second->value(), 3);
        QCOMPARE(m_check
                     ->value(u"SELECT status FROM opsdesk.message_templates"
                             u" WHERE name = 'hello_world'"_s)
                     .toString(),
                 u"DELETED"_s);
        approvedNames.clear();
        for (const auto &t : outbound::fetchApprovedTemplates(m_svc->db())) {
            approvedNames << t.name;
        }
        QCOMPARE(approvedNames, (QStringList{u"delivery_delay"_s, u"order_update"_s}));

        // Nobody can send the deleted template any more.
        const QString conversation = makeConversation(u"4916012340008"_s, u"2 days"_s);
        outbound::Draft hello;
        hello.conversationId = conversation;
        hello.kind = outbound::Draft::Kind::Template;
        hello.templateName = u"hello_world"_s;
        hello.templateLanguage = u"en_US"_s;
        QCOMPARE(outbound::queue(m_svc->db(), hello).refusal, outbound::Refusal::TemplateInvalid);

        // Meta approves promo_spring after an appeal: the status webhook updates it.
        processWebhooks({templateStatusWebhook(u"APPROVED"_s, 1052841960072637LL, u"promo_spring"_s,
                                               u"en_US"_s)},
                        u"message_template_status_update"_s);
        const auto promo =
            m_check->rows(u"SELECT status, rejection_reason FROM opsdesk.message_templates"
                          u" WHERE name = 'promo_spring' AND language = 'en_US'"_s);
        QCOMPARE(promo.size(), 1);
        QCOMPARE(promo[0][0].toString(), u"APPROVED"_s);
        QVERIFY(promo[0][1].isNull());
        approvedNames.clear();
        for (const auto &t : outbound::fetchApprovedTemplates(m_svc->db())) {
            approvedNames << t.name;
        }
        QCOMPARE(approvedNames,
                 (QStringList{u"delivery_delay"_s, u"order_update"_s, u"promo_spring"_s}));
    }

    // 9. ----------------------------------------------------------------------------------

    void automationApi()
    {
        auto harness = startApi(u"ada.api"_s);
        QVERIFY(harness);
        const quint16 port = harness->port;
        const apikeys::Created &sendKey = harness->sendKey;
        const apikeys::Created &readKey = harness->readKey;

        const QString open = makeConversation(u"4916112340009"_s, u"1 hour"_s);
        const QString closed = makeConversation(u"4916112340010"_s, QString());
        m_check->exec(u"UPDATE opsdesk.conversations"
                      u" SET last_inbound_at = date_trunc('second', now()) - interval '3 days'"
                      u" WHERE id = ?::uuid"_s,
                      {closed});
        const QString closedAt =
            m_check
                ->value(u"SELECT to_char((last_inbound_at + interval '24 hours') AT TIME ZONE"
                        u" 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
                        u" FROM opsdesk.conversations WHERE id = ?::uuid"_s,
                        {closed})
                .toString();
        insertTemplate(u"order_ready"_s, u"APPROVED"_s,
                       {QJsonObject{{u"type"_s, u"BODY"_s},
                                    {u"text"_s, u"Hi {{1}}, order {{2}} is ready."_s}}});
        const auto messages = [&] { return count(u"SELECT count(*) FROM opsdesk.messages"_s); };
        const auto post = [&](const QString &conversation, const QByteArray &body,
                              const QByteArray &token) {
            return request("POST", port, u"/api/v1/conversations/%1/messages"_s.arg(conversation),
                           token, body);
        };

        // A text: 201, queued, stored with its job, audited on behalf of the key.
        Reply reply =
            post(open, R"({"type":"text","text":"Your order has shipped"})", sendKey.token);
        QVERIFY2(reply.status == 201, reply.body.constData());
        QCOMPARE(reply.json.value(u"success"_s), QJsonValue(true));
        const QString textId = reply.data().value(u"id"_s).toString();
        QCOMPARE(reply.data().value(u"status"_s).toString(), u"queued"_s);
        QCOMPARE(reply.data().value(u"type"_s).toString(), u"text"_s);
        QCOMPARE(reply.data().value(u"direction"_s).toString(), u"outbound"_s);
        QCOMPARE(reply.data().value(u"conversationId"_s).toString(), open);
        QCOMPARE(reply.data().value(u"body"_s).toString(), u"Your order has shipped"_s);
        QCOMPARE(message(textId).body, u"Your order has shipped"_s);
        QCOMPARE(message(textId).status, u"queued"_s);
        QCOMPARE(jobFor(textId).status, u"queued"_s);
        const auto audit = m_check->rows(
            u"SELECT actor, coalesce(on_behalf_of, '') FROM opsdesk.audit_log"
            u" WHERE resource_type = 'messages' AND action = 'insert' AND resource_id = ?"_s,
            {textId});
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0][0].toString(), u"svc"_s);
        QCOMPARE(audit[0][1].toString(), QString(u"api-key:"_s + sendKey.key.prefix));

        // Window closed: 422 window_closed, saying when it closed; nothing stored.
        qint64 before = messages();
        reply = post(closed, R"({"type":"text","text":"Still there?"})", sendKey.token);
        QVERIFY2(reply.status == 422, reply.body.constData());
        QCOMPARE(reply.errorCode(), u"window_closed"_s);
        const QJsonObject details = reply.error().value(u"details"_s).toObject();
        QCOMPARE(details.value(u"closedAt"_s).toString(), closedAt);
        QVERIFY(!details.value(u"lastInboundAt"_s).toString().isEmpty());
        QCOMPARE(messages(), before);

        // A template goes even then, with the text the customer reads.
        reply = post(closed,
                     R"({"type":"template","template":{"name":"order_ready","language":"en_US",)"
                     R"("parameters":["Ann","#1042"]}})",
                     sendKey.token);
        QVERIFY2(reply.status == 201, reply.body.constData());
        QCOMPARE(reply.data().value(u"body"_s).toString(), u"Hi Ann, order #1042 is ready."_s);
        QCOMPARE(reply.data().value(u"template"_s).toString(), u"order_ready"_s);
        QCOMPARE(reply.data().value(u"status"_s).toString(), u"queued"_s);
        QCOMPARE(jobFor(reply.data().value(u"id"_s).toString()).status, u"queued"_s);

        // Bodies that are not a message: 422 validation_failed naming the field.
        const QByteArray longText =
            QJsonDocument(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, QString(5000, u'a')}})
                .toJson(QJsonDocument::Compact);
        const QList<std::pair<QByteArray, QString>> invalid{
            {R"({"text":"hello"})", u"type"_s},
            {R"({"type":"text","text":42})", u"text"_s},
            {longText, u"text"_s},
            {R"({"type":"template","template":{"language":"en_US","parameters":[]}})",
             u"template.name"_s},
            {R"({"type":"template","template":{"name":"order_ready","language":"en_US",)"
             R"("parameters":["Ann",1042]}})",
             u"template.parameters"_s},
        };
        before = messages();
        for (const auto &[body, field] : invalid) {
            reply = post(open, body, sendKey.token);
            QVERIFY2(reply.status == 422, body.left(80).constData());
            QCOMPARE(reply.errorCode(), u"validation_failed"_s);
            QVERIFY2(reply.fields().contains(field), reply.body.constData());
        }
        QCOMPARE(messages(), before);

        // Unknown or malformed conversation: 404. A key without messages:send: 403.
        reply = post(QUuid::createUuid().toString(QUuid::WithoutBraces),
                     R"({"type":"text","text":"hi"})", sendKey.token);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), u"not_found"_s);
        reply = post(u"not-a-conversation"_s, R"({"type":"text","text":"hi"})", sendKey.token);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), u"not_found"_s);
        reply = post(open, R"({"type":"text","text":"hi"})", readKey.token);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), u"insufficient_scope"_s);
        QCOMPARE(messages(), before);

        // Reading the thread: five messages with the same timestamp (one statement), then two.
        m_check->exec(uR"(
INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, wa_message_id, created_at)
SELECT ?::uuid, 'inbound', 'text', 'Question ' || g, 'wamid.in.' || g,
       date_trunc('second', now()) - interval '30 minutes'
  FROM generate_series(1, 5) g)"_s,
                      {open});
        queueText(m_svc->db(), open, u"Second reply"_s);
        const QStringList all = [&] {
            QStringList ids;
            for (const auto &row : m_check->rows(u"SELECT id FROM opsdesk.messages"
                                                 u" WHERE conversation_id = ?::uuid"_s,
                                                 {open})) {
                ids << row[0].toString();
            }
            return ids;
        }();
        QCOMPARE(all.size(), 7);

        QStringList seen;
        QString cursor;
        QDateTime previous;
        int pages = 0;
        do {
            QString path = u"/api/v1/conversations/%1/messages?limit=2"_s.arg(open);
            if (!cursor.isEmpty()) {
                path += u"&before="_s + cursor;
            }
            reply = request("GET", port, path, readKey.token);
            QVERIFY2(reply.status == 200, reply.body.constData());
            const QJsonArray items = reply.data().value(u"items"_s).toArray();
            QVERIFY(items.size() <= 2);
            QVERIFY(!items.isEmpty());
            for (const auto &item : items) {
                const QJsonObject object = item.toObject();
                const QDateTime at = QDateTime::fromString(object.value(u"createdAt"_s).toString(),
                                                           Qt::ISODateWithMs);
                QVERIFY(at.isValid());
                if (previous.isValid()) {
                    QVERIFY2(at <= previous, "not newest first");
                }
                previous = at;
                seen << object.value(u"id"_s).toString();
            }
            cursor = reply.data().value(u"next"_s).toString();
            QVERIFY(++pages <= 10);
        } while (!cursor.isEmpty());
        QCOMPARE(pages, 4);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), seen.size()); // no repeats
        QStringList sortedSeen = seen;
        QStringList sortedAll = all;
        sortedSeen.sort();
        sortedAll.sort();
        QCOMPARE(sortedSeen, sortedAll);                         // none skipped
        QCOMPARE(message(seen.first()).body, u"Second reply"_s); // newest first

        // Bad paging parameters: 422 naming the parameter.
        const QList<std::pair<QString, QString>> badQueries{
            {u"limit=0"_s, u"limit"_s},         {u"limit=201"_s, u"limit"_s},
            {u"limit=ten"_s, u"limit"_s},       {u"before=not*a*cursor"_s, u"before"_s},
            {u"before=MTIzNDU"_s, u"before"_s}, // base64url of "12345": no id
        };
        for (const auto &[query, field] : badQueries) {
            reply = request("GET", port, u"/api/v1/conversations/%1/messages?%2"_s.arg(open, query),
                            readKey.token);
            QVERIFY2(reply.status == 422, qPrintable(query));
            QCOMPARE(reply.errorCode(), u"validation_failed"_s);
            QVERIFY2(reply.fields().contains(field), reply.body.constData());
        }
        reply = request("GET", port,
                        u"/api/v1/conversations/%1/messages"_s.arg(
                            QUuid::createUuid().toString(QUuid::WithoutBraces)),
                        readKey.token);
        QCOMPARE(reply.status, 404);
        harness->ingest->shutdown();
    }

    // Beyond the brief's list: the same rules on every path -------------------------------

    /// messagesapi.h: the API "takes the desktop client's path: the same ... length rules,
    /// enforced by the database". A text of 2,100 characters (each outside the BMP, so 4,200
    /// UTF-16 code units) must get the same answer from both.
    void apiAndDesktopAgreeOnLength()
    {
        auto harness = startApi(u"ada.length"_s);
        QVERIFY(harness);
        const QString conversation = makeConversation(u"4916212340011"_s, u"1 hour"_s);
        QString thumbs;
        for (int i = 0; i < 2100; ++i) {
            thumbs += QString::fromUtf8("\xF0\x9F\x91\x8D"); // U+1F44D
        }
        QCOMPARE(thumbs.size(), 4200);

        outbound::Draft draft;
        draft.conversationId = conversation;
        draft.text = thumbs;
        const auto desktop = outbound::queue(m_svc->db(), draft);

        const QByteArray body =
            QJsonDocument(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, thumbs}})
                .toJson(QJsonDocument::Compact);
        const Reply api =
            request("POST", harness->port, u"/api/v1/conversations/%1/messages"_s.arg(conversation),
                    harness->sendKey.token, body);
        QVERIFY2(api.status == 201 || api.status == 422, api.body.constData());
        QVERIFY2(desktop.message.has_value() == (api.status == 201),
                 qPrintable(u"desktop: %1; API: %2 %3"_s.arg(
                     desktop.message ? u"queued"_s : desktop.error, QString::number(api.status),
                     QString::fromUtf8(api.body.left(300)))));
        harness->ingest->shutdown();
    }

    /// The composer and the API refuse a text of only line breaks and tabs; a person using psql
    /// is held to the same rules (0005_security.sql), so the database must refuse it too
    /// rather than queue a message WhatsApp cannot send.
    void whitespaceOnlyTextIsRefusedOnEveryPath()
    {
        const auto supportConfig = testsupport::createPerson(m_owner, u"sid.blank"_s, u"support"_s);
        testsupport::Connection support(supportConfig);
        const QString sid = personId(u"sid.blank"_s);
        const QString conversation = makeConversation(u"4916312340012"_s, u"1 hour"_s);
        const QString blank = u"\n\t\n"_s;

        outbound::Draft draft;
        draft.conversationId = conversation;
        draft.text = blank;
        draft.authorId = sid;
        QCOMPARE(outbound::queue(support.db(), draft).refusal, outbound::Refusal::Invalid);

        QCOMPARE(sqlStateOf(support,
                            u"INSERT INTO opsdesk.messages (conversation_id, direction, kind, body,"
                            u" status, author_id) VALUES (?::uuid, 'outbound', 'text', ?,"
                            u" 'queued', ?::uuid)"_s,
                            {conversation, blank, sid}),
                 u"ODM01"_s);
        QCOMPARE(count(u"SELECT count(*) FROM opsdesk.jobs"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutbound)
#include "tst_outbound.moc"
