#pragma once
// The demo generator's randomness: splitmix64 with integer arithmetic only, never std::*_distribution,
// whose output differs between standard libraries, so that the demo is the same on every machine.

#include "model/date.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace xuncha::app {

// Dates on the demo's fixed calendar.
inline model::Date ymd(int y, int m, int d)
{
    return model::Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

inline boost::gregorian::days days(int n) { return boost::gregorian::days(n); }

class DemoRng {
public:
    explicit DemoRng(std::uint64_t state) : m_state(state) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // 0 ≤ result < n (the modulo bias is irrelevant here; reproducibility is what matters).
    int below(int n) { return n <= 1 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool percent(int p) { return below(100) < p; }

    template <class T>
    const T& pick(const std::vector<T>& items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
    }

    // Picks by integer weight: {{value, weight}, ...}.
    template <class T>
    const T& weighted(const std::vector<std::pair<T, int>>& items)
    {
        int total = 0;
        for (const auto& item : items) total += item.second;
        int roll = below(total);
        for (const auto& item : items) {
            if (roll < item.second) return item.first;
            roll -= item.second;
        }
        return items.back().first;
    }

    model::Date date_between(const model::Date& first, const model::Date& last)
    {
        if (last <= first) return first;
        return first + boost::gregorian::days(below(static_cast<int>((last - first).days()) + 1));
    }

private:
    std::uint64_t m_state;
};

}  // namespace xuncha::app
