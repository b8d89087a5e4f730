#include "metricsingest.h"
