#pragma once

#include "changecoalescer.h"
#include "conversations.h"
#include "inbox.h"
#include "liverows.h"

#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

namespace opsdesk {

class Database;

/// The support inbox list: the conversations of one view (All, Mine, Unassigned) with the
/// chosen statuses, in the chosen order, matching the search; live.
///
/// A conversation whose sort key changes moves (a row move, so the selection follows it); one
/// that stops matching the filter (resolved, assigned away) leaves; one that starts matching
/// arrives where it belongs. Changing the view, statuses, sort or search is a new query: the
/// list reloads with a reset. Keyset-paged by (sort key, id). The unread counts of the three
/// views are refreshed after every load and live batch (coalesced). Time labels, the 24-hour
/// customer service window and waiting times are refreshed every minute.
// Base spelled fully qualified: Qt 6.4 qmltyperegistrar does not resolve it otherwise, and QML
// tooling would lose the inherited loading/errorString/count properties.
class ConversationListModel : public opsdesk::LiveModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace")
    /// "all", "mine" (assigned to the signed-in person) or "unassigned".
    Q_PROPERTY(QString view READ view WRITE setView NOTIFY filterChanged)
    /// Statuses shown (open, pending, snoozed, resolved); empty = all. Default: open, pending.
    Q_PROPERTY(
        QStringList statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filterChanged)
    /// statusFilter as one value of statusChoices ("open,pending", "open", …, "" = all).
    Q_PROPERTY(
        QString statusFilterKey READ statusFilterKey WRITE setStatusFilterKey NOTIFY filterChanged)
    /// [{value, label}] for the status drop-down.
    Q_PROPERTY(QVariantList statusChoices READ statusChoices CONSTANT)
    /// "activity" (most recent first) or "waiting" (the customer waiting longest first).
    Q_PROPERTY(QString sortBy READ sortBy WRITE setSortBy NOTIFY filterChanged)
    /// Literal text matched against contact name, number and message text. As typed; the query
    /// runs kSearchDelayMs after the last change.
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    /// Anything narrower than the default (a search, or statuses other than open + pending).
    Q_PROPERTY(bool filtered READ filtered NOTIFY filterChanged)
    /// Conversations with unread customer messages in each view, under the statuses and search.
    Q_PROPERTY(int unreadAll READ unreadAll NOTIFY unreadCountsChanged)
    Q_PROPERTY(int unreadMine READ unreadMine NOTIFY unreadCountsChanged)
    Q_PROPERTY(int unreadUnassigned READ unreadUnassigned NOTIFY unreadCountsChanged)

public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1, ///< QString uuid
        ContactNameRole,                       ///< profile name, or the formatted number
        ContactPhoneRole,                      ///< "+972 54 123 4567"
        InitialsRole,                          ///< avatar text, e.g. "SN"
        StatusRole,                            ///< wire value: open, pending, snoozed, resolved
        StatusLabelRole,                       ///< translated
        PreviewRole,                           ///< last message, one line
        PreviewIsOutboundRole,                 ///< bool: the last message was ours
        LastMessageAtRole,                     ///< QDateTime (UTC)
        TimeLabelRole,                         ///< "14:05" / "Yesterday" / …
        UnreadCountRole,                       ///< int
        WindowOpenRole,                        ///< bool: inside the 24-hour customer service window
        WindowLabelRole,                       ///< "Window open · closes in 3 h 12 min" / …
        AssigneeIdRole,                        ///< admin_users.id; empty = unassigned
        AssigneeNameRole,                      ///< display name; empty = unassigned
        IsMineRole,                            ///< bool: assigned to the signed-in person
        LabelsRole,                            ///< QStringList
        IsWaitingRole,                         ///< bool: the customer waits for an answer
        WaitingLabelRole,                      ///< "Waiting 12 min"; empty when nobody waits
        IsSnoozedRole,                         ///< bool
        SnoozedUntilLabelRole, ///< "Snoozed until tomorrow 09:00"; empty unless snoozed
    };
    Q_ENUM(Role)

    /// @p personId is the signed-in person (admin_users.id), for the Mine view.
    explicit ConversationListModel(Database &database, QString personId = {},
                                   QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] QString view() const;
    void setView(const QString &view);
    [[nodiscard]] QStringList statusFilter() const { return m_filter.statuses; }
    void setStatusFilter(const QStringList &statuses);
    [[nodiscard]] QString statusFilterKey() const { return m_filter.statuses.join(u','); }
    void setStatusFilterKey(const QString &key);
    [[nodiscard]] QVariantList statusChoices() const;
    [[nodiscard]] QString sortBy() const;
    void setSortBy(const QString &sort);
    [[nodiscard]] QString search() const { return m_searchText; }
    void setSearch(const QString &text);
    [[nodiscard]] bool filtered() const;
    [[nodiscard]] int unreadAll() const { return m_unread.all; }
    [[nodiscard]] int unreadMine() const { return m_unread.mine; }
    [[nodiscard]] int unreadUnassigned() const { return m_unread.unassigned; }
    /// The filter the list shows now (the search applied, not the text still being typed).
    [[nodiscard]] const inbox::Filter &filter() const { return m_filter; }

    Q_INVOKABLE void reload();
    /// Row of conversation @p id, or -1.
    Q_INVOKABLE int rowOf(const QString &id) const { return m_rows.indexOfKey(id); }
    /// Conversation id at @p row, or an empty string.
    Q_INVOKABLE QString idAt(int row) const;
    void applyChanges(const QList<opsdesk::Change> &batch);

    static constexpr int kSearchDelayMs = 200;

Q_SIGNALS:
    void filterChanged();
    void searchChanged();
    void unreadCountsChanged();

private:
    void setFilter(inbox::Filter filter);
    void requeue(const ChangeCoalescer::KeysByTable &keys);
    void scheduleUnreadCounts();
    QCoro::Task<> load(inbox::Cursor after);
    QCoro::Task<> refetch(ChangeCoalescer::KeysByTable keys);
    QCoro::Task<> loadUnreadCounts();

    inbox::Filter m_filter;
    LiveRows<conversations::Summary> m_rows;
    Database &m_database;
    ChangeCoalescer m_coalescer;
    QTimer m_clock;
    QTimer m_searchDelay;
    QTimer m_unreadDelay;
    QString m_searchText;
    inbox::UnreadCounts m_unread;
    quint64 m_generation = 0; ///< bumped by every new query: drops answers to an older one
    bool m_atEnd = false;
    bool m_reloading = false;                ///< a load from the top is in flight
    bool m_countingUnread = false;           ///< an unread count query is in flight
    bool m_unreadStale = false;              ///< counts asked for while one was in flight
    ChangeCoalescer::KeysByTable m_deferred; ///< live keys held back while reloading
    static constexpr int kPageSize = 100;
};

} // namespace opsdesk
