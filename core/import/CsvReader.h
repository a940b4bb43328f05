// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/SheetTable.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace isoaudit {

/// Reads CSV files as clients' tools write them: the encoding (UTF-8 with or without BOM, UTF-16 LE/BE with BOM
/// as Excel's "Unicode text", otherwise Windows-1252) and the delimiter (comma, semicolon or tab) are detected;
/// quoted fields may hold delimiters, doubled quotes and line breaks; CRLF, LF and CR all end a row. Values stay
/// text: decimal commas and dates are the ValueNormalizer's business.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static Result<SheetTable> read(const QString& path);
    /// Parses bytes already in memory; `name` names the table in messages.
    static Result<SheetTable> parse(const QByteArray& bytes, const QString& name = {});

    /// Decodes bytes to text and names the encoding it chose ("UTF-8", "UTF-16 LE", "Windows-1252").
    static QString decode(const QByteArray& bytes, QString* encoding);
    static QString decodeWindows1252(const QByteArray& bytes);
    /// ',', ';' or '\t': the candidate that splits the first rows into the most consistent number of fields.
    static QChar detectDelimiter(const QString& text);

private:
    static Result<QList<QVariantList>> split(const QString& text, QChar delimiter, int maxRows);
};

} // namespace isoaudit
