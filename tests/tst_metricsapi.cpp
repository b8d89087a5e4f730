// The metrics endpoints end to end: real HTTP over loopback into `opsdeskd serve`'s listener
// (IngestServer + ApiServer + services/metricsapi), keys made by an admin person, samples stored
// by opsdeskd's own service role on a real PostgreSQL. Every refused batch is checked to have
// stored nothing; GET /metrics is parsed as Prometheus text exposition format 0.0.4.

#include "apikeys.h"
#include "apiserver.h"
#include "database.h"
#include "ingestserver.h"
#include "logging.h"
#include "metricsapi.h"
#include "webhooksignature.h"

#include "testconnection.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace opsdesk;

namespace {

struct Reply {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QJsonObject json;

    [[nodiscard]] QString errorCode() const
    {
        return json.value(u"error"_s).toObject().value(u"code"_s).toString();
    }
    [[nodiscard]] QJsonObject fields() const
    {
        return json.value(u"error"_s)
            .toObject()
            .value(u"details"_s)
            .toObject()
            .value(u"fields"_s)
            .toObject();
    }
    [[nodiscard]] QJsonObject data() const { return json.value(u"data"_s).toObject(); }
};

QByteArray samplesBody(const QJsonArray &samples)
{
    return QJsonDocument(QJsonObject{{u"samples"_s, samples}}).toJson(QJsonDocument::Compact);
}

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

/// The families and sample lines of a Prometheus text exposition, checked line by line against
/// the 0.0.4 format: every sample belongs to a family declared by # TYPE before it (histogram
/// samples by their _bucket/_sum/_count suffix), every line is well formed. Returns the errors.
struct Exposition {
    QHash<QString, QString> types;        ///< family → type
    QHash<QString, QString> help;         ///< family → help (unescaped)
    QMultiHash<QString, QString> samples; ///< sample name → "{labels} value"
    QStringList errors;

    explicit Exposition(const QByteArray &text)
    {
        static const QRegularExpression helpLine(u"^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$"_s);
        static const QRegularExpression typeLine(
            u"^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$"_s);
        static const QRegularExpression sampleLine(
            u"^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\["
            u"\\\\\"n])*\",?)*\\})? "
            u"(NaN|[+-]Inf|[-+]?[0-9.]+(?:[eE][-+]?[0-9]+)?)( -?[0-9]+)?$"_s);
        if (!text.endsWith('\n')) {
            errors << u"the exposition does not end with a line feed"_s;
        }
        for (const QString &line : QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts)) {
            if (const auto m = helpLine.match(line); m.hasMatch()) {
                help.insert(m.captured(1), m.captured(2));
            } else if (const auto t = typeLine.match(line); t.hasMatch()) {
                if (types.contains(t.captured(1))) {
                    errors << u"family declared twice: "_s + line;
                }
                types.insert(t.captured(1), t.captured(2));
            } else if (const auto s = sampleLine.match(line); s.hasMatch()) {
                QString name = s.captured(1);
                QString family = name;
                for (const QString &suffix : {u"_bucket"_s, u"_sum"_s, u"_count"_s}) {
                    if (!types.contains(family) && name.endsWith(suffix) &&
                        types.value(name.chopped(suffix.size())) == u"histogram") {
                        family = name.chopped(suffix.size());
                    }
                }
                if (!types.contains(family)) {
                    errors << u"sample of an undeclared family: "_s + line;
                }
                samples.insert(name, s.captured(2) + u' ' + s.captured(3));
            } else if (!line.startsWith(u'#')) {
                errors << u"malformed line: "_s + line;
            }
        }
    }
    /// The value of the one unlabelled sample @p name, or NaN.
    [[nodiscard]] double value(const QString &name) const
    {
        const QStringList all = samples.values(name);
        for (const QString &sample : all) {
            if (sample.startsWith(u' ')) {
                return sample.mid(1).toDouble();
            }
        }
        return qQNaN();
    }
};

} // namespace

class TestMetricsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        logging::setup("warn");
        m_owner = testsupport::freshDatabase(u"metricsapi"_s);
        m_admin = testsupport::createPerson(m_owner, u"mapi_admin"_s, u"admin"_s);
        testsupport::execAsSuperuser(
            m_owner,
            u"CREATE ROLE mapi_svc LOGIN PASSWORD 'svc-password-1' IN ROLE opsdesk_service"_s);
        m_service = m_owner;
        m_service.user = u"mapi_svc"_s;
        m_service.password = u"svc-password-1"_s;
        m_serviceDb = std::make_unique<Database>(m_service, 2);
        m_ingest = std::make_unique<IngestServer>(
            *m_serviceDb,
            IngestServer::Options{"app-secret", "verify", qsizetype(3) * 1024 * 1024});
        ApiServer::Options options;
        options.perKey = {100000, 10000.0};
        options.perAddress = {100000, 10000.0};
        m_api = std::make_unique<ApiServer>(*m_serviceDb, options);
        addMetricsEndpoints(*m_api);
        m_api->attachTo(m_ingest->http());
        m_ingest->setMetricsProvider([this] {
            return std::vector<prometheus::Family>{prometheus::Family::single(
                u"opsdesk_api_requests_total"_s, u"API requests answered."_s,
                prometheus::Type::Counter, double(m_api->requestsAnswered()))};
        });
        const auto port = m_ingest->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(port.ok(), qPrintable(port.error()));
        m_port = port.value();

        m_adminDb = std::make_unique<testsupport::Connection>(m_admin);
        m_check = std::make_unique<testsupport::Connection>(m_owner);
        m_writer = apikeys::create(m_adminDb->db(), u"Shop exporter"_s,
                                   {u"metrics:write"_s, u"metrics:read"_s});
        m_reader = apikeys::create(m_adminDb->db(), u"Dashboard"_s, {u"metrics:read"_s});
        m_revoked = apikeys::create(m_adminDb->db(), u"Old exporter"_s, {u"metrics:write"_s});
        apikeys::revoke(m_adminDb->db(), m_revoked.key.prefix);
        for (const QString &name : {u"shop_checkout_errors"_s, u"shop_orders"_s}) {
            m_check->exec(u"SELECT opsdesk.register_metric_series(?, ?, 'per min', '')"_s,
                          {name, name});
        }
    }

    void cleanupTestCase()
    {
        m_api.reset();
        m_ingest.reset();
        m_adminDb.reset();
        m_check.reset();
    }

    // -----------------------------------------------------------------------------------------
    // Authentication

    void pushRefusedWithoutTheRightKey_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray prefix = m_writer.key.prefix.toLatin1();
        const QByteArray otherSecret = apikeys::generate().secret;
        QTest::newRow("missing") << QByteArray() << 401 << u"unauthenticated"_s;
        QTest::newRow("other scheme") << QByteArray("Basic YTpi") << 401 << u"unauthenticated"_s;
        QTest::newRow("malformed")
            << QByteArray("Bearer " + m_writer.token.chopped(3)) << 401 << u"invalid_token"_s;
        QTest::newRow("unknown prefix")
            << QByteArray("Bearer odk_zzzzzzzzzzzz." + otherSecret) << 401 << u"invalid_token"_s;
        QTest::newRow("wrong secret")
            << QByteArray("Bearer " + prefix + '.' + otherSecret) << 401 << u"invalid_token"_s;
        QTest::newRow("revoked") << QByteArray("Bearer " + m_revoked.token) << 401
                                 << u"key_revoked"_s;
        QTest::newRow("without metrics:write")
            << QByteArray("Bearer " + m_reader.token) << 403 << u"insufficient_scope"_s;
    }

    void pushRefusedWithoutTheRightKey()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QString, code);
        const int before = sampleCount();
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/api/v1/metrics"_s.arg(m_port)));
        if (!authorization.isEmpty()) {
            request.setRawHeader("Authorization", authorization);
        }
        request.setRawHeader("Content-Type", "application/json");
        QNetworkReply *reply = m_network.post(
            request, samplesBody({QJsonObject{{u"series"_s, u"shop_orders"_s}, {u"value"_s, 1}}}));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(30000));
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
        QCOMPARE(json.value(u"error"_s).toObject().value(u"code"_s).toString(), code);
        QCOMPARE(sampleCount(), before);
    }

    // -----------------------------------------------------------------------------------------
    // Validation: nothing of a refused batch is stored

    void pushRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");   ///< a field error expected, or empty
        QTest::addColumn<QString>("message"); ///< part of that field's (or the error's) message

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto good = [&](int i) {
            return QJsonObject{{u"series"_s, u"shop_orders"_s},
                               {u"value"_s, i},
                               {u"at"_s, iso(now.addSecs(-600 - i))}};
        };
        // Three good samples, then the bad one at index 3 (written by hand where JSON cannot).
        const auto withBad = [&](const QByteArray &bad) -> QByteArray {
            QByteArray body = samplesBody({good(0), good(1), good(2)});
            body.chop(2);
            return body + ',' + bad + "]}";
        };
        QTest::newRow("NaN as a string")
            << withBad(R"({"series":"shop_orders","value":"NaN"})") << 422 << u"validation_failed"_s
            << u"samples[3].value"_s << u"not a string"_s;
        QTest::newRow("1e999") << withBad(R"({"series":"shop_orders","value":1e999})") << 422
                               << u"validation_failed"_s << u"samples[3].value"_s
                               << u"1e999 is outside the range"_s;
        QTest::newRow("-1e999") << withBad(R"({"series":"shop_orders","value":-1e999})") << 422
                                << u"validation_failed"_s << u"samples[3].value"_s
                                << u"-1e999 is outside the range"_s;
        // Finite, but the minute's rollup sum would overflow.
        QTest::newRow("1e308") << withBad(R"({"series":"shop_orders","value":1e308})") << 422
                               << u"validation_failed"_s << u"samples[3].value"_s
                               << u"between -1e15 and 1e15"_s;
        QTest::newRow("a minute ahead")
            << withBad(QByteArray(R"({"series":"shop_orders","value":1,"at":")") +
                       iso(now.addSecs(60)).toLatin1() + "\"}")
            << 422 << u"validation_failed"_s << u"samples[3].at"_s << u"30 seconds ahead"_s;
        QTest::newRow("null") << withBad(R"({"series":"shop_orders","value":null})") << 422
                              << u"validation_failed"_s << u"samples[3].value"_s << u"not null"_s;
        QTest::newRow("missing value")
            << withBad(R"({"series":"shop_orders"})") << 422 << u"validation_failed"_s
            << u"samples[3].value"_s << u"is required"_s;
        QTest::newRow("value a boolean")
            << withBad(R"({"series":"shop_orders","value":true})") << 422 << u"validation_failed"_s
            << u"samples[3].value"_s << u"finite JSON number"_s;
        QTest::newRow("series a number")
            << withBad(R"({"series":7,"value":1})") << 422 << u"validation_failed"_s
            << u"samples[3].series"_s << u"series name"_s;
        QTest::newRow("series name invalid")
            << withBad(R"({"series":"Shop-Orders","value":1})") << 422 << u"validation_failed"_s
            << u"samples[3].series"_s << u"series name"_s;
        QTest::newRow("sample not an object") << withBad("42") << 422 << u"validation_failed"_s
                                              << u"samples[3]"_s << u"must be an object"_s;
        QTest::newRow("unknown member")
            << withBad(R"({"series":"shop_orders","value":1,"val":2})") << 422
            << u"validation_failed"_s << u"samples[3].val"_s << u"not a known field"_s;
        QTest::newRow("time far in the future")
            << withBad(QByteArray(R"({"series":"shop_orders","value":1,"at":")") +
                       iso(now.addSecs(3600)).toLatin1() + "\"}")
            << 422 << u"validation_failed"_s << u"samples[3].at"_s << u"ahead"_s;
        QTest::newRow("time too old")
            << withBad(QByteArray(R"({"series":"shop_orders","value":1,"at":")") +
                       iso(now.addDays(-9)).toLatin1() + "\"}")
            << 422 << u"validation_failed"_s << u"samples[3].at"_s << u"8-day retention"_s;
        QTest::newRow("time without offset")
            << withBad(R"({"series":"shop_orders","value":1,"at":"2026-11-21T08:00:00"})") << 422
            << u"validation_failed"_s << u"samples[3].at"_s << u"RFC 3339"_s;
        QTest::newRow("time a number")
            << withBad(R"({"series":"shop_orders","value":1,"at":1763712000})") << 422
            << u"validation_failed"_s << u"samples[3].at"_s << u"RFC 3339"_s;
        QTest::newRow("duplicate in batch")
            << samplesBody({good(0), good(1), good(2), good(1)}) << 422 << u"validation_failed"_s
            << u"samples[3]"_s << u"repeats samples[1]"_s;
        QTest::newRow("duplicate via offset")
            << withBad(
                   QByteArray(R"({"series":"shop_orders","value":9,"at":")") +
                   now.addSecs(-600).toOffsetFromUtc(7200).toString(Qt::ISODateWithMs).toLatin1() +
                   "\"}")
            << 422 << u"validation_failed"_s << u"samples[3]"_s << u"repeats samples[0]"_s;
        QJsonArray many;
        for (int i = 0; i < 1001; ++i) {
            many.append(QJsonObject{
                {u"series"_s, u"shop_orders"_s}, {u"value"_s, i}, {u"at"_s, iso(now.addSecs(-i))}});
        }
        QTest::newRow("1,001 samples") << samplesBody(many) << 422 << u"validation_failed"_s
                                       << u"samples"_s << u"at most 1000"_s;
        QTest::newRow("empty samples") << samplesBody({}) << 422 << u"validation_failed"_s
                                       << u"samples"_s << u"at least one"_s;
        QTest::newRow("samples not an array")
            << QByteArray(R"({"samples":{"series":"shop_orders","value":1}})") << 422
            << u"validation_failed"_s << u"samples"_s << u"must be an array"_s;
        QTest::newRow("no samples") << QByteArray(R"({"sample":[]})") << 422
                                    << u"validation_failed"_s << u"samples"_s << u"is required"_s;
        QTest::newRow("unknown series") << withBad(R"({"series":"shop_refunds","value":1})") << 422
                                        << u"unknown_series"_s << QString()
                                        << u"Unknown series: shop_refunds. Register each with PUT "
                                           u"/api/v1/metrics/series/{name}"_s;
        QTest::newRow("built-in series")
            << withBad(R"({"series":"dead_jobs","value":0})") << 422 << u"builtin_series"_s
            << QString() << u"dead_jobs is built in"_s;
        QTest::newRow("not JSON") << QByteArray("{\"samples\":[") << 400 << u"invalid_json"_s
                                  << QString() << QString();
        QTest::newRow("malformed number") << withBad(R"({"series":"shop_orders","value":01})")
                                          << 400 << u"invalid_json"_s << QString() << QString();
        QByteArray huge = samplesBody({good(0)});
        // Not a raw string literal: moc 6.4 misreads R"("pad":")" and skips the class.
        // NOLINTNEXTLINE(modernize-raw-string-literal)
        huge.insert(1, "\"pad\":\"" + QByteArray(1024 * 1024 + 10, 'x') + "\",");
        QTest::newRow("body over the limit")
            << huge << 413 << u"payload_too_large"_s << QString() << QString();
    }

    void pushRefusedWhole()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const int before = sampleCount();
        const int rollupsBefore = rollupCount();
        const Reply reply = push(body);
        QVERIFY2(reply.status == status, reply.body.left(2000).constData());
        QCOMPARE(reply.errorCode(), code);
        if (!field.isEmpty()) {
            const QJsonArray messages = reply.fields().value(field).toArray();
            QVERIFY2(!messages.isEmpty(), reply.body.left(2000).constData());
            QVERIFY2(messages.first().toString().contains(message),
                     qPrintable(messages.first().toString()));
            // Only the bad sample is named.
            QVERIFY2(!reply.fields().contains(u"samples[0].value"_s),
                     reply.body.left(2000).constData());
        } else if (!message.isEmpty()) {
            const QString text =
                reply.json.value(u"error"_s).toObject().value(u"message"_s).toString();
            QVERIFY2(text.contains(message), qPrintable(text));
        }
        QCOMPARE(sampleCount(), before);
        QCOMPARE(rollupCount(), rollupsBefore);
    }

    // -----------------------------------------------------------------------------------------
    // Storing

    void goodBatchStoredWithRollups()
    {
        const QDateTime minute = QDateTime::fromSecsSinceEpoch(
            (QDateTime::currentSecsSinceEpoch() / 60 - 30) * 60, Qt::UTC);
        QJsonArray samples;
        for (int i = 0; i < 1000; ++i) {
            // 500 per series, spread over the 10 minutes from `minute`.
            samples.append(
                QJsonObject{{u"series"_s, i % 2 ? u"shop_orders"_s : u"shop_checkout_errors"_s},
                            {u"value"_s, std::floor(i / 2.0) + 0.5},
                            {u"at"_s, iso(minute.addMSecs(qint64(i / 2) * 1200))}});
        }
        const int before = sampleCount();
        const Reply stored = push(samplesBody(samples));
        QVERIFY2(stored.status == 201, stored.body.constData());
        QCOMPARE(stored.data().value(u"stored"_s).toInt(), 1000);
        QCOMPARE(stored.data().value(u"duplicates"_s).toInt(), 0);
        QCOMPARE(sampleCount(), before + 1000);
        // 1-minute rollups: 50 samples of each series per minute.
        const auto rollups = m_check->rows(
            u"SELECT s.name, count(*), sum(r.count), min(r.min), max(r.max) FROM "
            u"opsdesk.metric_rollups r JOIN opsdesk.metric_series s ON s.id = r.series_id WHERE "
            u"r.minute >= ? AND r.minute < ? GROUP BY s.name ORDER BY s.name"_s,
            {minute, minute.addSecs(600)});
        QCOMPARE(rollups.size(), 2);
        QCOMPARE(rollups[0], (QVariantList{u"shop_checkout_errors"_s, 10, 500, 0.5, 499.5}));
        QCOMPARE(rollups[1], (QVariantList{u"shop_orders"_s, 10, 500, 0.5, 499.5}));

        // Sent again with two new samples and a time written with an offset: the stored ones
        // are reported as duplicates and not counted again.
        QJsonArray again;
        again.append(samples.at(0));
        again.append(samples.at(1));
        again.append(QJsonObject{
            {u"series"_s, u"shop_orders"_s},
            {u"value"_s, 1e15}, // the largest magnitude accepted
            {u"at"_s, minute.addSecs(610).toOffsetFromUtc(-5 * 3600).toString(Qt::ISODate)}});
        again.append(QJsonObject{{u"series"_s, u"shop_orders"_s}, {u"value"_s, -2.5}}); // now
        const Reply repeated = push(samplesBody(again));
        QVERIFY2(repeated.status == 201, repeated.body.constData());
        QCOMPARE(repeated.data().value(u"stored"_s).toInt(), 2);
        QCOMPARE(repeated.data().value(u"duplicates"_s).toInt(), 2);
        QCOMPARE(sampleCount(), before + 1002);
        QCOMPARE(m_check
                     ->value(u"SELECT sum(count) FROM opsdesk.metric_rollups WHERE minute = ?"_s,
                             {minute})
                     .toInt(),
                 100);
        QCOMPARE(m_check
                     ->value(u"SELECT m.value FROM opsdesk.metric_samples m JOIN "
                             u"opsdesk.metric_series s ON s.id = m.series_id WHERE s.name = "
                             u"'shop_orders' AND m.at = ?"_s,
                             {minute.addSecs(610)})
                     .toDouble(),
                 1e15);
        // The newest sample shows in the series list.
        const Reply list =
            send("GET", u"/api/v1/metrics/series?limit=500"_s, "Bearer " + m_reader.token);
        QCOMPARE(list.status, 200);
        bool found = false;
        for (const auto &item : list.data().value(u"items"_s).toArray()) {
            const QJsonObject series = item.toObject();
            if (series.value(u"name"_s).toString() == u"shop_orders") {
                found = true;
                QCOMPARE(series.value(u"latest"_s).toObject().value(u"value"_s).toDouble(), -2.5);
            }
        }
        QVERIFY(found);
    }

    // -----------------------------------------------------------------------------------------
    // Series

    void registerSeries()
    {
        const QByteArray token = "Bearer " + m_writer.token;
        const Reply created = send(
            "PUT", u"/api/v1/metrics/series/warehouse_backlog"_s, token,
            R"({"title":"Warehouse backlog","unit":"parcels","description":"Not yet shipped."})");
        QVERIFY2(created.status == 201, created.body.constData());
        QCOMPARE(created.data().value(u"name"_s).toString(), u"warehouse_backlog"_s);
        QCOMPARE(created.data().value(u"source"_s).toString(), u"external"_s);
        QCOMPARE(created.data().value(u"unit"_s).toString(), u"parcels"_s);
        const Reply updated = send("PUT", u"/api/v1/metrics/series/warehouse_backlog"_s, token,
                                   R"({"title":"Backlog","unit":"parcels"})");
        QCOMPARE(updated.status, 200);
        QCOMPARE(m_check
                     ->value(u"SELECT title FROM opsdesk.metric_series WHERE name = "
                             u"'warehouse_backlog'"_s)
                     .toString(),
                 u"Backlog"_s);
        // Audited on behalf of the key.
        QCOMPARE(m_check
                     ->value(u"SELECT count(*) FROM opsdesk.audit_log WHERE resource_type = "
                             u"'metric_series' AND on_behalf_of = ?"_s,
                             {QString(u"api-key:"_s + m_writer.key.prefix)})
                     .toInt(),
                 2);
        // Pushing to it works now.
        const Reply pushed = push(samplesBody(
            {QJsonObject{{u"series"_s, QJsonValue(u"warehouse_backlog"_s)}, {u"value"_s, 12}}}));
        QCOMPARE(pushed.status, 201);

        const Reply builtIn =
            send("PUT", u"/api/v1/metrics/series/dead_jobs"_s, token, R"({"title":"Mine"})");
        QCOMPARE(builtIn.status, 409);
        QCOMPARE(builtIn.errorCode(), u"builtin_series"_s);
        QVERIFY(builtIn.json.value(u"error"_s)
                    .toObject()
                    .value(u"message"_s)
                    .toString()
                    .contains(u"built-in series"_s));
        QCOMPARE(m_check
                     ->value(u"SELECT title FROM opsdesk.metric_series WHERE name = "
                             u"'dead_jobs'"_s)
                     .toString(),
                 u"Dead jobs"_s);

        const Reply badName =
            send("PUT", u"/api/v1/metrics/series/Bad-Name"_s, token, R"({"title":"x"})");
        QCOMPARE(badName.status, 422);
        QVERIFY(badName.fields().contains(u"name"_s));
        const Reply badBody = send("PUT", u"/api/v1/metrics/series/ok_name"_s, token,
                                   R"({"title":"","unit":5,"colour":"red"})");
        QCOMPARE(badBody.status, 422);
        QStringList fieldNames = badBody.fields().keys();
        fieldNames.sort();
        QCOMPARE(fieldNames, (QStringList{u"colour"_s, u"title"_s, u"unit"_s}));
        QCOMPARE(m_check
                     ->value(u"SELECT count(*) FROM opsdesk.metric_series WHERE name = "
                             u"'ok_name'"_s)
                     .toInt(),
                 0);
        const Reply readerRefused =
            send("PUT", u"/api/v1/metrics/series/other_name"_s, "Bearer " + m_reader.token, "{}");
        QCOMPARE(readerRefused.status, 403);

        // Listing, keyset-paged by name.
        QStringList names;
        QString after;
        for (int page = 0; page < 20; ++page) {
            const Reply list = send("GET",
                                    u"/api/v1/metrics/series?limit=5"_s +
                                        (after.isEmpty() ? QString() : u"&after="_s + after),
                                    "Bearer " + m_reader.token);
            QCOMPARE(list.status, 200);
            for (const auto &item : list.data().value(u"items"_s).toArray()) {
                names << item.toObject().value(u"name"_s).toString();
            }
            if (list.data().value(u"next"_s).isNull()) {
                break;
            }
            after = list.data().value(u"next"_s).toString();
        }
        QCOMPARE(names.size(),
                 m_check->value(u"SELECT count(*) FROM opsdesk.metric_series"_s).toInt());
        QStringList sorted = names;
        sorted.sort();
        QCOMPARE(names, sorted);
        QVERIFY(names.contains(u"warehouse_backlog"_s) && names.contains(u"dead_jobs"_s));
        QCOMPARE(
            send("GET", u"/api/v1/metrics/series?limit=0"_s, "Bearer " + m_reader.token).status,
            422);
    }

    // -----------------------------------------------------------------------------------------
    // Prometheus

    void prometheusExposition()
    {
        // Something to count: two signed webhook POSTs and one with a bad signature.
        const WebhookSignature signature("app-secret");
        for (int i = 0; i < 3; ++i) {
            const QByteArray body = testsupport::kTextEvent.toUtf8();
            QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/webhooks/whatsapp"_s.arg(m_port)));
            request.setRawHeader("Content-Type", "application/json");
            request.setRawHeader("X-Hub-Signature-256",
                                 i < 2 ? signature.sign(body) : QByteArray("sha256=00"));
            QNetworkReply *reply = m_network.post(request, body);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(finished.wait(30000));
            reply->deleteLater();
        }
        m_check->exec(u"SELECT opsdesk.collect_metrics()"_s);

        const Reply scrape = send("GET", u"/metrics"_s, {});
        QCOMPARE(scrape.status, 200);
        QCOMPARE(scrape.contentType, QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        const Exposition exposition(scrape.body);
        QVERIFY2(exposition.errors.isEmpty(), qPrintable(exposition.errors.join(u'\n')));
        QCOMPARE(exposition.types.value(u"opsdesk_webhook_requests_total"_s), u"counter"_s);
        QCOMPARE(exposition.value(u"opsdesk_webhook_requests_total"_s), 3.0);
        QCOMPARE(exposition.value(u"opsdesk_webhook_events_accepted_total"_s), 2.0);
        QCOMPARE(exposition.value(u"opsdesk_webhook_signature_failures_total"_s), 1.0);
        QCOMPARE(exposition.types.value(u"opsdesk_webhook_handling_seconds"_s), u"histogram"_s);
        QCOMPARE(exposition.value(u"opsdesk_webhook_handling_seconds_count"_s), 2.0);
        QVERIFY(exposition.samples.values(u"opsdesk_webhook_handling_seconds_bucket"_s)
                    .contains(u"{le=\"+Inf\"} 2"_s));
        QVERIFY(exposition.value(u"opsdesk_api_requests_total"_s) > 10);
        QCOMPARE(exposition.value(u"opsdesk_database_up"_s), 1.0);
        const double started = exposition.value(u"opsdesk_process_start_time_seconds"_s);
        QVERIFY(qAbs(started - double(QDateTime::currentSecsSinceEpoch())) < 600);
        // Every built-in series is a gauge; collected ones carry their newest value.
        const int builtIns =
            m_check->value(u"SELECT count(*) FROM opsdesk.metric_series WHERE source = 'builtin'"_s)
                .toInt();
        int gauges = 0;
        for (auto it = exposition.types.cbegin(); it != exposition.types.cend(); ++it) {
            if (it.value() == u"gauge" && it.key() != u"opsdesk_database_up" &&
                it.key() != u"opsdesk_process_start_time_seconds") {
                ++gauges;
            }
        }
        QCOMPARE(gauges, builtIns);
        QCOMPARE(exposition.value(u"opsdesk_webhook_events_per_min"_s), 2.0);
        QCOMPARE(exposition.value(u"opsdesk_inbound_messages_per_min"_s) >= 0, true);
        QVERIFY(exposition.help.value(u"opsdesk_dead_jobs"_s).startsWith(u"Dead jobs (jobs)"_s));
        // External series are not exported as gauges (they belong to their own exporters).
        QVERIFY(!exposition.types.contains(u"opsdesk_shop_orders"_s));
    }

    void prometheusWithoutTheDatabase()
    {
        // A listener whose database is unreachable still answers the process metrics.
        DatabaseConfig nowhere = m_service;
        nowhere.port = 1; // nothing listens there
        Database unreachable(nowhere, 1);
        IngestServer ingest(unreachable, IngestServer::Options{"s", "v", 1024});
        const auto port = ingest.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        const Reply scrape = send("GET", u"/metrics"_s, {}, {}, {}, port.value());
        QCOMPARE(scrape.status, 200);
        const Exposition exposition(scrape.body);
        QVERIFY2(exposition.errors.isEmpty(), qPrintable(exposition.errors.join(u'\n')));
        QCOMPARE(exposition.value(u"opsdesk_database_up"_s), 0.0);
        QVERIFY(exposition.types.contains(u"opsdesk_webhook_requests_total"_s));
        QVERIFY(!exposition.types.contains(u"opsdesk_dead_jobs"_s));
    }

    void prometheusFormatting()
    {
        using namespace prometheus;
        QCOMPARE(escapeLabelValue(u"a\\b\"c\nd"_s), u"a\\\\b\\\"c\\nd"_s);
        QCOMPARE(escapeHelp(u"a\\b\"c\nd"_s), u"a\\\\b\"c\\nd"_s);
        QCOMPARE(formatValue(0.1), QByteArray("0.1"));
        QCOMPARE(formatValue(42), QByteArray("42"));
        QCOMPARE(formatValue(qInf()), QByteArray("+Inf"));
        QCOMPARE(formatValue(-qInf()), QByteArray("-Inf"));
        QCOMPARE(formatValue(qQNaN()), QByteArray("NaN"));
        const QByteArray text = render({
            Family{u"x_total"_s,
                   u"Help with \\ and\nnewline"_s,
                   Type::Counter,
                   {Sample{{}, {{u"path"_s, u"/a\"b"_s}, {u"code"_s, u"200"_s}}, 3}}},
            Family{u"bad name"_s, u"skipped"_s, Type::Gauge, {Sample{{}, {}, 1}}},
            Family{u"y"_s,
                   u"bad label skipped"_s,
                   Type::Gauge,
                   {Sample{{}, {{u"__reserved"_s, u"v"_s}}, 1}}},
        });
        QCOMPARE(text, QByteArray("# HELP x_total Help with \\\\ and\\nnewline\n"
                                  "# TYPE x_total counter\n"
                                  "x_total{path=\"/a\\\"b\",code=\"200\"} 3\n"));
        const Exposition parsed(text);
        QVERIFY(parsed.errors.isEmpty());
        Histogram histogram({0.1, 1});
        histogram.observe(0.1);
        histogram.observe(0.5);
        histogram.observe(5);
        const QByteArray rendered = render({histogram.family(u"h_seconds"_s, u"h"_s)});
        QVERIFY2(rendered.contains("h_seconds_bucket{le=\"0.1\"} 1\n"
                                   "h_seconds_bucket{le=\"1\"} 2\n"
                                   "h_seconds_bucket{le=\"+Inf\"} 3\n"
                                   "h_seconds_sum 5.6\n"
                                   "h_seconds_count 3\n"),
                 rendered.constData());
    }

    // moc reads Q_SLOTS as a section of its own; what follows are plain private members.
private: // NOLINT(readability-redundant-access-specifiers)
    DatabaseConfig m_owner;
    DatabaseConfig m_admin;
    DatabaseConfig m_service;
    std::unique_ptr<Database> m_serviceDb;
    std::unique_ptr<IngestServer> m_ingest;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<testsupport::Connection> m_adminDb;
    std::unique_ptr<testsupport::Connection> m_check;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;

    apikeys::Created m_writer;  ///< metrics:write, metrics:read
    apikeys::Created m_reader;  ///< metrics:read only
    apikeys::Created m_revoked; ///< metrics:write, revoked

    Reply send(const QByteArray &verb, const QString &path, const QByteArray &token,
               const QByteArray &body = {}, const QByteArray &contentType = "application/json",
               quint16 port = 0)
    {
        QNetworkRequest request(
            QUrl(u"http://127.0.0.1:%1%2"_s.arg(port ? port : m_port).arg(path)));
        if (!token.isEmpty()) {
            request.setRawHeader("Authorization", token);
        }
        if (!contentType.isEmpty() && !body.isEmpty()) {
            request.setRawHeader("Content-Type", contentType);
        }
        request.setTransferTimeout(30000);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(30000)) {
            qWarning("request timed out");
        }
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.contentType = reply->rawHeader("Content-Type");
        result.json = QJsonDocument::fromJson(result.body).object();
        reply->deleteLater();
        return result;
    }
    Reply push(const QByteArray &body, const QByteArray &token = {})
    {
        return send("POST", u"/api/v1/metrics"_s,
                    token.isEmpty() ? "Bearer " + m_writer.token : token, body);
    }
    int sampleCount()
    {
        return m_check->value(u"SELECT count(*) FROM opsdesk.metric_samples"_s).toInt();
    }
    int rollupCount()
    {
        return m_check->value(u"SELECT coalesce(sum(count), 0) FROM opsdesk.metric_rollups"_s)
            .toInt();
    }
};

QTEST_GUILESS_MAIN(TestMetricsApi)
#include "tst_metricsapi.moc"
