#pragma once

#include "expected.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <QCoroTask>

#include <optional>
#include <utility>

namespace opsdesk {
class Database;
}

/// People who sign in to OpsDesk: opsdesk.admin_users rows and their PostgreSQL login roles
/// (shared/design/architecture.md, "Security"; resources/migrations/0005_security.sql).
///
/// Every change goes through the SECURITY DEFINER functions of migration 0005
/// (opsdesk.create_person, set_person_role, deactivate_person, reactivate_person,
/// reset_person_password). They run as the caller's own database role and check the caller
/// (session_user) themselves: the schema owner or a superuser may do anything (that is how the
/// first admin is made), an active admin manages support and manager accounts, only a super
/// admin manages admins and super admins, and nobody deactivates or changes the role of
/// themselves. Audit triggers record every change with the caller as actor. This layer checks
/// input before the round trip so mistakes get a precise answer, and turns the server's SQLSTATEs
/// into sentences a person understands; it never decides who may do what.
///
/// Passwords: a new person and a reset get a random temporary password
/// (passwords::generateTemporary()); only its SCRAM-SHA-256 verifier reaches the server. The
/// plain text is returned exactly once, to be shown to whoever hands it over, and kept nowhere.
namespace opsdesk::people {

/// The four person roles (admin_users.role), least to most powerful.
inline const QStringList kRoles{QStringLiteral("support"), QStringLiteral("manager"),
                                QStringLiteral("admin"), QStringLiteral("super_admin")};

/// True for support, manager, admin, super_admin.
[[nodiscard]] bool isKnownRole(const QString &role);
/// True for admin and super_admin: only a super admin manages these.
[[nodiscard]] bool isAdminRole(const QString &role);
/// "Support", "Manager", "Admin", "Super admin" (translated); the wire value when unknown.
[[nodiscard]] QString roleLabel(const QString &role);

/// One person as the People screen and `opsdeskd user list` show them.
struct Person {
    QString id;                ///< admin_users.id (uuid text)
    QString signInName;        ///< admin_users.db_role: the PostgreSQL login role they sign in with
    QString email;             ///< as entered, trimmed
    QString displayName;       ///< trimmed, never empty
    QString role;              ///< support, manager, admin, super_admin
    bool active = true;        ///< false once deactivated (their login role is then NOLOGIN)
    QDateTime lastSeenAt;      ///< UTC; null when they never signed in (opsdesk.whoami())
    QDateTime passwordResetAt; ///< UTC; when the current temporary password was issued
    QDateTime deactivatedAt;   ///< UTC; null while active
    QDateTime createdAt;       ///< UTC
};

/// What a new person is given. Checked by problems() before the round trip.
struct NewPerson {
    QString signInName;
    QString email;
    QString displayName;
    QString role;
};

/// A person just created, with the temporary password they sign in with the first time.
struct Created {
    Person person;
    QString temporaryPassword; ///< shown once; not stored anywhere
};

/// Why a people operation did not happen.
struct Error {
    enum class Kind {
        InvalidInput,  ///< a field is malformed (checked here first, or SQLSTATE 22023/23514)
        NotAllowed,    ///< the caller may not do this (SQLSTATE 42501)
        AlreadyExists, ///< sign-in name or e-mail address taken (42710, 23505)
        NotFound,      ///< no such person (P0002, or a lookup found nobody)
        Unavailable,   ///< the database cannot be reached or the connection dropped
        Failed,        ///< anything else the server refused
    };
    Kind kind = Kind::Failed;
    QString message;  ///< one sentence for the person at the screen, e.g. "Only a super admin
                      ///< can manage admins."
    QString field;    ///< for InvalidInput/AlreadyExists: signInName, email, displayName or role
    QString sqlState; ///< the server's SQLSTATE; empty for checks made before the round trip
};

/// A value or an Error (Expected with a kind and a field, for forms and exit codes).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit by design, like Expected
        : m_value(std::move(value))
    {}
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {}
    /// A failure saying the operation has not finished (QCoro::waitFor starts from this).
    Result()
        : m_error{Error::Kind::Failed, QStringLiteral("The operation did not finish."), {}, {}}
    {}

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Callers check ok() first; value() on a failure throws std::bad_optional_access.
    // NOLINTBEGIN(bugprone-unchecked-optional-access)
    [[nodiscard]] const T &value() const & { return m_value.value(); }
    [[nodiscard]] T &&value() && { return std::move(m_value).value(); }
    [[nodiscard]] const T *operator->() const { return &m_value.value(); }
    // NOLINTEND(bugprone-unchecked-optional-access)
    [[nodiscard]] const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Input checks, the same rules the database applies (migration 0005), made before the round
// trip. Each returns an empty string when fine, else one sentence saying what to change.

/// 2-63 characters: a lower-case letter, then a-z 0-9 _ . - ; not starting with pg_ or opsdesk_
/// (PostgreSQL's and OpsDesk's own roles).
[[nodiscard]] QString signInNameProblem(const QString &signInName);
/// name@domain.tld, no spaces, at most 254 characters (RFC 5321 path limit).
[[nodiscard]] QString emailProblem(const QString &email);
/// Not blank, at most 200 characters.
[[nodiscard]] QString displayNameProblem(const QString &displayName);
/// One of kRoles.
[[nodiscard]] QString roleProblem(const QString &role);
/// The first problem of @p person, as an InvalidInput error naming the field.
[[nodiscard]] std::optional<Error> problems(const NewPerson &person);

/// A sign-in name derived from the e-mail address's local part ("Sheena.Nelson+ops@x.com" →
/// "sheena.nelson"), else from the display name ("Zoë Ångström" → "zoe.angstrom"): lower case,
/// accents dropped, other characters become '.', cut to 63. Empty when neither gives a valid name.
[[nodiscard]] QString suggestSignInName(const QString &email, const QString &displayName);

// Operations. They run on @p database's worker threads as its connection's role; @p database must
// outlive the task. Arguments are copied before the function returns (none is a coroutine frame
// that keeps a reference). Every change is one call of a people function, so it happens completely
// or not at all.

/// Everyone, any order (the list is small: one row per member of staff). Needs read access to
/// admin_users' contact columns (managers and admins).
QCoro::Task<Result<QList<Person>>> list(Database &database);
/// The people among @p ids that exist (for live updates); malformed ids are skipped.
QCoro::Task<Result<QList<Person>>> fetchByIds(Database &database, QStringList ids);
/// The person who signs in as @p signInName; NotFound when there is none.
QCoro::Task<Result<Person>> findBySignInName(Database &database, const QString &signInName);

/// Creates the person and their login role (member of the group role for @p person.role) with a
/// fresh temporary password.
QCoro::Task<Result<Created>> create(Database &database, NewPerson person);
/// Gives person @p personId the role @p role (group membership and admin_users.role).
QCoro::Task<Result<Done>> setRole(Database &database, const QString &personId, const QString &role);
/// Deactivates person @p personId: sign-ins refused from now on (the login role becomes
/// NOLOGIN), admin_users.is_active false, and every open session of theirs terminated. Returns
/// the number of sessions ended. Deactivating someone already deactivated changes nothing.
QCoro::Task<Result<int>> deactivate(Database &database, const QString &personId);
/// Lets a deactivated person sign in again (with the password they had).
QCoro::Task<Result<Done>> reactivate(Database &database, const QString &personId);
/// Replaces person @p personId's password with a new temporary one, returned once. Their open
/// sessions stay open; the old password no longer signs in.
QCoro::Task<Result<QString>> resetPassword(Database &database, const QString &personId);

/// The sentence shown for a server error: @p sqlState and the server's @p message mapped to what
/// happened and what to do. Exposed for tests and for other screens that call the same functions.
[[nodiscard]] Error explain(const QString &sqlState, const QString &message);

} // namespace opsdesk::people
