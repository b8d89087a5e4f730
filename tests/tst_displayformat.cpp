// The labels the screens show (models/displayformat.h): the 24-hour customer service window at
// its boundaries, delivery ticks, phone grouping, avatar initials and relative times. Runs in a
// fixed locale (en_GB) and a time zone away from UTC (Asia/Jerusalem, UTC+2 in November) so
// "today" and "yesterday" are decided in local time, as the user sees them.

#include "displayformat.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace opsdesk;

namespace {

/// 2026-11-21 was a Saturday; no daylight-saving change in Israel around it.
const QDate kToday{2026, 11, 21};

QDateTime local(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, Qt::LocalTime);
}

} // namespace

class TestDisplayFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_oldTz = qgetenv("TZ");
        qputenv("TZ", "Asia/Jerusalem");
        tzset();
        QLocale::setDefault(QLocale(u"en_GB"_s));
        // The fixture dates must really be two hours off UTC, or the local-time checks test
        // nothing.
        QCOMPARE(local(kToday, QTime(12, 0)).offsetFromUtc(), 2 * 3600);
    }

    void cleanupTestCase()
    {
        if (m_oldTz.isNull()) {
            qunsetenv("TZ");
        } else {
            qputenv("TZ", m_oldTz);
        }
        tzset();
    }

    void serviceWindow_data()
    {
        QTest::addColumn<qint64>("secondsSinceInbound");
        QTest::addColumn<bool>("open");
        QTest::addColumn<QString>("label");

        // Last inbound at 2026-11-20 14:05 local; the window closes 2026-11-21 14:05 local.
        const QString closed = u"Window closed since 21 Nov, 14:05"_s;
        QTest::newRow("just received")
            << qint64(0) << true << u"Window open · closes in 24 h 0 min"_s;
        QTest::newRow("3 h 12 min left")
            << qint64(20 * 3600 + 48 * 60) << true << u"Window open · closes in 3 h 12 min"_s;
        QTest::newRow("61 s left: rounds up")
            << qint64(24 * 3600 - 61) << true << u"Window open · closes in 2 min"_s;
        QTest::newRow("23:59:59 ago")
            << qint64(24 * 3600 - 1) << true << u"Window open · closes in 1 min"_s;
        QTest::newRow("exactly 24:00:00 ago") << qint64(24 * 3600) << false << closed;
        QTest::newRow("24:00:01 ago") << qint64(24 * 3600 + 1) << false << closed;
        QTest::newRow("a week ago") << qint64(7 * 24 * 3600) << false << closed;
    }

    void serviceWindow()
    {
        QFETCH(qint64, secondsSinceInbound);
        QFETCH(bool, open);
        QFETCH(QString, label);

        const QDateTime lastInbound = local(kToday.addDays(-1), QTime(14, 5));
        const QDateTime now = lastInbound.toUTC().addSecs(secondsSinceInbound);
        const auto window = display::serviceWindow(lastInbound, now);
        QCOMPARE(window.open, open);
        QCOMPARE(window.label, label);
    }

    void serviceWindowWithoutInboundMessage()
    {
        const auto window = display::serviceWindow(QDateTime(), local(kToday, QTime(12, 0)));
        QVERIFY(!window.open);
        QCOMPARE(window.label, u"No customer message yet"_s);
    }

    void deliveryTicks_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("ticks");
        QTest::addColumn<QString>("label");

        QTest::newRow("sent") << u"sent"_s << u"✓"_s << u"Sent"_s;
        QTest::newRow("delivered") << u"delivered"_s << u"✓✓"_s << u"Delivered"_s;
        QTest::newRow("read") << u"read"_s << u"✓✓"_s << u"Read"_s;
        QTest::newRow("failed") << u"failed"_s << u"✗"_s << u"Failed"_s;
        QTest::newRow("queued") << u"queued"_s << u"🕓"_s << u"Queued"_s;
        QTest::newRow("inbound (no status)") << QString() << QString() << QString();
        QTest::newRow("unknown") << u"deleted"_s << QString() << QString();
    }

    void deliveryTicks()
    {
        QFETCH(QString, status);
        QFETCH(QString, ticks);
        QFETCH(QString, label);
        QCOMPARE(display::deliveryTicks(status), ticks);
        QCOMPARE(display::deliveryStatusLabel(status), label);
    }

    void phone_data()
    {
        QTest::addColumn<QString>("waId");
        QTest::addColumn<QString>("expected");

        QTest::newRow("US") << u"16505551234"_s << u"+1 650 555 1234"_s;
        QTest::newRow("Israel") << u"972541234567"_s << u"+972 541 234 567"_s;
        QTest::newRow("UK") << u"447911123456"_s << u"+44 791 112 3456"_s;
        QTest::newRow("Russia") << u"79161234567"_s << u"+7 916 123 4567"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void phone()
    {
        QFETCH(QString, waId);
        QFETCH(QString, expected);
        const QString shown = display::phone(waId);
        QCOMPARE(shown, expected);
        // Whatever the grouping, no digit is lost or added.
        QCOMPARE(QString(shown).remove(QRegularExpression(u"[^0-9]"_s)), waId);
    }

    void phoneCountryCode()
    {
        QVERIFY(display::phone(u"972541234567"_s).startsWith(u"+972 "_s));
        QVERIFY(display::phone(u"4915112345678"_s).startsWith(u"+49 "_s));
        QVERIFY(display::phone(u"16505551234"_s).startsWith(u"+1 "_s));
    }

    void initials_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");

        QTest::newRow("two words") << u"Sheena Nelson"_s << u"SN"_s;
        QTest::newRow("three words: first two") << u"Ana María López"_s << u"AM"_s;
        QTest::newRow("lower case") << u"dan levi"_s << u"DL"_s;
        QTest::newRow("one word") << u"Madonna"_s << u"M"_s;
        QTest::newRow("extra spaces") << u"  Sheena   Nelson "_s << u"SN"_s;
        QTest::newRow("Hebrew") << u"דנה כהן"_s << u"דכ"_s;
        QTest::newRow("bare number") << u"+972 54 123 4567"_s << u"#"_s;
        QTest::newRow("empty") << QString() << u"#"_s;
    }

    void initials()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(display::initials(name), expected);
    }

    void shortTime_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("expected");

        QTest::newRow("today") << local(kToday, QTime(14, 5)) << u"14:05"_s;
        QTest::newRow("today at midnight") << local(kToday, QTime(0, 0)) << u"00:00"_s;
        // 23:30 UTC on the 20th is 01:30 on the 21st in Jerusalem: today, not yesterday.
        QTest::newRow("today in local time, yesterday in UTC")
            << QDateTime(kToday.addDays(-1), QTime(23, 30), Qt::UTC) << u"01:30"_s;
        QTest::newRow("yesterday evening")
            << local(kToday.addDays(-1), QTime(23, 59, 59)) << u"Yesterday"_s;
        QTest::newRow("yesterday at midnight")
            << local(kToday.addDays(-1), QTime(0, 0)) << u"Yesterday"_s;
        QTest::newRow("this week") << local(kToday.addDays(-6), QTime(9, 0)) << u"Sun"_s;
        QTest::newRow("a week ago") << local(kToday.addDays(-7), QTime(9, 0)) << u"14 Nov 2026"_s;
        QTest::newRow("invalid") << QDateTime() << QString();
    }

    void shortTime()
    {
        QFETCH(QDateTime, at);
        QFETCH(QString, expected);
        // "now" given in UTC, like the models' clock: 10:00 UTC is 12:00 in Jerusalem.
        const QDateTime now(kToday, QTime(10, 0), Qt::UTC);
        QCOMPARE(display::shortTime(at, now), expected);
    }

private:
    QByteArray m_oldTz;
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
