#include "commands.h"

#include "common/shutdownsignals.h"

#include "apiserver.h"
#include "changefeed.h"
#include "cloudapistandin.h"
#include "database.h"
#include "demopeople.h"
#include "demotraffic.h"
#include "embeddedcluster.h"
#include "ingestserver.h"
#include "logging.h"
#include "messagesapi.h"
#include "metricsapi.h"
#include "migrator.h"
#include "serverduties.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace opsdesk;

namespace opsdeskd {
void fail(const QString &message)
{
    std::fprintf(stderr, "opsdeskd: %s\n", qPrintable(message));
}

std::optional<DatabaseConfig> configFromEnvironment()
{
    const QString url = qEnvironmentVariable("OPSDESK_DATABASE_URL");
    if (url.isEmpty()) {
        fail(u"OPSDESK_DATABASE_URL is not set (postgresql://user:password@host:port/dbname)"_s);
        return std::nullopt;
    }
    auto config = DatabaseConfig::fromUrl(url);
    if (!config) {
        fail(u"OPSDESK_DATABASE_URL: "_s + config.error());
        return std::nullopt;
    }
    DatabaseConfig result = config.value();
    result.applicationName = u"opsdeskd"_s;
    return result;
}

QString timeLabel(const QDateTime &at, const QString &none)
{
    return at.isValid() ? at.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s : none;
}

void printTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i >= widths.size()) {
                widths.append(0);
            }
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        }
        std::printf("%s\n", qPrintable(line));
    }
    std::fflush(stdout);
}

std::optional<std::pair<QHostAddress, quint16>> parseListen(const QString &listen)
{
    const qsizetype colon = listen.lastIndexOf(u':');
    bool ok = false;
    const uint port = listen.mid(colon + 1).toUInt(&ok);
    QHostAddress address(colon > 0 ? listen.left(colon) : u"127.0.0.1"_s);
    if (colon < 0 || !ok || port > 65535 || address.isNull()) {
        fail(
            u"--listen expects HOST:PORT with a numeric address, e.g. 127.0.0.1:8080 (got \"%1\")"_s
                .arg(listen));
        return std::nullopt;
    }
    return std::pair{address, quint16(port)};
}

int runUntilSignalled(const std::function<void()> &onShutdown)
{
    ShutdownSignals signals;
    QObject::connect(&signals, &ShutdownSignals::requested, qApp, [&](int number) {
        logging::app()->info("signal {} received; shutting down", number);
        onShutdown();
        QCoreApplication::exit(0);
    });
    return QCoreApplication::exec();
}

namespace {

/// A positive number from environment variable @p name, or @p fallback when it is not set;
/// nullopt (after saying why) when it is set to something else.
std::optional<double> positiveFromEnvironment(const char *name, double fallback, double max)
{
    if (!qEnvironmentVariableIsSet(name)) {
        return fallback;
    }
    bool ok = false;
    const double value = qEnvironmentVariable(name).toDouble(&ok);
    if (!ok || !(value > 0) || value > max) {
        fail(u"%1 must be a number above 0 and at most %2"_s.arg(QLatin1String(name)).arg(max));
        return std::nullopt;
    }
    return value;
}

/// The automation API's limits, from OPSDESK_API_{RATE,BURST}_PER_{KEY,ADDRESS} (defaults as
/// ApiServer::Options); nullopt when one is invalid.
std::optional<ApiServer::Options> apiOptionsFromEnvironment()
{
    ApiServer::Options options;
    const auto keyRate =
        positiveFromEnvironment("OPSDESK_API_RATE_PER_KEY", options.perKey.perSecond, 1e6);
    const auto keyBurst =
        positiveFromEnvironment("OPSDESK_API_BURST_PER_KEY", options.perKey.burst, 1e6);
    const auto addressRate =
        positiveFromEnvironment("OPSDESK_API_RATE_PER_ADDRESS", options.perAddress.perSecond, 1e6);
    const auto addressBurst =
        positiveFromEnvironment("OPSDESK_API_BURST_PER_ADDRESS", options.perAddress.burst, 1e6);
    if (!keyRate || !keyBurst || !addressRate || !addressBurst) {
        return std::nullopt;
    }
    options.perKey = {int(*keyBurst), *keyRate};
    options.perAddress = {int(*addressBurst), *addressRate};
    return options;
}

/// Metric collection for @p duties' options: this process's last minute as @p server saw it.
MetricsCollector::Options collectorOptions(IngestServer &server)
{
    MetricsCollector::Options options;
    options.load = [&server] {
        const auto minute = server.lastMinute();
        return InstanceLoad{minute.webhookRequests, minute.signatureFailures, minute.handlingP95Ms};
    };
    return options;
}

/// The API's and the send worker's counters on `GET /metrics`.
void exposeCounters(IngestServer &server, const ApiServer &api, const ServerDuties &duties)
{
    server.setMetricsProvider([&api, &duties] {
        using prometheus::Family;
        using prometheus::Type;
        return std::vector<Family>{
            Family::single(u"opsdesk_api_requests_total"_s,
                           u"Automation API requests (/api/v1/*) answered by this process, any "
                           u"status."_s,
                           Type::Counter, double(api.requestsAnswered())),
            Family::single(u"opsdesk_sends_total"_s,
                           u"WhatsApp sends this process's worker finished as sent."_s,
                           Type::Counter, double(duties.sendsDone())),
            Family::single(u"opsdesk_send_failures_total"_s,
                           u"Send attempts this process's worker finished as failed, to be "
                           u"retried, or dead."_s,
                           Type::Counter, double(duties.sendsFailed())),
        };
    });
}

Expected<QStringList> migrateWith(const DatabaseConfig &config)
{
    Database database(config, 1);
    try {
        const QSqlDatabase db = database.openDedicated(u"opsdeskd-migrate"_s);
        auto applied = Migrator::migrate(db);
        return applied;
    } catch (const DatabaseError &error) {
        return Expected<QStringList>::failure(error.message());
    }
}

} // namespace

