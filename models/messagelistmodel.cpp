#include "messagelistmodel.h"

#include "database.h"
#include "displayformat.h"
#include "inboxlabels.h"
#include "logging.h"

#include <QLocale>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace opsdesk {

namespace {

/// The thread's SQL order (created_at, id): microseconds, as PostgreSQL keeps them.
bool oldestFirst(const conversations::Message &a, const conversations::Message &b)
{
    if (a.createdAtUs != b.createdAtUs) {
        return a.createdAtUs < b.createdAtUs;
    }
    return a.id < b.id;
}

/// One presence call: leaves @p leave (if any), then touches @p touch (if any). Best effort: rows
/// older than a minute count as gone anyway.
QFuture<Expected<Done>> runPresence(Database &database, const QString &leave, const QString &touch)
{
    return database.run([leave, touch](QSqlDatabase &db) {
        if (!leave.isEmpty()) {
            inbox::leavePresence(db, leave);
        }
        if (!touch.isEmpty()) {
            inbox::touchPresence(db, touch);
        }
        return Done{};
    });
}

} // namespace

MessageListModel::MessageListModel(Database &database, QString personId, bool canAct,
                                   QObject *parent)
    : LiveModelBase(parent)
    , m_rows(
          *this, [](const conversations::Message &row) { return row.id; }, oldestFirst)
    , m_database(database)
    , m_personId(std::move(personId))
    , m_canAct(canAct)
    , m_coalescer({u"messages"_s, u"conversations"_s, u"conversation_viewers"_s, u"admin_users"_s})
{
    connect(&m_coalescer, &ChangeCoalescer::flush, this,
            [this](const ChangeCoalescer::KeysByTable &keys) { refetch(keys); });
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, &MessageListModel::windowChanged);
    m_clock.start();
    m_presence.setInterval(kPresenceIntervalMs);
    connect(&m_presence, &QTimer::timeout, this, [this] {
        m_presenceTouchDue = true;
        syncPresence();
    });
}

