#pragma once

#include "expected.h"

#include <QDateTime>

#include <QCoroTask>

namespace opsdesk {
class Database;
}

/// Audit trail retention (shared/design/architecture.md, "Security"): opsdesk.audit_log is
/// append-only for every role, and opsdesk.prune_audit_log(keep interval) (migration 0005) is the
/// only way old entries go. It refuses to keep less than 30 days and records each run as an audit
/// entry of its own (action "prune"). Run by `opsdeskd audit prune --keep-days N`.
namespace opsdesk::auditretention {

/// What a prune did.
struct Pruned {
    qint64 deleted = 0;  ///< entries removed
    QDateTime olderThan; ///< UTC: entries before this instant were removed
};

/// Deletes audit entries older than @p keepDays days (the server requires at least 30), as
/// @p database's role (opsdeskd's service role or the schema owner may; people may not). Errors
/// are sentences: too short a retention, not allowed, or the database unreachable. @p database
/// must outlive the task.
QCoro::Task<Expected<Pruned>> prune(Database &database, int keepDays);

} // namespace opsdesk::auditretention
