#include "alertrules.h"
