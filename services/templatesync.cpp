#include "templatesync.h"

#include "database.h"
#include "jobqueue.h"
#include "logging.h"
#include "whatsappcloudapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace opsdesk {

TemplateSync::TemplateSync(Database &database, whatsapp::CloudApiClient &client, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_client(client)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { syncInBackground(); });
}

void TemplateSync::start(jobs::Notifications *notifications, std::chrono::milliseconds interval)
{
    if (notifications) {
        connect(notifications, &jobs::Notifications::notified, this, [this](const QString &what) {
            // Anyone signed in may ask; one sync per kMinRequestGap is plenty.
            if (what == u"whatsapp.templates" &&
                (!m_lastSync.isValid() || m_lastSync.hasExpired(kMinRequestGapMs))) {
                syncInBackground();
            }
        });
    }
    m_timer.start(interval);
    syncInBackground();
}

QCoro::Task<> TemplateSync::syncInBackground()
{
    if (m_running) {
        co_return;
    }
    QPointer self{this};
    m_running = true;
    m_lastSync.start();
    auto sync = syncNow();
    const auto result = co_await sync;
    if (!self) {
        co_return;
    }
    m_running = false;
    if (result) {
        logging::jobs()->info("templates synced: {} listed", result.value());
        Q_EMIT synced(result.value());
    } else {
        logging::jobs()->warn("template sync failed: {}", result.error().toStdString());
        Q_EMIT failed(result.error());
    }
}

QCoro::Task<Expected<int>> TemplateSync::syncNow()
{
    QPointer self{this};
    auto fetching = m_client.fetchTemplates();
    auto listed = co_await fetching;
    if (!self) {
        co_return Expected<int>::failure(u"stopped"_s);
    }
    if (!listed) {
        co_return Expected<int>::failure(listed.error());
    }
    QJsonArray array;
    for (const auto &item : listed.value()) {
        array.append(QJsonObject{{u"id"_s, item.id},
                                 {u"name"_s, item.name},
                                 {u"language"_s, item.language},
                                 {u"status"_s, item.status},
                                 {u"category"_s, item.category},
                                 {u"rejected_reason"_s, item.rejectedReason},
                                 {u"components"_s, item.components}});
    }
    const QString json = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    auto storing = m_database.run([json](QSqlDatabase &db) {
        auto query = exec(db, u"SELECT opsdesk.sync_message_templates(?::jsonb)"_s, {json});
        return query.next() ? query.value(0).toInt() : 0;
    });
    co_return co_await storing;
}

} // namespace opsdesk
