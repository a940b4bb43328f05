// SPDX-License-Identifier: GPL-3.0-or-later
// HeatMapWidget: paints any N x M method with the client's band colours and the acceptance boundary, counts risks
// per cell, selects a cell by mouse or keyboard (and clears it by clicking again or Esc), and describes itself to
// assistive technology.
#include "panes/risks/HeatMapWidget.h"

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace isoaudit;

class TestHeatMapWidget : public QObject
{
    Q_OBJECT

private:
    static RiskScheme scheme(const QString& likelihood, const QString& impact, const QString& bands, QVariant threshold)
    {
        Record method{RecordKind::RiskMethod, {}, {}, {}, {}};
        method.values = {{"likelihood_levels", likelihood},
                         {"impact_levels", impact},
                         {"bands", bands},
                         {"acceptance_threshold", threshold}};
        return RiskScheme::fromRecord(method);
    }

    static RiskScheme fiveByFive()
    {
        return scheme(QStringLiteral("[\"Rare\",\"Unlikely\",\"Possible\",\"Likely\",\"Almost certain\"]"),
                      QStringLiteral("[\"Insignificant\",\"Minor\",\"Moderate\",\"Major\",\"Severe\"]"),
                      QStringLiteral("[{\"from\":1,\"to\":5,\"label\":\"Low\",\"color\":\"#4caf50\"},"
                                     "{\"from\":6,\"to\":10,\"label\":\"Medium\",\"color\":\"#ffc107\"},"
                                     "{\"from\":11,\"to\":15,\"label\":\"High\",\"color\":\"#ff7043\"},"
                                     "{\"from\":16,\"to\":25,\"label\":\"Critical\",\"color\":\"#d32f2f\"}]"),
                      10);
    }

    static QVector<int> counts(int likelihoods, int impacts, const QList<std::tuple<int, int, int>>& cells)
    {
        QVector<int> result(likelihoods * impacts, 0);
        for (const auto& [l, i, n] : cells)
            result[(l - 1) * impacts + (i - 1)] = n;
        return result;
    }

private slots:
    void readsTheMethod()
    {
        const RiskScheme s = fiveByFive();
        QCOMPARE(s.likelihoodCount(), 5);
        QCOMPARE(s.impactLabel(5), QStringLiteral("Severe"));
        QCOMPARE(s.likelihoodText(3), QStringLiteral("3 · Possible"));
        QCOMPARE(s.band(12)->label, QStringLiteral("High"));
        QVERIFY(s.band(0) == nullptr);
        QVERIFY(s.aboveThreshold(11));
        QVERIFY(!s.aboveThreshold(10));
        // More than ten levels are cut to ten; no threshold means nothing is above it.
        const RiskScheme big = scheme(QStringLiteral("[1,2,3,4,5,6,7,8,9,10,11,12]"), QStringLiteral("[\"a\"]"),
                                      QStringLiteral("[]"), QVariant());
        QCOMPARE(big.likelihoodCount(), 10);
        QCOMPARE(big.likelihoodLabel(2), QStringLiteral("2"));
        QVERIFY(!big.aboveThreshold(100));
    }

    void paintsCellsBandsAndBoundary()
    {
        HeatMapWidget widget;
        widget.resize(700, 420);
        widget.setScheme(fiveByFive());
        widget.setCounts(counts(5, 5, {{4, 5, 3}, {1, 1, 2}, {3, 3, 1}}));
        QCOMPARE(widget.count(4, 5), 3);
        QCOMPARE(widget.totalCount(), 6);
        QCOMPARE(widget.aboveThresholdCount(), 3); // 20 > 10; 1 and 9 are within
        const QImage image = widget.grab().toImage();
        // Cells are laid out highest likelihood at the top, impact left to right, without overlapping.
        const QRect low = widget.cellRect(1, 1);
        const QRect high = widget.cellRect(5, 5);
        QVERIFY(!low.isEmpty());
        QVERIFY(high.top() < low.top());
        QVERIFY(high.left() > low.left());
        QVERIFY(!widget.cellRect(1, 2).intersects(low));
        QVERIFY(widget.cellRect(6, 1).isEmpty());
        // An empty cell is filled with its band's colour (score 2: Low, score 25: Critical).
        auto pixel = [&](const QRect& cell) { return image.pixelColor(cell.center() + QPoint(0, cell.height() / 4)); };
        QCOMPARE(pixel(widget.cellRect(1, 2)), QColor(QStringLiteral("#4caf50")));
        QCOMPARE(pixel(widget.cellRect(5, 5)), QColor(QStringLiteral("#d32f2f")));
        QCOMPARE(pixel(widget.cellRect(2, 4)), QColor(QStringLiteral("#ffc107")));
        // The acceptance boundary: between (2,5)=10 and (3,5)=15 a dark line is drawn; between (1,1) and (2,1) none.
        const QRect above = widget.cellRect(3, 5);
        const QColor boundary = image.pixelColor(above.center().x(), above.bottom());
        QVERIFY2(boundary.lightnessF() < 0.2, qPrintable(boundary.name()));
        const QRect within = widget.cellRect(2, 1);
        QVERIFY(image.pixelColor(within.center().x(), within.bottom()).lightnessF() > 0.3);
    }

