#include "messagesapi.h"
