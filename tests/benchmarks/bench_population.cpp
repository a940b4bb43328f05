// SPDX-License-Identifier: GPL-3.0-or-later
// SOC 2 population import of 1,000,000 occurrences (docs/soc2.md, issue 16 point 4): a CSV written once, imported
// into a fresh engagement (streamed, rows bulk-bound, the frame hashed, one transaction), and as the floor measured in
// the same run the sqlite3 shell's `.import` of the same CSV into a plain table (when the sqlite3 binary is there).
// Also prints the process's peak resident memory, which must stay far below the file's size times the row overhead.
// Only measures and prints "RESULT" lines; never part of the test run.
#include "BenchStats.h"
#include "soc2/Engagement.h"
#include "soc2/PopulationImport.h"
#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace isoaudit;

namespace {

constexpr int rows = 1000000;

double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1.0e3
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1.0e3;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("population.csv"));
    {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write("Ticket ID,Created On,Owner,Category\n");
        const QDate first(2024, 1, 1);
        for (int i = 0; i < rows; ++i)
            file.write(QStringLiteral("TX-%1,%2,owner %3,standard change\n")
                           .arg(i, 7, 10, QLatin1Char('0'))
                           .arg(first.addDays(i / 2733).toString(Qt::ISODate))
                           .arg(i % 97)
                           .toUtf8());
    }
    bench::report("population_rows", rows);
    bench::report("population_csv_mb", double(QFile(csv).size()) / (1024.0 * 1024.0));

    EngagementSeed seed;
    seed.organization = QStringLiteral("Bench SaaS");
    seed.lead = QStringLiteral("Lead");
    seed.periodStart = QDate(2024, 1, 1);
    seed.periodEnd = QDate(2024, 12, 31);
    const NewAudit audit = Engagement::newAudit(seed).value();

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    bench::Samples floorWall;
    QList<double> floorCpu;
    bench::Samples imports;
    for (int run = 0; run < 3; ++run) {
        if (!sqlite3.isEmpty()) {
            const QString db = dir.filePath(QStringLiteral("floor%1.db").arg(run));
            const double cpuBefore = childrenCpuMs();
            bench::measure(floorWall, [&] {
                QProcess shell;
                shell.start(sqlite3, {db});
                shell.write(QStringLiteral(".mode csv\n.import %1 population\n").arg(csv).toUtf8());
                shell.closeWriteChannel();
                shell.waitForFinished(-1);
            });
            floorCpu << childrenCpuMs() - cpuBefore;
        }
        auto store = Lifecycle::create(dir.filePath(QStringLiteral("e%1.isoaudit").arg(run)), audit).value();
        const QString control = store->insert({RecordKind::ServiceControl,
                                               {},
                                               {},
                                               {{QStringLiteral("ref"), QStringLiteral("C-1")},
                                                {QStringLiteral("frequency"), QStringLiteral("multiple-daily")}},
                                               {}})
                                    .value();
        PopulationImportOptions options;
        options.controlUuid = control;
        options.path = csv;
        bench::measure(imports, [&] {
            auto imported = PopulationImport::run(*store, options);
            if (!imported || imported->rows != rows)
                qFatal("import failed: %s", qPrintable(imported.error()));
        });
    }
    if (!sqlite3.isEmpty()) {
        bench::reportSamples("population_floor_sqlite3_import", floorWall);
        bench::report("population_floor_sqlite3_import_cpu_ms_median", bench::median(floorCpu));
    }
    bench::reportSamples("population_import_1m", imports);
    bench::report("population_peak_rss_mb", peakRssMb());
    return 0;
}
