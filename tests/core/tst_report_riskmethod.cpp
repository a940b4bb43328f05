// SPDX-License-Identifier: GPL-3.0-or-later
// The report's risk section states the client's method, never a formula of IsoAudit's own: the sentence, the
// matrix printed cell by cell, the heat maps' cells and the risks above the threshold all follow the recorded
// scoring (product, sum or the client's matrix).
#include "ReportFixture.h"

#include "report/HeatMapPainter.h"
#include "report/ReportDocument.h"

#include <QTemporaryDir>

using namespace isoaudit;
using namespace reporttest;

class TestReportRiskMethod : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    /// The fixture's audit (risk R-1: likelihood 4, impact 5, residual 2 and 3) with its method changed.
    std::unique_ptr<AuditStore> audit(const QVariantMap& method)
    {
        auto store = makeAudit(m_dir.filePath(QStringLiteral("a%1.isoaudit").arg(++m_counter)));
        const Status set = store->setFields(RecordKind::RiskMethod, store->riskMethod()->uuid, method);
        if (!set)
            qFatal("%s", qPrintable(set.error()));
        return store;
    }

    static QString reportText(const AuditStore& store)
    {
        auto data = ReportData::load(store);
        if (!data)
            qFatal("%s", qPrintable(data.error()));
        return ReportDocument::build(data.value(), ReportOptions()).plainText();
    }

    /// The lines of the risk section, from its heading to the next section's.
    static QStringList riskSection(const QString& text)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        QStringList section;
        bool inside = false;
        for (const QString& line : lines) {
            if (line.contains(QLatin1Char('|'))) {
                // a table row (the contents list the sections too)
            } else if (line.endsWith(QLatin1String("Risk assessment and treatment"))) {
                inside = true;
            } else if (inside && line.endsWith(QLatin1String("Findings in detail"))) {
                break;
            }
            if (inside)
                section << line;
        }
        return section;
    }

    /// Bands as the record stores them.
    static QString bandsJson(const QList<RiskBand>& bands)
    {
        RiskMethod method;
        method.bands = bands;
        return method.toValues().value(QStringLiteral("bands")).toString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aProductMethodSaysSo()
    {
        auto store = audit({});
        const QString section = riskSection(reportText(*store)).join(QLatin1Char('\n'));
        QVERIFY2(section.contains(QStringLiteral("Scores follow the client's method: likelihood × impact.")),
                 qPrintable(section));
        QVERIFY(!section.contains(QStringLiteral("Scores are likelihood × impact")));
        // R-1 scores 4 × 5 = 20, above the default threshold of 10; its heat map cell names that score.
        QVERIFY2(section.contains(QStringLiteral("L4/I5 (20): 1")), qPrintable(section));
        QVERIFY(section.contains(QStringLiteral("R-1 | Kundedatabase: Ransomware")));
    }

    void aSumMethodIsNeverCalledAProduct()
    {
        // 5 x 5 scored likelihood + impact (2..10), bands and threshold on that score.
        auto store = audit({{"scoring", QStringLiteral("sum")},
                            {"bands",
                             bandsJson({{2, 5, "Low", QColor("#4caf50")},
                                        {6, 7, "Medium", QColor("#ffc107")},
                                        {8, 10, "High", QColor("#d32f2f")}})},
                            {"acceptance_threshold", 8}});
        const QStringList lines = riskSection(reportText(*store));
        const QString section = lines.join(QLatin1Char('\n'));
        QVERIFY2(section.contains(QStringLiteral("Scores follow the client's method: likelihood + impact.")),
                 qPrintable(section));
        QVERIFY2(!section.contains(QStringLiteral("likelihood × impact")), qPrintable(section));
        QVERIFY(!section.contains(QStringLiteral("×I")));
        QVERIFY2(section.contains(QStringLiteral("L4/I5 (9): 1")), qPrintable(section));
        QVERIFY2(section.contains(QStringLiteral("L2/I3 (5): 1")), qPrintable(section)); // the residual map
        // R-1 scores 9 > 8: listed with its sum; its residual 2 + 3 = 5 is within the threshold.
        bool listed = false;
        for (const QString& line : lines) {
            if (line.startsWith(QStringLiteral("R-1 |"))) {
                listed = true;
                QVERIFY2(line.contains(QStringLiteral("| 9 |")) && line.contains(QStringLiteral("| 5 |")),
                         qPrintable(line));
            }
        }
        QVERIFY(listed);

        // With the threshold at 9 it is no longer above: the section follows the method, not L × I = 20.
        const Status set = store->setField(RecordKind::RiskMethod, store->riskMethod()->uuid,
                                           QStringLiteral("acceptance_threshold"), 9);
        QVERIFY2(set.ok(), qPrintable(set.error()));
        QVERIFY(riskSection(reportText(*store)).join('\n').contains(QStringLiteral("No risk scores above")));
    }

    void aMatrixMethodIsPrintedCellByCell()
    {
        // 3 x 3 levels; the client's own table.
        auto store = audit({{"likelihood_levels", QStringLiteral("[\"Rare\",\"Possible\",\"Likely\"]")},
                            {"impact_levels", QStringLiteral("[\"Minor\",\"Major\",\"Severe\"]")},
                            {"scoring", QStringLiteral("matrix")},
                            {"score_matrix", QStringLiteral("[[1,2,4],[2,5,7],[3,8,9]]")},
                            {"bands", bandsJson({{1, 4, "Low", QColor("#4caf50")}, {5, 9, "High", QColor("#d32f2f")}})},
                            {"acceptance_threshold", 6}});
        // The fixture's risk is rated 4 and 5: outside a 3-level scale, so move it onto the scale.
        auto risks = store->records(RecordKind::Risk);
        QVERIFY(risks.ok());
        QVERIFY(store
                    ->setFields(RecordKind::Risk, risks->first().uuid,
                                {{"likelihood", 3}, {"impact", 2}, {"residual_likelihood", 1}, {"residual_impact", 3}})
                    .ok());
        const QStringList lines = riskSection(reportText(*store));
        const QString section = lines.join(QLatin1Char('\n'));
        QVERIFY2(section.contains(QStringLiteral("Scores follow the client's method: each pair of likelihood and "
                                                 "impact levels has the score the client's matrix gives it")),
                 qPrintable(section));
        QVERIFY(!section.contains(QStringLiteral("likelihood × impact")));
        QVERIFY(!section.contains(QStringLiteral("likelihood + impact")));
        // The matrix, highest likelihood first, each cell as the client gave it.
        const qsizetype matrix = lines.indexOf(QStringLiteral("The client's score matrix"));
        QVERIFY2(matrix >= 0, qPrintable(section));
        QCOMPARE(lines.at(matrix + 1), QStringLiteral("Likelihood / impact | 1 Minor | 2 Major | 3 Severe"));
        QCOMPARE(lines.at(matrix + 2), QStringLiteral("3 Likely | 3 | 8 | 9"));
        QCOMPARE(lines.at(matrix + 3), QStringLiteral("2 Possible | 2 | 5 | 7"));
        QCOMPARE(lines.at(matrix + 4), QStringLiteral("1 Rare | 1 | 2 | 4"));
        // R-1 (3, 2) scores 8 in the client's matrix (not 6): above 6; its residual (1, 3) scores 4.
        QVERIFY2(section.contains(QStringLiteral("L3/I2 (8): 1")), qPrintable(section));
        bool listed = false;
        for (const QString& line : lines) {
            if (line.startsWith(QStringLiteral("R-1 |"))) {
                listed = true;
                QVERIFY2(line.contains(QStringLiteral("| 8 |")) && line.contains(QStringLiteral("| 4 |")),
                         qPrintable(line));
            }
        }
        QVERIFY(listed);
    }

    void theHeatMapPaintsTheClientsScores()
    {
        HeatMapData data;
        data.title = QStringLiteral("Inherent risk");
        data.method.likelihoodLevels = {"Rare", "Likely"};
        data.method.impactLevels = {"Minor", "Major"};
        data.method.scoring = RiskMethod::Scoring::Matrix;
        data.method.matrix = {{1, 7}, {3, 2}};
        data.method.bands = {{1, 3, "Low", QColor("#00c000")}, {4, 9, "High", QColor("#e00000")}};
        data.method.acceptanceThreshold = 3;
        const QString svg = HeatMapPainter::svg(data, 480);
        // Cell scores 1, 7, 3, 2: one red cell (7) and three green ones, plus a swatch of each in the legend.
        QCOMPARE(svg.count(QStringLiteral("fill=\"#e00000\"")), 1 + 1);
        QCOMPARE(svg.count(QStringLiteral("fill=\"#00c000\"")), 3 + 1);
        QVERIFY(svg.contains(QStringLiteral(">7</text>")));
        QVERIFY(!svg.contains(QStringLiteral(">4</text>"))); // 2 × 2 is no score of this method
        // The same levels scored as their sum: 2, 3, 3, 4 — one cell above 3.
        data.method.scoring = RiskMethod::Scoring::Sum;
        const QString sum = HeatMapPainter::svg(data, 480);
        QCOMPARE(sum.count(QStringLiteral("fill=\"#e00000\"")), 1 + 1);
        QVERIFY(sum.contains(QStringLiteral(">4</text>")));
        QVERIFY(!sum.contains(QStringLiteral(">7</text>")));
    }
};

QTEST_GUILESS_MAIN(TestReportRiskMethod)
#include "tst_report_riskmethod.moc"
