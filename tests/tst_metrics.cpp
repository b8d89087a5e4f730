// Metrics, alert rules and incidents in the database (resources/migrations/0008) and the
// collector singleton (services/metricscollector.h), on a real throwaway PostgreSQL:
//   * opsdesk.collect_metrics on scripted data at a known time, every built-in series checked;
//   * 1-minute rollups kept by the statement trigger, metric_points raw and bucketed;
//   * opsdesk.evaluate_alert_rules at scripted times: pending, alerting, flapping, recovery,
//     auto-resolve, auto_resolve off, a disabled rule;
//   * the incident state machine (ODI01..ODI04), also through the real psql binary, its
//     timeline, and who may read and change incidents;
//   * retention (opsdesk.prune_metrics);
//   * two MetricsCollector instances against one database: one collects, the other takes over
//     when the holder stops or its connection dies.

#include "database.h"
#include "logging.h"
#include "metricscollector.h"

#include "testconnection.h"
#include "testdatabase.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace opsdesk;
using testsupport::Connection;

namespace {

/// The SQL state of the error @p sql raises on @p connection, and its message; empty when it
/// succeeds.
std::pair<QString, QString> refusal(Connection &connection, const QString &sql,
                                    const QVariantList &args = {})
{
    try {
        connection.exec(sql, args);
    } catch (const DatabaseError &error) {
        return {error.sqlState(), error.message()};
    }
    return {};
}

/// A login role in opsdeskd's service group.
DatabaseConfig serviceLogin(const DatabaseConfig &owner, const QString &name)
{
    testsupport::execAsSuperuser(
        owner,
        u"CREATE ROLE %1 LOGIN PASSWORD 'service-password-1' IN ROLE opsdesk_service"_s.arg(name));
    DatabaseConfig config = owner;
    config.user = name;
    config.password = u"service-password-1"_s;
    return config;
}

/// One alert rule on its own external series, evaluated at scripted times (seconds after a
/// base time an hour ago, so every sample is within retention and in the past).
class RuleScript
{
public:
    RuleScript(Connection &owner, Connection &service, const QString &name,
               const QString &options = {})
        : m_owner(owner)
        , m_service(service)
        , m_series(name)
    {
        m_base =
            m_owner.value(u"SELECT date_trunc('minute', now()) - interval '1 hour'"_s).toDateTime();
        m_owner.exec(u"SELECT opsdesk.register_metric_series(?, ?, 'jobs', '')"_s,
                     {name, QString(u"Series "_s + name)});
        m_rule =
            m_owner
                .value(u"INSERT INTO opsdesk.alert_rules (name, series_id, comparator, "
                       u"threshold, for_seconds, recover_seconds, severity%1) "
                       u"SELECT ?, id, '>', 10, 60, 60, 'high'%2 FROM opsdesk.metric_series "
                       u"WHERE name = ? RETURNING id"_s.arg(
                           options.isEmpty() ? QString() : u", "_s + options.section(u'=', 0, 0),
                           options.isEmpty() ? QString() : u", "_s + options.section(u'=', 1)),
                       {QString(u"Rule "_s + name), name})
                .toString();
    }

