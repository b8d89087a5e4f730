#include "composercontroller.h"

#include "database.h"
#include "displayformat.h"
#include "inbox.h"
#include "textlength.h"
#include "workspace.h"

#include <QLocale>
#include <QQmlEngine>
#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

const QString kConversations = u"conversations"_s;
constexpr int kWindowTickMs = 30 * 1000;

} // namespace

ComposerController::ComposerController(QObject *parent)
    : QObject(parent)
    , m_coalescer({kConversations})
{
    QQmlEngine::setObjectOwnership(&m_canned, QQmlEngine::CppOwnership);
    connect(&m_coalescer, &ChangeCoalescer::flush, this,
            [this](const ChangeCoalescer::KeysByTable &keys) {
                if (keys.value(kConversations).contains(m_conversationId)) {
                    loadConversation();
                }
                m_coalescer.finished();
            });
    m_windowClose.setSingleShot(true);
    m_windowClose.setTimerType(Qt::PreciseTimer);
    connect(&m_windowClose, &QTimer::timeout, this, &ComposerController::updateWindow);
    m_windowTick.setInterval(kWindowTickMs);
    connect(&m_windowTick, &QTimer::timeout, this, &ComposerController::updateWindow);

    for (const auto signal :
         {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(&m_canned, signal, this, &ComposerController::updateSuggestions);
    }
    connect(&m_canned, &QAbstractItemModel::modelReset, this,
            &ComposerController::updateSuggestions);
    connect(&m_canned, &QAbstractItemModel::dataChanged, this,
            &ComposerController::updateSuggestions);
    // One place decides whether Send is offered; every input of it ends up here.
    for (const auto signal :
         {&ComposerController::textChanged, &ComposerController::modeChanged,
          &ComposerController::sendingChanged, &ComposerController::windowChanged,
          &ComposerController::permittedChanged, &ComposerController::conversationIdChanged}) {
        connect(this, signal, this, [this] {
            if (canSend() != m_lastCanSend) {
                m_lastCanSend = canSend();
                Q_EMIT canSendChanged();
            }
        });
    }
}

void ComposerController::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace) {
        return;
    }
    for (const auto &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_workspace = workspace;
    m_canned.setWorkspace(workspace);
    if (workspace) {
        m_connections << connect(workspace, &Workspace::changes, this,
                                 [this](const QList<Change> &batch) { m_coalescer.add(batch); })
                      << connect(workspace, &Workspace::reloadRequested, this,
                                 &ComposerController::reloadConversation)
                      << connect(workspace, &Workspace::sessionChanged, this,
                                 [this] {
                                     // Drafts belong to the person who wrote them.
                                     m_drafts.clear();
                                     setText({});
                                     setMode(Reply);
                                     setError({});
                                     reloadConversation();
                                 })
                      << connect(workspace, &Workspace::personChanged, this,
                                 &ComposerController::permittedChanged);
    }
    Q_EMIT workspaceChanged();
    Q_EMIT permittedChanged();
    reloadConversation();
}

void ComposerController::setConversationId(const QString &id)
{
    if (id == m_conversationId) {
        return;
    }
    // Keep what was being written to the conversation left, bring back what was written here.
    if (!m_conversationId.isEmpty()) {
        if (m_text.isEmpty() && m_mode == Reply) {
            m_drafts.remove(m_conversationId);
        } else {
            m_drafts.insert(m_conversationId, {m_text, m_mode});
        }
    }
    m_conversationId = id;
    const Draft draft = m_drafts.take(id);
    Q_EMIT conversationIdChanged();
    setText(draft.text);
    setMode(draft.mode);
    setError({});
    reloadConversation();
}

void ComposerController::setText(const QString &text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    m_characterCount = int(opsdesk::characterCount(text));
    Q_EMIT textChanged();
    updateSuggestions();
}

void ComposerController::setMode(Mode mode)
{
    if (mode == m_mode) {
        return;
    }
    m_mode = mode;
    Q_EMIT modeChanged();
    Q_EMIT windowChanged(); // templateOnly depends on the mode
}

QString ComposerController::counterLabel() const
{
    const QLocale locale;
    return tr("%1 / %2", "@info characters typed / limit")
        .arg(locale.toString(m_characterCount), locale.toString(kCharacterLimit));
}

bool ComposerController::permitted() const
{
    // The roles granted INSERT on opsdesk.messages (migration 0005): support and admins.
    return m_workspace && m_workspace->signedIn() &&
           (m_workspace->role() == u"support" || m_workspace->canManagePeople());
}

