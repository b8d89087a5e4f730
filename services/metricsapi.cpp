#include "metricsapi.h"
