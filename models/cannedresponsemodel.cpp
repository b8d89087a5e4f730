#include "cannedresponsemodel.h"

#include "database.h"
#include "textlength.h"
#include "workspace.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

const QString kTable = u"canned_responses"_s;
constexpr int kPreviewLength = 120;

bool listedBefore(const outbound::CannedResponse &a, const outbound::CannedResponse &b)
{
    if (a.shortcut != b.shortcut) {
        return a.shortcut < b.shortcut;
    }
    return a.id < b.id;
}

} // namespace

CannedResponseModel::CannedResponseModel(QObject *parent)
    : SessionModelBase({kTable}, parent)
    , m_rows(
          *this, [](const outbound::CannedResponse &row) { return row.id; }, listedBefore)
{}

int CannedResponseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant CannedResponseModel::data(const QModelIndex &index, int role) const
{
    const auto *row = m_rows.rowAt(index.row());
    if (!row || index.parent().isValid()) {
        return {};
    }
    switch (role) {
    case IdRole:
        return row->id;
    case Qt::DisplayRole:
    case ShortcutRole:
        return row->shortcut;
    case TitleRole:
        return row->title;
    case BodyRole:
        return row->body;
    case BodyPreviewRole: {
        const QString line = row->body.simplified();
        return line.size() > kPreviewLength ? line.left(kPreviewLength - 1) + u'…' : line;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> CannedResponseModel::roleNames() const
{
    return {{IdRole, "responseId"},
            {ShortcutRole, "shortcut"},
            {TitleRole, "title"},
            {BodyRole, "body"},
            {BodyPreviewRole, "bodyPreview"}};
}

bool CannedResponseModel::canEdit() const
{
    // The roles granted INSERT, UPDATE and DELETE on canned_responses (migration 0007).
    const Workspace *ws = workspace();
    return ws && ws->signedIn() && (ws->role() == u"support" || ws->canManagePeople());
}

QString CannedResponseModel::normalizedShortcut(const QString &shortcut) const
{
    QString normalized = shortcut.trimmed();
    if (normalized.startsWith(u'/')) {
        normalized.remove(0, 1);
    }
    return normalized.toLower();
}

QString CannedResponseModel::shortcutProblem(const QString &shortcut, const QString &id) const
{
    // The CHECK of canned_responses.shortcut (migration 0007).
    static const QRegularExpression form(u"^[a-z0-9][a-z0-9_-]{0,31}$"_s);
    const QString normalized = normalizedShortcut(shortcut);
    if (normalized.isEmpty()) {
        return tr("Give it a shortcut, e.g. thanks: typing /thanks in the composer inserts it.");
    }
    if (normalized.size() > kMaxShortcutLength) {
        return tr("A shortcut has at most %1 characters.").arg(kMaxShortcutLength);
    }
    if (!form.match(normalized).hasMatch()) {
        return tr("Use letters a–z, digits, - and _ only, starting with a letter or digit.");
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const auto *row = m_rows.rowAt(i);
        if (row->shortcut == normalized && row->id != id) {
            return tr("A canned response /%1 already exists.").arg(normalized);
        }
    }
    return {};
}

QString CannedResponseModel::titleProblem(const QString &title) const
{
    const qsizetype length = characterCount(title.trimmed());
    if (length == 0) {
        return tr("Give it a title, so people know what it says.");
    }
    if (length > kMaxTitleLength) {
        return tr("The title has %1 characters; at most %2 fit.").arg(length).arg(kMaxTitleLength);
    }
    return {};
}

QString CannedResponseModel::bodyProblem(const QString &body) const
{
    const qsizetype length = characterCount(body.trimmed());
    if (length == 0) {
        return tr("Write the text it inserts.");
    }
    if (length > kMaxBodyLength) {
        return tr("The text has %1 characters; WhatsApp takes at most %2.")
            .arg(QLocale().toString(length), QLocale().toString(kMaxBodyLength));
    }
    return {};
}

void CannedResponseModel::save(const QString &id, const QString &shortcut, const QString &title,
                               const QString &body)
{
    if (busy()) {
        return;
    }
    const QString shortcutIssue = shortcutProblem(shortcut, id);
    const QString titleIssue = titleProblem(title);
    const QString bodyIssue = bodyProblem(body);
    if (!shortcutIssue.isEmpty() || !titleIssue.isEmpty() || !bodyIssue.isEmpty()) {
        setErrors(shortcutIssue, titleIssue, bodyIssue, {});
        return;
    }
    store({id, normalizedShortcut(shortcut), title.trimmed(), body.trimmed()});
}

void CannedResponseModel::remove(const QString &id)
{
    if (!busy()) {
        erase(id);
    }
}

void CannedResponseModel::clearErrors()
{
    setErrors({}, {}, {}, {});
}

QList<outbound::CannedResponse> CannedResponseModel::matching(const QString &prefix,
                                                              int limit) const
{
    const QString needle = prefix.toLower();
    QList<outbound::CannedResponse> first;
    QList<outbound::CannedResponse> then;
    for (int i = 0; i < m_rows.size(); ++i) {
        const auto *row = m_rows.rowAt(i);
        if (row->shortcut.startsWith(needle)) {
            first << *row;
        } else if (!needle.isEmpty() && row->title.contains(needle, Qt::CaseInsensitive)) {
            then << *row;
        }
    }
    first << then;
    return first.mid(0, limit);
}

std::optional<outbound::CannedResponse>
CannedResponseModel::byShortcut(const QString &shortcut) const
{
    const QString wanted = normalizedShortcut(shortcut);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.rowAt(i)->shortcut == wanted) {
            return *m_rows.rowAt(i);
        }
    }
    return std::nullopt;
}

void CannedResponseModel::setErrors(const QString &shortcut, const QString &title,
                                    const QString &body, const QString &action)
{
    setActionError(action);
    if (m_shortcutError == shortcut && m_titleError == title && m_bodyError == body) {
        return;
    }
    m_shortcutError = shortcut;
    m_titleError = title;
    m_bodyError = body;
    Q_EMIT errorsChanged();
}

void CannedResponseModel::setLoaded()
{
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loadedChanged();
    }
}

