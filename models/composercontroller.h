#pragma once

#include "cannedresponsemodel.h"
#include "changecoalescer.h"
#include "outbound.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

Q_MOC_INCLUDE("workspace.h")

namespace opsdesk {

class Database;
class Workspace;

/// The composer under a thread: what the person is writing to one conversation, and sending it.
///
/// Created in QML as `ComposerController { workspace: Workspace; conversationId: … }`.
///
/// A reply is free text of at most 4,096 characters (WhatsApp's limit, counted in Unicode
/// characters as the database counts them), allowed only inside the 24-hour customer service
/// window (open while now < the customer's last message + 24 h,
/// https://developers.facebook.com/docs/whatsapp/cloud-api/guides/send-messages#customer-service-windows).
/// The controller follows the conversation's last inbound message itself (live, through the
/// change feed) and closes the window to the second; outside it only an approved template can
/// be sent (sendTemplate()), and windowClosedReason says why and since when. A private note
/// (mode Note) is never sent to the customer and can be written whatever the window.
///
/// send() queues through outbound::queue on a worker thread: the database checks the rules again
/// (migration 0007) and enqueues the send job. Success: the text is cleared and sent() emitted.
/// A refusal keeps the text and shows the database's words in errorString; a closed window
/// switches to the template-only state. Unsent text is kept per conversation while the person
/// switches between conversations (in memory, for this session).
///
/// Typing "/" followed by a shortcut offers matching canned responses (cannedSuggestions);
/// expandCanned() replaces the "/shortcut" word with the response.
class ComposerController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        opsdesk::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    /// conversations.id to write to; empty: none.
    Q_PROPERTY(QString conversationId READ conversationId WRITE setConversationId NOTIFY
                   conversationIdChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY modeChanged)

    /// Unicode characters in text (what WhatsApp and the database count).
    Q_PROPERTY(int characterCount READ characterCount NOTIFY textChanged)
    Q_PROPERTY(int characterLimit READ characterLimit CONSTANT)
    Q_PROPERTY(bool overLimit READ overLimit NOTIFY textChanged)
    /// "1,234 / 4,096" in the person's locale.
    Q_PROPERTY(QString counterLabel READ counterLabel NOTIFY textChanged)

    /// The signed-in person's role may write to customers (support and admins; not managers).
    Q_PROPERTY(bool permitted READ permitted NOTIFY permittedChanged)
    /// send() would go ahead now: permitted, something to send within the limit, not already
    /// sending, and for a reply the window open.
    Q_PROPERTY(bool canSend READ canSend NOTIFY canSendChanged)
    Q_PROPERTY(bool sending READ sending NOTIFY sendingChanged)
    /// Why the last send was refused or failed (the database's words); empty after a success.
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

    /// The conversation's window state is known (loaded).
    Q_PROPERTY(bool windowKnown READ windowKnown NOTIFY windowChanged)
    /// The 24-hour customer service window is open: free text may be sent.
    Q_PROPERTY(bool windowOpen READ windowOpen NOTIFY windowChanged)
    /// "Window open · closes in 3 h 12 min" / "Window closed since 20 Nov, 14:05"
    Q_PROPERTY(QString windowLabel READ windowLabel NOTIFY windowChanged)
    /// Why free text cannot be sent, and since when: "The 24-hour customer service window closed
    /// on 20 Nov, 14:05. WhatsApp only allows approved templates now." Empty while open.
    Q_PROPERTY(QString windowClosedReason READ windowClosedReason NOTIFY windowChanged)
    /// A reply is being written while the window is closed: only a template can go out.
    Q_PROPERTY(bool templateOnly READ templateOnly NOTIFY windowChanged)

    /// While the word being typed is "/something": the canned responses it may mean, as
    /// [{shortcut, title, body, preview}] maps, best first; empty otherwise.
    Q_PROPERTY(
        QVariantList cannedSuggestions READ cannedSuggestions NOTIFY cannedSuggestionsChanged)
    /// The canned responses the suggestions come from (live), for a settings page to share.
    Q_PROPERTY(opsdesk::CannedResponseModel *cannedResponses READ cannedResponses CONSTANT)

public:
    enum Mode {
        Reply, ///< a WhatsApp message to the customer
        Note,  ///< a private note, seen only by the team
    };
    Q_ENUM(Mode)

