#pragma once

#include "liverows.h"
#include "outbound.h"
#include "sessionmodelbase.h"

#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

#include <optional>

namespace opsdesk {

/// Canned responses: reusable replies the composer expands from "/shortcut"
/// (opsdesk.canned_responses, migration 0007), by shortcut; live.
///
/// Created in QML as `CannedResponseModel { workspace: Workspace }`. Support and admins keep
/// them (canEdit); managers only read, and the database refuses their changes anyway. save()
/// checks the fields the way the database does first and reports each problem on its field
/// (shortcutError, titleError, bodyError); what only the database can tell (a shortcut taken a
/// moment ago by someone else, a refused role, a lost connection) comes back the same way;
/// actionError (SessionModelBase) holds what is not about one field.
// Base spelled fully qualified, as in ApiKeyListModel (Qt 6.4 qmltyperegistrar).
class CannedResponseModel : public opsdesk::SessionModelBase
{
    Q_OBJECT
    QML_ELEMENT
    /// True once a load finished (an empty list then means "none yet").
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    /// The signed-in person may add, change and delete canned responses (support and admins).
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY canEditChanged)
    /// Problems of the last save, per field; empty when fine.
    Q_PROPERTY(QString shortcutError READ shortcutError NOTIFY errorsChanged)
    Q_PROPERTY(QString titleError READ titleError NOTIFY errorsChanged)
    Q_PROPERTY(QString bodyError READ bodyError NOTIFY errorsChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString canned_responses.id (uuid)
        ShortcutRole,              ///< "thanks" (typed as /thanks)
        TitleRole,                 ///< "Thank you"
        BodyRole,                  ///< the full text it expands to
        BodyPreviewRole,           ///< the body on one line, cut to about 120 characters
    };
    Q_ENUM(Role)

    static constexpr int kMaxShortcutLength = 32;
    static constexpr int kMaxTitleLength = 80;
    static constexpr int kMaxBodyLength = 4096;

    explicit CannedResponseModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] bool canEdit() const;
    [[nodiscard]] QString shortcutError() const { return m_shortcutError; }
    [[nodiscard]] QString titleError() const { return m_titleError; }
    [[nodiscard]] QString bodyError() const { return m_bodyError; }

    /// Row of canned response @p id, or -1.
    Q_INVOKABLE int rowOf(const QString &id) const { return m_rows.indexOfKey(id); }
    /// The shortcut as it is stored: without a leading "/" and surrounding spaces, lower case.
    Q_INVOKABLE QString normalizedShortcut(const QString &shortcut) const;
    /// What is wrong with @p shortcut for the canned response @p id (empty: a new one), or empty:
    /// its form, or another canned response has it already.
    Q_INVOKABLE QString shortcutProblem(const QString &shortcut, const QString &id = {}) const;
    Q_INVOKABLE QString titleProblem(const QString &title) const;
    Q_INVOKABLE QString bodyProblem(const QString &body) const;
    /// Adds (@p id empty) or changes canned response @p id. Success: saved(); failure: the
    /// field errors or actionError.
    Q_INVOKABLE void save(const QString &id, const QString &shortcut, const QString &title,
                          const QString &body);
    /// Deletes canned response @p id. Success: removed(); failure: actionError.
    Q_INVOKABLE void remove(const QString &id);
    /// Clears the field errors and actionError.
    Q_INVOKABLE void clearErrors();

    /// The canned responses whose shortcut starts with @p prefix (by shortcut), then those whose
    /// title contains it, at most @p limit.
    [[nodiscard]] QList<outbound::CannedResponse> matching(const QString &prefix, int limit) const;
    /// The canned response typed as "/@p shortcut", if there is one.
    [[nodiscard]] std::optional<outbound::CannedResponse> byShortcut(const QString &shortcut) const;

Q_SIGNALS:
    void loadedChanged();
    void canEditChanged();
    /// The field errors changed.
    void errorsChanged();
    /// Canned response @p id was saved (@p created: it is new).
    void saved(const QString &id, bool created);
    void removed(const QString &id);

protected:
    QCoro::Task<> load() override;
    QCoro::Task<> refetch(ChangeCoalescer::KeysByTable keys) override;
    void clearRows() override { m_rows.reset({}); }
    void onPersonChanged() override { Q_EMIT canEditChanged(); }

private:
    /// A save's outcome off the GUI thread: the id, or the database's refusal.
    struct SaveResult {
        QString id;
        QString sqlState;
        QString message;
    };

    void setErrors(const QString &shortcut, const QString &title, const QString &body,
                   const QString &action);
    void setLoaded();
    QCoro::Task<> store(outbound::CannedResponse response);
    QCoro::Task<> erase(QString id);

    LiveRows<outbound::CannedResponse> m_rows;
    bool m_loaded = false;
    QString m_shortcutError;
    QString m_titleError;
    QString m_bodyError;
};

} // namespace opsdesk
