#pragma once

#include "expected.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <QCoroTask>

#include <chrono>

namespace opsdesk {

class Database;
namespace jobs {
class Notifications;
}
namespace whatsapp {
class CloudApiClient;
}

/// Keeps `opsdesk.message_templates` in step with the WhatsApp Business Account's templates.
///
/// Lists them with the Cloud API (`GET /{waba-id}/message_templates`, every page:
/// https://developers.facebook.com/docs/graph-api/reference/whats-app-business-account/message_templates)
/// and stores the list with `opsdesk.sync_message_templates` (migration 0007): new and changed
/// templates are upserted, a synced template no longer listed becomes DELETED. Runs on start(),
/// every interval, and when someone calls `opsdesk.request_template_sync()` (the desktop's
/// "Sync now"; requests within 30 s of the last sync are ignored). Every `opsdeskd serve`
/// instance syncs (idempotent upserts; a handful of API calls an hour). Between syncs,
/// `message_template_status_update` webhooks keep statuses current. Only APPROVED templates are
/// offered to agents.
class TemplateSync : public QObject
{
    Q_OBJECT
public:
    TemplateSync(Database &database, whatsapp::CloudApiClient &client, QObject *parent = nullptr);

    /// Syncs now, then every @p interval and on each request. @p notifications may be null.
    void start(jobs::Notifications *notifications,
               std::chrono::milliseconds interval = std::chrono::hours(1));
    /// One sync; the number of templates listed, or what went wrong (API or database).
    QCoro::Task<Expected<int>> syncNow();

Q_SIGNALS:
    void synced(int templates);
    void failed(const QString &error);

private:
    QCoro::Task<> syncInBackground();

    Database &m_database;
    whatsapp::CloudApiClient &m_client;
    QTimer m_timer;
    QElapsedTimer m_lastSync;
    bool m_running = false;
    static constexpr qint64 kMinRequestGapMs = 30000;
};

} // namespace opsdesk
