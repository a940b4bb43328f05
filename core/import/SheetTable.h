// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRect>
#include <QString>
#include <QVariant>

#include <optional>

namespace isoaudit {

/// The tables a client hands over and the auditor hands back. Controls: a SOC 2 service organization's control
/// matrix (imported into an engagement only).
enum class TableKind { Risks, Soa, Findings, Actions, Controls };

namespace TableKinds {
QString name(TableKind kind); ///< "risks", "soa", "findings", "actions", "controls"
std::optional<TableKind> fromName(const QString& name);
QString label(TableKind kind); ///< translated: "risk register", "Statement of Applicability", ...
} // namespace TableKinds

/// One sheet of a workbook or one CSV file as read, before any interpretation: rows[i] is the row the client sees
/// as number i + 1 (blank rows kept, so the row report's numbers match the spreadsheet). Cells hold a QString,
/// a double, a bool or a QDate. Merged ranges are already filled with their top-left value.
struct SheetTable
{
    QString name; ///< sheet name, or the file name for CSV
    QList<QVariantList> rows;
    QList<QRect> merged; ///< x = column, y = row, both 0-based
    QString source; ///< how it was read, for the report: "UTF-16 LE, tab-separated" or "XLSX sheet Risks"

    int columnCount() const
    {
        qsizetype n = 0;
        for (const auto& row : rows)
            n = qMax(n, row.size());
        return int(n);
    }
    QVariant cell(int row, int column) const
    {
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
            return {};
        return rows.at(row).at(column);
    }
    /// The cell as text: numbers without a trailing ".0", dates as YYYY-MM-DD, trimmed.
    QString text(int row, int column) const;
    bool isBlankRow(int row) const;
    /// "A", "B", ..., "Z", "AA": the column letter the client sees.
    static QString columnName(int column);
};

} // namespace isoaudit
