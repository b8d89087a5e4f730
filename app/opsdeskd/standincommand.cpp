// `opsdeskd cloud-api-stand-in`: the local WhatsApp Cloud API stand-in as a process of its own.

#include "commands.h"

#include "cloudapistandin.h"
#include "logging.h"

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace opsdesk;

namespace opsdeskd {

int cloudApiStandIn(const QString &listen)
{
    const auto address = parseListen(listen);
    if (!address) {
        return kUsage;
    }
    const QByteArray token = qgetenv("WHATSAPP_ACCESS_TOKEN").trimmed();
    if (token.isEmpty()) {
        fail(u"WHATSAPP_ACCESS_TOKEN is not set: the stand-in accepts only requests that carry "
             "it as a Bearer token (the token opsdesk uses for the Cloud API)"_s);
        return kUsage;
    }

    whatsapp::CloudApiStandIn standIn({token}); // serves defaultTemplates()
    QObject::connect(&standIn, &whatsapp::CloudApiStandIn::messageAccepted,
                     [](const whatsapp::CloudApiStandIn::Received &message) {
                         logging::app()->debug("cloud api stand-in: accepted {} message {}",
                                               message.type.toStdString(),
                                               message.wamid.toStdString());
                     });
    const auto port = standIn.listen(address->first, address->second);
    if (!port) {
        fail(port.error());
        return kFailed;
    }
    std::printf("WHATSAPP_API_BASE_URL=%s\n", qPrintable(standIn.baseUrl().toString()));
    std::fflush(stdout);
    return runUntilSignalled([&] { standIn.close(); });
}

} // namespace opsdeskd
