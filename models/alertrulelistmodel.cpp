#include "alertrulelistmodel.h"
