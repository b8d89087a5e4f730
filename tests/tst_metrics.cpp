#include <QTest>

class Tstmetrics : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstmetrics)
#include "tst_metrics.moc"
