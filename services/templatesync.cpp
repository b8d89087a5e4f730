#include "templatesync.h"
