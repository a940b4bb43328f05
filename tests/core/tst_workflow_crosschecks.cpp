// SPDX-License-Identifier: GPL-3.0-or-later
// Each cross-check finds its inconsistency (and not a near miss) in a real audit file; results are raised as
// linked findings or dismissed with a stored reason.
#include "WorkflowFixture.h"

#include "workflow/AuditSnapshot.h"
#include "workflow/CrossChecks.h"

#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

using StoreEdit = std::function<void(AuditStore&)>;
Q_DECLARE_METATYPE(StoreEdit)

namespace {

QString uuidOf(AuditStore& s, RecordKind kind, const QString& key)
{
    auto uuid = s.uuidForKey(kind, key);
    if (!uuid)
        qFatal("%s", qPrintable(uuid.error()));
    return uuid.value();
}

void setRisk(AuditStore& s, const QVariantMap& values)
{
    QVERIFY(s.setFields(RecordKind::Risk, uuidOf(s, RecordKind::Risk, "R-001"), values).ok());
}

/// Changes the client's risk method (the ready audit's is the 5 x 5 product with threshold 10).
void setMethod(AuditStore& s, const QVariantMap& values)
{
    QVERIFY(s.setFields(RecordKind::RiskMethod, s.riskMethod()->uuid, values).ok());
}

void setControl(AuditStore& s, const QString& id, const QVariantMap& values)
{
    QVERIFY(s.setFields(RecordKind::SoaEntry, uuidOf(s, RecordKind::SoaEntry, id), values).ok());
}

void setRiskControls(AuditStore& s, const QStringList& controls)
{
    QVERIFY(s.setLinks(RecordKind::Risk, uuidOf(s, RecordKind::Risk, "R-001"), LinkKind::Control, controls).ok());
}

/// The uuid of the ready audit's document that covers every clause.
QString manualUuid(AuditStore& s)
{
    return s.records(RecordKind::Evidence)->first().uuid;
}

void dropClauseFromManual(AuditStore& s, const QString& clauseId)
{
    auto manual = s.record(RecordKind::Evidence, manualUuid(s)).value();
    QStringList clauses = manual.linked(LinkKind::Clause);
    clauses.removeAll(clauseId);
    QVERIFY(s.setLinks(RecordKind::Evidence, manual.uuid, LinkKind::Clause, clauses).ok());
}

void addEvidence(AuditStore& s, const QString& kind, const QString& clauseId)
{
    Record e{RecordKind::Evidence, {}, {}, {{"kind", kind}, {"title", "Objectives 2026"}}, {}};
    e.links = {{LinkKind::Clause, {clauseId}}};
    QVERIFY(s.insert(e).ok());
}

} // namespace

class TestWorkflowCrossChecks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditStore> m_store;
    int m_counter = 0;

    QList<CrossCheckResult> results()
    {
        auto r = CrossChecks::run(*m_store);
        if (!r)
            qFatal("%s", qPrintable(r.error()));
        return r.value();
    }

    std::optional<CrossCheckResult> result(const QString& key)
    {
        for (const auto& r : results()) {
            if (r.key == key)
                return r;
        }
        return std::nullopt;
    }

