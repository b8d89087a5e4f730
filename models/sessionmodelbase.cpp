#include "sessionmodelbase.h"

#include "workspace.h"

namespace opsdesk {

SessionModelBase::SessionModelBase(const QStringList &tables, QObject *parent)
    : LiveModelBase(parent)
    , m_coalescer(tables)
{
    connect(&m_coalescer, &ChangeCoalescer::flush, this,
            [this](const ChangeCoalescer::KeysByTable &keys) {
                if (database() && deniedReason().isEmpty()) {
                    refetch(keys);
                } else {
                    m_coalescer.finished();
                }
            });
}

void SessionModelBase::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace) {
        return;
    }
    for (const auto &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_workspace = workspace;
    if (workspace) {
        m_connections << connect(workspace, &Workspace::changes, this,
                                 [this](const QList<Change> &batch) { m_coalescer.add(batch); })
                      << connect(workspace, &Workspace::reloadRequested, this,
                                 &SessionModelBase::reload)
                      << connect(workspace, &Workspace::sessionChanged, this,
                                 &SessionModelBase::reload)
                      << connect(workspace, &Workspace::personChanged, this, [this] {
                             onPersonChanged();
                             reload();
                         });
    }
    Q_EMIT workspaceChanged();
    onPersonChanged();
    reload();
}

Database *SessionModelBase::database() const
{
    return m_workspace ? m_workspace->database() : nullptr;
}

void SessionModelBase::reload()
{
    ++m_generation;
    m_coalescer.clear();
    if (!database()) {
        clearRows();
        setLoading(false);
        setError({});
        return;
    }
    if (const QString denied = deniedReason(); !denied.isEmpty()) {
        clearRows();
        setLoading(false);
        setError(denied);
        return;
    }
    load();
}

void SessionModelBase::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void SessionModelBase::setActionError(const QString &error)
{
    if (m_actionError != error) {
        m_actionError = error;
        Q_EMIT actionErrorChanged();
    }
}

} // namespace opsdesk
