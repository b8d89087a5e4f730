#include "apikeys.h"

#include "database.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

#include <array>

using namespace Qt::StringLiterals;

namespace opsdesk::apikeys {
namespace {

constexpr QLatin1StringView kPrefixStart("odk_");
constexpr int kPrefixRandomChars = 12;
constexpr int kSecretBytes = 32;
constexpr int kSecretChars = 43; // ceil(32 * 8 / 6), unpadded
constexpr int kMaxNameLength = 200;

// The columns readKey() reads, and the tables they come from.
const auto kKeyColumns =
    u"SELECT k.id::text, k.prefix, k.name, array_to_string(k.scopes, ','), k.created_by::text,"
    u"       p.display_name, k.created_at, k.last_used_at, k.revoked_at"_s;
const auto kKeyTables =
    u" FROM opsdesk.api_keys k LEFT JOIN opsdesk.admin_users p ON p.id = k.created_by "_s;

Key readKey(const QSqlQuery &query)
{
    Key key;
    key.id = query.value(0).toString();
    key.prefix = query.value(1).toString();
    key.name = query.value(2).toString();
    key.scopes = query.value(3).toString().split(u',', Qt::SkipEmptyParts);
    key.createdById = query.value(4).toString();
    key.createdByName = query.value(5).toString();
    key.createdAt = query.value(6).toDateTime().toUTC();
    key.lastUsedAt = query.value(7).toDateTime().toUTC();
    key.revokedAt = query.value(8).toDateTime().toUTC();
    return key;
}

QList<Key> readKeys(QSqlQuery &query)
{
    QList<Key> keys;
    while (query.next()) {
        keys.append(readKey(query));
    }
    throwIfIncomplete(query);
    return keys;
}

bool isPrefixChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool isBase64UrlChar(char c)
{
    return isPrefixChar(c) || c == '-';
}

/// Rolls back unless committed (a transaction must never stay open on a pooled connection).
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db)
        : m_db(db)
    {
        exec(m_db, u"BEGIN"_s);
    }
    ~Transaction()
    {
        if (!m_done) {
            QSqlQuery rollback(m_db);
            rollback.exec(u"ROLLBACK"_s);
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit()
    {
        exec(m_db, u"COMMIT"_s);
        m_done = true;
    }

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

/// Re-throws a permission failure (SQLSTATE 42501) with what it means here: "only @p who may
/// @p action".
[[noreturn]] void rethrowExplained(const DatabaseError &error, const QString &who,
                                   const QString &action)
{
    if (error.sqlState() == u"42501") {
        throw DatabaseError(u"only %1 may %2 (%3)"_s.arg(who, action, error.message()),
                            error.sqlState());
    }
    throw error;
}

} // namespace

const QStringList &knownScopes()
{
    static const QStringList scopes = {u"conversations:read"_s, u"conversations:write"_s,
                                       u"messages:send"_s,      u"templates:read"_s,
                                       u"metrics:read"_s,       u"metrics:write"_s,
                                       u"incidents:read"_s,     u"incidents:write"_s,
                                       u"orders:write"_s,       u"audit:read"_s};
    return scopes;
}

GeneratedKey generate()
{
    static constexpr std::string_view kBase32 = "abcdefghijklmnopqrstuvwxyz234567";
    auto *random = QRandomGenerator::system();
    GeneratedKey key;
    key.prefix = kPrefixStart;
    for (int i = 0; i < kPrefixRandomChars; ++i) {
        key.prefix += QLatin1Char(kBase32[random->bounded(quint32(kBase32.size()))]);
    }
    std::array<quint32, kSecretBytes / sizeof(quint32)> words{};
    random->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray raw(reinterpret_cast<const char *>(words.data()), kSecretBytes);
    key.secret = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    key.secretHash = hashSecret(key.secret);
    return key;
}

QByteArray hashSecret(QByteArrayView secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size()) {
        return false; // lengths are public: every stored hash is 32 bytes
    }
    volatile unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference =
            difference | (static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i]));
    }
    return difference == 0;
}

