// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CsvReader.h"

#include "import/CsvParser.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

namespace isoaudit {

namespace {

constexpr qint64 maxFileBytes = 256 * 1024 * 1024;

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; Qt 6.4's QStringDecoder does not offer it, so map by hand.
// 0 marks the five bytes the code page leaves undefined (decoded as U+FFFD).
constexpr char16_t cp1252High[32]
    = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
       0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
       0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

QString decodeWith(QStringConverter::Encoding encoding, const QByteArray& bytes, bool* failed)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *failed = decoder.hasError();
    return text;
}

bool looksBinary(const QString& text)
{
    const qsizetype sample = qMin<qsizetype>(text.size(), 8192);
    int control = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0)
            return true;
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != 0x0c)
            ++control;
    }
    return sample > 0 && control * 20 > sample; // more than 5 % control characters
}

} // namespace

QString CsvReader::decodeWindows1252(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        char16_t c = b;
        if (b >= 0x80 && b < 0xA0)
            c = cp1252High[b - 0x80] ? cp1252High[b - 0x80] : char16_t(0xFFFD);
        out[i] = QChar(c);
    }
    return text;
}

QString CsvReader::decode(const QByteArray& bytes, QString* encoding)
{
    bool failed = false;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = QStringLiteral("UTF-8 with BOM");
        return decodeWith(QStringConverter::Utf8, bytes.mid(3), &failed);
    }
    if (bytes.startsWith("\xFF\xFE")) {
        *encoding = QStringLiteral("UTF-16 LE");
        return decodeWith(QStringConverter::Utf16LE, bytes.mid(2), &failed);
    }
    if (bytes.startsWith("\xFE\xFF")) {
        *encoding = QStringLiteral("UTF-16 BE");
        return decodeWith(QStringConverter::Utf16BE, bytes.mid(2), &failed);
    }
    // UTF-16 without a BOM: ASCII text has a zero in every other byte.
    if (bytes.size() >= 4 && bytes.size() % 2 == 0) {
        int zeroOdd = 0;
        int zeroEven = 0;
        const qsizetype sample = qMin<qsizetype>(bytes.size(), 4096);
        for (qsizetype i = 0; i < sample; ++i) {
            if (bytes.at(i) == 0)
                ++(i % 2 ? zeroOdd : zeroEven);
        }
        if (zeroOdd * 3 > sample && zeroEven == 0) {
            *encoding = QStringLiteral("UTF-16 LE");
            return decodeWith(QStringConverter::Utf16LE, bytes, &failed);
        }
        if (zeroEven * 3 > sample && zeroOdd == 0) {
            *encoding = QStringLiteral("UTF-16 BE");
            return decodeWith(QStringConverter::Utf16BE, bytes, &failed);
        }
    }
    QString text = decodeWith(QStringConverter::Utf8, bytes, &failed);
    if (!failed) {
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    *encoding = QStringLiteral("Windows-1252");
    return decodeWindows1252(bytes);
}

QChar CsvReader::detectDelimiter(const QString& text)
{
    // Tab first, then semicolon (European Excel, where the comma is the decimal mark), then comma: ties go early.
    const QChar candidates[] = {u'\t', u';', u','};
    QChar best = u',';
    int bestScore = -1;
    for (QChar delimiter : candidates) {
        auto rows = split(text, delimiter, 30);
        if (!rows)
            continue;
        QHash<qsizetype, int> counts;
        for (const auto& row : rows.value()) {
            if (row.size() > 1)
                ++counts[row.size()];
        }
        int score = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            score = qMax(score, it.value());
        if (score > bestScore) {
            bestScore = score;
            best = delimiter;
        }
    }
    return best;
}

Result<QList<QVariantList>> CsvReader::split(const QString& text, QChar delimiter, int maxRows)
{
    QList<QVariantList> rows;
    bool full = false; // maxRows reached: the rest is not read
    CsvRowParser parser(delimiter, [&](qsizetype, const QStringList& fields) -> Status {
        QVariantList row;
        row.reserve(fields.size());
        for (const QString& field : fields)
            row.append(field);
        rows.append(row);
        if (maxRows > 0 && rows.size() >= maxRows) {
            full = true;
            return Error{QStringLiteral("enough rows")};
        }
        return {};
    });
    const Status fed = parser.feed(text);
    if (full)
        return rows;
    if (!fed)
        return Error{fed.error()};
    if (auto ok = parser.finish(maxRows <= 0); !ok && !full)
        return Error{ok.error()};
    return rows;
}

Result<SheetTable> CsvReader::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    if (file.size() > maxFileBytes)
        return Error{tr("%1 is larger than 256 MB; split it before importing.").arg(QFileInfo(path).fileName())};
    return parse(file.readAll(), QFileInfo(path).fileName());
}

Result<SheetTable> CsvReader::parse(const QByteArray& bytes, const QString& name)
{
    const QString shown = name.isEmpty() ? tr("The table") : name;
    if (bytes.trimmed().isEmpty())
        return Error{tr("%1 is empty: there is nothing to import.").arg(shown)};
    if (bytes.startsWith("PK\x03\x04"))
        return Error{tr("%1 is a zip archive (an Excel workbook?), not a CSV file; save it as .xlsx.").arg(shown)};
    QString encoding;
    const QString text = decode(bytes, &encoding);
    if (looksBinary(text))
        return Error{tr("%1 is not a text table (CSV): it holds binary data.").arg(shown)};
    const QChar delimiter = detectDelimiter(text);
    auto rows = split(text, delimiter, 0);
    if (!rows)
        return Error{tr("%1 cannot be read: %2").arg(shown, rows.error())};
    SheetTable table;
    table.name = name;
    table.rows = std::move(rows.value());
    const QString delimiterName = delimiter == u'\t' ? tr("tab-separated")
        : delimiter == u';'                          ? tr("semicolon-separated")
                                                     : tr("comma-separated");
    table.source = tr("CSV, %1, %2").arg(encoding, delimiterName);
    if (table.columnCount() == 0)
        return Error{tr("%1 is empty: there is nothing to import.").arg(shown)};
    return table;
}

} // namespace isoaudit
