#include "incidentdetail.h"
