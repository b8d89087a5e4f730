#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

/// Labels the screens show, decided in C++ so QML only binds them (and so they are tested).
namespace opsdesk::display {

/// Wire value → untranslated label (marked with `QT_TRANSLATE_NOOP(context, ...)`), translated
/// when looked up.
using Labels = QHash<QString, const char *>;
/// The label for @p key in @p labels, translated in the translation @p context the labels were
/// marked with (e.g. "opsdesk::display"); @p fallback, untranslated, when @p key has none.
QString translatedLabel(const char *context, const Labels &labels, const QString &key,
                        const QString &fallback);

/// "14:05" today, "Yesterday", a weekday within the week, else a short date; local time.
QString shortTime(const QDateTime &at, const QDateTime &now = QDateTime::currentDateTime());
/// "21 Nov 2026, 14:05:09" in local time.
QString fullTime(const QDateTime &at);
/// Readable grouping of a wa_id (digits only, country code first): "16505551234" →
/// "+1 650 555 1234". Without a numbering-plan database the rest is cut in blocks of three.
QString phone(const QString &waId);
/// Up to two initials of a name ("Sheena Nelson" → "SN"); "#" for a bare number.
QString initials(const QString &name);

/// The 24-hour customer service window: open while now < last inbound message + 24 h
/// (https://developers.facebook.com/docs/whatsapp/cloud-api/guides/send-messages#customer-service-windows).
struct ServiceWindow {
    bool open = false;
    QString label; ///< "Window open · closes in 3 h 12 min" / "Window closed since …" / "No
                   ///< customer message yet"
};
ServiceWindow serviceWindow(const QDateTime &lastInboundAt,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());
/// When a customer service window closes (closed), as every label writes it: "3 Mar, 14:05",
/// local time.
QString windowCloseTime(const QDateTime &closesAt);

/// Delivery ticks as WhatsApp shows them: sent ✓, delivered ✓✓, read ✓✓ (highlighted), failed ✗.
QString deliveryTicks(const QString &status);
QString deliveryStatusLabel(const QString &status);
/// "Open", "Pending", "Snoozed", "Resolved".
QString conversationStatusLabel(const QString &status);
/// "Pending", "Processed", "Failed", "Ignored".
QString processingLabel(const QString &processing);
/// "[Image]", "[Location]", ...; empty for text.
QString messageKindLabel(const QString &kind);

} // namespace opsdesk::display
