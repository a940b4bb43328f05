// SPDX-License-Identifier: GPL-3.0-or-later
// The client's risk method read once (core/domain/RiskMethod.h): scores by product, sum or the client's matrix,
// bands and threshold on that score, and validation messages that name what is wrong.
#include "domain/RiskMethod.h"

#include <QTest>

using namespace isoaudit;

namespace {

/// A 3 x 4 method (likelihood rows, impact columns) with bands over 1..12.
RiskMethod threeByFour(RiskMethod::Scoring scoring)
{
    RiskMethod m;
    m.name = QStringLiteral("Client 3 x 4");
    m.likelihoodLevels = {"Rare", "Possible", "Likely"};
    m.impactLevels = {"Low", "Moderate", "High", "Severe"};
    m.scoring = scoring;
    m.bands
        = {{1, 3, "Low", QColor("#4caf50")}, {4, 7, "Medium", QColor("#ffc107")}, {8, 12, "High", QColor("#d32f2f")}};
    m.acceptanceThreshold = 6;
    return m;
}

/// The client's own lookup table: not a product, not monotone in impact for the lowest likelihood.
const QList<QList<int>> clientMatrix = {{1, 3, 2, 5}, {2, 4, 6, 9}, {3, 7, 10, 12}};

Record record(const QVariantMap& values)
{
    return Record{RecordKind::RiskMethod, {}, {}, values, {}};
}

} // namespace

class TestRiskMethod : public QObject
{
    Q_OBJECT

private slots:
    void productSumAndMatrixScoreTheSamePairDifferently()
    {
        RiskMethod product = threeByFour(RiskMethod::Scoring::Product);
        RiskMethod sum = threeByFour(RiskMethod::Scoring::Sum);
        RiskMethod matrix = threeByFour(RiskMethod::Scoring::Matrix);
        matrix.matrix = clientMatrix;
        QCOMPARE(product.score(3, 4), std::optional<int>(12));
        QCOMPARE(sum.score(3, 4), std::optional<int>(7));
        QCOMPARE(matrix.score(3, 4), std::optional<int>(12));
        QCOMPARE(product.score(1, 3), std::optional<int>(3));
        QCOMPARE(sum.score(1, 3), std::optional<int>(4));
        QCOMPARE(matrix.score(1, 3), std::optional<int>(2)); // the client's cell, whatever a formula would say
        QCOMPARE(matrix.score(2, 2), std::optional<int>(4));
        // A level missing, below 1, or outside the client's matrix has no score.
        QCOMPARE(product.score(std::nullopt, 2), std::nullopt);
        QCOMPARE(sum.score(0, 2), std::nullopt);
        QCOMPARE(matrix.score(4, 1), std::nullopt);
        QCOMPARE(matrix.score(1, 5), std::nullopt);
        // A risk register entry: inherent and residual pairs.
        const Record risk{
            RecordKind::Risk,
            {},
            {},
            {{"likelihood", 2}, {"impact", 3}, {"residual_likelihood", 1}, {"residual_impact", QVariant()}},
            {}};
        QCOMPARE(sum.scoreOf(risk), std::optional<int>(5));
        QCOMPARE(matrix.scoreOf(risk), std::optional<int>(6));
        QCOMPARE(matrix.scoreOf(risk, true), std::nullopt);
    }

    void scoreRangeFollowsTheScoring()
    {
        RiskMethod matrix = threeByFour(RiskMethod::Scoring::Matrix);
        matrix.matrix = clientMatrix;
        QCOMPARE(threeByFour(RiskMethod::Scoring::Product).scoreRange(), std::optional(std::make_pair(1, 12)));
        QCOMPARE(threeByFour(RiskMethod::Scoring::Sum).scoreRange(), std::optional(std::make_pair(2, 7)));
        QCOMPARE(matrix.scoreRange(), std::optional(std::make_pair(1, 12)));
        matrix.matrix.removeLast();
        QCOMPARE(matrix.scoreRange(), std::nullopt);
    }

