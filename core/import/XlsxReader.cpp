// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/XlsxReader.h"

#include <QBuffer>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

#include <cmath>

namespace isoaudit {

namespace {

constexpr qint64 maxPartBytes = 128 * 1024 * 1024; // one XML part, uncompressed
constexpr qint64 maxTotalBytes = 512 * 1024 * 1024; // all parts we keep
constexpr int maxRows = 200000;
constexpr int maxColumns = 2000;

/// "BC12" -> column 54, row 11 (0-based); false when it is not a cell reference.
bool parseCellRef(QStringView ref, int* column, int* row)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 128) {
        col = col * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
        if (col > 1000000)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    const qint64 r = ref.mid(i).toLongLong(&ok);
    if (!ok || r < 1 || r > 100000000)
        return false;
    *column = int(col - 1);
    *row = int(r - 1);
    return true;
}

QString resolvePart(const QString& target)
{
    QString part = target;
    if (part.startsWith(QLatin1Char('/')))
        part = part.mid(1);
    else
        part = QStringLiteral("xl/") + part;
    while (part.contains(QLatin1String("/../"))) {
        const qsizetype up = part.indexOf(QLatin1String("/../"));
        const qsizetype start = part.lastIndexOf(QLatin1Char('/'), up - 1);
        part.remove(start + 1, up + 4 - start - 1);
    }
    return part.toLower();
}

} // namespace

Result<XlsxReader> XlsxReader::open(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not open %1: %2").arg(name, file.errorString())};
    if (file.size() > maxPartBytes)
        return Error{tr("%1 is larger than 128 MB; split it before importing.").arg(name)};
    return openData(file.readAll(), name);
}

Result<XlsxReader> XlsxReader::openData(const QByteArray& bytes, const QString& name)
{
    XlsxReader reader;
    reader.m_name = name.isEmpty() ? tr("The workbook") : name;
    if (bytes.isEmpty())
        return Error{tr("%1 is empty: there is nothing to import.").arg(reader.m_name)};
    if (!bytes.startsWith("PK"))
        return Error{tr("%1 is not an Excel workbook (.xlsx): it is not a zip archive.").arg(reader.m_name)};
    QByteArray data = bytes;
    QBuffer buffer(&data);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return Error{tr("%1 is not an Excel workbook (.xlsx): the zip archive cannot be read.").arg(reader.m_name)};
    qint64 total = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString part = zip.getCurrentFileName().toLower();
        if (!part.endsWith(QLatin1String(".xml")) && !part.endsWith(QLatin1String(".rels")))
            continue;
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("%1 is damaged: %2 cannot be unpacked.").arg(reader.m_name, part)};
        // Read in chunks: read(maxPartBytes) would allocate the whole limit for every part.
        QByteArray content;
        bool failed = false;
        char chunk[64 * 1024];
        while (content.size() <= maxPartBytes) {
            const qint64 n = file.read(chunk, sizeof chunk);
            if (n < 0)
                failed = true;
            if (n <= 0)
                break;
            content.append(chunk, qsizetype(n));
        }
        failed = failed || file.getZipError() != 0;
        file.close();
        if (failed || file.getZipError() != 0)
            return Error{tr("%1 is damaged: %2 cannot be unpacked.").arg(reader.m_name, part)};
        total += content.size();
        if (content.size() > maxPartBytes || total > maxTotalBytes)
            return Error{tr("%1 unpacks to more than 512 MB; it is too large to import.").arg(reader.m_name)};
        reader.m_parts.insert(part, content);
    }
    zip.close();
    if (Status loaded = reader.load(); !loaded)
        return Error{loaded.error()};
    return reader;
}

Status XlsxReader::load()
{
    if (!m_parts.contains(QStringLiteral("xl/workbook.xml")))
        return Error{tr("%1 is not an Excel workbook (.xlsx): it has no xl/workbook.xml.").arg(m_name)};
    if (Status s = readWorkbook(); !s)
        return s;
    if (Status s = readSharedStrings(); !s)
        return s;
    if (Status s = readStyles(); !s)
        return s;
    if (m_sheets.isEmpty())
        return Error{tr("%1 has no worksheets.").arg(m_name)};
    return {};
}

