// SPDX-License-Identifier: GPL-3.0-or-later
// HeatMapPainter: the client's levels, bands and acceptance boundary, drawn as vector graphics (painter and SVG).
#include "report/HeatMapPainter.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>

using namespace isoaudit;

class TestReportHeatMap : public QObject
{
    Q_OBJECT

    /// A 3 (likelihood) x 4 (impact) method in the client's own words; the "Extreme" band is never reached.
    static HeatMapData sample(std::optional<int> threshold)
    {
        HeatMapData data;
        data.title = QStringLiteral("Inherent risk");
        data.method.likelihoodLevels = {"Sjælden", "Mulig", "Sandsynlig"};
        data.method.impactLevels = {"Lav", "Moderat", "Høj", "Kritisk"};
        data.method.bands = {{1, 3, "Grøn", QColor("#00c000")},
                             {4, 12, "Rød", QColor("#e00000")},
                             {13, 99, "Extreme", QColor("#0000e0")}};
        data.method.acceptanceThreshold = threshold;
        data.risks = {QPoint(4, 3), QPoint(4, 3), QPoint(1, 1)};
        data.unrated = 1;
        return data;
    }

    static QImage render(const HeatMapData& data)
    {
        const qreal width = 480;
        QImage image(int(width), int(HeatMapPainter::heightFor(data, width)), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        HeatMapPainter::paint(painter, QRectF(0, 0, width, image.height()), data);
        return image;
    }

    static int pixels(const QImage& image, const QColor& color)
    {
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                n += image.pixelColor(x, y) == color;
        }
        return n;
    }

private slots:
    void cellsTakeTheColourOfTheirBand()
    {
        const QImage image = render(sample(4));
        // Scores 1..3 are green (5 cells), 4..12 red (7 cells); the unused band only shows as a legend swatch.
        const int green = pixels(image, QColor("#00c000"));
        const int red = pixels(image, QColor("#e00000"));
        const int blue = pixels(image, QColor("#0000e0"));
        QVERIFY(green > 1500);
        QVERIFY(red > green);
        QVERIFY(blue > 0);
        QVERIFY(blue < 150);
    }

    void acceptanceBoundaryIsDrawn()
    {
        const QColor ink(0x1a, 0x1a, 0x1a);
        const int with = pixels(render(sample(4)), ink);
        const int without = pixels(render(sample(std::nullopt)), ink);
        QVERIFY2(with > without + 200, qPrintable(QStringLiteral("%1 vs %2").arg(with).arg(without)));
    }

    void svgSaysTheSame()
    {
        const QString svg = HeatMapPainter::svg(sample(4), 480);
        QVERIFY(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        for (const char* label : {"Sjælden", "Sandsynlig", "Kritisk", "Grøn 1–3", "Rød 4–12", "Inherent risk"})
            QVERIFY2(svg.contains(QString::fromUtf8(label)), label);
        QCOMPARE(svg.count("fill=\"#00c000\""), 5 + 1); // five cells and the legend swatch
        QCOMPARE(svg.count("fill=\"#e00000\""), 7 + 1);
        QCOMPARE(svg.count("fill=\"#0000e0\""), 1);
        QVERIFY(svg.contains(">2</text>")); // two risks in the top-right cell
        QVERIFY(svg.contains("scores up to 4 are acceptable"));
        QVERIFY(svg.contains("3 risk(s) plotted; 1 without a rating not plotted"));
        QVERIFY(svg.contains("stroke-width=\"2.2\""));
        QVERIFY(!HeatMapPainter::svg(sample(std::nullopt), 480).contains("stroke-width=\"2.2\""));
    }

    void manyBandsWrapTheLegendInsideTheMap()
    {
        HeatMapData data = sample(4);
        const qreal few = HeatMapPainter::heightFor(data, 480);
        data.method.bands.clear();
        for (int i = 0; i < 12; ++i)
            data.method.bands.append(
                {i * 2 + 1, i * 2 + 2, QStringLiteral("Band %1").arg(i + 1), QColor(20 * i, 90, 90)});
        const qreal many = HeatMapPainter::heightFor(data, 480);
        QVERIFY(many > few);
        const QString svg = HeatMapPainter::svg(data, 480);
        QVERIFY(svg.contains("Band 12 23–24"));
        // Nothing is drawn below the height the layout reserves for the map.
        const QRegularExpression y("<(?:rect|text) x=\"([0-9.]+)\" y=\"([0-9.]+)\"");
        for (auto it = y.globalMatch(svg); it.hasNext();) {
            const auto match = it.next();
            QVERIFY2(match.captured(2).toDouble() < many, qPrintable(match.captured(0)));
            QVERIFY2(match.captured(1).toDouble() < 480, qPrintable(match.captured(0)));
        }
    }

    void methodWithoutLevelsSaysSo()
    {
        HeatMapData empty;
        empty.title = QStringLiteral("Residual risk");
        QVERIFY(HeatMapPainter::svg(empty, 480).contains("defines no likelihood or impact levels"));
    }
};

QTEST_MAIN(TestReportHeatMap)
#include "tst_report_heatmap.moc"
