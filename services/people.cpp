#include "people.h"

#include "database.h"
#include "logging.h"
#include "passwords.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace opsdesk::people {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("opsdesk::people", text);
}

const auto kColumns = uR"(
SELECT id, db_role, email, display_name, role, is_active, last_seen_at, password_reset_at,
       deactivated_at, created_at
  FROM opsdesk.admin_users )"_s;

QList<Person> readPeople(QSqlQuery &query)
{
    QList<Person> people;
    while (query.next()) {
        const auto utc = [&query](int column) {
            const QVariant value = query.value(column);
            return value.isNull() ? QDateTime() : value.toDateTime().toUTC();
        };
        people.append({query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toString(), query.value(5).toBool(), utc(6), utc(7), utc(8),
                       utc(9)});
    }
    throwIfIncomplete(query);
    return people;
}

bool isUuid(const QString &id)
{
    return !QUuid::fromString(id).isNull();
}

Error invalid(const QString &field, const QString &message)
{
    return {Error::Kind::InvalidInput, message, field, {}};
}

Error noSuchPerson()
{
    return {Error::Kind::NotFound,
            tr("This person no longer exists. The list shows who is there now."),
            {},
            {}};
}

/// The first "quoted" value in a server message (a sign-in name, a role), or empty.
QString quoted(const QString &message)
{
    static const QRegularExpression pattern(u"\"([^\"]*)\""_s);
    return pattern.match(message).captured(1);
}

/// A failed round trip: connection trouble is Unavailable; everything else is explained.
Error unavailable(const QString &detail, bool wasChange)
{
    logging::db()->warn("people: database unavailable: {}", detail.toStdString());
    return {Error::Kind::Unavailable,
            wasChange ? tr("The connection to the database was lost, so the change may not have "
                           "been made. Check the list and try again.")
                      : tr("Could not reach the database. Check the connection and try again."),
            {},
            {}};
}

/// Runs @p work(db) → Result<T> on a worker thread. Server errors become explained Results;
/// connection losses propagate to Database::run (which then reconnects) and become Unavailable.
template <typename T, typename Work>
QCoro::Task<Result<T>> runPeople(Database &database, bool isChange, Work work)
{
    auto future = database.run([work = std::move(work)](QSqlDatabase &db) -> Result<T> {
        try {
            return work(db);
        } catch (const DatabaseError &error) {
            if (isConnectionLoss(error)) {
                throw;
            }
            logging::db()->info("people: refused ({}): {}", error.sqlState().toStdString(),
                                error.primaryMessage().toStdString());
            return explain(error.sqlState(), error.message());
        }
    });
    auto outcome = co_await future;
    if (!outcome) {
        co_return unavailable(outcome.error(), isChange);
    }
    co_return std::move(outcome).value();
}

/// A task that has already failed (input rejected before any round trip).
template <typename T> QCoro::Task<Result<T>> failed(Error error)
{
    co_return error;
}

QList<Person> selectByIds(const QSqlDatabase &db, const QStringList &ids)
{
    auto query = exec(db, kColumns + u"WHERE id = ANY(?::uuid[])"_s,
                      {QString(u'{' + ids.join(u',') + u'}')});
    return readPeople(query);
}

} // namespace

bool isKnownRole(const QString &role)
{
    return kRoles.contains(role);
}

bool isAdminRole(const QString &role)
{
    return role == u"admin" || role == u"super_admin";
}

QString roleLabel(const QString &role)
{
    if (role == u"support") {
        return tr("Support");
    }
    if (role == u"manager") {
        return tr("Manager");
    }
    if (role == u"admin") {
        return tr("Admin");
    }
    if (role == u"super_admin") {
        return tr("Super admin");
    }
    return role;
}