    void paintsTheClientsMatrix()
    {
        // The client's own 2 x 3 table: likelihood 1 and impact 2 scores 9, though 1 x 2 would be 2.
        RiskMethod method;
        method.likelihoodLevels = {"Low", "High"};
        method.impactLevels = {"Minor", "Major", "Severe"};
        method.scoring = RiskMethod::Scoring::Matrix;
        method.matrix = {{1, 9, 3}, {2, 4, 6}};
        method.bands = {{1, 4, "Green", QColor("#4caf50")}, {5, 9, "Red", QColor("#d32f2f")}};
        method.acceptanceThreshold = 4;
        HeatMapWidget widget;
        widget.resize(700, 420);
        widget.setScheme(RiskScheme::fromMethod(method));
        widget.setCounts(counts(2, 3, {{1, 2, 3}, {2, 2, 1}, {2, 3, 2}}));
        QCOMPARE(widget.aboveThresholdCount(), 5); // 9 and 6 are above 4; 4 is not
        const QImage image = widget.grab().toImage();
        auto pixel = [&](const QRect& cell) { return image.pixelColor(cell.center() + QPoint(0, cell.height() / 4)); };
        QCOMPARE(pixel(widget.cellRect(1, 2)), QColor(QStringLiteral("#d32f2f")));
        QCOMPARE(pixel(widget.cellRect(2, 2)), QColor(QStringLiteral("#4caf50")));
        QCOMPARE(pixel(widget.cellRect(1, 3)), QColor(QStringLiteral("#4caf50")));
        // The boundary surrounds the cell that is above the threshold on every side it shares with one that is not,
        // the right side too (3 is within 4): a matrix need not grow to the right.
        const QRect above = widget.cellRect(1, 2);
        QVERIFY(image.pixelColor(above.right(), above.center().y()).lightnessF() < 0.2);
        QVERIFY(image.pixelColor(above.left(), above.center().y()).lightnessF() < 0.2);
        widget.selectCell(1, 2);
        QVERIFY2(widget.summary().contains(QStringLiteral("score 9 (Red), 3 risks")), qPrintable(widget.summary()));
    }

    void anySizeUpToTenByTen()
    {
        HeatMapWidget widget;
        widget.resize(800, 600);
        widget.setScheme(scheme(QStringLiteral("[\"L\",\"M\",\"H\"]"), QStringLiteral("[1,2,3,4,5,6,7,8,9,10]"),
                                QStringLiteral("[{\"from\":1,\"to\":30,\"label\":\"All\",\"color\":\"#2196f3\"}]"),
                                12));
        QVERIFY(!widget.cellRect(3, 10).isEmpty());
        QVERIFY(widget.cellRect(4, 1).isEmpty());
        QVERIFY(widget.cellRect(3, 11).isEmpty());
        widget.setCounts(counts(3, 10, {{3, 10, 7}}));
        QCOMPARE(widget.count(3, 10), 7);
        QVERIFY(widget.summary().startsWith(QStringLiteral("3 by 10 risk matrix")));
        QVERIFY(!widget.grab().isNull());
    }

