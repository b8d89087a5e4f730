#include "incidentreport.h"
