#include "demopeople.h"

#include "database.h"
#include "passwords.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace opsdesk::demopeople {
namespace {

const QList<Person> kPeople = {
    {u"demo_admin"_s, u"Dana Okafor"_s, u"super_admin"_s, {}},
    {u"demo_manager"_s, u"Maya Lindqvist"_s, u"manager"_s, {}},
    {u"demo_support"_s, u"Sam Rivera"_s, u"support"_s, {}},
};

Expected<Done> write(const QString &file, const QList<Person> &people)
{
    QJsonArray array;
    for (const Person &person : people) {
        array.append(QJsonObject{{u"signInName"_s, person.signInName},
                                 {u"displayName"_s, person.displayName},
                                 {u"role"_s, person.role},
                                 {u"password"_s, person.password}});
    }
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return Expected<Done>::failure(u"cannot write %1: %2"_s.arg(file, out.errorString()));
    }
    out.write(QJsonDocument(array).toJson());
    if (!out.commit()) {
        return Expected<Done>::failure(u"cannot write %1: %2"_s.arg(file, out.errorString()));
    }
    return Done{};
}

} // namespace

Expected<QList<Person>> read(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return Expected<QList<Person>>::failure(
            u"cannot read %1: %2"_s.arg(file, in.errorString()));
    }
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll());
    if (!document.isArray()) {
        return Expected<QList<Person>>::failure(u"%1 is not a JSON array"_s.arg(file));
    }
    QList<Person> people;
    const QJsonArray array = document.array();
    for (const auto &value : array) {
        const QJsonObject object = value.toObject();
        people.append({object.value(u"signInName"_s).toString(),
                       object.value(u"displayName"_s).toString(),
                       object.value(u"role"_s).toString(), object.value(u"password"_s).toString()});
    }
    return people;
}

Expected<QString> ensureServiceLogin(const QSqlDatabase &owner, const QString &role)
{
    const QString password = passwords::generateTemporary();
    const auto verifier = passwords::scramVerifier(owner, role, password);
    if (!verifier) {
        return Expected<QString>::failure(verifier.error());
    }
    try {
        // format(%I, %L) quotes the name and the verifier; DO blocks take no parameters.
        auto statement = exec(owner, uR"(
SELECT CASE WHEN NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ?::text)
            THEN format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE opsdesk_service', ?::text, ?::text)
            WHEN pg_has_role(?::text, 'opsdesk_service', 'MEMBER')
            THEN format('ALTER ROLE %I LOGIN PASSWORD %L', ?::text, ?::text)
       END)"_s,
                              {role, role, verifier.value(), role, role, verifier.value()});
        statement.next();
        // NULL: the name belongs to a role that is not opsdeskd's (a person, say); leave it be.
        if (statement.value(0).isNull()) {
            return Expected<QString>::failure(
                u"the role \"%1\" exists and is not in opsdesk_service; not touching it"_s.arg(
                    role));
        }
        exec(owner, statement.value(0).toString());
    } catch (const DatabaseError &error) {
        return Expected<QString>::failure(u"creating the service login failed: "_s +
                                          error.message());
    }
    return password;
}

Expected<QList<Person>> ensure(const QSqlDatabase &owner, const QString &file)
{
    QHash<QString, QString> known;
    if (const auto saved = read(file)) {
        for (const Person &person : saved.value()) {
            known.insert(person.signInName, person.password);
        }
    }
    QList<Person> people = kPeople;
    try {
        for (Person &person : people) {
            auto existing =
                exec(owner, u"SELECT id::text FROM opsdesk.admin_users WHERE db_role = ?"_s,
                     {person.signInName});
            const QString id = existing.next() ? existing.value(0).toString() : QString();
            throwIfIncomplete(existing);
            person.password = known.value(person.signInName);
            if (!id.isEmpty() && !person.password.isEmpty()) {
                continue;
            }
            person.password = passwords::generateTemporary();
            const auto verifier =
                passwords::scramVerifier(owner, person.signInName, person.password);
            if (!verifier) {
                return Expected<QList<Person>>::failure(verifier.error());
            }
            if (id.isEmpty()) {
                exec(owner, u"SELECT opsdesk.create_person(?, ?, ?, ?, ?)"_s,
                     {person.signInName, QString(person.signInName + u"@demo.opsdesk.invalid"_s),
                      person.displayName, person.role, verifier.value()});
            } else {
                exec(owner, u"SELECT opsdesk.reset_person_password(?::uuid, ?)"_s,
                     {id, verifier.value()});
            }
        }
    } catch (const DatabaseError &error) {
        return Expected<QList<Person>>::failure(u"creating the demo people failed: "_s +
                                                error.message());
    }
    if (const auto written = write(file, people); !written) {
        return Expected<QList<Person>>::failure(written.error());
    }
    return people;
}

Expected<int> ensureCannedResponses(const QSqlDatabase &owner)
{
    try {
        auto query = exec(owner, uR"(
INSERT INTO opsdesk.canned_responses (shortcut, title, body)
SELECT v.shortcut, v.title, v.body
  FROM (VALUES
        ('thanks', 'Thanks', 'Thank you for writing to us! Is there anything else I can help with?'),
        ('hours', 'Opening hours', 'We are open Sunday to Thursday 09:00-19:00 and Friday 09:00-14:00.'),
        ('shipping', 'Shipping times', 'We ship everywhere in the country within 2 working days; you get a tracking number by WhatsApp.'),
        ('refund', 'Refunds', 'Refunds reach your card within 5 working days of us receiving the item.')
       ) AS v (shortcut, title, body)
 WHERE NOT EXISTS (SELECT FROM opsdesk.canned_responses))"_s);
        return query.numRowsAffected();
    } catch (const DatabaseError &error) {
        return Expected<int>::failure(error.primaryMessage());
    }
}

Expected<int> ensureAlertRules(const QSqlDatabase &owner, double eventsPerSecond)
{
    try {
        auto query = exec(owner, uR"(
INSERT INTO opsdesk.alert_rules (name, series_id, comparator, threshold, for_seconds,
                                 recover_seconds, severity)
SELECT v.name, s.id, v.comparator, v.threshold, v.for_seconds, v.recover_seconds, v.severity
  FROM (VALUES
        ('Delivery failure rate above 25 %', 'delivery_failure_rate', '>', 25::float8, 60, 60, 'high'),
        ('Webhook traffic surge', 'webhook_events_per_min', '>', ?::float8, 30, 60, 'medium'),
        ('Customers waiting over 5 min', 'conversations_waiting_over_5m', '>', 5::float8, 120, 60, 'low'),
        ('Dead jobs', 'dead_jobs', '>', 0::float8, 0, 0, 'medium')
       ) AS v (name, series, comparator, threshold, for_seconds, recover_seconds, severity)
  JOIN opsdesk.metric_series s ON s.name = v.series
ON CONFLICT (name) DO NOTHING)"_s,
                          {std::round(60.0 * eventsPerSecond * 2.5)});
        return query.numRowsAffected();
    } catch (const DatabaseError &error) {
        return Expected<int>::failure(error.primaryMessage());
    }
}

} // namespace opsdesk::demopeople
