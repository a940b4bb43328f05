// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportLayout.h"

#include <QPainter>

#include <algorithm>
#include <numeric>

namespace isoaudit {

namespace {

using Text = ReportStyle::Text;

constexpr qreal marginLeft = 56.7; // 20 mm
constexpr qreal marginRight = 56.7;
constexpr qreal marginTop = 72;
constexpr qreal marginBottom = 64;
constexpr qreal cellPadX = 4;
constexpr qreal cellPadY = 3;
constexpr qreal accentIndent = 9;

struct CellLayout
{
    std::shared_ptr<QTextLayout> text;
    QList<qreal> lineTops; ///< y of each line, plus the bottom after the last
    QColor fill;
    QColor color;
    QString pageOf;
};

bool isHeading(const ReportBlock& block)
{
    return block.style == Text::Heading1 || block.style == Text::Heading2 || block.style == Text::Heading3;
}

/// A heading, or a one-line bold caption (a criterion's id and title above its table).
bool isLeadIn(const ReportBlock& block)
{
    return isHeading(block) || (block.style == Text::TableCellBold && !block.text.contains(QLatin1Char('\n')));
}

/// The room a heading keeps below itself on its page, for the first lines of what it introduces.
constexpr qreal headingRoom = 56;

} // namespace

/// Paginates the blocks: keeps headings with what follows, repeats table headers on each page, moves a table row
/// that does not fit to the next page and splits it by lines only when it is too tall to move.
class ReportLayout::Builder
{
public:
    Builder(ReportLayout& out, const QSizeF& page)
        : m_out(out)
        , m_left(marginLeft)
        , m_width(page.width() - marginLeft - marginRight)
        , m_top(marginTop)
        , m_bottom(page.height() - marginBottom)
    {
        newPage();
    }

    void paragraph(const ReportBlock& block)
    {
        const qreal indent = block.accent.isValid() ? accentIndent : 0;
        const auto text = ReportStyle::layout(block.text, ReportStyle::font(block.style), m_width - indent);
        const bool heading = isHeading(block);
        const qreal before = m_y > m_top ? ReportStyle::spaceBefore(block.style) : 0;
        const qreal height = text->boundingRect().height();
        if (heading && m_y + before + height + headingRoom > m_bottom)
            newPage();
        else
            m_y += before;
        if (!block.anchor.isEmpty())
            m_out.m_anchors.insert(block.anchor, int(m_out.m_pages.size()));
        const QColor color = ReportStyle::color(block.style);
        int first = 0;
        const int lines = text->lineCount();
        while (first < lines) {
            int end = first;
            qreal used = 0;
            while (end < lines && m_y + used + text->lineAt(end).height() <= m_bottom + 0.01) {
                used += text->lineAt(end).height();
                ++end;
            }
            if (end == first) {
                if (m_y <= m_top + 0.01) { // one line taller than a page: place it anyway
                    used = text->lineAt(end).height();
                    ++end;
                } else {
                    newPage();
                    continue;
                }
            }
            if (block.accent.isValid())
                fill(QRectF(m_left, m_y, 3, used), block.accent);
            Item item;
            item.kind = Item::Kind::Lines;
            item.rect = QRectF(m_left + indent, m_y, m_width - indent, used);
            item.color = color;
            item.text = text;
            item.firstLine = first;
            item.endLine = end;
            page().append(item);
            m_y += used;
            first = end;
            if (first < lines)
                newPage();
        }
        m_y += ReportStyle::spaceAfter(block.style);
        if (block.style == Text::Heading1) {
            rule(m_y - 6, m_left, m_width, ReportStyle::accent(), 0.8);
        }
    }

    /// A table's cells laid out in their columns, before it is placed.
    struct MeasuredTable
    {
        QList<qreal> widths;
        QList<CellLayout> header;
        QList<QList<CellLayout>> rows;
        qreal height = 0; ///< all rows, one header
    };

