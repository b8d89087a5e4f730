// Support inbox benchmark (run by bench/inbox.sh on a private cluster holding 1,000,000 messages
// in 50,000 conversations).
//
//   inboxbench queries URL [RUNS=30]
//     As the support person URL signs in as, each RUNS times after two warm-up runs, p50/p95 in
//     ms: (a) inbox::fetchPage (first page, 100 + 1 look-ahead) for each view x sort with the
//     default statuses (open, pending), the second page, and inbox::fetchUnreadCounts; (b) the
//     same first page with a search: a contact name, a phone number fragment, a common word, a
//     rare word and no match, with the default statuses and with all four; (c) through
//     ConversationListModel: sign-in to the first rows in the list (a real Workspace session:
//     sign-in check, connection pool, change feed, every model of the session loading at
//     once), a new model's first page, and each filter switch a person makes in the list
//     (until the new rows are in the model).
//   inboxbench explain URL
//     Runs each search query of (b), then each view x sort query of (a), once on a fresh
//     connection, after a line "=== plans" and a heading per query on stderr. With auto_explain set
//     up for the role (bench/inbox.sh does), the plan of each query as it ran follows its heading
//     (libpq prints notices on stderr).
//
// Figures only, no assertions: the machine is shared, so read p95 with that in mind.

#include "conversationlistmodel.h"
#include "database.h"
#include "inbox.h"
#include "logging.h"
#include "percentile.h"
#include "signin.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using opsdesk::bench::percentile;
using namespace opsdesk;

