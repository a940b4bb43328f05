// SPDX-License-Identifier: GPL-3.0-or-later
// The ISO/IEC 27006 audit-time calculator (core/cycle, docs/audit-time.md): the shipped chart agrees with
// ../shared/reference/iso27006_audit_time.tsv at every band boundary, factors and the reduction cap at its edges,
// FTE rounding, the square-root rule, extrapolation beyond the last band, and broken charts refused by name.
#include "audittime/AuditTime.h"
#include "audittime/AuditTimeChart.h"
#include "audittime/AuditTimeText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace isoaudit;

namespace {

/// The reference list as the test also carries it, so the suite runs where ../shared is absent; where it is
/// present, the test first checks that this copy is still the reference.
const char* const referenceCopy
    = "persons_min\tpersons_max\tinitial_audit_days_stage1_plus_stage2\tverified_by\n"
      "1\t10\t5\t2 sources (A,B)\n11\t15\t6\t2 sources (A,B)\n16\t25\t7\t2 sources (A,B)\n"
      "26\t45\t8.5\t2 sources (A,B)\n46\t65\t10\t2 sources (A,B)\n66\t85\t11\t2 sources (A,B)\n"
      "86\t125\t12\t2 sources (A,B)\n126\t175\t13\t2 sources (A,B)\n"
      "176\t275\t14\t1 source (A)\n276\t425\t15\t1 source (A)\n426\t625\t16.5\t1 source (A)\n"
      "626\t875\t17.5\t1 source (A)\n876\t1175\t18.5\t1 source (A)\n"
      "1176\t1550\t19.5\t1 source (A)\n1551\t2025\t21\t1 source (A)\n"
      "2026\t2675\t22\t1 source (A)\n2676\t3450\t23\t1 source (A)\n"
      "3451\t4350\t24\t1 source (A)\n4351\t5450\t25\t1 source (A)\n"
      "5451\t6800\t26\t1 source (A)\n6801\t8500\t27\t1 source (A)\n"
      "8501\t10700\t28\t1 source (A)\n"
      "10701\t\t\tbeyond 10700: not tabulated; chart says follow the progression\n";

QList<QStringList> rowsOf(const QString& text)
{
    QList<QStringList> rows;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        rows << lines.at(i).split(QLatin1Char('\t'));
    return rows;
}

AuditTimeInput persons(int fullTime, double partTimeFte = 0)
{
    AuditTimeInput input;
    input.fullTimePersons = fullTime;
    input.partTimeFte = partTimeFte;
    return input;
}

QJsonObject shippedJson()
{
    QFile file(AuditTimeChart::shippedPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// The shipped chart with one change made by `edit`, loaded from JSON.
Result<AuditTimeChart> variant(const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = shippedJson();
    edit(root);
    return AuditTimeChart::fromJson(QJsonDocument(root).toJson(), QStringLiteral("variant.json"));
}

void setBand(QJsonObject& root, int index, const char* key, const QJsonValue& value)
{
    QJsonArray bands = root.value(QLatin1String("bands")).toArray();
    QJsonObject band = bands.at(index).toObject();
    band.insert(QLatin1String(key), value);
    bands.replace(index, band);
    root.insert(QLatin1String("bands"), bands);
}

void setPolicy(QJsonObject& root, const char* key, const QJsonValue& value)
{
    QJsonObject policy = root.value(QLatin1String("policy")).toObject();
    policy.insert(QLatin1String(key), QJsonObject{{"value", value}});
    root.insert(QLatin1String("policy"), policy);
}

} // namespace

Q_DECLARE_METATYPE(std::function<void(QJsonObject&)>)
Q_DECLARE_METATYPE(std::function<void(AuditTimeInput&)>)

class TestAuditTime : public QObject
{
    Q_OBJECT

private slots:
    void theShippedChartIsTheReferenceAtEveryBandBoundary()
    {
        const QList<QStringList> embedded = rowsOf(QString::fromLatin1(referenceCopy));
        QFile shared(QStringLiteral(ISOAUDIT_SOURCE_DIR "/../shared/reference/iso27006_audit_time.tsv"));
        if (shared.open(QIODevice::ReadOnly))
            QCOMPARE(rowsOf(QString::fromUtf8(shared.readAll())), embedded);
        else
            qInfo("../shared/reference is absent: comparing with the copy this test carries");

        const AuditTimeChart& chart = AuditTimeChart::shipped();
        QCOMPARE(chart.id(), QStringLiteral("iso27006-2015"));
        QCOMPARE(chart.bands().size(), embedded.size() - 1); // the last row says "follow the progression"
        QVERIFY(embedded.last().at(3).contains(QLatin1String("follow the progression")));
        QVERIFY(chart.extrapolates());
        for (qsizetype i = 0; i + 1 < embedded.size(); ++i) {
            const QStringList& row = embedded.at(i);
            const AuditTimeBand& band = chart.bands().at(i);
            QCOMPARE(band.personsMin, row.at(0).toInt());
            QCOMPARE(band.personsMax, row.at(1).toInt());
            QCOMPARE(band.initialDays, row.at(2).toDouble());
            // Bands up to 175 persons rest on two sources, the rest on one; the chart says which.
            QCOMPARE(band.sources.size(), row.at(3).startsWith(QLatin1String("2 sources")) ? 2 : 1);
            QCOMPARE(band.sources.size() == 1, band.personsMin > 175);
            for (int boundary : {band.personsMin, band.personsMax}) {
                const auto result = AuditTime::compute(persons(boundary));
                QVERIFY2(result.ok(), qPrintable(result.error()));
                QCOMPARE(result->countedPersons, boundary);
                QCOMPARE(result->baseDays, band.initialDays);
                QCOMPARE(result->initialDays, band.initialDays); // no factors: the chart's days, already half days
                QVERIFY(!result->extrapolated);
            }
        }
        QVERIFY(!chart.sourceText(QStringLiteral("A")).isEmpty());
    }

    void factorsAreAddedAndTheTimeSplitAndRounded()
    {
        AuditTimeInput input = persons(150); // 126-175: 13 days
        input.businessComplexity = QStringLiteral("high");
        input.businessReason = QStringLiteral("payment processing under PSD2");
        input.itComplexity = QStringLiteral("low");
        input.itReason = QStringLiteral("one cloud platform, standard software");
        input.outsourcing = {{}, -5, QStringLiteral("data centre outsourced to a certified provider")};
        input.auditType = QStringLiteral("surveillance");
        const auto r = AuditTime::compute(input);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->baseDays, 13.0);
        QCOMPARE(r->factors.size(), 3);
        QCOMPARE(r->factors.at(0).id, QStringLiteral("business-complexity"));
        QCOMPARE(r->factors.at(0).percent, 20.0); // the shipped policy: high +20 %
        QCOMPARE(r->factors.at(0).reason, input.businessReason);
        QCOMPARE(r->factors.at(1).percent, -10.0); // low -10 %
        QCOMPARE(r->factors.at(2).percent, -5.0);
        QCOMPARE(r->totalAdjustmentPercent, 5.0);
        QVERIFY(!r->reductionCapApplied);
        QCOMPARE(r->initialDays, 13.5); // 13.65 to the nearest half day
        QCOMPARE(r->stage1Days, 4.5); // a third of 13.5
        QCOMPARE(r->stage2Days, 9.0);
        QCOMPARE(r->surveillanceDays, 4.5);
        QCOMPARE(r->recertificationDays, 9.0);
        QCOMPARE(r->auditTypeDays, std::optional<double>(4.5));

        // Medium complexity is 0 % by the shipped policy but still recorded with its reason.
        AuditTimeInput medium = persons(150);
        medium.itComplexity = QStringLiteral("medium");
        medium.itReason = QStringLiteral("a handful of business applications");
        const auto m = AuditTime::compute(medium);
        QCOMPARE(m->factors.size(), 1);
        QCOMPARE(m->factors.first().percent, 0.0);
        QCOMPARE(m->initialDays, 13.0);
        QCOMPARE(m->stage1Days + m->stage2Days, m->initialDays);
    }

    void theReductionCapAtItsEdge_data()
    {
        QTest::addColumn<double>("outsourcing");
        QTest::addColumn<double>("applied");
        QTest::addColumn<bool>("capped");
        QTest::addColumn<double>("initialDays");
        // Base 28 days (8,501-10,700 persons) and business complexity low (-10 %) plus outsourcing.
        QTest::newRow("-29 %") << -19.0 << -29.0 << false << 20.0; // 19.88
        QTest::newRow("-30 %") << -20.0 << -30.0 << false << 19.5; // 19.6
        QTest::newRow("-31 %") << -21.0 << -30.0 << true << 19.5; // capped: 19.6, not 19.32
        QTest::newRow("-40 %") << -30.0 << -30.0 << true << 19.5; // uncapped it would be 16.8 -> 17
    }

    void theReductionCapAtItsEdge()
    {
        QFETCH(double, outsourcing);
        QFETCH(double, applied);
        QFETCH(bool, capped);
        QFETCH(double, initialDays);
        AuditTimeInput input = persons(10000);
        input.businessComplexity = QStringLiteral("low");
        input.businessReason = QStringLiteral("one product, one process");
        input.outsourcing = {{}, outsourcing, QStringLiteral("operations outsourced")};
        const auto r = AuditTime::compute(input);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->totalAdjustmentPercent, outsourcing - 10);
        QCOMPARE(r->appliedAdjustmentPercent, applied);
        QCOMPARE(r->reductionCapApplied, capped);
        QCOMPARE(r->maxReductionPercent, 30.0);
        QCOMPARE(r->initialDays, initialDays);
    }

