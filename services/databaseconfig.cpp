#include "databaseconfig.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace opsdesk {

Expected<DatabaseConfig> DatabaseConfig::fromUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid()) {
        return Expected<DatabaseConfig>::failure(
            QStringLiteral("database URL is not a valid URI: %1").arg(parsed.errorString()));
    }
    if (parsed.scheme() != u"postgresql" && parsed.scheme() != u"postgres") {
        return Expected<DatabaseConfig>::failure(
            QStringLiteral("database URL must start with postgresql:// (got \"%1:\")")
                .arg(parsed.scheme()));
    }
    DatabaseConfig config;
    if (!parsed.host().isEmpty()) {
        config.host = parsed.host();
    }
    config.port = parsed.port(5432);
    const QString path = parsed.path().mid(1);
    if (!path.isEmpty()) {
        config.database = path;
    }
    config.user = parsed.userName(QUrl::FullyDecoded);
    config.password = parsed.password(QUrl::FullyDecoded);
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode") {
            static const QStringList modes{u"disable"_s, u"allow"_s,     u"prefer"_s,
                                           u"require"_s, u"verify-ca"_s, u"verify-full"_s};
            if (!modes.contains(value)) {
                return Expected<DatabaseConfig>::failure(
                    QStringLiteral("unknown sslmode \"%1\"").arg(value));
            }
            config.sslMode = value;
        } else if (key == u"application_name") {
            config.applicationName = value;
        } else if (key == u"user") {
            config.user = value;
        } else if (key == u"password") {
            config.password = value;
        } else if (key == u"host") {
            config.host = value;
        } else if (key == u"port") {
            config.port = value.toInt();
        }
    }
    if (config.port <= 0 || config.port > 65535) {
        return Expected<DatabaseConfig>::failure(QStringLiteral("database port out of range"));
    }
    return config;
}

QString DatabaseConfig::toUrl(bool withPassword) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    url.setUserName(user);
    if (withPassword && !password.isEmpty()) {
        url.setPassword(password);
    }
    QUrlQuery query;
    if (!sslMode.isEmpty()) {
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    }
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

void DatabaseConfig::applyTo(QSqlDatabase &db) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    QStringList options{QStringLiteral("connect_timeout=5")};
    if (!sslMode.isEmpty()) {
        options << QStringLiteral("sslmode=") + sslMode;
    }
    if (!applicationName.isEmpty()) {
        options << QStringLiteral("application_name=") + applicationName;
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

} // namespace opsdesk
