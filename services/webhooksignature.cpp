#include "webhooksignature.h"

#include <QMessageAuthenticationCode>

namespace opsdesk {
namespace {

constexpr QByteArrayView kPrefix = "sha256=";

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    }
    return diff == 0;
}

} // namespace

WebhookSignature::WebhookSignature(QByteArray appSecret)
    : m_secret(std::move(appSecret))
{}

QByteArray WebhookSignature::sign(const QByteArray &body) const
{
    QByteArray header = kPrefix.toByteArray();
    header.append(
        QMessageAuthenticationCode::hash(body, m_secret, QCryptographicHash::Sha256).toHex());
    return header;
}

WebhookSignature::Result WebhookSignature::verify(const QByteArray &body,
                                                  const QByteArray &header) const
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty()) {
        return Result::Missing;
    }
    if (!value.startsWith(kPrefix) || value.size() != kPrefix.size() + 64) {
        return Result::Malformed;
    }
    const QByteArray hex = value.mid(kPrefix.size()).toLower();
    for (const char c : hex) {
        const bool hexDigit = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        if (!hexDigit) {
            return Result::Malformed;
        }
    }
    const QByteArray expected =
        QMessageAuthenticationCode::hash(body, m_secret, QCryptographicHash::Sha256).toHex();
    return constantTimeEquals(expected, hex) ? Result::Valid : Result::Mismatch;
}

const char *WebhookSignature::describe(Result result)
{
    switch (result) {
    case Result::Valid:
        return "valid signature";
    case Result::Missing:
        return "missing X-Hub-Signature-256 header";
    case Result::Malformed:
        return "malformed X-Hub-Signature-256 header (expected sha256=<64 hex digits>)";
    case Result::Mismatch:
        return "X-Hub-Signature-256 does not match the body";
    }
    return "unknown";
}

} // namespace opsdesk
