#pragma once

#include "jobqueue.h"
#include "liverows.h"
#include "sessionmodelbase.h"

#include <QtQml/qqmlregistration.h>

namespace opsdesk {

/// The Outbound page (admins): send jobs that need attention, newest first, live.
///
/// Failed jobs: WhatsApp refused the message for good (the agent sees the reason on the message).
/// Dead jobs: every attempt met a transient error (429, 5xx, timeout, no connection); retry()
/// puts one back in the queue with fresh attempts (opsdesk.retry_job, admins only). Shows the
/// newest 500; the database refuses other roles anyway (jobs are readable by admins only).
// Base spelled fully qualified, as in the other models (Qt 6.4 qmltyperegistrar).
class OutboundJobsModel : public opsdesk::SessionModelBase
{
    Q_OBJECT
    QML_ELEMENT
    /// Dead jobs listed (what Retry applies to).
    Q_PROPERTY(int deadCount READ deadCount NOTIFY countsChanged)

public:
    enum Role {
        JobIdRole = Qt::UserRole + 1, ///< qint64 jobs.id
        StatusRole,                   ///< failed, dead
        StatusLabelRole,              ///< translated
        CanRetryRole,                 ///< bool: dead
        AttemptsLabelRole,            ///< "5 of 5 attempts"
        LastErrorRole,                ///< "429 Rate limit hit", "worker … stopped …"
        TimeLabelRole,                ///< when it last changed, short
        FullTimeRole,                 ///< the same, full
        ContactNameRole,              ///< who the message was for
        MessagePreviewRole,           ///< one line of the message
        ConversationIdRole,           ///< for "Open conversation"
    };
    Q_ENUM(Role)

    explicit OutboundJobsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int deadCount() const;

    /// Queues dead job @p jobId again. Success: the row leaves the list; failure: actionError.
    Q_INVOKABLE void retry(qint64 jobId);

Q_SIGNALS:
    void countsChanged();

protected:
    QCoro::Task<> load() override;
    QCoro::Task<> refetch(ChangeCoalescer::KeysByTable keys) override;
    void clearRows() override { m_rows.reset({}); }
    [[nodiscard]] QString deniedReason() const override;

private:
    QCoro::Task<> runRetry(qint64 jobId);

    LiveRows<jobs::Attention> m_rows;
    static constexpr int kLimit = 500;
};

} // namespace opsdesk