namespace {

/// Waits (running the event loop, asleep between events: a busy loop would take a core from
/// PostgreSQL on a small machine) until @p done or 60 s passed; false on timeout.
bool waitFor(const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    QTimer tick; // wakes the loop at least every 5 ms, so a condition without an event is seen
    tick.start(5);
    while (!done()) {
        if (timer.elapsed() > 60000) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

/// Runs the event loop for @p ms (lets queued follow-up work, such as unread counts, finish).
void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    waitFor([&] { return timer.elapsed() >= ms; });
}

double elapsedMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

const QStringList kDefaultStatuses{u"open"_s, u"pending"_s};

/// The search terms, picked from the data like a person would type them.
struct Terms {
    QString name;    ///< a customer's full name (a few dozen customers share it)
    QString phone;   ///< six digits from the middle of one customer's number
    QString common;  ///< a word in a large share of all messages
    QString rare;    ///< a word in a handful of messages
    QString nothing; ///< matches nothing
};

Terms pickTerms(const QSqlDatabase &db)
{
    auto pick = [&db](const QString &sql) {
        auto query = exec(db, sql);
        return query.next() ? query.value(0).toString() : QString();
    };
    Terms terms;
    // Picked pseudo-randomly but the same every run (md5 of the id).
    terms.name = pick(uR"(
SELECT k.profile_name FROM opsdesk.contacts k JOIN opsdesk.conversations c ON c.contact_id = k.id
 WHERE c.status = 'open' AND k.profile_name ~ '^[A-Z][a-z]+ [A-Z][a-z]+$'
 ORDER BY md5(k.id::text) LIMIT 1)"_s);
    terms.phone = pick(uR"(
SELECT substr(k.wa_id, 4, 6) FROM opsdesk.contacts k JOIN opsdesk.conversations c ON c.contact_id = k.id
 WHERE c.status = 'pending' AND k.wa_id LIKE '9725%'
 ORDER BY md5(k.id::text) LIMIT 1)"_s);
    if (terms.name.isEmpty() || terms.phone.isEmpty()) {
        throw DatabaseError(
            u"no open conversation with a named customer, or no pending one with an "
            u"Israeli number: generate the data with bench/inbox.sh"_s);
    }
    terms.common = u"order"_s;
    terms.rare = u"tarantula"_s;
    terms.nothing = u"zqxv nothing like this"_s;
    return terms;
}

/// One service-layer query of the benchmark.
struct Query {
    QString name;
    inbox::Filter filter;
    bool secondPage = false;
    bool unreadCounts = false;
};

std::vector<Query> searchQueries(const Terms &terms, const QString &personId)
{
    std::vector<Query> queries;
    const std::vector<std::pair<QString, QString>> searches{
        {u"contact name \"%1\""_s.arg(terms.name), terms.name},
        {u"phone fragment \"%1\""_s.arg(terms.phone), terms.phone},
        {u"common word \"%1\""_s.arg(terms.common), terms.common},
        {u"rare word \"%1\""_s.arg(terms.rare), terms.rare},
        {u"no match \"%1\""_s.arg(terms.nothing), terms.nothing},
    };
    for (const bool allStatuses : {false, true}) {
        for (const auto &[label, text] : searches) {
            inbox::Filter filter{inbox::View::All, allStatuses ? QStringList() : kDefaultStatuses,
                                 inbox::Sort::LastActivity, text, personId};
            queries.push_back(
                {u"search %1, %2"_s.arg(label, allStatuses ? u"all statuses"_s : u"open+pending"_s),
                 filter});
        }
    }
    return queries;
}

std::vector<Query> serviceQueries(const QString &personId)
{
    std::vector<Query> queries;
    const std::vector<std::pair<QString, inbox::View>> views{
        {u"All"_s, inbox::View::All},
        {u"Mine"_s, inbox::View::Mine},
        {u"Unassigned"_s, inbox::View::Unassigned}};
    const std::vector<std::pair<QString, inbox::Sort>> sorts{
        {u"activity"_s, inbox::Sort::LastActivity}, {u"waiting"_s, inbox::Sort::WaitingLongest}};
    for (const auto &[viewName, view] : views) {
        for (const auto &[sortName, sort] : sorts) {
            queries.push_back({u"%1, %2"_s.arg(viewName, sortName),
                               {view, kDefaultStatuses, sort, {}, personId}});
        }
    }
    queries.push_back(
        {u"All, activity: second page (keyset)"_s,
         {inbox::View::All, kDefaultStatuses, inbox::Sort::LastActivity, {}, personId},
         true});
    queries.push_back(
        {u"All, waiting: second page (keyset)"_s,
         {inbox::View::All, kDefaultStatuses, inbox::Sort::WaitingLongest, {}, personId},
         true});
    queries.push_back(
        {u"unread counts (3 views)"_s,
         {inbox::View::All, kDefaultStatuses, inbox::Sort::LastActivity, {}, personId},
         false,
         true});
    return queries;
}

void printHeader(const char *what)
{
    std::printf("\n%-58s %9s %9s  %s\n", what, "p50 ms", "p95 ms", "rows");
}

void measureQueries(const QSqlDatabase &db, const std::vector<Query> &queries, int runs)
{
    for (const Query &q : queries) {
        inbox::Cursor cursor;
        if (q.secondPage) {
            const auto first = inbox::fetchPage(db, q.filter, {}, 101);
            if (first.size() > 100) {
                cursor = {q.filter.sortKeyOf(first.at(99)), first.at(99).id};
            }
        }
        std::vector<double> ms;
        QString rows;
        QElapsedTimer clock;
        for (int run = -2; run < runs; ++run) {
            clock.restart();
            if (q.unreadCounts) {
                const auto counts = inbox::fetchUnreadCounts(db, q.filter);
                rows = u"all %1, mine %2, unassigned %3"_s.arg(counts.all)
                           .arg(counts.mine)
                           .arg(counts.unassigned);
            } else {
                rows = QString::number(inbox::fetchPage(db, q.filter, cursor, 101).size());
            }
            if (run >= 0) {
                ms.push_back(elapsedMs(clock));
            }
        }
        std::printf("%-58s %9.1f %9.1f  %s\n", qPrintable(q.name), percentile(ms, 0.5),
                    percentile(ms, 0.95), qPrintable(rows));
        std::fflush(stdout);
    }
}

/// A change a person makes in the conversation list, and how to undo it.
struct Switch {
    QString name;
    std::function<void(ConversationListModel &)> apply;
    std::function<void(ConversationListModel &)> undo;
    bool fetchMore = false;
};

int runQueries(const DatabaseConfig &config, int runs)
{
    Database database(config, 2);
    QSqlDatabase db = database.openDedicated(u"bench-inbox"_s);

    QElapsedTimer clock;
    clock.start();
    const auto person = signin::check(config);
    if (!person.identity) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(person.message));
        return 1;
    }
    const QString personId = person.identity->id;
    const Terms terms = pickTerms(db);

