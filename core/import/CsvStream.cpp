// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CsvStream.h"

#include "import/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <optional>

namespace isoaudit {

namespace {

constexpr qint64 chunkBytes = 1 << 20;

/// The row parser's state, kept across chunks of decoded text.
class Parser
{
public:
    Parser(QChar delimiter, const CsvStream::RowVisitor& visit)
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

    Status finish()
    {
        if (m_quoted && !m_quoteInQuoted)
            return Error{CsvStream::tr("Row %1 opens a quoted field that is never closed.").arg(m_quoteStartRow)};
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
    const CsvStream::RowVisitor& m_visit;
    QString m_field;
    QStringList m_fields;
    qsizetype m_row = 0;
    qsizetype m_quoteStartRow = 0;
    bool m_quoted = false;
    bool m_wasQuoted = false;
    bool m_quoteInQuoted = false;
    bool m_afterCr = false;
};

/// Whether the whole file decodes as UTF-8 (read in chunks; nothing kept).
bool isUtf8(QFile& file, qint64 from)
{
    QStringDecoder decoder(QStringConverter::Utf8);
    file.seek(from);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(chunkBytes);
        QString ignored = decoder.decode(chunk);
        if (decoder.hasError())
            return false;
    }
    return true;
}

} // namespace

Status CsvStream::read(const QString& path, const RowVisitor& visit, QString* source)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not open %1: %2").arg(name, file.errorString())};
    const QByteArray head = file.peek(64 * 1024);
    if (head.trimmed().isEmpty())
        return Error{tr("%1 is empty: there is nothing to import.").arg(name)};
    if (head.startsWith("PK\x03\x04"))
        return Error{tr("%1 is a zip archive (an Excel workbook?), not a CSV file; save it as .xlsx.").arg(name)};
    // The encoding as CsvReader::decode chooses it; a file without a byte-order mark is UTF-8 only if all of it is.
    QString encoding;
    CsvReader::decode(head.left(4096), &encoding);
    qint64 skip = 0;
    std::optional<QStringConverter::Encoding> decoding;
    if (encoding == QLatin1String("UTF-8 with BOM")) {
        skip = 3;
        decoding = QStringConverter::Utf8;
    } else if (encoding.startsWith(QLatin1String("UTF-16"))) {
        skip = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF") ? 2 : 0;
        decoding = encoding.endsWith(QLatin1String("LE")) ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
    } else if (isUtf8(file, 0)) {
        encoding = QStringLiteral("UTF-8");
        decoding = QStringConverter::Utf8;
    } else {
        encoding = QStringLiteral("Windows-1252");
    }
    const auto decoderFor = [&] { return decoding ? QStringDecoder(*decoding) : QStringDecoder(); };
    QStringDecoder first = decoderFor();
    const QString headText = decoding ? first.decode(head.mid(skip)) : CsvReader::decodeWindows1252(head);
    const QChar delimiter = CsvReader::detectDelimiter(headText);
    if (source) {
        const QString delimiterName = delimiter == u'\t' ? CsvReader::tr("tab-separated")
            : delimiter == u';'                          ? CsvReader::tr("semicolon-separated")
                                                         : CsvReader::tr("comma-separated");
        *source = CsvReader::tr("CSV, %1, %2").arg(encoding, delimiterName);
    }
    Parser parser(delimiter, visit);
    QStringDecoder decoder = decoderFor();
    file.seek(skip);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(chunkBytes);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return Error{tr("Could not read %1: %2").arg(name, file.errorString())};
        const QString text = decoding ? decoder.decode(chunk) : CsvReader::decodeWindows1252(chunk);
        if (auto ok = parser.feed(text); !ok)
            return ok;
    }
    if (auto ok = parser.finish(); !ok)
        return Error{tr("%1 cannot be read: %2").arg(name, ok.error())};
    return {};
}

} // namespace isoaudit
