#include "whatsappcloudapi.h"