    // (a) and (b): the service layer alone, on this thread's connection.
    printHeader("(a) inbox::fetchPage, open + pending, first page of 101");
    measureQueries(db, serviceQueries(personId), runs);
    printHeader("(b) search, view All, most recent first, first page of 101");
    measureQueries(db, searchQueries(terms, personId), runs);

    // (c) the conversation list model. Sign-in to first paint: the sign-in check, a new
    // session (pool, change feed, all models loading) until the list has its first rows.
    Workspace workspace{false};
    std::vector<double> paintMs;
    std::vector<double> checkMs;
    const int sessions = std::min(runs, 10);
    for (int run = -1; run < sessions; ++run) {
        clock.restart();
        const auto again = signin::check(config);
        const double checked = elapsedMs(clock);
        if (!again.identity) {
            std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(again.message));
            return 1;
        }
        workspace.startSession(config, *again.identity, u"bench"_s);
        const bool shown = waitFor([&] {
            auto *list = workspace.conversations();
            return list && list->rowCount() > 0 && !list->loading();
        });
        if (!shown) {
            std::fprintf(stderr, "the conversation list stayed empty\n");
            return 1;
        }
        if (run >= 0) {
            paintMs.push_back(elapsedMs(clock));
            checkMs.push_back(checked);
        }
        if (run < sessions - 1) {
            workspace.signOut();
            settle(200);
        }
    }
    printHeader("(c) ConversationListModel");
    std::printf("%-58s %9.1f %9.1f  (%d sessions; of which the sign-in check p50 %.1f ms)\n",
                "first paint: sign-in to the first rows in the list", percentile(paintMs, 0.5),
                percentile(paintMs, 0.95), sessions, percentile(checkMs, 0.5));
    if (!waitFor([&] { return workspace.feedState() == Workspace::FeedState::Live; })) {
        std::fprintf(stderr, "the change feed did not start\n");
        return 1;
    }
    settle(500);

    // A new model's first page (what opening the Conversations page costs once signed in).
    std::vector<double> modelMs;
    qsizetype modelRows = 0;
    for (int run = -2; run < runs; ++run) {
        ConversationListModel model(*workspace.database(), personId);
        int resets = 0;
        QObject::connect(&model, &QAbstractItemModel::modelReset, [&resets] { ++resets; });
        clock.restart();
        model.reload();
        waitFor([&] { return resets > 0 && !model.loading(); });
        if (run >= 0) {
            modelMs.push_back(elapsedMs(clock));
        }
        modelRows = model.rowCount();
        settle(300); // its unread counts
    }
    std::printf("%-58s %9.1f %9.1f  %lld\n", "first paint: a new model's first page",
                percentile(modelMs, 0.5), percentile(modelMs, 0.95), qlonglong(modelRows));

    // Switches in the session's live list, each from the default (All, open + pending, most
    // recent first, no search) and back. A search runs kSearchDelayMs after the last keystroke:
    // its figure includes that delay (shown separately).
    using M = ConversationListModel;
    const std::vector<Switch> switches{
        {u"view switch: All -> Mine"_s, [](M &m) { m.setView(u"mine"_s); },
         [](M &m) { m.setView(u"all"_s); }},
        {u"view switch: All -> Unassigned"_s, [](M &m) { m.setView(u"unassigned"_s); },
         [](M &m) { m.setView(u"all"_s); }},
        {u"view switch: Mine -> Unassigned"_s, [](M &m) { m.setView(u"unassigned"_s); },
         [](M &m) { m.setView(u"mine"_s); }},
        {u"sort: most recent -> waiting longest"_s, [](M &m) { m.setSortBy(u"waiting"_s); },
         [](M &m) { m.setSortBy(u"activity"_s); }},
        {u"statuses: open + pending -> all"_s, [](M &m) { m.setStatusFilterKey(QString()); },
         [](M &m) { m.setStatusFilterKey(u"open,pending"_s); }},
        {u"statuses: open + pending -> resolved"_s,
         [](M &m) { m.setStatusFilterKey(u"resolved"_s); },
         [](M &m) { m.setStatusFilterKey(u"open,pending"_s); }},
        {u"search typed: contact name (incl. delay)"_s, [&terms](M &m) { m.setSearch(terms.name); },
         [](M &m) { m.setSearch(QString()); }},
        {u"search typed: common word (incl. delay)"_s,
         [&terms](M &m) { m.setSearch(terms.common); }, [](M &m) { m.setSearch(QString()); }},
        {u"search cleared (incl. delay)"_s, [](M &m) { m.setSearch(QString()); },
         [&terms](M &m) { m.setSearch(terms.name); }},
        {u"scrolled to the end: next page (fetchMore)"_s, [](M &m) { m.fetchMore({}); },
         [](M &m) { m.reload(); }, true},
    };
    M &list = *workspace.conversations();
    int resets = 0;
    QObject::connect(&list, &QAbstractItemModel::modelReset, [&resets] { ++resets; });
    auto waitReset = [&](int before) {
        return waitFor([&] { return resets > before && !list.loading(); });
    };
    std::printf("(search delay: %d ms)\n", M::kSearchDelayMs);
    for (const Switch &change : switches) {
        std::vector<double> ms;
        const bool fromMine = change.name.contains(u"Mine ->"_s);
        const bool fromSearch = change.name.startsWith(u"search cleared"_s);
        // The starting point of this switch.
        if (fromMine || fromSearch) {
            const int before = resets;
            change.undo(list);
            waitReset(before);
            settle(300);
        }
        for (int run = -2; run < runs; ++run) {
            const int before = resets;
            const int rowsBefore = list.rowCount();
            clock.restart();
            change.apply(list);
            if (change.fetchMore) {
                waitFor([&] { return list.rowCount() > rowsBefore && !list.loading(); });
            } else {
                waitReset(before);
            }
            if (run >= 0) {
                ms.push_back(elapsedMs(clock));
            }
            const int shown = list.rowCount();
            const int undoFrom = resets;
            change.undo(list);
            waitReset(undoFrom);
            settle(300); // the unread counts that follow every reload
            if (run == runs - 1) {
                std::printf("%-58s %9.1f %9.1f  %d\n", qPrintable(change.name), percentile(ms, 0.5),
                            percentile(ms, 0.95), shown);
                std::fflush(stdout);
            }
        }
        // Back to the default for the next switch.
        if (fromMine) {
            const int before = resets;
            list.setView(u"all"_s);
            waitReset(before);
        } else if (fromSearch) {
            const int before = resets;
            list.setSearch(QString());
            waitReset(before);
        }
        settle(300);
    }
    std::printf("\nsearch terms: name \"%s\", phone fragment \"%s\", common \"%s\", rare \"%s\"\n",
                qPrintable(terms.name), qPrintable(terms.phone), qPrintable(terms.common),
                qPrintable(terms.rare));
    db.close();
    workspace.signOut();
    QCoreApplication::processEvents();
    return 0;
}