int migrate()
{
    const auto config = configFromEnvironment();
    if (!config) {
        return 2;
    }
    const auto applied = migrateWith(*config);
    if (!applied) {
        fail(applied.error());
        return 1;
    }
    std::printf("%s\n", applied->isEmpty() ? "database is up to date"
                                           : qPrintable(u"applied: "_s + applied->join(u", "_s)));
    return 0;
}

int serve(const QString &listen)
{
    const auto config = configFromEnvironment();
    const auto address = parseListen(listen);
    if (!config || !address) {
        return 2;
    }
    IngestServer::Options options;
    options.appSecret = qgetenv("WHATSAPP_APP_SECRET");
    options.verifyToken = qgetenv("WHATSAPP_VERIFY_TOKEN");
    if (options.appSecret.isEmpty()) {
        fail(u"WHATSAPP_APP_SECRET is not set: webhook signatures cannot be verified"_s);
        return 2;
    }
    if (options.verifyToken.isEmpty()) {
        logging::ingest()->warn(
            "WHATSAPP_VERIFY_TOKEN is not set: Meta's verification requests will be refused");
    }
    const auto cloudApi = whatsapp::CloudApiConfig::fromEnvironment();
    if (!cloudApi) {
        fail(u"cannot send WhatsApp messages: "_s + cloudApi.error());
        return 2;
    }
    bool concurrencyOk = true;
    const int concurrency =
        qEnvironmentVariableIsSet("OPSDESK_SEND_CONCURRENCY")
            ? qEnvironmentVariableIntValue("OPSDESK_SEND_CONCURRENCY", &concurrencyOk)
            : 4;
    if (!concurrencyOk || concurrency < 1 || concurrency > 256) {
        fail(u"OPSDESK_SEND_CONCURRENCY must be a whole number from 1 to 256"_s);
        return 2;
    }
    const auto apiOptions = apiOptionsFromEnvironment();
    if (!apiOptions) {
        return 2;
    }
    Database database(*config, std::max(4, concurrency + 2));
    IngestServer server(database, options);
    // /api/v1/* on the same listener, keys checked as opsdesk_service
    ApiServer api(database, *apiOptions);
    logging::api()->info("API rate limits: per key {} burst, {}/s; per address {} burst, {}/s",
                         apiOptions->perKey.burst, apiOptions->perKey.perSecond,
                         apiOptions->perAddress.burst, apiOptions->perAddress.perSecond);
    addMessageEndpoints(api);
    addMetricsEndpoints(api);
    api.attachTo(server.http());
    const auto port = server.listen(address->first, address->second);
    if (!port) {
        fail(port.error());
        return 1;
    }
    bool leaseOk = true;
    const int lease = qEnvironmentVariableIsSet("OPSDESK_JOB_LEASE_SECONDS")
                          ? qEnvironmentVariableIntValue("OPSDESK_JOB_LEASE_SECONDS", &leaseOk)
                          : 60;
    // The lease must outlast one HTTP call plus the recording retries, or a slow but living
    // worker's job is sent again by another.
    const int minimumLease = OutboundWorker::leaseNeededSeconds(cloudApi->timeout) + 1;
    if (!leaseOk || lease < minimumLease || lease > 3600) {
        fail(u"OPSDESK_JOB_LEASE_SECONDS must be from %1 (the Cloud API timeout + 11 s) to 3600"_s
                 .arg(minimumLease));
        return 2;
    }
    OutboundWorker::Options worker;
    worker.concurrency = concurrency;
    worker.leaseSeconds = lease;
    ServerDuties duties(database, {cloudApi.value(), worker, collectorOptions(server)});
    exposeCounters(server, api, duties);
    duties.start();
    std::printf("listening on http://%s:%u\n", qPrintable(address->first.toString()), port.value());
    std::fflush(stdout);
    return runUntilSignalled([&] {
        // Sends in flight finish first: cut off, they would be sent again after their lease.
        duties.stop(OutboundWorker::leaseNeededSeconds(cloudApi->timeout) *
                    std::chrono::seconds(1));
        server.setMetricsProvider({}); // it reads api and duties, which go first
        server.shutdown();
    });
}

