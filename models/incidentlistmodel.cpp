#include "incidentlistmodel.h"