    void bandsAndThresholdApplyToTheMethodsScore()
    {
        RiskMethod sum = threeByFour(RiskMethod::Scoring::Sum);
        QCOMPARE(sum.band(*sum.score(3, 4))->label, QStringLiteral("Medium")); // 3 + 4 = 7
        QCOMPARE(sum.band(8)->label, QStringLiteral("High"));
        QCOMPARE(sum.band(3)->label, QStringLiteral("Low"));
        QVERIFY(sum.band(0) == nullptr);
        QVERIFY(sum.band(13) == nullptr);
        QVERIFY(sum.aboveThreshold(*sum.score(3, 4))); // 7 > 6
        QVERIFY(!sum.aboveThreshold(*sum.score(2, 4))); // 6
        sum.acceptanceThreshold.reset();
        QVERIFY(!sum.aboveThreshold(100)); // no threshold stated: nothing is above it
    }

    void readsAndWritesTheRecord()
    {
        RiskMethod matrix = threeByFour(RiskMethod::Scoring::Matrix);
        matrix.matrix = clientMatrix;
        matrix.description = QStringLiteral("ISMS-PRO-10");
        const QVariantMap values = matrix.toValues();
        QCOMPARE(values.value("scoring").toString(), QStringLiteral("matrix"));
        QCOMPARE(values.value("score_matrix").toString(), QStringLiteral("[[1,3,2,5],[2,4,6,9],[3,7,10,12]]"));
        QCOMPARE(RiskMethod::fromRecord(record(values)), matrix);

        // A method that does not score by matrix stores none; a file before format 5 (no scoring) is a product.
        RiskMethod sum = threeByFour(RiskMethod::Scoring::Sum);
        sum.matrix = clientMatrix;
        QCOMPARE(sum.toValues().value("score_matrix").toString(), QStringLiteral("[]"));
        QVariantMap older = values;
        older.remove("scoring");
        older.remove("score_matrix");
        const RiskMethod read = RiskMethod::fromRecord(record(older));
        QCOMPARE(read.scoring, RiskMethod::Scoring::Product);
        QCOMPARE(read.score(3, 4), std::optional<int>(12));
        QVERIFY(read.validate().ok());
        QCOMPARE(RiskMethod::scoringFromId(QStringLiteral("sum")), RiskMethod::Scoring::Sum);
        QCOMPARE(RiskMethod::scoringId(RiskMethod::Scoring::Matrix), QStringLiteral("matrix"));
    }

    void productMatrixIsWhereAMatrixStarts()
    {
        QCOMPARE(RiskMethod::productMatrix(2, 3), (QList<QList<int>>{{1, 2, 3}, {2, 4, 6}}));
        RiskMethod matrix = threeByFour(RiskMethod::Scoring::Matrix);
        matrix.matrix = RiskMethod::productMatrix(3, 4);
        const RiskMethod product = threeByFour(RiskMethod::Scoring::Product);
        for (int l = 1; l <= 3; ++l) {
            for (int i = 1; i <= 4; ++i)
                QCOMPARE(matrix.score(l, i), product.score(l, i));
        }
    }

    void validMethodsPass()
    {
        QVERIFY(threeByFour(RiskMethod::Scoring::Product).validate().ok());
        RiskMethod sum = threeByFour(RiskMethod::Scoring::Sum);
        sum.bands = {{2, 4, "Low", {}}, {5, 7, "High", {}}};
        QVERIFY2(sum.validate().ok(), qPrintable(sum.validate().error()));
        RiskMethod matrix = threeByFour(RiskMethod::Scoring::Matrix);
        matrix.matrix = clientMatrix;
        QVERIFY2(matrix.validate().ok(), qPrintable(matrix.validate().error()));
        QVERIFY(matrix.validateScoring().ok());
    }