Status XlsxReader::readWorkbook()
{
    QHash<QString, QString> targets; // relationship id -> part
    {
        QXmlStreamReader xml(m_parts.value(QStringLiteral("xl/_rels/workbook.xml.rels")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
                const auto a = xml.attributes();
                targets.insert(a.value(QLatin1String("Id")).toString(),
                               resolvePart(a.value(QLatin1String("Target")).toString()));
            }
        }
    }
    QXmlStreamReader xml(m_parts.value(QStringLiteral("xl/workbook.xml")));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            const auto v = xml.attributes().value(QLatin1String("date1904"));
            m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            QString rid;
            for (const auto& attr : xml.attributes()) {
                if (attr.name() == QLatin1String("id"))
                    rid = attr.value().toString();
            }
            const QString name = xml.attributes().value(QLatin1String("name")).toString();
            QString part = targets.value(rid);
            if (part.isEmpty())
                part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(m_sheets.size() + 1);
            m_sheets.append({name, part});
        }
    }
    if (xml.hasError())
        return Error{tr("%1 is damaged: its list of sheets cannot be read (%2).").arg(m_name, xml.errorString())};
    return {};
}

Status XlsxReader::readSharedStrings()
{
    const QByteArray bytes = m_parts.value(QStringLiteral("xl/sharedstrings.xml"));
    if (bytes.isEmpty())
        return {};
    QXmlStreamReader xml(bytes);
    QString current;
    bool inItem = false;
    int phonetic = 0; // inside <rPh>: furigana, not part of the text
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("si")) {
                inItem = true;
                current.clear();
            } else if (xml.name() == QLatin1String("rPh")) {
                ++phonetic;
            } else if (xml.name() == QLatin1String("t") && inItem && phonetic == 0) {
                current += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("si")) {
                m_sharedStrings.append(current);
                inItem = false;
            } else if (xml.name() == QLatin1String("rPh")) {
                --phonetic;
            }
        }
    }
    if (xml.hasError())
        return Error{tr("%1 is damaged: its shared strings cannot be read (%2).").arg(m_name, xml.errorString())};
    return {};
}

