// The audit trail over a real, throwaway PostgreSQL: the service's filters and keyset paging,
// search and filter boxes fed hostile input (results exactly right, nothing executed), the CSV
// export (RFC 4180 quoting, spreadsheet formulas neutralised, streamed in batches, cancellable),
// the live model under QAbstractItemModelTester (matching entries appear at the top, nothing
// else), and the real Audit trail page offscreen.

#include "auditlog.h"
#include "auditlogmodel.h"
#include "database.h"
#include "workspace.h"

#include "messagerecorder.h"
#include "qmlharness.h"
#include "testconnection.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

Q_IMPORT_QML_PLUGIN(OpsDeskModelsPlugin)
Q_IMPORT_QML_PLUGIN(OpsDeskUiPlugin)

using namespace Qt::StringLiterals;
using namespace opsdesk;
using testsupport::findItem;
using testsupport::Session;

namespace {

constexpr int kTimeout = 15000;
constexpr auto kTesterMode = QAbstractItemModelTester::FailureReportingMode::QtTest;

using testsupport::Connection;

/// A sign-in name not used before in this cluster (roles are cluster-wide; every test makes
/// its own people).
QString uniqueRole(const QString &name)
{
    static int counter = 0;
    return u"%1.%2"_s.arg(name).arg(++counter);
}

/// An audit entry written directly (as the superuser, the way only the triggers otherwise can).
struct Seed {
    qint64 atUs = 0;
    QString actor;
    QString action;
    QString resourceType;
    QString resourceId;
    QJsonObject changes;
    QString clientAddr;
    QString applicationName;
    QString onBehalfOf;
};

Seed seed(qint64 atUs, const QString &actor, const QString &action, const QString &resourceType,
          const QString &resourceId, const QJsonObject &changes, const QString &clientAddr = {},
          const QString &applicationName = {}, const QString &onBehalfOf = {})
{
    return Seed{atUs,    actor,      action,          resourceType, resourceId,
                changes, clientAddr, applicationName, onBehalfOf};
}

qint64 insertEntry(Connection &connection, const Seed &seed)
{
    return connection
        .value(u"INSERT INTO opsdesk.audit_log (at, actor, on_behalf_of, action, resource_type,"
               u"    resource_id, changes, client_addr, application_name)"
               u" VALUES ('epoch'::timestamptz + ?::bigint * interval '1 microsecond', ?,"
               u"    nullif(?, ''), ?, ?, nullif(?, ''), ?::jsonb, nullif(?, '')::inet,"
               u"    nullif(?, ''))"
               u" RETURNING id"_s,
               {seed.atUs, seed.actor, seed.onBehalfOf, seed.action, seed.resourceType,
                seed.resourceId,
                QString::fromUtf8(QJsonDocument(seed.changes).toJson(QJsonDocument::Compact)),
                seed.clientAddr, seed.applicationName})
        .toLongLong();
}

/// A whole second, a day ago, in microseconds since the epoch.
qint64 dayAgoUs()
{
    return (QDateTime::currentSecsSinceEpoch() - 86400) * 1000000;
}

QDateTime fromUs(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC);
}

QList<qint64> idsOf(const QList<auditlog::Entry> &entries)
{
    QList<qint64> ids;
    for (const auto &entry : entries) {
        ids << entry.id;
    }
    return ids;
}

/// Every entry as the database holds it, for the test's own matching (the oracle).
struct Stored {
    qint64 id = 0;
    QStringList fields; ///< actor, on_behalf_of, action, resource_type, resource_id, changes,
                        ///< application_name; NULL as a null QString
    QJsonObject changes;
};

QList<Stored> storedEntries(Connection &superuser)
{
    QList<Stored> all;
    for (const QVariantList &row :
         superuser.rows(u"SELECT id, actor, on_behalf_of, action, resource_type, resource_id,"
                        u"       changes::text, application_name"
                        u"  FROM opsdesk.audit_log ORDER BY at DESC, id DESC"_s)) {
        Stored entry;
        entry.id = row[0].toLongLong();
        for (int i = 1; i < row.size(); ++i) {
            entry.fields << (row[i].isNull() ? QString() : row[i].toString());
        }
        entry.changes = QJsonDocument::fromJson(row[6].toString().toUtf8()).object();
        all << entry;
    }
    return all;
}

/// Every string in @p value (object keys included), decoded.
void collectStrings(const QJsonValue &value, QStringList &out)
{
    if (value.isString()) {
        out << value.toString();
    } else if (value.isArray()) {
        for (const QJsonValue item : value.toArray()) {
            collectStrings(item, out);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            out << it.key();
            collectStrings(it.value(), out);
        }
    }
}

/// What a person expects free text to find: @p needle written literally (ignoring the case of
/// letters) somewhere in the entry: in its fields joined by spaces as the search text joins
/// them, or inside one of the changed values as the person would read it (JSON decoded).
bool textMatches(const Stored &entry, const QString &needle)
{
    QStringList present;
    for (const QString &field : entry.fields) {
        if (!field.isNull()) {
            present << field;
        }
    }
    if (present.join(u' ').contains(needle, Qt::CaseInsensitive)) {
        return true;
    }
    QStringList strings;
    collectStrings(entry.changes, strings);
    return std::any_of(strings.cbegin(), strings.cend(), [&needle](const QString &text) {
        return text.contains(needle, Qt::CaseInsensitive);
    });
}

/// A minimal RFC 4180 reader for checking the export: records of fields, quotes undone.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !record.isEmpty()) {
        record << field;
        records << record;
    }
    return records;
}

const QString kLongBody = [] {
    QString body;
    for (int i = 0; body.size() < 3000; ++i) {
        body += u"line %1 of a long complaint about parcel #%2; "_s.arg(i).arg(i * 7);
    }
    return body;
}();

