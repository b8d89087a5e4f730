#include "inbox.h"
