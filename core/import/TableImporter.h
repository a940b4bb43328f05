// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "import/ColumnMapper.h"
#include "import/SheetTable.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace isoaudit {

class AuditStore;

/// One cell IsoAudit could not read, for the row report: where it is, what it holds and why it was left out.
struct RowIssue
{
    int row = 0; ///< as the client sees it (1-based)
    QString column; ///< "C", or empty when the whole row is meant
    QString header; ///< the column's header text
    QString value;
    QString reason;
};

/// A reference in 2013 numbering that the import read as its 2022 control, shown to the auditor.
struct RenumberedControl
{
    int row = 0;
    QString written; ///< "A.9.2.3"
    QString id; ///< "8.2"
};

/// A record the import will insert or change. `before` holds the record as it was (for updates), so the import
/// can be undone exactly.
struct PlannedRecord
{
    int row = 0;
    bool isNew = true;
    Record record; ///< new: the whole record with a fixed uuid; update: only the values and links read
    Record before;
};

/// What an import understood, before anything is written: the records, the row report, the 2013 renumbering and,
/// for an SoA, the controls the table does not cover (left as they are, never filled in).
struct ImportPlan
{
    TableKind kind = TableKind::Risks;
    QString source; ///< how the table was read
    ColumnMapping mapping;
    QStringList headers;
    QList<PlannedRecord> records;
    QList<RowIssue> issues;
    QList<RenumberedControl> renumbered;
    QStringList missingControls;
    int rowsRead = 0; ///< non-blank data rows

    int insertCount() const;
    int updateCount() const;
};

/// Imports a client's risk register, SoA or findings list, or a SOC 2 service organization's control matrix:
/// plan() reads and checks every row without writing; apply() writes the whole plan in one transaction (all or
/// nothing); revert() undoes an applied plan, also in one transaction. Risks, findings and service controls are
/// matched by their reference, SoA rows by control. plan() refuses a control matrix for an ISO/IEC 27001 audit and
/// an ISO table for a SOC 2 engagement.
class TableImporter
{
    Q_DECLARE_TR_FUNCTIONS(TableImporter)

public:
    /// Reads a CSV or XLSX file (told apart by content, not name); `sheet` picks an XLSX sheet. Without one, the
    /// sheet whose headers name the most fields of `kind` is read (the first sheet is often a cover page).
    static Result<SheetTable> readFile(const QString& path, const QString& sheet = {},
                                       std::optional<TableKind> kind = std::nullopt);
    /// The sheet names of an XLSX file, or one entry (the file name) for CSV.
    static Result<QStringList> sheetNames(const QString& path);

    static Result<ImportPlan> plan(const AuditStore& store, TableKind kind, const SheetTable& table,
                                   const ColumnMapping& mapping);
    static Status apply(AuditStore& store, const ImportPlan& plan);
    static Status revert(AuditStore& store, const ImportPlan& plan);
};

} // namespace isoaudit