int tail(int pollMs)
{
    const auto config = configFromEnvironment();
    if (!config) {
        return 2;
    }
    ChangeFeed feed(*config);
    feed.setPollInterval(pollMs);
    QObject::connect(&feed, &ChangeFeed::changes, [](const QList<Change> &batch) {
        for (const Change &change : batch) {
            const QJsonObject line{{u"seq"_s, change.seq},
                                   {u"tbl"_s, change.table},
                                   {u"op"_s, QString(QLatin1Char(change.op))},
                                   {u"pk"_s, change.pk}};
            std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        }
        std::fflush(stdout);
    });
    QObject::connect(&feed, &ChangeFeed::reloadRequired, [](const QString &reason) {
        std::printf("{\"reload\":true,\"reason\":\"%s\"}\n", qPrintable(reason));
        std::fflush(stdout);
    });
    feed.start();
    return runUntilSignalled([&] { feed.stop(); });
}

int replay(const QString &url, double rate, bool withReplies)
{
    DemoTraffic::Options options;
    options.endpoint = QUrl(url);
    options.appSecret = qgetenv("WHATSAPP_APP_SECRET");
    options.eventsPerSecond = rate;
    if (!options.endpoint.isValid() || options.endpoint.scheme().isEmpty()) {
        fail(u"--url must be the webhook endpoint, e.g. http://127.0.0.1:8080/webhooks/whatsapp"_s);
        return 2;
    }
    if (options.appSecret.isEmpty()) {
        fail(u"WHATSAPP_APP_SECRET is not set: the replayer signs with the same secret as serve"_s);
        return 2;
    }
    std::unique_ptr<Database> database;
    if (withReplies) {
        const auto config = configFromEnvironment();
        if (!config) {
            return 2;
        }
        database = std::make_unique<Database>(*config, 1);
        options.database = database.get();
    }
    DemoTraffic traffic(options);
    traffic.start();
    return runUntilSignalled([&] { traffic.stop(); });
}

int cluster(const QString &action, const QString &dataDir, bool durable)
{
    EmbeddedCluster embedded({dataDir, durable});
    if (action == u"start") {
        const auto config = embedded.start();
        if (!config) {
            fail(config.error());
            return 1;
        }
        std::printf("OPSDESK_DATABASE_URL=%s\n", qPrintable(config->toUrl(true)));
        return 0;
    }
    if (action == u"stop" || action == u"destroy") {
        embedded.stop(true);
        if (action == u"destroy") {
            QDir(embedded.clusterDir()).removeRecursively();
        }
        return 0;
    }
    fail(u"cluster expects start, stop or destroy"_s);
    return 2;
}

