#include "displayformat.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace opsdesk::display {

namespace {

constexpr auto kContext = "opsdesk::display";

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate(kContext, text, disambiguation, n);
}

} // namespace

QString translatedLabel(const char *context, const Labels &labels, const QString &key,
                        const QString &fallback)
{
    const auto found = labels.constFind(key);
    return found == labels.constEnd() ? fallback
                                      : QCoreApplication::translate(context, found.value());
}

QString shortTime(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid()) {
        return {};
    }
    const QDateTime local = at.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QLocale locale;
    if (local.date() == today) {
        return locale.toString(local.time(), QLocale::ShortFormat);
    }
    if (local.date() == today.addDays(-1)) {
        return tr("Yesterday");
    }
    if (local.date() > today.addDays(-7)) {
        return locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat);
    }
    return locale.toString(local.date(), u"d MMM yyyy"_s);
}

QString fullTime(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), u"d MMM yyyy, HH:mm:ss"_s)
                        : QString();
}

QString phone(const QString &waId)
{
    if (waId.isEmpty()) {
        return {};
    }
    // Country codes are 1-3 digits; without a numbering plan database, group for readability:
    // "+CC rest" with the rest in blocks of 3-4.
    int cc = 3;
    if (waId.startsWith(u'1') || waId.startsWith(u'7')) {
        cc = 1;
    } else if (QStringList{u"20"_s, u"27"_s, u"30"_s, u"31"_s, u"32"_s, u"33"_s, u"34"_s, u"36"_s,
                           u"39"_s, u"40"_s, u"41"_s, u"43"_s, u"44"_s, u"45"_s, u"46"_s, u"47"_s,
                           u"48"_s, u"49"_s, u"51"_s, u"52"_s, u"53"_s, u"54"_s, u"55"_s, u"56"_s,
                           u"57"_s, u"58"_s, u"60"_s, u"61"_s, u"62"_s, u"63"_s, u"64"_s, u"65"_s,
                           u"66"_s, u"81"_s, u"82"_s, u"84"_s, u"86"_s, u"90"_s, u"91"_s, u"92"_s,
                           u"93"_s, u"94"_s, u"95"_s, u"98"_s}
                   .contains(waId.left(2))) {
        cc = 2;
    }
    QString rest = waId.mid(cc);
    QStringList groups;
    while (rest.size() > 4) {
        groups << rest.left(3);
        rest = rest.mid(3);
    }
    groups << rest;
    return u"+"_s + waId.left(cc) + u' ' + groups.join(u' ');
}

QString initials(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    QString result;
    for (const QString &word : words) {
        if (word.front().isLetter()) {
            result += word.front().toUpper();
        }
        if (result.size() == 2) {
            break;
        }
    }
    return result.isEmpty() ? u"#"_s : result;
}

ServiceWindow serviceWindow(const QDateTime &lastInboundAt, const QDateTime &now)
{
    if (!lastInboundAt.isValid()) {
        return {false, tr("No customer message yet")};
    }
    const QDateTime closes = lastInboundAt.addSecs(qint64(24) * 3600);
    if (now < closes) {
        const qint64 minutes = (now.secsTo(closes) + 59) / 60;
        const QString left = minutes >= 60 ? tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                                           : tr("%n min", nullptr, int(minutes));
        return {true, tr("Window open · closes in %1").arg(left)};
    }
    return {false, tr("Window closed since %1").arg(windowCloseTime(closes))};
}

QString windowCloseTime(const QDateTime &closesAt)
{
    return QLocale().toString(closesAt.toLocalTime(), u"d MMM, HH:mm"_s);
}

QString deliveryTicks(const QString &status)
{
    if (status == u"sent") {
        return u"✓"_s;
    }
    if (status == u"delivered" || status == u"read") {
        return u"✓✓"_s;
    }
    if (status == u"failed") {
        return u"✗"_s;
    }
    if (status == u"queued") {
        return u"🕓"_s;
    }
    return {};
}

QString deliveryStatusLabel(const QString &status)
{
    static const Labels labels{{u"queued"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Queued")},
                               {u"sent"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Sent")},
                               {u"delivered"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Delivered")},
                               {u"read"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Read")},
                               {u"failed"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Failed")}};
    return translatedLabel(kContext, labels, status, {});
}

QString conversationStatusLabel(const QString &status)
{
    static const Labels labels{{u"open"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Open")},
                               {u"pending"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Pending")},
                               {u"snoozed"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Snoozed")},
                               {u"resolved"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Resolved")}};
    return translatedLabel(kContext, labels, status, status);
}

QString processingLabel(const QString &processing)
{
    static const Labels labels{{u"pending"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Pending")},
                               {u"processed"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Processed")},
                               {u"failed"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Failed")},
                               {u"ignored"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Ignored")}};
    return translatedLabel(kContext, labels, processing, processing);
}

QString messageKindLabel(const QString &kind)
{
    static const Labels labels{
        {u"image"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Image")},
        {u"audio"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Voice message")},
        {u"video"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Video")},
        {u"document"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Document")},
        {u"sticker"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Sticker")},
        {u"location"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Location")},
        {u"contacts"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Contact card")},
        {u"interactive"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Interactive reply")},
        {u"button"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Button reply")},
        {u"reaction"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Reaction")},
        {u"template"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Template")},
        {u"note"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Private note")},
        {u"unsupported"_s, QT_TRANSLATE_NOOP("opsdesk::display", "Unsupported message")},
    };
    return translatedLabel(kContext, labels, kind, {});
}

} // namespace opsdesk::display