    /// Stores @p value at base + @p seconds (none: no new sample) and evaluates every rule then.
    /// Returns the incidents opened.
    int at(int seconds, std::optional<double> value)
    {
        const QDateTime when = m_base.addSecs(seconds);
        if (value) {
            m_owner.exec(u"INSERT INTO opsdesk.metric_samples (series_id, at, value) SELECT id, ?, "
                         u"? FROM opsdesk.metric_series WHERE name = ?"_s,
                         {when, *value, m_series});
        }
        return m_service.value(u"SELECT opsdesk.evaluate_alert_rules(?)"_s, {when}).toInt();
    }
    [[nodiscard]] QString state()
    {
        return m_owner
            .value(u"SELECT coalesce((SELECT state FROM opsdesk.alert_rule_states WHERE rule_id "
                   u"= ?), 'normal')"_s,
                   {m_rule})
            .toString();
    }
    [[nodiscard]] QList<QVariantList> incidents()
    {
        return m_owner.rows(
            u"SELECT id, status, summary, severity, source, dedup_key FROM opsdesk.incidents "
            u"WHERE alert_rule_id = ? ORDER BY opened_at"_s,
            {m_rule});
    }
    [[nodiscard]] const QString &rule() const { return m_rule; }

private:
    Connection &m_owner;
    Connection &m_service;
    QString m_series;
    QString m_rule;
    QDateTime m_base;
};

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        logging::setup("warn");
        m_owner = testsupport::freshDatabase(u"metrics"_s);
        m_main = m_owner;
        // Login roles are cluster-wide: one set for every database of this test.
        serviceLogin(m_owner, u"metrics_svc"_s);
        m_admin = testsupport::createPerson(m_owner, u"mt_admin"_s, u"admin"_s);
        m_manager = testsupport::createPerson(m_owner, u"mt_manager"_s, u"manager"_s);
        m_support = testsupport::createPerson(m_owner, u"mt_support"_s, u"support"_s);
        m_service = m_owner;
        m_service.user = u"metrics_svc"_s;
        m_service.password = u"service-password-1"_s;
        m_ownerDb = std::make_unique<Connection>(m_owner);
        m_serviceDb = std::make_unique<Connection>(m_service);
    }

    void cleanupTestCase()
    {
        m_serviceDb.reset();
        m_ownerDb.reset();
    }

    // -----------------------------------------------------------------------------------------
    // Collection

    void collectMetricsOnScriptedData()
    {
        freshDatabase({}); // where the people are
        Connection &db = *m_ownerDb;
        const QDateTime t =
            db.value(u"SELECT date_trunc('second', now()) - interval '1 hour'"_s).toDateTime();
        const QString T = u"'"_s + t.toString(Qt::ISODateWithMs) + u"'::timestamptz"_s;
        const auto script = [&](QString sql) { execScript(db.db(), sql.replace(u":T"_s, T)); };
        script(uR"(
INSERT INTO opsdesk.whatsapp_webhook_events (signature_valid, object, field, payload, raw_body, received_at)
SELECT true, 'whatsapp_business_account', 'messages', '{}', '\x7b7d', :T + d
  FROM unnest(ARRAY[interval '-10 s', '-30 s', '-59 s', '-61 s', '5 s']) AS d;
INSERT INTO opsdesk.contacts (id, wa_id, profile_name) VALUES
    ('c0000000-0000-4000-8000-000000000001', '4915100000001', 'Ana'),
    ('c0000000-0000-4000-8000-000000000002', '4915100000002', 'Ben'),
    ('c0000000-0000-4000-8000-000000000003', '4915100000003', 'Cem'),
    ('c0000000-0000-4000-8000-000000000004', '4915100000004', 'Dia');
INSERT INTO opsdesk.conversations (id, contact_id, business_phone_id) VALUES
    ('d0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 'p'),
    ('d0000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000002', 'p'),
    ('d0000000-0000-4000-8000-000000000003', 'c0000000-0000-4000-8000-000000000003', 'p'),
    ('d0000000-0000-4000-8000-000000000004', 'c0000000-0000-4000-8000-000000000004', 'p');
-- Inbound: two in the last minute, one before it.
INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, wa_message_id, created_at) VALUES
    ('d0000000-0000-4000-8000-000000000001', 'inbound', 'text', 'a', 'wamid.in1', :T - interval '20 s'),
    ('d0000000-0000-4000-8000-000000000002', 'inbound', 'text', 'b', 'wamid.in2', :T - interval '40 s'),
    ('d0000000-0000-4000-8000-000000000003', 'inbound', 'text', 'c', 'wamid.in3', :T - interval '2 min');
-- Outbound: one sent in the last minute; three delivered and one failed earlier; a note (no count).
INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, wa_message_id, status, status_at, created_at) VALUES
    ('d0000000-0000-4000-8000-000000000001', 'outbound', 'text', 'r', 'wamid.recent', 'sent', :T - interval '14 s', :T - interval '15 s'),
    ('d0000000-0000-4000-8000-000000000001', 'outbound', 'text', 'x', 'wamid.a', 'delivered', :T - interval '3 min', :T - interval '4 min'),
    ('d0000000-0000-4000-8000-000000000002', 'outbound', 'text', 'y', 'wamid.b', 'delivered', :T - interval '2 min', :T - interval '4 min'),
    ('d0000000-0000-4000-8000-000000000003', 'outbound', 'text', 'z', 'wamid.c', 'delivered', :T - interval '1 min', :T - interval '4 min'),
    ('d0000000-0000-4000-8000-000000000003', 'outbound', 'text', 'f', 'wamid.f', 'failed', :T - interval '2 min', :T - interval '4 min'),
    ('d0000000-0000-4000-8000-000000000004', 'outbound', 'text', 'o', 'wamid.old', 'failed', :T - interval '6 min', :T - interval '7 min');
INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, author_id, created_at)
SELECT 'd0000000-0000-4000-8000-000000000001', 'outbound', 'note', 'private', id, :T - interval '10 s'
  FROM opsdesk.admin_users WHERE db_role = 'mt_admin';
-- Delivery times 2, 4 and 6 s; one delivered 20 min ago (outside 15 min).
INSERT INTO opsdesk.message_status_events (wa_message_id, status, occurred_at) VALUES
    ('wamid.a', 'sent', :T - interval '3 min 2 s'), ('wamid.a', 'delivered', :T - interval '3 min'),
    ('wamid.b', 'sent', :T - interval '2 min 4 s'), ('wamid.b', 'delivered', :T - interval '2 min'),
    ('wamid.c', 'sent', :T - interval '1 min 6 s'), ('wamid.c', 'delivered', :T - interval '1 min'),
    ('wamid.old', 'sent', :T - interval '20 min 50 s'), ('wamid.old', 'delivered', :T - interval '20 min');
-- First responses: 30, 60 and 90 s in the last hour, one older.
INSERT INTO opsdesk.response_times (conversation_id, responded_at, waited_seconds)
SELECT 'd0000000-0000-4000-8000-000000000001', :T - d, w
  FROM (VALUES (interval '10 min', 30::float8), ('20 min', 60), ('30 min', 90), ('2 hours', 1000)) AS v (d, w);
-- Conversations: 1 open assigned waiting 10 min, 2 open unassigned waiting 2 min, 3 pending
-- unassigned waiting 6 min, 4 resolved waiting long.
UPDATE opsdesk.conversations SET status = 'open', waiting_since = :T - interval '10 min',
       assignee_id = (SELECT id FROM opsdesk.admin_users WHERE db_role = 'mt_support')
 WHERE id = 'd0000000-0000-4000-8000-000000000001';
UPDATE opsdesk.conversations SET status = 'open', assignee_id = NULL, waiting_since = :T - interval '2 min'
 WHERE id = 'd0000000-0000-4000-8000-000000000002';
UPDATE opsdesk.conversations SET status = 'pending', assignee_id = NULL, waiting_since = :T - interval '6 min'
 WHERE id = 'd0000000-0000-4000-8000-000000000003';
UPDATE opsdesk.conversations SET status = 'resolved', assignee_id = NULL, waiting_since = :T - interval '20 min'
 WHERE id = 'd0000000-0000-4000-8000-000000000004';
