#include <QTest>

class Tstincidents : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstincidents)
#include "tst_incidents.moc"