int demo(const QString &dataDir, const QString &listen, double rate)
{
    const auto address = parseListen(listen);
    if (!address) {
        return 2;
    }
    EmbeddedCluster embedded({dataDir, true});
    const auto config = embedded.start();
    if (!config) {
        fail(config.error());
        return 1;
    }
    if (const auto applied = migrateWith(config.value()); !applied) {
        fail(applied.error());
        embedded.stop();
        return 1;
    }
    // The people to sign in as (the owner's credentials never reach the desktop client).
    // opsdeskd itself runs as a member of opsdesk_service, like in production.
    const QString peopleFile = QDir(dataDir).filePath(u"demo-people.json"_s);
    DatabaseConfig serviceConfig = config.value();
    serviceConfig.user = u"opsdeskd_demo"_s;
    serviceConfig.applicationName = u"opsdeskd"_s;
    {
        Database owner(config.value(), 1);
        const QSqlDatabase db = owner.openDedicated(u"opsdeskd-demo-people"_s);
        const auto people = demopeople::ensure(db, peopleFile);
        const auto service = demopeople::ensureServiceLogin(db, serviceConfig.user);
        if (!people || !service) {
            fail(people ? service.error() : people.error());
            embedded.stop();
            return 1;
        }
        if (const auto rules = demopeople::ensureAlertRules(db, rate); !rules) {
            logging::app()->warn("demo alert rules not added: {}", rules.error().toStdString());
        }
        if (const auto canned = demopeople::ensureCannedResponses(db); !canned) {
            logging::app()->warn("demo canned responses not added: {}",
                                 canned.error().toStdString());
        }
        serviceConfig.password = service.value();
    }
    QSqlDatabase::removeDatabase(u"opsdeskd-demo-people"_s);
    // A fresh secret per run: serve verifies with it, the replayer signs with it.
    const QByteArray secret = QUuid::createUuid().toByteArray(QUuid::Id128);
    Database database(serviceConfig);
    IngestServer server(database, {secret, QByteArray("opsdesk-demo"), qsizetype(3) * 1024 * 1024});
    ApiServer api(database); // keys made on the API keys page work against the demo too
    addMessageEndpoints(api);
    addMetricsEndpoints(api);
    api.attachTo(server.http());
    // The demo's WhatsApp Cloud API: a local stand-in, with a fresh token per run.
    const QByteArray cloudToken = QUuid::createUuid().toByteArray(QUuid::Id128);
    whatsapp::CloudApiStandIn cloud({cloudToken});
    if (const auto cloudPort = cloud.listen(); !cloudPort) {
        fail(u"cannot start the Cloud API stand-in: "_s + cloudPort.error());
        embedded.stop();
        return 1;
    }
    const auto port = server.listen(address->first, address->second);
    if (!port) {
        fail(port.error());
        embedded.stop();
        return 1;
    }
    // A surge and a delivery-failure spike every 6 minutes (OPSDESK_DEMO_CYCLE_SECONDS), for the
    // alert rules to catch.
    bool cycleOk = false;
    const int cycleSeconds = qEnvironmentVariableIntValue("OPSDESK_DEMO_CYCLE_SECONDS", &cycleOk);
    DemoTraffic traffic({QUrl(u"http://127.0.0.1:%1/webhooks/whatsapp"_s.arg(port.value())), secret,
                         rate, &database, 0,
                         std::chrono::seconds(cycleOk && cycleSeconds >= 36 ? cycleSeconds : 360)});
    QObject::connect(&cloud, &whatsapp::CloudApiStandIn::messageAccepted, &traffic,
                     [&traffic, &cloud](const whatsapp::CloudApiStandIn::Received &message) {
                         traffic.customerReceived(message.to, message.wamid, message.text);
                         // Now and then WhatsApp refuses the next one for good, as it does for a
                         // number that cannot receive messages: the Outbound page shows it.
                         // During the demo's failure spike it refuses many more.
                         const bool spike = traffic.phase() == DemoTraffic::Phase::FailureSpike;
                         if (QRandomGenerator::global()->bounded(100) < (spike ? 30 : 3)) {
                             cloud.enqueueBehaviour(
                                 whatsapp::CloudApiStandIn::Behaviour::undeliverable());
                         }
                     });
    whatsapp::CloudApiConfig cloudApi;
    cloudApi.baseUrl = cloud.baseUrl();
    cloudApi.accessToken = cloudToken;
    cloudApi.phoneNumberId = u"106540352242922"_s; // the phone number id of the demo fixtures
    cloudApi.businessAccountId = u"102290129340398"_s;
    ServerDuties duties(database, {cloudApi, {}, collectorOptions(server)});
    exposeCounters(server, api, duties);
    duties.start();
    traffic.start();
    // The desktop client reads these lines: where the server is (without the owner's password)
    // and who may sign in.
    std::printf("database-url: %s\nwebhook-url: http://127.0.0.1:%u/webhooks/whatsapp\n"
                "demo-people: %s\n",
                qPrintable(config->toUrl(false)), port.value(), qPrintable(peopleFile));
    std::fflush(stdout);
    return runUntilSignalled([&] {
        traffic.stop();
        duties.stop(std::chrono::seconds(20));
        server.setMetricsProvider({}); // it reads api and duties, which go first
        server.shutdown();
        embedded.stop();
    });
}

} // namespace opsdeskd
