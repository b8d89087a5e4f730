#pragma once

#include "databaseconfig.h"

#include <QString>

#include <optional>

/// Signing in: a person connects with their own PostgreSQL login role (SCRAM-SHA-256), and the
/// database says who they are (opsdesk.whoami(), migration 0005).
namespace opsdesk::signin {

/// Why a sign-in failed, each with its own message on the sign-in screen.
enum class Problem {
    None,
    WrongPassword,   ///< 28P01: wrong password, or no such sign-in name (PostgreSQL does not say
                     ///< which)
    AccountDisabled, ///< the login role is NOLOGIN, or admin_users.is_active is false
    UnknownServer,   ///< the host name does not resolve
    ServerDown,      ///< nothing answers on host:port (refused, unreachable or timed out)
    TlsRequired,     ///< the server refuses connections without TLS (pg_hba "hostssl"/"hostnossl
                     ///< reject")
    TlsUnavailable,  ///< the profile requires TLS and the server does not offer it
    NoDatabase,      ///< the database named in the profile does not exist
    NotMigrated,     ///< the database has no OpsDesk schema (opsdeskd migrate was never run)
    NotAPerson,      ///< the role signed in but is no OpsDesk person (no admin_users row)
    Other,
};

/// The signed-in person as opsdesk.whoami() reports them.
struct Identity {
    QString id; ///< admin_users.id (uuid text)
    QString dbRole;
    QString email;
    QString displayName;
    QString role; ///< support, manager, admin or super_admin
};

struct Result {
    std::optional<Identity> identity; ///< set when the sign-in worked
    Problem problem = Problem::None;
    QString message; ///< for the person: what went wrong and what to do
    QString detail;  ///< the server's own words, for the "details" disclosure and logs
};

/// Connects with @p config, asks opsdesk.whoami() and disconnects. Blocking (up to the
/// connection timeout, 5 s); run it off the GUI thread.
[[nodiscard]] Result check(const DatabaseConfig &config);

/// Maps a libpq connection error (QSqlError::databaseText/driverText of a failed open) to a
/// Problem. Exposed for tests.
[[nodiscard]] Problem classify(const QString &connectionError);

/// The message shown for @p problem; @p config names the server and account in it.
[[nodiscard]] QString describe(Problem problem, const DatabaseConfig &config);

} // namespace opsdesk::signin
