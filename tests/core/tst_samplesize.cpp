// SPDX-License-Identifier: GPL-3.0-or-later
// The SOC 2 sample-size policy and calculator (core/sampling, docs/soc2-sampling.md): every row of the shipped
// policy, the as-needed band edges (10/11, 50/51, 250/251), a population at or below the size tested whole, the next
// size after a prior-period deviation, automated controls, the JSON round trip, and malformed policies refused with
// a message naming the row and the field.
#include "sampling/SampleSize.h"
#include "sampling/SampleSizePolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace isoaudit;

namespace {

QJsonObject shippedJson()
{
    QFile file(SampleSizePolicy::shippedPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray bytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson();
}

/// Sets key `key` of element `index` of the array `array` in `root`.
void setRowKey(QJsonObject& root, const char* array, int index, const char* key, const QJsonValue& value)
{
    QJsonArray rows = root.value(QLatin1String(array)).toArray();
    QJsonObject row = rows.at(index).toObject();
    if (value.isUndefined())
        row.remove(QLatin1String(key));
    else
        row.insert(QLatin1String(key), value);
    rows[index] = row;
    root.insert(QLatin1String(array), rows);
}

SampleSizeResult computed(const QString& frequency, int population, bool priorDeviation = false, bool automated = false)
{
    auto result = SampleSize::compute({frequency, automated, population, priorDeviation});
    if (!result)
        qWarning("%s", qPrintable(result.error()));
    return result ? result.value() : SampleSizeResult{};
}

} // namespace

Q_DECLARE_METATYPE(std::function<void(QJsonObject&)>)

class TestSampleSize : public QObject
{
    Q_OBJECT

private slots:
    void theShippedPolicyLoadsAndSaysItIsTheFirms()
    {
        const SampleSizePolicy& policy = SampleSizePolicy::shipped();
        QCOMPARE(policy.id(), QStringLiteral("isoaudit-default"));
        QCOMPARE(policy.frequencyRows().size(), 6);
        QCOMPARE(policy.asNeededRows().size(), 4);
        QCOMPARE(policy.automatedRow().size, 1);
        QVERIFY(policy.automatedNeedsChangeManagementEvidence());
        // The data says whose table it is, so a reader of the file never takes it for an AICPA requirement.
        const QString note = shippedJson().value(QLatin1String("note")).toString();
        QVERIFY(note.contains(QLatin1String("firm's sampling policy")));
        QVERIFY(note.contains(QLatin1String("not an AICPA requirement")));
    }

    void everyFrequencyRow_data()
    {
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("increased");
        QTest::newRow("annual") << "annual" << 1 << 2;
        QTest::newRow("quarterly") << "quarterly" << 2 << 5;
        QTest::newRow("monthly") << "monthly" << 2 << 5;
        QTest::newRow("weekly") << "weekly" << 5 << 8;
        QTest::newRow("daily") << "daily" << 25 << 40;
        QTest::newRow("multiple-daily") << "multiple-daily" << 40 << 60;
    }
    void everyFrequencyRow()
    {
        QFETCH(QString, frequency);
        QFETCH(int, size);
        QFETCH(int, increased);
        const SampleSizeResult plain = computed(frequency, 1000);
        QCOMPARE(plain.size, size);
        QCOMPARE(plain.row.id, frequency);
        QVERIFY(!plain.testedWhole);
        QVERIFY(!plain.increased);
        QVERIFY(!plain.changeManagementEvidence);
        // A deviation in the prior period moves the control to the row's next size.
        const SampleSizeResult after = computed(frequency, 1000, true);
        QCOMPARE(after.size, increased);
        QVERIFY(after.increased);
        QCOMPARE(after.row.id, frequency);
        // A population exactly the size is tested whole; one more occurrence is sampled.
        QVERIFY(computed(frequency, size).testedWhole);
        QCOMPARE(computed(frequency, size).size, size);
        QVERIFY(!computed(frequency, size + 1).testedWhole);
    }

