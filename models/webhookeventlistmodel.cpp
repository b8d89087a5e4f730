#include "webhookeventlistmodel.h"

#include "database.h"
#include "displayformat.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace opsdesk {

WebhookEventListModel::WebhookEventListModel(Database &database, QObject *parent)
    : LiveModelBase(parent)
    , m_rows(
          *this, [](const webhookevents::Row &row) { return QString::number(row.id); },
          [](const webhookevents::Row &a, const webhookevents::Row &b) { return a.id > b.id; })
    , m_database(database)
    , m_coalescer({u"whatsapp_webhook_events"_s})
{
    connect(&m_coalescer, &ChangeCoalescer::flush, this,
            [this](const ChangeCoalescer::KeysByTable &keys) {
                refetch(keys.value(u"whatsapp_webhook_events"_s));
            });
}

int WebhookEventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant WebhookEventListModel::data(const QModelIndex &index, int role) const
{
    const auto *row = m_rows.rowAt(index.row());
    if (!row || index.parent().isValid()) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case SummaryRole:
        return row->summary;
    case EventIdRole:
        return row->id;
    case ReceivedAtRole:
        return row->receivedAt;
    case TimeLabelRole:
        return display::shortTime(row->receivedAt);
    case FullTimeRole:
        return display::fullTime(row->receivedAt);
    case FieldRole:
        return row->field;
    case SignatureValidRole:
        return row->signatureValid;
    case ProcessingRole:
        return row->processing;
    case ProcessingLabelRole:
        return display::processingLabel(row->processing);
    case ErrorRole:
        return row->error;
    default:
        return {};
    }
}

QHash<int, QByteArray> WebhookEventListModel::roleNames() const
{
    return {{EventIdRole, "eventId"},
            {ReceivedAtRole, "receivedAt"},
            {TimeLabelRole, "timeLabel"},
            {FullTimeRole, "fullTime"},
            {FieldRole, "field"},
            {SummaryRole, "summary"},
            {SignatureValidRole, "signatureValid"},
            {ProcessingRole, "processing"},
            {ProcessingLabelRole, "processingLabel"},
            {ErrorRole, "error"}};
}

bool WebhookEventListModel::canFetchMore(const QModelIndex &parent) const
{
    // Only when a real next keyset page exists: the last page was full.
    return !parent.isValid() && !m_atEnd && !m_rows.empty() && !loading();
}

void WebhookEventListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) {
        load(m_rows.back().id);
    }
}

void WebhookEventListModel::reload()
{
    m_coalescer.clear();
    load(0);
}

void WebhookEventListModel::selectEvent(qint64 eventId)
{
    m_selectedId = eventId;
    m_selectedPayload.clear();
    Q_EMIT selectedChanged();
    if (eventId > 0) {
        loadPayload(eventId);
    }
}

QCoro::Task<> WebhookEventListModel::load(qint64 beforeId)
{
    QPointer self{this};
    setLoading(true);
    // One row more than a page tells whether a next page exists.
    auto future = m_database.run([beforeId](QSqlDatabase &db) {
        return webhookevents::fetchPage(db, beforeId, kPageSize + 1);
    });
    auto page = co_await future;
    if (!self) {
        co_return;
    }
    if (!page) {
        setLoading(false);
        setError(tr("Could not load webhook events: %1").arg(page.error()));
        co_return;
    }
    setError({});
    const bool atEnd = page->size() <= kPageSize;
    std::vector<webhookevents::Row> rows(
        page->begin(), page->begin() + std::min<qsizetype>(page->size(), kPageSize));
    // Rows first, then the state: a view may call fetchMore from the row signals.
    if (beforeId == 0) {
        m_rows.reset(std::move(rows));
    } else {
        m_rows.append(std::move(rows));
    }
    m_atEnd = atEnd;
    setLoading(false);
}

QCoro::Task<> WebhookEventListModel::refetch(QSet<QString> keys)
{
    QPointer self{this};
    QList<qint64> ids;
    ids.reserve(keys.size());
    for (const QString &key : keys) {
        ids << key.toLongLong();
    }
    auto future =
        m_database.run([ids](QSqlDatabase &db) { return webhookevents::fetchByIds(db, ids); });
    auto fresh = co_await future;
    if (!self) {
        co_return;
    }
    if (fresh) {
        m_rows.apply(fresh.value(), keys, m_atEnd);
        if (keys.contains(QString::number(m_selectedId))) {
            loadPayload(m_selectedId);
        }
        Q_EMIT liveBatchApplied(int(fresh->size()));
    } else {
        setError(tr("Live update failed: %1").arg(fresh.error()));
    }
    m_coalescer.finished();
}

QCoro::Task<> WebhookEventListModel::loadPayload(qint64 eventId)
{
    QPointer self{this};
    auto future = m_database.run(
        [eventId](QSqlDatabase &db) { return webhookevents::fetchPayload(db, eventId); });
    auto payload = co_await future;
    if (!self || m_selectedId != eventId) {
        co_return;
    }
    m_selectedPayload =
        payload ? payload.value() : tr("Could not load the payload: %1").arg(payload.error());
    Q_EMIT selectedChanged();
}

} // namespace opsdesk