    void validationNamesWhatIsWrong_data()
    {
        QTest::addColumn<QString>("json"); // the stored score_matrix, or "" to keep the client's matrix
        QTest::addColumn<int>("edit"); // which other part to break
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("scoringProblem"); // also refused by validateScoring() (and so by the importer)
        QTest::newRow("too few rows")
            << "[[1,2,3,4],[2,4,6,8]]" << 0
            << "The score matrix has a row for each of 2 likelihood levels, but the method has 3" << true;
        QTest::newRow("short row") << "[[1,2,3,4],[2,4,6],[3,6,9,12]]" << 0
                                   << "row for likelihood 2 gives a score for each of 3 impact levels, but the method "
                                      "has 4"
                                   << true;
        QTest::newRow("text cell") << "[[1,2,3,4],[2,4,\"high\",8],[3,6,9,12]]" << 0
                                   << "gives \"high\" for likelihood 2 and impact 3, which is not a whole number"
                                   << true;
        QTest::newRow("fraction") << "[[1,2,3,4],[2,4,6,8],[3,6,9,12.5]]" << 0
                                  << "gives 12.5 for likelihood 3 and impact 4, which is not a whole number" << true;
        QTest::newRow("row not a list") << "[[1,2,3,4],7,[3,6,9,12]]" << 0
                                        << "row for likelihood 2 is 7, not a list of scores" << true;
        QTest::newRow("not a list") << "{\"1\":[1,2]}" << 0 << "not a list of rows" << true;
        QTest::newRow("negative cell") << "[[1,2,3,4],[2,4,6,8],[3,6,9,-1]]" << 0
                                       << "gives -1 for likelihood 3 and impact 4; a score is a whole number from 0 "
                                          "to 999"
                                       << true;
        QTest::newRow("no levels") << "" << 1 << "needs 1 to 10 likelihood levels; it has 0"
                                   << true; // the matrix no longer fits either
        QTest::newRow("blank level") << "" << 2 << "Impact level 2 has no label" << false;
        QTest::newRow("overlapping bands") << "" << 3 << "The bands Low (1–3) and Medium (3–7) overlap" << false;
        QTest::newRow("band upside down") << "" << 4 << "The band High runs from 12 to 8" << false;
        QTest::newRow("band without label") << "" << 5 << "Band 2 has no label" << false;
        QTest::newRow("threshold above the scores")
            << "" << 6 << "The acceptance threshold 13 is outside the scores this method gives (1 to 12)" << false;
        QTest::newRow("threshold below the scores")
            << "" << 7 << "The acceptance threshold 0 is outside the scores this method gives (1 to 12)" << false;
    }

    void validationNamesWhatIsWrong()
    {
        QFETCH(QString, json);
        QFETCH(int, edit);
        QFETCH(QString, expected);
        QFETCH(bool, scoringProblem);
        RiskMethod m = threeByFour(RiskMethod::Scoring::Matrix);
        m.matrix = clientMatrix;
        if (!json.isEmpty()) {
            QVariantMap values = m.toValues();
            values.insert(QStringLiteral("score_matrix"), json);
            m = RiskMethod::fromRecord(record(values));
        }
        switch (edit) {
        case 1:
            m.likelihoodLevels.clear();
            break;
        case 2:
            m.impactLevels[1] = QStringLiteral("  ");
            break;
        case 3:
            m.bands[1].from = 3;
            break;
        case 4:
            m.bands[2] = {12, 8, "High", {}};
            break;
        case 5:
            m.bands[1].label.clear();
            break;
        case 6:
            m.acceptanceThreshold = 13;
            break;
        case 7:
            m.acceptanceThreshold = 0;
            break;
        default:
            break;
        }
        const Status status = m.validate();
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(expected), qPrintable(status.error()));
        QCOMPARE(!m.validateScoring().ok(), scoringProblem);
    }

    void aMatrixOnlyMattersToAMatrixMethod()
    {
        // A product method keeps no matrix in use: a stale one does not make it invalid.
        RiskMethod product = threeByFour(RiskMethod::Scoring::Product);
        product.matrix = {{1}};
        QVERIFY(product.validate().ok());
        QCOMPARE(product.score(3, 4), std::optional<int>(12));
    }

    void theRuleIsSaidInWords()
    {
        QCOMPARE(threeByFour(RiskMethod::Scoring::Product).formulaText(),
                 QStringLiteral("Score = likelihood × impact."));
        QCOMPARE(threeByFour(RiskMethod::Scoring::Sum).formulaText(), QStringLiteral("Score = likelihood + impact."));
        RiskMethod matrix = threeByFour(RiskMethod::Scoring::Matrix);
        matrix.matrix = clientMatrix;
        QVERIFY(matrix.formulaText().contains(QStringLiteral("matrix")));
        QVERIFY(!matrix.formulaText().contains(QStringLiteral("×")));
        QCOMPARE(threeByFour(RiskMethod::Scoring::Sum).scoreText(3, 4), QStringLiteral("likelihood 3 + impact 4 = 7"));
        QCOMPARE(threeByFour(RiskMethod::Scoring::Product).scoreText(3, 4),
                 QStringLiteral("likelihood 3 × impact 4 = 12"));
        QCOMPARE(matrix.scoreText(1, 3), QStringLiteral("likelihood 1 and impact 3 score 2 in the client's matrix"));
    }
};

QTEST_GUILESS_MAIN(TestRiskMethod)
#include "tst_riskmethod.moc"