bool ComposerController::canSend() const
{
    if (!permitted() || m_sending || m_conversationId.isEmpty() || m_text.trimmed().isEmpty()) {
        return false;
    }
    if (m_mode == Note) {
        return true;
    }
    return !overLimit() && windowOpen();
}

bool ComposerController::windowOpen() const
{
    if (!m_windowKnown || !m_lastInboundAt.isValid()) {
        return false;
    }
    if (m_refusedFor && *m_refusedFor == m_lastInboundAt) {
        return false;
    }
    return display::serviceWindow(m_lastInboundAt).open;
}

QString ComposerController::windowLabel() const
{
    if (!m_windowKnown) {
        return {};
    }
    if (m_lastInboundAt.isValid() && !windowOpen() &&
        display::serviceWindow(m_lastInboundAt).open) {
        return tr("Window closed"); // the database's clock says so, this machine's does not
    }
    return display::serviceWindow(m_lastInboundAt).label;
}

QString ComposerController::windowClosedReason() const
{
    if (!m_windowKnown || windowOpen()) {
        return {};
    }
    if (!m_lastInboundAt.isValid()) {
        return tr("The customer has not written yet. WhatsApp only allows an approved template "
                  "to start the conversation.");
    }
    if (display::serviceWindow(m_lastInboundAt).open) {
        return tr("The 24-hour customer service window has closed. WhatsApp only allows approved "
                  "templates now.");
    }
    return tr("The 24-hour customer service window closed on %1. WhatsApp only allows approved "
              "templates now.")
        .arg(display::windowCloseTime(windowClosesAt()));
}

bool ComposerController::templateOnly() const
{
    return m_windowKnown && m_mode == Reply && !windowOpen();
}

QDateTime ComposerController::windowClosesAt() const
{
    return m_lastInboundAt.isValid() ? m_lastInboundAt.addSecs(qint64(24) * 3600) : QDateTime();
}

void ComposerController::send()
{
    // What the person may send is the database's call (it checks role, window and length
    // again); canSend only decides what the composer offers.
    const QString body = m_text.trimmed();
    if (m_sending || m_conversationId.isEmpty() || body.isEmpty()) {
        return;
    }
    outbound::Draft draft;
    draft.conversationId = m_conversationId;
    draft.kind = m_mode == Note ? outbound::Draft::Kind::Note : outbound::Draft::Kind::Text;
    draft.text = body;
    draft.authorId = m_workspace ? m_workspace->personId() : QString();
    submit(draft);
}

void ComposerController::sendTemplate(const QString &name, const QString &language,
                                      const QStringList &parameters)
{
    if (m_sending || m_conversationId.isEmpty() || name.isEmpty()) {
        return;
    }
    outbound::Draft draft;
    draft.conversationId = m_conversationId;
    draft.kind = outbound::Draft::Kind::Template;
    draft.templateName = name;
    draft.templateLanguage = language;
    draft.parameters = parameters;
    draft.authorId = m_workspace ? m_workspace->personId() : QString();
    submit(draft);
}

bool ComposerController::expandCanned(const QString &shortcut)
{
    const auto response = m_canned.byShortcut(shortcut);
    if (!response) {
        return false;
    }
    const auto [start, word] = slashWord();
    setText(start < 0 ? m_text + response->body : m_text.left(start) + response->body);
    return true;
}

void ComposerController::clearError()
{
    setError({});
}

Database *ComposerController::database() const
{
    return m_workspace ? m_workspace->database() : nullptr;
}

std::pair<qsizetype, QString> ComposerController::slashWord() const
{
    // "/" at the start or after a space, then what may be a shortcut, at the end of the text.
    static const QRegularExpression pattern(u"(?:^|\\s)/([A-Za-z0-9_-]{0,32})$"_s);
    const auto match = pattern.match(m_text);
    if (!match.hasMatch()) {
        return {-1, {}};
    }
    return {match.capturedStart(1) - 1, match.captured(1).toLower()};
}

void ComposerController::setSending(bool sending)
{
    if (m_sending != sending) {
        m_sending = sending;
        Q_EMIT sendingChanged();
    }
}

void ComposerController::setError(const QString &error)
{
    if (m_error != error) {
        m_error = error;
        Q_EMIT errorStringChanged();
    }
}

