#include "prometheus.h"
