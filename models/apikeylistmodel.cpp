#include "apikeylistmodel.h"

#include "database.h"
#include "displayformat.h"
#include "workspace.h"

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

const QString kTable = u"api_keys"_s;
constexpr int kMaxNameLength = 200;

/// Active keys first, then newest first; the prefix breaks ties (it is unique).
bool listedBefore(const apikeys::Key &a, const apikeys::Key &b)
{
    if (a.active() != b.active()) {
        return a.active();
    }
    if (a.createdAt != b.createdAt) {
        return a.createdAt > b.createdAt;
    }
    return a.prefix < b.prefix;
}

} // namespace

ApiKeyListModel::ApiKeyListModel(QObject *parent)
    : SessionModelBase({kTable}, parent)
    , m_rows(
          *this, [](const apikeys::Key &key) { return key.id; }, listedBefore)
{
    for (const auto signal :
         {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(this, signal, this, &ApiKeyListModel::activeCountChanged);
    }
    connect(this, &QAbstractItemModel::modelReset, this, &ApiKeyListModel::activeCountChanged);
    connect(this, &QAbstractItemModel::dataChanged, this, &ApiKeyListModel::activeCountChanged);
}

int ApiKeyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant ApiKeyListModel::data(const QModelIndex &index, int role) const
{
    const auto *key = m_rows.rowAt(index.row());
    if (!key || index.parent().isValid()) {
        return {};
    }
    switch (role) {
    case IdRole:
        return key->id;
    case Qt::DisplayRole:
    case PrefixRole:
        return key->prefix;
    case NameRole:
        return key->name;
    case ScopesRole:
        return key->scopes;
    case CreatedByRole:
        return key->createdByName.isEmpty() ? tr("Database owner") : key->createdByName;
    case CreatedAtRole:
        return key->createdAt;
    case CreatedLabelRole:
        return display::shortTime(key->createdAt);
    case CreatedFullRole:
        return display::fullTime(key->createdAt);
    case LastUsedLabelRole:
        return key->lastUsedAt.isValid() ? display::shortTime(key->lastUsedAt) : tr("Never used");
    case LastUsedFullRole:
        return key->lastUsedAt.isValid() ? display::fullTime(key->lastUsedAt) : QString();
    case ActiveRole:
        return key->active();
    case StateLabelRole:
        return key->active() ? tr("Active", "@label API key state")
                             : tr("Revoked", "@label API key state");
    case RevokedLabelRole:
        return key->active() ? QString() : tr("Revoked %1").arg(display::shortTime(key->revokedAt));
    default:
        return {};
    }
}

QHash<int, QByteArray> ApiKeyListModel::roleNames() const
{
    return {{IdRole, "keyId"},
            {PrefixRole, "prefix"},
            {NameRole, "name"},
            {ScopesRole, "scopes"},
            {CreatedByRole, "createdBy"},
            {CreatedAtRole, "createdAt"},
            {CreatedLabelRole, "createdLabel"},
            {CreatedFullRole, "createdFull"},
            {LastUsedLabelRole, "lastUsedLabel"},
            {LastUsedFullRole, "lastUsedFull"},
            {ActiveRole, "active"},
            {StateLabelRole, "stateLabel"},
            {RevokedLabelRole, "revokedLabel"}};
}

QVariantList ApiKeyListModel::scopeChoices() const
{
    // One line each: what a service holding the key may then do.
    const QHash<QString, QString> descriptions = {
        {u"conversations:read"_s, tr("Read conversations, contacts and messages.")},
        {u"conversations:write"_s, tr("Change conversations: status, assignee, labels.")},
        {u"messages:send"_s, tr("Send WhatsApp messages and templates to customers.")},
        {u"templates:read"_s, tr("Read message templates and their approval status.")},
        {u"metrics:read"_s, tr("Read metric series and samples.")},
        {u"metrics:write"_s, tr("Push metric samples.")},
        {u"incidents:read"_s, tr("Read incidents and their timelines.")},
        {u"incidents:write"_s, tr("Open, acknowledge and resolve incidents.")},
        {u"orders:write"_s, tr("Create and update orders.")},
        {u"audit:read"_s, tr("Read the audit trail.")},
    };
    QVariantList choices;
    for (const QString &scope : apikeys::knownScopes()) {
        choices.append(
            QVariantMap{{u"scope"_s, scope}, {u"description"_s, descriptions.value(scope)}});
    }
    return choices;
}

int ApiKeyListModel::activeCount() const
{
    int active = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        active += m_rows.rowAt(i)->active() ? 1 : 0;
    }
    return active;
}

