// SPDX-License-Identifier: GPL-3.0-or-later
// The finding classification assistant: grades from the ISO/IEC 17021-1 definitions, the auditor's grade kept
// beside the suggestion, and the "consider major" prompt.
#include "WorkflowFixture.h"

#include "workflow/AuditSnapshot.h"
#include "workflow/FindingClassifier.h"
#include "workflow/Lifecycle.h"

#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestWorkflowClassifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static ClassificationFacts facts(const QString& nature, std::optional<int> failed = std::nullopt,
                                     std::optional<int> taken = std::nullopt, bool doubt = false)
    {
        ClassificationFacts f;
        f.nature = nature;
        f.samplesFailed = failed;
        f.samplesTaken = taken;
        f.capabilityInDoubt = doubt;
        return f;
    }

private slots:
    void suggest_data()
    {
        QTest::addColumn<QString>("nature");
        QTest::addColumn<int>("failed"); // -1: not sampled
        QTest::addColumn<int>("taken");
        QTest::addColumn<bool>("doubt");
        QTest::addColumn<QString>("grade");
        QTest::addColumn<QString>("because");
        QTest::newRow("absent process") << "absent" << -1 << -1 << false << "major"
                                        << "process the requirement calls for is absent";
        QTest::newRow("systemic breakdown") << "systemic" << 6 << 10 << false << "major"
                                            << "significant doubt that effective process control";
        QTest::newRow("isolated lapse") << "isolated" << 1 << 25 << false << "minor"
                                        << "isolated instance";
        QTest::newRow("isolated, unsampled") << "isolated" << -1 << -1 << false << "minor"
                                             << "not affected";
        QTest::newRow("isolated but capability in doubt") << "isolated" << 1 << 25 << true << "major"
                                                          << "significant doubt";
        // A process that operates without its required documented information is minor: the capability is not in
        // doubt by that alone, unlike an absent process.
        QTest::newRow("documented information missing") << "undocumented" << -1 << -1 << false << "minor"
                                                        << "documented information the requirement calls for";
        QTest::newRow("documented information missing, capability in doubt")
            << "undocumented" << -1 << -1 << true << "major" << "significant doubt";
        // Without the certification body's policy, a failure rate alone never makes a major.
        QTest::newRow("isolated, 3 of 10 failed, no policy") << "isolated" << 3 << 10 << false << "minor"
                                                             << "3 of 10 samples failed";
    }

    void suggest()
    {
        QFETCH(QString, nature);
        QFETCH(int, failed);
        QFETCH(int, taken);
        QFETCH(bool, doubt);
        QFETCH(QString, grade);
        QFETCH(QString, because);
        const auto f = facts(nature, failed < 0 ? std::nullopt : std::optional<int>(failed),
                             taken < 0 ? std::nullopt : std::optional<int>(taken), doubt);
        auto s = FindingClassifier::suggest(f);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->grade, grade);
        QVERIFY2(s->rationale.contains(because), qPrintable(s->rationale));
        QVERIFY(s->rationale.contains(QStringLiteral("ISO/IEC 17021-1")));
        // The standard sets no failure rate; nothing may quote one as its own.
        QVERIFY2(!s->rationale.contains(QStringLiteral("one in five")), qPrintable(s->rationale));
        QVERIFY2(!s->rationale.contains(QLatin1Char('%')), qPrintable(s->rationale));
    }

    void samplingPolicyIsTheCertificationBodysAndSaysSo_data()
    {
        QTest::addColumn<int>("failed");
        QTest::addColumn<int>("taken");
        QTest::addColumn<int>("percent");
        QTest::addColumn<QString>("grade");
        QTest::newRow("3 of 10 over 20 %") << 3 << 10 << 20 << "major";
        QTest::newRow("2 of 10 is 20 %, not over") << 2 << 10 << 20 << "minor";
        QTest::newRow("1 of 2 is one failure") << 1 << 2 << 20 << "minor";
        QTest::newRow("3 of 10 under a 50 % policy") << 3 << 10 << 50 << "minor";
        QTest::newRow("6 of 10 over a 50 % policy") << 6 << 10 << 50 << "major";
    }

    void samplingPolicyIsTheCertificationBodysAndSaysSo()
    {
        QFETCH(int, failed);
        QFETCH(int, taken);
        QFETCH(int, percent);
        QFETCH(QString, grade);
        SamplingPolicy policy;
        policy.enabled = true;
        policy.failurePercent = percent;
        auto s = FindingClassifier::suggest(facts("isolated", failed, taken), policy);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->grade, grade);
        if (grade == QLatin1String("major")) {
            QVERIFY2(s->rationale.contains(QStringLiteral("certification body's sampling policy")),
                     qPrintable(s->rationale));
            QVERIFY2(s->rationale.contains(QStringLiteral("not by ISO/IEC 17021-1")), qPrintable(s->rationale));
            QVERIFY2(s->rationale.contains(QStringLiteral("%1 %").arg(percent)), qPrintable(s->rationale));
        }
        // Switched off, the same facts are minor.
        policy.enabled = false;
        QCOMPARE(FindingClassifier::suggest(facts("isolated", failed, taken), policy)->grade, QStringLiteral("minor"));
    }

    void samplingPolicyValidation()
    {
        QVERIFY(SamplingPolicy{}.validate().ok());
        QVERIFY(!(SamplingPolicy{true, 0, 2}.validate().ok()));
        QVERIFY(!(SamplingPolicy{true, 101, 2}.validate().ok()));
        QVERIFY(!(SamplingPolicy{true, 20, 0}.validate().ok()));
        QVERIFY((SamplingPolicy{true, 100, 1}.validate().ok()));
    }

    void badFactsAreRefused()
    {
        QVERIFY(!FindingClassifier::suggest(facts({})).ok());
        QVERIFY(!FindingClassifier::suggest(facts("sporadic")).ok());
        auto tooMany = FindingClassifier::suggest(facts("isolated", 5, 3));
        QVERIFY(!tooMany.ok());
        QVERIFY(tooMany.error().contains(QStringLiteral("5")));
        QVERIFY(!FindingClassifier::suggest(facts("isolated", 1, std::nullopt)).ok());
    }

    void storedBesideTheAuditorsGrade()
    {
        auto store = testing::createReadyAudit(m_dir.filePath(QStringLiteral("c.isoaudit")));
        QVERIFY(store);
        const QString uuid = testing::addFinding(*store, "NC-01", "minor", LinkKind::Control, "8.8");
        SamplingPolicy policy;
        policy.enabled = true;
        auto s = FindingClassifier::classifyFinding(*store, uuid, facts("isolated", 4, 10), policy);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->grade, QStringLiteral("major"));
        auto finding = store->record(RecordKind::Finding, uuid).value();
        QCOMPARE(finding.text("grade"), QStringLiteral("minor")); // the auditor's grade is final
        QCOMPARE(finding.text("suggested_grade"), QStringLiteral("major"));
        QCOMPARE(finding.text("suggestion_rationale"), s->rationale);
        QCOMPARE(finding.text("nature"), QStringLiteral("isolated"));
        QCOMPARE(finding.integer("samples_failed"), std::optional<int>(4));
        QCOMPARE(finding.integer("samples_taken"), std::optional<int>(10));

        // Without new facts the stored ones are used.
        QVERIFY(store->setField(RecordKind::Finding, uuid, "capability_in_doubt", true).ok());
        QVERIFY(store->setFields(RecordKind::Finding, uuid, {{"samples_failed", 1}}).ok());
        auto again = FindingClassifier::classifyFinding(*store, uuid);
        QVERIFY(again.ok());
        QVERIFY(again->rationale.contains(QStringLiteral("significant doubt")));

        // A finding without facts is refused and left as it was.
        const QString bare = testing::addFinding(*store, "NC-02", "minor", LinkKind::Control, "8.8");
        auto refused = FindingClassifier::classifyFinding(*store, bare);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("NC-02")));
        QVERIFY(store->record(RecordKind::Finding, bare)->text("suggested_grade").isEmpty());
    }

    // At Stage 1 the assistant suggests an area of concern and says what it would be at Stage 2.
    void aStage1SuggestsAnAreaOfConcern()
    {
        const QString path = m_dir.filePath(QStringLiteral("stage1.isoaudit"));
        auto created = Lifecycle::create(path, {QStringLiteral("Stage One ApS"), QStringLiteral("stage1"),
                                                QStringLiteral("Lead"), QStringLiteral("Scope"), {}, {}});
        QVERIFY2(created.ok(), qPrintable(created.error()));
        AuditStore& store = *created.value();
        const QString uuid = testing::addFinding(store, "AOC-01", "area-of-concern", LinkKind::Clause, "8.2");
        QVERIFY(!uuid.isEmpty());
        auto s = FindingClassifier::classifyFinding(store, uuid, facts("absent", std::nullopt, std::nullopt));
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->grade, QStringLiteral("area-of-concern"));
        QVERIFY2(s->rationale.contains(QStringLiteral("At Stage 2 this would be a major nonconformity")),
                 qPrintable(s->rationale));
        QVERIFY(s->rationale.contains(QStringLiteral("9.3.1.2.2")));
        QCOMPARE(store.record(RecordKind::Finding, uuid)->text("suggested_grade"), QStringLiteral("area-of-concern"));
    }

    void considerMajorAtTheThreshold()
    {
        AuditSnapshot s;
        s.audit.values = {{"minor_to_major_threshold", 3}};
        auto add = [&](const QString& ref, const QString& grade, LinkKind kind, const QString& id) {
            s.findings << Record{RecordKind::Finding, ref, {}, {{"ref", ref}, {"grade", grade}}, {{kind, {id}}}};
        };
        add("NC-01", "minor", LinkKind::Control, "8.8");
        add("NC-02", "minor", LinkKind::Control, "8.8");
        add("NC-03", "major", LinkKind::Control, "8.8");
        add("NC-04", "minor", LinkKind::Clause, "8.1");
        QVERIFY(FindingClassifier::considerMajor(s).isEmpty());
        add("NC-05", "minor", LinkKind::Control, "8.8");
        auto candidates = FindingClassifier::considerMajor(s);
        QCOMPARE(candidates.size(), 1);
        QCOMPARE(candidates.first().requirement, QStringLiteral("A.8.8"));
        QCOMPARE(candidates.first().findingRefs, (QStringList{"NC-01", "NC-02", "NC-05"}));
        s.audit.values[QStringLiteral("minor_to_major_threshold")] = 2;
        QCOMPARE(FindingClassifier::considerMajor(s).size(), 1); // 8.1 has one minor only
        add("NC-06", "minor", LinkKind::Clause, "8.1");
        candidates = FindingClassifier::considerMajor(s);
        QCOMPARE(candidates.size(), 2);
        QCOMPARE(candidates.first().requirement, QStringLiteral("8.1")); // clauses before controls
    }
};

QTEST_GUILESS_MAIN(TestWorkflowClassifier)
#include "tst_workflow_classifier.moc"