    MeasuredTable measure(const ReportTable& table) const
    {
        MeasuredTable measured;
        const qreal total = std::accumulate(table.widths.begin(), table.widths.end(), 0.0);
        for (qreal w : table.widths)
            measured.widths << m_width * w / (total > 0 ? total : 1);
        auto cellsOf = [&](const QList<ReportCell>& cells) {
            QList<CellLayout> out;
            for (int c = 0; c < cells.size() && c < measured.widths.size(); ++c) {
                const ReportCell& cell = cells.at(c);
                CellLayout l;
                l.text = ReportStyle::layout(cell.text, ReportStyle::font(cell.style),
                                             measured.widths.at(c) - 2 * cellPadX, cell.alignment);
                qreal y = 0;
                for (int i = 0; i < l.text->lineCount(); ++i) {
                    l.lineTops << y;
                    y += l.text->lineAt(i).height();
                }
                l.lineTops << y;
                l.fill = cell.fill;
                l.color = ReportStyle::color(cell.style);
                l.pageOf = cell.pageOf;
                out << l;
            }
            return out;
        };
        measured.header = cellsOf(table.header);
        measured.height = measured.header.isEmpty() ? 0 : rowHeight(measured.header, zeros(measured.header), 0);
        for (const auto& row : table.rows) {
            measured.rows << cellsOf(row.cells);
            measured.height += rowHeight(measured.rows.last(), zeros(measured.rows.last()), row.minHeight);
        }
        return measured;
    }

    /// Height of a heading paragraph, for keeping it with the table that follows.
    qreal paragraphHeight(const ReportBlock& block) const
    {
        const qreal indent = block.accent.isValid() ? accentIndent : 0;
        return ReportStyle::layout(block.text, ReportStyle::font(block.style), m_width - indent)
                   ->boundingRect()
                   .height()
            + ReportStyle::spaceBefore(block.style) + ReportStyle::spaceAfter(block.style);
    }

    /// Starts a new page when `height` fits on an empty page but not in what is left of this one.
    void keepTogether(qreal height)
    {
        if (m_y > m_top + 0.01 && m_y + height > m_bottom && height <= m_bottom - m_top)
            newPage();
    }

    qreal width() const { return m_width; }

    /// The height a table needs at the foot of a page to start there: its header and its first row, the row capped
    /// at a third of a page (a taller row is split by lines anyway).
    qreal startHeight(const ReportTable& table, const MeasuredTable& measured) const
    {
        const qreal header = measured.header.isEmpty() ? 0 : rowHeight(measured.header, zeros(measured.header), 0);
        if (measured.rows.isEmpty())
            return header + 30;
        const qreal first = rowHeight(measured.rows.first(), zeros(measured.rows.first()), table.rows.first().minHeight);
        return header + qMin(first, (m_bottom - m_top) / 3);
    }

    void table(const ReportTable& table, const MeasuredTable& measured)
    {
        const QList<qreal>& widths = measured.widths;
        const QList<CellLayout>& header = measured.header;
        const qreal headerHeight = rowHeight(header, zeros(header), 0);
        m_y += m_y > m_top ? 2 : 0;
        const bool hasHeader = !header.isEmpty();
        // No header alone at the foot of a page: the header moves unless its first row (or a third of a page of a
        // taller one) fits below it.
        if (hasHeader && m_y + startHeight(table, measured) > m_bottom)
            newPage();
        if (hasHeader)
            placeRow(table, widths, header, zeros(header), QList<int>(), 0, true);
        const int rowCount = int(measured.rows.size());
        for (int r = 0; r < rowCount; ++r) {
            const QList<CellLayout>& cells = measured.rows.at(r);
            const qreal rowMinHeight = table.rows.at(r).minHeight;
            // No last row alone on a page: when the final two rows fit on a page but not here, both move.
            if (r == rowCount - 2 && r > 0 && m_y > m_top + headerHeight + 1) {
                const qreal lastTwo = rowHeight(cells, zeros(cells), rowMinHeight)
                    + rowHeight(measured.rows.at(r + 1), zeros(measured.rows.at(r + 1)),
                                table.rows.at(r + 1).minHeight);
                const qreal thisOne = rowHeight(cells, zeros(cells), rowMinHeight);
                if (m_y + thisOne <= m_bottom && m_y + lastTwo > m_bottom
                    && lastTwo + headerHeight <= (m_bottom - m_top) / 3) {
                    newPage();
                    if (hasHeader)
                        placeRow(table, widths, header, zeros(header), QList<int>(), 0, true);
                }
            }
            QList<int> start = zeros(cells);
            bool firstPart = true;
            while (true) {
                const qreal minHeight = firstPart ? rowMinHeight : 0;
                const qreal need = rowHeight(cells, start, minHeight);
                const qreal available = m_bottom - m_y;
                if (need <= available + 0.01) {
                    placeRow(table, widths, cells, start, QList<int>(), minHeight, false);
                    break;
                }
                const qreal body = m_bottom - m_top;
                if (need > body / 3 && available > 48) {
                    // Too tall to move: fill this page with as many lines of each cell as fit.
                    QList<int> end = start;
                    for (int c = 0; c < cells.size(); ++c) {
                        const auto& tops = cells.at(c).lineTops;
                        while (end[c] < tops.size() - 1
                               && tops.at(end[c] + 1) - tops.at(start[c]) + 2 * cellPadY <= available)
                            ++end[c];
                    }
                    placeRow(table, widths, cells, start, end, 0, false);
                    start = end;
                    firstPart = false;
                }
                newPage();
                if (hasHeader)
                    placeRow(table, widths, header, zeros(header), QList<int>(), 0, true);
            }
        }
        m_y += 10;
    }

