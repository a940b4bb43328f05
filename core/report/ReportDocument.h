// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/ReportLanguage.h"

#include "report/HeatMapPainter.h"
#include "report/ReportData.h"
#include "report/ReportStyle.h"

#include <QCoreApplication>
#include <QList>

namespace isoaudit {

struct ReportCell
{
    QString text;
    ReportStyle::Text style = ReportStyle::Text::TableCell;
    QColor fill = {}; ///< invalid = the table's own look
    Qt::Alignment alignment = Qt::AlignLeft;
    QString pageOf = {}; ///< an anchor: the cell shows the page that anchor lands on (the contents)
};

struct ReportRow
{
    QList<ReportCell> cells;
    qreal minHeight = 0; ///< points; signature lines need room
};

struct ReportTable
{
    enum class Look {
        Grid, ///< header row, horizontal rules
        KeyValue, ///< shaded label column, no header
        Plain, ///< no rules (the contents)
    };
    Look look = Look::Grid;
    QList<qreal> widths; ///< relative column widths
    QList<ReportCell> header;
    QList<ReportRow> rows;
    bool keepTogether = false; ///< start on a new page rather than split, when it fits on one
};

/// One piece of the report's flow: a paragraph, a table, a heat map, or a page break.
struct ReportBlock
{
    enum class Type { Paragraph, Table, HeatMap, PageBreak, Spacer };
    Type type = Type::Paragraph;
    ReportStyle::Text style = ReportStyle::Text::Body;
    QString text;
    QString anchor; ///< contents entries point here
    QColor accent; ///< a coloured bar left of a heading (the finding's grade)
    qreal height = 0; ///< Spacer
    ReportTable table;
    HeatMapData heatMap;
};

struct ReportContentsEntry
{
    QString anchor;
    QString number;
    QString title;
};

/// The audit report as a flow of blocks, built once from ReportData. It is the single description of the
/// report: ReportLayout paginates it for the PDF, the printer and the preview, ReportHtmlWriter turns it into
/// HTML, and plainText() is what the reference-file test compares.
class ReportDocument
{
    ISOAUDIT_REPORT_TR_FUNCTIONS(ReportDocument)

public:
    static ReportDocument build(const ReportData& data, const ReportOptions& options);

    QString title; ///< PDF metadata and HTML <title>
    QString headerLeft, headerRight, marking;
    QString footerReport; ///< "Report N · Rev N · Page %3 of %4": the page placeholders are left for the layout
    QString language;
    QList<ReportBlock> blocks;
    QList<ReportContentsEntry> contents;

    /// Every text of the report in reading order, one block or table row per line (cells joined by " | ").
    QString plainText() const;

    // Building blocks, used by build() and ReportSections.
    /// A numbered section, listed in the contents; `number` overrides the running number ("I", "II" in SOC 2).
    void section(const QString& title, bool newPage = true, const QString& number = {});
    void heading(const QString& text, ReportStyle::Text style = ReportStyle::Text::Heading2, const QColor& accent = {});
    void paragraph(const QString& text, ReportStyle::Text style = ReportStyle::Text::Body);
    void table(ReportTable table);
    void spacer(qreal points);
    void pageBreak();
    /// A two-column label/value table; an empty value shows as a dash.
    void keyValues(const QList<QPair<QString, QString>>& rows, qreal labelWidth = 0.28);

private:
    /// Puts the contents page (built from `contents`) into the blocks at `at`: the sections are known only at the end.
    void insertContents(qsizetype at);
    void cover(const ReportData& data, const ReportOptions& options);
    void contentsPage();
    void objectives(const ReportData& data);
    void team(const ReportData& data);
    void summary(const ReportData& data);
    void outcome(const ReportData& data);
    void conclusions(const ReportData& data);
    void distribution(const ReportData& data);
    void signatures(const ReportData& data);
};

} // namespace isoaudit
