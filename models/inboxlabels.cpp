#include "inboxlabels.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace opsdesk::display {

namespace {

constexpr auto kContext = "opsdesk::display";
constexpr int kMorningHour = 9;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate(kContext, text, disambiguation, n);
}

} // namespace

QString waitingLabel(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid()) {
        return {};
    }
    const qint64 minutes = std::max<qint64>(0, since.secsTo(now) / 60);
    if (minutes < 1) {
        return tr("Waiting under a minute");
    }
    if (minutes < 60) {
        return tr("Waiting %n min", nullptr, int(minutes));
    }
    if (minutes < qint64(24) * 60) {
        return tr("Waiting %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    }
    return tr("Waiting %n day(s)", nullptr, int(minutes / (qint64(24) * 60)));
}

QString snoozedUntilLabel(const QDateTime &until, const QDateTime &now)
{
    if (!until.isValid()) {
        return {};
    }
    const QLocale locale;
    const QDateTime local = until.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == today) {
        return tr("Snoozed until %1").arg(time);
    }
    if (local.date() == today.addDays(1)) {
        return tr("Snoozed until tomorrow %1").arg(time);
    }
    if (local.date() > today && local.date() < today.addDays(7)) {
        return tr("Snoozed until %1 %2")
            .arg(locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat), time);
    }
    return tr("Snoozed until %1").arg(locale.toString(local, u"d MMM yyyy, HH:mm"_s));
}

QString viewersLabel(const QStringList &names)
{
    if (names.isEmpty()) {
        return {};
    }
    return tr("Also viewing: %1").arg(QLocale().createSeparatedList(names));
}

QDateTime tomorrowMorning(const QDateTime &now)
{
    return {now.toLocalTime().date().addDays(1), QTime(kMorningHour, 0), Qt::LocalTime};
}

QDateTime nextMondayMorning(const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    const int days = 8 - today.dayOfWeek(); // Monday = 1: a week later; Sunday = 7: tomorrow
    return {today.addDays(days), QTime(kMorningHour, 0), Qt::LocalTime};
}

QDateTime parseLocalDateTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const QString &format : {u"yyyy-MM-dd HH:mm"_s, u"yyyy-MM-ddTHH:mm"_s,
                                  u"yyyy-MM-dd H:mm"_s, u"yyyy-MM-dd HH:mm:ss"_s}) {
        QDateTime parsed = QDateTime::fromString(trimmed, format);
        if (parsed.isValid()) {
            parsed.setTimeSpec(Qt::LocalTime);
            return parsed;
        }
    }
    return {};
}

} // namespace opsdesk::display
