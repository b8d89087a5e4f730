#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace opsdesk::bench {

/// The @p p quantile (0..1) of @p values by the lower nearest rank; 0 for no values.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto index =
        std::size_t(std::clamp(p * double(values.size() - 1), 0.0, double(values.size() - 1)));
    return values[index];
}

} // namespace opsdesk::bench