Status XlsxReader::readStyles()
{
    const QByteArray bytes = m_parts.value(QStringLiteral("xl/styles.xml"));
    if (bytes.isEmpty())
        return {};
    QXmlStreamReader xml(bytes);
    QHash<int, QString> formats;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto a = xml.attributes();
            if (xml.name() == QLatin1String("numFmt")) {
                formats.insert(a.value(QLatin1String("numFmtId")).toInt(),
                               a.value(QLatin1String("formatCode")).toString());
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (xml.name() == QLatin1String("xf") && inCellXfs) {
                const int id = a.value(QLatin1String("numFmtId")).toInt();
                m_dateStyles.append(isDateFormat(id, formats.value(id)));
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        return Error{tr("%1 is damaged: its cell styles cannot be read (%2).").arg(m_name, xml.errorString())};
    return {};
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const auto& s : m_sheets)
        names << s.name;
    return names;
}

Result<SheetTable> XlsxReader::sheet(const QString& name) const
{
    const SheetRef* ref = nullptr;
    for (const auto& s : m_sheets) {
        if (name.isEmpty() || s.name == name || s.name.compare(name, Qt::CaseInsensitive) == 0) {
            ref = &s;
            break;
        }
    }
    if (!ref)
        return Error{tr("%1 has no sheet \"%2\"; its sheets are: %3.").arg(m_name, name, sheetNames().join(", "))};
    if (!m_parts.contains(ref->part))
        return Error{tr("%1 is damaged: the sheet \"%2\" is missing.").arg(m_name, ref->name)};
    SheetTable table;
    table.name = ref->name;
    table.source = tr("XLSX, sheet \"%1\"").arg(ref->name);
    QXmlStreamReader xml(m_parts.value(ref->part));
    int row = -1;
    int column = -1;
    auto tooLarge = [&] {
        return Error{tr("The sheet \"%1\" of %2 has values beyond row %3 or column %4; it is too large to import.")
                         .arg(ref->name, m_name)
                         .arg(maxRows)
                         .arg(SheetTable::columnName(maxColumns - 1))};
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("row")) {
            bool ok = false;
            const int r = a.value(QLatin1String("r")).toInt(&ok);
            row = ok && r >= 1 ? r - 1 : row + 1;
            column = -1;
        } else if (xml.name() == QLatin1String("c")) {
            int c = column + 1;
            int r = qMax(row, 0);
            parseCellRef(a.value(QLatin1String("r")), &c, &r);
            column = c;
            const QString type = a.value(QLatin1String("t")).toString();
            const int style = a.value(QLatin1String("s")).toInt();
            QString raw;
            bool hasValue = false;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("v")) {
                    raw = xml.readElementText();
                    hasValue = true;
                } else if (xml.name() == QLatin1String("is")) {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("t")) {
                            raw += xml.readElementText();
                        } else if (xml.name() == QLatin1String("r")) {
                            while (xml.readNextStartElement()) {
                                if (xml.name() == QLatin1String("t"))
                                    raw += xml.readElementText();
                                else
                                    xml.skipCurrentElement();
                            }
                        } else {
                            xml.skipCurrentElement();
                        }
                    }
                    hasValue = true;
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (!hasValue)
                continue;
            if (r >= maxRows || c >= maxColumns)
                return tooLarge();
            QVariant value;
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = raw.toInt(&ok);
                if (!ok || index < 0 || index >= m_sharedStrings.size())
                    return Error{tr("%1 is damaged: cell %2%3 of \"%4\" points at a missing shared string.")
                                     .arg(m_name, SheetTable::columnName(c))
                                     .arg(r + 1)
                                     .arg(ref->name)};
                value = m_sharedStrings.at(index);
            } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str")
                       || type == QLatin1String("e")) {
                value = raw;
            } else if (type == QLatin1String("b")) {
                value = raw.trimmed() == QLatin1String("1");
            } else {
                bool ok = false;
                const double d = raw.toDouble(&ok);
                if (!ok) {
                    value = raw;
                } else if (style >= 0 && style < m_dateStyles.size() && m_dateStyles.at(style)) {
                    const QDate date = dateFromSerial(d, m_date1904);
                    value = date.isValid() ? QVariant(date) : QVariant(d);
                } else {
                    value = d;
                }
            }
            while (table.rows.size() <= r)
                table.rows.append(QVariantList());
            QVariantList& cells = table.rows[r];
            while (cells.size() <= c)
                cells.append(QVariant());
            cells[c] = value;
        } else if (xml.name() == QLatin1String("mergeCell")) {
            const QString mergeRef = a.value(QLatin1String("ref")).toString();
            int c1 = 0, r1 = 0, c2 = 0, r2 = 0;
            const QStringList ends = mergeRef.split(QLatin1Char(':'));
            if (ends.size() == 2 && parseCellRef(ends.at(0), &c1, &r1) && parseCellRef(ends.at(1), &c2, &r2) && c2 >= c1
                && r2 >= r1 && c1 < maxColumns && r1 < maxRows)
                table.merged.append(QRect(c1, r1, qMin(c2, maxColumns - 1) - c1 + 1, qMin(r2, maxRows - 1) - r1 + 1));
        }
    }
    if (xml.hasError())
        return Error{
            tr("%1 is damaged: the sheet \"%2\" cannot be read (%3).").arg(m_name, ref->name, xml.errorString())};
    // Fill merged ranges from their top-left cell, only where the sheet has rows (a merge never adds rows).
    for (const QRect& m : std::as_const(table.merged)) {
        const QVariant value = table.cell(m.top(), m.left());
        if (!value.isValid())
            continue;
        for (int r = m.top(); r <= m.bottom() && r < table.rows.size(); ++r) {
            for (int c = m.left(); c <= m.right(); ++c) {
                if (r == m.top() && c == m.left())
                    continue;
                QVariantList& cells = table.rows[r];
                while (cells.size() <= c)
                    cells.append(QVariant());
                cells[c] = value;
            }
        }
    }
    return table;
}

QDate XlsxReader::dateFromSerial(double serial, bool system1904)
{
    if (!std::isfinite(serial) || serial < 1 || serial > 2958465)
        return {};
    const auto days = qint64(std::floor(serial));
    if (system1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days < 60)
        return QDate(1899, 12, 31).addDays(days);
    if (days == 60)
        return QDate(1900, 2, 28); // Excel's 29 February 1900 does not exist; the nearest real day
    return QDate(1899, 12, 30).addDays(days);
}

bool XlsxReader::isDateFormat(int numFmtId, const QString& formatCode)
{
    if ((numFmtId >= 14 && numFmtId <= 17) || numFmtId == 22 || (numFmtId >= 27 && numFmtId <= 36)
        || (numFmtId >= 50 && numFmtId <= 58))
        return true;
    if (numFmtId < 164 || formatCode.isEmpty())
        return false;
    bool inQuote = false;
    int inBracket = 0;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (c == u'\\') {
            ++i;
        } else if (c == u'"') {
            inQuote = !inQuote;
        } else if (!inQuote && c == u'[') {
            ++inBracket;
        } else if (!inQuote && c == u']') {
            inBracket = qMax(0, inBracket - 1);
        } else if (!inQuote && inBracket == 0) {
            const QChar l = c.toLower();
            if (l == u'd' || l == u'y')
                return true;
        }
    }
    return false;
}

} // namespace isoaudit