void ComposerController::updateSuggestions()
{
    QVariantList suggestions;
    const auto [start, word] = slashWord();
    if (start >= 0) {
        const auto matches = m_canned.matching(word, kMaxSuggestions);
        for (const auto &response : matches) {
            const QString line = response.body.simplified();
            suggestions << QVariantMap{
                {u"shortcut"_s, response.shortcut},
                {u"title"_s, response.title},
                {u"body"_s, response.body},
                {u"preview"_s, line.size() > 90 ? line.left(89) + u'…' : line}};
        }
    }
    if (suggestions != m_suggestions) {
        m_suggestions = suggestions;
        Q_EMIT cannedSuggestionsChanged();
    }
}

void ComposerController::updateWindow()
{
    m_windowClose.stop();
    if (windowOpen()) {
        const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(windowClosesAt());
        m_windowClose.start(int(std::clamp<qint64>(left + 1, 0, std::numeric_limits<int>::max())));
        if (!m_windowTick.isActive()) {
            m_windowTick.start();
        }
    } else {
        m_windowTick.stop();
    }
    Q_EMIT windowChanged();
}

void ComposerController::reloadConversation()
{
    ++m_generation;
    m_coalescer.clear();
    m_windowKnown = false;
    m_lastInboundAt = {};
    m_refusedFor.reset();
    updateWindow();
    if (!m_conversationId.isEmpty() && database()) {
        loadConversation();
    }
}

QCoro::Task<> ComposerController::loadConversation()
{
    QPointer self{this};
    Database *db = database();
    if (!db || m_conversationId.isEmpty()) {
        co_return;
    }
    // Numbered: live changes can start loads that overlap; only the latest one is applied, so an
    // older answer never overwrites a newer lastInboundAt.
    const quint64 generation = ++m_generation;
    const QString id = m_conversationId;
    auto future =
        db->run([id](QSqlDatabase &connection) { return inbox::fetchByIds(connection, {}, {id}); });
    auto found = co_await future;
    if (!self || generation != m_generation) {
        co_return;
    }
    if (!found) {
        setError(tr("Could not check the customer service window: %1").arg(found.error()));
        co_return;
    }
    if (found->isEmpty()) {
        m_windowKnown = false;
        m_lastInboundAt = {};
    } else {
        m_windowKnown = true;
        m_lastInboundAt = found->constFirst().lastInboundAt;
    }
    updateWindow();
}

QCoro::Task<> ComposerController::submit(outbound::Draft draft)
{
    QPointer self{this};
    Database *db = database();
    if (!db) {
        setError(tr("Sign in to write to customers."));
        co_return;
    }
    setSending(true);
    setError({});
    const QDateTime inboundAt = m_lastInboundAt;
    auto future =
        db->run([draft](QSqlDatabase &connection) { return outbound::queue(connection, draft); });
    auto queued = co_await future;
    if (!self) {
        co_return;
    }
    setSending(false);
    const bool here = draft.conversationId == m_conversationId;
    QString problem;
    if (!queued) {
        problem = tr("Not sent: %1").arg(queued.error());
    } else if (queued->refusal != outbound::Refusal::None || !queued->message) {
        switch (queued->refusal) {
        case outbound::Refusal::WindowClosed:
            problem = tr("Not sent: %1").arg(queued->error);
            if (here) {
                // The database's clock decides: template-only until the customer writes again.
                m_refusedFor = inboundAt;
                updateWindow();
                loadConversation();
            }
            break;
        case outbound::Refusal::NotAllowed:
            problem = tr("Not sent: your role may read conversations but not write to customers "
                         "(%1).")
                          .arg(queued->error);
            break;
        default:
            problem = tr("Not sent: %1").arg(queued->error);
            break;
        }
    }
    if (!problem.isEmpty()) {
        if (here) {
            setError(problem);
        } else if (m_workspace) {
            m_workspace->showNotice(problem);
        }
        co_return;
    }
    const auto &message = queued->message;
    const QString messageId = message ? message->id : QString();
    // Stored: what was sent leaves the composer (unless the person typed on meanwhile).
    if (draft.kind != outbound::Draft::Kind::Template) {
        if (here) {
            if (m_text.trimmed() == draft.text) {
                setText({});
            }
        } else if (m_drafts.value(draft.conversationId).text.trimmed() == draft.text) {
            m_drafts.remove(draft.conversationId);
        }
    }
    Q_EMIT sent(messageId);
}

} // namespace opsdesk