    void heatMap(const ReportBlock& block)
    {
        const qreal height = HeatMapPainter::heightFor(block.heatMap, m_width);
        if (m_y + height > m_bottom)
            newPage();
        m_out.m_heatMaps.append(block.heatMap);
        Item item;
        item.kind = Item::Kind::HeatMap;
        item.rect = QRectF(m_left, m_y + 4, m_width, height);
        item.heatMap = int(m_out.m_heatMaps.size() - 1);
        page().append(item);
        m_y += height + 18;
    }

    void spacer(qreal height)
    {
        if (m_y > m_top)
            m_y = std::min(m_y + height, m_bottom);
        else
            m_y += height;
    }

    void pageBreak()
    {
        if (!page().isEmpty())
            newPage();
    }

    /// Writes the page numbers into the contents once every anchor has its page.
    void resolvePageReferences()
    {
        for (const auto& fix : m_pageRefs) {
            Item& item = m_out.m_pages[fix.page][fix.item];
            item.text = ReportStyle::layout(QString::number(m_out.m_anchors.value(fix.anchor)), fix.font,
                                            item.rect.width(), Qt::AlignRight);
            item.endLine = item.text->lineCount();
        }
    }

private:
    struct PageRef
    {
        int page;
        int item;
        QString anchor;
        QFont font;
    };

    QList<Item>& page() { return m_out.m_pages.last(); }
    static QList<int> zeros(const QList<CellLayout>& cells) { return QList<int>(cells.size(), 0); }

    void newPage()
    {
        m_out.m_pages.append(QList<Item>());
        m_y = m_top;
    }

    void fill(const QRectF& rect, const QColor& color)
    {
        Item item;
        item.kind = Item::Kind::Fill;
        item.rect = rect;
        item.color = color;
        page().append(item);
    }

    void rule(qreal y, qreal x, qreal width, const QColor& color, qreal thickness)
    {
        Item item;
        item.kind = Item::Kind::Rule;
        item.rect = QRectF(x, y, width, 0);
        item.color = color;
        item.width = thickness;
        page().append(item);
    }

    static qreal rowHeight(const QList<CellLayout>& cells, const QList<int>& start, qreal minHeight)
    {
        qreal height = 0;
        for (int c = 0; c < cells.size(); ++c)
            height = std::max(height, cells.at(c).lineTops.last() - cells.at(c).lineTops.at(start.at(c)));
        return std::max(height + 2 * cellPadY, minHeight);
    }

