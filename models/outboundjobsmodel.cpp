#include "outboundjobsmodel.h"
