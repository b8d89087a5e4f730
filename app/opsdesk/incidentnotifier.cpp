#include "incidentnotifier.h"
