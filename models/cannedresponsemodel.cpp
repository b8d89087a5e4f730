#include "cannedresponsemodel.h"
