// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (issue 17): what a service auditor feels while testing a sample from the keyboard. The SOC 2 demo
// engagement is opened in the real main window on the Testing page; for each of its controls with a sample, every
// item's result is cleared in core, then the items are marked with P (E every tenth) one keystroke at a time in the
// sample grid, the event loop run after each key so the page's refresh (progress, the controls' states, the exception
// roll-up) is in the figure. The floor is core's own write of one result (SampleResults::set) on a copy of the same
// engagement. Usage: bench_samplegrid [ROUNDS]. Prints RESULT lines only; never part of the test run.

#include "BenchStats.h"
#include "demo/DemoAudit.h"
#include "document/AuditDocument.h"
#include "mainwindow/MainWindow.h"
#include "models/SampleItemTableModel.h"
#include "panes/testing/SampleGridView.h"
#include "panes/testing/TestingPane.h"
#include "soc2/EngagementData.h"
#include "soc2/SampleResults.h"
#include "workflow/Lifecycle.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace isoaudit;

namespace {

/// Clears every item result of the engagement in one transaction (the starting point of a round).
void clearResults(AuditStore& store)
{
    const QList<Record> items = store.records(RecordKind::SampleItem).value();
    (void)store.batch([&]() -> Status {
        for (const Record& item : items) {
            if (auto done = store.setField(RecordKind::SampleItem, item.uuid, QStringLiteral("result"), QVariant());
                !done)
                return done;
        }
        return {};
    });
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 2;
    QTemporaryDir dir;
    auto demo = DemoAudit::ensure(dir.filePath(QStringLiteral("gui")), DemoAudit::Which::Soc2);
    auto floorCopy = DemoAudit::ensure(dir.filePath(QStringLiteral("core")), DemoAudit::Which::Soc2);
    if (!demo || !floorCopy) {
        std::fprintf(stderr, "bench_samplegrid: %s\n", qPrintable(demo ? floorCopy.error() : demo.error()));
        return 1;
    }

    // The floor: core writes one item's result.
    bench::Samples floor;
    {
        auto store = Lifecycle::open(floorCopy.value()); // with the write guard, as every opener
        if (!store) {
            std::fprintf(stderr, "bench_samplegrid: %s\n", qPrintable(store.error()));
            return 1;
        }
        const EngagementData data = EngagementData::load(*store.value()).value();
        for (int round = 0; round < rounds; ++round) {
            clearResults(*store.value());
            for (const Record& control : data.controls) {
                for (const Record* sample : data.samplesOf(control.uuid)) {
                    int n = 0;
                    for (const Record* item : data.itemsOf(sample->uuid)) {
                        SampleItemResult result;
                        result.result = ++n % 10 == 0 ? QStringLiteral("exception") : QStringLiteral("no-exception");
                        result.testedBy = QStringLiteral("Bench");
                        result.testedOn = QDate(2026, 7, 1);
                        Result<Record> written = Error{QString()};
                        bench::measure(floor, [&] {
                            written = SampleResults::set(*store.value(), control.uuid,
                                                         item->text(QStringLiteral("occurrence_id")), result);
                        });
                        if (!written) {
                            std::fprintf(stderr, "bench_samplegrid: core refused a result: %s\n",
                                         qPrintable(written.error()));
                            return 1;
                        }
                    }
                }
            }
        }
    }

    // The window: P / E in the sample grid, one keystroke and one event-loop turn per measurement.
    bench::Samples keys;
    int items = 0;
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        if (!window.openFile(demo.value()) || !window.showPane(QStringLiteral("testing"))) {
            std::fprintf(stderr, "bench_samplegrid: the demo engagement did not open\n");
            return 1;
        }
        auto* testing = qobject_cast<TestingPane*>(window.pane(QStringLiteral("testing")));
        AuditStore& store = window.document()->store();
        const EngagementData data = EngagementData::load(store).value();
        for (int round = 0; round < rounds; ++round) {
            clearResults(store);
            QApplication::processEvents();
            for (const Record& control : data.controls) {
                if (data.samplesOf(control.uuid).isEmpty() || !testing->selectControl(control.uuid))
                    continue;
                QApplication::processEvents();
                SampleGridView* grid = testing->grid();
                grid->setFocus();
                grid->setCurrentIndex(grid->model()->index(0, SampleItemTableModel::ResultColumn));
                const int rows = grid->model()->rowCount();
                for (int row = 0; row < rows; ++row) {
                    bench::measure(keys, [&] {
                        QTest::keyClick(grid, (row + 1) % 10 == 0 ? Qt::Key_E : Qt::Key_P);
                        QApplication::processEvents();
                    });
                    ++items;
                }
            }
        }
    }
    std::printf("# %d items marked from the keyboard over %d round(s)\n", items, rounds);
    bench::reportSamples("samplegrid_key", keys);
    bench::reportSamples("samplegrid_core_floor", floor);
    bench::report("samplegrid_key_over_floor_p50", bench::median(keys.wall) / std::max(bench::median(floor.wall), 1e-6));
    bench::report("samplegrid_25_items_wall_ms", 25.0 * bench::median(keys.wall));
    return 0;
}
