#include "changecoalescer.h"

namespace opsdesk {

ChangeCoalescer::ChangeCoalescer(QStringList tables, QObject *parent)
    : QObject(parent)
    , m_tables(std::move(tables))
{
    m_timer.setSingleShot(true);
    // Next event-loop turn: every batch already queued joins this one, and while a refetch is in
    // flight new keys accumulate, so bursts coalesce without adding a frame of latency when idle.
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ChangeCoalescer::fire);
}

void ChangeCoalescer::add(const QList<Change> &batch)
{
    bool any = false;
    for (const Change &change : batch) {
        if (m_tables.contains(change.table)) {
            m_pending[change.table].insert(change.pk);
            any = true;
        }
    }
    if (any && !m_busy && !m_timer.isActive()) {
        m_timer.start();
    }
}

void ChangeCoalescer::finished()
{
    m_busy = false;
    if (!m_pending.isEmpty() && !m_timer.isActive()) {
        m_timer.start();
    }
}

void ChangeCoalescer::clear()
{
    m_pending.clear();
    m_timer.stop();
}

void ChangeCoalescer::fire()
{
    if (m_pending.isEmpty() || m_busy) {
        return;
    }
    m_busy = true;
    Q_EMIT flush(std::exchange(m_pending, {}));
}

} // namespace opsdesk
