// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CsvStream.h"

#include "import/CsvParser.h"
#include "import/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <optional>

namespace isoaudit {

namespace {

constexpr qint64 chunkBytes = 1 << 20;

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
    CsvRowParser parser(delimiter, visit);
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
    if (auto ok = parser.finish(true); !ok)
        return Error{tr("%1 cannot be read: %2").arg(name, ok.error())};
    return {};
}

} // namespace isoaudit
