// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPaintDevice>
#include <QTextLayout>

#include <memory>

class QPainter;

namespace isoaudit {

/// The report's typography and colours, and the measuring device that makes its layout independent of the
/// output: text is laid out once in points (1/72 inch) with design metrics, and every output (PDF, printer,
/// preview) paints the same lines with a scaled painter.
class ReportStyle
{
public:
    enum class Text {
        Title,
        Subtitle,
        Kicker, ///< small spaced capitals above the title
        Heading1,
        Heading2,
        Heading3,
        Body,
        Small,
        TableHeader,
        TableCell,
        TableCellBold,
        Marking, ///< the confidentiality marking
        HeaderFooter,
    };

    static QFont font(Text text);
    static QColor color(Text text);
    /// Points of space before and after a paragraph of this style.
    static qreal spaceBefore(Text text);
    static qreal spaceAfter(Text text);

    /// A 72 dpi device for measuring: layouts made with it are in points.
    static QPaintDevice* layoutDevice();
    /// Lays out `text` in `width` points with design metrics (so line breaks do not depend on the output).
    static std::shared_ptr<QTextLayout> layout(const QString& text, const QFont& font, qreal width,
                                               Qt::Alignment alignment = Qt::AlignLeft);
    /// Draws text into a rectangle (points) on a painter whose unit is one point; returns the height used.
    static qreal drawText(QPainter& painter, const QRectF& rect, const QString& text, const QFont& font,
                          const QColor& color, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop);

    static QColor ink() { return QColor(0x1a, 0x1a, 0x1a); }
    static QColor accent() { return QColor(0x1f, 0x3a, 0x5f); }
    static QColor muted() { return QColor(0x5f, 0x6b, 0x78); }
    static QColor rule() { return QColor(0x9a, 0xa5, 0xb1); }
    static QColor grid() { return QColor(0xc5, 0xcc, 0xd4); }
    static QColor headerFill() { return QColor(0xe4, 0xe9, 0xef); }
    static QColor labelFill() { return QColor(0xf2, 0xf4, 0xf7); }
    /// Black or white, whichever reads better on `background`.
    static QColor textOn(const QColor& background);
};

} // namespace isoaudit