    void theCapIsTheChartsPolicy()
    {
        const auto chart = variant([](QJsonObject& root) { setPolicy(root, "maxReductionPercent", 20); });
        QVERIFY2(chart.ok(), qPrintable(chart.error()));
        AuditTimeInput input = persons(10000);
        input.outsourcing = {{}, -25, QStringLiteral("operations outsourced")};
        const auto r = AuditTime::compute(input, chart.value());
        QVERIFY(r->reductionCapApplied);
        QCOMPARE(r->appliedAdjustmentPercent, -20.0);
        QCOMPARE(r->initialDays, 22.5); // 28 x 0.8 = 22.4
        // Increases are never capped.
        input.outsourcing = {{}, 60, QStringLiteral("many critical suppliers")};
        QCOMPARE(AuditTime::compute(input, chart.value())->initialDays, 45.0); // 44.8
    }

    void partTimeFteRoundsUpToWholePersons()
    {
        auto r = AuditTime::compute(persons(10));
        QCOMPARE(r->countedPersons, 10);
        QCOMPARE(r->baseDays, 5.0);
        r = AuditTime::compute(persons(10, 0.2)); // 10.2 persons: up to 11, the next band
        QCOMPARE(r->effectivePersons, 10.2);
        QCOMPARE(r->countedPersons, 11);
        QCOMPARE(r->baseDays, 6.0);
        r = AuditTime::compute(persons(0, 0.3)); // only part-time staff: still one person to audit
        QCOMPARE(r->countedPersons, 1);
        QCOMPARE(r->baseDays, 5.0);
        r = AuditTime::compute(persons(9, 1.0)); // whole FTE add exactly
        QCOMPARE(r->countedPersons, 10);

        const auto nearest = variant([](QJsonObject& root) { setPolicy(root, "personsRounding", "nearest"); });
        QVERIFY2(nearest.ok(), qPrintable(nearest.error()));
        QCOMPARE(AuditTime::compute(persons(10, 0.2), nearest.value())->countedPersons, 10);
        QCOMPARE(AuditTime::compute(persons(10, 0.5), nearest.value())->countedPersons, 11);
    }

