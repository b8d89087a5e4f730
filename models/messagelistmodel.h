#pragma once

#include "changecoalescer.h"
#include "conversations.h"
#include "expected.h"
#include "inbox.h"
#include "liverows.h"

#include <QDateTime>
#include <QFuture>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

#include <functional>

namespace opsdesk {

class Database;

/// The thread of one conversation: its newest messages, oldest first, live; its header (contact,
/// 24-hour customer service window, status, assignee, labels, snooze, who else is viewing it);
/// and what the signed-in person does to it (assign, status, snooze, labels).
///
/// Set conversationId to show a conversation. New messages append, delivery statuses update
/// their rows in place (ticks move without a reset). While a conversation is shown and the model
/// is `active` (its page on screen), the person's presence is touched every kPresenceIntervalMs
/// and left when another conversation is shown, the page is left or the model is destroyed; and
/// its unread messages are marked read (people who may act only). Actions run on the database
/// under the person's own role: a refusal (a manager: SQLSTATE 42501) becomes actionError.
// Base spelled fully qualified: Qt 6.4 qmltyperegistrar does not resolve it otherwise, and QML
// tooling would lose the inherited loading/errorString/count properties.
class MessageListModel : public opsdesk::LiveModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace")
    Q_PROPERTY(QString conversationId READ conversationId WRITE setConversationId NOTIFY
                   conversationChanged)
    /// The page showing the thread is on screen (presence and mark-read only then).
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(QString contactName READ contactName NOTIFY conversationChanged)
    Q_PROPERTY(QString contactPhone READ contactPhone NOTIFY conversationChanged)
    Q_PROPERTY(QString contactInitials READ contactInitials NOTIFY conversationChanged)
    /// Wire value: open, pending, snoozed, resolved; empty before the conversation loaded.
    Q_PROPERTY(QString status READ status NOTIFY conversationChanged)
    Q_PROPERTY(QString statusLabel READ statusLabel NOTIFY conversationChanged)
    Q_PROPERTY(bool resolved READ resolved NOTIFY conversationChanged)
    Q_PROPERTY(bool snoozed READ snoozed NOTIFY conversationChanged)
    Q_PROPERTY(QString assigneeId READ assigneeId NOTIFY conversationChanged)
    /// Display name of the assignee; empty when unassigned.
    Q_PROPERTY(QString assigneeName READ assigneeName NOTIFY conversationChanged)
    Q_PROPERTY(bool assignedToMe READ assignedToMe NOTIFY conversationChanged)
    Q_PROPERTY(QStringList labels READ labels NOTIFY conversationChanged)
    /// UTC; invalid unless snoozed.
    Q_PROPERTY(QDateTime snoozedUntil READ snoozedUntil NOTIFY conversationChanged)
    /// "Snoozed until tomorrow 09:00"; empty unless snoozed.
    Q_PROPERTY(QString snoozedUntilLabel READ snoozedUntilLabel NOTIFY windowChanged)
    /// "Waiting 12 min"; empty when the customer is not waiting for an answer.
    Q_PROPERTY(QString waitingLabel READ waitingLabel NOTIFY windowChanged)
    /// Display names of the other people who have this conversation open now.
    Q_PROPERTY(QStringList viewers READ viewers NOTIFY conversationChanged)
    /// "Also viewing: Dana"; empty when nobody else is.
    Q_PROPERTY(QString viewersLabel READ viewersLabel NOTIFY conversationChanged)
    Q_PROPERTY(bool windowOpen READ windowOpen NOTIFY windowChanged)
    Q_PROPERTY(QString windowLabel READ windowLabel NOTIFY windowChanged)
    /// The signed-in person may change conversations (support and admins; not managers).
    Q_PROPERTY(bool canAct READ canAct CONSTANT)
    /// Why the actions are disabled ("Managers can read…"); empty when canAct.
    Q_PROPERTY(QString readOnlyReason READ readOnlyReason CONSTANT)
    /// [{id, name, isMe}] of the people a conversation can be assigned to.
    Q_PROPERTY(QVariantList assignees READ assignees NOTIFY assigneesChanged)
    /// [{key, label, detail, value}] for the snooze menu: detail is when it wakes up ("Tue
    /// 09:00"), value the same as "YYYY-MM-DD HH:MM" (local time).
    Q_PROPERTY(QVariantList snoozePresets READ snoozePresets NOTIFY windowChanged)
    /// An action is in flight.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// Why the last action failed; empty when it worked.
    Q_PROPERTY(QString actionError READ actionError NOTIFY actionErrorChanged)

public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1, ///< QString uuid
        DirectionRole,                    ///< inbound, outbound
        IsOutboundRole,                   ///< bool
        KindRole,                         ///< text, image, …, note, unsupported
        KindLabelRole,                    ///< "Image", "Location", …; empty for text
        BodyRole,                         ///< the text, caption or description
        IsNoteRole,                       ///< private note: never sent, shown distinctly
        StatusRole,       ///< queued, sent, delivered, read, failed; empty for inbound
        StatusLabelRole,  ///< translated
        TicksRole,        ///< "✓", "✓✓", "✗", …
        IsReadRole,       ///< bool: read (ticks highlighted)
        IsFailedRole,     ///< bool
        ErrorLabelRole,   ///< "131026 · Message undeliverable", "Not sent after 5 attempts: …"
        TimeLabelRole,    ///< "14:05"
        FullTimeRole,     ///< "21 Nov 2026, 14:05:09"
        MediaInfoRole,    ///< "image/jpeg", "Dizengoff Center · 32.08, 34.78", …
        AuthorNameRole,   ///< outbound and notes: who wrote it; empty for opsdeskd (API, demo)
        IsTemplateRole,   ///< bool: a template message
        TemplateNameRole, ///< message_templates.name of a template message
    };
    Q_ENUM(Role)

    /// @p personId is the signed-in person (admin_users.id; empty: no presence); @p canAct
    /// whether their role may change conversations (no mark-read otherwise).
    explicit MessageListModel(Database &database, QString personId = {}, bool canAct = false,
                              QObject *parent = nullptr);
    ~MessageListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString conversationId() const { return m_conversationId; }
    void setConversationId(const QString &id);
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);
    [[nodiscard]] QString contactName() const { return m_conversation.contactName; }
    [[nodiscard]] QString contactPhone() const;
    [[nodiscard]] QString contactInitials() const;
    [[nodiscard]] QString status() const { return m_conversation.status; }
    [[nodiscard]] QString statusLabel() const;
    [[nodiscard]] bool resolved() const { return m_conversation.status == u"resolved"; }
    [[nodiscard]] bool snoozed() const { return m_conversation.status == u"snoozed"; }
    [[nodiscard]] QString assigneeId() const { return m_conversation.assigneeId; }
    [[nodiscard]] QString assigneeName() const { return m_conversation.assigneeName; }
    [[nodiscard]] bool assignedToMe() const;
    [[nodiscard]] QStringList labels() const { return m_conversation.labels; }
    [[nodiscard]] QDateTime snoozedUntil() const;
    [[nodiscard]] QString snoozedUntilLabel() const;
    [[nodiscard]] QString waitingLabel() const;
    [[nodiscard]] QStringList viewers() const { return m_viewers; }
    [[nodiscard]] QString viewersLabel() const;
    [[nodiscard]] bool windowOpen() const;
    [[nodiscard]] QString windowLabel() const;
    [[nodiscard]] bool canAct() const { return m_canAct; }
    [[nodiscard]] QString readOnlyReason() const;
    [[nodiscard]] QVariantList assignees() const;
    [[nodiscard]] QVariantList snoozePresets() const;
    [[nodiscard]] bool busy() const { return m_pendingActions > 0; }
    [[nodiscard]] QString actionError() const { return m_actionError; }

    Q_INVOKABLE void reload();
    void applyChanges(const QList<opsdesk::Change> &batch) { m_coalescer.add(batch); }

    /// Assigns the conversation to the signed-in person.
    Q_INVOKABLE void assignToMe();
    /// Assigns it to @p personId (an id from assignees).
    Q_INVOKABLE void assign(const QString &personId);
    Q_INVOKABLE void unassign();
    /// open, pending or resolved (snoozed goes through snooze()).
    Q_INVOKABLE void setStatus(const QString &status);
    Q_INVOKABLE void resolve() { setStatus(QStringLiteral("resolved")); }
    Q_INVOKABLE void reopen() { setStatus(QStringLiteral("open")); }
    /// Snoozes until @p until; it reopens then, or as soon as the customer writes.
    Q_INVOKABLE void snooze(const QDateTime &until);
    Q_INVOKABLE void snoozeFor(int minutes);
    Q_INVOKABLE void snoozeUntilTomorrowMorning();
    Q_INVOKABLE void snoozeUntilNextMonday();
    /// Runs the preset @p key of snoozePresets.
    Q_INVOKABLE void snoozePreset(const QString &key);
    /// Snoozes until a local time typed as "YYYY-MM-DD HH:MM"; false (and actionError says
    /// why) when the text is not such a time or it is not in the future.
    Q_INVOKABLE bool snoozeUntilText(const QString &text);
    /// Replaces the labels (trimmed, 1-32 characters, no duplicates, at most 20).
    Q_INVOKABLE void setLabels(const QStringList &labels);
    Q_INVOKABLE void addLabel(const QString &label);
    Q_INVOKABLE void removeLabel(const QString &label);
    Q_INVOKABLE void clearActionError();

    static constexpr int kPresenceIntervalMs = 20 * 1000;

