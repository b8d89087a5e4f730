#include "httprequests.h"

#include <QHttpServerRequest>
#include <QUuid>

#include <algorithm>

namespace opsdesk::httprequests {
namespace {

constexpr qsizetype kMaxRequestIdLength = 128;

} // namespace

QByteArray header(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QByteArray requestIdOf(const QHttpServerRequest &request)
{
    const QByteArray given = header(request, "X-Request-Id");
    const bool usable = !given.isEmpty() && given.size() <= kMaxRequestIdLength &&
                        std::all_of(given.begin(), given.end(), [](char c) {
                            return c > 0x20 && c < 0x7f && c != '"' && c != '\\';
                        });
    return usable ? given : QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace opsdesk::httprequests
