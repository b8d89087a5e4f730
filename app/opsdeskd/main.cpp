// opsdeskd: the OpsDesk service layer without a GUI (webhook ingest, change feed inspector,
// migrations, demo stack). See `opsdeskd --help`.

#include "commands.h"

#include "embeddedcluster.h"
#include "logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const char *kHelp = R"(Usage: opsdeskd <command> [options]

Commands:
  migrate                  Apply pending schema migrations (idempotent, serialised by an advisory lock).
  serve [--listen H:P]     WhatsApp webhook ingest, health endpoints, the automation API, the
                           send workers and template sync
                           (default 127.0.0.1:8080):
                             GET  /webhooks/whatsapp   Meta verification (hub.mode, hub.verify_token)
                             POST /webhooks/whatsapp   signed events (X-Hub-Signature-256), max 3 MB
                             GET  /healthz, /readyz
                             GET  /metrics             Prometheus text format 0.0.4, no API key:
                                                       for an internal network only
                             GET  /api/v1/whoami       the calling API key (prefix, name, scopes)
                             POST /api/v1/conversations/{id}/messages   send text or a template
                                                       (scope messages:send; 24-hour rule applies)
                             GET  /api/v1/conversations/{id}/messages   newest first, ?limit&before
                                                       (scope conversations:read)
                             POST /api/v1/metrics      push samples of registered series:
                                                       {"samples":[{"series","value","at"}]},
                                                       1-1000 per request, all or nothing
                                                       (scope metrics:write)
                             PUT  /api/v1/metrics/series/{name}   register an external series
                                                       {"title","unit","description"}
                                                       (scope metrics:write)
                             GET  /api/v1/metrics/series   every series with its latest sample
                                                       (scope metrics:read)
                           Every 10 s each serve reports its last minute; the one holding the
                           collector's advisory lock collects the built-in metric series and
                           evaluates the alert rules.
                           /api/v1/*: Authorization: Bearer <prefix>.<secret> (see `api-key`);
                           JSON envelope {"success","data"|"error","meta"}; X-Request-Id echoed;
                           bodies up to 1 MB; 429 + Retry-After per key (60 burst, 10/s) and per
                           client address (120 burst, 20/s), see OPSDESK_API_* below.
  tail [--poll-ms N]       Print every committed change as one JSON line {"seq","tbl","op","pk"}; keeps running.
  replay --url URL [--rate N] [--with-replies]
                           Send signed demo webhook traffic (N events/s, default 2) to URL.
  cluster start|stop|destroy --data-dir DIR [--fast]
                           Start, stop, or stop and delete a private PostgreSQL cluster;
                           start prints OPSDESK_DATABASE_URL.
  demo [--data-dir DIR] [--listen H:P] [--rate N]
                           Private cluster + migrate + serve + replay + a local Cloud API
                           stand-in playing the customers, until SIGINT/SIGTERM. Every 6 min
                           a traffic surge and a delivery-failure spike trip the demo's alert
                           rules, which open incidents and resolve them on recovery.
  cloud-api-stand-in [--listen H:P]
                           A local stand-in for the WhatsApp Cloud API (needs
                           WHATSAPP_ACCESS_TOKEN); prints WHATSAPP_API_BASE_URL.
  user create|list|set-role|deactivate|reactivate|reset-password
                           Manage the people who sign in (see `opsdeskd user --help`).
  api-key create|list|revoke
                           Manage automation API keys (see `opsdeskd api-key --help`).
  audit prune --keep-days N
                           Delete audit entries older than N days (N >= 30); the only way they go.

Environment (stable names, relied on by operators and tools):
  OPSDESK_DATABASE_URL     postgresql://user:password@host:port/dbname[?sslmode=...]
  WHATSAPP_APP_SECRET      Meta app secret; verifies X-Hub-Signature-256 (serve), signs (replay)
  WHATSAPP_VERIFY_TOKEN    token Meta echoes in the webhook verification request (serve)
  WHATSAPP_API_BASE_URL    Cloud API host (serve; default https://graph.facebook.com)
  WHATSAPP_API_VERSION     Graph API version (serve; default v21.0)
  WHATSAPP_ACCESS_TOKEN    Cloud API bearer token (serve: sending, template sync)
  WHATSAPP_PHONE_NUMBER_ID business phone number id messages are sent from (serve)
  WHATSAPP_BUSINESS_ACCOUNT_ID  WhatsApp Business Account whose templates are synced (serve)
  OPSDESK_SEND_CONCURRENCY messages sent at once by this serve process (default 4)
  OPSDESK_JOB_LEASE_SECONDS  how long a worker holds a job before others may take it over
                           (default 60; at least the Cloud API timeout + 6 s)
  OPSDESK_API_RATE_PER_KEY, OPSDESK_API_BURST_PER_KEY
                           automation API requests per second and burst per key (default 10, 60)
  OPSDESK_API_RATE_PER_ADDRESS, OPSDESK_API_BURST_PER_ADDRESS
                           the same per client address (default 20, 120)
  OPSDESK_DEMO_CYCLE_SECONDS  length of the demo's surge and failure-spike cycle (default 360,
                           at least 36)
  OPSDESK_LOG_LEVEL        trace, debug, info (default), warn, error
  OPSDESK_PG_BINDIR        PostgreSQL server binaries for private clusters (default: newest /usr/lib/postgresql/*/bin)
)";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"OpsDesk"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);
    opsdesk::logging::setup();

    QCommandLineParser parser;
    parser.addPositionalArgument(
        u"command"_s, u"migrate, serve, tail, replay, cluster, demo, cloud-api-stand-in"_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption listen(u"listen"_s, u"HOST:PORT to listen on."_s, u"address"_s,
                                    u"127.0.0.1:8080"_s);
    const QCommandLineOption url(u"url"_s, u"Webhook endpoint for replay."_s, u"url"_s);
    const QCommandLineOption rate(u"rate"_s, u"Demo events per second."_s, u"n"_s, u"2"_s);
    const QCommandLineOption withReplies(u"with-replies"_s,
                                         u"Record demo agent replies in the database."_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Data folder of a private cluster."_s,
                                     u"dir"_s);
    const QCommandLineOption fast(u"fast"_s, u"Private cluster without fsync (tests only)."_s);
    const QCommandLineOption pollMs(u"poll-ms"_s, u"Change feed poll interval."_s, u"ms"_s,
                                    u"2000"_s);
    const QCommandLineOption email(u"email"_s, u"E-mail address of a person."_s, u"address"_s);
    const QCommandLineOption name(u"name"_s, u"Display name of a person or API key."_s, u"name"_s);
    const QCommandLineOption role(u"role"_s, u"support, manager, admin or super_admin."_s,
                                  u"role"_s);
    const QCommandLineOption scopes(u"scopes"_s, u"Comma-separated API key scopes."_s, u"list"_s);
    const QCommandLineOption keepDays(u"keep-days"_s, u"Audit retention in days."_s, u"n"_s);
    parser.addOptions({help, listen, url, rate, withReplies, dataDir, fast, pollMs, email, name,
                       role, scopes, keepDays});
    parser.addVersionOption();
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "opsdeskd: %s\n\n%s", qPrintable(parser.errorText()), kHelp);
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    const bool subcommandHelp =
        parser.isSet(help) && positional.size() == 1 &&
        (positional.first() == u"user" || positional.first() == u"api-key" ||
         positional.first() == u"audit");
    if (!subcommandHelp && (parser.isSet(help) || positional.isEmpty())) {
        std::printf("%s", kHelp);
        return parser.isSet(help) ? 0 : 2;
    }
    if (parser.isSet(u"version"_s)) {
        parser.showVersion();
    }

    const QStringList args = parser.positionalArguments();
    const QString &command = args.first();
    bool rateOk = false;
    const double eventsPerSecond = parser.value(rate).toDouble(&rateOk);
    if (!rateOk || eventsPerSecond <= 0) {
        std::fprintf(stderr, "opsdeskd: --rate must be a positive number\n");
        return 2;
    }
    if (command == u"migrate") {
        return opsdeskd::migrate();
    }
    if (command == u"serve") {
        return opsdeskd::serve(parser.value(listen));
    }
    if (command == u"tail") {
        return opsdeskd::tail(parser.value(pollMs).toInt());
    }
    if (command == u"replay") {
        return opsdeskd::replay(parser.value(url), eventsPerSecond, parser.isSet(withReplies));
    }
    if (command == u"cluster") {
        if (args.size() < 2 || !parser.isSet(dataDir)) {
            std::fprintf(stderr, "opsdeskd: cluster start|stop --data-dir DIR\n");
            return 2;
        }
        return opsdeskd::cluster(args.at(1), parser.value(dataDir), !parser.isSet(fast));
    }
    if (command == u"user") {
        return opsdeskd::user(args.mid(1), parser);
    }
    if (command == u"audit") {
        return opsdeskd::audit(args.mid(1), parser);
    }
    if (command == u"api-key") {
        return opsdeskd::apiKey(args.mid(1), parser);
    }
    if (command == u"cloud-api-stand-in") {
        return opsdeskd::cloudApiStandIn(parser.isSet(listen) ? parser.value(listen)
                                                              : u"127.0.0.1:0"_s);
    }
    if (command == u"demo") {
        const QString dir = parser.isSet(dataDir) ? parser.value(dataDir)
                                                  : opsdesk::EmbeddedCluster::defaultDataDir();
        return opsdeskd::demo(dir, parser.isSet(listen) ? parser.value(listen) : u"127.0.0.1:0"_s,
                              eventsPerSecond);
    }
    std::fprintf(stderr, "opsdeskd: unknown command \"%s\"\n\n%s", qPrintable(command), kHelp);
    return 2;
}