/// Entries whose text is hostile on purpose, plus ordinary ones around them. Returns their ids
/// by name.
QHash<QString, qint64> seedHostile(Connection &superuser, qint64 base)
{
    QHash<QString, qint64> ids;
    ids[u"obrien"_s] = insertEntry(
        superuser, seed(base + 1, u"opsdesk_service"_s, u"insert"_s, u"contacts"_s,
                        u"8d1c7a52-6f7e-4b1e-9a51-0d6f4f2a7c11"_s,
                        QJsonObject{{u"id"_s, u"8d1c7a52-6f7e-4b1e-9a51-0d6f4f2a7c11"_s},
                                    {u"wa_id"_s, u"353861234567"_s},
                                    {u"profile_name"_s, u"O'Brien \"Bob\" 100% \\ dr_op"_s}},
                        u"10.1.2.3"_s, u"opsdeskd"_s));
    ids[u"quote"_s] = insertEntry(
        superuser, seed(base + 2, u"sam.support"_s, u"insert"_s, u"messages"_s,
                        u"4b0f2a55-2d62-4f0c-8d3b-5c7f0e9a1b22"_s,
                        QJsonObject{{u"body"_s, u"say \"hi\" to 50% off_now\tthen\nbye"_s},
                                    {u"kind"_s, u"note"_s}},
                        u"10.1.2.4"_s, u"opsdesk"_s));
    ids[u"plain"_s] = insertEntry(
        superuser,
        seed(base + 3, u"sam.support"_s, u"insert"_s, u"messages"_s,
             u"7c1e9b33-9a0d-4e5f-b2c1-3d4e5f6a7b33"_s,
             QJsonObject{{u"body"_s, u"50 off now; 500 offXnow"_s}, {u"kind"_s, u"text"_s}},
             u"10.1.2.4"_s, u"opsdesk"_s));
    ids[u"drop"_s] = insertEntry(
        superuser,
        seed(base + 4, u"sam.support"_s, u"update"_s, u"conversations"_s,
             u"2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c44"_s,
             QJsonObject{
                 {u"labels"_s,
                  QJsonObject{{u"old"_s, QJsonArray{}},
                              {u"new"_s, QJsonArray{u"'; DROP TABLE opsdesk.audit_log; --"_s}}}}},
             u"10.1.2.4"_s, u"opsdesk"_s));
    ids[u"weirdId"_s] = insertEntry(
        superuser, seed(base + 5, u"opsdesk_service"_s, u"delete"_s, u"message_templates"_s,
                        u"id'with\"quotes\\and%_"_s, QJsonObject{{u"name"_s, u"order_update"_s}},
                        QString(), u"=HYPERLINK(\"http://evil.example\",\"x\")"_s));
    ids[u"replacement"_s] = insertEntry(
        superuser,
        seed(base + 6, u"opsdesk_service"_s, u"update"_s, u"contacts"_s,
             u"9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c66"_s,
             QJsonObject{{u"profile_name"_s, QJsonObject{{u"old"_s, u"Caf\uFFFD \uFFFD\uFFFD"_s},
                                                         {u"new"_s, u"Café שלום 🙂"_s}}}},
             u"10.1.2.5"_s, u"opsdeskd"_s));
    ids[u"long"_s] = insertEntry(
        superuser, seed(base + 7, u"sam.support"_s, u"insert"_s, u"messages"_s,
                        u"1f2e3d4c-5b6a-4978-8695-a4b3c2d1e077"_s,
                        QJsonObject{{u"body"_s, kLongBody}}, u"10.1.2.4"_s, u"opsdesk"_s));
    ids[u"behalf"_s] =
        insertEntry(superuser, seed(base + 8, u"opsdesk_service"_s, u"insert"_s, u"messages"_s,
                                    u"0a1b2c3d-4e5f-4061-8273-94a5b6c7d888"_s,
                                    QJsonObject{{u"body"_s, u"Your order has shipped"_s}},
                                    u"10.9.9.9"_s, u"opsdeskd"_s, u"api-key:odk_1a2b3c4d"_s));
    return ids;
}

/// Hostile and awkward input for every search and filter box.
QStringList hostileNeedles()
{
    QStringList needles{u"'"_s,
                        u"''"_s,
                        u"\""_s,
                        u"\\"_s,
                        u"%"_s,
                        u"_"_s,
                        u"%%"_s,
                        u"\\%"_s,
                        u"50%"_s,
                        u"off_now"_s,
                        u"o'brien"_s,
                        u"O'Brien \"Bob\" 100% \\ dr_op"_s,
                        u"say \"hi\""_s,
                        u"\"hi\" to"_s,
                        u"'; DROP TABLE opsdesk.audit_log; --"_s,
                        u"\"; DROP TABLE opsdesk.audit_log; --"_s,
                        u"'); DELETE FROM opsdesk.audit_log; --"_s,
                        u"') OR ('1'='1"_s,
                        u"%' OR '1'='1"_s,
                        u"\\'; SELECT pg_sleep(30); --"_s,
                        u"$1"_s,
                        u"?"_s,
                        u"$$"_s,
                        u"/*"_s,
                        u"E'\\x00'"_s,
                        u"\t"_s,
                        u"\n"_s,
                        u"off_now\tthen"_s,
                        u"a_b"_s,
                        u"dr_op"_s,
                        u"id'with\"quotes\\and%_"_s,
                        u"=HYPERLINK("_s,
                        u"api-key:odk_1a2b3c4d"_s,
                        u"  "_s,
                        u"Café שלום 🙂"_s,
                        u"🙂"_s,
                        QString(10000, u'x'),
                        kLongBody.mid(200, 2500),
                        QString::fromUtf8("Caf\xe9 \xff\xfe"), // Latin-1 bytes read as UTF-8
                        QString::fromUtf8("\xc3\x28\xa0\xa1"), // invalid sequences
                        QString::fromLatin1("caf\xe9"),        // valid, no match
                        u"a"_s + QChar(u'\0') + u"b"_s,        // NUL
                        QString(QChar(0xD800)) + u"x"_s};      // unpaired surrogate
    return needles;
}

