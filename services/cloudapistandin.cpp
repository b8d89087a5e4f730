#include "cloudapistandin.h"
