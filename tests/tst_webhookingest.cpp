// Webhook ingest end to end: real HTTP into `opsdeskd serve`'s IngestServer, real PostgreSQL.

#include "database.h"
#include "ingestserver.h"
#include "webhooksignature.h"

#include "testdatabase.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace opsdesk;

namespace {

const QByteArray kSecret = "test_app_secret_do_not_use";
const QByteArray kVerifyToken = "verify-me";

QByteArray fixture(const QString &name)
{
    QFile file(testsupport::fixturePath(u"whatsapp/"_s + name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(name));
    }
    return file.readAll();
}

struct Reply {
    int status = 0;
    QByteArray body;
};

} // namespace

class TestWebhookIngest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<IngestServer> m_server;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    WebhookSignature m_signature{kSecret};
    QSqlDatabase m_check;

    Reply send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        for (const auto &[name, value] : headers) {
            request.setRawHeader(name, value);
        }
        request.setTransferTimeout(30000);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(30000)) {
            qWarning("request timed out");
        }
        Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                     reply->readAll()};
        reply->deleteLater();
        return result;
    }
    Reply postSigned(const QByteArray &body)
    {
        return send("POST", u"/webhooks/whatsapp"_s, body,
                    {{"X-Hub-Signature-256", m_signature.sign(body)}});
    }
    QVariant scalar(const QString &sql)
    {
        auto query = exec(m_check, sql);
        return query.next() ? query.value(0) : QVariant();
    }
    bool allProcessed()
    {
        return scalar(
                   u"SELECT count(*) FROM opsdesk.whatsapp_webhook_events WHERE processing = 'pending'"_s)
                   .toInt() == 0;
    }
    /// A digest of everything stored, to prove bad input changes nothing.
    QString storedState(qint64 eventsUpTo)
    {
        QStringList parts;
        for (const QString &table : {u"contacts"_s, u"conversations"_s, u"messages"_s,
                                     u"message_status_events"_s, u"message_templates"_s}) {
            parts
                << scalar(
                       u"SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM opsdesk.%1 t"_s
                           .arg(table))
                       .toString();
        }
        parts << scalar(u"SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t.id), '')) "
                        u"FROM opsdesk.whatsapp_webhook_events t WHERE id <= %1"_s.arg(eventsUpTo))
                     .toString();
        return parts.join(u'/');
    }
    qint64 lastEventId()
    {
        return scalar(u"SELECT coalesce(max(id), 0) FROM opsdesk.whatsapp_webhook_events"_s)
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto config = testsupport::freshDatabase(u"ingest"_s);
        m_database = std::make_unique<Database>(config, 2);
        m_server = std::make_unique<IngestServer>(
            *m_database, IngestServer::Options{kSecret, kVerifyToken, 3 * 1024 * 1024});
        const auto port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(port.ok(), qPrintable(port.error()));
        m_port = port.value();
        m_check = m_database->openDedicated(u"ingest-check"_s);
    }
    void cleanupTestCase()
    {
        m_server.reset();
        m_check.close();
    }

    void verificationHandshake()
    {
        const auto ok = send(
            "GET",
            u"/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444"_s);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body, QByteArray("1158201444"));
        QCOMPARE(
            send("GET",
                 u"/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1"_s)
                .status,
            403);
        QCOMPARE(
            send("GET", u"/webhooks/whatsapp?hub.verify_token=verify-me&hub.challenge=1"_s).status,
            403);
        QCOMPARE(send("GET", u"/webhooks/whatsapp"_s).status, 403);
    }

    void health()
    {
        QCOMPARE(send("GET", u"/healthz"_s).status, 200);
        const auto ready = send("GET", u"/readyz"_s);
        QCOMPARE(ready.status, 200);
        QCOMPARE(ready.body.trimmed(), QByteArray("ready"));
    }

    void inboundTextCreatesContactConversationMessage()
    {
        const auto reply = postSigned(fixture(u"meta_docs_overview_inbound_text.json"_s));
        QCOMPARE(reply.status, 200);
        // Committed before the 200: the raw event is there at once.
        QCOMPARE(
            scalar(
                u"SELECT count(*) FROM opsdesk.whatsapp_webhook_events WHERE object = 'whatsapp_business_account' AND field = 'messages'"_s)
                .toInt(),
            1);
        QTRY_VERIFY_WITH_TIMEOUT(allProcessed(), 10000);
        QCOMPARE(scalar(u"SELECT profile_name FROM opsdesk.contacts WHERE wa_id = '16505551234'"_s)
                     .toString(),
                 u"Sheena Nelson"_s);
        QCOMPARE(
            scalar(
                u"SELECT body || '|' || kind || '|' || direction FROM opsdesk.messages "
                u"WHERE wa_message_id = 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA='"_s)
                .toString(),
            u"Does it come in another color?|text|inbound"_s);
        QCOMPARE(
            scalar(
                u"SELECT c.business_phone_id || '|' || c.status || '|' || c.unread_count || '|' || "
                u"extract(epoch FROM c.last_inbound_at)::bigint FROM opsdesk.conversations c "
                u"JOIN opsdesk.contacts k ON k.id = c.contact_id WHERE k.wa_id = '16505551234'"_s)
                .toString(),
            u"106540352242922|open|1|1749416383"_s);
    }

    void sameDeliveryTwiceChangesNothing()
    {
        const QByteArray body = fixture(u"pywa_inbound_text.json"_s);
        QCOMPARE(postSigned(body).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(allProcessed(), 10000);
        const QString before = storedState(lastEventId());
        QCOMPARE(postSigned(body).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(allProcessed(), 10000);
        // Both deliveries are kept raw; the derived rows are unchanged.
        QCOMPARE(
            scalar(
                u"SELECT count(*) FROM opsdesk.whatsapp_webhook_events WHERE payload @> '{\"entry\":[{\"id\":\"1234567890987654321\"}]}'"_s)
                .toInt(),
            2);
        QCOMPARE(storedState(lastEventId() - 1), before);
        QCOMPARE(
            scalar(u"SELECT count(*) FROM opsdesk.messages WHERE wa_message_id = 'wamid.xyzxyz'"_s)
                .toInt(),
            1);
    }

    void statusesOnlyMoveForward()
    {
        // An outbound message the business sent (as the outbound pipeline will record it).
        exec(
            m_check,
            uR"(INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, wa_message_id, status)
                          SELECT id, 'outbound', 'text', 'Yes, in blue too', 'wamid.out-1', 'sent'
                            FROM opsdesk.conversations LIMIT 1)"_s);
        const auto withId = [](QByteArray body) {
            return body.replace("wamid.xyzxyz", "wamid.out-1");
        };
        // read arrives before delivered (the fixtures' own timestamps are out of order, too).
        QCOMPARE(postSigned(withId(fixture(u"pywa_status_read.json"_s))).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(allProcessed(), 10000);
        QCOMPARE(
            scalar(u"SELECT status FROM opsdesk.messages WHERE wa_message_id = 'wamid.out-1'"_s)
                .toString(),
            u"read"_s);
        QCOMPARE(postSigned(withId(fixture(u"pywa_status_delivered.json"_s))).status, 200);
        QCOMPARE(postSigned(withId(fixture(u"pywa_status_sent.json"_s))).status, 200);
        QCOMPARE(postSigned(withId(fixture(u"pywa_status_delivered.json"_s))).status,
                 200); // duplicate
        QTRY_VERIFY_WITH_TIMEOUT(allProcessed(), 10000);
        QCOMPARE(
            scalar(u"SELECT status FROM opsdesk.messages WHERE wa_message_id = 'wamid.out-1'"_s)
                .toString(),
            u"read"_s);
        QCOMPARE(
            scalar(
                u"SELECT count(*) FROM opsdesk.message_status_events WHERE wa_message_id = 'wamid.out-1'"_s)
                .toInt(),
            3);
    }

    void failedKeepsCodeAndTitle()
    {
        exec(
            m_check,
            uR"(INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, wa_message_id, status)
                          SELECT id, 'outbound', 'text', 'Your order shipped', 'wamid.out-2', 'sent'
                            FROM opsdesk.conversations LIMIT 1)"_s);
        QByteArray body = fixture(u"pywa_status_failed.json"_s);
        QCOMPARE(postSigned(body.replace("wamid.xyzxyz", "wamid.out-2")).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(allProcessed(), 10000);
        QCOMPARE(
            scalar(
                u"SELECT status || '|' || error_code || '|' || error_title FROM opsdesk.messages WHERE wa_message_id = 'wamid.out-2'"_s)
                .toString(),
            u"failed|130472|User's number is part of an experiment"_s);
    }

    void templateStatusUpdate()
    {
        QCOMPARE(postSigned(fixture(u"pywa_template_status_approved.json"_s)).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(allProcessed(), 10000);
        QCOMPARE(scalar(u"SELECT status || '|' || wa_template_id FROM opsdesk.message_templates "
                        u"WHERE name = 'my_message_template' AND language = 'pt-BR'"_s)
                     .toString(),
                 u"APPROVED|12345678"_s);
    }

    void badInputMatrix_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("header"); // "sign" = a correct signature for body
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>(
            "stored"); // processing state of the stored row; empty = nothing stored

        const QByteArray valid = fixture(u"pywa_inbound_text.json"_s);
        QTest::newRow("no signature") << valid << QByteArray() << 401 << QString();
        QTest::newRow("signature of another body")
            << valid << m_signature.sign("{}") << 401 << QString();
        QTest::newRow("garbage signature")
            << valid << QByteArray("sha256=nothex") << 401 << QString();
        QTest::newRow("invalid JSON")
            << QByteArray("{\"object\": \"whatsapp_business_account\", \"entry\": [")
            << QByteArray("sign") << 200 << u"failed"_s;
        QTest::newRow("empty body") << QByteArray() << QByteArray("sign") << 200 << u"failed"_s;
        QTest::newRow("not UTF-8")
            << QByteArray("{\"object\": \"\xff\xfe\"}") << QByteArray("sign") << 200 << u"failed"_s;
        QTest::newRow("NUL escape jsonb refuses")
            << QByteArray(
                   R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"x":"a\u0000b"}}]}]})")
            << QByteArray("sign") << 200 << u"failed"_s;
        QTest::newRow("3 MB + 1 byte")
            << QByteArray(3 * 1024 * 1024 + 1, ' ') << QByteArray("sign") << 413 << QString();
        QTest::newRow("wrong object") << QByteArray(R"({"object":"page","entry":[]})")
                                      << QByteArray("sign") << 200 << u"ignored"_s;
        QTest::newRow("unknown field")
            << QByteArray(
                   R"({"object":"whatsapp_business_account","entry":[{"id":"1","time":1,"changes":[{"field":"account_alerts","value":{}}]}]})")
            << QByteArray("sign") << 200 << u"ignored"_s;
        QTest::newRow("JSON array")
            << QByteArray("[1,2,3]") << QByteArray("sign") << 200 << u"failed"_s;
    }
    void badInputMatrix()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, header);
        QFETCH(int, status);
        QFETCH(QString, stored);

        QTRY_VERIFY_WITH_TIMEOUT(allProcessed(), 10000);
        const qint64 before = lastEventId();
        const QString state = storedState(before);
        const quint64 signatureFailures = m_server->signatureFailures();

        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!header.isEmpty()) {
            headers.append(
                {"X-Hub-Signature-256", header == "sign" ? m_signature.sign(body) : header});
        }
        const auto reply = send("POST", u"/webhooks/whatsapp"_s, body, headers);
        QCOMPARE(reply.status, status);
        QTRY_VERIFY_WITH_TIMEOUT(allProcessed(), 10000);

        if (stored.isEmpty()) {
            QCOMPARE(lastEventId(), before);
        } else {
            QCOMPARE(lastEventId(), before + 1);
            QCOMPARE(
                scalar(
                    u"SELECT processing FROM opsdesk.whatsapp_webhook_events WHERE id = %1"_s.arg(
                        before + 1))
                    .toString(),
                stored);
            QVERIFY(
                !scalar(u"SELECT error FROM opsdesk.whatsapp_webhook_events WHERE id = %1"_s.arg(
                            before + 1))
                     .toString()
                     .isEmpty());
            // The exact bytes are kept, whatever they were.
            QCOMPARE(
                scalar(u"SELECT raw_body FROM opsdesk.whatsapp_webhook_events WHERE id = %1"_s.arg(
                           before + 1))
                    .toByteArray(),
                body);
        }
        if (status == 401) {
            QCOMPARE(m_server->signatureFailures(), signatureFailures + 1);
        }
        // Nothing already stored was lost or altered.
        QCOMPARE(storedState(before), state);
    }
};

QTEST_GUILESS_MAIN(TestWebhookIngest)
#include "tst_webhookingest.moc"
