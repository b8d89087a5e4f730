#pragma once

#include "databaseconfig.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

namespace opsdesk {

/// One row of `opsdesk.change_log`: table @p table had row @p pk inserted ('I'), updated ('U') or
/// deleted ('D'). The feed carries keys only; consumers refetch rows under their own role.
struct Change {
    qint64 seq = 0;
    QString table;
    char op = 'U';
    QString pk;
    friend bool operator==(const Change &, const Change &) = default;
};

class ChangeFeedWorker;

/// The realtime change feed (shared/design/architecture.md, "Realtime change feed").
///
/// Reads `change_log` by snapshot, not by sequence number: it keeps the previous
/// `pg_current_snapshot()` and, on each wake-up, reads the changes of the transactions that are
/// visible in a new snapshot but were not in the old one. Every committed change is delivered
/// once, a transaction never before one that committed earlier (within one batch, concurrent
/// transactions are ordered by seq), and a late committer holding a low seq is never skipped.
///
/// A dedicated connection on its own thread LISTENs on `opsdesk_change` (the NOTIFY is only a
/// wake-up) and also polls, in case a notification is lost. When the connection drops (server
/// restart, `pg_terminate_backend`) it reconnects with back-off and resumes from its last
/// snapshot; if the log was pruned past that point it emits reloadRequired() and goes on from
/// the present. Signals arrive in the thread that owns this object.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Stopped,
        Connecting,   ///< first connection not yet made
        Live,         ///< listening; changes flow
        Reconnecting, ///< lost the connection; retrying with back-off
    };
    Q_ENUM(State)

    explicit ChangeFeed(DatabaseConfig config, QObject *parent = nullptr);
    ~ChangeFeed() override;

    /// Poll interval while idle (default 2000 ms). Call before start().
    void setPollInterval(int ms) { m_pollMs = ms; }
    /// Starts after the changes already committed (a client loads its models first, then starts
    /// the feed). Pass a snapshot text from a previous run to resume instead.
    void start(const QString &resumeSnapshot = {});
    void stop();

    [[nodiscard]] State state() const { return m_state; }
    /// The snapshot (pg_snapshot text) up to which changes have been delivered.
    [[nodiscard]] QString position() const { return m_position; }

Q_SIGNALS:
    /// A batch of changes, in commit order. Never empty.
    void changes(const QList<opsdesk::Change> &batch);
    /// The resume point was pruned from change_log: reload whole views, then continue.
    void reloadRequired(const QString &reason);
    void stateChanged(opsdesk::ChangeFeed::State state, const QString &detail);

private:
    DatabaseConfig m_config;
    int m_pollMs = 2000;
    QThread m_thread;
    ChangeFeedWorker *m_worker = nullptr;
    State m_state = State::Stopped;
    QString m_position;
};

} // namespace opsdesk
