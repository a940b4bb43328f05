// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Tiny helpers shared by the benchmark executables: a monotonic stopwatch in milliseconds, percentiles over the
// samples, and the one output format run-benchmarks.sh reads ("RESULT key value" lines, values in milliseconds or
// megabytes). No assertions on time anywhere: these programs only measure and print.

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace isoaudit::bench {

/// CPU time of the calling thread in milliseconds: on a shared, overloaded machine this is what the work costs,
/// while the wall time also counts the waits for a core (and, for commits, for the disk).
inline double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1.0e3 + double(now.tv_nsec) / 1.0e6;
}

/// The wall and the CPU milliseconds of each measured run.
struct Samples
{
    QList<double> wall;
    QList<double> cpu;
};

/// Runs `work` once, appends its wall and CPU time to `samples` and returns the wall milliseconds.
template<typename Work> double measure(Samples& samples, Work&& work)
{
    const double cpuStart = threadCpuMs();
    QElapsedTimer timer;
    timer.start();
    work();
    const double wall = double(timer.nsecsElapsed()) / 1.0e6;
    samples.wall.append(wall);
    samples.cpu.append(threadCpuMs() - cpuStart);
    return wall;
}

/// The q-th percentile (0..1) of the samples, nearest rank; 0 for no samples.
inline double percentile(QList<double> samples, double q)
{
    if (samples.isEmpty())
        return 0.0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(q * double(samples.size() - 1) + 0.5);
    return samples.at(std::clamp<qsizetype>(rank, 0, samples.size() - 1));
}

inline double median(const QList<double>& samples)
{
    return percentile(samples, 0.5);
}

/// One measured figure for the script: `RESULT key value`.
inline void report(const char* key, double value)
{
    std::printf("RESULT %s %.3f\n", key, value);
    std::fflush(stdout);
}

/// `key_wall_NAME` and `key_cpu_NAME` for the median (p50), the 99th percentile (p99) and the worst run (max).
inline void reportSamples(const char* key, const Samples& samples)
{
    const QByteArray k(key);
    report((k + "_wall_p50").constData(), median(samples.wall));
    report((k + "_wall_p99").constData(), percentile(samples.wall, 0.99));
    report((k + "_wall_max").constData(), percentile(samples.wall, 1.0));
    report((k + "_cpu_p50").constData(), median(samples.cpu));
    report((k + "_cpu_p99").constData(), percentile(samples.cpu, 0.99));
}

} // namespace isoaudit::bench
