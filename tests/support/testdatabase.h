#pragma once

#include "databaseconfig.h"

#include <QString>

/// Throwaway PostgreSQL for tests: one private cluster per test process (fsync off, in a
/// temporary folder, removed at exit), and a fresh, fully migrated database per call. Failures
/// here end the process with exit(1), not abort(), so the cluster is still stopped and removed.
namespace testsupport {

/// A new database named after @p name (plus a counter), migrated to the current schema.
/// Aborts the test process with a clear message if PostgreSQL cannot be started.
opsdesk::DatabaseConfig freshDatabase(const QString &name);

/// Runs @p sql as the cluster superuser on @p config's database; ends the process on error.
void execAsSuperuser(const opsdesk::DatabaseConfig &config, const QString &sql);

/// Creates a person through opsdesk.create_person (called as the database owner, the way
/// `opsdeskd user create` makes the first admin): an admin_users row with @p role (support,
/// manager, admin, super_admin) and a login role @p dbRole with @p password. Returns @p config
/// changed to sign in as that person. Ends the test process on failure.
opsdesk::DatabaseConfig createPerson(const opsdesk::DatabaseConfig &config, const QString &dbRole,
                                     const QString &role,
                                     const QString &password = QStringLiteral("test-password-1"));

/// The directory holding the test fixtures (copied from shared/fixtures, see tests/fixtures).
QString fixturePath(const QString &relative);

/// A text message from Sheena Nelson as WhatsApp delivers it (one change, one message), shaped
/// like Meta's "Webhooks overview" example (tests/fixtures/whatsapp).
inline const QString kTextEvent = QStringLiteral(R"({"object": "whatsapp_business_account",
 "entry": [{"id": "102290129340398", "changes": [{"field": "messages",
 "value": {"messaging_product": "whatsapp",
 "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
 "contacts": [{"profile": {"name": "Sheena Nelson"}, "wa_id": "16505551234"}],
 "messages": [{"from": "16505551234", "id": "wamid.test", "timestamp": "1749416383",
 "type": "text", "text": {"body": "Is my order on its way?"}}]}}]}]})");

} // namespace testsupport