DELETE FROM opsdesk.jobs;
INSERT INTO opsdesk.jobs (queue, payload, status, locked_by, locked_until)
SELECT 'whatsapp.send', '{}', s, CASE WHEN s = 'running' THEN 'w' END,
       CASE WHEN s = 'running' THEN now() + interval '1 min' END
  FROM unnest(ARRAY['queued', 'queued', 'running', 'failed', 'dead', 'dead', 'succeeded', 'succeeded', 'succeeded']) AS s;
-- Instances: two reporting, one silent for a minute (not counted).
INSERT INTO opsdesk.serve_instances (instance, reported_at, started_at, webhook_requests_1m,
                                     signature_failures_1m, ingest_latency_p95_ms) VALUES
    ('a:1:1', :T - interval '5 s', :T - interval '1 day', 100, 2, 12.5),
    ('b:2:2', :T - interval '20 s', :T - interval '1 day', 50, 3, 40),
    ('c:3:3', :T - interval '60 s', :T - interval '1 day', 10, 100, 999);
)"_s);
        // Collected as opsdeskd collects: as the service role.
        QCOMPARE(m_serviceDb->value(u"SELECT opsdesk.collect_metrics(?)"_s, {t}).toInt(), 14);
        const QList<std::pair<QString, double>> expected{
            {u"webhook_events_per_min"_s, 3},
            {u"signature_failures_per_min"_s, 5},
            {u"inbound_messages_per_min"_s, 2},
            {u"outbound_messages_per_min"_s, 1},
            {u"delivery_failure_rate"_s, 25}, // 1 failed of 3 delivered + 1 failed
            {u"delivery_time_p50"_s, 4},
            {u"delivery_time_p95"_s, 5.8}, // 4 + 0.9 × (6 - 4), interpolated
            {u"first_response_time_p50"_s, 60},
            {u"open_conversations"_s, 2},
            {u"unassigned_conversations"_s, 2},
            {u"conversations_waiting_over_5m"_s, 2},
            {u"job_queue_depth"_s, 4},
            {u"dead_jobs"_s, 2},
            {u"ingest_latency_p95"_s, 40},
        };
        for (const auto &[series, value] : expected) {
            QVERIFY2(
                qAbs(sampleAt(series, t) - value) < 1e-9,
                qPrintable(
                    u"%1 = %2, expected %3"_s.arg(series).arg(sampleAt(series, t)).arg(value)));
        }
        // Collected again at the same second: nothing new, nothing counted twice.
        QCOMPARE(m_serviceDb->value(u"SELECT opsdesk.collect_metrics(?)"_s, {t}).toInt(), 0);
        QCOMPARE(db.value(u"SELECT max(count) FROM opsdesk.metric_rollups"_s).toInt(), 1);
        // Without deliveries, replies or reports there is no sample rather than a made-up 0.
        const QDateTime later = t.addDays(-2);
        m_serviceDb->exec(u"SELECT opsdesk.collect_metrics(?)"_s, {later});
        QCOMPARE(
            db.value(u"SELECT string_agg(s.name, ',' ORDER BY s.name) FROM "
                     u"opsdesk.metric_series s WHERE NOT EXISTS (SELECT FROM "
                     u"opsdesk.metric_samples m WHERE m.series_id = s.id AND m.at = ?)"_s,
                     {later})
                .toString(),
            u"delivery_time_p50,delivery_time_p95,first_response_time_p50,ingest_latency_p95"_s);
        QCOMPARE(sampleAt(u"delivery_time_p50"_s, later), -1e300);
        QCOMPARE(sampleAt(u"ingest_latency_p95"_s, later), -1e300);
        QCOMPARE(sampleAt(u"delivery_failure_rate"_s, later), 0.0);
    }

    void rollupsAndPoints()
    {
        freshDatabase(u"rollups"_s);
        Connection &db = *m_ownerDb;
        db.exec(u"SELECT opsdesk.register_metric_series('shop_errors', 'Shop errors', "
                u"'errors', '')"_s);
        const QString base = u"date_trunc('hour', now()) - interval '2 hours'"_s;
        const QString insert =
            u"INSERT INTO opsdesk.metric_samples (series_id, at, value) SELECT s.id, %1 + "
            u"v.d, v.x FROM opsdesk.metric_series s, (VALUES %2) AS v (d, x) WHERE s.name = "
            u"'shop_errors' ON CONFLICT DO NOTHING"_s;
        // One statement with four samples over two minutes...
        m_serviceDb->exec(insert.arg(base, u"(interval '5 s', 1::float8), ('30 s', 5), "
                                           u"('59 s', 3), ('70 s', 7)"_s));
        // ... the same sample again with another value (ignored, not counted), and a new one.
        m_serviceDb->exec(insert.arg(base, u"(interval '30 s', 100::float8), ('45 s', -2)"_s));
        const auto rollups =
            db.rows(u"SELECT extract(epoch FROM minute - (%1))::int, min, max, "
                    u"sum, count FROM opsdesk.metric_rollups ORDER BY minute"_s.arg(base));
        QCOMPARE(rollups.size(), 2);
        QCOMPARE(rollups[0], (QVariantList{0, -2.0, 5.0, 7.0, 4}));
        QCOMPARE(rollups[1], (QVariantList{60, 7.0, 7.0, 7.0, 1}));
        // The 10-minute rollups (the week-long range) hold the same five samples in one period.
        QCOMPARE(db.rows(u"SELECT extract(epoch FROM period_start - (%1))::int, min, max, sum, "
                         u"count FROM opsdesk.metric_rollups_10m"_s.arg(base)),
                 (QList<QVariantList>{{0, -2.0, 7.0, 14.0, 5}}));
        QCOMPARE(db.value(u"SELECT count(*) FROM opsdesk.metric_samples"_s).toInt(), 5);
        QCOMPARE(db.value(u"SELECT value FROM opsdesk.metric_samples WHERE at = %1 + interval "
                          u"'30 s'"_s.arg(base))
                     .toDouble(),
                 5.0);
        // Every new sample reached the live feed, once per series per statement.
        QCOMPARE(db.value(u"SELECT count(*) FROM opsdesk.change_log WHERE tbl = 'metric_samples'"_s)
                     .toInt(),
                 2);

        const QString points =
            u"SELECT extract(epoch FROM at - (%1))::int, avg, min, max FROM "
            u"opsdesk.metric_points(ARRAY[(SELECT id FROM opsdesk.metric_series WHERE name = "
            u"'shop_errors')], %1, %1 + interval '10 min', %2)"_s;
        const auto raw = m_serviceDb->rows(points.arg(base).arg(10));
        QCOMPARE(raw.size(), 5);
        QCOMPARE(raw[1], (QVariantList{30, 5.0, 5.0, 5.0}));
        const auto minutes = m_serviceDb->rows(points.arg(base).arg(60));
        QCOMPARE(minutes.size(), 2);
        QCOMPARE(minutes[0], (QVariantList{0, 7.0 / 4, -2.0, 5.0}));
        const auto buckets = m_serviceDb->rows(points.arg(base).arg(120));
        QCOMPARE(buckets.size(), 1);
        QCOMPARE(buckets[0], (QVariantList{0, 14.0 / 5, -2.0, 7.0}));
        // Whole 10-minute buckets read the 10-minute rollups: the same figures.
        const auto tenMinutes = m_serviceDb->rows(points.arg(base).arg(600));
        QCOMPARE(tenMinutes.size(), 1);
        QCOMPARE(tenMinutes[0], (QVariantList{0, 14.0 / 5, -2.0, 7.0}));
        // The database refuses what JSON cannot carry either.
        QCOMPARE(refusal(db, insert.arg(base, u"(interval '90 s', 'NaN'::float8)"_s)).first,
                 u"23514"_s);
        QCOMPARE(refusal(db, insert.arg(base, u"(interval '90 s', 'Infinity'::float8)"_s)).first,
                 u"23514"_s);
    }

    // -----------------------------------------------------------------------------------------
    // Alert rules

    void ruleOpensOneIncidentAfterForDurationAndAutoResolves()
    {
        freshDatabase(u"rules"_s);
        RuleScript rule(*m_ownerDb, *m_serviceDb, u"queue_a"_s);
        QCOMPARE(rule.at(0, 20), 0);
        QCOMPARE(rule.state(), u"pending"_s);
        QCOMPARE(rule.at(30, 20), 0);
        QCOMPARE(rule.at(50, 25), 0);
        QCOMPARE(rule.state(), u"pending"_s);
        QVERIFY(rule.incidents().isEmpty()); // not before the for-duration
        QCOMPARE(rule.at(60, 30), 1);
        QCOMPARE(rule.state(), u"alerting"_s);
        QCOMPARE(rule.incidents().size(), 1);
        const auto incident = rule.incidents().first();
        QCOMPARE(incident[1].toString(), u"triggered"_s);
        QCOMPARE(incident[3].toString(), u"high"_s);
        QCOMPARE(incident[4].toString(), u"alert_rule"_s);
        QCOMPARE(incident[5].toString(), u"alert_rule:"_s + rule.rule());
        // Still breached: the same incident, nothing new.
        QCOMPARE(rule.at(70, 40), 0);
        QCOMPARE(rule.at(80, 40), 0);
        QCOMPARE(rule.incidents().size(), 1);
        // A dip shorter than recover_seconds while alerting: recovering, then alerting again,
        // with a metric line on the same incident and no duplicate.
        QCOMPARE(rule.at(90, 5), 0);
        QCOMPARE(rule.state(), u"recovering"_s);
        QCOMPARE(rule.at(120, 22), 0);
        QCOMPARE(rule.state(), u"alerting"_s);
        QCOMPARE(rule.incidents().size(), 1);
        QCOMPARE(rule.incidents().first()[1].toString(), u"triggered"_s);
        QCOMPARE(m_ownerDb
                     ->value(u"SELECT count(*) FROM opsdesk.incident_events WHERE incident_id = ? "
                             u"AND kind = 'metric' AND body LIKE 'Breached again%'"_s,
                             {incident[0]})
                     .toInt(),
                 1);
        // Recovery: clear for recover_seconds → normal, incident resolved with a summary.
        QCOMPARE(rule.at(130, 3), 0);
        QCOMPARE(rule.at(160, 3), 0);
        QCOMPARE(rule.state(), u"recovering"_s);
        QCOMPARE(rule.incidents().first()[1].toString(), u"triggered"_s);
        QCOMPARE(rule.at(190, 3), 0);
        QCOMPARE(rule.state(), u"normal"_s);
        const auto resolved = rule.incidents().first();
        QCOMPARE(resolved[1].toString(), u"resolved"_s);
        QVERIFY2(resolved[2].toString().startsWith(u"Recovered automatically: Series queue_a has "
                                                   u"not been > 10 for 60 s (last value 3)"_s),
                 qPrintable(resolved[2].toString()));
        // The opening metric line carries the snapshot of the series.
        const auto opening = m_ownerDb->rows(
            u"SELECT data->>'series', (data->>'value')::float8, jsonb_array_length(data->'points') "
            u"FROM opsdesk.incident_events WHERE incident_id = ? AND kind = 'metric' ORDER BY "
            u"id LIMIT 1"_s,
            {incident[0]});
        QCOMPARE(opening.size(), 1);
        QCOMPARE(opening[0], (QVariantList{u"queue_a"_s, 30.0, 4}));
        // A new breach after resolution opens a new incident.
        rule.at(200, 50);
        QCOMPARE(rule.at(260, 50), 1);
        QCOMPARE(rule.incidents().size(), 2);
    }

    void flappingOpensNothing()
    {
        freshDatabase(u"flapping"_s);
        RuleScript rule(*m_ownerDb, *m_serviceDb, u"queue_b"_s);
        for (int second = 0; second < 600; second += 40) {
            // Breached for 30 s at a time, shorter than the 60 s for-duration.
            QCOMPARE(rule.at(second, 20), 0);
            QCOMPARE(rule.state(), u"pending"_s);
            QCOMPARE(rule.at(second + 30, 1), 0);
            QCOMPARE(rule.state(), u"normal"_s);
        }
        QVERIFY(rule.incidents().isEmpty());
        // No sample for 5 minutes is neither a breach nor a recovery: the rule stays pending
        // (and opens nothing, although the for-duration has passed) until data comes back.
        QCOMPARE(rule.at(1000, 50), 0);
        QCOMPARE(rule.at(1400, std::nullopt), 0);
        QCOMPARE(rule.state(), u"pending"_s);
        QVERIFY(rule.incidents().isEmpty());
        QCOMPARE(rule.at(1410, 1), 0);
        QCOMPARE(rule.state(), u"normal"_s);
    }

    void withoutAutoResolveTheIncidentStaysOpen()
    {
        freshDatabase(u"noauto"_s);
        RuleScript rule(*m_ownerDb, *m_serviceDb, u"queue_c"_s, u"auto_resolve=false"_s);
        rule.at(0, 20);
        QCOMPARE(rule.at(60, 20), 1);
        rule.at(70, 1);
        rule.at(140, 1);
        QCOMPARE(rule.state(), u"normal"_s);
        QCOMPARE(rule.incidents().size(), 1);
        QCOMPARE(rule.incidents().first()[1].toString(), u"triggered"_s);
        // Breached again while it is still open: a line on it, no second incident.
        rule.at(150, 20);
        QCOMPARE(rule.at(210, 20), 0);
        QCOMPARE(rule.state(), u"alerting"_s);
        QCOMPARE(rule.incidents().size(), 1);
    }

    void disabledRuleStaysNormal()
    {
        freshDatabase(u"disabled"_s);
        RuleScript rule(*m_ownerDb, *m_serviceDb, u"queue_d"_s, u"enabled=false"_s);
        for (int second = 0; second <= 300; second += 30) {
            QCOMPARE(rule.at(second, 99), 0);
            QCOMPARE(rule.state(), u"normal"_s);
        }
        QVERIFY(rule.incidents().isEmpty());
        // Enabled, it fires; disabled while alerting, it goes back to normal and leaves its
        // incident alone.
        m_ownerDb->exec(u"UPDATE opsdesk.alert_rules SET enabled = true WHERE id = ?"_s,
                        {rule.rule()});
        rule.at(330, 99);
        QCOMPARE(rule.at(390, 99), 1);
        m_ownerDb->exec(u"UPDATE opsdesk.alert_rules SET enabled = false WHERE id = ?"_s,
                        {rule.rule()});
        QCOMPARE(rule.at(400, 99), 0);
        QCOMPARE(rule.state(), u"normal"_s);
        QCOMPARE(rule.incidents().first()[1].toString(), u"triggered"_s);
    }

    // -----------------------------------------------------------------------------------------
    // Incidents

    void incidentTransitions()
    {
        freshDatabase({}); // where the people are
        Connection admin(m_admin);
        const QString id =
            admin
                .value(u"INSERT INTO opsdesk.incidents (title, severity) VALUES ('Checkout "
                       u"down', 'critical') RETURNING id"_s)
                .toString();
        const auto times = [&] {
            return m_ownerDb
                ->rows(u"SELECT opened_at, acknowledged_at, resolved_at, reopened_at, "
                       u"status FROM opsdesk.incidents WHERE id = ?"_s,
                       {id})
                .first();
        };
        const auto setStatus = [&](Connection &as, const QString &status,
                                   const QString &summary = {}) {
            return refusal(as,
                           summary.isEmpty()
                               ? u"UPDATE opsdesk.incidents SET status = ? WHERE id = ?"_s
                               : u"UPDATE opsdesk.incidents SET status = ?, summary = ? WHERE id "
                                 u"= ?"_s,
                           summary.isEmpty() ? QVariantList{status, id}
                                             : QVariantList{status, summary, id});
        };
        const auto opened = times();
        QCOMPARE(opened[4].toString(), u"triggered"_s);

        // A new incident starts triggered.
        const auto resolvedAtOnce = refusal(
            *m_ownerDb, u"INSERT INTO opsdesk.incidents (title, severity, status, summary) VALUES "
                        u"('x', 'low', 'resolved', 'done')"_s);
        QCOMPARE(resolvedAtOnce.first, u"ODI01"_s);
        QVERIFY2(resolvedAtOnce.second.contains(u"starts as triggered"_s),
                 qPrintable(resolvedAtOnce.second));
        // Resolving needs a summary.
        const auto noSummary = setStatus(admin, u"resolved"_s);
        QCOMPARE(noSummary.first, u"ODI04"_s);
        QVERIFY2(noSummary.second.contains(u"needs a summary"_s), qPrintable(noSummary.second));
        QCOMPARE(setStatus(admin, u"resolved"_s, u"   "_s).first, u"ODI04"_s);
        // Triggered → acknowledged, with the database's time.
        QTest::qWait(20);
        QCOMPARE(setStatus(admin, u"acknowledged"_s).first, QString());
        const auto acknowledged = times();
        QVERIFY(acknowledged[1].toDateTime() >= opened[0].toDateTime());
        // Acknowledged → triggered or → acknowledged is not a transition.
        const auto back = setStatus(admin, u"triggered"_s);
        QCOMPARE(back.first, u"ODI01"_s);
        QVERIFY2(back.second.contains(u"cannot go from acknowledged to triggered"_s),
                 qPrintable(back.second));
        // Timestamps are the database's to set.
        QCOMPARE(refusal(*m_ownerDb,
                         u"UPDATE opsdesk.incidents SET acknowledged_at = now() - interval '1 day' "
                         u"WHERE id = ?"_s,
                         {id})
                     .first,
                 u"ODI02"_s);
        QCOMPARE(refusal(admin,
                         u"UPDATE opsdesk.incidents SET acknowledged_at = now() WHERE id = ?"_s,
                         {id})
                     .first,
                 u"42501"_s);
        QCOMPARE(refusal(*m_ownerDb,
                         u"UPDATE opsdesk.incidents SET opened_at = now() WHERE id = ?"_s, {id})
                     .first,
                 u"ODI02"_s);
        QTest::qWait(20);
        QCOMPARE(
            setStatus(admin, u"resolved"_s, u"Payment provider outage; failover done."_s).first,
            QString());
        const auto resolved = times();
        QVERIFY(resolved[2].toDateTime() >= resolved[1].toDateTime());
        QCOMPARE(resolved[1], acknowledged[1]);
        // Resolved → acknowledged is refused with a hint of what is allowed.
        const auto fromResolved = setStatus(admin, u"acknowledged"_s);
        QCOMPARE(fromResolved.first, u"ODI01"_s);
        QVERIFY2(fromResolved.second.contains(u"cannot go from resolved to acknowledged"_s),
                 qPrintable(fromResolved.second));
        // Reopened: triggered again, resolved and acknowledged times cleared, never backwards.
        QTest::qWait(20);
        QCOMPARE(setStatus(admin, u"triggered"_s).first, QString());
        const auto reopened = times();
        QVERIFY(reopened[1].isNull());
        QVERIFY(reopened[2].isNull());
        QVERIFY(reopened[3].toDateTime() >= resolved[2].toDateTime());
        QCOMPARE(reopened[0], opened[0]);

        // Timeline: opened, acknowledged, resolved, reopened, then assignment and severity.
        admin.exec(u"UPDATE opsdesk.incidents SET assignee_id = (SELECT id FROM "
                   u"opsdesk.admin_users WHERE db_role = 'mt_admin'), severity = 'high' WHERE "
                   u"id = ?"_s,
                   {id});
        const auto timeline = m_ownerDb->rows(
            u"SELECT kind, body, actor_id IS NOT NULL FROM opsdesk.incident_events WHERE "
            u"incident_id = ? ORDER BY at, id"_s,
            {id});
        QStringList lines;
        for (const auto &line : timeline) {
            lines << line[0].toString() + u": "_s + line[1].toString();
            QVERIFY(line[2].toBool()); // every line names who did it
        }
        QCOMPARE(lines, (QStringList{
                            u"status: Opened"_s,
                            u"status: Acknowledged"_s,
                            u"status: Resolved: Payment provider outage; failover done."_s,
                            u"status: Reopened"_s,
                            u"status: Severity changed from critical to high"_s,
                            u"assignment: Assigned to mt_admin"_s,
                        }));
    }

    void reopeningADuplicateIsRefusedAlsoThroughPsql()
    {
        freshDatabase({}); // where the people are
        Connection &db = *m_ownerDb;
        const QString first =
            db.value(u"INSERT INTO opsdesk.incidents (title, severity, dedup_key) VALUES "
                     u"('Disk full', 'high', 'disk:db1') RETURNING id"_s)
                .toString();
        db.exec(u"UPDATE opsdesk.incidents SET status = 'resolved', summary = 'Cleaned up' WHERE "
                u"id = ?"_s,
                {first});
        db.exec(u"INSERT INTO opsdesk.incidents (title, severity, dedup_key) VALUES ('Disk full "
                u"again', 'high', 'disk:db1')"_s);
        const auto refused = refusal(
            db, u"UPDATE opsdesk.incidents SET status = 'triggered' WHERE id = ?"_s, {first});
        QCOMPARE(refused.first, u"ODI03"_s);
        // The same refusal as someone at a psql prompt sees it.
        QProcess psql;
        psql.start(
            u"psql"_s,
            {u"-X"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, m_owner.toUrl(true), u"-c"_s,
             u"UPDATE opsdesk.incidents SET status = 'triggered' WHERE id = '%1'"_s.arg(first)});
        QVERIFY(psql.waitForFinished(30000));
        const QString stderrText = QString::fromUtf8(psql.readAllStandardError());
        QCOMPARE(psql.exitStatus(), QProcess::NormalExit);
        QVERIFY2(psql.exitCode() != 0, qPrintable(stderrText));
        QVERIFY2(stderrText.contains(u"ERROR:  incident \"Disk full\" cannot be reopened: another "
                                     u"unresolved incident has the same dedup key (disk:db1)"_s),
                 qPrintable(stderrText));
        QCOMPARE(
            db.value(u"SELECT status FROM opsdesk.incidents WHERE id = ?"_s, {first}).toString(),
            u"resolved"_s);
        // An invalid transition reads as clearly there.
        QProcess psql2;
        psql2.start(
            u"psql"_s,
            {u"-X"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, m_owner.toUrl(true), u"-c"_s,
             u"UPDATE opsdesk.incidents SET status = 'acknowledged' WHERE id = '%1'"_s.arg(first)});
        QVERIFY(psql2.waitForFinished(30000));
        const QString stderr2 = QString::fromUtf8(psql2.readAllStandardError());
        QVERIFY2(psql2.exitCode() != 0, qPrintable(stderr2));
        QVERIFY2(stderr2.contains(u"cannot go from resolved to acknowledged"_s) &&
                     stderr2.contains(u"HINT:  From resolved it may go to: triggered."_s),
                 qPrintable(stderr2));
    }

    void whoMayReadAndChangeIncidents()
    {
        freshDatabase({}); // where the people are
        Connection admin(m_admin);
        Connection manager(m_manager);
        Connection support(m_support);
        const QString id =
            admin
                .value(u"INSERT INTO opsdesk.incidents (title, severity) VALUES ('Slow "
                       u"replies', 'low') RETURNING id"_s)
                .toString();
        QCOMPARE(refusal(support, u"SELECT * FROM opsdesk.incidents"_s).first, u"42501"_s);
        QCOMPARE(refusal(support, u"SELECT * FROM opsdesk.incident_events"_s).first, u"42501"_s);
        QCOMPARE(
            manager.value(u"SELECT count(*) FROM opsdesk.incidents WHERE id = ?"_s, {id}).toInt(),
            1);
        QCOMPARE(refusal(manager,
                         u"UPDATE opsdesk.incidents SET status = 'acknowledged' WHERE id = ?"_s,
                         {id})
                     .first,
                 u"42501"_s);
        QCOMPARE(refusal(admin,
                         u"UPDATE opsdesk.incidents SET status = 'acknowledged' WHERE id = ?"_s,
                         {id})
                     .first,
                 QString());
        // Notes in one's own name; the timeline is never edited except by the owner.
        QCOMPARE(refusal(admin,
                         u"INSERT INTO opsdesk.incident_events (incident_id, kind, body) VALUES "
                         u"(?, 'note', 'Looking into it')"_s,
                         {id})
                     .first,
                 QString());
        QCOMPARE(refusal(admin,
                         u"INSERT INTO opsdesk.incident_events (incident_id, kind, body) VALUES "
                         u"(?, 'status', 'Resolved: forged')"_s,
                         {id})
                     .first,
                 u"42501"_s);
        for (Connection *as : {&admin, &manager, m_serviceDb.get()}) {
            QCOMPARE(refusal(*as, u"UPDATE opsdesk.incident_events SET body = 'edited'"_s).first,
                     u"42501"_s);
            QCOMPARE(refusal(*as, u"DELETE FROM opsdesk.incident_events"_s).first, u"42501"_s);
        }
        QCOMPARE(refusal(admin, u"DELETE FROM opsdesk.incidents"_s).first, u"42501"_s);
        // The service resolves only incidents opened by alert rules.
        QCOMPARE(m_serviceDb
                     ->exec(u"UPDATE opsdesk.incidents SET status = 'resolved', summary = 'x' "
                            u"WHERE id = ?"_s,
                            {id})
                     .numRowsAffected(),
                 0);
        QCOMPARE(m_ownerDb
                     ->value(u"UPDATE opsdesk.incident_events SET body = 'owner' WHERE "
                             u"incident_id = ? AND kind = 'note' RETURNING id"_s,
                             {id})
                     .isValid(),
                 true);
    }

    // -----------------------------------------------------------------------------------------
    // Retention

    void pruneMetricsKeepsWhatIsRecent()
    {
        freshDatabase(u"prune"_s);
        Connection &db = *m_ownerDb;
        db.exec(u"SELECT opsdesk.register_metric_series('old_series', 'Old', '', '')"_s);
        execScript(db.db(), uR"(
INSERT INTO opsdesk.metric_samples (series_id, at, value)
SELECT s.id, date_trunc('minute', now()) - d, 1 FROM opsdesk.metric_series s,
       unnest(ARRAY[interval '9 days', '8 days 1 minute', '7 days', '1 hour']) AS d
 WHERE s.name = 'old_series';
DELETE FROM opsdesk.metric_rollups;
INSERT INTO opsdesk.metric_rollups (series_id, minute, min, max, sum, count)
SELECT s.id, date_trunc('minute', now()) - d, 1, 1, 1, 1 FROM opsdesk.metric_series s,
       unnest(ARRAY[interval '91 days', '89 days', '9 days']) AS d
 WHERE s.name = 'old_series';
INSERT INTO opsdesk.contacts (id, wa_id) VALUES ('c0000000-0000-4000-8000-000000000009', '49151');
INSERT INTO opsdesk.conversations (id, contact_id, business_phone_id)
VALUES ('d0000000-0000-4000-8000-000000000009', 'c0000000-0000-4000-8000-000000000009', 'p');
INSERT INTO opsdesk.response_times (conversation_id, responded_at, waited_seconds) VALUES
    ('d0000000-0000-4000-8000-000000000009', now() - interval '2 days', 5),
    ('d0000000-0000-4000-8000-000000000009', now() - interval '2 hours', 5);
INSERT INTO opsdesk.serve_instances (instance, reported_at, started_at) VALUES
    ('gone:1:1', now() - interval '2 hours', now() - interval '3 hours'),
    ('here:1:1', now() - interval '5 seconds', now() - interval '3 hours');
)"_s);
        QCOMPARE(
            m_serviceDb->value(u"SELECT opsdesk.prune_metrics('8 days', '90 days')"_s).toLongLong(),
            qint64(2 + 1 + 1 + 1));
        QCOMPARE(db.value(u"SELECT count(*) FROM opsdesk.metric_samples"_s).toInt(), 2);
        QCOMPARE(db.value(u"SELECT count(*) FROM opsdesk.metric_rollups"_s).toInt(), 2);
        QCOMPARE(db.value(u"SELECT count(*) FROM opsdesk.response_times"_s).toInt(), 1);
        QCOMPARE(
            db.value(u"SELECT string_agg(instance, ',') FROM opsdesk.serve_instances"_s).toString(),
            u"here:1:1"_s);
        QCOMPARE(
            m_serviceDb->value(u"SELECT opsdesk.prune_metrics('8 days', '90 days')"_s).toLongLong(),
            qint64(0));
    }

    // -----------------------------------------------------------------------------------------
    // The collector singleton

    void oneCollectorAtATime()
    {
        freshDatabase(u"collector"_s);
        const auto options = [](const QString &instance, int requests) {
            MetricsCollector::Options o;
            o.instance = instance;
            o.interval = std::chrono::milliseconds(1100); // one tick per second at most
            o.load = [requests] { return InstanceLoad{requests, 1, 7.5}; };
            return o;
        };
        auto a = std::make_unique<MetricsCollector>(m_service, options(u"test:a"_s, 10));
        auto b = std::make_unique<MetricsCollector>(m_service, options(u"test:b"_s, 20));
        a->start();
        QTRY_VERIFY_WITH_TIMEOUT(a->isCollector(), 5000);
        b->start();
        QTest::qWait(4500);
        QVERIFY(a->isCollector());
        QVERIFY(!b->isCollector());
        QCOMPARE(b->collections(), 0);
        QVERIFY2(a->collections() >= 4, qPrintable(QString::number(a->collections())));
        // One sample per collecting tick, no more.
        const auto countSamples = [&] {
            return m_ownerDb
                ->value(u"SELECT count(*) FROM opsdesk.metric_samples m JOIN "
                        u"opsdesk.metric_series s ON s.id = m.series_id WHERE s.name = "
                        u"'webhook_events_per_min'"_s)
                .toInt();
        };
        QCOMPARE(countSamples(), a->collections());
        // Both instances report their last minute; the collector adds them up.
        QCOMPARE(m_ownerDb
                     ->value(u"SELECT string_agg(instance || '=' || webhook_requests_1m, ',' "
                             u"ORDER BY instance) FROM opsdesk.serve_instances"_s)
                     .toString(),
                 u"test:a=10,test:b=20"_s);
        QCOMPARE(m_ownerDb
                     ->value(u"SELECT m.value FROM opsdesk.metric_samples m JOIN "
                             u"opsdesk.metric_series s ON s.id = m.series_id WHERE s.name = "
                             u"'signature_failures_per_min' ORDER BY m.at DESC LIMIT 1"_s)
                     .toDouble(),
                 2.0);

        // The holder stops: its row goes, the other takes over.
        QSignalSpy took(b.get(), &MetricsCollector::collectorChanged);
        a->stop();
        QCOMPARE(m_ownerDb
                     ->value(u"SELECT count(*) FROM opsdesk.serve_instances WHERE instance = "
                             u"'test:a'"_s)
                     .toInt(),
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(b->isCollector(), 5000);
        QCOMPARE(took.size(), 1);
        const int before = countSamples();
        QTRY_VERIFY_WITH_TIMEOUT(countSamples() > before, 5000);

        // The holder's connection dies: the lock goes with the session, and the other instance
        // (started again) takes over while the old holder reconnects and waits its turn.
        a = std::make_unique<MetricsCollector>(m_service, options(u"test:a"_s, 10));
        a->start();
        QTest::qWait(1500);
        QVERIFY(!a->isCollector());
        QSignalSpy lost(b.get(), &MetricsCollector::collectorChanged);
        testsupport::execAsSuperuser(
            m_owner, u"SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = "
                     u"'advisory' AND granted AND ((classid::bigint << 32) | objid::bigint) = "
                     u"%1"_s.arg(MetricsCollector::kCollectorLockKey));
        QTRY_VERIFY_WITH_TIMEOUT(a->isCollector(), 8000);
        QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty(), 8000);
        QCOMPARE(lost.first().first().toBool(), false);
        QTest::qWait(2500);
        QVERIFY(!b->isCollector()); // reconnected, but not the collector
        QVERIFY(a->isCollector());
        QCOMPARE(m_ownerDb->value(u"SELECT count(*) FROM opsdesk.serve_instances"_s).toInt(), 2);
        b.reset();
        a.reset();
    }

    // moc reads Q_SLOTS as a section of its own; what follows are plain private members.
