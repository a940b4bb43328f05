// SPDX-License-Identifier: GPL-3.0-or-later
// `import` (a client's risk register, SoA or findings from CSV/XLSX) and `export-table`.
#include "Arguments.h"
#include "Commands.h"

#include "import/ColumnMapper.h"
#include "import/ImportReport.h"
#include "import/TableExporter.h"
#include "import/TableImporter.h"
#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

namespace isoaudit::cli {

int runImportTable(CliContext& c)
{
    Arguments a(c.args, {"risks", "soa", "findings", "sheet", "mapping", "save-mapping"}, {"dry-run"});
    if (!a.ok())
        return c.fail(a.error());
    const QString usage
        = QStringLiteral("usage: isoaudit-cli import FILE --risks|--soa|--findings TABLE.csv|TABLE.xlsx "
                         "[--sheet NAME] [--mapping MAP.json] [--save-mapping MAP.json] [--dry-run]");
    if (a.positional().size() != 1)
        return c.fail(usage);
    QList<TableKind> kinds;
    for (auto kind : {TableKind::Risks, TableKind::Soa, TableKind::Findings}) {
        if (a.has(TableKinds::name(kind)))
            kinds << kind;
    }
    if (kinds.size() != 1)
        return c.fail(QStringLiteral("import needs exactly one of --risks, --soa or --findings\n") + usage);
    const TableKind kind = kinds.first();
    const QString tablePath = a.value(TableKinds::name(kind));
    const bool dryRun = a.flag("dry-run");

    auto table = TableImporter::readFile(tablePath, a.value("sheet"), kind);
    if (!table)
        return c.fail(table.error());
    auto store = Lifecycle::open(a.positional().first(),
                                 dryRun ? AuditDatabase::Mode::ReadOnly : AuditDatabase::Mode::ReadWrite);
    if (!store)
        return c.fail(store.error());
    ColumnMapping mapping;
    if (a.has("mapping")) {
        auto json = ColumnMapper::loadFile(a.value("mapping"));
        if (!json)
            return c.fail(json.error());
        auto mapped = ColumnMapper::fromJson(kind, table.value(), json.value());
        if (!mapped)
            return c.fail(mapped.error());
        mapping = mapped.value();
    } else {
        mapping = ColumnMapper::guess(kind, table.value());
    }
    auto plan = TableImporter::plan(*store.value(), kind, table.value(), mapping);
    if (!plan)
        return c.fail(plan.error());
    c.out << ImportReport::text(plan.value());
    if (a.has("save-mapping")) {
        if (Status saved = ColumnMapper::saveFile(a.value("save-mapping"), mapping.toJson(plan->headers)); !saved)
            return c.fail(saved.error());
    }
    if (plan->records.isEmpty()) {
        c.err << "isoaudit-cli: nothing in " << tablePath << " could be imported" << Qt::endl;
        return 1;
    }
    if (dryRun) {
        c.out << "dry run: nothing written" << Qt::endl;
        return 0;
    }
    if (Status applied = TableImporter::apply(*store.value(), plan.value()); !applied)
        return c.fail(QStringLiteral("nothing imported: ") + applied.error());
    c.out << "imported " << plan->records.size() << " records (" << plan->insertCount() << " new, "
          << plan->updateCount() << " updated)" << Qt::endl;
    return 0;
}

int runExportTable(CliContext& c)
{
    Arguments a(c.args, {"what", "output"});
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1 || !a.has("what") || !a.has("output"))
        return c.fail(QStringLiteral(
            "usage: isoaudit-cli export-table FILE --what risks|soa|findings|actions|controls -o OUT.xlsx|OUT.csv"));
    const auto kind = TableKinds::fromName(a.value("what"));
    if (!kind)
        return c.fail(
            QStringLiteral("--what takes risks, soa, findings, actions or controls, not \"%1\"").arg(a.value("what")));
    auto store = Lifecycle::open(a.positional().first(), AuditDatabase::Mode::ReadOnly);
    if (!store)
        return c.fail(store.error());
    if (Status written = TableExporter::write(*store.value(), *kind, a.value("output")); !written)
        return c.fail(written.error());
    c.out << "wrote " << a.value("output") << Qt::endl;
    return 0;
}

} // namespace isoaudit::cli
