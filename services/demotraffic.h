#pragma once

#include "database.h"
#include "webhooksignature.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <QCoroTask>

#include <QElapsedTimer>

#include <chrono>

namespace opsdesk {

/// Demo traffic: realistic, correctly signed WhatsApp webhooks sent to an ingest endpoint.
///
/// Built from the genuine payload shapes in resources/demo (copies of shared/fixtures/whatsapp):
/// customers from a fixed cast write in (mostly text, now and then an image, a location, a
/// reaction or a button reply), a demo agent's replies are queued like any outbound message, and a
/// template status update arrives occasionally.
///
/// It also plays the customer's side of every message the outbound pipeline sends to the Cloud
/// API stand-in (customerReceived()): the delivery statuses Meta would send (sent → delivered →
/// read, with a failure now and then) and, usually for a person's reply, a message back, so
/// someone trying the demo can hold a conversation.
///
/// With Options::cycle set, it also plays the incidents the demo's alert rules catch
/// (demopeople::ensureAlertRules), once per cycle (6 minutes by default), measured from start():
/// a traffic surge (Options::surgeFactor times the normal rate) from 0:30 for 90 s, then a
/// delivery-failure spike from 2:30 for 2 minutes, in which most messages the customers
/// receive are reported `failed` (Meta error 131026) instead of delivered. Each phase change
/// is logged.
class DemoTraffic : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QUrl endpoint;        ///< e.g. http://127.0.0.1:8080/webhooks/whatsapp
        QByteArray appSecret; ///< signs each body like Meta does
        double eventsPerSecond = 2.0;
        Database *database = nullptr; ///< where demo replies are queued; none = inbound only
        quint32 seed = 0;             ///< 0 = random
        /// The surge and failure-spike cycle; 0 = steady traffic only.
        std::chrono::seconds cycle{0};
        double surgeFactor = 4.0;
    };
    /// What the cycle is playing now.
    enum class Phase { Steady, Surge, FailureSpike };

    explicit DemoTraffic(Options options, QObject *parent = nullptr);

    void start();
    void stop();
    [[nodiscard]] quint64 sent() const { return m_sent; }
    [[nodiscard]] quint64 failedPosts() const { return m_failed; }
    [[nodiscard]] Phase phase() const { return m_phase; }
    /// The phase of the cycle @p elapsed after start() (for a cycle of @p cycle).
    [[nodiscard]] static Phase phaseAt(std::chrono::milliseconds elapsed,
                                       std::chrono::seconds cycle);

    /// The Cloud API accepted @p text for @p to as @p wamid: schedules its status webhooks and
    /// perhaps the customer's answer.
    void customerReceived(const QString &to, const QString &wamid, const QString &text);
    /// Loads one of the demo templates by file name (e.g. "pywa_status_read.json").
    static QJsonObject loadTemplate(const QString &name);

private:
    struct Customer {
        QString name;
        QString waId;
    };
    struct Pending {
        QString wamid;
        QString recipient;
        qint64 dueMs;
        QString status;
    };

    void tick();
    void updatePhase();
    QCoro::Task<> post(QJsonObject payload);
    struct WriteBack {
        Customer customer;
        qint64 dueMs;
    };
    QCoro::Task<> queueReply(Customer customer, QString text);
    /// A customer's message: @p text, or (empty) a random question, image, location or reaction.
    QJsonObject inboundMessage(const Customer &customer, const QString &text = {});
    QJsonObject statusUpdate(const Pending &pending) const;
    QJsonObject templateUpdate();

    Options m_options;
    WebhookSignature m_signature;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QTimer m_phaseTimer;
    QElapsedTimer m_started;
    Phase m_phase = Phase::Steady;
    QRandomGenerator m_random;
    QList<Customer> m_customers;
    QList<Pending> m_pending;
    QList<WriteBack> m_writeBacks;
    qint64 m_clockMs = 0;
    quint64 m_sent = 0;
    quint64 m_failed = 0;
    quint64 m_counter = 0;
};

} // namespace opsdesk
