#include <QTest>
class TestOutbound : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestOutbound)
#include "tst_outbound.moc"
