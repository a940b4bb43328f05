// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/SheetTable.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace isoaudit {

/// Reads Excel workbooks (.xlsx, Office Open XML): QuaZip opens the container, QXmlStreamReader reads the parts.
/// Every sheet is listed; cells come as shared or inline strings, numbers, booleans, or dates (a number whose cell
/// style is a date format, counted in the workbook's 1900 or 1904 date system); merged ranges are filled with their
/// top-left value so a merged header names every column under it. Formulas give their cached value.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    static Result<XlsxReader> open(const QString& path);
    /// Reads a workbook held in memory (the fuzz target, tests); `name` names it in messages.
    static Result<XlsxReader> openData(const QByteArray& bytes, const QString& name = {});

    QStringList sheetNames() const;
    /// One sheet by name; an empty name is the first sheet.
    Result<SheetTable> sheet(const QString& name = {}) const;

    /// Excel's serial day number as a date (1900 system with its phantom 29 February 1900, or the 1904 system).
    static QDate dateFromSerial(double serial, bool system1904 = false);
    /// Whether an Excel number format shows a date: built-in ids 14-22, 27-36, 45-47, 50-58, or a custom code
    /// with day/month/year letters outside quotes and brackets.
    static bool isDateFormat(int numFmtId, const QString& formatCode);

private:
    struct SheetRef
    {
        QString name;
        QString part; ///< "xl/worksheets/sheet1.xml"
    };
    Status load();
    Status readWorkbook();
    Status readSharedStrings();
    Status readStyles();

    QString m_name;
    QHash<QString, QByteArray> m_parts; ///< lower-cased part name -> bytes
    QList<SheetRef> m_sheets;
    QStringList m_sharedStrings;
    QList<bool> m_dateStyles; ///< per cellXfs index
    bool m_date1904 = false;
};

} // namespace isoaudit
