#include "auditretention.h"

#include "database.h"
#include "logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace opsdesk::auditretention {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("opsdesk::auditretention", text);
}

/// Either the prune result or the server's refusal, kept apart from connection failures.
struct Outcome {
    Pruned pruned;
    QString sqlState; ///< empty on success
    QString message;
};

} // namespace

QCoro::Task<Expected<Pruned>> prune(Database &database, int keepDays)
{
    auto future = database.run([keepDays](QSqlDatabase &db) -> Outcome {
        try {
            // now() is the transaction's start, the same instant the function measures from.
            auto query = exec(db,
                              u"SELECT opsdesk.prune_audit_log(make_interval(days => ?::int)),"
                              u" now() - make_interval(days => ?::int)"_s,
                              {keepDays, keepDays});
            Outcome outcome;
            if (query.next()) {
                outcome.pruned = {query.value(0).toLongLong(), query.value(1).toDateTime().toUTC()};
            }
            throwIfIncomplete(query);
            return outcome;
        } catch (const DatabaseError &error) {
            if (isConnectionLoss(error)) {
                throw;
            }
            return {{},
                    error.sqlState().isEmpty() ? u"XX000"_s : error.sqlState(),
                    error.message().section(u'\n', 0, 0)};
        }
    });
    auto outcome = co_await future;
    if (!outcome) {
        co_return Expected<Pruned>::failure(
            tr("Could not reach the database: %1").arg(outcome.error()));
    }
    const QString &state = outcome->sqlState;
    if (state.isEmpty()) {
        logging::db()->info("audit: pruned {} entries older than {} days", outcome->pruned.deleted,
                            keepDays);
        co_return outcome->pruned;
    }
    if (state == u"22023") {
        co_return Expected<Pruned>::failure(
            tr("The audit trail must keep at least 30 days of entries (asked to keep %1). Use "
               "--keep-days 30 or more.")
                .arg(keepDays));
    }
    if (state == u"42501") {
        co_return Expected<Pruned>::failure(
            tr("This database role may not prune the audit trail. Connect as opsdeskd's service "
               "role or the schema owner."));
    }
    co_return Expected<Pruned>::failure(
        tr("The database refused to prune the audit trail: %1").arg(outcome->message));
}

} // namespace opsdesk::auditretention
