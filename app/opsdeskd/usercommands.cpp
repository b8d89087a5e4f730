// `opsdeskd user ...` (people who sign in) and `opsdeskd audit prune` (audit retention).
//
// Both connect with OPSDESK_DATABASE_URL and act as that role: connected as the schema owner
// (or a superuser) they may do anything, which is how the first admin of a fresh database is
// made; connected as a person, the database applies that person's rights (services/people.h).
#include "commands.h"

#include "auditretention.h"
#include "database.h"
#include "people.h"

#include <QCoroTask>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace opsdesk;

namespace opsdeskd {
namespace {

const char *kUserHelp = R"(Usage: opsdeskd user <action> [options]

Manage the people who sign in to OpsDesk. Each person signs in with a PostgreSQL login role of
their own (the sign-in name). Connect with OPSDESK_DATABASE_URL as the schema owner to make the
first admin of a fresh database; connected as a person, that person's rights apply (an admin
manages support and manager accounts, only a super admin manages admins). Every change is
recorded in the audit trail.

Actions:
  create <sign-in-name> --email E --name "N" --role R
                           Create a person; prints their temporary password (shown only once).
  list                     Everyone, with role, status and when they were last seen.
  set-role <sign-in-name> --role R
                           Change a person's role.
  deactivate <sign-in-name>
                           Refuse their sign-ins from now on and end their open sessions.
  reactivate <sign-in-name>
                           Let a deactivated person sign in again.
  reset-password <sign-in-name>
                           Give a person a new temporary password (printed once).

Roles: support, manager, admin, super_admin.
Sign-in names: 2-63 characters, a-z first, then a-z 0-9 _ . - (not pg_... or opsdesk_...).

Exit status: 0 done, 1 refused or failed (the reason is printed), 2 wrong usage.
)";

void print(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

/// Prints @p error; input mistakes are usage errors, everything else a failure.
int report(const people::Error &error)
{
    fail(error.message);
    return error.kind == people::Error::Kind::InvalidInput ? kUsage : kFailed;
}

QCoro::Task<int> createPerson(Database &database, people::NewPerson draft)
{
    auto createdTask = people::create(database, draft);
    auto created = co_await createdTask;
    if (!created) {
        co_return report(created.error());
    }
    const people::Person &person = created->person;
    print(u"Created %1 (%2, %3)."_s.arg(person.signInName, person.displayName, person.role));
    print(u"Temporary password (shown only now): %1"_s.arg(created->temporaryPassword));
    print(u"Hand it over privately; they sign in as \"%1\" with it."_s.arg(person.signInName));
    co_return kDone;
}

QCoro::Task<int> listPeople(Database &database)
{
    auto everyoneTask = people::list(database);
    auto everyone = co_await everyoneTask;
    if (!everyone) {
        co_return report(everyone.error());
    }
    QList<people::Person> sorted = everyone.value();
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.signInName < b.signInName; });
    QList<QStringList> rows{
        {u"SIGN-IN NAME"_s, u"NAME"_s, u"E-MAIL"_s, u"ROLE"_s, u"STATUS"_s, u"LAST SEEN"_s}};
    for (const auto &person : sorted) {
        rows.append({person.signInName, person.displayName, person.email, person.role,
                     person.active ? u"active"_s : u"deactivated"_s,
                     timeLabel(person.lastSeenAt, u"never"_s)});
    }
    printTable(rows);
    print(sorted.size() == 1 ? u"1 person."_s : u"%1 people."_s.arg(sorted.size()));
    co_return kDone;
}

QCoro::Task<int> changeRole(Database &database, QString signInName, QString role)
{
    auto foundTask = people::findBySignInName(database, signInName);
    auto found = co_await foundTask;
    if (!found) {
        co_return report(found.error());
    }
    const people::Person &person = found.value();
    // Asked even when nothing would change: the database decides whether the caller may.
    auto doneTask = people::setRole(database, person.id, role);
    auto done = co_await doneTask;
    if (!done) {
        co_return report(done.error());
    }
    print(person.role == role
              ? u"%1 already has the role %2; nothing changed."_s.arg(signInName, role)
              : u"%1 is now %2 (was %3)."_s.arg(signInName, role, person.role));
    co_return kDone;
}

QCoro::Task<int> deactivatePerson(Database &database, QString signInName)
{
    auto foundTask = people::findBySignInName(database, signInName);
    auto found = co_await foundTask;
    if (!found) {
        co_return report(found.error());
    }
    const people::Person &person = found.value();
    auto endedTask = people::deactivate(database, person.id);
    auto ended = co_await endedTask;
    if (!ended) {
        co_return report(ended.error());
    }
    if (!person.active) {
        print(u"%1 was already deactivated; %2 open session(s) ended."_s.arg(
            signInName, QString::number(ended.value())));
        co_return kDone;
    }
    print(u"Deactivated %1: sign-ins are refused from now on; %2 open session(s) ended."_s.arg(
        signInName, QString::number(ended.value())));
    co_return kDone;
}

QCoro::Task<int> reactivatePerson(Database &database, QString signInName)
{
    auto foundTask = people::findBySignInName(database, signInName);
    auto found = co_await foundTask;
    if (!found) {
        co_return report(found.error());
    }
    const people::Person &person = found.value();
    auto doneTask = people::reactivate(database, person.id);
    auto done = co_await doneTask;
    if (!done) {
        co_return report(done.error());
    }
    print(person.active
              ? u"%1 was already active; nothing changed."_s.arg(signInName)
              : u"Reactivated %1: they can sign in again with their password."_s.arg(signInName));
    co_return kDone;
}

