#pragma once

#include "apikeys.h"
#include "changecoalescer.h"
#include "liverows.h"
#include "workspace.h"

#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

namespace opsdesk {

/// The API keys screen: every key for the automation API, active ones first, newest first;
/// live (other admins' and `opsdeskd api-key` changes appear at once).
///
/// Created in QML as `ApiKeyListModel { workspace: Workspace }`: it fetches through the
/// signed-in person's connection pool (Workspace::database()), so the database decides what they
/// may do (migration 0005: managers and admins list, admins create and revoke). createKey()
/// hands the full key to QML exactly once, through keyCreated(); it is never stored here.
// Base spelled fully qualified, as in WebhookEventListModel (Qt 6.4 qmltyperegistrar).
class ApiKeyListModel : public opsdesk::LiveModelBase
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        opsdesk::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    /// A create or revoke is in progress.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// Why the last create or revoke failed; empty after a success.
    Q_PROPERTY(QString actionError READ actionError NOTIFY actionErrorChanged)
    /// Every scope a key may carry, in display order: [{"scope": "metrics:write",
    /// "description": "Push metric samples."}, ...] (descriptions translated).
    Q_PROPERTY(QVariantList scopeChoices READ scopeChoices CONSTANT)
    /// Keys not revoked.
    Q_PROPERTY(int activeCount READ activeCount NOTIFY activeCountChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString api_keys.id (uuid)
        PrefixRole,                ///< "odk_k3v7q2m9xw4p": public, identifies the key
        NameRole,                  ///< what uses the key, e.g. "Metrics exporter"
        ScopesRole,                ///< QStringList, e.g. ["metrics:read", "metrics:write"]
        CreatedByRole,             ///< creator's display name, or "Database owner"
        CreatedAtRole,             ///< QDateTime (UTC)
        CreatedLabelRole,          ///< "14:05" / "Yesterday" / "12 Mar"
        CreatedFullRole,           ///< "21 Nov 2026, 14:05:09"
        LastUsedLabelRole,         ///< like CreatedLabelRole, or "Never used"
        LastUsedFullRole,          ///< full time, empty when never used
        ActiveRole,                ///< bool: not revoked
        StateLabelRole,            ///< "Active" / "Revoked"
        RevokedLabelRole,          ///< "Revoked 14:05"; empty while active
    };
    Q_ENUM(Role)

    explicit ApiKeyListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString actionError() const { return m_actionError; }
    [[nodiscard]] QVariantList scopeChoices() const;
    [[nodiscard]] int activeCount() const;

    /// Loads every key again.
    Q_INVOKABLE void reload();
    /// The row of key @p keyId (api_keys.id), -1 when it is not listed (yet).
    Q_INVOKABLE int rowOf(const QString &keyId) const { return m_rows.indexOfKey(keyId); }
    /// Creates a key named @p name with @p scopes (apikeys::knownScopes() names). Success:
    /// keyCreated() with the full key and the row listed at once; failure: actionError.
    Q_INVOKABLE void createKey(const QString &name, const QStringList &scopes);
    /// Revokes the active key @p prefix. Success: keyRevoked(); failure: actionError.
    Q_INVOKABLE void revokeKey(const QString &prefix);
    Q_INVOKABLE void clearActionError();

Q_SIGNALS:
    void workspaceChanged();
    void busyChanged();
    void actionErrorChanged();
    void activeCountChanged();
    /// The key @p prefix was created; @p token (`prefix.secret`) is shown this once.
    void keyCreated(const QString &prefix, const QString &token);
    void keyRevoked(const QString &prefix);

private:
    [[nodiscard]] Database *database() const;
    [[nodiscard]] bool mayList() const;
    void setBusy(bool busy);
    void setActionError(const QString &error);
    QCoro::Task<> load();
    QCoro::Task<> refetch(QSet<QString> ids);
    QCoro::Task<> create(QString name, QStringList scopes);
    QCoro::Task<> revoke(QString prefix);

    LiveRows<apikeys::Key> m_rows;
    ChangeCoalescer m_coalescer;
    QPointer<Workspace> m_workspace;
    QList<QMetaObject::Connection> m_connections;
    quint64 m_generation =
        0; ///< bumped on every reload, so late answers of older loads are dropped
    bool m_busy = false;
    QString m_actionError;
};

} // namespace opsdesk