int runExplain(const DatabaseConfig &config)
{
    const auto person = signin::check(config);
    if (!person.identity) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(person.message));
        return 1;
    }
    Database database(config, 1);
    QSqlDatabase db = database.openDedicated(u"bench-explain"_s);
    const Terms terms = pickTerms(db);
    // Database sets warning for its connections; auto_explain reports at notice level.
    exec(db, u"SET client_min_messages = notice"_s);
    std::fprintf(stderr, "=== plans\n");
    std::vector<Query> queries = searchQueries(terms, person.identity->id);
    for (const Query &q : serviceQueries(person.identity->id)) {
        if (!q.secondPage && !q.unreadCounts) {
            queries.push_back(q); // the views' first pages too, after the searches
        }
    }
    for (const Query &q : queries) {
        std::fprintf(stderr, "\n--- %s\n", qPrintable(q.name));
        std::fflush(stderr);
        const auto rows = inbox::fetchPage(db, q.filter, {}, 101);
        std::fprintf(stderr, "(%lld rows returned)\n", qlonglong(rows.size()));
        std::fflush(stderr);
    }
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
        std::fprintf(stderr, "usage: inboxbench queries URL [RUNS] | explain URL\n");
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
        if (args.at(1) == u"explain") {
            return runExplain(config.value());
        }
    } catch (const DatabaseError &error) {
        std::fprintf(stderr, "SQL: %s\n", qPrintable(error.message()));
        return 1;
    }
    std::fprintf(stderr, "usage: inboxbench queries URL [RUNS] | explain URL\n");
    return 2;
}
