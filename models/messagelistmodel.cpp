#include "messagelistmodel.h"

#include "database.h"
#include "displayformat.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace opsdesk {

namespace {
bool oldestFirst(const conversations::Message &a, const conversations::Message &b)
{
    if (a.createdAt != b.createdAt) {
        return a.createdAt < b.createdAt;
    }
    return a.id < b.id;
}
} // namespace

MessageListModel::MessageListModel(Database &database, QObject *parent)
    : LiveModelBase(parent)
    , m_rows(
          *this, [](const conversations::Message &row) { return row.id; }, oldestFirst)
    , m_database(database)
    , m_coalescer({u"messages"_s, u"conversations"_s})
{
    connect(&m_coalescer, &ChangeCoalescer::flush, this,
            [this](const ChangeCoalescer::KeysByTable &keys) { refetch(keys); });
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, &MessageListModel::windowChanged);
    m_clock.start();
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    const auto *row = m_rows.rowAt(index.row());
    if (!row || index.parent().isValid()) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return row->body;
    case MessageIdRole:
        return row->id;
    case DirectionRole:
        return row->direction;
    case IsOutboundRole:
        return row->direction == u"outbound";
    case KindRole:
        return row->kind;
    case KindLabelRole:
        return display::messageKindLabel(row->kind);
    case IsNoteRole:
        return row->kind == u"note";
    case StatusRole:
        return row->status;
    case StatusLabelRole:
        return display::deliveryStatusLabel(row->status);
    case TicksRole:
        return display::deliveryTicks(row->status);
    case IsReadRole:
        return row->status == u"read";
    case IsFailedRole:
        return row->status == u"failed";
    case ErrorLabelRole:
        if (row->status != u"failed") {
            return QString();
        }
        return row->errorCode ? u"%1 · %2"_s.arg(row->errorCode).arg(row->errorTitle)
                              : row->errorTitle;
    case TimeLabelRole:
        return QLocale().toString(row->createdAt.toLocalTime().time(), QLocale::ShortFormat);
    case FullTimeRole:
        return display::fullTime(row->createdAt);
    case MediaInfoRole:
        return row->mediaInfo;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    return {{MessageIdRole, "messageId"},     {DirectionRole, "direction"},
            {IsOutboundRole, "isOutbound"},   {KindRole, "kind"},
            {KindLabelRole, "kindLabel"},     {BodyRole, "body"},
            {IsNoteRole, "isNote"},           {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"}, {TicksRole, "ticks"},
            {IsReadRole, "isRead"},           {IsFailedRole, "isFailed"},
            {ErrorLabelRole, "errorLabel"},   {TimeLabelRole, "timeLabel"},
            {FullTimeRole, "fullTime"},       {MediaInfoRole, "mediaInfo"}};
}

void MessageListModel::setConversationId(const QString &id)
{
    if (id == m_conversationId) {
        return;
    }
    m_conversationId = id;
    m_conversation = {};
    m_coalescer.clear();
    m_rows.reset({});
    Q_EMIT conversationChanged();
    Q_EMIT windowChanged();
    if (!id.isEmpty()) {
        load();
    }
}

QString MessageListModel::contactPhone() const
{
    return display::phone(m_conversation.contactPhone);
}
QString MessageListModel::contactInitials() const
{
    return display::initials(m_conversation.contactName);
}
QString MessageListModel::statusLabel() const
{
    return display::conversationStatusLabel(m_conversation.status);
}
bool MessageListModel::windowOpen() const
{
    return display::serviceWindow(m_conversation.lastInboundAt).open;
}
QString MessageListModel::windowLabel() const
{
    return m_conversation.id.isEmpty() ? QString()
                                       : display::serviceWindow(m_conversation.lastInboundAt).label;
}

void MessageListModel::reload()
{
    m_coalescer.clear();
    if (!m_conversationId.isEmpty()) {
        load();
    }
}

QCoro::Task<> MessageListModel::load()
{
    QPointer self{this};
    const quint64 generation = ++m_generation;
    const QString id = m_conversationId;
    setLoading(true);
    auto future = m_database.run([id](QSqlDatabase &db) {
        return std::pair{conversations::fetchByIds(db, {id}),
                         conversations::fetchThread(db, id, kThreadLimit)};
    });
    auto result = co_await future;
    if (!self || generation != m_generation) {
        co_return;
    }
    setLoading(false);
    if (!result) {
        setError(tr("Could not load the conversation: %1").arg(result.error()));
        co_return;
    }
    setError({});
    m_conversation = result->first.value(0);
    Q_EMIT conversationChanged();
    Q_EMIT windowChanged();
    const auto &messages = result->second;
    m_rows.reset(std::vector<conversations::Message>(messages.begin(), messages.end()));
}

QCoro::Task<> MessageListModel::refetch(ChangeCoalescer::KeysByTable keys)
{
    QPointer self{this};
    const quint64 generation = m_generation;
    const QString id = m_conversationId;
    const QSet<QString> messageIds = keys.value(u"messages"_s);
    const bool conversationChanged = keys.value(u"conversations"_s).contains(id);
    if (id.isEmpty() || (messageIds.isEmpty() && !conversationChanged)) {
        m_coalescer.finished();
        co_return;
    }
    auto future = m_database.run([id, messageIds, conversationChanged](QSqlDatabase &db) {
        return std::pair{conversationChanged ? conversations::fetchByIds(db, {id})
                                             : QList<conversations::Summary>{},
                         messageIds.isEmpty()
                             ? QList<conversations::Message>{}
                             : conversations::fetchMessagesByIds(db, id, messageIds.values())};
    });
    auto fresh = co_await future;
    if (!self) {
        co_return;
    }
    if (generation == m_generation && fresh) {
        if (!fresh->first.isEmpty()) {
            m_conversation = fresh->first.first();
            Q_EMIT this->conversationChanged();
            Q_EMIT windowChanged();
        }
        // Keys of other conversations' messages come back empty; only ours may be removed.
        QSet<QString> ours;
        for (const QString &key : messageIds) {
            if (m_rows.indexOfKey(key) >= 0) {
                ours.insert(key);
            }
        }
        m_rows.apply(fresh->second, ours, true);
        Q_EMIT liveBatchApplied(int(fresh->second.size()));
    } else if (!fresh) {
        setError(tr("Live update failed: %1").arg(fresh.error()));
    }
    m_coalescer.finished();
}

} // namespace opsdesk