    void asNeededBandEdges_data()
    {
        QTest::addColumn<int>("population");
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("whole");
        QTest::addColumn<QString>("row");
        QTest::newRow("1") << 1 << 1 << true << "as-needed-1-10";
        QTest::newRow("10") << 10 << 10 << true << "as-needed-1-10";
        QTest::newRow("11") << 11 << 8 << false << "as-needed-11-50";
        QTest::newRow("50") << 50 << 8 << false << "as-needed-11-50";
        QTest::newRow("51") << 51 << 15 << false << "as-needed-51-250";
        QTest::newRow("250") << 250 << 15 << false << "as-needed-51-250";
        QTest::newRow("251") << 251 << 25 << false << "as-needed-251+";
        QTest::newRow("1000000") << 1000000 << 25 << false << "as-needed-251+";
    }
    void asNeededBandEdges()
    {
        QFETCH(int, population);
        QFETCH(int, size);
        QFETCH(bool, whole);
        QFETCH(QString, row);
        const SampleSizeResult result = computed(QStringLiteral("as-needed"), population);
        QCOMPARE(result.size, size);
        QCOMPARE(result.testedWhole, whole);
        QCOMPARE(result.row.id, row);
    }

    void asNeededAfterAPriorDeviationTakesTheBandsNextSize()
    {
        QCOMPARE(computed(QStringLiteral("as-needed"), 11, true).size, 11); // 15 > 11: the whole population
        QVERIFY(computed(QStringLiteral("as-needed"), 11, true).testedWhole);
        QCOMPARE(computed(QStringLiteral("as-needed"), 50, true).size, 15);
        QCOMPARE(computed(QStringLiteral("as-needed"), 250, true).size, 25);
        QCOMPARE(computed(QStringLiteral("as-needed"), 251, true).size, 40);
        // A band of "all" has no next size: its population is tested whole either way.
        const SampleSizeResult all = computed(QStringLiteral("as-needed"), 7, true);
        QCOMPARE(all.size, 7);
        QVERIFY(all.testedWhole);
        QVERIFY(!all.increased);
    }

    void aPopulationBelowTheSizeIsTestedWhole()
    {
        const SampleSizeResult daily = computed(QStringLiteral("daily"), 20);
        QCOMPARE(daily.size, 20);
        QCOMPARE(daily.policySize, 25);
        QVERIFY(daily.testedWhole);
        QVERIFY(daily.rationale().contains(QLatin1String("All 20 occurrence(s) are tested")));
        // After a prior deviation the increased size decides: 30 daily occurrences are under 40.
        const SampleSizeResult increased = computed(QStringLiteral("daily"), 30, true);
        QCOMPARE(increased.size, 30);
        QVERIFY(increased.testedWhole);
        QVERIFY(!computed(QStringLiteral("daily"), 30).testedWhole);
    }

    void automatedControlsAreOneInstancePlusChangeManagement()
    {
        for (const QString& frequency : {QStringLiteral("daily"), QStringLiteral("as-needed"),
                                         QStringLiteral("multiple-daily"), QStringLiteral("annual")}) {
            const SampleSizeResult result = computed(frequency, 500, false, true);
            QCOMPARE(result.size, 1);
            QCOMPARE(result.row.id, QStringLiteral("automated"));
            QVERIFY(result.changeManagementEvidence);
            QVERIFY(result.rationale().contains(QLatin1String("change-management evidence")));
        }
        // After a prior deviation the shipped policy sizes it as a manual control, increased (and still wants the
        // change-management evidence).
        const SampleSizeResult after = computed(QStringLiteral("daily"), 500, true, true);
        QCOMPARE(after.size, 40);
        QCOMPARE(after.row.id, QStringLiteral("daily"));
        QVERIFY(after.changeManagementEvidence);
        QVERIFY(after.rationale().contains(QLatin1String("sized as a manual one")));
        // A firm whose policy says "same" keeps one instance.
        QJsonObject json = shippedJson();
        QJsonObject automated = json.value(QLatin1String("automated")).toObject();
        automated.insert(QLatin1String("priorDeviation"), QStringLiteral("same"));
        json.insert(QLatin1String("automated"), automated);
        auto same = SampleSizePolicy::fromJson(bytes(json), QStringLiteral("firm.json"));
        QVERIFY2(same, qPrintable(same.error()));
        auto result = SampleSize::compute({QStringLiteral("daily"), true, 500, true}, same.value());
        QVERIFY(result);
        QCOMPARE(result->size, 1);
    }

