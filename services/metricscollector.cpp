#include "metricscollector.h"
