#include "composercontroller.h"
