// Audit trail benchmark (run by bench/audit.sh on a private cluster holding 2,000,000 entries).
//
//   auditbench queries URL [RUNS=30]
//     For each filter a manager would use: the time until the first page is in the Audit trail
//     model (AuditLogModel over a real Workspace session: query, transfer, summaries, model reset)
//     and the service query alone (auditlog::fetchPage, 101 rows), each RUNS times after two
//     warm-up runs; p50/p95 in ms. Then the plan of each query, EXPLAIN (ANALYZE, BUFFERS).
//   auditbench export URL FROM_US FILE
//     Exports every entry at or after FROM_US (µs since the epoch) to FILE through
//     auditlog::exportCsvFile; prints rows, seconds, MB written and peak RSS (VmHWM) before and
//     after.
//
// URL signs in as a manager (postgresql://user:password@host:port/db). Figures only, no
// assertions: the machine is shared, so read p95 with that in mind.

#include "auditlog.h"
#include "auditlogmodel.h"
#include "database.h"
#include "logging.h"
#include "percentile.h"
#include "signin.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlField>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using opsdesk::bench::percentile;
using namespace opsdesk;

namespace {

/// Peak resident set size of this process so far, in MB (Linux VmHWM).
double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
}

/// Waits (running the event loop) until @p done or 60 s passed; false on timeout.
bool waitFor(const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > 60000) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    return true;
}

/// One thing a manager asks the trail.
struct Scenario {
    QString name;
    auditlog::Filter filter;                    ///< for the service query and its plan
    std::function<void(AuditLogModel &)> apply; ///< the same, set on the model's properties
    bool nextPage = false; ///< measure the second page (keyset) instead of the first
};

QString explain(const QSqlDatabase &db, const auditlog::Statement &statement)
{
    // QPSQL runs each statement once as a fresh prepared statement, so PostgreSQL plans it with
    // the values (a custom plan): EXPLAIN with the values inlined shows that plan.
    QString sql = statement.sql;
    qsizetype from = 0;
    for (const QVariant &arg : statement.args) {
        QSqlField field(QString(), arg.metaType());
        field.setValue(arg);
        const QString literal = db.driver()->formatValue(field);
        from = sql.indexOf(u'?', from);
        sql.replace(from, 1, literal);
        from += literal.size();
    }
    auto query = exec(db, u"EXPLAIN (ANALYZE, BUFFERS) "_s + sql);
    QStringList lines;
    while (query.next()) {
        lines << u"    "_s + query.value(0).toString();
    }
    return lines.join(u'\n');
}