QString signInNameProblem(const QString &signInName)
{
    static const QRegularExpression format(u"^[a-z][a-z0-9_.-]{1,62}$"_s);
    if (signInName.isEmpty()) {
        return tr("Enter a sign-in name.");
    }
    if (signInName.startsWith(u"pg_") || signInName.startsWith(u"opsdesk_")) {
        return tr("Sign-in names starting with pg_ or opsdesk_ are reserved. Choose another one.");
    }
    if (signInName.size() < 2 || signInName.size() > 63) {
        return tr("A sign-in name has 2 to 63 characters.");
    }
    if (!format.match(signInName).hasMatch()) {
        return tr("A sign-in name starts with a lower-case letter (a-z) and may then contain "
                  "only a-z, 0-9, _ . and -.");
    }
    return {};
}

QString emailProblem(const QString &email)
{
    // Deliberately simple: one @, no spaces, a dot inside the domain. Whether the mailbox exists
    // only sending mail can tell.
    static const QRegularExpression format(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    if (email.trimmed().isEmpty()) {
        return tr("Enter an e-mail address.");
    }
    if (email.trimmed().size() > 254) {
        return tr("An e-mail address has at most 254 characters.");
    }
    if (!format.match(email.trimmed()).hasMatch()) {
        return tr("Enter an e-mail address like name@example.com.");
    }
    return {};
}

QString displayNameProblem(const QString &displayName)
{
    if (displayName.trimmed().isEmpty()) {
        return tr("Enter the person's name as colleagues should see it.");
    }
    if (displayName.trimmed().size() > 200) {
        return tr("A name has at most 200 characters.");
    }
    return {};
}

QString roleProblem(const QString &role)
{
    return isKnownRole(role) ? QString()
                             : tr("Choose a role: support, manager, admin or super admin.");
}

std::optional<Error> problems(const NewPerson &person)
{
    if (auto problem = displayNameProblem(person.displayName); !problem.isEmpty()) {
        return invalid(u"displayName"_s, problem);
    }
    if (auto problem = emailProblem(person.email); !problem.isEmpty()) {
        return invalid(u"email"_s, problem);
    }
    if (auto problem = signInNameProblem(person.signInName); !problem.isEmpty()) {
        return invalid(u"signInName"_s, problem);
    }
    if (auto problem = roleProblem(person.role); !problem.isEmpty()) {
        return invalid(u"role"_s, problem);
    }
    return std::nullopt;
}

QString suggestSignInName(const QString &email, const QString &displayName)
{
    const auto fromText = [](const QString &text) {
        // Decompose accents ("ë" → "e" + combining diaeresis) and keep ASCII letters and digits.
        const QString plain = text.normalized(QString::NormalizationForm_KD).toLower();
        QString name;
        for (const QChar c : plain) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-') {
                name += c;
            } else if (c.category() == QChar::Mark_NonSpacing) {
                continue;
            } else if (!name.isEmpty() && !name.endsWith(u'.')) {
                name += u'.';
            }
        }
        while (!name.isEmpty() && !name.front().isLetter()) {
            name.remove(0, 1);
        }
        name.truncate(63);
        while (name.endsWith(u'.') || name.endsWith(u'-') || name.endsWith(u'_')) {
            name.chop(1);
        }
        return signInNameProblem(name).isEmpty() ? name : QString();
    };
    const QString local = email.trimmed().section(u'@', 0, 0).section(u'+', 0, 0);
    if (QString name = fromText(local); !name.isEmpty()) {
        return name;
    }
    return fromText(displayName);
}

