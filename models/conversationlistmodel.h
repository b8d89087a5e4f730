#pragma once

#include "changecoalescer.h"
#include "conversations.h"
#include "liverows.h"

#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

namespace opsdesk {

class Database;

/// The conversation list: most recently active first, live.
///
/// A new message moves its conversation to the top (a row move, so the selection follows it);
/// a contact's new profile name updates its rows. Keyset-paged by (last_message_at, id). Time
/// labels and the customer service window are refreshed every minute.
// Base spelled fully qualified: Qt 6.4 qmltyperegistrar does not resolve it otherwise, and QML
// tooling would lose the inherited loading/errorString/count properties.
class ConversationListModel : public opsdesk::LiveModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace")

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
    };
    Q_ENUM(Role)

    explicit ConversationListModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    Q_INVOKABLE void reload();
    /// Row of conversation @p id, or -1.
    Q_INVOKABLE int rowOf(const QString &id) const { return m_rows.indexOfKey(id); }
    void applyChanges(const QList<opsdesk::Change> &batch) { m_coalescer.add(batch); }

private:
    QCoro::Task<> load(conversations::Cursor after);
    QCoro::Task<> refetch(ChangeCoalescer::KeysByTable keys);

    LiveRows<conversations::Summary> m_rows;
    Database &m_database;
    ChangeCoalescer m_coalescer;
    QTimer m_clock;
    bool m_atEnd = false;
    static constexpr int kPageSize = 100;
};

} // namespace opsdesk
