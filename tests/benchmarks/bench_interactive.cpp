// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: what the auditor feels while working. Typing into the risk register's and the SoA grid's filter box,
// one keystroke at a time (the proxy refilters, re-sorts, and a view reads the first screenful of cells), and
// repainting the risk heat map into an image. Usage: bench_interactive FILE [RUNS].

#include "BenchStats.h"
#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "models/RiskFilterModel.h"
#include "models/RiskScheme.h"
#include "models/RiskTableModel.h"
#include "models/SoaFilterModel.h"
#include "models/SoaTableModel.h"
#include "panes/risks/HeatMapWidget.h"

#include <QApplication>
#include <QImage>
#include <QPainter>

#include <cstdio>

using namespace isoaudit;

namespace {

/// Reads the cells a view shows on one screen (40 rows), as a table view does after the filter changed.
int readScreen(const QAbstractItemModel& model)
{
    int cells = 0;
    const int rows = std::min(model.rowCount(), 40);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            cells += index.data(Qt::DisplayRole).isValid() ? 1 : 0;
            cells += index.data(Qt::BackgroundRole).isValid() ? 1 : 0;
        }
    }
    return cells;
}

/// Milliseconds per keystroke while `text` is typed into the filter and then erased again, over `runs` rounds.
template<typename Filter> bench::Samples typeFilter(Filter& filter, const QString& text, int runs)
{
    bench::Samples samples;
    int sink = 0;
    for (int run = 0; run < runs; ++run) {
        for (int length = 1; length <= text.size(); ++length)
            bench::measure(samples, [&] {
                filter.setTextFilter(text.left(length));
                sink += readScreen(filter);
            });
        for (int length = text.size() - 1; length >= 0; --length)
            bench::measure(samples, [&] {
                filter.setTextFilter(text.left(length));
                sink += readScreen(filter);
            });
    }
    if (sink < 0)
        std::fprintf(stderr, "unreachable\n");
    return samples;
}

/// A word of the register's own text, so the filter narrows the way a real search does.
QString searchText(const RiskTableModel& risks)
{
    if (risks.rowCount() == 0)
        return QStringLiteral("access");
    const QString threat = risks.index(0, RiskTableModel::ThreatColumn).data().toString();
    const QString word = threat.section(QLatin1Char(' '), 0, 1);
    return word.size() >= 4 ? word.left(16) : QStringLiteral("access");
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_interactive FILE [RUNS]\n");
        return 2;
    }
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
    auto opened = AuditDocument::open(args.at(1), AuditDatabase::Mode::ReadOnly);
    if (!opened) {
        std::fprintf(stderr, "bench_interactive: %s\n", qPrintable(opened.error()));
        return 1;
    }
    auto document = std::move(opened).value();

    RiskTableModel risks;
    risks.setDocument(document.get());
    RiskFilterModel riskFilter;
    riskFilter.setSourceModel(&risks);
    riskFilter.sort(RiskTableModel::RefColumn, Qt::AscendingOrder);
    const QString riskText = searchText(risks);
    const bench::Samples riskKeys = typeFilter(riskFilter, riskText, runs);

    SoaTableModel soa;
    soa.setDocument(document.get());
    SoaFilterModel soaFilter;
    soaFilter.setSourceModel(&soa);
    soaFilter.sort(SoaTableModel::IdColumn, Qt::AscendingOrder);
    const bench::Samples soaKeys = typeFilter(soaFilter, QStringLiteral("access control"), runs);

    HeatMapWidget heatMap;
    const auto method = document->store().riskMethod();
    if (method)
        heatMap.setScheme(RiskScheme::fromRecord(method.value()));
    heatMap.setCounts(risks.cellCounts(false));
    heatMap.resize(heatMap.sizeHint().expandedTo(QSize(480, 360)));
    QImage image(heatMap.size() * 2, QImage::Format_ARGB32_Premultiplied);
    bench::Samples paints;
    for (int i = 0; i < 20 * runs; ++i)
        bench::measure(paints, [&] {
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.scale(2.0, 2.0);
            heatMap.render(&painter);
        });
    bench::Samples recounts;
    for (int i = 0; i < 20 * runs; ++i)
        bench::measure(recounts, [&] { heatMap.setCounts(risks.cellCounts(i % 2 == 0)); });

    std::fprintf(stderr, "bench_interactive: %d risks typed \"%s\", %d SoA rows, heat map %dx%d\n", risks.rowCount(),
                 qPrintable(riskText), soa.rowCount(), heatMap.width(), heatMap.height());
    bench::reportSamples("filter_risks", riskKeys);
    bench::reportSamples("filter_soa", soaKeys);
    bench::reportSamples("heatmap_paint", paints);
    bench::reportSamples("heatmap_recount", recounts);
    return 0;
}