int runQueries(const DatabaseConfig &config, int runs)
{
    Database database(config, 2);
    QSqlDatabase db = database.openDedicated(u"bench-explain"_s);

    // A conversation with some history, a busy and a quiet person, for realistic filters.
    auto pick = [&db](const QString &sql) {
        auto query = exec(db, sql);
        return query.next() ? query.value(0).toString() : QString();
    };
    const QString conversation =
        pick(u"SELECT resource_id FROM opsdesk.audit_log WHERE resource_type = 'conversations'"
             u" ORDER BY at DESC LIMIT 1 OFFSET 5000"_s);
    const QString busy = pick(u"SELECT db_role FROM opsdesk.admin_users WHERE role = 'support'"
                              u" ORDER BY db_role LIMIT 1"_s);
    const QString quiet = pick(u"SELECT db_role FROM opsdesk.admin_users WHERE role = 'admin'"
                               u" ORDER BY db_role DESC LIMIT 1"_s);
    const QString waId = pick(u"SELECT changes->>'wa_id' FROM opsdesk.audit_log"
                              u" WHERE resource_type = 'contacts' AND action = 'insert'"
                              u" ORDER BY at DESC LIMIT 1 OFFSET 20000"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    using M = AuditLogModel;
    const std::vector<Scenario> scenarios{
        {u"first page, no filter"_s, {}, [](M &m) { m.reload(); }},
        {u"next page (keyset), no filter"_s, {}, [](M &) {}, true},
        {u"last 24 hours"_s,
         {.from = now.addSecs(-86400)},
         [](M &m) { m.setTimeRange(M::Last24Hours); }},
        {u"actor: busy support person"_s, {.actor = busy}, [busy](M &m) { m.setActor(busy); }},
        {u"actor: quiet admin"_s, {.actor = quiet}, [quiet](M &m) { m.setActor(quiet); }},
        {u"action: delete"_s, {.action = u"delete"_s}, [](M &m) { m.setAction(u"delete"_s); }},
        {u"resource type: api_keys"_s,
         {.resourceType = u"api_keys"_s},
         [](M &m) { m.setResourceType(u"api_keys"_s); }},
        {u"resource: one conversation's history"_s,
         {.resourceType = u"conversations"_s, .resourceId = conversation},
         [conversation](M &m) {
             m.setResourceType(u"conversations"_s);
             m.setResourceId(conversation);
         }},
        {u"resource id only"_s,
         {.resourceId = conversation},
         [conversation](M &m) { m.setResourceId(conversation); }},
        {u"quiet admin + delete + last 7 days"_s,
         {.actor = quiet, .action = u"delete"_s, .from = now.addDays(-7)},
         [quiet](M &m) {
             m.setActor(quiet);
             m.setAction(u"delete"_s);
             m.setTimeRange(M::Last7Days);
         }},
        {u"text: common word (\"resolved\")"_s,
         {.text = u"resolved"_s},
         [](M &m) { m.setSearchText(u"resolved"_s); }},
        {u"text: one customer's number"_s, {.text = waId}, [waId](M &m) { m.setSearchText(waId); }},
        {u"text: quoted phrase (\"O'Brien\")"_s,
         {.text = u"O'Brien"_s},
         [](M &m) { m.setSearchText(u"O'Brien"_s); }},
        {u"text: no match"_s,
         {.text = u"zqxv nothing like this"_s},
         [](M &m) { m.setSearchText(u"zqxv nothing like this"_s); }},
        {u"text: wildcard characters only (\"%_\")"_s,
         {.text = u"%_"_s},
         [](M &m) { m.setSearchText(u"%_"_s); }},
        {u"busy person + text \"delivered\""_s,
         {.actor = busy, .text = u"delivered"_s},
         [busy](M &m) {
             m.setActor(busy);
             m.setSearchText(u"delivered"_s);
         }},
    };

    // The client side: a manager's real session and the Audit trail model.
    const auto person = signin::check(config);
    if (!person.identity) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(person.message));
        return 1;
    }
    Workspace workspace{false};
    workspace.startSession(config, *person.identity, u"bench"_s);
    if (!waitFor([&] { return workspace.feedState() == Workspace::FeedState::Live; })) {
        std::fprintf(stderr, "the change feed did not start\n");
        return 1;
    }
    QElapsedTimer clock;
    AuditLogModel model;
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&resets] { ++resets; });
    clock.start();
    model.setWorkspace(&workspace);
    waitFor([&] { return resets > 0 && !model.loading(); });
    std::printf("opening the page (model created, first page shown): %.1f ms, %d rows\n\n",
                double(clock.nsecsElapsed()) / 1e6, model.rowCount());
    waitFor([&] { return !model.loading(); });

    std::printf("%-42s %9s %9s   %9s %9s  %s\n", "filter", "model p50", "p95", "query p50", "p95",
                "rows");
    std::vector<std::pair<QString, QString>> plans;
    for (const Scenario &scenario : scenarios) {
        std::vector<double> modelMs;
        std::vector<double> queryMs;
        qsizetype rows = 0;
        auditlog::Cursor cursor;
        if (scenario.nextPage) {
            const auto first = auditlog::fetchPage(db, scenario.filter, {}, 101);
            cursor = {first.at(99).atUs, first.at(99).id};
        }
        for (int run = -2; run < runs; ++run) {
            // Model: from the filter change to the rows being in the model.
            const int cleared = resets;
            model.clearFilters();
            waitFor([&] { return resets > cleared && !model.loading(); });
            const int before = resets;
            const int rowsBefore = model.rowCount();
            clock.restart();
            if (scenario.nextPage) {
                model.fetchMore({});
                waitFor([&] { return model.rowCount() > rowsBefore && !model.loading(); });
            } else {
                scenario.apply(model);
                waitFor([&] { return resets > before && !model.loading(); });
            }
            const double modelElapsed = double(clock.nsecsElapsed()) / 1e6;

            // Service: the query alone, on this thread.
            clock.restart();
            rows = auditlog::fetchPage(db, scenario.filter, cursor, 101).size();
            const double queryElapsed = double(clock.nsecsElapsed()) / 1e6;
            if (run >= 0) {
                modelMs.push_back(modelElapsed);
                queryMs.push_back(queryElapsed);
            }
        }
        std::printf("%-42s %9.1f %9.1f   %9.1f %9.1f  %lld\n", qPrintable(scenario.name),
                    percentile(modelMs, 0.5), percentile(modelMs, 0.95), percentile(queryMs, 0.5),
                    percentile(queryMs, 0.95), qlonglong(rows));
        std::fflush(stdout);
        plans.emplace_back(scenario.name,
                           explain(db, auditlog::pageStatement(scenario.filter, cursor, 101)));
    }
    std::printf("\nPlans (EXPLAIN (ANALYZE, BUFFERS), the first page of 100 + 1 look-ahead):\n");
    for (const auto &[name, plan] : plans) {
        std::printf("\n--- %s\n%s\n", qPrintable(name), qPrintable(plan));
    }
    db.close();
    workspace.signOut();
    QCoreApplication::processEvents();
    return 0;
}

