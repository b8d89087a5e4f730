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

namespace opsdesk {

/// Demo traffic: realistic, correctly signed WhatsApp webhooks sent to an ingest endpoint.
///
/// Built from the genuine payload shapes in resources/demo (copies of shared/fixtures/whatsapp):
/// customers from a fixed cast write in (mostly text, now and then an image, a location, a
/// reaction or a button reply), a demo agent's replies are recorded as outbound messages and then
/// move through the delivery statuses Meta would send (sent → delivered → read, with a failure
/// now and then), and a template status update arrives occasionally.
///
/// The outbound replies are written straight to the database (status `sent` with a generated
/// wamid) because the outbound pipeline that sends real replies is not part of this stack yet.
class DemoTraffic : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QUrl endpoint;        ///< e.g. http://127.0.0.1:8080/webhooks/whatsapp
        QByteArray appSecret; ///< signs each body like Meta does
        double eventsPerSecond = 2.0;
        Database *database = nullptr; ///< where demo replies are recorded; none = inbound only
        quint32 seed = 0;             ///< 0 = random
    };

    explicit DemoTraffic(Options options, QObject *parent = nullptr);

    void start();
    void stop();
    [[nodiscard]] quint64 sent() const { return m_sent; }
    [[nodiscard]] quint64 failedPosts() const { return m_failed; }

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
    QCoro::Task<> post(QJsonObject payload);
    QCoro::Task<> recordReply(Customer customer, QString text);
    QJsonObject inboundMessage(const Customer &customer);
    QJsonObject statusUpdate(const Pending &pending) const;
    QJsonObject templateUpdate();

    Options m_options;
    WebhookSignature m_signature;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QRandomGenerator m_random;
    QList<Customer> m_customers;
    QList<Pending> m_pending;
    qint64 m_clockMs = 0;
    quint64 m_sent = 0;
    quint64 m_failed = 0;
    quint64 m_counter = 0;
};

} // namespace opsdesk
