#pragma once

#include "changecoalescer.h"
#include "livemodelbase.h"

#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

namespace opsdesk {

class Database;
class Workspace;

/// A live list of the signed-in session, created in QML as `SomeModel { workspace: Workspace }`.
///
/// Holds what every such list repeats: the workspace hookup (change-feed batches go to a
/// ChangeCoalescer watching the model's tables; a new session, a new person or a feed gap
/// reloads), a generation counter that drops the answers of superseded loads, and the busy /
/// actionError state of the actions a page runs. Subclasses implement load() and refetch(), say
/// through deniedReason() when the signed-in role may not see the list, and update what depends
/// on the person (a canEdit property, per-row permissions) in onPersonChanged().
// Base spelled fully qualified, as in the other models (Qt 6.4 qmltyperegistrar).
class SessionModelBase : public opsdesk::LiveModelBase
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(
        opsdesk::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    /// An action (save, delete, retry…) is in progress.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// Why the last action failed; empty after a success.
    Q_PROPERTY(QString actionError READ actionError NOTIFY actionErrorChanged)

public:
    [[nodiscard]] Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString actionError() const { return m_actionError; }

    /// Loads the list again (drops pending live changes and late answers of earlier loads).
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearActionError() { setActionError({}); }

Q_SIGNALS:
    void workspaceChanged();
    void busyChanged();
    void actionErrorChanged();

protected:
    /// Watches the change feed for @p tables (opsdesk table names without the schema).
    explicit SessionModelBase(const QStringList &tables, QObject *parent = nullptr);

    /// Fetches the whole list (call clearRows()/reset through the subclass's LiveRows).
    virtual QCoro::Task<> load() = 0;
    /// Applies a coalesced batch of changed keys; must call refetchDone() when finished.
    virtual QCoro::Task<> refetch(ChangeCoalescer::KeysByTable keys) = 0;
    /// Empties the list (no session, or the role may not see it).
    virtual void clearRows() = 0;
    /// Empty when the signed-in person may see the list, else what to tell them.
    [[nodiscard]] virtual QString deniedReason() const { return {}; }
    /// The signed-in person changed (or the workspace did); called just before the reload.
    virtual void onPersonChanged() {}

    /// The session's connection pool; null when nobody is signed in.
    [[nodiscard]] Database *database() const;
    /// Bumped on every reload: compare before applying an awaited answer.
    [[nodiscard]] quint64 generation() const { return m_generation; }
    void refetchDone() { m_coalescer.finished(); }
    /// Hands @p batch to refetch() as if the change feed had sent it (after an action of ours,
    /// so the row shows before the feed's copy arrives, in order with the live updates).
    void queueChanges(const QList<Change> &batch) { m_coalescer.add(batch); }
    void setBusy(bool busy);
    void setActionError(const QString &error);

private:
    ChangeCoalescer m_coalescer;
    QPointer<Workspace> m_workspace;
    QList<QMetaObject::Connection> m_connections;
    quint64 m_generation = 0;
    bool m_busy = false;
    QString m_actionError;
};

} // namespace opsdesk
