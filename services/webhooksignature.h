#pragma once

#include <QByteArray>

namespace opsdesk {

/// Verifies the `X-Hub-Signature-256` header of a WhatsApp Cloud API webhook.
///
/// Meta signs the exact request body with HMAC-SHA256 keyed by the app secret and sends
/// `sha256=<64 lowercase hex digits>`
/// (https://developers.facebook.com/docs/graph-api/webhooks/getting-started#event-notifications).
/// Verification runs over the raw bytes as received (never re-serialised JSON) and compares in
/// constant time.
class WebhookSignature
{
public:
    enum class Result {
        Valid,
        Missing,   ///< no header, or an empty one
        Malformed, ///< not `sha256=` followed by 64 hex digits
        Mismatch,  ///< well-formed but not the body's HMAC under this secret
    };

    explicit WebhookSignature(QByteArray appSecret);

    /// Checks @p header (the header's value, e.g. "sha256=8fe3...") against @p body.
    [[nodiscard]] Result verify(const QByteArray &body, const QByteArray &header) const;

    /// The header value Meta would send for @p body ("sha256=" + lowercase hex).
    [[nodiscard]] QByteArray sign(const QByteArray &body) const;

    /// A short English reason for logs and error bodies.
    [[nodiscard]] static const char *describe(Result result);

private:
    QByteArray m_secret;
};

} // namespace opsdesk
