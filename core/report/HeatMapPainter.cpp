// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/HeatMapPainter.h"

#include "report/ReportStyle.h"

#include <QPainter>

#include <algorithm>

namespace isoaudit {

/// The few primitives a heat map needs, so the painter and the SVG writer draw exactly the same picture.
class HeatMapPainter::Canvas
{
public:
    virtual ~Canvas() = default;
    virtual void rect(const QRectF& rect, const QColor& fill, const QColor& stroke, qreal width) = 0;
    virtual void line(const QPointF& from, const QPointF& to, const QColor& color, qreal width) = 0;
    virtual void text(const QRectF& rect, const QString& text, const QFont& font, const QColor& color,
                      Qt::Alignment alignment)
        = 0;
};

namespace {

constexpr qreal titleHeight = 18;
constexpr qreal topAxisHeight = 12;
constexpr qreal labelWidth = 96;
constexpr qreal columnLabelHeight = 30;
constexpr qreal axisHeight = 14;
constexpr qreal legendHeight = 34; ///< one row of band swatches and the caption
constexpr qreal legendItemWidth = 96;
constexpr qreal legendRowHeight = 13;

/// Rows of band swatches the legend needs at `width` (a client may define many bands).
int legendRows(const HeatMapData& data, qreal width)
{
    const int perRow = std::max(1, int(width / legendItemWidth));
    return std::max<int>(1, int((data.method.bands.size() + perRow - 1) / perRow));
}

QFont smallFont(qreal size, bool bold = false)
{
    QFont f = ReportStyle::font(ReportStyle::Text::Small);
    f.setPointSizeF(size);
    f.setBold(bold);
    return f;
}

qreal cellHeight(const HeatMapData& data, qreal width)
{
    const int columns = std::max<qsizetype>(1, data.method.impactLevels.size());
    const qreal cellWidth = (width - labelWidth) / columns;
    return std::clamp(cellWidth * 0.55, 18.0, 36.0);
}

class PainterCanvas : public HeatMapPainter::Canvas
{
public:
    explicit PainterCanvas(QPainter& painter)
        : m_painter(painter)
    {
    }
    void rect(const QRectF& r, const QColor& fill, const QColor& stroke, qreal width) override
    {
        m_painter.save();
        m_painter.setPen(stroke.isValid() ? QPen(stroke, width) : QPen(Qt::NoPen));
        m_painter.setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
        m_painter.drawRect(r);
        m_painter.restore();
    }
    void line(const QPointF& from, const QPointF& to, const QColor& color, qreal width) override
    {
        m_painter.save();
        m_painter.setPen(QPen(color, width, Qt::SolidLine, Qt::SquareCap));
        m_painter.drawLine(from, to);
        m_painter.restore();
    }
    void text(const QRectF& r, const QString& t, const QFont& font, const QColor& color,
              Qt::Alignment alignment) override
    {
        ReportStyle::drawText(m_painter, r, t, font, color, alignment);
    }

private:
    QPainter& m_painter;
};

class SvgCanvas : public HeatMapPainter::Canvas
{
public:
    QString body;

    void rect(const QRectF& r, const QColor& fill, const QColor& stroke, qreal width) override
    {
        body += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\" stroke=\"%6\" "
                               "stroke-width=\"%7\"/>\n")
                    .arg(r.x())
                    .arg(r.y())
                    .arg(r.width())
                    .arg(r.height())
                    .arg(fill.isValid() ? fill.name() : QStringLiteral("none"),
                         stroke.isValid() ? stroke.name() : QStringLiteral("none"))
                    .arg(width);
    }
    void line(const QPointF& from, const QPointF& to, const QColor& color, qreal width) override
    {
        body += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" stroke-width=\"%6\" "
                               "stroke-linecap=\"square\"/>\n")
                    .arg(from.x())
                    .arg(from.y())
                    .arg(to.x())
                    .arg(to.y())
                    .arg(color.name())
                    .arg(width);
    }
    void text(const QRectF& r, const QString& t, const QFont& font, const QColor& color,
              Qt::Alignment alignment) override
    {
        const QStringList lines = t.split(QLatin1Char('\n'));
        const qreal size = font.pointSizeF();
        QString anchor = QStringLiteral("start");
        qreal x = r.left();
        if (alignment & Qt::AlignHCenter) {
            anchor = QStringLiteral("middle");
            x = r.center().x();
        } else if (alignment & Qt::AlignRight) {
            anchor = QStringLiteral("end");
            x = r.right();
        }
        const qreal block = lines.size() * size * 1.2;
        qreal y = r.top();
        if (alignment & Qt::AlignVCenter)
            y += (r.height() - block) / 2;
        else if (alignment & Qt::AlignBottom)
            y += r.height() - block;
        for (int i = 0; i < lines.size(); ++i) {
            body += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\" font-weight=\"%4\" fill=\"%5\" "
                                   "text-anchor=\"%6\">%7</text>\n")
                        .arg(x)
                        .arg(y + size * (1.2 * i + 0.95))
                        .arg(size)
                        .arg(font.bold() ? QStringLiteral("bold") : QStringLiteral("normal"), color.name(), anchor,
                             lines.at(i).toHtmlEscaped());
        }
    }
};

} // namespace

