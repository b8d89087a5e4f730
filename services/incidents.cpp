#include "incidents.h"
