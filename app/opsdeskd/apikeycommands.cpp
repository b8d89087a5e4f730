// `opsdeskd api-key ...`: placeholder, being written (issue 3).
#include "commands.h"

using namespace Qt::StringLiterals;

namespace opsdeskd {

int apiKey(const QStringList &, const QCommandLineParser &)
{
    fail(u"api-key: not implemented yet"_s);
    return 2;
}

} // namespace opsdeskd