    void theRationaleNamesTheRow()
    {
        QCOMPARE(computed(QStringLiteral("daily"), 365).rationale(),
                 QStringLiteral("25 item(s) from the firm's policy row \"Daily\"."));
        QCOMPARE(computed(QStringLiteral("as-needed"), 30).rowLabel(), QStringLiteral("As needed, 11–50 occurrences"));
        QCOMPARE(computed(QStringLiteral("as-needed"), 300).rowLabel(),
                 QStringLiteral("As needed, 251 or more occurrences"));
        QCOMPARE(
            computed(QStringLiteral("weekly"), 52, true).rationale(),
            QStringLiteral("8 item(s), the next size after a deviation in the prior period, from the firm's policy "
                           "row \"Weekly\" (5 without it)."));
        QCOMPARE(computed(QStringLiteral("as-needed"), 1).rationale(),
                 QStringLiteral("All 1 occurrence(s) are tested: the firm's policy row \"As needed, 1–10 "
                                "occurrences\" tests every occurrence."));
    }

    void refusals()
    {
        auto empty = SampleSize::compute({QStringLiteral("daily"), false, 0, false});
        QVERIFY(!empty);
        QVERIFY(empty.error().contains(QLatin1String("no occurrences during the period")));
        QVERIFY(empty.error().contains(QLatin1String("not a pass")));
        auto negative = SampleSize::compute({QStringLiteral("daily"), false, -1, false});
        QVERIFY(!negative);
        QVERIFY(negative.error().contains(QLatin1String("-1")));
        auto hourly = SampleSize::compute({QStringLiteral("hourly"), false, 100, false});
        QVERIFY(!hourly);
        QVERIFY(hourly.error().contains(QLatin1String("\"hourly\"")));
    }

    void theResultRoundTripsAsJson()
    {
        for (const SampleSizeResult& result :
             {computed(QStringLiteral("as-needed"), 251, true), computed(QStringLiteral("daily"), 20),
              computed(QStringLiteral("weekly"), 52, false, true)}) {
            auto back = SampleSizeResult::fromJson(result.toJson());
            QVERIFY2(back, qPrintable(back.error()));
            QCOMPARE(back.value(), result);
        }
        QVERIFY(!SampleSizeResult::fromJson(QJsonObject{}));
    }

