#include <QTest>

class Tstmetricsui : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstmetricsui)
#include "tst_metricsui.moc"
