#include <QTest>
class TestCloudApi : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestCloudApi)
#include "tst_cloudapi.moc"
