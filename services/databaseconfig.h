#pragma once

#include "expected.h"

#include <QSqlDatabase>
#include <QString>

namespace opsdesk {

/// Where and how to connect to PostgreSQL.
///
/// Parsed from a libpq connection URI, the format of `OPSDESK_DATABASE_URL`:
/// `postgresql://user:password@host:port/dbname?sslmode=require&application_name=x`
/// (https://www.postgresql.org/docs/15/libpq-connect.html#LIBPQ-CONNSTRING).
struct DatabaseConfig {
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString database = QStringLiteral("opsdesk");
    QString user;
    QString password;
    QString sslMode; ///< libpq sslmode (disable, prefer, require, verify-ca, verify-full); empty =
                     ///< libpq default
    QString applicationName = QStringLiteral("opsdesk");

    /// Parses a `postgresql://` or `postgres://` URI. Errors name the part that is wrong.
    static Expected<DatabaseConfig> fromUrl(const QString &url);
    /// The URI form, with the password left out unless @p withPassword.
    [[nodiscard]] QString toUrl(bool withPassword = false) const;
    /// Applies host, port, credentials and options to a QPSQL connection (not yet opened).
    void applyTo(QSqlDatabase &db) const;
};

} // namespace opsdesk
