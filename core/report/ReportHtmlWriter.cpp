// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportHtmlWriter.h"

#include "report/ReportDocument.h"

namespace isoaudit {

namespace {

using Text = ReportStyle::Text;

QString escaped(const QString& text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return html;
}

QString paragraphTag(Text style)
{
    switch (style) {
    case Text::Title:
        return QStringLiteral("h1");
    case Text::Heading1:
        return QStringLiteral("h2");
    case Text::Heading2:
        return QStringLiteral("h3");
    case Text::Heading3:
        return QStringLiteral("h4");
    default:
        return QStringLiteral("p");
    }
}

QString paragraphClass(Text style)
{
    switch (style) {
    case Text::Kicker:
        return QStringLiteral(" class=\"kicker\"");
    case Text::Subtitle:
        return QStringLiteral(" class=\"subtitle\"");
    case Text::Small:
        return QStringLiteral(" class=\"small\"");
    case Text::Marking:
        return QStringLiteral(" class=\"marking\"");
    default:
        return {};
    }
}

QString cellHtml(const ReportCell& cell, const QString& tag, const QString& link = {})
{
    QStringList styles;
    if (cell.fill.isValid())
        styles << QStringLiteral("background:%1").arg(cell.fill.name());
    if (cell.alignment & Qt::AlignRight)
        styles << QStringLiteral("text-align:right");
    if (cell.style == Text::TableCellBold || cell.style == Text::Heading3)
        styles << QStringLiteral("font-weight:bold");
    const QString style = styles.isEmpty() ? QString() : QStringLiteral(" style=\"%1\"").arg(styles.join(';'));
    const QString content
        = link.isEmpty() ? escaped(cell.text) : QStringLiteral("<a href=\"#%1\">%2</a>").arg(link, escaped(cell.text));
    return QStringLiteral("<%1%2>%3</%1>").arg(tag, style, content);
}

QString tableHtml(const ReportTable& table)
{
    QString cls = QStringLiteral("grid");
    if (table.look == ReportTable::Look::KeyValue)
        cls = QStringLiteral("kv");
    else if (table.look == ReportTable::Look::Plain)
        cls = QStringLiteral("plain");
    qreal total = 0;
    for (qreal w : table.widths)
        total += w;
    QString html = QStringLiteral("<table class=\"%1\"><colgroup>").arg(cls);
    for (qreal w : table.widths)
        html += QStringLiteral("<col style=\"width:%1%\">").arg(qRound(1000 * w / (total > 0 ? total : 1)) / 10.0);
    html += QStringLiteral("</colgroup>\n");
    if (!table.header.isEmpty()) {
        html += QStringLiteral("<thead><tr>");
        for (const auto& cell : table.header)
            html += cellHtml(cell, QStringLiteral("th"));
        html += QStringLiteral("</tr></thead>\n");
    }
    html += QStringLiteral("<tbody>\n");
    for (const auto& row : table.rows) {
        html += row.minHeight > 0 ? QStringLiteral("<tr style=\"height:%1pt\">").arg(row.minHeight)
                                  : QStringLiteral("<tr>");
        for (int c = 0; c < row.cells.size(); ++c) {
            const ReportCell& cell = row.cells.at(c);
            // The contents: the title links to its section; there are no page numbers on a web page.
            const bool nextIsPageRef = c + 1 < row.cells.size() && !row.cells.at(c + 1).pageOf.isEmpty();
            if (!cell.pageOf.isEmpty())
                continue;
            const QString tag
                = table.look == ReportTable::Look::KeyValue && c == 0 ? QStringLiteral("th") : QStringLiteral("td");
            html += cellHtml(cell, tag, nextIsPageRef ? row.cells.at(c + 1).pageOf : QString());
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody></table>\n");
    return html;
}

constexpr auto styleSheet = R"(
body { font-family: "DejaVu Sans", "Noto Sans CJK JP", "Droid Sans Fallback", sans-serif; font-size: 10pt;
       color: #1a1a1a; max-width: 50em; margin: 2em auto; padding: 0 1em; line-height: 1.4; }
h1, h2, h3, h4 { color: #1f3a5f; }
h1 { font-size: 22pt; margin: 0.2em 0; }
h2 { font-size: 15pt; border-bottom: 1px solid #1f3a5f; padding-bottom: 0.2em; margin-top: 2em; }
h3 { font-size: 11.5pt; margin-top: 1.4em; }
h4 { font-size: 10pt; margin: 1.4em 0 0.4em; }
h4.accent { padding-left: 0.5em; border-left: 3px solid; }
.kicker { letter-spacing: 0.15em; font-weight: bold; color: #1f3a5f; margin-top: 3em; }
.subtitle { font-size: 13pt; color: #5f6b78; }
.small { font-size: 8pt; color: #5f6b78; }
.marking { font-weight: bold; color: #8b1a1a; letter-spacing: 0.08em; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 1em; font-size: 8.5pt; }
td, th { padding: 3px 5px; vertical-align: top; text-align: left; }
table.grid thead th { background: #e4e9ef; border-top: 1px solid #1f3a5f; border-bottom: 1px solid #1f3a5f; }
table.grid td { border-bottom: 1px solid #c5ccd4; }
table.kv th { background: #f2f4f7; width: 25%; border-bottom: 1px solid #c5ccd4; }
table.kv td { border-bottom: 1px solid #c5ccd4; }
table.kv { border-top: 1px solid #c5ccd4; }
figure { margin: 1em 0; }
header.page, footer.page { font-size: 8pt; color: #5f6b78; }
footer.page { border-top: 1px solid #9aa5b1; margin-top: 3em; padding-top: 0.4em; }
)";

} // namespace

QString ReportHtmlWriter::write(const ReportDocument& document)
{
    const ReportLanguage::Scope language(document.language);
    QString html;
    html.reserve(1 << 20);
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n"
                           "<style>%3</style>\n</head>\n<body>\n")
                .arg(document.language.toHtmlEscaped(), document.title.toHtmlEscaped(), QLatin1String(styleSheet));
    html += QStringLiteral("<header class=\"page\">%1 · %2</header>\n")
                .arg(document.headerLeft.toHtmlEscaped(), document.headerRight.toHtmlEscaped());
    for (const auto& block : document.blocks) {
        switch (block.type) {
        case ReportBlock::Type::Paragraph: {
            const QString tag = paragraphTag(block.style);
            QString attributes = paragraphClass(block.style);
            if (!block.anchor.isEmpty())
                attributes += QStringLiteral(" id=\"%1\"").arg(block.anchor);
            if (block.accent.isValid())
                attributes += QStringLiteral(" class=\"accent\" style=\"border-color:%1\"").arg(block.accent.name());
            html += QStringLiteral("<%1%2>%3</%1>\n").arg(tag, attributes, escaped(block.text));
            break;
        }
        case ReportBlock::Type::Table:
            html += tableHtml(block.table);
            break;
        case ReportBlock::Type::HeatMap:
            html += QStringLiteral("<figure>%1</figure>\n").arg(HeatMapPainter::svg(block.heatMap, 480));
            break;
        case ReportBlock::Type::PageBreak:
        case ReportBlock::Type::Spacer:
            break;
        }
    }
    QString footer = document.footerReport;
    footer = footer.section(QStringLiteral(" · "), 0, 1); // the page part does not apply to a web page
    html += QStringLiteral("<footer class=\"page\"><span class=\"marking\">%1</span> · %2</footer>\n")
                .arg(document.marking.toHtmlEscaped(), footer.toHtmlEscaped());
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

} // namespace isoaudit