QCoro::Task<int> issuePassword(Database &database, QString signInName)
{
    auto foundTask = people::findBySignInName(database, signInName);
    auto found = co_await foundTask;
    if (!found) {
        co_return report(found.error());
    }
    const people::Person &person = found.value();
    auto passwordTask = people::resetPassword(database, person.id);
    auto password = co_await passwordTask;
    if (!password) {
        co_return report(password.error());
    }
    print(
        u"New temporary password for %1 (shown only now): %2"_s.arg(signInName, password.value()));
    print(u"The old password no longer works; sessions already open stay open."_s);
    co_return kDone;
}

/// The positional sign-in name after the action, or a usage error.
std::optional<QString> signInNameArgument(const QStringList &args)
{
    if (args.size() != 2 || args.at(1).startsWith(u'-')) {
        fail(u"user %1 expects one sign-in name, e.g. `opsdeskd user %1 alice`"_s.arg(args.at(0)));
        return std::nullopt;
    }
    return args.at(1);
}

/// --role R, checked.
std::optional<QString> roleOption(const QCommandLineParser &parser)
{
    const QString role = parser.value(u"role"_s);
    if (!parser.isSet(u"role"_s)) {
        fail(u"--role is required: support, manager, admin or super_admin"_s);
        return std::nullopt;
    }
    if (!people::isKnownRole(role)) {
        fail(u"--role \"%1\" is not a role: support, manager, admin or super_admin"_s.arg(role));
        return std::nullopt;
    }
    return role;
}

QCoro::Task<int> prune(Database &database, int keepDays)
{
    auto prunedTask = auditretention::prune(database, keepDays);
    const auto pruned = co_await prunedTask;
    if (!pruned) {
        fail(pruned.error());
        co_return kFailed;
    }
    print(u"Pruned %1 audit entr%2 older than %3 days (before %4); the prune itself is recorded."_s
              .arg(QString::number(pruned->deleted), pruned->deleted == 1 ? u"y"_s : u"ies"_s,
                   QString::number(keepDays), timeLabel(pruned->olderThan, {})));
    co_return kDone;
}

} // namespace

int user(const QStringList &args, const QCommandLineParser &parser)
{
    if (parser.isSet(u"help"_s) || args.isEmpty()) {
        std::printf("%s", kUserHelp);
        return args.isEmpty() && !parser.isSet(u"help"_s) ? kUsage : kDone;
    }
    const QString &action = args.first();
    static const QStringList kActions{u"create"_s,     u"list"_s,       u"set-role"_s,
                                      u"deactivate"_s, u"reactivate"_s, u"reset-password"_s};
    if (!kActions.contains(action)) {
        fail(u"unknown user action \"%1\" (see `opsdeskd user --help`)"_s.arg(action));
        return kUsage;
    }
    if (action == u"list" && args.size() != 1) {
        fail(u"user list takes no arguments"_s);
        return kUsage;
    }
    // Positional sign-in name and --role, checked before connecting.
    QString signInName;
    QString role;
    if (action != u"list") {
        const auto name = signInNameArgument(args);
        if (!name) {
            return kUsage;
        }
        signInName = *name;
    }
    if (action == u"create" || action == u"set-role") {
        const auto chosen = roleOption(parser);
        if (!chosen) {
            return kUsage;
        }
        role = *chosen;
    }
    people::NewPerson draft;
    if (action == u"create") {
        draft = {signInName, parser.value(u"email"_s), parser.value(u"name"_s), role};
        if (const auto problem = people::problems(draft)) {
            static const QHash<QString, QString> kOption{{u"signInName"_s, u"sign-in name"_s},
                                                         {u"email"_s, u"--email"_s},
                                                         {u"displayName"_s, u"--name"_s},
                                                         {u"role"_s, u"--role"_s}};
            fail(kOption.value(problem->field) + u": "_s + problem->message);
            return kUsage;
        }
    }

    const auto config = configFromEnvironment();
    if (!config) {
        return kUsage;
    }
    Database database(*config, 1);
    const auto run = [&]() -> QCoro::Task<int> {
        if (action == u"create") {
            return createPerson(database, draft);
        }
        if (action == u"list") {
            return listPeople(database);
        }
        if (action == u"set-role") {
            return changeRole(database, signInName, role);
        }
        if (action == u"deactivate") {
            return deactivatePerson(database, signInName);
        }
        if (action == u"reactivate") {
            return reactivatePerson(database, signInName);
        }
        return issuePassword(database, signInName);
    };
    return QCoro::waitFor(run());
}

int audit(const QStringList &args, const QCommandLineParser &parser)
{
    if (parser.isSet(u"help"_s)) {
        std::printf(
            "Usage: opsdeskd audit prune --keep-days N\n\n"
            "Deletes audit entries older than N days (N >= 30) through\n"
            "opsdesk.prune_audit_log(), the only way audit entries are removed, and records\n"
            "the pruning as an audit entry of its own. Run it as opsdeskd's service role\n"
            "(OPSDESK_DATABASE_URL), for example daily from a systemd timer or cron.\n");
        return 0;
    }
    if (args.value(0) != u"prune" || args.size() != 1) {
        fail(u"usage: opsdeskd audit prune --keep-days N   (N >= 30; deletes older audit entries "
             u"and records that it did)"_s);
        return kUsage;
    }
    bool ok = false;
    const int keepDays = parser.value(u"keep-days"_s).toInt(&ok);
    if (!parser.isSet(u"keep-days"_s) || !ok || keepDays <= 0) {
        fail(u"--keep-days N is required: a whole number of days to keep (at least 30)"_s);
        return kUsage;
    }
    const auto config = configFromEnvironment();
    if (!config) {
        return kUsage;
    }
    Database database(*config, 1);
    return QCoro::waitFor(prune(database, keepDays));
}

} // namespace opsdeskd