QString ApiKeyListModel::deniedReason() const
{
    // Managers and admins are the roles granted SELECT on api_keys (migration 0005).
    return workspace() && workspace()->canReadAudit()
               ? QString()
               : tr("Only managers and admins can see API keys.");
}

void ApiKeyListModel::createKey(const QString &name, const QStringList &scopes)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        setActionError(tr("Give the key a name that says what will use it."));
        return;
    }
    if (trimmed.size() > kMaxNameLength) {
        setActionError(tr("The name is longer than %1 characters.").arg(kMaxNameLength));
        return;
    }
    if (scopes.isEmpty()) {
        setActionError(tr("Choose at least one scope."));
        return;
    }
    create(trimmed, scopes);
}

void ApiKeyListModel::revokeKey(const QString &prefix)
{
    revoke(prefix);
}

QCoro::Task<> ApiKeyListModel::load()
{
    QPointer self{this};
    const quint64 generation = this->generation();
    setLoading(true);
    auto future = database()->run([](QSqlDatabase &db) { return apikeys::list(db); });
    auto keys = co_await future;
    if (!self || generation != this->generation()) {
        co_return;
    }
    setLoading(false);
    if (!keys) {
        setError(tr("Could not load API keys: %1").arg(keys.error()));
        co_return;
    }
    setError({});
    m_rows.reset(std::vector<apikeys::Key>(keys->begin(), keys->end()));
}

QCoro::Task<> ApiKeyListModel::refetch(ChangeCoalescer::KeysByTable keys)
{
    QPointer self{this};
    const quint64 generation = this->generation();
    const QSet<QString> ids = keys.value(kTable);
    auto future =
        database()->run([list = QStringList(ids.cbegin(), ids.cend())](QSqlDatabase &connection) {
            return apikeys::fetchByIds(connection, list);
        });
    auto fresh = co_await future;
    if (!self) {
        co_return;
    }
    if (generation == this->generation()) {
        if (fresh) {
            m_rows.apply(fresh.value(), ids, true);
            Q_EMIT liveBatchApplied(int(fresh->size()));
        } else {
            setError(tr("Live update failed: %1").arg(fresh.error()));
        }
    }
    refetchDone();
}

QCoro::Task<> ApiKeyListModel::create(QString name, QStringList scopes)
{
    QPointer self{this};
    Database *db = database();
    if (!db) {
        setActionError(tr("Sign in to create API keys."));
        co_return;
    }
    const quint64 generation = this->generation();
    setBusy(true);
    setActionError({});
    auto future = db->run([name, scopes](QSqlDatabase &connection) {
        return apikeys::create(connection, name, scopes);
    });
    auto created = co_await future;
    if (!self) {
        co_return;
    }
    setBusy(false);
    if (!created) {
        setActionError(tr("Could not create the key: %1").arg(created.error()));
        co_return;
    }
    // Listed at once; the change feed's copy of the same row arrives later as a no-op update.
    if (generation == this->generation()) {
        m_rows.apply({created->key}, {created->key.id}, true);
    }
    Q_EMIT keyCreated(created->key.prefix, QString::fromLatin1(created->token));
}

QCoro::Task<> ApiKeyListModel::revoke(QString prefix)
{
    QPointer self{this};
    Database *db = database();
    if (!db) {
        setActionError(tr("Sign in to revoke API keys."));
        co_return;
    }
    const quint64 generation = this->generation();
    setBusy(true);
    setActionError({});
    auto future =
        db->run([prefix](QSqlDatabase &connection) { return apikeys::revoke(connection, prefix); });
    auto revoked = co_await future;
    if (!self) {
        co_return;
    }
    setBusy(false);
    if (!revoked) {
        setActionError(tr("Could not revoke %1: %2").arg(prefix, revoked.error()));
        co_return;
    }
    if (generation == this->generation()) {
        m_rows.apply({revoked.value()}, {revoked->id}, true);
    }
    Q_EMIT keyRevoked(prefix);
}

} // namespace opsdesk