private slots:
    void init()
    {
        m_store = testing::createReadyAudit(m_dir.filePath(QStringLiteral("a%1.isoaudit").arg(++m_counter)));
        QVERIFY(m_store);
    }

    void cleanup() { m_store.reset(); }

    void readyAuditRaisesNothing() { QVERIFY(results().isEmpty()); }

    void catalogOfChecks()
    {
        QSet<QString> ids;
        for (const auto& info : CrossChecks::checks()) {
            QVERIFY(!info.clause.isEmpty());
            QVERIFY(!info.title.isEmpty());
            ids << info.id;
        }
        QCOMPARE(ids.size(), 12);
    }

    void check_data()
    {
        QTest::addColumn<QString>("checkId");
        QTest::addColumn<StoreEdit>("edit");
        QTest::addColumn<QString>("expectedKey"); // empty: the check must report nothing
        QTest::addColumn<QString>("clause");
        QTest::addColumn<QString>("grade");
        auto row = [](const char* name, const char* check, StoreEdit edit, const char* key, const char* clause = "",
                      const char* grade = "") {
            QTest::newRow(name) << QString::fromLatin1(check) << edit << QString::fromLatin1(key)
                                << QString::fromLatin1(clause) << QString::fromLatin1(grade);
        };
        const char* untreated = "risk.untreated-above-threshold";
        row(
            "untreated: score 20, no treatment", untreated,
            [](AuditStore& s) {
                setRisk(s, {{"treatment", QVariant()}});
            },
            "risk.untreated-above-threshold:R-001", "6.1.3 a), 8.3", "major");
        row(
            "untreated: score at the threshold", untreated,
            [](AuditStore& s) {
                setRisk(s, {{"treatment", QVariant()}, {"likelihood", 2}});
            },
            "");
        row(
            "untreated: the client adds, 4 + 5 = 9 is within 10", untreated,
            [](AuditStore& s) {
                setMethod(s, {{"scoring", "sum"}});
                setRisk(s, {{"treatment", QVariant()}});
            },
            "");
        row(
            "untreated: the client's matrix puts 2 and 5 above 10", untreated,
            [](AuditStore& s) {
                setMethod(s,
                          {{"scoring", "matrix"},
                           {"score_matrix",
                            "[[1,2,3,4,5],[2,4,6,8,15],[3,6,9,12,15],[4,8,12,16,20],"
                            "[5,10,15,20,25]]"}});
                setRisk(s, {{"treatment", QVariant()}, {"likelihood", 2}}); // 2 x 5 = 10 would be within
            },
            "risk.untreated-above-threshold:R-001", "6.1.3 a), 8.3", "major");
        const char* mitigate = "risk.mitigate-without-control";
        row(
            "mitigate: no control", mitigate, [](AuditStore& s) { setRiskControls(s, {}); },
            "risk.mitigate-without-control:R-001", "6.1.3 b)", "minor");
        row(
            "mitigate: accepted risk needs none", mitigate,
            [](AuditStore& s) {
                setRiskControls(s, {});
                setRisk(s, {{"treatment", "accept"}});
            },
            "");
        const char* notApplicable = "risk.control-not-applicable";
        row(
            "not applicable: treated with excluded 5.7", notApplicable,
            [](AuditStore& s) {
                setRiskControls(s, {"8.8", "5.7"});
            },
            "risk.control-not-applicable:R-001/5.7", "6.1.3 d)", "minor");
        row(
            "not applicable: applicable control", notApplicable,
            [](AuditStore& s) {
                setRiskControls(s, {"8.8", "5.1"});
            },
            "");
        const char* noReason = "soa.applicable-without-reason";
        row(
            "no reason: 5.1 without risk or justification", noReason,
            [](AuditStore& s) {
                setControl(s, "5.1", {{"justification", ""}});
            },
            "soa.applicable-without-reason:5.1", "6.1.3 d)", "minor");
        row(
            "no reason: 8.8 treats a risk", noReason,
            [](AuditStore& s) {
                setControl(s, "8.8", {{"justification", ""}});
            },
            "");
        const char* exclusion = "soa.exclusion-unjustified";
        row(
            "exclusion: 5.7 bare", exclusion,
            [](AuditStore& s) {
                setControl(s, "5.7", {{"justification", " "}});
            },
            "soa.exclusion-unjustified:5.7", "6.1.3 d)", "minor");
        row(
            "exclusion: justified", exclusion, [](AuditStore&) {}, "");
        const char* incomplete = "soa.incomplete";
        row(
            "incomplete: 5.1 and 6.3 undecided", incomplete,
            [](AuditStore& s) {
                setControl(s, "5.1", {{"applicable", "undecided"}});
                setControl(s, "6.3", {{"applicable", "undecided"}});
            },
            "soa.incomplete:SoA", "6.1.3 d)", "minor");
        row(
            "incomplete: all decided", incomplete, [](AuditStore&) {}, "");
        const char* residual = "risk.residual-unaccepted";
        row(
            "residual: 16 not accepted", residual,
            [](AuditStore& s) {
                setRisk(s, {{"residual_likelihood", 4}, {"residual_impact", 4}, {"residual_accepted", false}});
            },
            "risk.residual-unaccepted:R-001", "6.1.3 e), f), 8.3", "minor");
        row(
            "residual: accepted flag without the owner's name", residual,
            [](AuditStore& s) {
                setRisk(s, {{"residual_likelihood", 4}, {"residual_impact", 4}, {"accepted_by", ""}});
            },
            "risk.residual-unaccepted:R-001", "6.1.3 e), f), 8.3", "minor");
        row(
            "residual: 16 accepted by the owner", residual,
            [](AuditStore& s) {
                setRisk(s, {{"residual_likelihood", 4}, {"residual_impact", 4}});
            },
            "");
        row(
            "residual: 6 needs no acceptance", residual,
            [](AuditStore& s) {
                setRisk(s, {{"residual_accepted", false}});
            },
            "");
        const char* docinfo = "docinfo.not-sighted";
        row(
            "docinfo: 6.2 objectives not sighted", docinfo, [](AuditStore& s) { dropClauseFromManual(s, "6.2"); },
            "docinfo.not-sighted:6.2", "6.2", "minor");
        row(
            "docinfo: 8.2 risk assessment results not sighted", docinfo,
            [](AuditStore& s) { dropClauseFromManual(s, "8.2"); }, "docinfo.not-sighted:8.2", "8.2", "minor");
        row(
            "docinfo: 7.5.1 not sighted", docinfo, [](AuditStore& s) { dropClauseFromManual(s, "7.5.1"); },
            "docinfo.not-sighted:7.5.1", "7.5.1", "minor");
        row(
            "docinfo: an observation is not documented information", docinfo,
            [](AuditStore& s) {
                dropClauseFromManual(s, "6.2");
                addEvidence(s, "observation", "6.2");
            },
            "docinfo.not-sighted:6.2", "6.2", "minor");
        row(
            "docinfo: a record counts", docinfo,
            [](AuditStore& s) {
                dropClauseFromManual(s, "6.2");
                addEvidence(s, "record", "6.2");
            },
            "");
        row(
            "docinfo: 7.3 requires none", docinfo, [](AuditStore& s) { dropClauseFromManual(s, "7.3"); }, "");
        row(
            "docinfo: unplanned clause", docinfo,
            [](AuditStore& s) {
                dropClauseFromManual(s, "6.2");
                QVERIFY(s.setField(RecordKind::ClauseAssessment, uuidOf(s, RecordKind::ClauseAssessment, "6.2"),
                                   "planned", false)
                            .ok());
            },
            "");
        const char* unrated = "risk.unrated";
        row(
            "unrated: no likelihood", unrated,
            [](AuditStore& s) {
                setRisk(s, {{"likelihood", QVariant()}});
            },
            "risk.unrated:R-001", "6.1.2 d)", "minor");
        row(
            "unrated: no impact", unrated,
            [](AuditStore& s) {
                setRisk(s, {{"impact", QVariant()}});
            },
            "risk.unrated:R-001", "6.1.2 d)", "minor");
        row(
            "unrated: rated", unrated, [](AuditStore&) {}, "");
        const char* noOwner = "risk.no-owner";
        row(
            "no owner: blank", noOwner,
            [](AuditStore& s) {
                setRisk(s, {{"owner", "  "}});
            },
            "risk.no-owner:R-001", "6.1.2 c) 2)", "minor");
        row(
            "no owner: owner named", noOwner, [](AuditStore&) {}, "");
        const char* acceptedUnrated = "risk.accepted-without-residual";
        row(
            "accepted unrated: score 20 accepted, no residual", acceptedUnrated,
            [](AuditStore& s) {
                setRisk(s, {{"treatment", "accept"}, {"residual_likelihood", QVariant()}});
            },
            "risk.accepted-without-residual:R-001", "6.1.3 e), f)", "minor");
        row(
            "accepted unrated: residual rated", acceptedUnrated,
            [](AuditStore& s) {
                setRisk(s, {{"treatment", "accept"}});
            },
            "");
        row(
            "accepted unrated: below the threshold", acceptedUnrated,
            [](AuditStore& s) {
                setRisk(s, {{"treatment", "accept"}, {"likelihood", 2}, {"residual_likelihood", QVariant()}});
            },
            "");
        row(
            "accepted unrated: mitigated, not accepted", acceptedUnrated,
            [](AuditStore& s) {
                setRisk(s, {{"residual_likelihood", QVariant()}});
            },
            "");
        const char* acceptedByOther = "risk.accepted-by-not-owner";
        row(
            "accepted by other: CFO accepts the CIO's risk", acceptedByOther,
            [](AuditStore& s) {
                setRisk(s, {{"accepted_by", "CFO"}});
            },
            "risk.accepted-by-not-owner:R-001", "6.1.3 f)", "minor");
        row(
            "accepted by other: the owner, in other case", acceptedByOther,
            [](AuditStore& s) {
                setRisk(s, {{"accepted_by", "cio"}});
            },
            "");
        // A register often names the owner with the role and the acceptor by name: one person, not a finding.
        row(
            "accepted by other: the owner named with the role", acceptedByOther,
            [](AuditStore& s) {
                setRisk(s, {{"owner", "Henrik Ødegaard (Head of IT Operations)"}, {"accepted_by", "Henrik Ødegaard"}});
            },
            "");
        row(
            "accepted by other: the owner named with a comma", acceptedByOther,
            [](AuditStore& s) {
                setRisk(s, {{"owner", "Line Thomsen, CISO"}, {"accepted_by", "line thomsen"}});
            },
            "");
        row(
            "accepted by other: another person with the same role", acceptedByOther,
            [](AuditStore& s) {
                setRisk(s, {{"owner", "Henrik Ødegaard (Head of IT Operations)"}, {"accepted_by", "Jonas Lübbe"}});
            },
            "risk.accepted-by-not-owner:R-001", "6.1.3 f)", "minor");
        row(
            "accepted by other: not accepted at all", acceptedByOther,
            [](AuditStore& s) {
                setRisk(s, {{"accepted_by", "CFO"}, {"residual_accepted", false}});
            },
            "");
    }

    void documentedInformationCoversEveryRequiringClause()
    {
        const QStringList clauses = CrossChecks::documentedInformationClauses();
        QCOMPARE(clauses.size(), 14);
        for (const char* id : {"4.3", "5.2", "6.1.2", "6.1.3", "6.2", "7.2", "7.5.1", "8.1", "8.2", "8.3", "9.1",
                               "9.2.2", "9.3.3", "10.2"})
            QVERIFY2(clauses.contains(QLatin1String(id)), id);
    }

    void documentedInformationAsksAndLeavesTheEvidenceToTheAuditor()
    {
        dropClauseFromManual(*m_store, "8.3");
        const auto r = result("docinfo.not-sighted:8.3");
        QVERIFY(r);
        QVERIFY(r->evidenceIsQuestion);
        QVERIFY2(r->message.contains(QLatin1Char('?')), qPrintable(r->message));
        QVERIFY2(!r->evidence.contains(QLatin1String("was presented during the audit")), qPrintable(r->evidence));
        auto uuid = CrossChecks::raise(*m_store, r->key);
        QVERIFY2(uuid.ok(), qPrintable(uuid.error()));
        const Record finding = m_store->record(RecordKind::Finding, uuid.value()).value();
        QCOMPARE(finding.text("objective_evidence"), QString());
        QCOMPARE(finding.text("grade"), QStringLiteral("minor"));
        QVERIFY(finding.text("suggestion_rationale").contains(QLatin1String("major")));
    }

    void check()
    {
        QFETCH(QString, checkId);
        QFETCH(StoreEdit, edit);
        QFETCH(QString, expectedKey);
        QFETCH(QString, clause);
        QFETCH(QString, grade);
        edit(*m_store);
        QStringList keys;
        for (const auto& r : results()) {
            if (r.checkId == checkId)
                keys << r.key;
        }
        if (expectedKey.isEmpty()) {
            QVERIFY2(keys.isEmpty(), qPrintable(keys.join(", ")));
            return;
        }
        QCOMPARE(keys, QStringList{expectedKey});
        const auto r = result(expectedKey);
        QCOMPARE(r->clause, clause);
        QCOMPARE(r->suggestedGrade, grade);
        QCOMPARE(r->state, CrossCheckResult::State::Open);
        QVERIFY(r->message.contains(r->subject.section(QLatin1Char('/'), 0, 0)));
        QVERIFY(!r->evidence.isEmpty());
        QVERIFY(!r->rationale.isEmpty());
    }

    void theClientsSumDecidesWhatIsAboveTheThreshold()
    {
        // The same register entry, untreated, likelihood 4 and impact 5: 20 under a product method, 9 under a sum.
        setRisk(*m_store, {{"treatment", QVariant()}, {"residual_accepted", false}});
        const QString untreated = QStringLiteral("risk.untreated-above-threshold:R-001");
        const QString residual = QStringLiteral("risk.residual-unaccepted:R-001");
        setMethod(*m_store, {{"acceptance_threshold", 5}});
        QVERIFY(result(untreated));
        QVERIFY(result(untreated)->evidence.contains(QStringLiteral("likelihood 4 × impact 5 = 20")));
        QVERIFY(result(residual)); // residual 2 x 3 = 6 > 5
        setMethod(*m_store, {{"scoring", "sum"}, {"acceptance_threshold", 8}});
        const auto bySum = result(untreated);
        QVERIFY(bySum);
        QVERIFY2(bySum->message.contains(QStringLiteral("scores 9, above the acceptance threshold 8")),
                 qPrintable(bySum->message));
        QVERIFY2(bySum->evidence.contains(QStringLiteral("likelihood 4 + impact 5 = 9")), qPrintable(bySum->evidence));
        QVERIFY(!bySum->evidence.contains(QStringLiteral("×")));
        QVERIFY(!result(residual)); // 2 + 3 = 5, within 8
        setMethod(*m_store, {{"acceptance_threshold", 9}});
        QVERIFY(!result(untreated)); // 9 is not above 9, though 4 x 5 = 20 would be
        setMethod(*m_store, {{"acceptance_threshold", 4}});
        QVERIFY(result(residual)); // 2 + 3 = 5 > 4
        QVERIFY(result(residual)->evidence.contains(QStringLiteral("residual likelihood 2 + impact 3 = 5")));
    }

    void incompleteSoaNamesTheControls()
    {
        setControl(*m_store, "5.1", {{"applicable", "undecided"}});
        setControl(*m_store, "6.3", {{"applicable", "undecided"}});
        QVERIFY(result("soa.incomplete:SoA")->message.contains(QStringLiteral("5.1, 6.3")));
    }

    void raiseCreatesALinkedFinding()
    {
        setRiskControls(*m_store, {"8.8", "5.7"});
        const QString key = QStringLiteral("risk.control-not-applicable:R-001/5.7");
        auto uuid = CrossChecks::raise(*m_store, key, {{}, {}, QStringLiteral("Alice Auditor"), QDate(2026, 3, 3)});
        QVERIFY2(uuid.ok(), qPrintable(uuid.error()));
        auto finding = m_store->record(RecordKind::Finding, uuid.value()).value();
        QCOMPARE(finding.text("ref"), QStringLiteral("NC-01"));
        QCOMPARE(finding.text("grade"), QStringLiteral("minor"));
        QCOMPARE(finding.text("suggested_grade"), QStringLiteral("minor"));
        QCOMPARE(finding.text("crosscheck_key"), key);
        QCOMPARE(finding.text("raised_on"), QStringLiteral("2026-03-03"));
        QCOMPARE(finding.text("raised_by"), QStringLiteral("Alice Auditor"));
        QVERIFY(!finding.text("statement").isEmpty());
        QVERIFY(!finding.text("objective_evidence").isEmpty());
        QCOMPARE(finding.linked(LinkKind::Clause), QStringList{"6.1.3"});
        QCOMPARE(finding.linked(LinkKind::Control), QStringList{"5.7"});
        QCOMPARE(finding.linked(LinkKind::Risk), QStringList{uuidOf(*m_store, RecordKind::Risk, "R-001")});
        const auto r = result(key);
        QCOMPARE(r->state, CrossCheckResult::State::Raised);
        QCOMPARE(r->findingRef, QStringLiteral("NC-01"));

        auto again = CrossChecks::raise(*m_store, key);
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(QStringLiteral("already raised")));
        QCOMPARE(m_store->count(RecordKind::Finding).value(), 1);
    }

    void raiseWithTheAuditorsGrade()
    {
        setControl(*m_store, "5.7", {{"justification", ""}});
        auto uuid = CrossChecks::raise(*m_store, "soa.exclusion-unjustified:5.7", {{}, "observation", {}, {}});
        QVERIFY(uuid.ok());
        auto finding = m_store->record(RecordKind::Finding, uuid.value()).value();
        QCOMPARE(finding.text("ref"), QStringLiteral("OBS-01"));
        QCOMPARE(finding.text("grade"), QStringLiteral("observation"));
        QCOMPARE(finding.text("suggested_grade"), QStringLiteral("minor"));
        QVERIFY(!CrossChecks::raise(*m_store, "soa.exclusion-unjustified:5.7", {}).ok());
        QVERIFY(!CrossChecks::raise(*m_store, "no.such:key").ok());
    }

    void dismissKeepsTheReason()
    {
        setRisk(*m_store, {{"treatment", QVariant()}});
        const QString key = QStringLiteral("risk.untreated-above-threshold:R-001");
        auto refused = CrossChecks::dismiss(*m_store, key, QStringLiteral("  "), QStringLiteral("Alice"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("reason")));
        QCOMPARE(m_store->count(RecordKind::CrosscheckDismissal).value(), 0);

        const QDateTime when(QDate(2026, 3, 3), QTime(14, 0), Qt::UTC);
        QVERIFY(CrossChecks::dismiss(*m_store, key, QStringLiteral("Treatment recorded in RTP-2, sighted"),
                                     QStringLiteral("Alice"), when)
                    .ok());
        auto stored = m_store->records(RecordKind::CrosscheckDismissal).value();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().text("check_key"), key);
        QCOMPARE(stored.first().text("reason"), QStringLiteral("Treatment recorded in RTP-2, sighted"));
        QCOMPARE(stored.first().text("dismissed_by"), QStringLiteral("Alice"));
        QCOMPARE(stored.first().text("dismissed_at"), QStringLiteral("2026-03-03T14:00:00Z"));
        QCOMPARE(result(key)->state, CrossCheckResult::State::Dismissed);
        QCOMPARE(result(key)->dismissalReason, QStringLiteral("Treatment recorded in RTP-2, sighted"));

        QVERIFY(!CrossChecks::dismiss(*m_store, key, QStringLiteral("again"), {}).ok());
        auto raised = CrossChecks::raise(*m_store, key);
        QVERIFY(!raised.ok());
        QVERIFY(raised.error().contains(QStringLiteral("dismissed")));

        QVERIFY(CrossChecks::undismiss(*m_store, key).ok());
        QCOMPARE(result(key)->state, CrossCheckResult::State::Open);
        QVERIFY(!CrossChecks::undismiss(*m_store, key).ok());
    }

    void dismissUnknownKeyIsRefused()
    {
        auto refused = CrossChecks::dismiss(*m_store, "risk.untreated-above-threshold:R-999", "typo", {});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("R-999")));
        QCOMPARE(m_store->count(RecordKind::CrosscheckDismissal).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowCrossChecks)
#include "tst_workflow_crosschecks.moc"
