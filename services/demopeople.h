#pragma once

#include "expected.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

/// The people of the demo: a super admin, a manager and a support agent, each with their own
/// PostgreSQL login role, so the demo shows exactly what each role may see and do.
namespace opsdesk::demopeople {

struct Person {
    QString signInName; ///< admin_users.db_role
    QString displayName;
    QString role; ///< super_admin, manager or support
    QString password;
};

/// Makes sure the demo people exist on @p owner (a connection as the schema owner) and that
/// their passwords are the ones in @p file (JSON array of Person objects, mode 0600, written
/// here): existing people keep their file password, missing ones are created, and anyone whose
/// password is unknown gets a new one. Returns the people with their passwords.
[[nodiscard]] Expected<QList<Person>> ensure(const QSqlDatabase &owner, const QString &file);

/// Creates the login role @p role for opsdeskd itself, a member of opsdesk_service only, or gives
/// an existing one a new random password. Returns the password. @p owner must be allowed to
/// create roles (the demo's cluster superuser).
[[nodiscard]] Expected<QString> ensureServiceLogin(const QSqlDatabase &owner, const QString &role);

/// Gives the demo's team a few canned responses (/thanks, /hours, /shipping, /refund) unless
/// they already have canned responses, so "/" in the composer has something to offer.
[[nodiscard]] Expected<int> ensureCannedResponses(const QSqlDatabase &owner);

/// Gives the demo a few alert rules unless rules with their names exist (idempotent; an admin's
/// edits are kept), tuned to the traffic DemoTraffic plays at @p eventsPerSecond:
/// "Delivery failure rate above 25 %" (high, 60 s), "Webhook traffic surge" (medium, 30 s,
/// webhook_events_per_min above 2.5 times the normal rate, which its surge crosses),
/// "Customers waiting over 5 min" (low, more than 5 conversations for 2 min) and "Dead jobs"
/// (medium, any). Returns the rules added.
[[nodiscard]] Expected<int> ensureAlertRules(const QSqlDatabase &owner, double eventsPerSecond);

/// Reads the file ensure() wrote.
[[nodiscard]] Expected<QList<Person>> read(const QString &file);

} // namespace opsdesk::demopeople
