#pragma once

#include "expected.h"

#include <QSqlDatabase>
#include <QString>

/// Passwords for people's PostgreSQL login roles.
///
/// OpsDesk never sends a plain-text password to the server: the people functions of migration
/// 0005 take a SCRAM-SHA-256 verifier (RFC 5802 / RFC 7677, in the form PostgreSQL stores in
/// pg_authid.rolpassword, https://www.postgresql.org/docs/15/auth-password.html), computed here by
/// libpq's PQencryptPasswordConn, so the password appears in no server log or pg_stat_activity.
namespace opsdesk::passwords {

/// A random temporary password of 20 characters from an alphabet without look-alikes
/// (no 0/O, 1/l/I), about 115 bits, grouped as xxxxx-xxxxx-xxxxx-xxxxx for reading aloud.
[[nodiscard]] QString generateTemporary();

/// The SCRAM-SHA-256 verifier of @p password for login role @p role, computed by libpq on the
/// open connection @p db (which must be a QPSQL connection). Fails if the connection is not open.
[[nodiscard]] Expected<QString> scramVerifier(const QSqlDatabase &db, const QString &role,
                                              const QString &password);

} // namespace opsdesk::passwords
