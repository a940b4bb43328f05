// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportReport.h"

namespace isoaudit {

QStringList ImportReport::columnLines(const ImportPlan& plan)
{
    QStringList lines;
    for (int c = 0; c < plan.headers.size(); ++c) {
        const QString header = plan.headers.at(c);
        const QString field = plan.mapping.fieldOf(c);
        if (header.isEmpty() && field.isEmpty())
            continue;
        if (field.isEmpty())
            lines << tr("column %1 \"%2\": not imported").arg(SheetTable::columnName(c), header);
        else
            lines << tr("column %1 \"%2\" -> %3")
                         .arg(SheetTable::columnName(c), header, ColumnMapper::fieldLabel(plan.kind, field));
    }
    return lines;
}

QString ImportReport::summary(const ImportPlan& plan)
{
    QString what = TableKinds::label(plan.kind);
    what[0] = what.at(0).toUpper();
    return tr("%1: %2 data rows read; %3 new, %4 updated; %5 problems in the row report.")
        .arg(what)
        .arg(plan.rowsRead)
        .arg(plan.insertCount())
        .arg(plan.updateCount())
        .arg(plan.issues.size());
}

QStringList ImportReport::renumberingLines(const ImportPlan& plan)
{
    QStringList lines;
    for (const auto& r : plan.renumbered)
        lines << tr("row %1: %2 (ISO/IEC 27001:2013) read as A.%3 (2022)").arg(r.row).arg(r.written, r.id);
    return lines;
}

QString ImportReport::missingControlsLine(const ImportPlan& plan)
{
    if (plan.kind != TableKind::Soa || plan.missingControls.isEmpty())
        return {};
    return tr("The SoA does not cover %1 of the 93 Annex A controls; they are left as they were: %2")
        .arg(plan.missingControls.size())
        .arg(plan.missingControls.join(", "));
}

QString ImportReport::issueLine(const RowIssue& issue)
{
    if (issue.column.isEmpty())
        return tr("row %1: %2").arg(issue.row).arg(issue.reason);
    return tr("row %1, column %2 \"%3\", value \"%4\": %5")
        .arg(issue.row)
        .arg(issue.column, issue.header, issue.value.left(80), issue.reason);
}

QString ImportReport::text(const ImportPlan& plan)
{
    QStringList out;
    out << tr("read: %1; header row %2").arg(plan.source).arg(plan.mapping.headerRow + 1);
    out << columnLines(plan);
    out << summary(plan);
    const QStringList renumbered = renumberingLines(plan);
    if (!renumbered.isEmpty()) {
        out << tr("2013 numbering mapped to 2022:");
        out << renumbered;
    }
    if (const QString missing = missingControlsLine(plan); !missing.isEmpty())
        out << missing;
    if (!plan.issues.isEmpty()) {
        out << tr("row report:");
        for (const auto& issue : plan.issues)
            out << issueLine(issue);
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace isoaudit
