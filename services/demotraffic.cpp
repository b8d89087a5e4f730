#include "demotraffic.h"

#include "logging.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>
#include <QUuid>

#include <QCoroNetworkReply>
#include <QCoroTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

const QStringList kQuestions{
    u"Hi! Is the linen shirt still available in medium?"_s,
    u"Does it come in another color?"_s,
    u"When will my order arrive? I ordered on Monday."_s,
    u"Can I change the delivery address for order #4821?"_s,
    u"Do you ship to Haifa?"_s,
    u"The parcel arrived but one item is missing 😕"_s,
    u"Thanks, received everything!"_s,
    u"Can I pay on delivery?"_s,
    u"How long does a refund take?"_s,
    u"Is there a discount for two pairs?"_s,
    u"What are your opening hours on Friday?"_s,
    u"I need an invoice for my company, please."_s,
};
const QStringList kReplies{
    u"Hi! Yes, it's in stock. Shall I reserve one for you?"_s,
    u"Your order is on its way and should arrive tomorrow."_s,
    u"Done, I've updated the address."_s,
    u"We ship everywhere in the country within 2 working days."_s,
    u"Sorry about that! We're sending the missing item today."_s,
    u"Refunds reach your card within 5 working days."_s,
};
// What a customer answers to a person's reply (the demo's customer side).
const QStringList kFollowUps{
    u"Great, thank you!"_s,
    u"Perfect 👍"_s,
    u"OK. And how much is shipping?"_s,
    u"Could you send me the tracking number?"_s,
    u"Sounds good, please go ahead."_s,
    u"Hmm, can it be any faster?"_s,
};
const QList<std::pair<QString, QString>> kCast{
    {u"Sheena Nelson"_s, u"16505551234"_s},   {u"Dana Levi"_s, u"972541234567"_s},
    {u"Omar Haddad"_s, u"972529876543"_s},    {u"Priya Raman"_s, u"447700900123"_s},
    {u"Lucas Martins"_s, u"5511987654321"_s}, {u"Yael Cohen"_s, u"972501112233"_s},
    {u"Marta Kowalska"_s, u"48601234567"_s},  {u"Kenji Sato"_s, u"819012345678"_s},
    {u"Amara Okafor"_s, u"2348031234567"_s},  {u"Noah Fischer"_s, u"4915112345678"_s},
    {u"Sofia Rossi"_s, u"393331234567"_s},    {u"Ahmed Mansour"_s, u"201001234567"_s},
};

QString newWamid()
{
    return u"wamid.demo."_s + QUuid::createUuid().toString(QUuid::Id128);
}

/// Applies @p edit to entry[0].changes[0] of a webhook payload (the part every template varies).
QJsonObject editFirstChange(QJsonObject payload, const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray entries = payload.value(u"entry"_s).toArray();
    QJsonObject entry = entries.first().toObject();
    QJsonArray changes = entry.value(u"changes"_s).toArray();
    QJsonObject change = changes.first().toObject();
    edit(change);
    changes[0] = change;
    entry.insert(u"changes"_s, changes);
    if (entry.contains(u"time"_s)) {
        entry.insert(u"time"_s, QDateTime::currentSecsSinceEpoch());
    }
    entries[0] = entry;
    payload.insert(u"entry"_s, entries);
    return payload;
}

} // namespace