qreal HeatMapPainter::heightFor(const HeatMapData& data, qreal width)
{
    const int rows = std::max<qsizetype>(1, data.method.likelihoodLevels.size());
    return titleHeight + topAxisHeight + rows * cellHeight(data, width) + columnLabelHeight + axisHeight + legendHeight
        + (legendRows(data, width) - 1) * legendRowHeight;
}

void HeatMapPainter::paint(QPainter& painter, const QRectF& rect, const HeatMapData& data)
{
    PainterCanvas canvas(painter);
    draw(canvas, rect, data);
}

QString HeatMapPainter::svg(const HeatMapData& data, qreal width)
{
    SvgCanvas canvas;
    const qreal height = heightFor(data, width);
    draw(canvas, QRectF(0, 0, width, height), data);
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                          "font-family=\"DejaVu Sans, sans-serif\" role=\"img\" aria-label=\"%3\">\n%4</svg>")
        .arg(width)
        .arg(height)
        .arg(data.title.toHtmlEscaped(), canvas.body);
}

void HeatMapPainter::draw(Canvas& canvas, const QRectF& rect, const HeatMapData& data)
{
    const RiskMethod& method = data.method;
    const int rows = int(method.likelihoodLevels.size());
    const int columns = int(method.impactLevels.size());
    canvas.text(QRectF(rect.left(), rect.top(), rect.width(), titleHeight), data.title,
                ReportStyle::font(ReportStyle::Text::Heading3), ReportStyle::accent(), Qt::AlignLeft | Qt::AlignTop);
    if (rows == 0 || columns == 0) {
        canvas.text(QRectF(rect.left(), rect.top() + titleHeight, rect.width(), 20),
                    tr("The client's risk method defines no likelihood or impact levels."), smallFont(8),
                    ReportStyle::ink(), Qt::AlignLeft | Qt::AlignTop);
        return;
    }
    const qreal ch = cellHeight(data, rect.width());
    const qreal cw = (rect.width() - labelWidth) / columns;
    const QPointF origin(rect.left() + labelWidth, rect.top() + titleHeight + topAxisHeight);
    auto cellRect = [&](int likelihood, int impact) {
        return QRectF(origin.x() + (impact - 1) * cw, origin.y() + (rows - likelihood) * ch, cw, ch);
    };
    QList<int> counts(rows * columns, 0);
    for (const QPoint& risk : data.risks) {
        if (risk.x() >= 1 && risk.x() <= columns && risk.y() >= 1 && risk.y() <= rows)
            ++counts[(risk.y() - 1) * columns + (risk.x() - 1)];
    }
    const int threshold = method.acceptanceThreshold.value_or(-1);
    const QColor noBand(0xe0, 0xe0, 0xe0);
    for (int l = 1; l <= rows; ++l) {
        canvas.text(QRectF(rect.left(), cellRect(l, 1).top(), labelWidth - 6, ch),
                    QStringLiteral("%1  %2").arg(method.likelihoodLevels.at(l - 1)).arg(l), smallFont(7),
                    ReportStyle::ink(), Qt::AlignRight | Qt::AlignVCenter);
        for (int i = 1; i <= columns; ++i) {
            const QRectF cell = cellRect(l, i);
            const auto score = method.score(l, i);
            const RiskBand* band = score ? method.band(*score) : nullptr;
            const QColor fill = band && band->color.isValid() ? band->color : noBand;
            canvas.rect(cell, fill, QColor(Qt::white), 1.0);
            if (score)
                canvas.text(cell.adjusted(3, 2, -3, -2), QString::number(*score), smallFont(5.5),
                            ReportStyle::textOn(fill), Qt::AlignLeft | Qt::AlignTop);
            const int n = counts.at((l - 1) * columns + (i - 1));
            if (n > 0) {
                canvas.text(cell, QString::number(n), smallFont(10, true), ReportStyle::textOn(fill),
                            Qt::AlignHCenter | Qt::AlignVCenter);
            }
        }
    }
    // The acceptance boundary: a heavy line between each acceptable cell and an unacceptable neighbour. A matrix
    // need not grow along its rows and columns, so every pair of neighbours is compared.
    if (threshold >= 0) {
        const QColor boundary = ReportStyle::ink();
        auto above = [&](int l, int i) { return method.aboveThreshold(method.score(l, i).value_or(threshold)); };
        for (int l = 1; l <= rows; ++l) {
            for (int i = 1; i <= columns; ++i) {
                const bool aboveHere = above(l, i);
                const QRectF cell = cellRect(l, i);
                if (i < columns && aboveHere != above(l, i + 1))
                    canvas.line(cell.topRight(), cell.bottomRight(), boundary, 2.2);
                if (l < rows && aboveHere != above(l + 1, i))
                    canvas.line(cell.topLeft(), cell.topRight(), boundary, 2.2);
            }
        }
    }
    const qreal labelsTop = origin.y() + rows * ch + 3;
    for (int i = 1; i <= columns; ++i) {
        const QRectF cell = cellRect(1, i);
        canvas.text(QRectF(cell.left(), labelsTop, cw, columnLabelHeight),
                    QStringLiteral("%1\n%2").arg(i).arg(method.impactLevels.at(i - 1)), smallFont(7),
                    ReportStyle::ink(), Qt::AlignHCenter | Qt::AlignTop);
    }
    const qreal axisTop = labelsTop + columnLabelHeight;
    canvas.text(QRectF(origin.x(), axisTop, cw * columns, axisHeight), tr("Impact →"), smallFont(7.5, true),
                ReportStyle::muted(), Qt::AlignHCenter | Qt::AlignTop);
    canvas.text(QRectF(rect.left(), origin.y() - 12, labelWidth - 6, 12), tr("Likelihood ↑"), smallFont(7.5, true),
                ReportStyle::muted(), Qt::AlignRight | Qt::AlignTop);

    // Legend: the client's bands, the boundary line, and what was not plotted.
    qreal x = rect.left();
    qreal y = axisTop + axisHeight + 2;
    for (const auto& band : method.bands) {
        if (x + legendItemWidth > rect.right() + 0.01) {
            x = rect.left();
            y += legendRowHeight;
        }
        const QString label = QStringLiteral("%1 %2–%3").arg(band.label).arg(band.from).arg(band.to);
        canvas.rect(QRectF(x, y + 1, 9, 9), band.color, ReportStyle::grid(), 0.5);
        canvas.text(QRectF(x + 12, y, legendItemWidth - 16, 12), label, smallFont(7), ReportStyle::ink(),
                    Qt::AlignLeft | Qt::AlignTop);
        x += legendItemWidth;
    }
    const qreal legendTop = y;
    QString caption = threshold >= 0
        ? tr("Heavy line: the client's acceptance threshold (scores up to %1 are acceptable).").arg(threshold)
        : tr("The client's method states no acceptance threshold.");
    if (threshold >= 0)
        canvas.line(QPointF(rect.left(), legendTop + 20), QPointF(rect.left() + 18, legendTop + 20), ReportStyle::ink(),
                    2.2);
    caption += QLatin1Char(' ') + tr("%n risk(s) plotted", nullptr, int(data.risks.size()));
    if (data.unrated > 0)
        caption += ReportLanguage::punctuation(QLatin1Char(';')) + QLatin1Char(' ')
            + tr("%n without a rating not plotted", nullptr, data.unrated);
    caption += QLatin1Char('.');
    canvas.text(QRectF(rect.left() + 24, legendTop + 14, rect.width() - 24, 14), caption, smallFont(7),
                ReportStyle::muted(), Qt::AlignLeft | Qt::AlignTop);
}

} // namespace isoaudit
