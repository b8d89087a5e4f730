// `opsdeskd api-key create|list|revoke`: keys for the automation API (services/apikeys.h).
//
// Connects with OPSDESK_DATABASE_URL and acts as that role: the schema owner may do anything;
// a person's role is held to the database's rules (admins create and revoke, managers list).
// Every change is recorded in the audit trail by the database.
#include "commands.h"

#include "apikeys.h"
#include "database.h"

#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace opsdesk;

namespace opsdeskd {
namespace {

const char *kApiKeyHelp = R"(Usage: opsdeskd api-key <action> [options]

Manage keys for the automation API (/api/v1/ of `opsdeskd serve`). A key looks like
odk_k3v7q2m9xw4p.<43 characters> and is sent as "Authorization: Bearer <key>". Only a SHA-256
hash of its secret part is stored: the full key is printed once, when it is created, and can
never be shown again (revoke it and create a new one if it is lost). Connect with
OPSDESK_DATABASE_URL as the schema owner or as an admin; every change is audited.

Actions:
  create --name "N" --scopes a,b
                           Create a key. The full key goes to standard output (alone, for
                           scripts), the warning that it will not be shown again to stderr.
  list                     Every key: prefix, name, scopes, created, last used, state.
  revoke <prefix>          Revoke a key at once (requests with it get 401 key_revoked).

Scopes: %s.

Exit status: 0 done, 1 refused or failed (the reason is printed), 2 wrong usage.
)";

void printHelp()
{
    std::printf(kApiKeyHelp, qPrintable(apikeys::knownScopes().join(u", "_s)));
}

int create(const QSqlDatabase &db, const QString &name, const QString &scopes)
{
    const auto created = apikeys::create(db, name, scopes.split(u',', Qt::SkipEmptyParts));
    const apikeys::Key &key = created.key;
    std::printf("%s\n", created.token.constData());
    std::fflush(stdout);
    std::fprintf(stderr,
                 "Created API key %s (\"%s\", scopes %s).\n"
                 "This is the only time the full key is shown: store it now (for example in "
                 "the calling service's secret store). It cannot be recovered; if it is lost, "
                 "revoke %s and create another.\n",
                 qPrintable(key.prefix), qPrintable(key.name), qPrintable(key.scopes.join(u", "_s)),
                 qPrintable(key.prefix));
    return kDone;
}

int list(const QSqlDatabase &db)
{
    const auto keys = apikeys::list(db);
    if (keys.isEmpty()) {
        std::printf("No API keys yet. Create one with: opsdeskd api-key create --name N "
                    "--scopes a,b\n");
        return kDone;
    }
    QList<QStringList> rows{{u"PREFIX"_s, u"NAME"_s, u"SCOPES"_s, u"CREATED"_s, u"CREATED BY"_s,
                             u"LAST USED"_s, u"STATE"_s}};
    for (const auto &key : keys) {
        rows.append({key.prefix, key.name, key.scopes.join(u','), timeLabel(key.createdAt, {}),
                     key.createdByName.isEmpty() ? u"-"_s : key.createdByName,
                     timeLabel(key.lastUsedAt, u"never"_s),
                     key.active() ? u"active"_s : u"revoked "_s + timeLabel(key.revokedAt, {})});
    }
    printTable(rows);
    return kDone;
}

int revoke(const QSqlDatabase &db, const QString &prefix)
{
    const auto key = apikeys::revoke(db, prefix);
    std::printf("Revoked %s (\"%s\"); requests with it are refused from now on.\n",
                qPrintable(key.prefix), qPrintable(key.name));
    return kDone;
}

} // namespace

int apiKey(const QStringList &args, const QCommandLineParser &parser)
{
    if (parser.isSet(u"help"_s)) {
        printHelp();
        return kDone;
    }
    const QString action = args.value(0);
    const bool known = (action == u"create" && args.size() == 1) ||
                       (action == u"list" && args.size() == 1) ||
                       (action == u"revoke" && args.size() == 2);
    if (!known) {
        fail(action.isEmpty() || !QStringList{u"create"_s, u"list"_s, u"revoke"_s}.contains(action)
                 ? u"api-key expects create, list or revoke"_s
                 : u"api-key %1: unexpected arguments"_s.arg(action));
        printHelp();
        return kUsage;
    }
    if (action == u"create") {
        const auto checked = apikeys::validate(
            parser.value(u"name"_s), parser.value(u"scopes"_s).split(u',', Qt::SkipEmptyParts));
        if (!checked.error.isEmpty()) {
            fail(u"api-key create: --%1: %2"_s.arg(checked.field, checked.error));
            return kUsage;
        }
    }

    const auto config = configFromEnvironment();
    if (!config) {
        return kUsage;
    }
    const QString connection = u"opsdeskd-api-key-"_s + QUuid::createUuid().toString(QUuid::Id128);
    int code = kFailed;
    {
        Database database(*config, 1);
        try {
            const QSqlDatabase db = database.openDedicated(connection);
            if (action == u"create") {
                code = create(db, parser.value(u"name"_s), parser.value(u"scopes"_s));
            } else if (action == u"list") {
                code = list(db);
            } else {
                code = revoke(db, args.at(1));
            }
        } catch (const DatabaseError &error) {
            fail(u"api-key %1: %2"_s.arg(action, error.message()));
            code = error.sqlState() == u"22023" ? kUsage : kFailed;
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return code;
}

} // namespace opsdeskd
