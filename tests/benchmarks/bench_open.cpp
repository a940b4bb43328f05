// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: open an audit file and load every pane's model over it, as the main window does on open (the clause
// tree, the plan, the SoA grid, the risk register, interviews, evidence, findings and the overview's statistics).
// Usage: bench_open FILE [RUNS]. Prints the median and the worst run, and the store open alone.

#include "BenchStats.h"
#include "document/AuditDocument.h"
#include "models/AuditPlanModel.h"
#include "models/ClauseTreeModel.h"
#include "models/EvidenceTableModel.h"
#include "models/FindingTableModel.h"
#include "models/InterviewListModel.h"
#include "models/RiskTableModel.h"
#include "models/SoaTableModel.h"
#include "panes/overview/AuditStatistics.h"

#include <QApplication>

#include <cstdio>
#include <memory>

using namespace isoaudit;

namespace {

/// The models the panes hold, loaded over one document; destroyed before the document.
struct PaneModels
{
    ClauseTreeModel clauses;
    AuditPlanModel plan;
    SoaTableModel soa;
    RiskTableModel risks;
    InterviewListModel interviews;
    EvidenceTableModel evidence;
    FindingTableModel findings;

    int load(AuditDocument* document)
    {
        clauses.setDocument(document);
        plan.setDocument(document);
        soa.setDocument(document);
        risks.setDocument(document);
        interviews.setStore(&document->store());
        evidence.setStore(&document->store());
        findings.setStore(&document->store());
        const auto statistics = AuditStatistics::collect(document->store());
        Q_UNUSED(statistics);
        return clauses.rowCount() + plan.rowCount() + soa.rowCount() + risks.rowCount() + interviews.rowCount()
            + evidence.rowCount() + findings.rowCount();
    }
};

/// Opens the document (read-write, as the GUI does), measured into `samples`.
void openDocument(const QString& path, std::unique_ptr<AuditDocument>& document, bool& ok, bench::Samples& samples)
{
    bench::measure(samples, [&] {
        auto opened = AuditDocument::open(path);
        if (!opened) {
            std::fprintf(stderr, "bench_open: %s\n", qPrintable(opened.error()));
            ok = false;
            return;
        }
        document = std::move(opened).value();
    });
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_open FILE [RUNS]\n");
        return 2;
    }
    const QString path = args.at(1);
    const int runs = args.size() > 2 ? args.at(2).toInt() : 7;

    bench::Samples total;
    bench::Samples storeOnly;
    int rows = 0;
    for (int run = 0; run < runs; ++run) {
        std::unique_ptr<AuditDocument> document;
        std::unique_ptr<PaneModels> models;
        bool ok = true;
        bench::measure(total, [&] {
            openDocument(path, document, ok, storeOnly);
            if (!ok)
                return;
            models = std::make_unique<PaneModels>();
            rows = models->load(document.get());
        });
        if (!ok)
            return 1;
        models.reset();
        document.reset();
    }
    std::fprintf(stderr, "bench_open: %d rows across the models, %d runs\n", rows, runs);
    bench::reportSamples("open_models", total);
    bench::reportSamples("open_store", storeOnly);
    return 0;
}
