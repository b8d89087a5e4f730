// The live list models over a real, throwaway PostgreSQL: rows written by another connection reach
// the models only through the change feed, and must show up the way a user expects (new rows on
// top, status changes in place, a conversation moving to the top with its selection) without a
// model reset. Every model runs under QAbstractItemModelTester, attached before it is filled.

#include "changefeed.h"
#include "conversationlistmodel.h"
#include "database.h"
#include "messagelistmodel.h"
#include "webhookeventlistmodel.h"

#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace opsdesk;

namespace {

constexpr int kTimeout = 10000;
constexpr auto kTesterMode = QAbstractItemModelTester::FailureReportingMode::QtTest;

/// A fresh, migrated database with what the desktop client runs on it: the query pool the models
/// use and a change feed that also polls every 200 ms.
struct Backend {
    explicit Backend(const QString &name)
        : config(testsupport::freshDatabase(name))
        , database(config)
        , feed(config)
    {
        feed.setPollInterval(200);
    }
    ~Backend() { feed.stop(); }

    /// Starts the feed; true once it is live (changes committed from now on are delivered).
    bool startFeed()
    {
        feed.start();
        return QTest::qWaitFor([this] { return feed.state() == ChangeFeed::State::Live; },
                               kTimeout);
    }

    DatabaseConfig config;
    Database database;
    ChangeFeed feed;
};

/// The test's own connection, standing in for the ingest side: what it writes reaches the models
/// only through the change feed. An SQL error fails the running test.
class Writer
{
public:
    explicit Writer(const DatabaseConfig &config)
        : m_database(config, 1)
        , m_name(u"test-writer-"_s + QUuid::createUuid().toString(QUuid::Id128))
        , m_db(m_database.openDedicated(m_name))
    {}
    ~Writer()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    /// Runs @p sql (one statement, one transaction); returns the first column of the first row.
    QVariant value(const QString &sql, const QVariantList &args = {})
    {
        try {
            auto query = opsdesk::exec(m_db, sql, args);
            return query.next() ? query.value(0) : QVariant();
        } catch (const DatabaseError &error) {
            QTest::qFail(qPrintable(u"SQL failed: %1\n%2"_s.arg(error.message(), sql)), __FILE__,
                         __LINE__);
            return {};
        }
    }

    /// Stores @p count copies of a webhook event (one transaction); returns the highest id.
    qint64 insertEvents(int count, const QString &payload = testsupport::kTextEvent)
    {
        return value(u"WITH stored AS ("
                     u" INSERT INTO opsdesk.whatsapp_webhook_events"
                     u"    (signature_valid, object, field, payload, raw_body)"
                     u" SELECT true, p ->> 'object',"
                     u"        p -> 'entry' -> 0 -> 'changes' -> 0 ->> 'field',"
                     u"        p, convert_to(p::text, 'UTF8')"
                     u"   FROM (SELECT ?::jsonb AS p) AS s, generate_series(1, ?::int)"
                     u" RETURNING id)"
                     u" SELECT max(id) FROM stored"_s,
                     {payload, count})
            .toLongLong();
    }
    qint64 insertEvent(const QString &payload = testsupport::kTextEvent)
    {
        return insertEvents(1, payload);
    }

    /// A contact and its conversation with our business number; returns the conversation id.
    QString insertConversation(const QString &waId, const QString &name)
    {
        const QString contact = value(u"INSERT INTO opsdesk.contacts (wa_id, profile_name)"
                                      u" VALUES (?, ?) RETURNING id"_s,
                                      {waId, name})
                                    .toString();
        return value(u"INSERT INTO opsdesk.conversations (contact_id, business_phone_id)"
                     u" VALUES (?::uuid, '106540352242922') RETURNING id"_s,
                     {contact})
            .toString();
    }

