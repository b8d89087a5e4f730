#include "metricchart.h"