DemoTraffic::DemoTraffic(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_signature(m_options.appSecret)
    , m_random(m_options.seed ? m_options.seed : QRandomGenerator::system()->generate())
{
    for (const auto &[name, waId] : kCast) {
        m_customers.append({name, waId});
    }
    connect(&m_timer, &QTimer::timeout, this, &DemoTraffic::tick);
    m_phaseTimer.setInterval(1000);
    connect(&m_phaseTimer, &QTimer::timeout, this, &DemoTraffic::updatePhase);
}

DemoTraffic::Phase DemoTraffic::phaseAt(std::chrono::milliseconds elapsed,
                                        std::chrono::seconds cycle)
{
    if (cycle.count() <= 0) {
        return Phase::Steady;
    }
    // In 360ths of the cycle (seconds of the default 6-minute one): surge 30-120, failures
    // 150-270.
    const qint64 cycleMs = std::chrono::milliseconds(cycle).count();
    const qint64 into = (elapsed.count() % cycleMs) * 360 / cycleMs;
    if (into >= 30 && into < 120) {
        return Phase::Surge;
    }
    if (into >= 150 && into < 270) {
        return Phase::FailureSpike;
    }
    return Phase::Steady;
}

void DemoTraffic::updatePhase()
{
    const Phase phase = phaseAt(std::chrono::milliseconds(m_started.elapsed()), m_options.cycle);
    if (phase == m_phase) {
        return;
    }
    m_phase = phase;
    const double rate = std::max(0.1, m_options.eventsPerSecond) *
                        (phase == Phase::Surge ? std::max(1.0, m_options.surgeFactor) : 1.0);
    m_timer.setInterval(std::max(1, int(1000.0 / rate)));
    // One named logger for the whole switch, never a logging::app() temporary per case: clang 16
    // emits the destructors of a switch's case temporaries on the paths of the other cases when
    // the case expressions contain immediate (consteval) calls, which fmt's C++20 format strings
    // are (llvm/llvm-project#60249, still open). Here that destroyed a stale shared_ptr left on
    // the stack by an earlier log call: one reference too few on the `app` logger on some phase
    // changes, until it was freed while spdlog's registry still handed it out (crashes or a hang
    // in a later logging::app() call: backtracer::push_back, SIGSEGV, a mutex never unlocked).
    // Keep temporaries with destructors out of the statements of case labels.
    const auto log = logging::app();
    const qint64 cycleSeconds = m_options.cycle.count();
    switch (phase) {
    case Phase::Surge:
        log->info("demo traffic: surge, {:.1f} events/s for {} s", rate, cycleSeconds / 4);
        break;
    case Phase::FailureSpike:
        log->info("demo traffic: delivery failures, most messages fail for {} s",
                  cycleSeconds / 3);
        break;
    case Phase::Steady:
        log->info("demo traffic: back to {:.1f} events/s, deliveries normal", rate);
        break;
    }
}

QJsonObject DemoTraffic::loadTemplate(const QString &name)
{
    QFile file(u":/opsdesk/demo/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

void DemoTraffic::start()
{
    const double rate = std::max(0.1, m_options.eventsPerSecond);
    m_timer.start(int(1000.0 / rate));
    m_started.start();
    m_phase = Phase::Steady;
    if (m_options.cycle.count() > 0) {
        m_phaseTimer.start();
    }
    logging::app()->info("demo traffic: {:.1f} events/s to {}", rate,
                         m_options.endpoint.toString().toStdString());
}

void DemoTraffic::stop()
{
    m_timer.stop();
    m_phaseTimer.stop();
}

void DemoTraffic::tick()
{
    m_clockMs += m_timer.interval();
    // Statuses that are due go first: they are what moves the ticks on screen.
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->dueMs <= m_clockMs) {
            post(statusUpdate(*it));
            it = m_pending.erase(it);
            return;
        }
        ++it;
    }
    for (auto it = m_writeBacks.begin(); it != m_writeBacks.end(); ++it) {
        if (it->dueMs <= m_clockMs) {
            const Customer customer = it->customer;
            m_writeBacks.erase(it);
            post(inboundMessage(customer, kFollowUps.at(int(m_random.bounded(kFollowUps.size())))));
            return;
        }
    }
    const int dice = int(m_random.bounded(100));
    if (dice < 3) {
        post(templateUpdate());
        return;
    }
    const Customer customer = m_customers.at(int(m_random.bounded(m_customers.size())));
    post(inboundMessage(customer));
    if (m_options.database && dice < 55) {
        queueReply(customer, kReplies.at(int(m_random.bounded(kReplies.size()))));
    }
}

QJsonObject DemoTraffic::inboundMessage(const Customer &customer, const QString &text)
{
    QJsonObject value;

    value.insert(u"contacts"_s,
                 QJsonArray{QJsonObject{{u"profile"_s, QJsonObject{{u"name"_s, customer.name}}},
                                        {u"wa_id"_s, customer.waId}}});
    QJsonObject message{{u"from"_s, customer.waId},
                        {u"id"_s, newWamid()},
                        {u"timestamp"_s, QString::number(QDateTime::currentSecsSinceEpoch())}};
    const int kind = text.isEmpty() ? int(m_random.bounded(100)) : 0;
    if (kind < 78) {
        message.insert(u"type"_s, u"text"_s);
        message.insert(
            u"text"_s,
            QJsonObject{{u"body"_s, text.isEmpty()
                                        ? kQuestions.at(int(m_random.bounded(kQuestions.size())))
                                        : text}});
    } else if (kind < 88) {
        // Shape per
        // https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/payload-examples
        message.insert(u"type"_s, u"image"_s);
        message.insert(u"image"_s, QJsonObject{{u"caption"_s, u"This one, in blue"_s},
                                               {u"mime_type"_s, u"image/jpeg"_s},
                                               {u"sha256"_s, u"demo"_s},
                                               {u"id"_s, QString::number(m_random.generate64())}});
    } else if (kind < 93) {
        message.insert(u"type"_s, u"location"_s);
        message.insert(u"location"_s, QJsonObject{{u"latitude"_s, 32.0853},
                                                  {u"longitude"_s, 34.7818},
                                                  {u"name"_s, u"Dizengoff Center"_s},
                                                  {u"address"_s, u"Dizengoff St 50, Tel Aviv"_s}});
    } else {
        message.insert(u"type"_s, u"reaction"_s);
        message.insert(u"reaction"_s,
                       QJsonObject{{u"message_id"_s, newWamid()}, {u"emoji"_s, u"👍"_s}});
    }
    value.insert(u"messages"_s, QJsonArray{message});
    return editFirstChange(loadTemplate(u"meta_docs_overview_inbound_text.json"_s),
                           [&](QJsonObject &change) {
                               QJsonObject merged = change.value(u"value"_s).toObject();
                               for (auto it = value.begin(); it != value.end(); ++it) {
                                   merged.insert(it.key(), it.value());
                               }
                               change.insert(u"value"_s, merged);
                           });
}

QJsonObject DemoTraffic::statusUpdate(const Pending &pending) const
{
    return editFirstChange(
        loadTemplate(u"pywa_status_"_s + pending.status + u".json"_s), [&](QJsonObject &change) {
            QJsonObject value = change.value(u"value"_s).toObject();
            QJsonArray statuses = value.value(u"statuses"_s).toArray();
            QJsonObject status = statuses.first().toObject();
            status.insert(u"id"_s, pending.wamid);
            status.insert(u"recipient_id"_s, pending.recipient);
            status.insert(u"timestamp"_s, QString::number(QDateTime::currentSecsSinceEpoch()));
            if (pending.status == u"failed") {
                // Meta error 131026: "Message undeliverable"
                // (https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/)
                QJsonObject error = status.value(u"errors"_s).toArray().first().toObject();
                error.insert(u"code"_s, 131026);
                error.insert(u"title"_s, u"Message undeliverable"_s);
                error.insert(u"message"_s, u"Message undeliverable"_s);
                status.insert(u"errors"_s, QJsonArray{error});
            }
            statuses[0] = status;
            value.insert(u"statuses"_s, statuses);
            change.insert(u"value"_s, value);
        });
}

QJsonObject DemoTraffic::templateUpdate()
{
    static const QStringList events{u"APPROVED"_s, u"APPROVED"_s, u"REJECTED"_s, u"PAUSED"_s};
    static const QStringList names{u"order_shipped"_s, u"delivery_delay"_s, u"welcome_back"_s};
    const int pick = int(m_random.bounded(names.size()));
    const QString &event = events.at(int(m_random.bounded(events.size())));
    return editFirstChange(loadTemplate(u"pywa_template_status_approved.json"_s),
                           [&](QJsonObject &change) {
                               QJsonObject value = change.value(u"value"_s).toObject();
                               value.insert(u"message_template_name"_s, names.at(pick));
                               value.insert(u"message_template_id"_s, 1000 + pick);
                               value.insert(u"message_template_language"_s, u"en_US"_s);
                               value.insert(u"event"_s, event);
                               change.insert(u"value"_s, value);
                           });
}

QCoro::Task<> DemoTraffic::post(QJsonObject payload)
{
    QPointer self{this};
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    QNetworkRequest request(m_options.endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    request.setRawHeader("X-Hub-Signature-256", m_signature.sign(body));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network.post(request, body);
    co_await reply;
    reply->deleteLater();
    if (!self) {
        co_return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200) {
        ++m_sent;
    } else {
        ++m_failed;
        logging::app()->warn("demo traffic: POST answered {} ({})", status,
                             reply->errorString().toStdString());
    }
}

QCoro::Task<> DemoTraffic::queueReply(Customer customer, QString text)
{
    QPointer self{this};
    // The reply is queued a moment after the customer's message has been processed; the
    // outbound pipeline sends it like any other (and the Cloud API stand-in reports it to
    // customerReceived()).
    co_await QCoro::sleepFor(std::chrono::milliseconds(1500));
    if (!self) {
        co_return;
    }
    auto future = m_options.database->run([customer, text](QSqlDatabase &db) {
        auto query = exec(db, uR"(
INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, status)
SELECT c.id, 'outbound', 'text', ?, 'queued'
  FROM opsdesk.conversations c JOIN opsdesk.contacts k ON k.id = c.contact_id
 WHERE k.wa_id = ? AND c.last_inbound_at > now() - interval '24 hours'
 ORDER BY c.last_message_at DESC LIMIT 1)"_s,
                          {text, customer.waId});
        return query.numRowsAffected();
    });
    [[maybe_unused]] const auto queued = co_await future;
}

void DemoTraffic::customerReceived(const QString &to, const QString &wamid, const QString &text)
{
    const qint64 base = m_clockMs;
    m_pending.append({wamid, to, base + 500, u"sent"_s});
    // Meta reports most messages undeliverable during the demo's failure spike.
    if (m_random.bounded(100) < (m_phase == Phase::FailureSpike ? 85 : 8)) {
        m_pending.append({wamid, to, base + 3000, u"failed"_s});
        return;
    }
    m_pending.append({wamid, to, base + 2000 + m_random.bounded(2000), u"delivered"_s});
    m_pending.append({wamid, to, base + 6000 + m_random.bounded(6000), u"read"_s});
    // A person's reply (not one of the demo's own) is usually answered, so someone trying the
    // demo can hold a conversation; the demo's replies now and then.
    const bool fromPerson = !kReplies.contains(text);
    const auto known =
        std::find_if(m_customers.cbegin(), m_customers.cend(),
                     [&to](const Customer &customer) { return customer.waId == to; });
    if (known != m_customers.cend() && m_random.bounded(100) < (fromPerson ? 85 : 15)) {
        m_writeBacks.append({*known, base + 7000 + qint64(m_random.bounded(5000))});
    }
}

} // namespace opsdesk
