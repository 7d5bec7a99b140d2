#pragma once

#include <sys/resource.h>

// User + system CPU seconds this process has used so far (for "does it spin?" measurements).
[[nodiscard]] inline double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