    void aFirmsOwnPolicyLoadsByPath()
    {
        QJsonObject json = shippedJson();
        json.insert(QLatin1String("id"), QStringLiteral("firm-2025"));
        setRowKey(json, "byFrequency", 4, "size", 30);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("firm.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes(json));
        file.close();
        auto policy = SampleSizePolicy::load(path);
        QVERIFY2(policy, qPrintable(policy.error()));
        auto result = SampleSize::compute({QStringLiteral("daily"), false, 365, false}, policy.value());
        QVERIFY(result);
        QCOMPARE(result->size, 30);
        QCOMPARE(result->policyId, QStringLiteral("firm-2025"));
        auto missing = SampleSizePolicy::load(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(QLatin1String("cannot be read")));
    }

    void malformedPoliciesAreRefusedByRowAndField_data()
    {
        QTest::addColumn<std::function<void(QJsonObject&)>>("mutate");
        QTest::addColumn<QString>("message");
        using Mutate = std::function<void(QJsonObject&)>;
        QTest::newRow("format") << Mutate([](QJsonObject& o) { o.insert("format", "x"); })
                                << "is not an IsoAudit sample-size policy of version 1";
        QTest::newRow("no id") << Mutate([](QJsonObject& o) { o.remove("id"); }) << "it has no id or no name";
        QTest::newRow("size not a number")
            << Mutate([](QJsonObject& o) { setRowKey(o, "byFrequency", 2, "size", "two"); })
            << "byFrequency row 3 (\"monthly\"): size is missing or not a whole number of 1 or more";
        QTest::newRow("size fractional") << Mutate([](QJsonObject& o) { setRowKey(o, "byFrequency", 3, "size", 2.5); })
                                         << "byFrequency row 4 (\"weekly\"): size is missing";
        QTest::newRow("increased not larger")
            << Mutate([](QJsonObject& o) { setRowKey(o, "byFrequency", 4, "increasedSize", 25); })
            << "byFrequency row 5 (\"daily\"): increasedSize 25 is not larger than the size 25";
        QTest::newRow("increased missing")
            << Mutate([](QJsonObject& o) { setRowKey(o, "byFrequency", 0, "increasedSize", QJsonValue::Undefined); })
            << "byFrequency row 1 (\"annual\"): increasedSize (the next size";
        QTest::newRow("unknown frequency")
            << Mutate([](QJsonObject& o) { setRowKey(o, "byFrequency", 0, "frequency", "hourly"); })
            << "byFrequency row 1 (\"hourly\"): the frequency must be one of annual, quarterly";
        QTest::newRow("as-needed in byFrequency")
            << Mutate([](QJsonObject& o) { setRowKey(o, "byFrequency", 0, "frequency", "as-needed"); })
            << "as-needed controls are sized by the asNeeded rows";
        QTest::newRow("repeated frequency")
            << Mutate([](QJsonObject& o) { setRowKey(o, "byFrequency", 1, "frequency", "annual"); })
            << "byFrequency row 2 (\"annual\") repeats a frequency an earlier row gives";
        QTest::newRow("missing frequency") << Mutate([](QJsonObject& o) {
            QJsonArray rows = o.value("byFrequency").toArray();
            rows.removeAt(3);
            o.insert("byFrequency", rows);
        }) << "byFrequency has no row for the frequency \"weekly\"";
        QTest::newRow("first band not at 1")
            << Mutate([](QJsonObject& o) { setRowKey(o, "asNeeded", 0, "populationMin", 2); })
            << "asNeeded row 1 starts at 2 occurrences; the first row must start at 1";
        QTest::newRow("gap") << Mutate([](QJsonObject& o) { setRowKey(o, "asNeeded", 1, "populationMin", 12); })
                             << "asNeeded row 2 leaves a gap: the row before ends at 10 occurrences";
        QTest::newRow("overlap") << Mutate([](QJsonObject& o) { setRowKey(o, "asNeeded", 2, "populationMin", 50); })
                                 << "asNeeded row 3 overlaps the row before, which ends at 50 occurrences";
        QTest::newRow("open band not last")
            << Mutate([](QJsonObject& o) { setRowKey(o, "asNeeded", 1, "populationMax", QJsonValue::Undefined); })
            << "asNeeded row 2 has no populationMax; only the last row is open-ended";
        QTest::newRow("max below min") << Mutate([](QJsonObject& o) {
            setRowKey(o, "asNeeded", 1, "populationMax", 5);
        }) << "asNeeded row 2: populationMax is not a whole number of at least populationMin";
        QTest::newRow("band size zero") << Mutate([](QJsonObject& o) { setRowKey(o, "asNeeded", 1, "size", 0); })
                                        << "asNeeded row 2: size is missing or neither a whole number";
        QTest::newRow("no bands") << Mutate([](QJsonObject& o) { o.insert("asNeeded", QJsonArray{}); })
                                  << "asNeeded has no rows";
        QTest::newRow("no automated row")
            << Mutate([](QJsonObject& o) { o.remove("automated"); }) << "it has no automated row";
        QTest::newRow("automated after deviation") << Mutate([](QJsonObject& o) {
            QJsonObject a = o.value("automated").toObject();
            a.insert("priorDeviation", "bigger");
            o.insert("automated", a);
        }) << "automated: priorDeviation is \"bigger\", not \"as-manual\" or \"same\"";
        QTest::newRow("automated evidence") << Mutate([](QJsonObject& o) {
            QJsonObject a = o.value("automated").toObject();
            a.insert("changeManagementEvidence", "yes");
            o.insert("automated", a);
        }) << "automated: changeManagementEvidence is not true or false";
    }
    void malformedPoliciesAreRefusedByRowAndField()
    {
        QFETCH(std::function<void(QJsonObject&)>, mutate);
        QFETCH(QString, message);
        QJsonObject json = shippedJson();
        QVERIFY(SampleSizePolicy::fromJson(bytes(json), QStringLiteral("firm.json")));
        mutate(json);
        auto policy = SampleSizePolicy::fromJson(bytes(json), QStringLiteral("firm.json"));
        QVERIFY(!policy);
        QVERIFY2(policy.error().contains(message), qPrintable(policy.error()));
        QVERIFY2(policy.error().contains(QLatin1String("firm.json")), qPrintable(policy.error()));
    }

    void notJsonIsRefused()
    {
        auto policy = SampleSizePolicy::fromJson("{ not json", QStringLiteral("firm.json"));
        QVERIFY(!policy);
        QVERIFY(policy.error().contains(QLatin1String("is not valid JSON")));
    }
};

QTEST_GUILESS_MAIN(TestSampleSize)
#include "tst_samplesize.moc"
