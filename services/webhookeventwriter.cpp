#include "webhookeventwriter.h"

#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

// One statement per batch; the batch travels as a JSON array so it is a single round trip.
// A valid body travels as text and is cast to jsonb by the server; anything else as base64.
const auto kInsertBatch = uR"(
INSERT INTO opsdesk.whatsapp_webhook_events
       (signature_valid, object, field, payload, raw_body, processing, error, processed_at)
SELECT true, e->>'object', e->>'field',
       CASE WHEN (e->>'valid')::boolean THEN (e->>'raw')::jsonb END,
       CASE WHEN (e->>'valid')::boolean THEN convert_to(e->>'raw', 'UTF8')
            ELSE decode(e->>'raw', 'base64') END,
       CASE WHEN (e->>'valid')::boolean THEN 'pending' ELSE 'failed' END,
       e->>'error',
       CASE WHEN (e->>'valid')::boolean THEN NULL ELSE now() END
  FROM jsonb_array_elements(?::jsonb) WITH ORDINALITY AS t(e, n)
 ORDER BY n
RETURNING id)"_s;

QJsonObject toJson(const IncomingWebhookEvent &event)
{
    QJsonObject row{{u"valid"_s, event.jsonValid},
                    {u"object"_s, event.object.isEmpty() ? QJsonValue() : QJsonValue(event.object)},
                    {u"field"_s, event.field.isEmpty() ? QJsonValue() : QJsonValue(event.field)},
                    {u"error"_s, event.error.isEmpty() ? QJsonValue() : QJsonValue(event.error)}};
    row.insert(u"raw"_s, event.jsonValid ? QString::fromUtf8(event.rawBody)
                                         : QString::fromLatin1(event.rawBody.toBase64()));
    return row;
}

QList<qint64> insertRows(QSqlDatabase &db, const QJsonArray &rows)
{
    auto query = exec(db, kInsertBatch,
                      {QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))});
    QList<qint64> ids;
    ids.reserve(rows.size());
    while (query.next()) {
        ids << query.value(0).toLongLong();
    }
    throwIfIncomplete(query);
    return ids;
}

} // namespace

WebhookEventWriter::WebhookEventWriter(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

WebhookEventWriter::~WebhookEventWriter()
{
    stop();
}

void WebhookEventWriter::start()
{
    if (m_thread) {
        return;
    }
    m_stopping = false;
    m_thread = QThread::create([this] { runLoop(); });
    m_thread->setObjectName(u"webhook-writer"_s);
    m_thread->start();
}

void WebhookEventWriter::stop()
{
    if (!m_thread) {
        return;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void WebhookEventWriter::enqueue(IncomingWebhookEvent event, QObject *context, Completion done)
{
    QMutexLocker lock(&m_mutex);
    if (m_stopping || !m_thread || m_queue.size() >= size_t(maxQueued())) {
        lock.unlock();
        done(Expected<qint64>::failure(m_stopping || !m_thread ? u"the server is shutting down"_s
                                                               : u"ingest queue is full"_s));
        return;
    }
    m_queue.push_back({std::move(event), context, std::move(done)});
    m_wake.wakeOne();
}

void WebhookEventWriter::runLoop()
{
    const QString connectionName =
        u"webhook-writer-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db;
    for (;;) {
        std::vector<Pending> batch;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping) {
                m_wake.wait(&m_mutex);
            }
            if (m_queue.empty() && m_stopping) {
                break;
            }
            while (!m_queue.empty() && batch.size() < size_t(maxBatch())) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }

        QList<Expected<qint64>> results;
        for (int attempt = 0; attempt < 2 && results.isEmpty(); ++attempt) {
            try {
                if (!db.isOpen()) {
                    db = m_database.openDedicated(connectionName);
                }
                results = writeBatch(db, batch);
            } catch (const DatabaseError &error) {
                logging::ingest()->error("storing {} webhook events failed: {}", batch.size(),
                                         error.message().toStdString());
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(connectionName);
                if (attempt == 1) {
                    for (size_t i = 0; i < batch.size(); ++i) {
                        results << Expected<qint64>::failure(error.message());
                    }
                }
            }
        }

        int storedCount = 0;
        for (size_t i = 0; i < batch.size(); ++i) {
            auto &pending = batch[i];
            if (results.at(qsizetype(i)).ok()) {
                ++storedCount;
            }
            if (pending.context) {
                QMetaObject::invokeMethod(
                    pending.context.data(),
                    [done = std::move(pending.done), result = results.at(qsizetype(i))] {
                        done(result);
                    },
                    Qt::QueuedConnection);
            }
        }
        if (storedCount > 0) {
            Q_EMIT stored(storedCount);
        }
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName);
}

QList<Expected<qint64>> WebhookEventWriter::writeBatch(QSqlDatabase &db,
                                                       const std::vector<Pending> &batch)
{
    QJsonArray rows;
    for (const auto &pending : batch) {
        rows.append(toJson(pending.event));
    }
    QList<Expected<qint64>> results;
    execScript(db, u"BEGIN"_s);
    try {
        const auto ids = insertRows(db, rows);
        execScript(db, u"COMMIT"_s);
        for (const qint64 id : ids) {
            results << id;
        }
        return results;
    } catch (const DatabaseError &error) {
        execScript(db, u"ROLLBACK"_s);
        if (isConnectionLoss(error)) {
            throw;
        }
        logging::ingest()->warn("batch of {} rejected ({}); storing one by one", batch.size(),
                                error.message().toStdString());
    }
    // One transaction per row: a row the server refuses is kept raw, marked failed with the reason.
    for (const auto &pending : batch) {
        IncomingWebhookEvent event = pending.event;
        try {
            results << insertRows(db, QJsonArray{toJson(event)}).value(0);
        } catch (const DatabaseError &error) {
            if (isConnectionLoss(error)) {
                throw;
            }
            event.jsonValid = false;
            event.error = u"payload rejected by the database: "_s + error.message();
            results << insertRows(db, QJsonArray{toJson(event)}).value(0);
        }
    }
    return results;
}

} // namespace opsdesk
