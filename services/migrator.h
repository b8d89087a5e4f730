#pragma once

#include "expected.h"

#include <QSqlDatabase>
#include <QStringList>

namespace opsdesk {

/// Applies the versioned SQL migrations compiled in from resources/migrations (`NNNN_name.sql`).
///
/// Each migration runs in its own transaction and is recorded in `opsdesk.schema_migrations`
/// (version, checksum, applied_at). Runs are serialised across processes with a session advisory
/// lock, so two `opsdeskd migrate` started together apply each migration once. Applying again is a
/// no-op. A migration whose file changed after it was applied is reported, not re-run.
class Migrator
{
public:
    /// The migration versions (file base names) in the order they apply.
    [[nodiscard]] static QStringList available();

    /// Applies what is missing on @p db (an open connection of a role that may create objects).
    /// Returns the versions applied by this call. Throws nothing; errors name the migration.
    static Expected<QStringList> migrate(const QSqlDatabase &db);

    /// The versions not yet applied (for `/readyz`), or an error if the database is unreachable.
    static Expected<QStringList> pending(const QSqlDatabase &db);
};

} // namespace opsdesk
