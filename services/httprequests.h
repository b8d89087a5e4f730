#pragma once

#include <QByteArray>
#include <QByteArrayView>

class QHttpServerRequest;

/// Reading incoming HTTP requests, shared by the webhook ingest and the automation API servers.
namespace opsdesk::httprequests {

/// The value of the first header called @p name (compared case-insensitively, RFC 9110
/// section 5.1), or an empty array when the request has none.
[[nodiscard]] QByteArray header(const QHttpServerRequest &request, QByteArrayView name);

/// The request id to echo in `X-Request-Id` and to log: the caller's own if it is safe to echo
/// and log (1 to 128 printable ASCII characters, no space, quote or backslash), else a new UUID
/// without braces.
[[nodiscard]] QByteArray requestIdOf(const QHttpServerRequest &request);

} // namespace opsdesk::httprequests
