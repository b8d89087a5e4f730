#pragma once

#include "changecoalescer.h"
#include "liverows.h"
#include "webhookevents.h"

#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

namespace opsdesk {

class Database;

/// The Webhook events screen: every stored webhook event, newest first, live.
///
/// Keyset-paged (fetchMore loads the next 200 older events); new events appear at the top and
/// processing-state changes update rows in place. selectEvent() loads one event's payload,
/// pretty-printed, into selectedPayload.
// Base spelled fully qualified: Qt 6.4 qmltyperegistrar does not resolve it otherwise, and QML
// tooling would lose the inherited loading/errorString/count properties.
class WebhookEventListModel : public opsdesk::LiveModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace")
    Q_PROPERTY(qint64 selectedEventId READ selectedEventId NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedPayload READ selectedPayload NOTIFY selectedChanged)

public:
    enum Role {
        EventIdRole = Qt::UserRole + 1, ///< qint64 whatsapp_webhook_events.id
        ReceivedAtRole,                 ///< QDateTime (UTC)
        TimeLabelRole,                  ///< "14:05" / "Yesterday" / …
        FullTimeRole,                   ///< "21 Nov 2026, 14:05:09"
        FieldRole,                      ///< "messages", "message_template_status_update", …
        SummaryRole,                    ///< one line, e.g. "Text from Sheena Nelson"
        SignatureValidRole,             ///< bool
        ProcessingRole,                 ///< wire value: pending, processed, failed, ignored
        ProcessingLabelRole,            ///< translated label
        ErrorRole,                      ///< why it failed or was ignored; empty otherwise
    };
    Q_ENUM(Role)

    explicit WebhookEventListModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] qint64 selectedEventId() const { return m_selectedId; }
    [[nodiscard]] QString selectedPayload() const { return m_selectedPayload; }

    /// Reloads from the newest event (after a feed gap, or on request).
    Q_INVOKABLE void reload();
    /// Shows the payload of event @p eventId (0 clears the selection).
    Q_INVOKABLE void selectEvent(qint64 eventId);
    /// Applies a change-feed batch.
    void applyChanges(const QList<opsdesk::Change> &batch) { m_coalescer.add(batch); }

Q_SIGNALS:
    void selectedChanged();

private:
    QCoro::Task<> load(qint64 beforeId);
    QCoro::Task<> refetch(QSet<QString> keys);
    QCoro::Task<> loadPayload(qint64 eventId);

    LiveRows<webhookevents::Row> m_rows;
    Database &m_database;
    ChangeCoalescer m_coalescer;
    bool m_atEnd = false;
    qint64 m_selectedId = 0;
    QString m_selectedPayload;
    static constexpr int kPageSize = 200;
};

} // namespace opsdesk