private:                   // NOLINT(readability-redundant-access-specifiers)
    DatabaseConfig m_main; ///< the database the people of this test belong to
    DatabaseConfig m_owner;
    DatabaseConfig m_service;
    DatabaseConfig m_admin;
    DatabaseConfig m_manager;
    DatabaseConfig m_support;
    std::unique_ptr<Connection> m_ownerDb;
    std::unique_ptr<Connection> m_serviceDb;

    /// A fresh database (empty name: the main one, where the people are) with connections as
    /// owner and service.
    void freshDatabase(const QString &name)
    {
        m_serviceDb.reset();
        m_ownerDb.reset();
        m_owner = name.isEmpty() ? m_main : testsupport::freshDatabase(name);
        m_service = m_owner;
        m_service.user = u"metrics_svc"_s;
        m_service.password = u"service-password-1"_s;
        m_ownerDb = std::make_unique<Connection>(m_owner);
        m_serviceDb = std::make_unique<Connection>(m_service);
    }
    double sampleAt(const QString &series, const QDateTime &at)
    {
        const QVariant value = m_ownerDb->value(
            u"SELECT m.value FROM opsdesk.metric_samples m JOIN opsdesk.metric_series s ON "
            u"s.id = m.series_id WHERE s.name = ? AND m.at = ?"_s,
            {series, at});
        return value.isValid() ? value.toDouble() : -1e300;
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
