#include "conversationlistmodel.h"

#include "database.h"
#include "displayformat.h"
#include "inboxlabels.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace opsdesk {

namespace {

const QStringList kStatuses{u"open"_s, u"pending"_s, u"snoozed"_s, u"resolved"_s};
const QStringList kDefaultStatuses{u"open"_s, u"pending"_s};

/// Known statuses of @p statuses, once each, in the canonical order; all four = empty (all).
QStringList normalisedStatuses(const QStringList &statuses)
{
    QStringList result;
    for (const QString &status : kStatuses) {
        if (statuses.contains(status)) {
            result << status;
        }
    }
    return result.size() == kStatuses.size() ? QStringList() : result;
}

} // namespace

ConversationListModel::ConversationListModel(Database &database, QString personId, QObject *parent)
    : LiveModelBase(parent)
    , m_filter{inbox::View::All,
               kDefaultStatuses,
               inbox::Sort::LastActivity,
               {},
               std::move(personId)}
    , m_rows(
          *this, [](const conversations::Summary &row) { return row.id; },
          // The order of the filter shown now: a new filter reloads, so rows never mix orders.
          [this](const conversations::Summary &a, const conversations::Summary &b) {
              return m_filter.before(a, b);
          })
    , m_database(database)
    , m_coalescer({u"conversations"_s, u"contacts"_s})
{
    connect(&m_coalescer, &ChangeCoalescer::flush, this,
            [this](const ChangeCoalescer::KeysByTable &keys) {
                if (m_reloading) {
                    // Applied once the new rows are in: they would be sorted against rows of
                    // the old query otherwise.
                    for (auto it = keys.begin(); it != keys.end(); ++it) {
                        m_deferred[it.key()].unite(it.value());
                    }
                    m_coalescer.finished();
                    return;
                }
                refetch(keys);
            });
    // Relative times, the 24-hour window and waiting times change with the clock.
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                               {TimeLabelRole, WindowOpenRole, WindowLabelRole, WaitingLabelRole,
                                SnoozedUntilLabelRole});
        }
    });
    m_clock.start();
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, [this] {
        inbox::Filter next = m_filter;
        next.search = m_searchText.trimmed();
        setFilter(next);
    });
    // Counts follow live batches; a burst of them becomes one query.
    m_unreadDelay.setSingleShot(true);
    m_unreadDelay.setInterval(250);
    connect(&m_unreadDelay, &QTimer::timeout, this, [this] { loadUnreadCounts(); });
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
    case AssigneeIdRole:
        return row->assigneeId;
    case AssigneeNameRole:
        return row->assigneeName;
    case IsMineRole:
        return !row->assigneeId.isEmpty() && row->assigneeId == m_filter.personId;
    case LabelsRole:
        return row->labels;
    case IsWaitingRole:
        return row->waitingSince.isValid();
    case WaitingLabelRole:
        return display::waitingLabel(row->waitingSince);
    case IsSnoozedRole:
        return row->status == u"snoozed";
    case SnoozedUntilLabelRole:
        return row->status == u"snoozed" ? display::snoozedUntilLabel(row->snoozedUntil)
                                         : QString();
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
            {WindowLabelRole, "windowLabel"},
            {AssigneeIdRole, "assigneeId"},
            {AssigneeNameRole, "assigneeName"},
            {IsMineRole, "isMine"},
            {LabelsRole, "labels"},
            {IsWaitingRole, "isWaiting"},
            {WaitingLabelRole, "waitingLabel"},
            {IsSnoozedRole, "isSnoozed"},
            {SnoozedUntilLabelRole, "snoozedUntilLabel"}};
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_rows.empty() && !loading();
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) {
        load({m_filter.sortKeyOf(m_rows.back()), m_rows.back().id});
    }
}

QString ConversationListModel::view() const
{
    switch (m_filter.view) {
    case inbox::View::Mine:
        return u"mine"_s;
    case inbox::View::Unassigned:
        return u"unassigned"_s;
    case inbox::View::All:
        break;
    }
    return u"all"_s;
}

void ConversationListModel::setView(const QString &view)
{
    inbox::Filter next = m_filter;
    next.view = view == u"mine"         ? inbox::View::Mine
                : view == u"unassigned" ? inbox::View::Unassigned
                                        : inbox::View::All;
    setFilter(next);
}

void ConversationListModel::setStatusFilter(const QStringList &statuses)
{
    inbox::Filter next = m_filter;
    next.statuses = normalisedStatuses(statuses);
    setFilter(next);
}

void ConversationListModel::setStatusFilterKey(const QString &key)
{
    setStatusFilter(key.split(u',', Qt::SkipEmptyParts));
}

QVariantList ConversationListModel::statusChoices() const
{
    const auto choice = [](const QString &value, const QString &label) {
        return QVariantMap{{u"value"_s, value}, {u"label"_s, label}};
    };
    return {choice(u"open,pending"_s, tr("Open and pending", "@item:inlistbox status filter")),
            choice(u"open"_s, display::conversationStatusLabel(u"open"_s)),
            choice(u"pending"_s, display::conversationStatusLabel(u"pending"_s)),
            choice(u"snoozed"_s, display::conversationStatusLabel(u"snoozed"_s)),
            choice(u"resolved"_s, display::conversationStatusLabel(u"resolved"_s)),
            choice(QString(), tr("All statuses", "@item:inlistbox status filter"))};
}

QString ConversationListModel::sortBy() const
{
    return m_filter.sort == inbox::Sort::WaitingLongest ? u"waiting"_s : u"activity"_s;
}