int runExport(const DatabaseConfig &config, qint64 fromUs, const QString &path)
{
    const double before = peakRssMb();
    Database database(config, 1);
    QSqlDatabase db = database.openDedicated(u"bench-export"_s);
    const double connected = peakRssMb();
    const auditlog::Filter filter{.from = QDateTime::fromMSecsSinceEpoch(fromUs / 1000, Qt::UTC)};
    QElapsedTimer clock;
    clock.start();
    qint64 progressCalls = 0;
    const auto result = auditlog::exportCsvFile(db, filter, path, [&](qint64, qint64) {
        ++progressCalls;
        return true;
    });
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    std::printf(
        "export: %lld rows in %.2f s (%.0f rows/s), %.1f MB written, %lld progress reports\n",
        qlonglong(result.rows), seconds, double(result.rows) / seconds,
        double(QFileInfo(path).size()) / 1e6, qlonglong(progressCalls));
    std::printf("peak RSS: %.1f MB at start, %.1f MB connected, %.1f MB after the export\n", before,
                connected, peakRssMb());
    db.close();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    logging::setup("warn");
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: auditbench queries URL [RUNS] | export URL FROM_US FILE\n");
        return 2;
    }
    const auto config = DatabaseConfig::fromUrl(args.at(2));
    if (!config) {
        std::fprintf(stderr, "URL: %s\n", qPrintable(config.error()));
        return 2;
    }
    try {
        if (args.at(1) == u"queries") {
            return runQueries(config.value(), args.size() > 3 ? args.at(3).toInt() : 30);
        }
        if (args.at(1) == u"export" && args.size() > 4) {
            return runExport(config.value(), args.at(3).toLongLong(), args.at(4));
        }
    } catch (const DatabaseError &error) {
        std::fprintf(stderr, "SQL: %s\n", qPrintable(error.message()));
        return 1;
    }
    std::fprintf(stderr, "usage: auditbench queries URL [RUNS] | export URL FROM_US FILE\n");
    return 2;
}
