#include "outboundjobsmodel.h"

#include "database.h"
#include "displayformat.h"
#include "workspace.h"

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

const QString kTable = u"jobs"_s;

bool newestFirst(const jobs::Attention &a, const jobs::Attention &b)
{
    return a.updatedAtUs != b.updatedAtUs ? a.updatedAtUs > b.updatedAtUs : a.id > b.id;
}

} // namespace

OutboundJobsModel::OutboundJobsModel(QObject *parent)
    : SessionModelBase({kTable}, parent)
    , m_rows(
          *this, [](const jobs::Attention &job) { return QString::number(job.id); }, newestFirst)
{
    for (const auto signal :
         {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(this, signal, this, &OutboundJobsModel::countsChanged);
    }
    connect(this, &QAbstractItemModel::modelReset, this, &OutboundJobsModel::countsChanged);
    connect(this, &QAbstractItemModel::dataChanged, this, &OutboundJobsModel::countsChanged);
}

int OutboundJobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant OutboundJobsModel::data(const QModelIndex &index, int role) const
{
    const auto *job = m_rows.rowAt(index.row());
    if (!job || index.parent().isValid()) {
        return {};
    }
    const bool dead = job->status == u"dead";
    switch (role) {
    case JobIdRole:
        return job->id;
    case StatusRole:
        return job->status;
    case StatusLabelRole:
        return dead ? tr("Gave up", "@label send job state: every attempt failed")
                    : tr("Refused", "@label send job state: WhatsApp refused the message");
    case CanRetryRole:
        return dead;
    case AttemptsLabelRole:
        return tr("%1 of %2 attempts").arg(job->attempts).arg(job->maxAttempts);
    case LastErrorRole:
        return job->lastError;
    case TimeLabelRole:
        return display::shortTime(job->updatedAt);
    case FullTimeRole:
        return display::fullTime(job->updatedAt);
    case Qt::DisplayRole:
    case ContactNameRole:
        return job->contactName.isEmpty() ? tr("Message deleted") : job->contactName;
    case MessagePreviewRole:
        return job->messagePreview;
    case ConversationIdRole:
        return job->conversationId;
    default:
        return {};
    }
}

QHash<int, QByteArray> OutboundJobsModel::roleNames() const
{
    return {{JobIdRole, "jobId"},
            {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"},
            {CanRetryRole, "canRetry"},
            {AttemptsLabelRole, "attemptsLabel"},
            {LastErrorRole, "lastError"},
            {TimeLabelRole, "timeLabel"},
            {FullTimeRole, "fullTime"},
            {ContactNameRole, "contactName"},
            {MessagePreviewRole, "messagePreview"},
            {ConversationIdRole, "conversationId"}};
}

int OutboundJobsModel::deadCount() const
{
    int dead = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        dead += m_rows.rowAt(i)->status == u"dead" ? 1 : 0;
    }
    return dead;
}

QString OutboundJobsModel::deniedReason() const
{
    return workspace() && workspace()->canManagePeople()
               ? QString()
               : tr("Only admins see the outbound queue.");
}

QCoro::Task<> OutboundJobsModel::load()
{
    QPointer self{this};
    const quint64 loading = generation();
    setLoading(true);
    auto future =
        database()->run([](QSqlDatabase &db) { return jobs::fetchAttention(db, 0, 0, kLimit); });
    auto rows = co_await future;
    if (!self || loading != generation()) {
        co_return;
    }
    setLoading(false);
    if (!rows) {
        setError(tr("Could not load the outbound queue: %1").arg(rows.error()));
        co_return;
    }
    setError({});
    m_rows.reset(std::vector<jobs::Attention>(rows->begin(), rows->end()));
}

QCoro::Task<> OutboundJobsModel::refetch(ChangeCoalescer::KeysByTable keys)
{
    QPointer self{this};
    const quint64 loading = generation();
    const QSet<QString> changed = keys.value(kTable);
    QList<qint64> ids;
    for (const QString &key : changed) {
        ids.append(key.toLongLong());
    }
    auto future =
        database()->run([ids](QSqlDatabase &db) { return jobs::fetchAttentionByIds(db, ids); });
    auto fresh = co_await future;
    if (!self) {
        co_return;
    }
    if (loading == generation()) {
        if (fresh) {
            // A job that is no longer failed or dead (retried, sent) leaves the list.
            m_rows.apply(fresh.value(), changed, m_rows.size() < kLimit);
            Q_EMIT liveBatchApplied(int(fresh->size()));
        } else {
            setError(tr("Live update failed: %1").arg(fresh.error()));
        }
    }
    refetchDone();
}

void OutboundJobsModel::retry(qint64 jobId)
{
    runRetry(jobId);
}

QCoro::Task<> OutboundJobsModel::runRetry(qint64 jobId)
{
    QPointer self{this};
    Database *db = database();
    if (!db) {
        co_return;
    }
    setBusy(true);
    setActionError({});
    auto future = db->run([jobId](QSqlDatabase &connection) {
        try {
            jobs::retry(connection, jobId);
            return QString();
        } catch (const DatabaseError &error) {
            if (isConnectionLoss(error)) {
                throw;
            }
            return error.primaryMessage();
        }
    });
    auto refused = co_await future;
    if (!self) {
        co_return;
    }
    setBusy(false);
    if (!refused) {
        setActionError(tr("Could not retry: %1").arg(refused.error()));
    } else if (!refused->isEmpty()) {
        setActionError(tr("Could not retry: %1").arg(refused.value()));
    }
}

} // namespace opsdesk
