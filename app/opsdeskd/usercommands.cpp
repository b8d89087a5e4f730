// `opsdeskd user ...` and `opsdeskd audit prune`: placeholder, being written (issue 3).
#include "commands.h"

using namespace Qt::StringLiterals;

namespace opsdeskd {

int user(const QStringList &, const QCommandLineParser &)
{
    fail(u"user: not implemented yet"_s);
    return 2;
}

int audit(const QStringList &, const QCommandLineParser &)
{
    fail(u"audit: not implemented yet"_s);
    return 2;
}

} // namespace opsdeskd
