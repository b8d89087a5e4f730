#include "conversationlistmodel.h"

#include "database.h"
#include "displayformat.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace opsdesk {

namespace {
bool mostRecentFirst(const conversations::Summary &a, const conversations::Summary &b)
{
    if (a.lastMessageAtUs != b.lastMessageAtUs) {
        return a.lastMessageAtUs > b.lastMessageAtUs;
    }
    return a.id > b.id;
}
} // namespace

ConversationListModel::ConversationListModel(Database &database, QObject *parent)
    : LiveModelBase(parent)
    , m_rows(
          *this, [](const conversations::Summary &row) { return row.id; }, mostRecentFirst)
    , m_database(database)
    , m_coalescer({u"conversations"_s, u"contacts"_s})
{
    connect(&m_coalescer, &ChangeCoalescer::flush, this,
            [this](const ChangeCoalescer::KeysByTable &keys) { refetch(keys); });
    // Relative times and the 24-hour window change with the clock, not with the data.
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                               {TimeLabelRole, WindowOpenRole, WindowLabelRole});
        }
    });
    m_clock.start();
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    const auto *row = m_rows.rowAt(index.row());
    if (!row || index.parent().isValid()) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case ContactNameRole:
        return row->contactName;
    case ConversationIdRole:
        return row->id;
    case ContactPhoneRole:
        return display::phone(row->contactPhone);
    case InitialsRole:
        return display::initials(row->contactName);
    case StatusRole:
        return row->status;
    case StatusLabelRole:
        return display::conversationStatusLabel(row->status);
    case PreviewRole:
        return row->lastMessagePreview;
    case PreviewIsOutboundRole:
        return row->lastMessageDirection == u"outbound";
    case LastMessageAtRole:
        return row->lastMessageAt;
    case TimeLabelRole:
        return display::shortTime(row->lastMessageAt);
    case UnreadCountRole:
        return row->unreadCount;
    case WindowOpenRole:
        return display::serviceWindow(row->lastInboundAt).open;
    case WindowLabelRole:
        return display::serviceWindow(row->lastInboundAt).label;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return {{ConversationIdRole, "conversationId"},
            {ContactNameRole, "contactName"},
            {ContactPhoneRole, "contactPhone"},
            {InitialsRole, "initials"},
            {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"},
            {PreviewRole, "preview"},
            {PreviewIsOutboundRole, "previewIsOutbound"},
            {LastMessageAtRole, "lastMessageAt"},
            {TimeLabelRole, "timeLabel"},
            {UnreadCountRole, "unreadCount"},
            {WindowOpenRole, "windowOpen"},
            {WindowLabelRole, "windowLabel"}};
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_rows.empty() && !loading();
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) {
        load({m_rows.back().lastMessageAtUs, m_rows.back().id});
    }
}

void ConversationListModel::reload()
{
    m_coalescer.clear();
    load({});
}

QCoro::Task<> ConversationListModel::load(conversations::Cursor after)
{
    QPointer self{this};
    setLoading(true);
    // One row more than a page tells whether a next page exists.
    auto future = m_database.run(
        [after](QSqlDatabase &db) { return conversations::fetchPage(db, after, kPageSize + 1); });
    auto page = co_await future;
    if (!self) {
        co_return;
    }
    if (!page) {
        setLoading(false);
        setError(tr("Could not load conversations: %1").arg(page.error()));
        co_return;
    }
    setError({});
    const bool atEnd = page->size() <= kPageSize;
    std::vector<conversations::Summary> rows(
        page->begin(), page->begin() + std::min<qsizetype>(page->size(), kPageSize));
    // Rows first, then the state: a view may call fetchMore from the row signals.
    if (after.id.isEmpty()) {
        m_rows.reset(std::move(rows));
    } else {
        m_rows.append(std::move(rows));
    }
    m_atEnd = atEnd;
    setLoading(false);
}

QCoro::Task<> ConversationListModel::refetch(ChangeCoalescer::KeysByTable keys)
{
    QPointer self{this};
    const QStringList conversationIds = keys.value(u"conversations"_s).values();
    const QStringList contactIds = keys.value(u"contacts"_s).values();
    auto future = m_database.run([conversationIds, contactIds](QSqlDatabase &db) {
        QList<conversations::Summary> rows;
        if (!conversationIds.isEmpty()) {
            rows += conversations::fetchByIds(db, conversationIds);
        }
        if (!contactIds.isEmpty()) {
            rows += conversations::fetchByContactIds(db, contactIds);
        }
        return rows;
    });
    auto fresh = co_await future;
    if (!self) {
        co_return;
    }
    if (fresh) {
        // Only conversation keys can mean "gone"; a contact key just refreshes its rows.
        m_rows.apply(fresh.value(), keys.value(u"conversations"_s), m_atEnd);
        Q_EMIT liveBatchApplied(int(fresh->size()));
    } else {
        setError(tr("Live update failed: %1").arg(fresh.error()));
    }
    m_coalescer.finished();
}

} // namespace opsdesk
