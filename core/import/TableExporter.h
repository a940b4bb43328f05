// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordKind.h"
#include "domain/ValueLabels.h"
#include "import/SheetTable.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <optional>

namespace isoaudit {

class AuditStore;

/// Writes the SoA, the risk register, the findings or the corrective actions as a table a client can open, filter
/// and sort: CSV (UTF-8 with BOM so Excel reads the accents, CRLF) or XLSX (XlsxWriter; bold header row,
/// autofilter, frozen header, real numbers and dates), with the auditor's verdicts and cross-references.
/// Both go through QSaveFile: an existing file is replaced only by a complete new one.
class TableExporter
{
    Q_DECLARE_TR_FUNCTIONS(TableExporter)

public:
    /// The table: row 0 holds the translated headers; cells are QString, int, double or QDate.
    static Result<QList<QVariantList>> rows(const AuditStore& store, TableKind kind);
    /// The English source texts of an export's column headers, in their order (translated in the context
    /// "TableExporter"); ColumnMapper reads every language's translation of them back as synonyms.
    static QList<const char*> headerSources(TableKind kind);
    /// The list of values an exported column holds (the SoA's "verdict" -> ValueList::ControlVerdict); its cells
    /// carry the table's display label in the UI's language (ValueLabels::label). nullopt for other columns.
    static std::optional<ValueList> listOf(RecordKind kind, const QString& column);
    /// The words an export writes for a yes/no column ("Yes", "Ja", "Oui", ...), in English and every language
    /// IsoAudit speaks, so that an exported table imports back whatever the UI's language.
    static QStringList booleanSpellings(bool value);
    /// Writes CSV or XLSX, chosen by the suffix of `path` (.csv, .xlsx).
    static Status write(const AuditStore& store, TableKind kind, const QString& path);
    static Status writeCsv(const QList<QVariantList>& rows, const QString& path);
    static Status writeXlsx(const QList<QVariantList>& rows, const QString& sheetName, const QString& path);
};

} // namespace isoaudit