void ConversationListModel::setSortBy(const QString &sort)
{
    inbox::Filter next = m_filter;
    next.sort = sort == u"waiting" ? inbox::Sort::WaitingLongest : inbox::Sort::LastActivity;
    setFilter(next);
}

void ConversationListModel::setSearch(const QString &text)
{
    if (text == m_searchText) {
        return;
    }
    m_searchText = text;
    Q_EMIT searchChanged();
    m_searchDelay.start();
}

bool ConversationListModel::filtered() const
{
    return !m_filter.search.isEmpty() || m_filter.statuses != kDefaultStatuses;
}

QString ConversationListModel::idAt(int row) const
{
    const auto *found = m_rows.rowAt(row);
    return found ? found->id : QString();
}

void ConversationListModel::applyChanges(const QList<Change> &batch)
{
    m_coalescer.add(batch);
}

void ConversationListModel::setFilter(inbox::Filter filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = std::move(filter);
    Q_EMIT filterChanged();
    reload();
}

void ConversationListModel::reload()
{
    // Keys already collected are answered by the new load (it reads after they committed).
    m_coalescer.clear();
    m_deferred.clear();
    load({});
}

void ConversationListModel::requeue(const ChangeCoalescer::KeysByTable &keys)
{
    QList<Change> changes;
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        for (const QString &key : it.value()) {
            changes.append({0, it.key(), 'U', key});
        }
    }
    m_coalescer.add(changes);
}

void ConversationListModel::scheduleUnreadCounts()
{
    if (m_countingUnread) {
        m_unreadStale = true;
    } else if (!m_unreadDelay.isActive()) {
        m_unreadDelay.start();
    }
}

QCoro::Task<> ConversationListModel::load(inbox::Cursor after)
{
    QPointer self{this};
    const bool fromTop = after.id.isEmpty();
    if (fromTop) {
        ++m_generation;
        m_reloading = true;
    }
    const quint64 generation = m_generation;
    const inbox::Filter filter = m_filter;
    setLoading(true);
    // One row more than a page tells whether a next page exists.
    auto future = m_database.run([filter, after](QSqlDatabase &db) {
        return inbox::fetchPage(db, filter, after, kPageSize + 1);
    });
    auto page = co_await future;
    if (!self || generation != m_generation) {
        co_return; // a newer query is on its way
    }
    if (fromTop) {
        m_reloading = false;
    }
    if (!page) {
        setLoading(false);
        setError(tr("Could not load conversations: %1").arg(page.error()));
        requeue(std::exchange(m_deferred, {}));
        co_return;
    }
    setError({});
    const bool atEnd = page->size() <= kPageSize;
    std::vector<conversations::Summary> rows(
        page->begin(), page->begin() + std::min<qsizetype>(page->size(), kPageSize));
    // Rows first, then the state: a view may call fetchMore from the row signals.
    if (fromTop) {
        m_rows.reset(std::move(rows));
    } else {
        m_rows.append(std::move(rows));
    }
    m_atEnd = atEnd;
    setLoading(false);
    requeue(std::exchange(m_deferred, {}));
    if (fromTop) {
        scheduleUnreadCounts();
    }
}

QCoro::Task<> ConversationListModel::refetch(ChangeCoalescer::KeysByTable keys)
{
    QPointer self{this};
    const quint64 generation = m_generation;
    const inbox::Filter filter = m_filter;
    const QStringList conversationIds = keys.value(u"conversations"_s).values();
    const QStringList contactIds = keys.value(u"contacts"_s).values();
    auto future = m_database.run([filter, conversationIds, contactIds](QSqlDatabase &db) {
        QList<conversations::Summary> rows;
        if (!conversationIds.isEmpty()) {
            rows += inbox::fetchByIds(db, filter, conversationIds);
        }
        if (!contactIds.isEmpty()) {
            rows += inbox::fetchByContactIds(db, filter, contactIds);
        }
        return rows;
    });
    auto fresh = co_await future;
    if (!self) {
        co_return;
    }
    if (generation != m_generation || m_reloading) {
        // Fetched for another query: ask again under the current one.
        m_coalescer.finished();
        requeue(keys);
        co_return;
    }
    if (fresh) {
        // Only conversation keys can mean "gone"; a contact key just refreshes its rows. (A
        // contact's conversation that stopped matching leaves with its own conversation key.)
        m_rows.apply(fresh.value(), keys.value(u"conversations"_s), m_atEnd);
        Q_EMIT liveBatchApplied(int(fresh->size()));
        if (!conversationIds.isEmpty()) {
            scheduleUnreadCounts();
        }
    } else {
        setError(tr("Live update failed: %1").arg(fresh.error()));
    }
    m_coalescer.finished();
}

QCoro::Task<> ConversationListModel::loadUnreadCounts()
{
    QPointer self{this};
    m_countingUnread = true;
    m_unreadStale = false;
    const inbox::Filter filter = m_filter;
    auto future =
        m_database.run([filter](QSqlDatabase &db) { return inbox::fetchUnreadCounts(db, filter); });
    auto counts = co_await future;
    if (!self) {
        co_return;
    }
    m_countingUnread = false;
    const bool stale = m_unreadStale || !(filter == m_filter);
    if (counts && !stale) {
        const inbox::UnreadCounts &value = counts.value();
        if (value.all != m_unread.all || value.mine != m_unread.mine ||
            value.unassigned != m_unread.unassigned) {
            m_unread = value;
            Q_EMIT unreadCountsChanged();
        }
    }
    // A failure shows in the list's own error on the next load; the counts keep their values.
    if (stale) {
        scheduleUnreadCounts();
    }
}

} // namespace opsdesk
