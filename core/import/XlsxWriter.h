// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QVariant>

namespace isoaudit {

/// Writes one-sheet Excel workbooks (.xlsx) for the table exports: a bold, shaded header row with an autofilter
/// and frozen panes, numbers as numbers, QDate cells as real dates (yyyy-mm-dd), text wrapped. QuaZip packs the
/// container; the XML parts are small and written here. (libxlsxwriter cannot share a process with QuaZip: both
/// bring a minizip, and their zipOpen3 symbols collide.)
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    /// The workbook's bytes; rows[0] is the header row.
    static Result<QByteArray> workbook(const QList<QVariantList>& rows, const QString& sheetName);
    /// Excel's serial day number for a date (1900 system).
    static qint64 serialFromDate(const QDate& date);
    /// A sheet name Excel accepts: at most 31 characters, none of []:*?/\.
    static QString sheetName(const QString& name);
    /// The worksheet part alone (xl/worksheets/sheet1.xml): frozen header pane, column widths, cells, autofilter.
    static QByteArray sheetXml(const QList<QVariantList>& rows);
};

} // namespace isoaudit
