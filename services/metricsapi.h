#pragma once

namespace opsdesk {
} // namespace opsdesk