MessageListModel::~MessageListModel()
{
    // The pool outlives its models (Workspace::Session, tests): the delete still runs, after the
    // call in flight (if any) so it cannot overtake that call's touch.
    const QString held = m_presenceCallRunning ? m_presenceCallFor : m_presenceInDatabase;
    if (held.isEmpty()) {
        return;
    }
    if (!m_presenceCallRunning) {
        Q_UNUSED(runPresence(m_database, held, {}));
        return;
    }
    Database *database = &m_database;
    Q_UNUSED(m_presenceCall.then([database, held](const QFuture<Expected<Done>> &) {
        Q_UNUSED(runPresence(*database, held, {}));
    }));
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
        // Failed sends carry Meta's error; queued ones the reason retries stopped, if any.
        if (row->status != u"failed" && (row->status != u"queued" || row->errorTitle.isEmpty())) {
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
    case AuthorNameRole:
        return row->authorName;
    case IsTemplateRole:
        return row->kind == u"template";
    case TemplateNameRole:
        return row->templateName;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    return {{MessageIdRole, "messageId"},
            {DirectionRole, "direction"},
            {IsOutboundRole, "isOutbound"},
            {KindRole, "kind"},
            {KindLabelRole, "kindLabel"},
            {BodyRole, "body"},
            {IsNoteRole, "isNote"},
            {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"},
            {TicksRole, "ticks"},
            {IsReadRole, "isRead"},
            {IsFailedRole, "isFailed"},
            {ErrorLabelRole, "errorLabel"},
            {TimeLabelRole, "timeLabel"},
            {FullTimeRole, "fullTime"},
            {MediaInfoRole, "mediaInfo"},
            {AuthorNameRole, "authorName"},
            {IsTemplateRole, "isTemplate"},
            {TemplateNameRole, "templateName"}};
}

void MessageListModel::setConversationId(const QString &id)
{
    if (id == m_conversationId) {
        return;
    }
    m_conversationId = id;
    m_conversation = {};
    m_viewers.clear();
    m_coalescer.clear();
    ++m_generation; // a load or refetch of the previous conversation is dropped
    m_rows.reset({});
    setActionError({});
    Q_EMIT conversationChanged();
    Q_EMIT windowChanged();
    updatePresence();
    if (!id.isEmpty()) {
        load();
        if (m_assignees.isEmpty()) {
            loadAssignees();
        }
    }
}

void MessageListModel::setActive(bool active)
{
    if (active == m_active) {
        return;
    }
    m_active = active;
    Q_EMIT activeChanged();
    updatePresence();
    markReadIfUnread();
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
bool MessageListModel::assignedToMe() const
{
    return !m_conversation.assigneeId.isEmpty() && m_conversation.assigneeId == m_personId;
}
QDateTime MessageListModel::snoozedUntil() const
{
    return snoozed() ? m_conversation.snoozedUntil : QDateTime();
}
QString MessageListModel::snoozedUntilLabel() const
{
    return snoozed() ? display::snoozedUntilLabel(m_conversation.snoozedUntil) : QString();
}
QString MessageListModel::waitingLabel() const
{
    return display::waitingLabel(m_conversation.waitingSince);
}
QString MessageListModel::viewersLabel() const
{
    return display::viewersLabel(m_viewers);
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

QString MessageListModel::readOnlyReason() const
{
    return m_canAct ? QString() : tr("Managers can read conversations but not change them");
}

QVariantList MessageListModel::assignees() const
{
    QVariantList result;
    for (const inbox::Assignee &person : m_assignees) {
        result.append(QVariantMap{{u"id"_s, person.id},
                                  {u"name"_s, person.displayName},
                                  {u"isMe"_s, person.id == m_personId}});
    }
    return result;
}

QVariantList MessageListModel::snoozePresets() const
{
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTime();
    const auto preset = [&](const QString &key, const QString &label, const QDateTime &until) {
        const QString time = locale.toString(until.time(), QLocale::ShortFormat);
        const QString when =
            until.date() == now.date()
                ? time
                : u"%1 %2"_s.arg(locale.dayName(until.date().dayOfWeek(), QLocale::ShortFormat),
                                 time);
        return QVariantMap{{u"key"_s, key},
                           {u"label"_s, label},
                           {u"detail"_s, when},
                           {u"value"_s, until.toString(u"yyyy-MM-dd HH:mm"_s)}};
    };
    return {preset(u"1h"_s, tr("1 hour", "@action:inmenu snooze"), now.addSecs(3600)),
            preset(u"3h"_s, tr("3 hours", "@action:inmenu snooze"), now.addSecs(qint64(3) * 3600)),
            preset(u"tomorrow"_s, tr("Tomorrow 09:00", "@action:inmenu snooze"),
                   display::tomorrowMorning(now)),
            preset(u"monday"_s, tr("Next Monday 09:00", "@action:inmenu snooze"),
                   display::nextMondayMorning(now))};
}

void MessageListModel::reload()
{
    m_coalescer.clear();
    if (!m_conversationId.isEmpty()) {
        load();
        loadAssignees();
    }
}

// --- Actions

bool MessageListModel::guardAction()
{
    // Deliberately no role check here: the buttons are disabled for managers, and anything that
    // still gets through is refused by the database and explained (migration 0005).
    return !m_conversationId.isEmpty();
}

void MessageListModel::assignToMe()
{
    assign(m_personId);
}

void MessageListModel::assign(const QString &personId)
{
    if (!guardAction()) {
        return;
    }
    runAction(m_conversationId, [id = m_conversationId, personId](const QSqlDatabase &db) {
        inbox::assign(db, id, personId);
    });
}

void MessageListModel::unassign()
{
    assign({});
}

void MessageListModel::setStatus(const QString &status)
{
    if (!guardAction()) {
        return;
    }
    runAction(m_conversationId, [id = m_conversationId, status](const QSqlDatabase &db) {
        inbox::setStatus(db, id, status);
    });
}

void MessageListModel::snooze(const QDateTime &until)
{
    if (!guardAction()) {
        return;
    }
    if (!until.isValid() || until <= QDateTime::currentDateTime()) {
        setActionError(tr("Pick a time in the future to snooze until."));
        return;
    }
    runAction(m_conversationId, [id = m_conversationId, until](const QSqlDatabase &db) {
        inbox::snooze(db, id, until);
    });
}

void MessageListModel::snoozeFor(int minutes)
{
    snooze(QDateTime::currentDateTime().addSecs(qint64(minutes) * 60));
}

void MessageListModel::snoozeUntilTomorrowMorning()
{
    snooze(display::tomorrowMorning());
}

void MessageListModel::snoozeUntilNextMonday()
{
    snooze(display::nextMondayMorning());
}

void MessageListModel::snoozePreset(const QString &key)
{
    if (key == u"1h") {
        snoozeFor(60);
    } else if (key == u"3h") {
        snoozeFor(3 * 60);
    } else if (key == u"tomorrow") {
        snoozeUntilTomorrowMorning();
    } else if (key == u"monday") {
        snoozeUntilNextMonday();
    }
}

bool MessageListModel::snoozeUntilText(const QString &text)
{
    const QDateTime until = display::parseLocalDateTime(text);
    if (!until.isValid()) {
        setActionError(tr("Type the time as YYYY-MM-DD HH:MM, for example %1.")
                           .arg(display::tomorrowMorning().toString(u"yyyy-MM-dd HH:mm"_s)));
        return false;
    }
    if (until <= QDateTime::currentDateTime()) {
        setActionError(tr("Pick a time in the future to snooze until."));
        return false;
    }
    snooze(until);
    return true;
}

void MessageListModel::setLabels(const QStringList &labels)
{
    if (!guardAction()) {
        return;
    }
    runAction(m_conversationId, [id = m_conversationId, labels](const QSqlDatabase &db) {
        inbox::setLabels(db, id, labels);
    });
}

void MessageListModel::addLabel(const QString &label)
{
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty()) {
        return;
    }
    if (m_conversation.labels.contains(trimmed, Qt::CaseInsensitive)) {
        setActionError(tr("This conversation already has the label “%1”.").arg(trimmed));
        return;
    }
    setLabels(m_conversation.labels + QStringList{trimmed});
}

void MessageListModel::removeLabel(const QString &label)
{
    QStringList labels = m_conversation.labels;
    if (labels.removeAll(label) > 0) {
        setLabels(labels);
    }
}

void MessageListModel::clearActionError()
{
    setActionError({});
}

void MessageListModel::setActionError(const QString &error)
{
    if (m_actionError != error) {
        m_actionError = error;
        Q_EMIT actionErrorChanged();
    }
}

QCoro::Task<> MessageListModel::runAction(QString conversationId, Action action)
{
    QPointer self{this};
    ++m_pendingActions;
    Q_EMIT busyChanged();
    setActionError({});
    auto future = m_database.run([action = std::move(action)](QSqlDatabase &db) -> Refusal {
        try {
            action(db);
            return {};
        } catch (const DatabaseError &error) {
            if (isConnectionLoss(error)) {
                throw; // Database::run drops the connection and reports it
            }
            return {error.sqlState().isEmpty() ? u"XX000"_s : error.sqlState(), error.message()};
        }
    });
    auto outcome = co_await future;
    if (!self) {
        co_return;
    }
    --m_pendingActions;
    Q_EMIT busyChanged();
    if (conversationId != m_conversationId) {
        co_return; // the person moved on; the list shows the outcome
    }
    if (!outcome) {
        setActionError(tr("Could not change the conversation: %1").arg(outcome.error()));
        co_return;
    }
    const Refusal &refusal = outcome.value();
    if (refusal.sqlState == u"42501") {
        setActionError(m_canAct ? tr("The database refused this change: your role may not change "
                                     "this conversation.")
                                : tr("The database refused this change: managers can read "
                                     "conversations but not change them."));
    } else if (refusal.sqlState == u"22023") {
        setActionError(tr("Not changed: %1").arg(refusal.message));
    } else if (!refusal.sqlState.isEmpty()) {
        setActionError(tr("Could not change the conversation: %1").arg(refusal.message));
    } else {
        // Shown at once; the change feed brings the same to the list (and to everyone else).
        refreshDetails();
    }
}

// --- Presence and mark-read

void MessageListModel::updatePresence()
{
    const QString wanted = m_active && !m_personId.isEmpty() ? m_conversationId : QString();
    if (wanted == m_presentIn) {
        return;
    }
    m_presentIn = wanted;
    if (m_presentIn.isEmpty()) {
        m_presence.stop();
    } else {
        m_presence.start();
    }
    syncPresence();
}

void MessageListModel::syncPresence()
{
    if (m_presenceCallRunning) {
        return; // the call in flight comes back here when it is done
    }
    const bool moved = m_presenceInDatabase != m_presentIn;
    const QString leave = moved ? m_presenceInDatabase : QString();
    const QString touch = moved || m_presenceTouchDue ? m_presentIn : QString();
    m_presenceTouchDue = false;
    if (leave.isEmpty() && touch.isEmpty()) {
        return;
    }
    presenceCall(leave, touch);
}

QCoro::Task<> MessageListModel::presenceCall(QString leave, QString touch)
{
    QPointer self{this};
    m_presenceCallRunning = true;
    m_presenceCallFor = touch;
    m_presenceCall = runPresence(m_database, leave, touch);
    auto future = m_presenceCall;
    auto result = co_await future;
    if (!self) {
        co_return;
    }
    m_presenceCallRunning = false;
    // Best effort: after a failure the row expires on its own, or the next touch puts it back.
    m_presenceInDatabase = touch;
    if (!result) {
        logging::ui()->warn("presence: {}", result.error().toStdString());
    }
    syncPresence(); // the person may have moved on meanwhile: only the latest state is sent
}

void MessageListModel::markReadIfUnread()
{
    if (!m_canAct || !m_active || m_conversation.id.isEmpty() || m_conversation.unreadCount == 0) {
        return;
    }
    if (m_markingRead) {
        m_markReadAgain = true; // checked again when the call in flight is done
        return;
    }
    markRead(m_conversation.id);
}

QCoro::Task<> MessageListModel::markRead(QString conversationId)
{
    QPointer self{this};
    m_markingRead = true;
    m_markReadAgain = false;
    auto future = m_database.run([conversationId](QSqlDatabase &db) {
        inbox::markRead(db, conversationId);
        return Done{};
    });
    // The change comes back through the feed: the header and the list's unread count follow.
    auto result = co_await future;
    if (!self) {
        co_return;
    }
    m_markingRead = false;
    if (!result) {
        logging::ui()->warn("mark read: {}", result.error().toStdString());
        if (conversationId == m_conversationId) {
            setActionError(tr("Could not mark the conversation as read: %1").arg(result.error()));
        }
        co_return;
    }
    // A header that arrived meanwhile (another conversation, or new messages) was skipped.
    if (m_markReadAgain) {
        markReadIfUnread();
    }
}

// --- Loading

void MessageListModel::applyDetails(const inbox::Details &details)
{
    m_conversation = details.summary;
    m_viewers = details.viewers;
    Q_EMIT conversationChanged();
    Q_EMIT windowChanged();
    markReadIfUnread();
}

namespace {
/// The header of @p id: with the other viewers when a person is signed in.
inbox::Details fetchHeader(const QSqlDatabase &db, const QString &id, const QString &personId)
{
    if (personId.isEmpty()) {
        return {inbox::fetchByIds(db, {}, {id}).value(0), {}};
    }
    return inbox::fetchDetails(db, id, personId);
}
} // namespace

QCoro::Task<> MessageListModel::load()
{
    QPointer self{this};
    const quint64 generation = ++m_generation;
    const QString id = m_conversationId;
    const QString personId = m_personId;
    setLoading(true);
    auto future = m_database.run([id, personId](QSqlDatabase &db) {
        return std::pair{fetchHeader(db, id, personId),
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
    const auto &messages = result->second;
    m_rows.reset(std::vector<conversations::Message>(messages.begin(), messages.end()));
    applyDetails(result->first);
}

QCoro::Task<> MessageListModel::refreshDetails()
{
    QPointer self{this};
    const quint64 generation = m_generation;
    const QString id = m_conversationId;
    const QString personId = m_personId;
    if (id.isEmpty()) {
        co_return;
    }
    auto future =
        m_database.run([id, personId](QSqlDatabase &db) { return fetchHeader(db, id, personId); });
    auto details = co_await future;
    if (!self || generation != m_generation) {
        co_return;
    }
    if (details) {
        applyDetails(details.value());
    }
}

QCoro::Task<> MessageListModel::loadAssignees()
{
    QPointer self{this};
    auto future = m_database.run([](QSqlDatabase &db) { return inbox::fetchAssignees(db); });
    auto people = co_await future;
    if (!self) {
        co_return;
    }
    if (people) {
        m_assignees = people.value();
        Q_EMIT assigneesChanged();
    } else {
        logging::ui()->warn("assignees: {}", people.error().toStdString());
    }
}

QCoro::Task<> MessageListModel::refetch(ChangeCoalescer::KeysByTable keys)
{
    QPointer self{this};
    const quint64 generation = m_generation;
    const QString id = m_conversationId;
    const QString personId = m_personId;
    const QSet<QString> messageIds = keys.value(u"messages"_s);
    const bool peopleChanged = keys.contains(u"admin_users"_s);
    // Presence rows are keyed by their own id: any of them may be about this conversation.
    const bool headerChanged = keys.value(u"conversations"_s).contains(id) ||
                               keys.contains(u"conversation_viewers"_s) || peopleChanged;
    if (peopleChanged && !m_assignees.isEmpty()) {
        loadAssignees();
    }
    if (id.isEmpty() || (messageIds.isEmpty() && !headerChanged)) {
        m_coalescer.finished();
        co_return;
    }
    auto future = m_database.run([id, personId, messageIds, headerChanged](QSqlDatabase &db) {
        return std::pair{
            headerChanged ? std::optional(fetchHeader(db, id, personId)) : std::nullopt,
            messageIds.isEmpty() ? QList<conversations::Message>{}
                                 : conversations::fetchMessagesByIds(db, id, messageIds.values())};
    });
    auto fresh = co_await future;
    if (!self) {
        co_return;
    }
    if (generation == m_generation && fresh) {
        // Keys of other conversations' messages come back empty; only ours may be removed.
        QSet<QString> ours;
        for (const QString &key : messageIds) {
            if (m_rows.indexOfKey(key) >= 0) {
                ours.insert(key);
            }
        }
        m_rows.apply(fresh->second, ours, true);
        if (const auto &details = fresh->first) {
            applyDetails(*details);
        }
        Q_EMIT liveBatchApplied(int(fresh->second.size()));
    } else if (!fresh) {
        setError(tr("Live update failed: %1").arg(fresh.error()));
    }
    m_coalescer.finished();
}

} // namespace opsdesk