    /// A text message created @p age ago (an SQL interval); @p status empty for inbound. An
    /// outbound message past queued carries a WhatsApp message id, as one that was sent does.
    QString insertMessage(const QString &conversation, const QString &direction,
                          const QString &body, const QString &status = {},
                          const QString &age = u"0 seconds"_s)
    {
        return value(u"INSERT INTO opsdesk.messages"
                     u"    (conversation_id, direction, kind, body, status, created_at, "
                     u"wa_message_id)"
                     u" VALUES (?::uuid, ?, 'text', ?, nullif(?, ''), now() - ?::interval,"
                     u"         CASE WHEN ? = 'outbound' AND ? NOT IN ('', 'queued')"
                     u"              THEN 'wamid.test.' || gen_random_uuid() END)"
                     u" RETURNING id"_s,
                     {conversation, direction, body, status, age, direction, status})
            .toString();
    }

private:
    Database m_database;
    QString m_name;
    QSqlDatabase m_db;
};

QVariant roleAt(const QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}

/// The model's rows by @p role, top to bottom.
QVariantList column(const QAbstractItemModel &model, int role)
{
    QVariantList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values << roleAt(model, row, role);
    }
    return values;
}

/// Empty when the event ids run strictly newest first (no duplicates); else the first offence.
QString newestFirstViolation(const WebhookEventListModel &model)
{
    for (int row = 1; row < model.rowCount(); ++row) {
        const auto id = [&model](int at) {
            return roleAt(model, at, WebhookEventListModel::EventIdRole).toLongLong();
        };
        if (id(row - 1) <= id(row)) {
            return u"row %1 has event %2, row %3 has event %4"_s.arg(row - 1)
                .arg(id(row - 1))
                .arg(row)
                .arg(id(row));
        }
    }
    return {};
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webhookEventsAppearOnTopAndUpdateInPlace()
    {
        Backend backend(u"models_events"_s);
        Writer writer(backend.config);
        const qint64 oldest = writer.insertEvent();
        const qint64 middle = writer.insertEvent();
        const qint64 newest = writer.insertEvent();

        WebhookEventListModel model(backend.database);
        QAbstractItemModelTester tester(&model, kTesterMode);
        connect(&backend.feed, &ChangeFeed::changes, &model, &WebhookEventListModel::applyChanges);
        QVERIFY(backend.startFeed());
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, kTimeout);
        QCOMPARE(column(model, WebhookEventListModel::EventIdRole),
                 (QVariantList{newest, middle, oldest}));
        QCOMPARE(roleAt(model, 0, WebhookEventListModel::SummaryRole).toString(),
                 u"Text from Sheena Nelson"_s);
        QVERIFY(!model.canFetchMore({})); // three events: there is no next page

        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // A new event arrives: it appears at the top, as one inserted row.
        const qint64 arrived = writer.insertEvent();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, kTimeout);
        QCOMPARE(roleAt(model, 0, WebhookEventListModel::EventIdRole).toLongLong(), arrived);
        QCOMPARE(roleAt(model, 0, WebhookEventListModel::ProcessingLabelRole).toString(),
                 u"Pending"_s);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 0);

        // Processing fails for an older event: its row changes where it is.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        writer.value(u"UPDATE opsdesk.whatsapp_webhook_events"
                     u"   SET processing = 'failed', error = 'x', processed_at = now()"
                     u" WHERE id = ?"_s,
                     {middle});
        QTRY_COMPARE_WITH_TIMEOUT(
            roleAt(model, 2, WebhookEventListModel::ProcessingRole).toString(), u"failed"_s,
            kTimeout);
        QCOMPARE(roleAt(model, 2, WebhookEventListModel::EventIdRole).toLongLong(), middle);
        QCOMPARE(roleAt(model, 2, WebhookEventListModel::ProcessingLabelRole).toString(),
                 u"Failed"_s);
        QCOMPARE(roleAt(model, 2, WebhookEventListModel::ErrorRole).toString(), u"x"_s);
        QCOMPARE(roleAt(model, 1, WebhookEventListModel::ProcessingRole).toString(), u"pending"_s);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), 2);
        QCOMPARE(model.rowCount(), 4);

        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(resets.count(), 0);
    }

    void webhookEventBurstArrivesWithoutReset()
    {
        Backend backend(u"models_burst"_s);
        Writer writer(backend.config);
        writer.insertEvents(10);

        WebhookEventListModel model(backend.database);
        QAbstractItemModelTester tester(&model, kTesterMode);
        connect(&backend.feed, &ChangeFeed::changes, &model, &WebhookEventListModel::applyChanges);
        QVERIFY(backend.startFeed());
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 10, kTimeout);

        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        const qint64 newest = writer.insertEvents(5000); // one transaction

        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5010, 60000);
        QCOMPARE(roleAt(model, 0, WebhookEventListModel::EventIdRole).toLongLong(), newest);
        const QString violation = newestFirstViolation(model);
        QVERIFY2(violation.isEmpty(), qPrintable(violation));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 0);
    }

    void webhookEventsPageByKeyset()
    {
        // No QAbstractItemModelTester in this one: it calls fetchMore() itself after every change
        // (as a view scrolled to the end would), so the pages could not be taken one at a time.
        // webhookEventPagesUnderModelTester() covers paging with the tester attached.
        Backend backend(u"models_paging"_s);
        Writer writer(backend.config);
        const qint64 newest = writer.insertEvents(450);

        WebhookEventListModel model(backend.database);
        connect(&backend.feed, &ChangeFeed::changes, &model, &WebhookEventListModel::applyChanges);
        QVERIFY(backend.startFeed());
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 200, kTimeout);
        QCOMPARE(roleAt(model, 0, WebhookEventListModel::EventIdRole).toLongLong(), newest);
        QVERIFY(model.canFetchMore({}));

        model.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 400, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), kTimeout);
        QVERIFY(model.canFetchMore({}));

        model.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 450, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), kTimeout);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(roleAt(model, 449, WebhookEventListModel::EventIdRole).toLongLong(), newest - 449);
        const QString violation = newestFirstViolation(model);
        QVERIFY2(violation.isEmpty(), qPrintable(violation));

        model.fetchMore({}); // at the end: starts nothing
        QVERIFY(!model.loading());
    }

    void webhookEventPagesUnderModelTester()
    {
        // The tester calls fetchMore() from inside the model's own row signals (after a reset,
        // on rowsAboutToBeInserted and rowsInserted), as views may. Scrolled to the end, every
        // event must still be listed exactly once.
        Backend backend(u"models_paging_tester"_s);
        Writer writer(backend.config);
        writer.insertEvents(450);

        WebhookEventListModel model(backend.database);
        QAbstractItemModelTester tester(&model, kTesterMode);
        connect(&backend.feed, &ChangeFeed::changes, &model, &WebhookEventListModel::applyChanges);
        QVERIFY(backend.startFeed());
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0 && !model.loading(), kTimeout);
        for (int page = 0; page < 10 && model.canFetchMore({}); ++page) {
            model.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), kTimeout);
        }
        QVERIFY(!model.canFetchMore({}));
        const QString violation = newestFirstViolation(model);
        QVERIFY2(violation.isEmpty(), qPrintable(violation));
        QCOMPARE(model.rowCount(), 450);
    }

    void conversationsPageByKeyset()
    {
        // Without the tester for the same reason as webhookEventsPageByKeyset().
        Backend backend(u"models_conversation_paging"_s);
        Writer writer(backend.config);
        // 150 conversations, last active 0.4 ms apart (PostgreSQL keeps microseconds), from a
        // whole second + 0.9 ms on: the 100th (the last of the first page) is at x.xx0900 s and
        // the 101st at x.xx0500 s, inside the same millisecond.
        writer.value(uR"(
WITH contact AS (
    INSERT INTO opsdesk.contacts (wa_id, profile_name)
    SELECT '1650555' || lpad(g::text, 4, '0'), 'Customer ' || g FROM generate_series(1, 150) AS g
    RETURNING id, right(wa_id, 4)::int AS n)
INSERT INTO opsdesk.conversations (contact_id, business_phone_id, last_message_at,
                                   last_message_preview, last_message_direction)
SELECT id, '106540352242922',
       date_trunc('second', now()) - interval '1 minute' + interval '900 microseconds'
           - n * interval '400 microseconds',
       'Hello', 'inbound'
  FROM contact)"_s);

        ConversationListModel model(backend.database);
        connect(&backend.feed, &ChangeFeed::changes, &model, &ConversationListModel::applyChanges);
        QVERIFY(backend.startFeed());
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 100, kTimeout);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading() && !model.canFetchMore({}), kTimeout);

        // Scrolled to the end, the user has seen every conversation exactly once. (The order of
        // two conversations active within the same millisecond is not something anyone sees.)
        QStringList names;
        for (const QVariant &name : column(model, ConversationListModel::ContactNameRole)) {
            names << name.toString();
        }
        QStringList expected;
        for (int n = 1; n <= 150; ++n) {
            expected << u"Customer %1"_s.arg(n);
        }
        names.sort();
        expected.sort();
        QCOMPARE(names, expected);
    }

    void conversationMovesToTopKeepingSelection()
    {
        Backend backend(u"models_conversations"_s);
        Writer writer(backend.config);
        const QString sheena = writer.insertConversation(u"16505551234"_s, u"Sheena Nelson"_s);
        writer.insertMessage(sheena, u"inbound"_s, u"Hello"_s, {}, u"3 hours"_s);
        const QString dan = writer.insertConversation(u"972541234567"_s, u"Dan Levi"_s);
        writer.insertMessage(dan, u"inbound"_s, u"Shalom"_s, {}, u"1 hour"_s);
        const QString priya = writer.insertConversation(u"447911123456"_s, u"Priya Shah"_s);
        writer.insertMessage(priya, u"inbound"_s, u"Hi there"_s, {}, u"2 hours"_s);

        ConversationListModel model(backend.database);
        QAbstractItemModelTester tester(&model, kTesterMode);
        connect(&backend.feed, &ChangeFeed::changes, &model, &ConversationListModel::applyChanges);
        QVERIFY(backend.startFeed());
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, kTimeout);
        QCOMPARE(column(model, ConversationListModel::ConversationIdRole),
                 (QVariantList{dan, priya, sheena}));

        // The user has Sheena's conversation selected, at the bottom of the list.
        const QPersistentModelIndex selected(model.index(2, 0));
        QCOMPARE(selected.data(ConversationListModel::ConversationIdRole).toString(), sheena);
        QCOMPARE(selected.data(ConversationListModel::UnreadCountRole).toInt(), 1);

        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        // Sheena writes again: her conversation moves to the top, and stays selected.
        writer.insertMessage(sheena, u"inbound"_s, u"Is my order on its way?"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            roleAt(model, 0, ConversationListModel::ConversationIdRole).toString(), sheena,
            kTimeout);
        QCOMPARE(column(model, ConversationListModel::ConversationIdRole),
                 (QVariantList{sheena, dan, priya}));
        QCOMPARE(roleAt(model, 0, ConversationListModel::PreviewRole).toString(),
                 u"Is my order on its way?"_s);
        QCOMPARE(roleAt(model, 0, ConversationListModel::UnreadCountRole).toInt(), 2);
        QCOMPARE(roleAt(model, 0, ConversationListModel::PreviewIsOutboundRole).toBool(), false);
        QCOMPARE(roleAt(model, 0, ConversationListModel::WindowOpenRole).toBool(), true);

        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.first().at(1).toInt(), 2); // source start
        QCOMPARE(moved.first().at(2).toInt(), 2); // source end
        QCOMPARE(moved.first().at(4).toInt(), 0); // destination row
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(resets.count(), 0);

        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), 0);
        QCOMPARE(selected.data(ConversationListModel::ConversationIdRole).toString(), sheena);

        // Her WhatsApp profile name changes: the row updates where it is.
        writer.value(u"UPDATE opsdesk.contacts SET profile_name = 'Sheena Nelson-Moore'"
                     u" WHERE wa_id = '16505551234'"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            roleAt(model, 0, ConversationListModel::ContactNameRole).toString(),
            u"Sheena Nelson-Moore"_s, kTimeout);
        QCOMPARE(roleAt(model, 0, ConversationListModel::ContactPhoneRole).toString(),
                 u"+1 650 555 1234"_s);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 0);
    }

    void threadTicksFollowDeliveryStatus()
    {
        Backend backend(u"models_thread"_s);
        Writer writer(backend.config);
        const QString sheena = writer.insertConversation(u"16505551234"_s, u"Sheena Nelson"_s);
        const QString question = writer.insertMessage(
            sheena, u"inbound"_s, u"Is the blue one in stock?"_s, {}, u"1 hour"_s);
        const QString dan = writer.insertConversation(u"972541234567"_s, u"Dan Levi"_s);
        writer.insertMessage(dan, u"inbound"_s, u"Shalom"_s, {}, u"1 hour"_s);

        MessageListModel model(backend.database);
        QAbstractItemModelTester tester(&model, kTesterMode);
        connect(&backend.feed, &ChangeFeed::changes, &model, &MessageListModel::applyChanges);
        QVERIFY(backend.startFeed());
        model.setConversationId(sheena);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, kTimeout);
        QCOMPARE(roleAt(model, 0, MessageListModel::MessageIdRole).toString(), question);
        QCOMPARE(model.contactName(), u"Sheena Nelson"_s);
        QVERIFY(model.windowOpen());

        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // Our reply is sent: one tick.
        const QString reply =
            writer.insertMessage(sheena, u"outbound"_s, u"Yes, it is."_s, u"sent"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, kTimeout);
        QCOMPARE(roleAt(model, 1, MessageListModel::MessageIdRole).toString(), reply);
        QCOMPARE(roleAt(model, 1, MessageListModel::IsOutboundRole).toBool(), true);
        QCOMPARE(roleAt(model, 1, MessageListModel::TicksRole).toString(), u"✓"_s);
        QCOMPARE(roleAt(model, 1, MessageListModel::IsReadRole).toBool(), false);

        // Delivered: two ticks, not yet read.
        writer.value(u"UPDATE opsdesk.messages SET status = 'delivered', status_at = now()"
                     u" WHERE id = ?::uuid"_s,
                     {reply});
        QTRY_COMPARE_WITH_TIMEOUT(roleAt(model, 1, MessageListModel::TicksRole).toString(), u"✓✓"_s,
                                  kTimeout);
        QCOMPARE(roleAt(model, 1, MessageListModel::StatusLabelRole).toString(), u"Delivered"_s);
        QCOMPARE(roleAt(model, 1, MessageListModel::IsReadRole).toBool(), false);

        // Read: the ticks turn blue.
        writer.value(u"UPDATE opsdesk.messages SET status = 'read', status_at = now()"
                     u" WHERE id = ?::uuid"_s,
                     {reply});
        QTRY_COMPARE_WITH_TIMEOUT(roleAt(model, 1, MessageListModel::IsReadRole).toBool(), true,
                                  kTimeout);
        QCOMPARE(roleAt(model, 1, MessageListModel::TicksRole).toString(), u"✓✓"_s);
        QCOMPARE(roleAt(model, 1, MessageListModel::StatusLabelRole).toString(), u"Read"_s);
        QCOMPARE(roleAt(model, 1, MessageListModel::MessageIdRole).toString(), reply);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), 1);

        // A message in Dan's conversation, then one in Sheena's: only Sheena's shows up. The feed
        // delivers in commit order, so once hers is shown, Dan's has been handled.
        const QString elsewhere = writer.insertMessage(dan, u"inbound"_s, u"Any news?"_s);
        const QString thanks = writer.insertMessage(sheena, u"inbound"_s, u"Great, thanks!"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, kTimeout);
        QCOMPARE(column(model, MessageListModel::MessageIdRole),
                 (QVariantList{question, reply, thanks}));
        QVERIFY(!column(model, MessageListModel::MessageIdRole).contains(elsewhere));

        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 0);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
