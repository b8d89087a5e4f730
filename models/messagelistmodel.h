#pragma once

#include "changecoalescer.h"
#include "conversations.h"
#include "liverows.h"

#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

namespace opsdesk {

class Database;

/// The thread of one conversation: its newest messages, oldest first, live.
///
/// Set conversationId to show a conversation. New messages append, delivery statuses update
/// their rows in place (ticks move without a reset). The header state (contact, 24-hour
/// customer service window) comes from the conversation row.
// Base spelled fully qualified: Qt 6.4 qmltyperegistrar does not resolve it otherwise, and QML
// tooling would lose the inherited loading/errorString/count properties.
class MessageListModel : public opsdesk::LiveModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace")
    Q_PROPERTY(QString conversationId READ conversationId WRITE setConversationId NOTIFY
                   conversationChanged)
    Q_PROPERTY(QString contactName READ contactName NOTIFY conversationChanged)
    Q_PROPERTY(QString contactPhone READ contactPhone NOTIFY conversationChanged)
    Q_PROPERTY(QString contactInitials READ contactInitials NOTIFY conversationChanged)
    Q_PROPERTY(QString statusLabel READ statusLabel NOTIFY conversationChanged)
    Q_PROPERTY(bool windowOpen READ windowOpen NOTIFY windowChanged)
    Q_PROPERTY(QString windowLabel READ windowLabel NOTIFY windowChanged)

public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1, ///< QString uuid
        DirectionRole,                    ///< inbound, outbound
        IsOutboundRole,                   ///< bool
        KindRole,                         ///< text, image, …, note, unsupported
        KindLabelRole,                    ///< "Image", "Location", …; empty for text
        BodyRole,                         ///< the text, caption or description
        IsNoteRole,                       ///< private note: never sent, shown distinctly
        StatusRole,      ///< queued, sent, delivered, read, failed; empty for inbound
        StatusLabelRole, ///< translated
        TicksRole,       ///< "✓", "✓✓", "✗", …
        IsReadRole,      ///< bool: read (ticks highlighted)
        IsFailedRole,    ///< bool
        ErrorLabelRole,  ///< "131026 · Message undeliverable"
        TimeLabelRole,   ///< "14:05"
        FullTimeRole,    ///< "21 Nov 2026, 14:05:09"
        MediaInfoRole,   ///< "image/jpeg", "Dizengoff Center · 32.08, 34.78", …
    };
    Q_ENUM(Role)

    explicit MessageListModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString conversationId() const { return m_conversationId; }
    void setConversationId(const QString &id);
    [[nodiscard]] QString contactName() const { return m_conversation.contactName; }
    [[nodiscard]] QString contactPhone() const;
    [[nodiscard]] QString contactInitials() const;
    [[nodiscard]] QString statusLabel() const;
    [[nodiscard]] bool windowOpen() const;
    [[nodiscard]] QString windowLabel() const;

    Q_INVOKABLE void reload();
    void applyChanges(const QList<opsdesk::Change> &batch) { m_coalescer.add(batch); }

Q_SIGNALS:
    void conversationChanged();
    void windowChanged();

private:
    QCoro::Task<> load();
    QCoro::Task<> refetch(ChangeCoalescer::KeysByTable keys);

    LiveRows<conversations::Message> m_rows;
    Database &m_database;
    ChangeCoalescer m_coalescer;
    QTimer m_clock;
    QString m_conversationId;
    conversations::Summary m_conversation;
    quint64 m_generation = 0; ///< drops results of a load for a previous conversation
    static constexpr int kThreadLimit = 500;
};

} // namespace opsdesk
