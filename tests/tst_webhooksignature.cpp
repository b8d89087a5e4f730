// X-Hub-Signature-256 verification against the locally computed vectors in
// tests/fixtures/whatsapp/signature (copied from shared/fixtures; see its README.txt).

#include "webhooksignature.h"

#include "testdatabase.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using opsdesk::WebhookSignature;

namespace {
QByteArray readFixture(const QString &name)
{
    QFile file(testsupport::fixturePath(u"whatsapp/signature/"_s + name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(name));
    }
    return file.readAll();
}
QByteArray headerValue(const QString &name)
{
    // The files hold "X-Hub-Signature-256: sha256=..."
    return readFixture(name).split(':').last().trimmed();
}
} // namespace

class TestWebhookSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("header");
        QTest::newRow("pretty-printed body") << u"body.json"_s << u"expected_header.txt"_s;
        QTest::newRow("compact body with \\u escapes")
            << u"body_unicode_escaped.json"_s << u"expected_header_unicode_escaped.txt"_s;
    }
    void vectors()
    {
        QFETCH(QString, body);
        QFETCH(QString, header);
        const WebhookSignature signature(readFixture(u"app_secret.txt"_s));
        QCOMPARE(signature.verify(readFixture(body), headerValue(header)),
                 WebhookSignature::Result::Valid);
        QCOMPARE(signature.sign(readFixture(body)), headerValue(header));
    }

    void rejects()
    {
        const QByteArray body = readFixture(u"body.json"_s);
        const QByteArray header = headerValue(u"expected_header.txt"_s);
        const WebhookSignature right(readFixture(u"app_secret.txt"_s));
        const WebhookSignature wrong("another_secret");

        QCOMPARE(wrong.verify(body, header), WebhookSignature::Result::Mismatch);
        QCOMPARE(right.verify(body, {}), WebhookSignature::Result::Missing);
        QCOMPARE(right.verify(body, "   "), WebhookSignature::Result::Missing);

        QByteArray tampered = body;
        tampered.replace("Body Text", "Body TexT");
        QCOMPARE(right.verify(tampered, header), WebhookSignature::Result::Mismatch);
        // One byte of whitespace more is a different body: never re-serialise before verifying.
        QCOMPARE(right.verify(body + '\n', header), WebhookSignature::Result::Mismatch);

        QCOMPARE(right.verify(body, header.mid(7)),
                 WebhookSignature::Result::Malformed); // no "sha256="
        QCOMPARE(right.verify(body, "sha1=" + header.mid(7)), WebhookSignature::Result::Malformed);
        QCOMPARE(right.verify(body, header.left(header.size() - 1)),
                 WebhookSignature::Result::Malformed);
        QByteArray nonHex = header;
        nonHex[10] = 'z';
        QCOMPARE(right.verify(body, nonHex), WebhookSignature::Result::Malformed);
        // Upper-case hex digits are the same digest.
        QCOMPARE(right.verify(body, "sha256=" + header.mid(7).toUpper()),
                 WebhookSignature::Result::Valid);
    }
};

QTEST_GUILESS_MAIN(TestWebhookSignature)
#include "tst_webhooksignature.moc"
