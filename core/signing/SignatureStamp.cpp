// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/SignatureStamp.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainterPath>

namespace isoaudit {

namespace {

// ReportLayout leaves 64 pt below the body and draws the footer rule 44 pt above the bottom edge; the slots sit
// between the two, clear of both, and start at the body's 20 mm left margin.
constexpr qreal slotLeft = 56.7;
constexpr qreal slotBottom = 47;
constexpr qreal slotHeight = 14;
constexpr qreal slotWidth = 238;
constexpr qreal slotGap = 6;
constexpr int slotCount = 2;

QByteArray number(qreal value)
{
    QByteArray text = QByteArray::number(value, 'f', 2);
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    return text == "-0" ? QByteArray("0") : text;
}

} // namespace

QRectF SignatureStamp::footerSlot(int index)
{
    if (index < 0 || index >= slotCount)
        return {};
    return QRectF(slotLeft + index * (slotWidth + slotGap), slotBottom, slotWidth, slotHeight);
}

Result<QByteArray> SignatureStamp::contentStream(const QString& text, const QSizeF& size)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error{tr("A visible signature stamp needs the application's fonts, which are not available here.")};
    if (size.width() < 10 || size.height() < 5)
        return Error{tr("The signature stamp's box is too small to write in.")};
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    qreal pointSize = qMin<qreal>(7.5, size.height() * 0.6);
    font.setPointSizeF(pointSize);
    // Shrink until the line fits the width (down to 4 pt, then it is cut by the box).
    while (pointSize > 4 && QFontMetricsF(font).horizontalAdvance(text) > size.width()) {
        pointSize -= 0.25;
        font.setPointSizeF(pointSize);
    }
    const QFontMetricsF metrics(font);
    const qreal baseline = (size.height() + metrics.ascent() - metrics.descent()) / 2;
    QPainterPath path;
    path.addText(0, baseline, font, text);

    // Outlines in PDF coordinates (y up), filled with the non-zero winding rule that TrueType outlines use.
    QByteArray stream = "q\n0 0 " + number(size.width()) + ' ' + number(size.height()) + " re W n\n0.12 0.23 0.45 rg\n";
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        auto point = [&](const QPainterPath::Element& p) { return number(p.x) + ' ' + number(size.height() - p.y); };
        if (e.isMoveTo()) {
            stream += point(e) + " m\n";
        } else if (e.isLineTo()) {
            stream += point(e) + " l\n";
        } else if (e.isCurveTo() && i + 2 < path.elementCount()) {
            stream += point(e) + ' ' + point(path.elementAt(i + 1)) + ' ' + point(path.elementAt(i + 2)) + " c\n";
            i += 2;
        }
    }
    stream += "f\nQ\n";
    return stream;
}

Result<QByteArray> SignatureStamp::formXObject(const QString& text, const QSizeF& size)
{
    auto stream = contentStream(text, size);
    if (!stream)
        return Error{stream.error()};
    return "<<\n/Type /XObject\n/Subtype /Form\n/BBox [0 0 " + number(size.width()) + ' ' + number(size.height())
        + "]\n/Resources << >>\n/Length " + QByteArray::number(stream->size()) + "\n>>\nstream\n" + stream.value()
        + "endstream";
}

} // namespace isoaudit
