// SPDX-License-Identifier: GPL-3.0-or-later
// SOC 2 sampling over a frozen population of 1,000,000 occurrences (docs/soc2-sampling.md): the draw of 40 items
// stratified by month (which validates every row, hashes the population and groups it by month), a replacement, and
// as the floor measured in the same run the population's SHA-256 alone, the one pass the draw cannot avoid.
// Only measures and prints "RESULT" lines; never part of the test run.
#include "BenchStats.h"
#include "sampling/SampleSelection.h"

#include <QCoreApplication>

using namespace isoaudit;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QList<PopulationItem> population;
    population.reserve(1000000);
    const QDate first(2024, 1, 1);
    for (int i = 0; i < 1000000; ++i)
        population.append({QStringLiteral("TX-%1").arg(i, 7, 10, QLatin1Char('0')), first.addDays(i / 2733)});

    bench::Samples floor;
    bench::Samples draws;
    bench::Samples replacements;
    for (int run = 0; run < 7; ++run) {
        bench::measure(floor, [&] { (void)SampleSelection::populationSha256(population); });
        SampleSelection selection;
        bench::measure(draws, [&] { selection = SampleSelection::draw(population, 40, 1000 + run).value(); });
        bench::measure(replacements, [&] {
            (void)SampleSelection::replace(selection, selection.items().first().id, QStringLiteral("void")).value();
        });
    }
    bench::report("sampling_population_rows", double(population.size()));
    bench::reportSamples("sampling_floor_sha256", floor);
    bench::reportSamples("sampling_draw_40", draws);
    bench::reportSamples("sampling_replace", replacements);
    return 0;
}
