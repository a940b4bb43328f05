// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/ReportLanguage.h"

#include "report/ReportData.h"

#include <QCoreApplication>
#include <QList>
#include <QPoint>
#include <QRectF>

class QPainter;

namespace isoaudit {

/// One heat map: the client's method and the (likelihood, impact) of each risk to plot.
struct HeatMapData
{
    QString title;
    RiskMethod method;
    QList<QPoint> risks; ///< x = impact level, y = likelihood level (1-based)
    int unrated = 0; ///< risks without both levels, named in the caption
};

/// Draws a risk heat map as vector graphics in the client's own terms: its likelihood and impact labels, each
/// cell's score under the client's method (product, sum or the client's matrix) in the colour of its band, the
/// number of risks per cell, and a heavy line on the acceptance threshold boundary. The same drawing goes to a QPainter
/// (PDF, printer, preview) and to SVG (the HTML export).
class HeatMapPainter
{
    ISOAUDIT_REPORT_TR_FUNCTIONS(HeatMapPainter)

public:
    /// Height in points the map needs at `width` points.
    static qreal heightFor(const HeatMapData& data, qreal width);
    /// Paints into `rect` (points) on a painter whose unit is a point.
    static void paint(QPainter& painter, const QRectF& rect, const HeatMapData& data);
    /// The same drawing as a self-contained <svg> element.
    static QString svg(const HeatMapData& data, qreal width);

    class Canvas;

private:
    static void draw(Canvas& canvas, const QRectF& rect, const HeatMapData& data);
};

} // namespace isoaudit