    /// Places cells [start, end) of a row at m_y (end empty = to the last line).
    void placeRow(const ReportTable& table, const QList<qreal>& widths, const QList<CellLayout>& cells,
                  const QList<int>& start, const QList<int>& end, qreal minHeight, bool isHeader)
    {
        qreal height = 0;
        for (int c = 0; c < cells.size(); ++c) {
            const int last = end.isEmpty() ? int(cells.at(c).lineTops.size() - 1) : end.at(c);
            height = std::max(height, cells.at(c).lineTops.at(last) - cells.at(c).lineTops.at(start.at(c)));
        }
        height = std::max(height + 2 * cellPadY, minHeight);
        qreal x = m_left;
        const bool firstOnPage = m_y <= m_top + 0.01 || isHeader;
        for (int c = 0; c < cells.size(); ++c) {
            QColor background = cells.at(c).fill;
            if (!background.isValid() && isHeader)
                background = ReportStyle::headerFill();
            if (!background.isValid() && table.look == ReportTable::Look::KeyValue && c == 0)
                background = ReportStyle::labelFill();
            if (background.isValid())
                fill(QRectF(x, m_y, widths.at(c), height), background);
            x += widths.at(c);
        }
        if (table.look != ReportTable::Look::Plain && firstOnPage)
            rule(m_y, m_left, m_width, isHeader ? ReportStyle::accent() : ReportStyle::grid(), isHeader ? 1 : 0.6);
        x = m_left;
        for (int c = 0; c < cells.size(); ++c) {
            const CellLayout& cell = cells.at(c);
            const int first = start.at(c);
            const int last = end.isEmpty() ? int(cell.lineTops.size() - 1) : end.at(c);
            if (last > first || !cell.pageOf.isEmpty()) {
                Item item;
                item.kind = Item::Kind::Lines;
                item.rect = QRectF(x + cellPadX, m_y + cellPadY, widths.at(c) - 2 * cellPadX,
                                   cell.lineTops.at(last) - cell.lineTops.at(first));
                item.color = cell.color;
                item.text = cell.text;
                item.firstLine = first;
                item.endLine = last;
                if (!cell.pageOf.isEmpty())
                    m_pageRefs.append(
                        {int(m_out.m_pages.size() - 1), int(page().size()), cell.pageOf, cell.text->font()});
                page().append(item);
            }
            x += widths.at(c);
        }
        m_y += height;
        if (table.look != ReportTable::Look::Plain)
            rule(m_y, m_left, m_width, isHeader ? ReportStyle::accent() : ReportStyle::grid(), isHeader ? 0.8 : 0.5);
    }

    ReportLayout& m_out;
    qreal m_left, m_width, m_top, m_bottom;
    qreal m_y = 0;
    QList<PageRef> m_pageRefs;
};

std::shared_ptr<const ReportLayout> ReportLayout::create(const ReportDocument& document, const QPageSize& pageSize,
                                                         const std::function<bool(int, int)>& progress)
{
    const ReportLanguage::Scope language(document.language);
    auto layout = std::make_shared<ReportLayout>();
    layout->m_language = document.language;
    layout->m_pageSize = pageSize.size(QPageSize::Point);
    layout->m_title = document.title;
    layout->m_headerLeft = document.headerLeft;
    layout->m_headerRight = document.headerRight;
    layout->m_marking = document.marking;
    layout->m_footerReport = document.footerReport;
    Builder builder(*layout, layout->m_pageSize);
    const int total = int(document.blocks.size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % 32 == 0 && !progress(i, total))
            return nullptr;
        const ReportBlock& block = document.blocks.at(i);
        switch (block.type) {
        case ReportBlock::Type::Paragraph: {
            // A heading followed by a table that must stay together (a finding, a signature block) moves with it.
            const bool nextKept = i + 1 < total && document.blocks.at(i + 1).type == ReportBlock::Type::Table
                && document.blocks.at(i + 1).table.keepTogether;
            if (nextKept) {
                const ReportTable& next = document.blocks.at(i + 1).table;
                const auto measured = builder.measure(next);
                builder.keepTogether(builder.paragraphHeight(block) + measured.height + 2);
                builder.paragraph(block);
                builder.table(next, measured);
                ++i;
            } else {
                // A heading, or a bold caption line, leads in to what follows: with the headings and captions right
                // after it (a section and its first sub-heading), it keeps room for them and for the start of what
                // they introduce — a table's header and first row, or the first lines of text — so no page ends on
                // a lead-in.
                if (isLeadIn(block)) {
                    qreal height = 0;
                    int j = i;
                    for (; j < total && document.blocks.at(j).type == ReportBlock::Type::Paragraph
                           && isLeadIn(document.blocks.at(j));
                         ++j)
                        height += builder.paragraphHeight(document.blocks.at(j));
                    if (j < total && document.blocks.at(j).type == ReportBlock::Type::Table) {
                        const ReportTable& table = document.blocks.at(j).table;
                        height += builder.startHeight(table, builder.measure(table)) + 2;
                    } else {
                        height += headingRoom;
                    }
                    builder.keepTogether(height);
                }
                builder.paragraph(block);
            }
            break;
        }
        case ReportBlock::Type::Table: {
            const auto measured = builder.measure(block.table);
            if (block.table.keepTogether)
                builder.keepTogether(measured.height + 2);
            builder.table(block.table, measured);
            break;
        }
        case ReportBlock::Type::HeatMap:
            builder.heatMap(block);
            break;
        case ReportBlock::Type::PageBreak:
            builder.pageBreak();
            break;
        case ReportBlock::Type::Spacer:
            builder.spacer(block.height);
            break;
        }
    }
    builder.resolvePageReferences();
    if (progress)
        progress(total, total);
    return layout;
}

