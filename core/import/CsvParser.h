// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/CsvReader.h"
#include "util/Result.h"

#include <QStringList>
#include <QStringView>

#include <functional>

namespace isoaudit {

/// The one CSV row parser (CsvReader::split and CsvStream both use it): quoted fields with delimiters, doubled
/// quotes and line breaks, unquoted fields trimmed, a blank line kept as an empty row so row numbers match the
/// spreadsheet's. Its state is kept across chunks of decoded text, so a file can be fed a piece at a time.
class CsvRowParser
{
public:
    /// Called for each row: its number (1 = the first line) and its fields; a refusal stops the parse.
    using RowVisitor = std::function<Status(qsizetype row, const QStringList& fields)>;

    CsvRowParser(QChar delimiter, const RowVisitor& visit)
        : m_delimiter(delimiter)
        , m_visit(visit)
    {
    }

    Status feed(QStringView text)
    {
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n;) {
            const QChar c = text.at(i);
            if (m_afterCr) {
                m_afterCr = false;
                if (c == u'\n') {
                    ++i;
                    continue;
                }
            }
            if (m_quoteInQuoted) { // a quote inside a quoted field: doubled, or the field's end
                m_quoteInQuoted = false;
                if (c == u'"') {
                    m_field.append(u'"');
                    ++i;
                    continue;
                }
                m_quoted = false;
            }
            if (m_quoted) {
                const qsizetype quote = text.indexOf(u'"', i);
                if (quote < 0) {
                    m_field.append(text.sliced(i));
                    break;
                }
                m_field.append(text.sliced(i, quote - i));
                m_quoteInQuoted = true;
                i = quote + 1;
                continue;
            }
            if (c == u'"' && !m_wasQuoted && m_field.trimmed().isEmpty()) {
                m_field.clear();
                m_quoted = true;
                m_wasQuoted = true;
                m_quoteStartRow = m_row + 1;
                ++i;
            } else if (c == m_delimiter) {
                endField();
                ++i;
            } else if (c == u'\r' || c == u'\n') {
                m_afterCr = c == u'\r';
                if (auto ok = endRow(); !ok)
                    return ok;
                ++i;
            } else {
                qsizetype end = i + 1;
                while (end < n) {
                    const QChar d = text.at(end);
                    if (d == m_delimiter || d == u'"' || d == u'\r' || d == u'\n')
                        break;
                    ++end;
                }
                m_field.append(text.sliced(i, end - i));
                i = end;
            }
        }
        return {};
    }

    /// Ends the text. `strict`: a quoted field never closed is an error; otherwise (a preview of the first rows) the
    /// rest of the text is that field.
    Status finish(bool strict)
    {
        if (strict && m_quoted && !m_quoteInQuoted)
            return Error{CsvReader::tr("Row %1 opens a quoted field that is never closed.").arg(m_quoteStartRow)};
        if (!m_field.isEmpty() || m_wasQuoted || !m_fields.isEmpty())
            return endRow();
        return {};
    }

private:
    void endField()
    {
        m_fields.append(m_wasQuoted ? m_field : m_field.trimmed());
        m_field.clear();
        m_wasQuoted = false;
    }

    Status endRow()
    {
        endField();
        if (m_fields.size() == 1 && m_fields.first().isEmpty())
            m_fields.clear(); // a blank line is an empty row, so row numbers match
        ++m_row;
        const Status ok = m_visit(m_row, m_fields);
        m_fields.clear();
        return ok;
    }

    QChar m_delimiter;
    RowVisitor m_visit; // a copy: a lambda given to the constructor is a temporary
    QString m_field;
    QStringList m_fields;
    qsizetype m_row = 0;
    qsizetype m_quoteStartRow = 0;
    bool m_quoted = false;
    bool m_wasQuoted = false;
    bool m_quoteInQuoted = false;
    bool m_afterCr = false;
};

} // namespace isoaudit
