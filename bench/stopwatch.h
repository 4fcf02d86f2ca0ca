#pragma once
// Timing for the benchmarks: wall time and this process's CPU time, and the spread of several runs.
// On a machine shared with other work, the CPU time is the part of the wall time that was this
// program's own work (SQLite works in this process) rather than waiting for a core or the disk.

#include <time.h>

#include <algorithm>
#include <chrono>
#include <vector>

namespace xuncha::bench {

struct Timing {
    double wall = 0;
    double cpu = 0;
};

// CPU time of this process (all its threads): on a machine shared with other work, the part of a wall
// time that was this program's own work rather than waiting for a core.
inline double cpu_seconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

class Stopwatch {
public:
    Stopwatch() : m_wall(std::chrono::steady_clock::now()), m_cpu(cpu_seconds()) {}
    Timing elapsed() const
    {
        return {std::chrono::duration<double>(std::chrono::steady_clock::now() - m_wall).count(),
                cpu_seconds() - m_cpu};
    }

private:
    std::chrono::steady_clock::time_point m_wall;
    double m_cpu;
};

// The median run by wall time, the best and the worst, and the median CPU time.
struct Spread {
    double median, best, worst, cpu_median;
};

inline Spread spread(const std::vector<Timing>& timings)
{
    std::vector<double> wall, cpu;
    for (const auto& t : timings) {
        wall.push_back(t.wall);
        cpu.push_back(t.cpu);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], wall.front(), wall.back(), cpu[cpu.size() / 2]};
}

}  // namespace xuncha::bench
