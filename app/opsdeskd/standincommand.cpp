#include "commands.h"

namespace opsdeskd {
int cloudApiStandIn(const QString &) { return kFailed; }
} // namespace opsdeskd
