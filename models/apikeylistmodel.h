#pragma once

#include "apikeys.h"
#include "liverows.h"
#include "sessionmodelbase.h"

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
class ApiKeyListModel : public opsdesk::SessionModelBase
{
    Q_OBJECT
    QML_ELEMENT
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

    [[nodiscard]] QVariantList scopeChoices() const;
    [[nodiscard]] int activeCount() const;

    /// The row of key @p keyId (api_keys.id), -1 when it is not listed (yet).
    Q_INVOKABLE int rowOf(const QString &keyId) const { return m_rows.indexOfKey(keyId); }
    /// Creates a key named @p name with @p scopes (apikeys::knownScopes() names). Success:
    /// keyCreated() with the full key and the row listed at once; failure: actionError.
    Q_INVOKABLE void createKey(const QString &name, const QStringList &scopes);
    /// Revokes the active key @p prefix. Success: keyRevoked(); failure: actionError.
    Q_INVOKABLE void revokeKey(const QString &prefix);

Q_SIGNALS:
    void activeCountChanged();
    /// The key @p prefix was created; @p token (`prefix.secret`) is shown this once.
    void keyCreated(const QString &prefix, const QString &token);
    void keyRevoked(const QString &prefix);

protected:
    QCoro::Task<> load() override;
    QCoro::Task<> refetch(ChangeCoalescer::KeysByTable keys) override;
    void clearRows() override { m_rows.reset({}); }
    [[nodiscard]] QString deniedReason() const override;

private:
    QCoro::Task<> create(QString name, QStringList scopes);
    QCoro::Task<> revoke(QString prefix);

    LiveRows<apikeys::Key> m_rows;
};

} // namespace opsdesk