Q_SIGNALS:
    void conversationChanged();
    void windowChanged();
    void activeChanged();
    void assigneesChanged();
    void busyChanged();
    void actionErrorChanged();

private:
    using Action = std::function<void(const QSqlDatabase &)>;
    /// The outcome of an action: empty on success, else the SQLSTATE and the server's words.
    struct Refusal {
        QString sqlState;
        QString message;
    };

    QCoro::Task<> load();
    QCoro::Task<> refetch(ChangeCoalescer::KeysByTable keys);
    QCoro::Task<> refreshDetails();
    QCoro::Task<> loadAssignees();
    QCoro::Task<> runAction(QString conversationId, Action action);
    /// Presence for what is on screen now (m_presentIn), then syncPresence().
    void updatePresence();
    /// Brings the database's presence row to m_presentIn: one call at a time, so a leave never
    /// overtakes the touch of the same conversation; states skipped meanwhile are never sent.
    void syncPresence();
    QCoro::Task<> presenceCall(QString leave, QString touch);
    void markReadIfUnread();
    QCoro::Task<> markRead(QString conversationId);
    void applyDetails(const inbox::Details &details);
    [[nodiscard]] bool guardAction();
    void setActionError(const QString &error);

    LiveRows<conversations::Message> m_rows;
    Database &m_database;
    QString m_personId;
    bool m_canAct = false;
    bool m_active = true;
    ChangeCoalescer m_coalescer;
    QTimer m_clock;
    QTimer m_presence;
    QString m_conversationId;
    QString m_presentIn;          ///< the conversation our presence row should be for; empty = none
    QString m_presenceInDatabase; ///< where our row is once the calls so far have run
    QString m_presenceCallFor;    ///< where it will be after the call in flight
    QFuture<Expected<Done>> m_presenceCall;
    bool m_presenceCallRunning = false;
    bool m_presenceTouchDue = false; ///< the periodic touch came while a call was in flight
    conversations::Summary m_conversation;
    QStringList m_viewers;
    QList<inbox::Assignee> m_assignees;
    QString m_actionError;
    int m_pendingActions = 0;
    bool m_markingRead = false;
    bool m_markReadAgain = false; ///< markReadIfUnread() was skipped while a call was in flight
    quint64 m_generation = 0;     ///< drops results of a load for a previous conversation
    static constexpr int kThreadLimit = 500;
};

} // namespace opsdesk
