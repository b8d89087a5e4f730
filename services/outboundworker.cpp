#include "outboundworker.h"
