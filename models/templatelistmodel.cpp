#include "templatelistmodel.h"
