#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace opsdesk::webhookevents {

/// One row of the Webhook events screen.
struct Row {
    qint64 id = 0;
    QDateTime receivedAt; ///< UTC
    QString object;       ///< top-level "object" (e.g. whatsapp_business_account)
    QString field;        ///< first change's field (messages, message_template_status_update)
    QString summary;      ///< one line: "Text from Sheena Nelson", "Status read", ...
    bool signatureValid = false;
    QString processing; ///< pending, processed, failed, ignored
    QString error;      ///< why processing failed or was skipped
};

/// Newest first. Keyset pagination: pass the smallest id already shown as @p beforeId
/// (0 = from the newest). Throws DatabaseError.
QList<Row> fetchPage(const QSqlDatabase &db, qint64 beforeId, int limit);
/// The rows among @p ids that exist (for live updates), any order.
QList<Row> fetchByIds(const QSqlDatabase &db, const QList<qint64> &ids);
/// The payload pretty-printed (the raw body when it is not JSON, hex-escaped where not UTF-8).
QString fetchPayload(const QSqlDatabase &db, qint64 id);

} // namespace opsdesk::webhookevents