Error explain(const QString &sqlState, const QString &message)
{
    const QString line = primaryMessage(message);
    if (sqlState == u"42501") {
        if (line.contains(u"super admin")) {
            return {
                Error::Kind::NotAllowed, tr("Only a super admin can manage admins."), {}, sqlState};
        }
        if (line.contains(u"own role")) {
            return {Error::Kind::NotAllowed,
                    tr("You cannot change your own role. Ask another admin to do it."),
                    {},
                    sqlState};
        }
        if (line.contains(u"deactivate yourself")) {
            return {Error::Kind::NotAllowed,
                    tr("You cannot deactivate yourself. Ask another admin to do it."),
                    {},
                    sqlState};
        }
        // "only admins manage people", or no EXECUTE/SELECT grant at all (support, manager).
        return {Error::Kind::NotAllowed, tr("Only admins can manage people."), {}, sqlState};
    }
    if (sqlState == u"42710") {
        return {
            Error::Kind::AlreadyExists,
            tr("The sign-in name \"%1\" is already taken. Choose another one.").arg(quoted(line)),
            u"signInName"_s, sqlState};
    }
    if (sqlState == u"23505") {
        if (line.contains(u"email")) {
            return {Error::Kind::AlreadyExists,
                    tr("Someone already has this e-mail address. Each person needs their own."),
                    u"email"_s, sqlState};
        }
        return {Error::Kind::AlreadyExists,
                tr("This sign-in name is already taken. Choose another one."), u"signInName"_s,
                sqlState};
    }
    if (sqlState == u"22023" || sqlState == u"23514") {
        if (line.contains(u"sign-in name") || line.contains(u"db_role")) {
            return invalid(u"signInName"_s, signInNameProblem(quoted(line)).isEmpty()
                                                ? tr("This sign-in name is not allowed.")
                                                : signInNameProblem(quoted(line)));
        }
        if (line.contains(u"e-mail")) {
            return invalid(u"email"_s, tr("Enter an e-mail address like name@example.com."));
        }
        if (line.contains(u"display name")) {
            return invalid(u"displayName"_s,
                           tr("Enter the person's name as colleagues should see it."));
        }
        if (line.contains(u"unknown role")) {
            return invalid(u"role"_s, tr("Choose a role: support, manager, admin or super admin."));
        }
        if (line.contains(u"SCRAM")) {
            return {Error::Kind::Failed,
                    tr("The database did not accept the new password. Nothing was changed."),
                    {},
                    sqlState};
        }
        return {Error::Kind::InvalidInput,
                tr("The database refused the input: %1.").arg(line),
                {},
                sqlState};
    }
    if (sqlState == u"P0002") {
        Error error = noSuchPerson();
        error.sqlState = sqlState;
        return error;
    }
    if (sqlState == u"57014") {
        return {Error::Kind::Unavailable,
                tr("The database took too long to answer. Nothing was changed; try again."),
                {},
                sqlState};
    }
    return {Error::Kind::Failed, tr("The database refused this: %1.").arg(line), {}, sqlState};
}

QCoro::Task<Result<QList<Person>>> list(Database &database)
{
    return runPeople<QList<Person>>(database, false, [](QSqlDatabase &db) -> Result<QList<Person>> {
        auto query = exec(db, kColumns);
        return readPeople(query);
    });
}

QCoro::Task<Result<QList<Person>>> fetchByIds(Database &database, QStringList ids)
{
    ids.removeIf([](const QString &id) { return !isUuid(id); });
    return runPeople<QList<Person>>(database, false,
                                    [ids](QSqlDatabase &db) -> Result<QList<Person>> {
                                        if (ids.isEmpty()) {
                                            return QList<Person>();
                                        }
                                        return selectByIds(db, ids);
                                    });
}

QCoro::Task<Result<Person>> findBySignInName(Database &database, const QString &signInName)
{
    return runPeople<Person>(database, false, [signInName](QSqlDatabase &db) -> Result<Person> {
        auto query = exec(db, kColumns + u"WHERE db_role = ?"_s, {signInName});
        const auto found = readPeople(query);
        if (found.isEmpty()) {
            return Error{Error::Kind::NotFound,
                         tr("Nobody signs in as \"%1\". `opsdeskd user list` shows who does.")
                             .arg(signInName),
                         {},
                         {}};
        }
        return found.first();
    });
}

