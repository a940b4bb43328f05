// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/XlsxWriter.h"

#include "import/SheetTable.h"

#include <QBuffer>
#include <QDate>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace isoaudit {

namespace {

QString escaped(const QString& text)
{
    QString out = text.toHtmlEscaped();
    // XML 1.0 forbids most control characters; Excel would refuse the file.
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t c = out.at(i).unicode();
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            out[i] = QChar(u' ');
    }
    return out;
}

const char contentTypes[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>)";

const char rootRels[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";

const char workbookRels[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>)";

// Cell styles: 0 default, 1 header (bold, shaded, wrapped), 2 date (yyyy-mm-dd), 3 wrapped text, top-aligned.
const char styles[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDE4EE"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>)";

} // namespace

qint64 XlsxWriter::serialFromDate(const QDate& date)
{
    return QDate(1899, 12, 30).daysTo(date);
}

QString XlsxWriter::sheetName(const QString& name)
{
    QString sheet = name;
    for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        sheet.remove(bad);
    sheet = sheet.left(31).trimmed();
    return sheet.isEmpty() ? QStringLiteral("Sheet1") : sheet;
}

QByteArray XlsxWriter::sheetXml(const QList<QVariantList>& rows)
{
    const int columns = rows.isEmpty() ? 0 : int(rows.first().size());
    QList<int> widths(columns, 8);
    QString data;
    for (int r = 0; r < rows.size(); ++r) {
        data += QStringLiteral("<row r=\"%1\">").arg(r + 1);
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QVariant& cell = rows.at(r).at(c);
            const QString ref = SheetTable::columnName(c) + QString::number(r + 1);
            if (r == 0) {
                data += QStringLiteral("<c r=\"%1\" s=\"1\" t=\"inlineStr\"><is><t>%2</t></is></c>")
                            .arg(ref, escaped(cell.toString()));
                if (c < columns)
                    widths[c] = qMax(widths[c], int(cell.toString().size()) + 4);
            } else if (cell.typeId() == QMetaType::Int || cell.typeId() == QMetaType::Double) {
                data += QStringLiteral("<c r=\"%1\"><v>%2</v></c>").arg(ref, QString::number(cell.toDouble(), 'g', 15));
            } else if (cell.typeId() == QMetaType::QDate && cell.toDate().isValid()) {
                data += QStringLiteral("<c r=\"%1\" s=\"2\"><v>%2</v></c>").arg(ref).arg(serialFromDate(cell.toDate()));
                if (c < columns)
                    widths[c] = qMax(widths[c], 12);
            } else {
                const QString text = cell.toString().left(32767);
                if (text.isEmpty())
                    continue;
                data += QStringLiteral(
                            "<c r=\"%1\" s=\"3\" t=\"inlineStr\"><is><t xml:space=\"preserve\">%2</t></is></c>")
                            .arg(ref, escaped(text));
                if (c < columns)
                    widths[c] = qMax(widths[c], int(qMin<qsizetype>(text.size(), 60)) + 2);
            }
        }
        data += QLatin1String("</row>");
    }
    QString cols;
    for (int c = 0; c < columns; ++c)
        cols += QStringLiteral("<col min=\"%1\" max=\"%1\" width=\"%2\" customWidth=\"1\"/>")
                    .arg(c + 1)
                    .arg(qMin(widths[c], 60));
    const QString last
        = SheetTable::columnName(qMax(columns - 1, 0)) + QString::number(qMax<qsizetype>(rows.size(), 1));
    QString xml
        = QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                         "\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                         "<dimension ref=\"A1:%1\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"
                         "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                         "<selection pane=\"bottomLeft\"/></sheetView></sheetViews>"
                         "<sheetFormatPr defaultRowHeight=\"15\"/>")
              .arg(last);
    if (columns > 0)
        xml += QStringLiteral("<cols>") + cols + QStringLiteral("</cols>");
    xml += QStringLiteral("<sheetData>") + data + QStringLiteral("</sheetData>");
    if (columns > 0)
        xml += QStringLiteral("<autoFilter ref=\"A1:%1\"/>").arg(last);
    xml += QStringLiteral("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
                          "footer=\"0.3\"/></worksheet>");
    return xml.toUtf8();
}

Result<QByteArray> XlsxWriter::workbook(const QList<QVariantList>& rows, const QString& name)
{
    const QString sheet = sheetName(name);
    const int columns = rows.isEmpty() ? 0 : int(rows.first().size());
    const QString last = QStringLiteral("$%1$%2")
                             .arg(SheetTable::columnName(qMax(columns - 1, 0)))
                             .arg(qMax<qsizetype>(rows.size(), 1));
    QString quoted = sheet;
    quoted.replace(QLatin1String("'"), QLatin1String("''"));
    const QString workbookXml
        = QStringLiteral(
              R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
              "\n<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
              "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              "<bookViews><workbookView/></bookViews><sheets><sheet name=\"%1\" sheetId=\"1\" r:id=\"rId1\"/>"
              "</sheets><definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" "
              "hidden=\"1\">'%2'!$A$1:%3</definedName></definedNames></workbook>")
              .arg(escaped(sheet), escaped(quoted), last);
    const QList<std::pair<QString, QByteArray>> parts = {
        {QStringLiteral("[Content_Types].xml"), QByteArray(contentTypes)},
        {QStringLiteral("_rels/.rels"), QByteArray(rootRels)},
        {QStringLiteral("xl/workbook.xml"), workbookXml.toUtf8()},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), QByteArray(workbookRels)},
        {QStringLiteral("xl/styles.xml"), QByteArray(styles)},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml(rows)},
    };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return Error{tr("The workbook could not be packed (zip error %1).").arg(zip.getZipError())};
    for (const auto& [partName, content] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(partName)) || file.write(content) != content.size()) {
            return Error{tr("The workbook could not be packed (zip error %1).").arg(file.getZipError())};
        }
        file.close();
        if (file.getZipError() != 0)
            return Error{tr("The workbook could not be packed (zip error %1).").arg(file.getZipError())};
    }
    zip.close();
    if (zip.getZipError() != 0)
        return Error{tr("The workbook could not be packed (zip error %1).").arg(zip.getZipError())};
    return bytes;
}

} // namespace isoaudit
