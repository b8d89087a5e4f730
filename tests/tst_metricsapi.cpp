#include <QTest>

class Tstmetricsapi : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstmetricsapi)
#include "tst_metricsapi.moc"
