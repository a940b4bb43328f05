// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace isoaudit {

/// Reads a CSV file row by row without holding it in memory, for the lists too long for CsvReader's whole-file
/// table (a SOC 2 population of a million occurrences). It reads as CsvReader does: the same encodings (a first
/// pass checks the file is UTF-8 before choosing Windows-1252), the delimiter CsvReader::detectDelimiter finds in the
/// first rows, quoted fields with delimiters, doubled quotes and line breaks, unquoted fields trimmed, blank lines
/// kept as empty rows so the row numbers are the spreadsheet's.
class CsvStream
{
    Q_DECLARE_TR_FUNCTIONS(CsvStream)

public:
    /// Called for each row: its number (1 = the first line) and its fields (none for a blank line).
    using RowVisitor = std::function<Status(qsizetype row, const QStringList& fields)>;
    /// Reads `path`, calling `visit` per row; stops at the first refusal. `source` (if given) says how it was read:
    /// "CSV, UTF-8, comma-separated".
    static Status read(const QString& path, const RowVisitor& visit, QString* source = nullptr);
};

} // namespace isoaudit
