#pragma once

#include "changefeed.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace opsdesk {

/// Collects change-feed keys for the tables a model shows and hands them over on the next
/// event-loop turn, never while the model is still refetching the previous batch: a burst of
/// 20,000 changes becomes a few batched refetches, not 20,000 queries.
class ChangeCoalescer : public QObject
{
    Q_OBJECT
public:
    using KeysByTable = QHash<QString, QSet<QString>>;

    ChangeCoalescer(QStringList tables, QObject *parent = nullptr);

    /// Keeps the keys of @p batch that belong to the watched tables.
    void add(const QList<opsdesk::Change> &batch);
    /// The model finished applying the last flush; flushes again if more keys arrived meanwhile.
    void finished();
    /// Drops what is pending (the model reloads anyway).
    void clear();

Q_SIGNALS:
    void flush(const opsdesk::ChangeCoalescer::KeysByTable &keys);

private:
    void fire();

    QStringList m_tables;
    KeysByTable m_pending;
    QTimer m_timer;
    bool m_busy = false;
};

} // namespace opsdesk
