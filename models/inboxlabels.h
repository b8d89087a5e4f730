#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

/// Labels of the support inbox (waiting time, snooze, presence) and the snooze presets' times,
/// decided in C++ so QML only binds them. Times are shown in local time.
namespace opsdesk::display {

/// "Waiting 12 min" / "Waiting 3 h 5 min" / "Waiting 2 days" since the customer's first
/// unanswered message; empty when nobody is waiting (@p since invalid).
QString waitingLabel(const QDateTime &since,
                     const QDateTime &now = QDateTime::currentDateTimeUtc());
/// "Snoozed until 15:20" today, "until tomorrow 09:00", "until Mon 09:00" within the week, else
/// with the date; empty when @p until is invalid.
QString snoozedUntilLabel(const QDateTime &until,
                          const QDateTime &now = QDateTime::currentDateTime());
/// "Also viewing: Dana", "Also viewing: Dana and Lior" (the locale's list); empty for nobody.
QString viewersLabel(const QStringList &names);

/// 09:00 local time on the day after @p now.
QDateTime tomorrowMorning(const QDateTime &now = QDateTime::currentDateTime());
/// 09:00 local time on the next Monday after @p now (a week later when @p now is a Monday).
QDateTime nextMondayMorning(const QDateTime &now = QDateTime::currentDateTime());
/// A local date and time typed as "YYYY-MM-DD HH:MM" (also "YYYY-MM-DDTHH:MM"); invalid when it
/// is not one.
QDateTime parseLocalDateTime(const QString &text);

} // namespace opsdesk::display
