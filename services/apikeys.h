#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

/// API keys for the automation API (shared/design/architecture.md, "HTTP surface"; table
/// opsdesk.api_keys of migration 0005).
///
/// A key is `<prefix>.<secret>`, sent as `Authorization: Bearer <prefix>.<secret>` (RFC 6750,
/// section 2.1; the token fits its b64token syntax):
/// - prefix: "odk_" and 12 characters of lower-case RFC 4648 base32 (a-z, 2-7), about 60 bits;
///   public, stored in clear, shown in lists and logs, unique.
/// - secret: 32 bytes from QRandomGenerator::system() (the operating system's CSPRNG), written as
///   43 characters of unpadded base64url (RFC 4648, section 5). Never stored, never logged: the
///   table keeps SHA-256 of those 43 ASCII characters (32 bytes). 256 random bits need no slow
///   password hash.
///
/// The SQL functions throw DatabaseError (validation failures with SQLSTATE 22023, as
/// PostgreSQL's invalid_parameter_value); run them through Database::run().
namespace opsdesk::apikeys {

/// The scopes a key may carry, exactly the list of the api_keys_scopes_known CHECK constraint.
[[nodiscard]] const QStringList &knownScopes();

/// A freshly generated key. token() is the only place the secret appears in full.
struct GeneratedKey {
    QString prefix;        ///< "odk_" + 12 base32 characters
    QByteArray secret;     ///< 43 base64url characters
    QByteArray secretHash; ///< SHA-256 of secret, 32 bytes
    [[nodiscard]] QByteArray token() const { return prefix.toLatin1() + '.' + secret; }
};
[[nodiscard]] GeneratedKey generate();

/// SHA-256 of the secret as presented (its ASCII characters), 32 bytes.
[[nodiscard]] QByteArray hashSecret(QByteArrayView secret);

/// Compares in time that depends only on the lengths, never on where the first difference is.
[[nodiscard]] bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

/// A token split into its parts.
struct ParsedToken {
    QString prefix;
    QByteArray secret;
};
/// Splits `prefix.secret` strictly: one dot; a prefix of 6-40 characters [A-Za-z0-9_] (the
/// table's CHECK, so keys made by other tools are accepted); a secret of exactly 43 base64url
/// characters. Nothing is trimmed. Returns nothing for anything else.
[[nodiscard]] std::optional<ParsedToken> parseToken(QByteArrayView token);

/// One key as the API keys screen and `opsdeskd api-key list` show it (no hash).
struct Key {
    QString id; ///< uuid
    QString prefix;
    QString name;
    QStringList scopes;
    QString createdById;   ///< admin_users.id; empty when made by a role that is not a person
    QString createdByName; ///< that person's display name; empty as above
    QDateTime createdAt;   ///< UTC
    QDateTime lastUsedAt;  ///< UTC; invalid when never used
    QDateTime revokedAt;   ///< UTC; invalid while active
    [[nodiscard]] bool active() const { return !revokedAt.isValid(); }
    [[nodiscard]] bool allows(const QString &scope) const { return scopes.contains(scope); }
};

/// The trimmed name and the scopes (sorted, duplicates removed) if they are acceptable, else
/// the reason: name 1-200 characters; at least one scope, each from knownScopes().
struct Validated {
    QString name;
    QStringList scopes;
    QString error; ///< empty when valid
    QString field; ///< "name" or "scopes" when invalid
};
[[nodiscard]] Validated validate(const QString &name, const QStringList &scopes);

/// A created key: the stored row and the full token, to be shown once.
struct Created {
    Key key;
    QByteArray token;
};
/// Generates a key and inserts it on @p db. created_by is the connected person
/// (opsdesk.current_person_id(); empty for the schema owner). Needs an admin's role (grants and
/// the key_create policy of migration 0005) or the owner. Retries on a prefix collision.
/// Throws DatabaseError (22023 for invalid input, 42501 when not allowed).
Created create(const QSqlDatabase &db, const QString &name, const QStringList &scopes);

/// Every key, newest first. Managers and admins (and opsdeskd) may read them.
QList<Key> list(const QSqlDatabase &db);
/// The keys among @p ids (uuids) that exist and are visible, any order (live updates).
QList<Key> fetchByIds(const QSqlDatabase &db, const QStringList &ids);

/// Revokes the active key @p prefix; returns it as revoked. Throws DatabaseError when there is
/// no such key (SQLSTATE P0002, no_data_found), when it was already revoked (55000,
/// object_not_in_prerequisite_state) or when not allowed (42501).
Key revoke(const QSqlDatabase &db, const QString &prefix);

/// Marks the current transaction of @p db as done for key @p prefix: audit rows it writes carry
/// on_behalf_of = "api-key:<prefix>". Call inside a transaction (set_config(..., true) lasts
/// until its end).
void actOnBehalfOf(const QSqlDatabase &db, const QString &prefix);

/// The outcome of checking a bearer token.
enum class Check {
    Valid,
    Malformed,   ///< not `prefix.secret`
    UnknownKey,  ///< no key with that prefix
    WrongSecret, ///< the prefix exists, the secret does not match
    Revoked,     ///< the secret matches a revoked key
};
struct Verification {
    Check check = Check::Malformed;
    Key key;            ///< filled for Valid and Revoked
    QString touchError; ///< why last_used_at could not be recorded (the key is still valid)
};
/// Checks @p token against the table as opsdeskd's service role: looks the prefix up, compares
/// SHA-256 of the secret in constant time, and for a valid key records last_used_at when the
/// stored value is older than @p touchAfterSeconds (so a busy key writes, and audits, at most
/// once per interval, in a transaction marked actOnBehalfOf()). Throws DatabaseError when the
/// lookup fails; a failed last_used_at write is reported in touchError instead.
Verification verify(const QSqlDatabase &db, QByteArrayView token, int touchAfterSeconds = 60);

} // namespace opsdesk::apikeys