/// Runs @p change (filter edits) and waits until the model shows the new query's result.
bool queried(AuditLogModel &model, const std::function<void()> &change)
{
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    change();
    return QTest::qWaitFor([&] { return !reset.isEmpty() && !model.loading(); }, kTimeout);
}

QVariant roleAt(const QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Basic"_s);
        testsupport::startRecordingMessages();
    }
    void cleanupTestCase() { testsupport::stopRecordingMessages(); }
    void init() { testsupport::takeMessages(); }
    void cleanup() { QGuiApplication::setLayoutDirection(Qt::LeftToRight); }

    void filtersMatchExactlyAndPagesByKeyset()
    {
        const auto config = testsupport::freshDatabase(u"audit_filters"_s);
        const QString mia = uniqueRole(u"mia"_s);
        const QString alice = uniqueRole(u"alice"_s);
        const auto manager = testsupport::createPerson(config, mia, u"manager"_s);
        const auto support = testsupport::createPerson(config, uniqueRole(u"sam"_s), u"support"_s);
        testsupport::createPerson(config, alice, u"admin"_s);
        Connection superuser(config);
        superuser.value(
            u"UPDATE opsdesk.admin_users SET display_name = 'Alice Admin' WHERE db_role = ?"_s,
            {alice});

        // 240 entries from a bot, three to an instant (ties broken by id), 400 µs apart so that
        // page boundaries fall inside a millisecond; and a few telling ones around them.
        const qint64 base = dayAgoUs();
        superuser.value(uR"(
INSERT INTO opsdesk.audit_log (at, actor, action, resource_type, resource_id, changes)
SELECT 'epoch'::timestamptz + (?::bigint - (g / 3) * 400) * interval '1 microsecond', 'bot', 'insert',
       'messages', gen_random_uuid()::text, jsonb_build_object('body', 'hello ' || g)
  FROM generate_series(1, 240) AS g)"_s,
                        {base});
        const qint64 resolved = insertEntry(
            superuser, seed(base + 1000, alice, u"update"_s, u"conversations"_s,
                            u"5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f"_s,
                            QJsonObject{{u"status"_s, QJsonObject{{u"old"_s, u"open"_s},
                                                                  {u"new"_s, u"resolved"_s}}}},
                            u"10.0.0.5"_s, u"opsdesk"_s));
        const qint64 deleted = insertEntry(
            superuser, seed(base + 2000, alice, u"delete"_s, u"messages"_s,
                            u"6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s,
                            QJsonObject{{u"body"_s, u"oops"_s}}, u"10.0.0.5"_s, u"opsdesk"_s));
        const qint64 atFrom = insertEntry(superuser, seed(base + 3000, u"bot"_s, u"update"_s,
                                                          u"contacts"_s, u"k1"_s, QJsonObject{}));
        const qint64 atTo = insertEntry(superuser, seed(base + 4000, u"bot"_s, u"update"_s,
                                                        u"contacts"_s, u"k1"_s, QJsonObject{}));

        Connection reader(manager);
        const auto all =
            superuser.ids(u"SELECT id FROM opsdesk.audit_log ORDER BY at DESC, id DESC"_s);
        QVERIFY(all.size() > 240);

        // Newest first, everything once, whatever the page size.
        QCOMPARE(idsOf(auditlog::fetchPage(reader.db(), {}, {}, 10000)), all);
        for (const int pageSize : {1, 7, 100}) {
            QList<qint64> paged;
            auditlog::Cursor cursor;
            for (int guard = 0; guard < 1000; ++guard) {
                const auto page = auditlog::fetchPage(reader.db(), {}, cursor, pageSize);
                if (page.isEmpty()) {
                    break;
                }
                paged << idsOf(page);
                cursor = {page.last().atUs, page.last().id};
            }
            QCOMPARE(paged, all);
        }

        // Each filter, and the count agrees.
        const auto check = [&](const auditlog::Filter &filter, const QString &where,
                               const QVariantList &args) {
            const auto expected = superuser.ids(u"SELECT id FROM opsdesk.audit_log WHERE "_s +
                                                    where + u" ORDER BY at DESC, id DESC"_s,
                                                args);
            QCOMPARE(idsOf(auditlog::fetchPage(reader.db(), filter, {}, 10000)), expected);
            QCOMPARE(auditlog::count(reader.db(), filter), qint64(expected.size()));
        };
        check({.actor = alice}, u"actor = ?"_s, {alice});
        check({.action = u"update"_s}, u"action = 'update'"_s, {});
        check({.resourceType = u"contacts"_s}, u"resource_type = 'contacts'"_s, {});
        check({.resourceId = u"k1"_s}, u"resource_id = 'k1'"_s, {});
        check({.actor = alice, .action = u"delete"_s}, u"id = ?"_s, {deleted});
        QCOMPARE(idsOf(auditlog::fetchPage(reader.db(), {.actor = alice}, {}, 10)),
                 (QList<qint64>{deleted, resolved}));

        // The range includes its start and excludes its end, to the millisecond.
        const auditlog::Filter range{.from = fromUs(base + 3000), .to = fromUs(base + 4000)};
        QCOMPARE(idsOf(auditlog::fetchPage(reader.db(), range, {}, 100)), QList<qint64>{atFrom});
        const auditlog::Filter since{.from = fromUs(base + 3000)};
        QVERIFY(idsOf(auditlog::fetchPage(reader.db(), since, {}, 1000)).contains(atTo));
        QVERIFY(!idsOf(auditlog::fetchPage(reader.db(), since, {}, 1000)).contains(deleted));

        // Who, from where, in which program.
        const auto entries = auditlog::fetchPage(
            reader.db(), {.resourceId = u"5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f"_s}, {}, 10);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].actor, alice);
        QCOMPARE(entries[0].actorName, u"Alice Admin"_s);
        QCOMPARE(entries[0].clientAddr, u"10.0.0.5"_s);
        QCOMPARE(entries[0].applicationName, u"opsdesk"_s);
        QCOMPARE(entries[0].atUs, base + 1000);
        QCOMPARE(QJsonDocument::fromJson(entries[0].changes.toUtf8()).object(),
                 (QJsonObject{{u"status"_s,
                               QJsonObject{{u"old"_s, u"open"_s}, {u"new"_s, u"resolved"_s}}}}));

        // Live refetches re-apply the filter on the server.
        QCOMPARE(idsOf(auditlog::fetchByIds(reader.db(), {.action = u"delete"_s},
                                            {resolved, deleted, atFrom})),
                 QList<qint64>{deleted});
        QVERIFY(auditlog::fetchByIds(reader.db(), {.actor = u"nobody"_s}, {resolved}).isEmpty());

        // Filter choices: people by name, then other roles that acted; tables that were changed.
        const auto actors = auditlog::fetchActors(reader.db());
        QStringList roles;
        for (const auto &actor : actors) {
            roles << actor.dbRole;
            if (actor.dbRole == alice) {
                QCOMPARE(actor.displayName, u"Alice Admin"_s);
            }
        }
        QVERIFY2(roles.contains(alice) && roles.contains(u"bot"_s) && roles.contains(mia),
                 qPrintable(roles.join(u", "_s)));
        QVERIFY(roles.indexOf(alice) < roles.indexOf(u"bot"_s));
        QCOMPARE(auditlog::fetchResourceTypes(reader.db()),
                 (QStringList{u"admin_users"_s, u"contacts"_s, u"conversations"_s, u"messages"_s}));

        // Support may not read the trail at all: an error, not an empty list.
        Connection supportReader(support);
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 auditlog::fetchPage(supportReader.db(), {}, {}, 10));
        // Should the view ever be granted to support by mistake, it still shows them nothing.
        superuser.value(u"GRANT SELECT ON opsdesk.audit_trail TO opsdesk_support"_s);
        QCOMPARE(auditlog::count(supportReader.db(), {}), qint64(0));
        QVERIFY(auditlog::fetchResourceTypes(supportReader.db()).isEmpty());
    }

    void triggersRecordWhoWhatWhere()
    {
        const auto config = testsupport::freshDatabase(u"audit_triggers"_s);
        const auto manager = testsupport::createPerson(config, uniqueRole(u"mia"_s), u"manager"_s);
        const QString sam = uniqueRole(u"sam"_s);
        auto support = testsupport::createPerson(config, sam, u"support"_s);
        support.applicationName = u"opsdesk-test"_s;
        Connection superuser(config);
        const QString contact =
            superuser
                .value(u"INSERT INTO opsdesk.contacts (wa_id, profile_name)"
                       u" VALUES ('16505551234', 'Sheena Nelson') RETURNING id"_s)
                .toString();
        const QString conversation =
            superuser
                .value(u"INSERT INTO opsdesk.conversations (contact_id, business_phone_id)"
                       u" VALUES (?::uuid, '106540352242922') RETURNING id"_s,
                       {contact})
                .toString();
        const QString message =
            superuser
                .value(u"INSERT INTO opsdesk.messages (conversation_id, direction, kind, body)"
                       u" VALUES (?::uuid, 'inbound', 'text', 'Hello') RETURNING id"_s,
                       {conversation})
                .toString();

        // Sam resolves the conversation, as himself.
        {
            Connection sam(support);
            sam.value(u"UPDATE opsdesk.conversations SET status = 'resolved' WHERE id = ?::uuid"
                      u" RETURNING id"_s,
                      {conversation});
        }

        Connection reader(manager);
        const auto entries = auditlog::fetchPage(reader.db(),
                                                 {.actor = sam,
                                                  .action = u"update"_s,
                                                  .resourceType = u"conversations"_s,
                                                  .resourceId = conversation},
                                                 {}, 10);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].actorName, sam); // createPerson names people by role
        QCOMPARE(entries[0].applicationName, u"opsdesk-test"_s);
        QCOMPARE(entries[0].clientAddr, u"127.0.0.1"_s);
        const QJsonObject changes = QJsonDocument::fromJson(entries[0].changes.toUtf8()).object();
        QCOMPARE(changes.value(u"status"_s).toObject(),
                 (QJsonObject{{u"old"_s, u"open"_s}, {u"new"_s, u"resolved"_s}}));

        // Where a click leads.
        QCOMPARE(auditlog::conversationFor(reader.db(), u"conversations"_s, conversation),
                 conversation);
        QCOMPARE(auditlog::conversationFor(reader.db(), u"messages"_s, message), conversation);
        QCOMPARE(auditlog::conversationFor(reader.db(), u"contacts"_s, contact), conversation);
        QCOMPARE(auditlog::conversationFor(reader.db(), u"conversations"_s,
                                           QUuid::createUuid().toString(QUuid::WithoutBraces)),
                 QString());
        QCOMPARE(auditlog::conversationFor(reader.db(), u"messages"_s, u"'; DROP TABLE x; --"_s),
                 QString());
        QCOMPARE(auditlog::conversationFor(reader.db(), u"api_keys"_s, conversation), QString());
    }

    void hostileSearchAndFilterInputIsMatchedLiterally_data()
    {
        QTest::addColumn<bool>("asSuperuser");
        QTest::newRow("as a manager") << false;
        // The superuser could drop the table: proof that nothing typed is ever executed.
        QTest::newRow("as the superuser") << true;
    }

    void hostileSearchAndFilterInputIsMatchedLiterally()
    {
        QFETCH(bool, asSuperuser);
        const auto config = testsupport::freshDatabase(u"audit_hostile"_s);
        const auto manager = testsupport::createPerson(config, uniqueRole(u"mia"_s), u"manager"_s);
        Connection superuser(config);
        superuser.value(u"CREATE TABLE public.canary (x int)"_s);
        const qint64 base = dayAgoUs();
        const auto seeded = seedHostile(superuser, base);
        const QList<Stored> stored = storedEntries(superuser);
        const qint64 before =
            superuser.value(u"SELECT count(*) FROM opsdesk.audit_log"_s).toLongLong();

        Connection reader(asSuperuser ? config : manager);
        const auto expectedWhere = [&stored](const std::function<bool(const Stored &)> &matches) {
            QList<qint64> ids;
            for (const Stored &entry : stored) {
                if (matches(entry)) {
                    ids << entry.id;
                }
            }
            return ids;
        };

        for (const QString &needle : hostileNeedles()) {
            const QString label = needle.size() > 60
                                      ? needle.left(60) + u"… (%1 chars)"_s.arg(needle.size())
                                      : needle;
            try {
                // Free text: exactly the entries that contain it, literally.
                const auto found =
                    idsOf(auditlog::fetchPage(reader.db(), {.text = needle}, {}, 1000));
                const auto expected = expectedWhere(
                    [&needle](const Stored &entry) { return textMatches(entry, needle); });
                QVERIFY2(found == expected, qPrintable(u"search %1: found %2, expected %3"_s.arg(
                                                label, QString::fromLatin1(QTest::toString(found)),
                                                QString::fromLatin1(QTest::toString(expected)))));
                QCOMPARE(auditlog::count(reader.db(), {.text = needle}), qint64(expected.size()));

                // Exact filters: only an identical value matches.
                const std::pair<int, auditlog::Filter> exact[] = {{0, {.actor = needle}},
                                                                  {2, {.action = needle}},
                                                                  {3, {.resourceType = needle}},
                                                                  {4, {.resourceId = needle}}};
                for (const auto &[field, filter] : exact) {
                    const auto equal = expectedWhere(
                        [&](const Stored &entry) { return entry.fields[field] == needle; });
                    QVERIFY2(idsOf(auditlog::fetchPage(reader.db(), filter, {}, 1000)) == equal,
                             qPrintable(u"filter field %1 = %2"_s.arg(field).arg(label)));
                }
                // Live refetches apply the same matching.
                QList<qint64> everyId;
                for (const Stored &entry : stored) {
                    everyId << entry.id;
                }
                auto live = idsOf(auditlog::fetchByIds(reader.db(), {.text = needle}, everyId));
                std::sort(live.begin(), live.end(), std::greater<>());
                auto sortedExpected = expected;
                std::sort(sortedExpected.begin(), sortedExpected.end(), std::greater<>());
                QVERIFY2(live == sortedExpected, qPrintable(u"live refetch of %1"_s.arg(label)));
            } catch (const DatabaseError &error) {
                QFAIL(
                    qPrintable(u"input %1 caused an SQL error: %2"_s.arg(label, error.message())));
            }
        }

        // The telling cases, spelled out.
        const auto search = [&reader](const QString &text) {
            return idsOf(auditlog::fetchPage(reader.db(), {.text = text}, {}, 1000));
        };
        QCOMPARE(search(u"50%"_s), QList<qint64>{seeded[u"quote"_s]});     // not "500"
        QCOMPARE(search(u"off_now"_s), QList<qint64>{seeded[u"quote"_s]}); // not "offXnow"
        QCOMPARE(search(u"say \"hi\""_s), QList<qint64>{seeded[u"quote"_s]});
        QCOMPARE(search(u"O'BRIEN \"bob\" 100% \\ DR_OP"_s), QList<qint64>{seeded[u"obrien"_s]});
        QCOMPARE(search(u"off_now\tthen"_s), QList<qint64>{seeded[u"quote"_s]});
        QCOMPARE(search(u"'; DROP TABLE opsdesk.audit_log; --"_s),
                 QList<qint64>{seeded[u"drop"_s]});
        QCOMPARE(search(kLongBody.mid(200, 2500)), QList<qint64>{seeded[u"long"_s]});
        QCOMPARE(search(QString::fromUtf8("Caf\xe9 \xff\xfe")),
                 QList<qint64>{seeded[u"replacement"_s]});
        QCOMPARE(search(u"Café שלום 🙂"_s), QList<qint64>{seeded[u"replacement"_s]});
        QCOMPARE(search(u"odk_1a2b3c4d"_s), QList<qint64>{seeded[u"behalf"_s]});
        QVERIFY(search(QString(10000, u'x')).isEmpty());
        QCOMPARE(idsOf(auditlog::fetchPage(reader.db(), {.resourceId = u"id'with\"quotes\\and%_"_s},
                                           {}, 10)),
                 QList<qint64>{seeded[u"weirdId"_s]});
        QVERIFY(idsOf(auditlog::fetchPage(reader.db(), {.resourceId = u"id'with\"quotes\\and%"_s},
                                          {}, 10))
                    .isEmpty()); // no wildcard meaning in exact filters either

        // Nothing was executed: every entry and the canary are still there.
        QCOMPARE(superuser.value(u"SELECT count(*) FROM opsdesk.audit_log"_s).toLongLong(), before);
        QVERIFY(!superuser.value(u"SELECT to_regclass('public.canary')::text"_s).isNull());
        QVERIFY(!superuser.value(u"SELECT to_regclass('opsdesk.audit_log')::text"_s).isNull());
    }

    void csvExportQuotesNeutralisesAndStreams()
    {
        const auto config = testsupport::freshDatabase(u"audit_csv"_s);
        const auto manager = testsupport::createPerson(config, uniqueRole(u"mia"_s), u"manager"_s);
        Connection superuser(config);
        const qint64 base = dayAgoUs() + 123456; // not on a millisecond: microseconds must survive
        const auto seeded = seedHostile(superuser, base);
        const qint64 formula = insertEntry(
            superuser,
            seed(base + 20, u"bot"_s, u"update"_s, u"contacts"_s, u"-2+3"_s,
                 QJsonObject{{u"profile_name"_s,
                              QJsonObject{{u"old"_s, u"=1+1"_s}, {u"new"_s, u"@SUM(A1)"_s}}}},
                 u"10.0.0.7"_s, u"+cmd|' /C calc'!A0"_s));

        Connection reader(manager);
        const auditlog::Filter filter{.from = fromUs(base), .to = fromUs(base + 1000)};
        const qint64 total = auditlog::count(reader.db(), filter);
        QCOMPARE(total, qint64(seeded.size() + 1));

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QList<std::pair<qint64, qint64>> progress;
        const auto result = auditlog::exportCsv(
            reader.db(), filter, buffer,
            [&progress](qint64 written, qint64 all) {
                progress.append({written, all});
                return true;
            },
            3);
        QCOMPARE(result.rows, total);
        QVERIFY(!result.cancelled);
        // Streamed in batches of three, each reported.
        QCOMPARE(progress.first(), (std::pair<qint64, qint64>{0, total}));
        QCOMPARE(progress.last(), (std::pair<qint64, qint64>{total, total}));
        QCOMPARE(progress.size(), int((total + 2) / 3) + 1);

        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        const auto records = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(records.size(), int(total) + 1);
        QCOMPARE(records[0],
                 (QStringList{u"id"_s, u"at"_s, u"actor"_s, u"actor_name"_s, u"on_behalf_of"_s,
                              u"action"_s, u"resource_type"_s, u"resource_id"_s, u"client_addr"_s,
                              u"application_name"_s, u"changes"_s}));
        QHash<qint64, QStringList> byId;
        for (int i = 1; i < records.size(); ++i) {
            QCOMPARE(records[i].size(), 11);
            byId.insert(records[i][0].toLongLong(), records[i]);
        }
        // Newest first.
        QCOMPARE(records[1][0].toLongLong(), formula);

        // A spreadsheet shows these instead of evaluating them.
        QCOMPARE(byId[formula][7], u"'-2+3"_s);
        QCOMPARE(byId[formula][9], u"'+cmd|' /C calc'!A0"_s);
        QCOMPARE(byId[seeded[u"weirdId"_s]][9], u"'=HYPERLINK(\"http://evil.example\",\"x\")"_s);
        // Commas, quotes, tabs and line breaks survive the round trip.
        QCOMPARE(byId[seeded[u"weirdId"_s]][7], u"id'with\"quotes\\and%_"_s);
        const QJsonObject quote =
            QJsonDocument::fromJson(byId[seeded[u"quote"_s]][10].toUtf8()).object();
        QCOMPARE(quote.value(u"body"_s).toString(), u"say \"hi\" to 50% off_now\tthen\nbye"_s);
        QCOMPARE(QJsonDocument::fromJson(byId[seeded[u"long"_s]][10].toUtf8())
                     .object()
                     .value(u"body"_s)
                     .toString(),
                 kLongBody);
        QCOMPARE(byId[seeded[u"behalf"_s]][4], u"api-key:odk_1a2b3c4d"_s);
        QCOMPARE(byId[seeded[u"obrien"_s]][8], u"10.1.2.3"_s);
        // Microseconds, UTC.
        const QString at = byId[seeded[u"obrien"_s]][1];
        const qint64 us = base + 1;
        QCOMPARE(at, QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC)
                             .toString(u"yyyy-MM-dd'T'HH:mm:ss."_s) +
                         u"%1Z"_s.arg(us % 1000000, 6, 10, QChar(u'0')));

        // Cancelled after the first batch: the previous file is untouched, nothing left behind.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"trail.csv"_s);
        {
            QFile previous(path);
            QVERIFY(previous.open(QIODevice::WriteOnly));
            previous.write("previous export\n");
        }
        int calls = 0;
        const auto cancelled = auditlog::exportCsvFile(
            reader.db(), filter, path, [&calls](qint64, qint64) { return ++calls < 2; }, 3);
        QVERIFY(cancelled.cancelled);
        QCOMPARE(cancelled.rows, qint64(3));
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("previous export\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"trail.csv"_s});
        // The connection is not left inside the export's transaction.
        QCOMPARE(reader.value(u"SHOW transaction_isolation"_s).toString(), u"read committed"_s);

        // Completed: the file is replaced.
        const auto written = auditlog::exportCsvFile(reader.db(), filter, path, {}, 1000);
        QCOMPARE(written.rows, total);
        kept.close();
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(parseCsv(QString::fromUtf8(kept.readAll().mid(3))).size(), int(total) + 1);

        // A file that cannot be written is an error, not a silent success.
        QVERIFY_THROWS_EXCEPTION(
            DatabaseError, auditlog::exportCsvFile(reader.db(), filter,
                                                   dir.filePath(u"missing/dir/trail.csv"_s), {}));
    }

    void modelFollowsFiltersAndShowsMatchingEntriesLive()
    {
        const auto config = testsupport::freshDatabase(u"audit_model"_s);
        const auto manager = testsupport::createPerson(config, uniqueRole(u"mia"_s), u"manager"_s);
        Connection superuser(config);
        const qint64 base = dayAgoUs();
        superuser.value(uR"(
INSERT INTO opsdesk.audit_log (at, actor, action, resource_type, resource_id, changes)
SELECT 'epoch'::timestamptz + (?::bigint - g * 1000) * interval '1 microsecond', 'bot', 'insert',
       'messages', gen_random_uuid()::text, jsonb_build_object('body', 'hello ' || g)
  FROM generate_series(1, 230) AS g)"_s,
                        {base});
        const auto seeded = seedHostile(superuser, base);

        Session session(manager);
        QVERIFY(session.live());
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, kTesterMode);
        model.setWorkspace(&session.workspace);
        QVERIFY(model.permitted());
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded() && !model.loading(), kTimeout);
        QCOMPARE(model.errorString(), QString());
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canFetchMore({}));
        // Newest first: the manager's sign-in (admin_users), then the seeds of a day ago.
        QCOMPARE(roleAt(model, 0, AuditLogModel::ResourceTypeRole).toString(), u"admin_users"_s);

        // Scrolled to the end, every entry once.
        for (int page = 0; page < 10 && model.canFetchMore({}); ++page) {
            model.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), kTimeout);
        }
        const qint64 total =
            superuser.value(u"SELECT count(*) FROM opsdesk.audit_log"_s).toLongLong();
        QCOMPARE(model.rowCount(), int(total));
        QVERIFY(!model.canFetchMore({}));

        // Filters: one query, the rows that match.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setResourceType(u"contacts"_s);
        model.setAction(u"insert"_s);
        QTRY_COMPARE_WITH_TIMEOUT(resets.count(), 1, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), kTimeout);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(roleAt(model, 0, AuditLogModel::EntryIdRole).toLongLong(), seeded[u"obrien"_s]);
        QCOMPARE(roleAt(model, 0, AuditLogModel::ActionLabelRole).toString(), u"Created"_s);
        QCOMPARE(roleAt(model, 0, AuditLogModel::ActionToneRole).toString(), u"success"_s);
        QCOMPARE(roleAt(model, 0, AuditLogModel::ResourceLabelRole).toString(),
                 u"Contact 8d1c7a52"_s);
        QCOMPARE(roleAt(model, 0, AuditLogModel::SummaryRole).toString(),
                 u"profile_name: “O'Brien \"Bob\" 100% \\ dr_op”"_s);
        QCOMPARE(roleAt(model, 0, AuditLogModel::OriginRole).toString(), u"10.1.2.3 · opsdeskd"_s);
        QVERIFY(model.filtered());

        // A new contact arrives (a matching entry), after a conversation change (not matching):
        // the contact's entry appears at the top, as one inserted row; the other never shows.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        resets.clear();
        const QString contact = superuser
                                    .value(u"INSERT INTO opsdesk.contacts (wa_id, profile_name)"
                                           u" VALUES ('447911123456', 'Priya Shah') RETURNING id"_s)
                                    .toString();
        const QString conversation =
            superuser
                .value(u"INSERT INTO opsdesk.conversations (contact_id, business_phone_id)"
                       u" VALUES (?::uuid, '106540352242922') RETURNING id"_s,
                       {contact})
                .toString();
        superuser.value(u"INSERT INTO opsdesk.contacts (wa_id, profile_name)"
                        u" VALUES ('972541234567', 'Dan Levi') RETURNING id"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, kTimeout);
        QCOMPARE(roleAt(model, 0, AuditLogModel::SummaryRole).toString(),
                 u"profile_name: “Dan Levi”"_s);
        QCOMPARE(roleAt(model, 1, AuditLogModel::SummaryRole).toString(),
                 u"profile_name: “Priya Shah”"_s);
        QCOMPARE(roleAt(model, 2, AuditLogModel::EntryIdRole).toLongLong(), seeded[u"obrien"_s]);
        for (const QVariantList &args : inserted) {
            QCOMPARE(args.at(1).toInt(), 0); // at the top
        }
        QCOMPARE(resets.count(), 0);

        // Text the trigram index cannot serve is searched anyway, with a word about the wait.
        QVERIFY(model.searchHint().isEmpty());
        model.setSearchText(u"%_"_s);
        QVERIFY(!model.searchHint().isEmpty());
        model.setSearchText(u"a%_b"_s);
        QVERIFY(!model.searchHint().isEmpty());
        model.setSearchText(u"Bob"_s);
        QVERIFY(model.searchHint().isEmpty());

        // Free text, literally.
        QVERIFY(queried(model, [&model] {
            model.setResourceType({});
            model.setAction({});
            model.setSearchText(u"  o'brien \"BOB\" 100%  "_s); // surrounding spaces are ignored
        }));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(roleAt(model, 0, AuditLogModel::EntryIdRole).toLongLong(), seeded[u"obrien"_s]);

        // The detail: a conversation resolved, field by field, and where a click leads.
        superuser.value(u"UPDATE opsdesk.conversations SET status = 'resolved', priority = 2"
                        u" WHERE id = ?::uuid RETURNING id"_s,
                        {conversation});
        QVERIFY(queried(model, [&model] {
            model.setSearchText({});
            model.setResourceType(u"conversations"_s);
            model.setAction(u"update"_s);
        }));
        QCOMPARE(model.rowCount(), 2); // and a seeded change of a day ago
        QCOMPARE(model.selectRow(0), 0);
        QCOMPARE(model.selectedActionLabel(), u"Changed"_s);
        QCOMPARE(model.selectedResourceId(), conversation);
        QCOMPARE(model.selectedDiffTitle(), u"2 fields changed"_s);
        QVariantMap status;
        for (const QVariant &item : model.selectedDiff()) {
            if (item.toMap().value(u"field"_s) == u"status"_s) {
                status = item.toMap();
            }
        }
        QCOMPARE(status.value(u"kind"_s).toString(), u"changed"_s);
        QCOMPARE(status.value(u"before"_s).toString(), u"open"_s);
        QCOMPARE(status.value(u"after"_s).toString(), u"resolved"_s);
        QCOMPARE(roleAt(model, 0, AuditLogModel::SummaryRole).toString(),
                 u"priority: 0 → 2, status: open → resolved"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model.linkConversationId(), conversation, kTimeout);
        QCOMPARE(model.linkPage(), u"conversations"_s);

        // An insert lists the row's fields as added.
        QVERIFY(queried(model, [&model] {
            model.setResourceType(u"contacts"_s);
            model.setAction(u"insert"_s);
        }));
        QCOMPARE(model.rowCount(), 3);
        model.select(roleAt(model, 1, AuditLogModel::EntryIdRole).toLongLong());
        QVERIFY(!model.selectedDiff().isEmpty());
        for (const QVariant &item : model.selectedDiff()) {
            QCOMPARE(item.toMap().value(u"kind"_s).toString(), u"added"_s);
        }
        QTRY_COMPARE_WITH_TIMEOUT(model.linkConversationId(), conversation, kTimeout);

        // A custom range that is not a date keeps the list and says why.
        model.setTimeRange(AuditLogModel::CustomRange);
        model.setCustomFrom(u"yesterday-ish"_s);
        QVERIFY(model.rangeError().contains(u"yesterday-ish"_s));
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(queried(model, [&model] {
            model.setCustomFrom(
                QDateTime::currentDateTime().addSecs(-3600).toString(u"yyyy-MM-dd HH:mm"_s));
        }));
        QVERIFY(model.rangeError().isEmpty());
        QCOMPARE(model.rowCount(), 2);

        // Export of the current filter, on a worker thread, with progress and a result.
        QTemporaryDir dir;
        QSignalSpy finished(&model, &AuditLogModel::exportFinished);
        model.exportCsv(QUrl::fromLocalFile(dir.filePath(u"contacts"_s)));
        QVERIFY(model.exporting());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(!model.exporting());
        QCOMPARE(model.exportStatus(), u"Saved 2 entries to contacts.csv"_s);
        QFile file(dir.filePath(u"contacts.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(parseCsv(QString::fromUtf8(file.readAll().mid(3))).size(), 3);
    }

    void modelShowsNothingToSupport()
    {
        const auto config = testsupport::freshDatabase(u"audit_support"_s);
        const auto support = testsupport::createPerson(config, uniqueRole(u"sam"_s), u"support"_s);
        Session session(support);
        QVERIFY(session.live());
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, kTesterMode);
        model.setWorkspace(&session.workspace);
        QVERIFY(!model.permitted());
        QTest::qWait(200);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.errorString(), QString()); // no query the database would refuse
        QSignalSpy finished(&model, &AuditLogModel::exportFinished);
        model.exportCsv(QUrl::fromLocalFile(QDir::temp().filePath(u"never.csv"_s)));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(!QFile::exists(QDir::temp().filePath(u"never.csv"_s)));
    }

    void pageFiltersSearchesAndShowsTheDiff_data()
    {
        QTest::addColumn<bool>("rightToLeft");
        QTest::newRow("left to right") << false;
        QTest::newRow("right to left") << true;
    }

    void pageFiltersSearchesAndShowsTheDiff()
    {
        QFETCH(bool, rightToLeft);
        QGuiApplication::setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        const auto config = testsupport::freshDatabase(u"audit_page"_s);
        const auto manager = testsupport::createPerson(config, uniqueRole(u"mia"_s), u"manager"_s);
        Connection superuser(config);
        const auto seeded = seedHostile(superuser, dayAgoUs());

        Session session(manager);
        Workspace::setInstance(&session.workspace);
        QVERIFY(session.live());
        QQmlApplicationEngine engine;
        QQuickWindow *window = testsupport::loadWindow(engine, R"(
import QtQuick
import QtQuick.Controls
import OpsDesk
ApplicationWindow {
    width: 1180
    height: 760
    visible: true
    LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true
    AuditTrailPage { anchors.fill: parent }
}
)",
                                                       QUrl(u"qrc:/test/AuditWindow.qml"_s));
        QVERIFY2(window, qPrintable(testsupport::takeMessages().join(u'\n')));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QQuickItem *root = window->contentItem();

        QQuickItem *list = findItem(root, u"auditList"_s);
        QQuickItem *searchField = findItem(root, u"auditSearch"_s);
        QQuickItem *exportButton = findItem(root, u"auditExport"_s);
        QVERIFY(list && searchField && exportButton);
        const qint64 total =
            superuser.value(u"SELECT count(*) FROM opsdesk.audit_log"_s).toLongLong();
        QTRY_COMPARE_WITH_TIMEOUT(list->property("count").toInt(), int(total), kTimeout);

        // Ctrl+F focuses the search; typing narrows the list (after the debounce).
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(searchField->hasActiveFocus());
        for (const char key : QByteArray("'; drop table")) {
            QTest::keyClick(window, key);
        }
        QTRY_COMPARE_WITH_TIMEOUT(list->property("count").toInt(), 1, kTimeout);

        // J selects the entry; the diff shows the labels before and after.
        searchField->setFocus(false);
        list->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_J);
        QQuickItem *diff = findItem(root, u"auditDiff"_s);
        QVERIFY(diff);
        QTRY_VERIFY_WITH_TIMEOUT(diff->isVisible() && diff->property("count").toInt() == 1,
                                 kTimeout);
        auto *selected = findItem(root, u"auditSelectedResource"_s);
        QVERIFY(selected);
        QTRY_VERIFY(selected->property("text").toString().contains(u"2a3b4c5d"_s));
        Q_UNUSED(seeded);

        // The search box leads the filter bar; the export button trails the header.
        const qreal searchX = searchField->mapToScene({0, 0}).x();
        const qreal exportX = exportButton->mapToScene({0, 0}).x();
        QVERIFY2(rightToLeft ? searchX > exportX : searchX < exportX,
                 qPrintable(u"search x %1, export x %2"_s.arg(searchX).arg(exportX)));

        // Nothing matches: the empty state says so.
        searchField->setProperty("text", u"no such thing anywhere"_s);
        QTRY_COMPARE_WITH_TIMEOUT(list->property("count").toInt(), 0, kTimeout);
        QQuickItem *empty = findItem(root, u"auditEmpty"_s);
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->property("title").toString().contains(u"match"_s));

        const QImage image = window->grabWindow();
        QVERIFY(!image.isNull());
        const QStringList messages = testsupport::takeMessages();
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
        engine.clearComponentCache();
        Workspace::setInstance(nullptr);
    }
};

QTEST_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