    void clickSelectsAndClickAgainClears()
    {
        HeatMapWidget widget;
        widget.resize(700, 420);
        widget.setScheme(fiveByFive());
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QSignalSpy selected(&widget, &HeatMapWidget::cellSelected);
        QSignalSpy cleared(&widget, &HeatMapWidget::selectionCleared);
        QTest::mouseClick(&widget, Qt::LeftButton, {}, widget.cellRect(4, 2).center());
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().at(0).toInt(), 4);
        QCOMPARE(selected.first().at(1).toInt(), 2);
        QVERIFY(widget.hasFocus());
        QTest::mouseClick(&widget, Qt::LeftButton, {}, widget.cellRect(4, 2).center());
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!widget.hasSelection());
        QTest::mouseClick(&widget, Qt::LeftButton, {}, widget.cellRect(1, 5).center());
        QCOMPARE(widget.selectedLikelihood(), 1);
        QCOMPARE(widget.selectedImpact(), 5);
        QTest::keyClick(&widget, Qt::Key_Escape);
        QCOMPARE(cleared.size(), 2);
        // A click outside the grid changes nothing.
        QTest::mouseClick(&widget, Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(selected.size(), 2);
        QVERIFY(!widget.hasSelection());
    }

    void keyboardOperation()
    {
        HeatMapWidget widget;
        widget.resize(700, 420);
        widget.setScheme(fiveByFive());
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QCOMPARE(widget.focusPolicy(), Qt::StrongFocus);
        widget.setFocus();
        QSignalSpy selected(&widget, &HeatMapWidget::cellSelected);
        QCOMPARE(widget.currentLikelihood(), 1);
        QCOMPARE(widget.currentImpact(), 1);
        QTest::keyClick(&widget, Qt::Key_Up);
        QTest::keyClick(&widget, Qt::Key_Up);
        QTest::keyClick(&widget, Qt::Key_Right);
        QTest::keyClick(&widget, Qt::Key_Left);
        QTest::keyClick(&widget, Qt::Key_Left); // stays at the edge
        QTest::keyClick(&widget, Qt::Key_Right);
        QCOMPARE(widget.currentLikelihood(), 3);
        QCOMPARE(widget.currentImpact(), 2);
        QVERIFY(widget.accessibleName().contains(QStringLiteral("3 · Possible")));
        QTest::keyClick(&widget, Qt::Key_Space);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().at(0).toInt(), 3);
        QCOMPARE(selected.first().at(1).toInt(), 2);
        QTest::keyClick(&widget, Qt::Key_Return); // toggles off
        QVERIFY(!widget.hasSelection());
        for (int i = 0; i < 9; ++i)
            QTest::keyClick(&widget, Qt::Key_Up);
        QCOMPARE(widget.currentLikelihood(), 5);
        QTest::keyClick(&widget, Qt::Key_Enter);
        QCOMPARE(widget.selectedLikelihood(), 5);
        QCOMPARE(widget.selectedImpact(), 2);
    }

    void accessibleDescription()
    {
        HeatMapWidget widget;
        widget.setScheme(fiveByFive());
        widget.setCaption(QStringLiteral("Inherent risk"));
        widget.setCounts(counts(5, 5, {{5, 5, 12}, {1, 1, 3}}));
        QCOMPARE(widget.accessibleName(), QStringLiteral("Risk matrix"));
        QCOMPARE(
            widget.accessibleDescription(),
            QStringLiteral("5 by 5 risk matrix (Inherent risk), 15 risks, 12 above the acceptance threshold of 10."));
        widget.selectCell(1, 1);
        QVERIFY(widget.accessibleDescription().contains(QStringLiteral("Showing only likelihood 1 · Rare, impact "
                                                                       "1 · Insignificant: score 1 (Low), 3 risks.")));
        QSignalSpy cleared(&widget, &HeatMapWidget::selectionCleared);
        widget.selectCell(5, 5);
        // A smaller method drops a selection that no longer exists.
        widget.setScheme(
            scheme(QStringLiteral("[\"a\",\"b\"]"), QStringLiteral("[\"x\"]"), QStringLiteral("[]"), QVariant()));
        QVERIFY(!widget.hasSelection());
        QCOMPARE(cleared.size(), 1);
        QVERIFY(widget.accessibleDescription().contains(QStringLiteral("no acceptance threshold stated")));
    }
};

QTEST_MAIN(TestHeatMapWidget)
#include "tst_heatmapwidget.moc"