std::optional<ParsedToken> parseToken(QByteArrayView token)
{
    const qsizetype dot = token.indexOf('.');
    if (dot < 0 || token.indexOf('.', dot + 1) >= 0) {
        return std::nullopt;
    }
    const QByteArrayView prefix = token.first(dot);
    const QByteArrayView secret = token.sliced(dot + 1);
    if (prefix.size() < 6 || prefix.size() > 40 || secret.size() != kSecretChars) {
        return std::nullopt;
    }
    if (!std::all_of(prefix.begin(), prefix.end(), isPrefixChar) ||
        !std::all_of(secret.begin(), secret.end(), isBase64UrlChar)) {
        return std::nullopt;
    }
    return ParsedToken{QString::fromLatin1(prefix), secret.toByteArray()};
}

Validated validate(const QString &name, const QStringList &scopes)
{
    Validated result;
    result.name = name.trimmed();
    if (result.name.isEmpty()) {
        result.error = u"a name is required (what uses this key, e.g. \"metrics exporter\")"_s;
        result.field = u"name"_s;
        return result;
    }
    if (result.name.size() > kMaxNameLength) {
        result.error = u"the name is longer than %1 characters"_s.arg(kMaxNameLength);
        result.field = u"name"_s;
        return result;
    }
    for (const QString &scope : scopes) {
        const QString trimmed = scope.trimmed();
        if (trimmed.isEmpty()) {
            continue;
        }
        if (!knownScopes().contains(trimmed)) {
            result.error =
                u"unknown scope \"%1\" (known: %2)"_s.arg(trimmed, knownScopes().join(u", "_s));
            result.field = u"scopes"_s;
            return result;
        }
        if (!result.scopes.contains(trimmed)) {
            result.scopes << trimmed;
        }
    }
    if (result.scopes.isEmpty()) {
        result.error =
            u"at least one scope is required (known: %1)"_s.arg(knownScopes().join(u", "_s));
        result.field = u"scopes"_s;
        return result;
    }
    // In the order of knownScopes(), so lists read the same everywhere.
    std::sort(result.scopes.begin(), result.scopes.end(), [](const QString &a, const QString &b) {
        return knownScopes().indexOf(a) < knownScopes().indexOf(b);
    });
    return result;
}

Created create(const QSqlDatabase &db, const QString &name, const QStringList &scopes)
{
    const Validated input = validate(name, scopes);
    if (!input.error.isEmpty()) {
        throw DatabaseError(input.error, u"22023"_s);
    }
    constexpr int kAttempts = 3;
    for (int attempt = 1;; ++attempt) {
        const GeneratedKey generated = generate();
        try {
            auto query = exec(db,
                              u"INSERT INTO opsdesk.api_keys (prefix, secret_hash, name, scopes)"
                              u" VALUES (?, decode(?, 'hex'), ?, string_to_array(?, ','))"
                              u" RETURNING id::text"_s,
                              {generated.prefix, QString::fromLatin1(generated.secretHash.toHex()),
                               input.name, input.scopes.join(u',')});
            if (!query.next()) {
                throw DatabaseError(u"the new API key was not returned"_s);
            }
            const QString id = query.value(0).toString();
            query.finish();
            const auto stored = fetchByIds(db, {id});
            if (stored.isEmpty()) {
                throw DatabaseError(
                    u"the new API key %1 cannot be read back"_s.arg(generated.prefix));
            }
            return Created{stored.first(), generated.token()};
        } catch (const DatabaseError &error) {
            const bool prefixTaken =
                error.sqlState() == u"23505" && error.message().contains(u"prefix"_s);
            if (prefixTaken && attempt < kAttempts) {
                continue; // 60 random bits collided: draw again
            }
            rethrowExplained(error, u"admins"_s, u"create API keys"_s);
        }
    }
}

QList<Key> list(const QSqlDatabase &db)
{
    try {
        auto query = exec(db, kKeyColumns + kKeyTables + u"ORDER BY k.created_at DESC, k.prefix"_s);
        return readKeys(query);
    } catch (const DatabaseError &error) {
        rethrowExplained(error, u"managers and admins"_s, u"see API keys"_s);
    }
}

