#include "passwords.h"

#include <QRandomGenerator>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace opsdesk::passwords {

QString generateTemporary()
{
    static constexpr QStringView kAlphabet =
        u"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString password;
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < 20; ++i) {
        if (i > 0 && i % 5 == 0) {
            password += u'-';
        }
        password += kAlphabet.at(random->bounded(int(kAlphabet.size())));
    }
    return password;
}

Expected<QString> scramVerifier(const QSqlDatabase &db, const QString &role,
                                const QString &password)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    auto *conn = handle.isValid() ? *static_cast<PGconn *const *>(handle.data()) : nullptr;
    if (conn == nullptr || !db.isOpen()) {
        return Expected<QString>::failure(u"not connected to the database"_s);
    }
    char *verifier = PQencryptPasswordConn(conn, password.toUtf8().constData(),
                                           role.toUtf8().constData(), "scram-sha-256");
    if (verifier == nullptr) {
        return Expected<QString>::failure(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
    }
    QString result = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return result;
}

} // namespace opsdesk::passwords
