// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome table (core/domain/Outcomes.h): each audit type concludes in its own words, and an outcome recorded
// for another type (an older file, a changed audit type) becomes the outcome of the same tier.
#include "domain/Outcomes.h"
#include "domain/RecordKind.h"
#include "domain/ValueLabels.h"

#include <QSet>
#include <QTest>

using namespace isoaudit;

class TestOutcomes : public QObject
{
    Q_OBJECT

private slots:
    void theFileAcceptsExactlyTheTable()
    {
        QCOMPARE(Outcomes::all(), Enums::recommendations);
        QSet<QString> seen;
        for (const QString& type : Enums::auditTypes) {
            const QStringList outcomes = Outcomes::forAuditType(type);
            QVERIFY2(outcomes.size() >= 2, qPrintable(type));
            for (const QString& outcome : outcomes) {
                QVERIFY2(!seen.contains(outcome), qPrintable(outcome)); // one type per outcome
                seen.insert(outcome);
                QCOMPARE(Outcomes::auditTypeOf(outcome), type);
                QVERIFY(Outcomes::fits(type, outcome));
            }
            QCOMPARE(Outcomes::tier(outcomes.first()), std::optional(OutcomeTier::Positive));
            QCOMPARE(Outcomes::tier(outcomes.last()), std::optional(OutcomeTier::Negative));
        }
        QCOMPARE(seen.size(), Enums::recommendations.size());
        QVERIFY(Outcomes::forAuditType(QStringLiteral("stage3")).isEmpty());
        QVERIFY(!Outcomes::tier(QStringLiteral("certified")));
    }

    void aStage1NeverRecommendsCertification()
    {
        for (const QString& outcome : Outcomes::forAuditType(QStringLiteral("stage1"))) {
            const QString label = ValueLabels::labelIn(QStringLiteral("en"), ValueList::Recommendation, outcome,
                                                       LabelForm::Report);
            QVERIFY2(!label.contains(QLatin1String("ertification")), qPrintable(label));
            QVERIFY2(label.contains(QLatin1String("Stage 2")), qPrintable(label));
        }
        QVERIFY(!Outcomes::fits(QStringLiteral("stage1"), QStringLiteral("recommend")));
    }

    void eachTypeSpeaksOfItsOwnDecision_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("word");
        QTest::newRow("stage2") << "stage2" << "Certification";
        QTest::newRow("surveillance") << "surveillance" << "ontinuation";
        QTest::newRow("recertification") << "recertification" << "Renewal";
        QTest::newRow("special") << "special" << "nonconformities";
    }

    void eachTypeSpeaksOfItsOwnDecision()
    {
        QFETCH(QString, type);
        QFETCH(QString, word);
        const QString positive = Outcomes::forTier(type, OutcomeTier::Positive);
        const QString label
            = ValueLabels::labelIn(QStringLiteral("en"), ValueList::Recommendation, positive, LabelForm::Report);
        QVERIFY2(label.contains(word), qPrintable(label));
    }

    void anOutcomeOfAnotherTypeKeepsItsTier_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("expected");
        QTest::newRow("old recommend, surveillance") << "surveillance" << "recommend" << "continuation-recommended";
        QTest::newRow("old conditional, stage1") << "stage1" << "recommend-after-verification"
                                                 << "ready-after-concerns";
        QTest::newRow("old negative, recertification") << "recertification" << "do-not-recommend"
                                                       << "renewal-not-recommended";
        // A special audit has no conditional outcome: nonconformities awaiting verification are not closed.
        QTest::newRow("conditional, special") << "special" << "continuation-after-verification"
                                              << "nonconformities-not-closed";
        QTest::newRow("special back to stage2") << "stage2" << "nonconformities-closed" << "recommend";
        QTest::newRow("own type unchanged") << "stage2" << "do-not-recommend" << "do-not-recommend";
        QTest::newRow("empty stays empty") << "stage2" << "" << "";
        QTest::newRow("unknown gives nothing") << "stage2" << "certified" << "";
    }

    void anOutcomeOfAnotherTypeKeepsItsTier()
    {
        QFETCH(QString, type);
        QFETCH(QString, given);
        QFETCH(QString, expected);
        QCOMPARE(Outcomes::adapt(type, given), expected);
    }

    void theSuggestionFollowsTheFindings_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("openMajors");
        QTest::addColumn<int>("minorsAwaitingPlan");
        QTest::addColumn<int>("unclosed");
        QTest::addColumn<int>("concerns");
        QTest::addColumn<QString>("expected");
        QTest::newRow("stage2 clean") << "stage2" << 0 << 0 << 0 << 0 << "recommend";
        QTest::newRow("stage2 major") << "stage2" << 1 << 0 << 1 << 0 << "recommend-after-verification";
        QTest::newRow("stage2 minor plan awaited") << "stage2" << 0 << 1 << 1 << 0 << "recommend-after-verification";
        // A minor with an accepted plan is verified at the next audit: no condition on the recommendation.
        QTest::newRow("stage2 minor plan accepted") << "stage2" << 0 << 0 << 1 << 0 << "recommend";
        QTest::newRow("surveillance major") << "surveillance" << 1 << 0 << 1 << 0 << "continuation-after-verification";
        QTest::newRow("recertification clean") << "recertification" << 0 << 0 << 0 << 0 << "renewal-recommended";
        QTest::newRow("stage1 concerns") << "stage1" << 0 << 0 << 0 << 2 << "ready-after-concerns";
        QTest::newRow("stage1 clean") << "stage1" << 0 << 0 << 0 << 0 << "ready-for-stage2";
        QTest::newRow("special open") << "special" << 0 << 0 << 1 << 0 << "nonconformities-not-closed";
        QTest::newRow("special closed") << "special" << 0 << 0 << 0 << 0 << "nonconformities-closed";
    }

    void theSuggestionFollowsTheFindings()
    {
        QFETCH(QString, type);
        QFETCH(int, openMajors);
        QFETCH(int, minorsAwaitingPlan);
        QFETCH(int, unclosed);
        QFETCH(int, concerns);
        QFETCH(QString, expected);
        QCOMPARE(Outcomes::suggest(type, {openMajors, minorsAwaitingPlan, unclosed, concerns}), expected);
    }
};

QTEST_GUILESS_MAIN(TestOutcomes)
#include "tst_outcomes.moc"
