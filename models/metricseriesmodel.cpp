#include "metricseriesmodel.h"