QList<Key> fetchByIds(const QSqlDatabase &db, const QStringList &ids)
{
    if (ids.isEmpty()) {
        return {};
    }
    auto query =
        exec(db, kKeyColumns + kKeyTables + u"WHERE k.id = ANY(string_to_array(?, ',')::uuid[])"_s,
             {ids.join(u',')});
    return readKeys(query);
}

Key revoke(const QSqlDatabase &db, const QString &prefix)
{
    try {
        auto update = exec(db,
                           u"UPDATE opsdesk.api_keys SET revoked_at = now()"
                           u" WHERE prefix = ? AND revoked_at IS NULL RETURNING id::text"_s,
                           {prefix});
        if (update.next()) {
            const QString id = update.value(0).toString();
            update.finish();
            const auto keys = fetchByIds(db, {id});
            if (!keys.isEmpty()) {
                return keys.first();
            }
        }
    } catch (const DatabaseError &error) {
        rethrowExplained(error, u"admins"_s, u"revoke API keys"_s);
    }
    auto existing = exec(db, kKeyColumns + kKeyTables + u"WHERE k.prefix = ?"_s, {prefix});
    const auto keys = readKeys(existing);
    if (keys.isEmpty()) {
        throw DatabaseError(u"there is no API key with prefix \"%1\""_s.arg(prefix), u"P0002"_s);
    }
    throw DatabaseError(u"the API key %1 was already revoked on %2"_s.arg(
                            prefix, keys.first().revokedAt.toString(Qt::ISODate)),
                        u"55000"_s);
}

void actOnBehalfOf(const QSqlDatabase &db, const QString &prefix)
{
    exec(db, u"SELECT set_config('opsdesk.on_behalf_of', ?, true)"_s,
         {QString(u"api-key:"_s + prefix)});
}

Verification verify(const QSqlDatabase &db, QByteArrayView token, int touchAfterSeconds)
{
    Verification result;
    const auto parsed = parseToken(token);
    if (!parsed) {
        result.check = Check::Malformed;
        return result;
    }
    const QByteArray presented = hashSecret(parsed->secret);
    auto query = exec(db,
                      kKeyColumns +
                          u", k.secret_hash, (k.last_used_at IS NULL OR"
                          u" k.last_used_at < now() - make_interval(secs => ?))"_s +
                          kKeyTables + u"WHERE k.prefix = ?"_s,
                      {touchAfterSeconds, parsed->prefix});
    if (!query.next()) {
        throwIfIncomplete(query);
        // Same work as a known key, so timing does not tell which prefixes exist.
        (void)constantTimeEquals(presented, QByteArray(32, '\0'));
        result.check = Check::UnknownKey;
        return result;
    }
    const Key key = readKey(query);
    const QByteArray stored = query.value(9).toByteArray();
    const bool touchDue = query.value(10).toBool();
    query.finish();
    if (!constantTimeEquals(presented, stored)) {
        result.check = Check::WrongSecret;
        return result;
    }
    result.key = key;
    if (!key.active()) {
        result.check = Check::Revoked;
        return result;
    }
    result.check = Check::Valid;
    if (touchDue) {
        // Bookkeeping: a failure here must not turn a valid key away.
        try {
            Transaction transaction(db);
            actOnBehalfOf(db, key.prefix);
            exec(db,
                 u"UPDATE opsdesk.api_keys SET last_used_at = now()"
                 u" WHERE id = ?::uuid AND revoked_at IS NULL AND (last_used_at IS NULL"
                 u"   OR last_used_at < now() - make_interval(secs => ?))"_s,
                 {key.id, touchAfterSeconds});
            transaction.commit();
        } catch (const DatabaseError &error) {
            if (isConnectionLoss(error)) {
                throw; // Database::run drops the dead connection; the caller answers 503
            }
            result.touchError = error.message();
        }
    }
    return result;
}

} // namespace opsdesk::apikeys