QRectF ReportLayout::bodyRect() const
{
    return QRectF(marginLeft, marginTop, m_pageSize.width() - marginLeft - marginRight,
                  m_pageSize.height() - marginTop - marginBottom);
}

void ReportLayout::paintPage(QPainter& painter, int index) const
{
    const ReportLanguage::Scope language(m_language);
    if (index < 0 || index >= m_pages.size())
        return;
    const qreal left = marginLeft;
    const qreal width = m_pageSize.width() - marginLeft - marginRight;
    const QFont small = ReportStyle::font(Text::HeaderFooter);
    const QColor muted = ReportStyle::muted();
    // Header: client on the left, standard and audit on the right, a hairline below.
    ReportStyle::drawText(painter, QRectF(left, 34, width * 0.5, 14), m_headerLeft, small, muted,
                          Qt::AlignLeft | Qt::AlignBottom);
    ReportStyle::drawText(painter, QRectF(left + width * 0.4, 34, width * 0.6, 14), m_headerRight, small, muted,
                          Qt::AlignRight | Qt::AlignBottom);
    painter.setPen(QPen(ReportStyle::rule(), 0.5));
    painter.drawLine(QPointF(left, 50), QPointF(left + width, 50));
    // Footer: the confidentiality marking and "Report N · Rev N · Page X of Y".
    const qreal footerY = m_pageSize.height() - 44;
    painter.drawLine(QPointF(left, footerY), QPointF(left + width, footerY));
    QFont marking = ReportStyle::font(Text::Marking);
    marking.setPointSizeF(7);
    ReportStyle::drawText(painter, QRectF(left, footerY + 5, width * 0.4, 12), m_marking, marking,
                          ReportStyle::color(Text::Marking));
    ReportStyle::drawText(painter, QRectF(left + width * 0.3, footerY + 5, width * 0.7, 12),
                          QString(m_footerReport).arg(index + 1).arg(m_pages.size()), small, muted,
                          Qt::AlignRight | Qt::AlignTop);

    for (const Item& item : m_pages.at(index)) {
        switch (item.kind) {
        case Item::Kind::Fill:
            painter.fillRect(item.rect, item.color);
            break;
        case Item::Kind::Rule:
            painter.setPen(QPen(item.color, item.width, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(item.rect.topLeft(), item.rect.topRight());
            break;
        case Item::Kind::Lines: {
            painter.setPen(item.color);
            const qreal top = item.firstLine < item.text->lineCount() ? item.text->lineAt(item.firstLine).y() : 0;
            const QPointF origin = item.rect.topLeft() - QPointF(0, top);
            for (int i = item.firstLine; i < item.endLine; ++i)
                item.text->lineAt(i).draw(&painter, origin);
            break;
        }
        case Item::Kind::HeatMap:
            HeatMapPainter::paint(painter, item.rect, m_heatMaps.at(item.heatMap));
            break;
        }
    }
}

} // namespace isoaudit