    static constexpr int kCharacterLimit = 4096;
    static constexpr int kMaxSuggestions = 8;

    explicit ComposerController(QObject *parent = nullptr);

    [[nodiscard]] Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);
    [[nodiscard]] QString conversationId() const { return m_conversationId; }
    void setConversationId(const QString &id);
    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    [[nodiscard]] Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    [[nodiscard]] int characterCount() const { return m_characterCount; }
    [[nodiscard]] int characterLimit() const { return kCharacterLimit; }
    [[nodiscard]] bool overLimit() const { return m_characterCount > kCharacterLimit; }
    [[nodiscard]] QString counterLabel() const;

    [[nodiscard]] bool permitted() const;
    [[nodiscard]] bool canSend() const;
    [[nodiscard]] bool sending() const { return m_sending; }
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] bool windowKnown() const { return m_windowKnown; }
    [[nodiscard]] bool windowOpen() const;
    [[nodiscard]] QString windowLabel() const;
    [[nodiscard]] QString windowClosedReason() const;
    [[nodiscard]] bool templateOnly() const;
    /// When the window closes (or closed); invalid while the customer has never written.
    [[nodiscard]] QDateTime windowClosesAt() const;

    [[nodiscard]] QVariantList cannedSuggestions() const { return m_suggestions; }
    [[nodiscard]] CannedResponseModel *cannedResponses() { return &m_canned; }

    /// Sends the text as a reply, or stores it as a private note (mode Note).
    Q_INVOKABLE void send();
    /// Sends approved template @p name / @p language with body parameters @p parameters
    /// ({{1}}, {{2}}, …), inside or outside the window. The text being written stays.
    Q_INVOKABLE void sendTemplate(const QString &name, const QString &language,
                                  const QStringList &parameters);
    /// Replaces the "/shortcut" word being typed with canned response @p shortcut. False when
    /// there is no such canned response.
    Q_INVOKABLE bool expandCanned(const QString &shortcut);
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void workspaceChanged();
    void conversationIdChanged();
    void textChanged();
    void modeChanged();
    void permittedChanged();
    void canSendChanged();
    void sendingChanged();
    void errorStringChanged();
    void windowChanged();
    void cannedSuggestionsChanged();
    /// Message @p messageId (a reply, template or note) is stored; replies and templates are
    /// queued for sending.
    void sent(const QString &messageId);

private:
    struct Draft {
        QString text;
        Mode mode = Reply;
    };

    [[nodiscard]] Database *database() const;
    /// The "/word" at the end of the text: its start and the word without "/", or -1.
    [[nodiscard]] std::pair<qsizetype, QString> slashWord() const;
    void setSending(bool sending);
    void setError(const QString &error);
    void updateSuggestions();
    /// Re-evaluates canSend and arms the timer for the moment the window closes.
    void updateWindow();
    void reloadConversation();
    QCoro::Task<> loadConversation();
    QCoro::Task<> submit(outbound::Draft draft);

    CannedResponseModel m_canned;
    ChangeCoalescer m_coalescer;
    QPointer<Workspace> m_workspace;
    QList<QMetaObject::Connection> m_connections;
    QString m_conversationId;
    QString m_text;
    int m_characterCount = 0;
    Mode m_mode = Reply;
    QHash<QString, Draft> m_drafts; ///< unsent text of the other conversations
    bool m_sending = false;
    QString m_error;
    QVariantList m_suggestions;

    bool m_windowKnown = false;
    QDateTime m_lastInboundAt; ///< UTC; invalid while the customer has never written
    /// The database refused free text as outside the window for this last inbound time (its
    /// clock decides, even if this machine's differs); a newer customer message opens it again.
    std::optional<QDateTime> m_refusedFor;
    QTimer m_windowClose; ///< fires when the window closes
    QTimer m_windowTick;  ///< keeps "closes in …" current
    bool m_lastCanSend = false;
    /// Numbers the conversation loads: a load's answer is applied only if no newer load (or another
    /// conversation) started since.
    quint64 m_generation = 0;
};

} // namespace opsdesk
