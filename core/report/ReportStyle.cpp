// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportStyle.h"

#include <QPainter>
#include <QTextOption>

namespace isoaudit {

namespace {

/// Metrics only: nothing is ever painted on it.
class PointDevice : public QPaintDevice
{
public:
    QPaintEngine* paintEngine() const override { return nullptr; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
        case PdmHeight:
            return 1000;
        case PdmWidthMM:
        case PdmHeightMM:
            return 353;
        case PdmNumColors:
            return 0x7fffffff;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 72;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        }
        return 0;
    }
};

} // namespace

QFont ReportStyle::font(Text text)
{
    // DejaVu covers Latin, Greek and Cyrillic; the CJK families are fallbacks for names in other scripts
    // (scripts/install-deps.sh installs fonts-droid-fallback).
    QFont f;
    f.setFamilies(
        {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Droid Sans Fallback")});
    f.setStyleHint(QFont::SansSerif);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    // No ligatures where a script does not need them: "fi" stays two letters, so the PDF's text can be searched and
    // extracted as written (scripts that need shaping still get it).
    f.setStyleStrategy(QFont::PreferNoShaping);
    qreal size = 9;
    bool bold = false;
    switch (text) {
    case Text::Title:
        size = 22;
        bold = true;
        break;
    case Text::Subtitle:
        size = 13;
        break;
    case Text::Kicker:
        size = 9;
        bold = true;
        f.setLetterSpacing(QFont::AbsoluteSpacing, 1.5);
        break;
    case Text::Heading1:
        size = 15;
        bold = true;
        break;
    case Text::Heading2:
        size = 11.5;
        bold = true;
        break;
    case Text::Heading3:
        size = 10;
        bold = true;
        break;
    case Text::Body:
        size = 9.5;
        break;
    case Text::Small:
    case Text::HeaderFooter:
        size = 7.5;
        break;
    case Text::TableHeader:
        size = 7.5;
        bold = true;
        break;
    case Text::TableCell:
        size = 8.5;
        break;
    case Text::TableCellBold:
        size = 8.5;
        bold = true;
        break;
    case Text::Marking:
        size = 8;
        bold = true;
        f.setLetterSpacing(QFont::AbsoluteSpacing, 0.8);
        break;
    }
    f.setPointSizeF(size);
    f.setBold(bold);
    return f;
}

QColor ReportStyle::color(Text text)
{
    switch (text) {
    case Text::Title:
    case Text::Heading1:
    case Text::Heading2:
    case Text::Kicker:
        return accent();
    case Text::Subtitle:
    case Text::Small:
    case Text::HeaderFooter:
        return muted();
    case Text::Marking:
        return QColor(0x8b, 0x1a, 0x1a);
    default:
        return ink();
    }
}

qreal ReportStyle::spaceBefore(Text text)
{
    switch (text) {
    case Text::Heading1:
        return 6;
    case Text::Heading2:
        return 14;
    case Text::Heading3:
        return 12;
    case Text::Subtitle:
        return 4;
    default:
        return 0;
    }
}

qreal ReportStyle::spaceAfter(Text text)
{
    switch (text) {
    case Text::Title:
        return 8;
    case Text::Heading1:
        return 10;
    case Text::Heading2:
    case Text::Heading3:
        return 5;
    case Text::Body:
        return 6;
    case Text::Small:
        return 4;
    default:
        return 2;
    }
}

QPaintDevice* ReportStyle::layoutDevice()
{
    static PointDevice device;
    return &device;
}

std::shared_ptr<QTextLayout> ReportStyle::layout(const QString& text, const QFont& font, qreal width,
                                                 Qt::Alignment alignment)
{
    QString content = text;
    content.replace(QLatin1Char('\n'), QChar::LineSeparator);
    auto layout = std::make_shared<QTextLayout>(content, font, layoutDevice());
    QTextOption option(alignment);
    option.setUseDesignMetrics(true);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    return layout;
}

qreal ReportStyle::drawText(QPainter& painter, const QRectF& rect, const QString& text, const QFont& font,
                            const QColor& color, Qt::Alignment alignment)
{
    const auto textLayout = layout(text, font, rect.width(), alignment & Qt::AlignHorizontal_Mask);
    const qreal height = textLayout->boundingRect().height();
    qreal top = rect.top();
    if (alignment & Qt::AlignVCenter)
        top += (rect.height() - height) / 2;
    else if (alignment & Qt::AlignBottom)
        top += rect.height() - height;
    painter.save();
    painter.setPen(color);
    textLayout->draw(&painter, QPointF(rect.left(), top));
    painter.restore();
    return height;
}

QColor ReportStyle::textOn(const QColor& background)
{
    const qreal luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance < 0.5 ? QColor(Qt::white) : ink();
}

} // namespace isoaudit