QCoro::Task<Result<Created>> create(Database &database, NewPerson person)
{
    person.email = person.email.trimmed();
    person.displayName = person.displayName.trimmed();
    person.signInName = person.signInName.trimmed();
    if (auto problem = problems(person)) {
        return failed<Created>(*problem);
    }
    return runPeople<Created>(database, true, [person](QSqlDatabase &db) -> Result<Created> {
        const QString password = passwords::generateTemporary();
        const auto verifier = passwords::scramVerifier(db, person.signInName, password);
        if (!verifier) {
            return Error{Error::Kind::Failed,
                         tr("Could not prepare the password: %1").arg(verifier.error()),
                         {},
                         {}};
        }
        auto query = exec(
            db, u"SELECT opsdesk.create_person(?, ?, ?, ?, ?)"_s,
            {person.signInName, person.email, person.displayName, person.role, verifier.value()});
        if (!query.next()) {
            throwIfIncomplete(query);
            throw DatabaseError(u"opsdesk.create_person returned no id"_s, u"XX000"_s);
        }
        Created created{{query.value(0).toString(),
                         person.signInName,
                         person.email,
                         person.displayName,
                         person.role,
                         true,
                         {},
                         {},
                         {},
                         {}},
                        password};
        // The person exists and the password must not be lost now: reading the row back is a
        // nicety, its failure only leaves the timestamps empty.
        try {
            if (const auto rows = selectByIds(db, {created.person.id}); !rows.isEmpty()) {
                created.person = rows.first();
            }
        } catch (const DatabaseError &error) {
            logging::db()->warn("people: created {} but could not read it back: {}",
                                person.signInName.toStdString(), error.message().toStdString());
        }
        logging::db()->info("people: created {} ({})", person.signInName.toStdString(),
                            person.role.toStdString());
        return created;
    });
}

QCoro::Task<Result<Done>> setRole(Database &database, const QString &personId, const QString &role)
{
    if (!isUuid(personId) || !isKnownRole(role)) {
        Error error = isUuid(personId) ? invalid(u"role"_s, roleProblem(role)) : noSuchPerson();
        return failed<Done>(error);
    }
    return runPeople<Done>(database, true, [personId, role](QSqlDatabase &db) -> Result<Done> {
        exec(db, u"SELECT opsdesk.set_person_role(?::uuid, ?)"_s, {personId, role});
        return Done{};
    });
}

QCoro::Task<Result<int>> deactivate(Database &database, const QString &personId)
{
    if (!isUuid(personId)) {
        return failed<int>(noSuchPerson());
    }
    return runPeople<int>(database, true, [personId](QSqlDatabase &db) -> Result<int> {
        auto query = exec(db, u"SELECT opsdesk.deactivate_person(?::uuid)"_s, {personId});
        const int ended = query.next() ? query.value(0).toInt() : 0;
        throwIfIncomplete(query);
        return ended;
    });
}

QCoro::Task<Result<Done>> reactivate(Database &database, const QString &personId)
{
    if (!isUuid(personId)) {
        return failed<Done>(noSuchPerson());
    }
    return runPeople<Done>(database, true, [personId](QSqlDatabase &db) -> Result<Done> {
        exec(db, u"SELECT opsdesk.reactivate_person(?::uuid)"_s, {personId});
        return Done{};
    });
}

QCoro::Task<Result<QString>> resetPassword(Database &database, const QString &personId)
{
    if (!isUuid(personId)) {
        return failed<QString>(noSuchPerson());
    }
    return runPeople<QString>(database, true, [personId](QSqlDatabase &db) -> Result<QString> {
        const QString password = passwords::generateTemporary();
        // A SCRAM verifier does not depend on the role name (libpq uses it for md5 only).
        const auto verifier = passwords::scramVerifier(db, personId, password);
        if (!verifier) {
            return Error{Error::Kind::Failed,
                         tr("Could not prepare the password: %1").arg(verifier.error()),
                         {},
                         {}};
        }
        exec(db, u"SELECT opsdesk.reset_person_password(?::uuid, ?)"_s,
             {personId, verifier.value()});
        logging::db()->info("people: password reset for person {}", personId.toStdString());
        return password;
    });
}

} // namespace opsdesk::people
