#pragma once

#include "databaseconfig.h"

#include <QString>

/// Throwaway PostgreSQL for tests: one private cluster per test process (fsync off, in a
/// temporary folder, removed at exit), and a fresh, fully migrated database per call.
namespace testsupport {

/// A new database named after @p name (plus a counter), migrated to the current schema.
/// Aborts the test process with a clear message if PostgreSQL cannot be started.
opsdesk::DatabaseConfig freshDatabase(const QString &name);

/// Runs @p sql as the cluster superuser on @p config's database; QFAIL-style abort on error.
void execAsSuperuser(const opsdesk::DatabaseConfig &config, const QString &sql);

/// The directory holding the test fixtures (copied from shared/fixtures, see tests/fixtures).
QString fixturePath(const QString &relative);

} // namespace testsupport