    void theSquareRootRuleCountsEachGroup()
    {
        AuditTimeInput input = persons(200);
        input.sameWorkGroups = {49, 49, 49}; // three activities, each counted as its square root: 7 + 7 + 7
        auto r = AuditTime::compute(input);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->sameWorkPersons, 147);
        QCOMPARE(r->sameWorkCounted, 21);
        QCOMPARE(r->countedPersons, 200 - 147 + 21); // 74: 66-85
        QCOMPARE(r->baseDays, 11.0);

        input.sameWorkGroups = {50}; // sqrt(50) = 7.07, rounded up
        QCOMPARE(AuditTime::compute(input)->sameWorkCounted, 8);
        input.sameWorkGroups = {1};
        QCOMPARE(AuditTime::compute(input)->sameWorkCounted, 1);
        input.sameWorkGroups = {};
        QCOMPARE(AuditTime::compute(input)->countedPersons, 200);

        const auto none = variant([](QJsonObject& root) { setPolicy(root, "sameWorkRule", "none"); });
        QVERIFY2(none.ok(), qPrintable(none.error()));
        input.sameWorkGroups = {49, 49, 49};
        r = AuditTime::compute(input, none.value());
        QCOMPARE(r->sameWorkCounted, 147);
        QCOMPARE(r->countedPersons, 200);
    }

    void beyondTheLastBandTheProgressionIsFollowed()
    {
        auto r = AuditTime::compute(persons(10700));
        QCOMPARE(r->baseDays, 28.0);
        QVERIFY(!r->extrapolated);
        // The progression: ends grow by 10700/8500, days by the last step (1 day).
        r = AuditTime::compute(persons(10701));
        QVERIFY(r->extrapolated);
        QCOMPARE(r->band.personsMin, 10701);
        QCOMPARE(r->band.personsMax, 13469); // 10700 x 1.2588 = 13469.4
        QCOMPARE(r->baseDays, 29.0);
        QVERIFY(r->band.sources.isEmpty());
        QCOMPARE(AuditTime::compute(persons(13469))->baseDays, 29.0);
        r = AuditTime::compute(persons(13470));
        QCOMPARE(r->band.personsMin, 13470);
        QCOMPARE(r->band.personsMax, 16955);
        QCOMPARE(r->baseDays, 30.0);
        QVERIFY(AuditTimeText::lines(r.value()).join(QLatin1Char('\n')).contains(QLatin1String("extrapolated")));

        const auto closed = variant([](QJsonObject& root) {
            root.insert(QLatin1String("beyondLastBand"), QJsonObject{{"rule", "none"}});
        });
        QVERIFY2(closed.ok(), qPrintable(closed.error()));
        const auto refused = AuditTime::compute(persons(10701), closed.value());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("10701 persons are beyond the chart's last band (up to 10700")),
                 qPrintable(refused.error()));
    }

    void aBrokenChartIsRefusedNamingTheBandOrField_data()
    {
        QTest::addColumn<std::function<void(QJsonObject&)>>("edit");
        QTest::addColumn<QString>("message");
        using Edit = std::function<void(QJsonObject&)>;
        QTest::newRow("first band not from 1")
            << Edit([](QJsonObject& r) { setBand(r, 0, "personsMin", 2); })
            << "band 1 (persons 2–10) starts at 2 persons; the chart must start at 1";
        QTest::newRow("gap") << Edit([](QJsonObject& r) { setBand(r, 2, "personsMin", 17); })
                             << "band 3 (persons 17–25) leaves a gap: the band before ends at 15 persons";
        QTest::newRow("overlap") << Edit([](QJsonObject& r) { setBand(r, 2, "personsMin", 15); })
                                 << "band 3 (persons 15–25) overlaps the band before, which ends at 15 persons";
        QTest::newRow("days not increasing")
            << Edit([](QJsonObject& r) { setBand(r, 4, "initialDays", 8.5); })
            << "band 5 (persons 46–65): initialDays 8.5 is not more than the 8.5 of the band before";
        QTest::newRow("max below min") << Edit([](QJsonObject& r) { setBand(r, 1, "personsMax", 9); })
                                       << "band 2 (persons 11–9): personsMax is below personsMin";
        QTest::newRow("not a whole number") << Edit([](QJsonObject& r) { setBand(r, 1, "personsMax", "15"); })
                                            << "band 2: personsMax is missing or not a whole number";
        QTest::newRow("no days") << Edit([](QJsonObject& r) { setBand(r, 3, "initialDays", QJsonValue()); })
                                 << "band 4: initialDays is missing or not a number";
        QTest::newRow("unknown source") << Edit([](QJsonObject& r) { setBand(r, 8, "sources", QJsonArray{"C"}); })
                                        << "band 9 (persons 176–275) names the source \"C\"";
        QTest::newRow("no bands") << Edit([](QJsonObject& r) { r.insert(QLatin1String("bands"), QJsonArray()); })
                                  << "it has no bands";
        QTest::newRow("cap out of range")
            << Edit([](QJsonObject& r) { setPolicy(r, "maxReductionPercent", 130); })
            << "policy.maxReductionPercent is 130; it must be a number from 0 to below 100";
        QTest::newRow("stage 1 share") << Edit([](QJsonObject& r) { setPolicy(r, "stage1Share", "3/2"); })
                                       << "policy.stage1Share is 3/2; it must be a share above 0 and below 1";
        QTest::newRow("surveillance share") << Edit([](QJsonObject& r) { setPolicy(r, "surveillanceShare", 0); })
                                            << "policy.surveillanceShare is 0; it must be a share above 0 and up to 1";
        QTest::newRow("complexity level missing") << Edit([](QJsonObject& r) {
            setPolicy(r, "itComplexityPercent", QJsonObject{{"low", -10}, {"medium", 0}});
        }) << "policy.itComplexityPercent.high is missing";
        QTest::newRow("rounding") << Edit([](QJsonObject& r) { setPolicy(r, "roundingStepDays", 2); })
                                  << "policy.roundingStepDays is 2; it must be a number of days above 0 and up to 1";
        QTest::newRow("beyond rule") << Edit([](QJsonObject& r) {
            r.insert(QLatin1String("beyondLastBand"), QJsonObject{{"rule", "guess"}});
        }) << "beyondLastBand.rule is \"guess\"";
        QTest::newRow("format") << Edit([](QJsonObject& r) { r.insert(QLatin1String("version"), 2); })
                                << "is not an IsoAudit audit-time chart of version 1";
    }

    void aBrokenChartIsRefusedNamingTheBandOrField()
    {
        QFETCH(std::function<void(QJsonObject&)>, edit);
        QFETCH(QString, message);
        const auto chart = variant(edit);
        QVERIFY(!chart.ok());
        QVERIFY2(chart.error().contains(message), qPrintable(chart.error()));
        QVERIFY2(chart.error().contains(QLatin1String("variant.json")), qPrintable(chart.error()));
    }

    void aCertificationBodysChartIsLoadedByPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("our-chart.json"));
        QJsonObject root = shippedJson();
        root.insert(QLatin1String("id"), QStringLiteral("cb-2026"));
        setPolicy(root, "surveillanceShare", "1/2");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
        file.close();
        const auto chart = AuditTimeChart::load(path);
        QVERIFY2(chart.ok(), qPrintable(chart.error()));
        QCOMPARE(chart->id(), QStringLiteral("cb-2026"));
        QCOMPARE(AuditTime::compute(persons(150), chart.value())->surveillanceDays, 6.5);

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ \"bands\": [");
        file.close();
        const auto broken = AuditTimeChart::load(path);
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().contains(path + QLatin1String(" is not valid JSON")));
        const auto missing = AuditTimeChart::load(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(missing.error().contains(QLatin1String("cannot be read")));
    }

    void badInputIsRefusedNamingTheField_data()
    {
        QTest::addColumn<std::function<void(AuditTimeInput&)>>("edit");
        QTest::addColumn<QString>("field");
        using Edit = std::function<void(AuditTimeInput&)>;
        QTest::newRow("nobody") << Edit([](AuditTimeInput& i) { i.fullTimePersons = 0; }) << "fullTimePersons";
        QTest::newRow("negative fte") << Edit([](AuditTimeInput& i) { i.partTimeFte = -1; }) << "partTimeFte";
        QTest::newRow("same work above all") << Edit([](AuditTimeInput& i) {
            i.sameWorkGroups = {30, 30};
        }) << "sameWorkGroups";
        QTest::newRow("empty group") << Edit([](AuditTimeInput& i) { i.sameWorkGroups = {0}; }) << "sameWorkGroups";
        QTest::newRow("unknown level") << Edit([](AuditTimeInput& i) {
            i.businessComplexity = QStringLiteral("huge");
            i.businessReason = QStringLiteral("why");
        }) << "businessComplexity";
        QTest::newRow("level without reason")
            << Edit([](AuditTimeInput& i) { i.itComplexity = QStringLiteral("high"); }) << "itReason";
        QTest::newRow("outsourcing without reason")
            << Edit([](AuditTimeInput& i) { i.outsourcing.percent = -5; }) << "outsourcingReason";
        QTest::newRow("multi-site beyond -100") << Edit([](AuditTimeInput& i) {
            i.multiSite = {{}, -100, QStringLiteral("all")};
        }) << "multiSite";
        QTest::newRow("other without label") << Edit([](AuditTimeInput& i) {
            i.other = {{{}, 5, QStringLiteral("why")}};
        }) << "other";
        QTest::newRow("audit type") << Edit([](AuditTimeInput& i) { i.auditType = QStringLiteral("annual"); })
                                    << "auditType";
    }

    void badInputIsRefusedNamingTheField()
    {
        QFETCH(std::function<void(AuditTimeInput&)>, edit);
        QFETCH(QString, field);
        AuditTimeInput input = persons(50);
        edit(input);
        const auto problem = input.problem();
        QVERIFY(problem.has_value());
        QCOMPARE(problem->field, field);
        const auto result = AuditTime::compute(input);
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), problem->message);
    }

    void eachAuditTypeGetsItsDays()
    {
        AuditTimeInput input = persons(40); // 8.5 days
        const QList<std::pair<QString, std::optional<double>>> expected = {
            {QStringLiteral("stage1"), 3.0}, // 2.83
            {QStringLiteral("stage2"), 5.5},
            {QStringLiteral("surveillance"), 3.0},
            {QStringLiteral("recertification"), 5.5}, // 5.67
            {QStringLiteral("special"), std::nullopt}, // set from the nonconformities, not the chart
            {QString(), std::nullopt},
        };
        for (const auto& [type, days] : expected) {
            input.auditType = type;
            QCOMPARE(AuditTime::compute(input)->auditTypeDays, days);
        }
    }

    void inputAndResultRoundTripThroughJson()
    {
        AuditTimeInput input = persons(230, 12.5);
        input.sameWorkGroups = {64, 20};
        input.businessComplexity = QStringLiteral("high");
        input.businessReason = QStringLiteral("regulated payments");
        input.itComplexity = QStringLiteral("medium");
        input.itReason = QStringLiteral("hybrid cloud");
        input.outsourcing = {{}, -5, QStringLiteral("hosting outsourced")};
        input.sitesSampled = 2;
        input.multiSite = {{}, 10, QStringLiteral("two sites of four sampled")};
        input.other = {{QStringLiteral("First audit with interpreters"), 10, QStringLiteral("Danish only")}};
        input.auditType = QStringLiteral("stage2");
        const auto readBack = AuditTimeInput::fromJson(input.toJson());
        QVERIFY2(readBack.ok(), qPrintable(readBack.error()));
        QCOMPARE(readBack.value(), input);

        const auto result = AuditTime::compute(input);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->factors.size(), 5);
        const QJsonObject json = result->toJson();
        // The stable keys docs/audit-time.md lists.
        QCOMPARE(json.value(QLatin1String("days")).toObject().value(QLatin1String("initial")).toDouble(),
                 result->initialDays);
        QCOMPARE(json.value(QLatin1String("adjustment")).toObject().value(QLatin1String("capApplied")).toBool(), false);
        QCOMPARE(json.value(QLatin1String("persons")).toObject().value(QLatin1String("counted")).toInt(),
                 230 - 84 + 8 + 5 + 13);
        const auto resultBack = AuditTimeResult::fromJson(json);
        QVERIFY2(resultBack.ok(), qPrintable(resultBack.error()));
        QCOMPARE(resultBack.value(), result.value());
        // A stored result without its days is refused, not read as zero.
        QJsonObject broken = json;
        broken.remove(QLatin1String("days"));
        QVERIFY(!AuditTimeResult::fromJson(broken).ok());
        QVERIFY(!AuditTimeInput::fromJson(QJsonObject{{"fullTimePersons", "many"}}).ok());
    }

    void theReportLinesSayWhatWasComputed()
    {
        AuditTimeInput input = persons(10000);
        input.sameWorkGroups = {100};
        input.businessComplexity = QStringLiteral("low");
        input.businessReason = QStringLiteral("one product");
        input.outsourcing = {{}, -25, QStringLiteral("operations outsourced")};
        input.auditType = QStringLiteral("stage1");
        const auto r = AuditTime::compute(input);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        const ReportLanguage::Scope english(QStringLiteral("en"));
        const QString text = AuditTimeText::lines(r.value()).join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QLatin1String("10,000 full-time and 0 FTE part-time, counted as 9,910")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("100 doing the same simple, repetitive work are counted as 10")));
        QVERIFY(text.contains(QLatin1String("8,501 to 10,700 persons, 28 days")));
        QVERIFY(text.contains(QLatin1String("Business complexity: Low, -10 % (one product).")));
        QVERIFY(text.contains(QLatin1String("Outsourcing: -25 % (operations outsourced).")));
        QVERIFY(
            text.contains(QLatin1String("Total adjustment: -35 %, limited to the largest reduction allowed, -30 %.")));
        QVERIFY(text.contains(QLatin1String("Initial audit: 19.5 days (Stage 1: 6.5 days, Stage 2: 13 days)")));
        QVERIFY(text.contains(QLatin1String("This audit (Stage 1): 6.5 days.")));
        {
            // Numbers follow the report's language even before the sentences are translated.
            const ReportLanguage::Scope german(QStringLiteral("de"));
            QVERIFY(AuditTimeText::lines(r.value()).join(QLatin1Char('\n')).contains(QLatin1String("19,5")));
        }
        AuditTimeInput plain = persons(5);
        QVERIFY(AuditTimeText::lines(AuditTime::compute(plain).value())
                    .contains(QLatin1String("No adjustment factors are recorded.")));
    }
};

QTEST_GUILESS_MAIN(TestAuditTime)
#include "tst_audittime.moc"
