#include "signin.h"

#include "database.h"
#include "logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace opsdesk::signin {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("opsdesk::signin", text);
}

} // namespace

Problem classify(const QString &connectionError)
{
    // libpq's messages (fe-connect.c, auth.c and the server's ClientAuthentication); they are
    // not localised unless lc_messages says so, and OpsDesk clusters run with the C locale.
    const auto has = [&](QLatin1StringView needle) {
        return connectionError.contains(needle, Qt::CaseInsensitive);
    };
    if (has("password authentication failed"_L1) || has("no password supplied"_L1)) {
        return Problem::WrongPassword;
    }
    if (has("is not permitted to log in"_L1)) {
        return Problem::AccountDisabled;
    }
    if (has("could not translate host name"_L1)) {
        return Problem::UnknownServer;
    }
    if (has("server does not support SSL"_L1)) {
        return Problem::TlsUnavailable;
    }
    if (has("no encryption"_L1) &&
        (has("no pg_hba.conf entry"_L1) || has("pg_hba.conf rejects connection"_L1))) {
        return Problem::TlsRequired;
    }
    if (has("does not exist"_L1) && has("database"_L1)) {
        return Problem::NoDatabase;
    }
    if (has("Connection refused"_L1) || has("timeout expired"_L1) || has("No route to host"_L1) ||
        has("Network is unreachable"_L1) || has("could not connect to server"_L1) ||
        has("server closed the connection"_L1)) {
        return Problem::ServerDown;
    }
    return Problem::Other;
}

QString describe(Problem problem, const DatabaseConfig &config)
{
    const QString server = u"%1:%2"_s.arg(config.host).arg(config.port);
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::WrongPassword:
        return tr("The sign-in name or password is wrong. Check both (passwords are "
                  "case-sensitive) or ask an admin to reset your password.");
    case Problem::AccountDisabled:
        return tr("The account “%1” is deactivated. Ask an admin to reactivate it.")
            .arg(config.user);
    case Problem::UnknownServer:
        return tr("The server “%1” is unknown. Check the host name in the server profile.")
            .arg(config.host);
    case Problem::ServerDown:
        return tr("No database server answers at %1. Check the host and port, or whether the "
                  "server is running.")
            .arg(server);
    case Problem::TlsRequired:
        return tr("The server at %1 accepts only encrypted (TLS) connections. Set the profile's "
                  "TLS mode to “require” or stronger.")
            .arg(server);
    case Problem::TlsUnavailable:
        return tr("The profile requires TLS, but the server at %1 does not offer it. Ask your "
                  "administrator to enable TLS, or lower the profile's TLS mode.")
            .arg(server);
    case Problem::NoDatabase:
        return tr("The database “%1” does not exist on %2. Check the database name in the "
                  "server profile.")
            .arg(config.database, server);
    case Problem::NotMigrated:
        return tr("The database “%1” is not set up for OpsDesk yet. Run “opsdeskd migrate” "
                  "against it first.")
            .arg(config.database);
    case Problem::NotAPerson:
        return tr("“%1” can sign in to the database but is not an OpsDesk account. Ask an admin "
                  "to create one (People page, or “opsdeskd user create”).")
            .arg(config.user);
    case Problem::Other:
        return tr("Signing in failed. The details below say why.");
    }
    return {};
}

Result check(const DatabaseConfig &config)
{
    Result result;
    const auto fail = [&](Problem problem, const QString &detail) {
        result.problem = problem;
        result.message = describe(problem, config);
        result.detail = detail;
        logging::db()->info("sign-in as {} at {}:{} failed: {}", config.user.toStdString(),
                            config.host.toStdString(), config.port, detail.toStdString());
        return result;
    };
    if (config.user.isEmpty()) {
        return fail(Problem::WrongPassword, u"no sign-in name given"_s);
    }
    const QString name = u"opsdesk-signin-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        config.applyTo(db);
        if (!db.open()) {
            const QSqlError error = db.lastError();
            const QString detail =
                QString(error.databaseText() + u' ' + error.driverText()).trimmed();
            db = {};
            QSqlDatabase::removeDatabase(name);
            return fail(classify(detail), detail);
        }
        try {
            auto query = exec(db, u"SELECT id::text, db_role, email, display_name, role, is_active "
                                  u"FROM opsdesk.whoami()"_s);
            if (query.next()) {
                if (!query.value(5).toBool()) {
                    result.problem = Problem::AccountDisabled;
                } else {
                    result.identity = Identity{query.value(0).toString(), query.value(1).toString(),
                                               query.value(2).toString(), query.value(3).toString(),
                                               query.value(4).toString()};
                }
            } else {
                throwIfIncomplete(query);
                result.problem = Problem::NotAPerson;
            }
        } catch (const DatabaseError &error) {
            // 42883 undefined_function / 3F000 invalid_schema_name: no OpsDesk schema here;
            // 42501 insufficient_privilege: a role outside every OpsDesk group.
            const QString &state = error.sqlState();
            result.problem = state == u"42883" || state == u"3F000" ? Problem::NotMigrated
                             : state == u"42501"                    ? Problem::NotAPerson
                                                                    : Problem::Other;
            result.detail = error.message();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (result.problem != Problem::None) {
        return fail(result.problem, result.detail);
    }
    return result;
}

} // namespace opsdesk::signin