QCoro::Task<> CannedResponseModel::load()
{
    QPointer self{this};
    const quint64 generation = this->generation();
    setLoading(true);
    auto future = database()->run(
        [](QSqlDatabase &connection) { return outbound::fetchCannedResponses(connection); });
    auto responses = co_await future;
    if (!self || generation != this->generation()) {
        co_return;
    }
    setLoading(false);
    if (!responses) {
        setError(tr("Could not load canned responses: %1").arg(responses.error()));
        co_return;
    }
    setError({});
    m_rows.reset(std::vector<outbound::CannedResponse>(responses->begin(), responses->end()));
    setLoaded();
}

QCoro::Task<> CannedResponseModel::refetch(ChangeCoalescer::KeysByTable /*keys*/)
{
    QPointer self{this};
    const quint64 generation = this->generation();
    auto future = database()->run(
        [](QSqlDatabase &connection) { return outbound::fetchCannedResponses(connection); });
    auto responses = co_await future;
    if (!self) {
        co_return;
    }
    if (generation == this->generation()) {
        if (responses) {
            // The table is small: the whole list again, applied as granular row changes.
            QSet<QString> requested;
            for (int i = 0; i < m_rows.size(); ++i) {
                requested.insert(m_rows.rowAt(i)->id);
            }
            for (const auto &response : responses.value()) {
                requested.insert(response.id);
            }
            setError({});
            m_rows.apply(responses.value(), requested, true);
            setLoaded();
            Q_EMIT liveBatchApplied(int(responses->size()));
        } else {
            setError(tr("Live update failed: %1").arg(responses.error()));
        }
    }
    refetchDone();
}

QCoro::Task<> CannedResponseModel::store(outbound::CannedResponse response)
{
    QPointer self{this};
    Database *db = database();
    if (!db) {
        setErrors({}, {}, {}, tr("Sign in to change canned responses."));
        co_return;
    }
    const quint64 generation = this->generation();
    setBusy(true);
    clearErrors();
    auto future = db->run([response](QSqlDatabase &connection) -> SaveResult {
        try {
            return {outbound::saveCannedResponse(connection, response), {}, {}};
        } catch (const DatabaseError &error) {
            if (isConnectionLoss(error)) {
                throw; // Database::run reports it (and reconnects next time)
            }
            return {{}, error.sqlState(), error.primaryMessage()};
        }
    });
    auto result = co_await future;
    if (!self) {
        co_return;
    }
    setBusy(false);
    if (!result) {
        setErrors({}, {}, {}, tr("Could not save: %1").arg(result.error()));
        co_return;
    }
    if (result->id.isEmpty()) {
        // What only the database knows; the checks above keep the rest from getting here.
        const QString &state = result->sqlState;
        const QString &message = result->message;
        if (state == u"23505") {
            setErrors(tr("A canned response /%1 already exists.").arg(response.shortcut), {}, {},
                      {});
        } else if (state == u"23514" && message.contains(u"shortcut"_s)) {
            setErrors(shortcutProblem(response.shortcut, response.id), {}, {}, {});
        } else if (state == u"23514" && message.contains(u"title"_s)) {
            setErrors({}, titleProblem(response.title), {}, {});
        } else if (state == u"23514" && message.contains(u"body"_s)) {
            setErrors({}, {}, bodyProblem(response.body), {});
        } else if (state == u"42501") {
            setErrors(
                {}, {}, {},
                tr("Your role may read canned responses but not change them (%1).").arg(message));
        } else {
            setErrors({}, {}, {}, tr("Could not save: %1").arg(message));
        }
        co_return;
    }
    response.id = result->id;
    const bool created = m_rows.indexOfKey(response.id) < 0;
    // Listed at once; the change feed's copy of the same row arrives later as a no-op update.
    if (generation == this->generation()) {
        m_rows.apply({response}, {response.id}, true);
    }
    Q_EMIT saved(response.id, created);
}

QCoro::Task<> CannedResponseModel::erase(QString id)
{
    QPointer self{this};
    Database *db = database();
    if (!db) {
        setErrors({}, {}, {}, tr("Sign in to change canned responses."));
        co_return;
    }
    const quint64 generation = this->generation();
    setBusy(true);
    clearErrors();
    auto future = db->run([id](QSqlDatabase &connection) {
        outbound::deleteCannedResponse(connection, id);
        return Done{};
    });
    auto done = co_await future;
    if (!self) {
        co_return;
    }
    setBusy(false);
    if (!done) {
        setErrors({}, {}, {}, tr("Could not delete: %1").arg(done.error()));
        co_return;
    }
    if (generation == this->generation()) {
        m_rows.apply({}, {id}, true);
    }
    Q_EMIT removed(id);
}

} // namespace opsdesk
