// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/SheetTable.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

namespace isoaudit {

/// A column IsoAudit can fill from a client's table: its key (the record's SQL column, or "controls" for the
/// linked Annex A controls), a translated label, and the header words that name it in English, Danish and German.
struct ImportField
{
    QString key;
    QString label;
    QStringList synonyms; ///< normalised (lower case, single spaces)
};

/// Which column of a client's table feeds which field: the row that holds the headers and, per column, a field key
/// (or nothing). Saved as JSON keyed by header text, so the same client's next export maps again even if the
/// columns moved (the CLI's --mapping file; the GUI keeps it per client).
struct ColumnMapping
{
    int headerRow = -1; ///< 0-based; -1 = not found
    QMap<int, QString> columns; ///< column -> field key

    QString fieldOf(int column) const { return columns.value(column); }
    int columnOf(const QString& key) const;
    QJsonObject toJson(const QStringList& headers) const;
};

/// Recognises the header row and the columns of a client's risk register, SoA or findings list from the header
/// words (English, Danish, German, with or without diacritics), and applies a saved mapping.
class ColumnMapper
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapper)

public:
    static QList<ImportField> fields(TableKind kind);
    static QString fieldLabel(TableKind kind, const QString& key);
    /// Lower case, accents folded (ø -> o, ß -> ss, ä -> a), punctuation as spaces, spaces collapsed.
    static QString normalize(const QString& header);
    /// The field a header names, or empty.
    static QString match(TableKind kind, const QString& header);
    /// The header text of each column of `row`, prefixed with a merged group header above it when that names the
    /// group ("Residual risk" over "Likelihood" gives "Residual risk Likelihood").
    static QStringList headers(const SheetTable& table, int row);
    /// Finds the header row among the first 20 rows (the one naming the most fields) and maps its columns.
    static ColumnMapping guess(TableKind kind, const SheetTable& table);
    /// A saved mapping applied to this table: columns found by header text; the header row is searched for again
    /// when the saved one does not hold those headers. Columns the saved mapping does not name are guessed.
    static Result<ColumnMapping> fromJson(TableKind kind, const SheetTable& table, const QJsonObject& json);
    static Result<QJsonObject> loadFile(const QString& path);
    static Status saveFile(const QString& path, const QJsonObject& json);
};

} // namespace isoaudit
