// SPDX-License-Identifier: GPL-3.0-or-later
// Every readiness rule: the ready audit meets it, and breaking the one thing it guards makes it report (so a rule
// removed from the table fails its own row). Rules read an AuditSnapshot, so each row edits a copy in memory.
#include "WorkflowFixture.h"

#include "domain/ReportContent.h"
#include "workflow/AuditSnapshot.h"
#include "workflow/RuleEngine.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace isoaudit;

using Mutation = std::function<void(AuditSnapshot&)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

Record& byKey(QList<Record>& list, const QString& column, const QString& key)
{
    for (auto& r : list) {
        if (r.text(column) == key)
            return r;
    }
    qFatal("no record %s = %s", qPrintable(column), qPrintable(key));
}

Record& clause(AuditSnapshot& s, const QString& id)
{
    return byKey(s.clauses, QStringLiteral("clause_id"), id);
}

Record& control(AuditSnapshot& s, const QString& id)
{
    return byKey(s.soa, QStringLiteral("control_id"), id);
}

QString addFinding(AuditSnapshot& s, const QString& ref, const QString& grade, LinkKind kind, const QString& id,
                   const QString& crosscheckKey = {})
{
    Record f{RecordKind::Finding, QUuid::createUuid().toString(QUuid::WithoutBraces), {}, {}, {}};
    f.values = {{"ref", ref},
                {"grade", grade},
                {"statement", "Statement."},
                {"objective_evidence", "Evidence."},
                {"crosscheck_key", crosscheckKey}};
    if (!id.isEmpty())
        f.links = {{kind, {id}}};
    s.findings << f;
    return f.uuid;
}

void addAction(AuditSnapshot& s, const QString& findingUuid, const QString& status)
{
    Record a{RecordKind::CorrectiveAction, QUuid::createUuid().toString(QUuid::WithoutBraces), findingUuid, {}, {}};
    a.values = {{"status", status}};
    s.actions << a;
}

void setAuditType(AuditSnapshot& s, const QString& type)
{
    s.audit.values[QStringLiteral("audit_type")] = type;
}

/// Plans only the clause items a surveillance audit must cover.
void surveillanceCoreOnly(AuditSnapshot& s)
{
    setAuditType(s, QStringLiteral("surveillance"));
    const QStringList core{"9.2.1", "9.2.2", "9.3.1", "9.3.2", "9.3.3", "10.2"};
    for (auto& c : s.clauses)
        c.values[QStringLiteral("planned")] = core.contains(c.text(QStringLiteral("clause_id")));
}

} // namespace

class TestWorkflowRules : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    AuditSnapshot m_ready;

    QStringList ids(const AuditSnapshot& s, const QString& target)
    {
        auto violations = RuleEngine::evaluate(s, target);
        if (!violations)
            return {QStringLiteral("error: ") + violations.error()};
        QStringList result;
        for (const auto& v : violations.value())
            result << v.ruleId;
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = testing::createReadyAudit(m_dir.filePath(QStringLiteral("ready.isoaudit")));
        QVERIFY(store);
        auto snapshot = AuditSnapshot::load(*store);
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.error()));
        m_ready = snapshot.value();
        m_ready.today = QDate(2026, 3, 10); // a week after the ready Stage 2's last day, whatever the clock says
    }

    void readyAuditMeetsEveryRule()
    {
        for (const QString target : {"fieldwork", "reporting", "signed"})
            QVERIFY2(ids(m_ready, target).isEmpty(),
                     qPrintable(target + QStringLiteral(": ") + ids(m_ready, target).join(", ")));
    }

    void rule_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<bool>("violated");
        QTest::addColumn<Mutation>("mutate");
        auto row = [](const char* name, const char* target, const char* rule, bool violated, Mutation m) {
            QTest::newRow(name) << QString::fromLatin1(target) << QString::fromLatin1(rule) << violated << m;
        };
        // fieldwork
        row("client: missing", "fieldwork", "fieldwork.client", true,
            [](AuditSnapshot& s) { s.audit.values["client"] = QString(); });
        row("scope: blank", "fieldwork", "fieldwork.scope", true,
            [](AuditSnapshot& s) { s.audit.values["scope"] = QStringLiteral("   "); });
        row("audit-type: not set", "fieldwork", "fieldwork.audit-type", true,
            [](AuditSnapshot& s) { setAuditType(s, QString()); });
        row("dates: no start", "fieldwork", "fieldwork.dates", true,
            [](AuditSnapshot& s) { s.audit.values["start_date"] = QVariant(); });
        row("dates: end before start", "fieldwork", "fieldwork.dates", true,
            [](AuditSnapshot& s) { s.audit.values["end_date"] = QStringLiteral("2026-03-01"); });
        row("lead-auditor: none", "fieldwork", "fieldwork.lead-auditor", true,
            [](AuditSnapshot& s) { s.team[0].values["role"] = QStringLiteral("auditor"); });
        row("lead-auditor: two", "fieldwork", "fieldwork.lead-auditor", true, [](AuditSnapshot& s) {
            s.team << Record{RecordKind::TeamMember, "x", {}, {{"name", "Carol"}, {"role", "lead"}}, {}};
        });
        row("plan-coverage: stage2 leaves out 7.3", "fieldwork", "fieldwork.plan-coverage", true,
            [](AuditSnapshot& s) { clause(s, "7.3").values["planned"] = false; });
        row("plan-coverage: recertification leaves out 4.1", "fieldwork", "fieldwork.plan-coverage", true,
            [](AuditSnapshot& s) {
                setAuditType(s, "recertification");
                clause(s, "4.1").values["planned"] = false;
            });
        row("plan-coverage: surveillance need not cover all", "fieldwork", "fieldwork.plan-coverage", false,
            surveillanceCoreOnly);
        row("surveillance-coverage: 9.3.2 left out", "fieldwork", "fieldwork.surveillance-coverage", true,
            [](AuditSnapshot& s) {
                surveillanceCoreOnly(s);
                clause(s, "9.3.2").values["planned"] = false;
            });
        row("surveillance-coverage: 10.2 left out", "fieldwork", "fieldwork.surveillance-coverage", true,
            [](AuditSnapshot& s) {
                surveillanceCoreOnly(s);
                clause(s, "10.2").values["planned"] = false;
            });
        row("surveillance-coverage: core planned", "fieldwork", "fieldwork.surveillance-coverage", false,
            surveillanceCoreOnly);
        row("plan-auditors: 4.1 unassigned", "fieldwork", "fieldwork.plan-auditors", true,
            [](AuditSnapshot& s) { clause(s, "4.1").values["plan_auditor"] = QString(); });
        row("plan-auditors: unplanned item needs none", "fieldwork", "fieldwork.plan-auditors", false,
            [](AuditSnapshot& s) {
                surveillanceCoreOnly(s);
                clause(s, "4.1").values["plan_auditor"] = QString();
            });
        row("controls-sampled: none planned", "fieldwork", "fieldwork.controls-sampled", true,
            [](AuditSnapshot& s) { control(s, "8.8").values["planned"] = false; });
        row("controls-sampled: not for surveillance", "fieldwork", "fieldwork.controls-sampled", false,
            [](AuditSnapshot& s) {
                surveillanceCoreOnly(s);
                control(s, "8.8").values["planned"] = false;
            });
        // reporting
        row("clause-verdicts: 6.2 pending", "reporting", "reporting.clause-verdicts", true,
            [](AuditSnapshot& s) { clause(s, "6.2").values["verdict"] = QStringLiteral("pending"); });
        row("clause-verdicts: unplanned pending is fine", "reporting", "reporting.clause-verdicts", false,
            [](AuditSnapshot& s) {
                clause(s, "6.2").values["verdict"] = QStringLiteral("pending");
                clause(s, "6.2").values["planned"] = false;
            });
        row("control-verdicts: 8.8 pending", "reporting", "reporting.control-verdicts", true,
            [](AuditSnapshot& s) { control(s, "8.8").values["verdict"] = QStringLiteral("pending"); });
        row("control-verdicts: unplanned pending is fine", "reporting", "reporting.control-verdicts", false,
            [](AuditSnapshot& s) { control(s, "5.1").values["verdict"] = QStringLiteral("pending"); });
        row("verdict-evidence: clause 6.2 unsupported", "reporting", "reporting.verdict-evidence", true,
            [](AuditSnapshot& s) { s.evidence[0].links[LinkKind::Clause].removeAll("6.2"); });
        row("verdict-evidence: control 8.8 unsupported", "reporting", "reporting.verdict-evidence", true,
            [](AuditSnapshot& s) { s.interviews[0].links[LinkKind::Control].clear(); });
        row("verdict-evidence: interview alone suffices", "reporting", "reporting.verdict-evidence", false,
            [](AuditSnapshot& s) { s.evidence[0].links[LinkKind::Clause].removeAll("8.1"); });
        row("verdict-evidence: not-audited needs none", "reporting", "reporting.verdict-evidence", false,
            [](AuditSnapshot& s) {
                s.evidence[0].links[LinkKind::Clause].removeAll("6.2");
                clause(s, "6.2").values["verdict"] = QStringLiteral("not-audited");
            });
        row("soa-decided: 5.1 undecided", "reporting", "reporting.soa-decided", true,
            [](AuditSnapshot& s) { control(s, "5.1").values["applicable"] = QStringLiteral("undecided"); });
        row("soa-decided: omission raised as finding", "reporting", "reporting.soa-decided", false,
            [](AuditSnapshot& s) {
                control(s, "5.1").values["applicable"] = QStringLiteral("undecided");
                addFinding(s, "NC-01", "minor", LinkKind::Clause, "6.1.3", "soa.incomplete:SoA");
            });
        row("exclusions-justified: 5.7 bare", "reporting", "reporting.exclusions-justified", true,
            [](AuditSnapshot& s) { control(s, "5.7").values["justification"] = QString(); });
        row("exclusions-justified: raised as finding", "reporting", "reporting.exclusions-justified", false,
            [](AuditSnapshot& s) {
                control(s, "5.7").values["justification"] = QString();
                addFinding(s, "NC-01", "minor", LinkKind::Control, "5.7", "soa.exclusion-unjustified:5.7");
            });
        row("nonconformities-covered: clause 8.1", "reporting", "reporting.nonconformities-covered", true,
            [](AuditSnapshot& s) { clause(s, "8.1").values["verdict"] = QStringLiteral("nonconform"); });
        row("nonconformities-covered: control 8.8", "reporting", "reporting.nonconformities-covered", true,
            [](AuditSnapshot& s) { control(s, "8.8").values["verdict"] = QStringLiteral("nonconform"); });
        row("nonconformities-covered: an observation does not cover", "reporting", "reporting.nonconformities-covered",
            true, [](AuditSnapshot& s) {
                clause(s, "8.1").values["verdict"] = QStringLiteral("nonconform");
                addFinding(s, "OBS-01", "observation", LinkKind::Clause, "8.1");
            });
        row("nonconformities-covered: minor covers", "reporting", "reporting.nonconformities-covered", false,
            [](AuditSnapshot& s) {
                clause(s, "8.1").values["verdict"] = QStringLiteral("nonconform");
                addFinding(s, "NC-01", "minor", LinkKind::Clause, "8.1");
            });
        row("verdict-contradicts-finding: conform clause with a minor", "reporting",
            "reporting.verdict-contradicts-finding", true,
            [](AuditSnapshot& s) { addFinding(s, "NC-01", "minor", LinkKind::Clause, "8.1"); });
        row("verdict-contradicts-finding: effective control with a major", "reporting",
            "reporting.verdict-contradicts-finding", true,
            [](AuditSnapshot& s) { addFinding(s, "NC-01", "major", LinkKind::Control, "8.8"); });
        row("verdict-contradicts-finding: an observation on a conform clause", "reporting",
            "reporting.verdict-contradicts-finding", false,
            [](AuditSnapshot& s) { addFinding(s, "OBS-01", "observation", LinkKind::Clause, "8.1"); });
        row("verdict-contradicts-finding: nonconform clause with its minor", "reporting",
            "reporting.verdict-contradicts-finding", false, [](AuditSnapshot& s) {
                clause(s, "8.1").values["verdict"] = QStringLiteral("nonconform");
                addFinding(s, "NC-01", "minor", LinkKind::Clause, "8.1");
            });
        row("effective-not-implemented: effective but excluded", "reporting", "reporting.effective-not-implemented",
            true, [](AuditSnapshot& s) { control(s, "8.8").values["applicable"] = QStringLiteral("no"); });
        row("effective-not-implemented: effective but planned", "reporting", "reporting.effective-not-implemented",
            true, [](AuditSnapshot& s) { control(s, "8.8").values["implementation"] = QStringLiteral("planned"); });
        row("effective-not-implemented: effective but not implemented", "reporting",
            "reporting.effective-not-implemented", true,
            [](AuditSnapshot& s) { control(s, "8.8").values["implementation"] = QStringLiteral("not-implemented"); });
        row("effective-not-implemented: partial may be effective", "reporting", "reporting.effective-not-implemented",
            false, [](AuditSnapshot& s) { control(s, "8.8").values["implementation"] = QStringLiteral("partial"); });
        row("effective-not-implemented: excluded and not sampled", "reporting", "reporting.effective-not-implemented",
            false, [](AuditSnapshot& s) {
                control(s, "8.8").values["applicable"] = QStringLiteral("no");
                control(s, "8.8").values["verdict"] = QStringLiteral("not-sampled");
            });
        row("findings-complete: no objective evidence", "reporting", "reporting.findings-complete", true,
            [](AuditSnapshot& s) {
                addFinding(s, "NC-01", "minor", LinkKind::Clause, "8.1");
                s.findings.last().values["objective_evidence"] = QString();
            });
        row("findings-complete: no statement", "reporting", "reporting.findings-complete", true, [](AuditSnapshot& s) {
            addFinding(s, "NC-01", "major", LinkKind::Clause, "8.1");
            s.findings.last().values["statement"] = QString();
        });
        row("findings-complete: no clause or control", "reporting", "reporting.findings-complete", true,
            [](AuditSnapshot& s) { addFinding(s, "NC-01", "major", LinkKind::Clause, QString()); });
        row("findings-complete: observation may be brief", "reporting", "reporting.findings-complete", false,
            [](AuditSnapshot& s) {
                addFinding(s, "OBS-01", "observation", LinkKind::Clause, QString());
                s.findings.last().values["statement"] = QString();
            });
        row("crosschecks-resolved: untreated risk", "reporting", "reporting.crosschecks-resolved", true,
            [](AuditSnapshot& s) { s.risks[0].values["treatment"] = QVariant(); });
        row("crosschecks-resolved: dismissed", "reporting", "reporting.crosschecks-resolved", false,
            [](AuditSnapshot& s) {
                s.risks[0].values["treatment"] = QVariant();
                s.dismissals << Record{RecordKind::CrosscheckDismissal,
                                       "d",
                                       {},
                                       {{"check_key", "risk.untreated-above-threshold:R-001"}, {"reason", "Treated"}},
                                       {}};
            });
        row("crosschecks-resolved: raised", "reporting", "reporting.crosschecks-resolved", false, [](AuditSnapshot& s) {
            s.risks[0].values["treatment"] = QVariant();
            addFinding(s, "NC-01", "major", LinkKind::Clause, "6.1.3", "risk.untreated-above-threshold:R-001");
        });
        row("consider-major: three minors on 8.8", "reporting", "reporting.consider-major", true, [](AuditSnapshot& s) {
            for (const char* ref : {"NC-01", "NC-02", "NC-03"})
                addFinding(s, ref, "minor", LinkKind::Control, "8.8");
        });
        row("consider-major: two minors", "reporting", "reporting.consider-major", false, [](AuditSnapshot& s) {
            for (const char* ref : {"NC-01", "NC-02"})
                addFinding(s, ref, "minor", LinkKind::Control, "8.8");
        });
        row("consider-major: threshold 4", "reporting", "reporting.consider-major", false, [](AuditSnapshot& s) {
            s.audit.values["minor_to_major_threshold"] = 4;
            for (const char* ref : {"NC-01", "NC-02", "NC-03"})
                addFinding(s, ref, "minor", LinkKind::Control, "8.8");
        });
        // signed
        row("signed also re-checks reporting", "signed", "reporting.clause-verdicts", true,
            [](AuditSnapshot& s) { clause(s, "6.2").values["verdict"] = QStringLiteral("pending"); });
        row("recommendation-recorded: none", "signed", "signed.recommendation-recorded", true,
            [](AuditSnapshot& s) { s.audit.values["recommendation"] = QVariant(); });
        row("recommend-open-major: no action", "signed", "signed.recommend-open-major", true,
            [](AuditSnapshot& s) { addFinding(s, "NC-01", "major", LinkKind::Clause, "8.1"); });
        row("recommend-open-major: action only implemented", "signed", "signed.recommend-open-major", true,
            [](AuditSnapshot& s) {
                addAction(s, addFinding(s, "NC-01", "major", LinkKind::Clause, "8.1"), "implemented");
            });
        row("recommend-open-major: verified", "signed", "signed.recommend-open-major", false, [](AuditSnapshot& s) {
            addAction(s, addFinding(s, "NC-01", "major", LinkKind::Clause, "8.1"), "verified-effective");
        });
        row("recommend-open-major: after verification", "signed", "signed.recommend-open-major", false,
            [](AuditSnapshot& s) {
                s.audit.values["recommendation"] = QStringLiteral("recommend-after-verification");
                addFinding(s, "NC-01", "major", LinkKind::Clause, "8.1");
            });
        row("recommend-open-minor: plan only submitted", "signed", "signed.recommend-open-minor", true,
            [](AuditSnapshot& s) {
                addAction(s, addFinding(s, "NC-01", "minor", LinkKind::Clause, "8.1"), "plan-submitted");
            });
        row("recommend-open-minor: accepted", "signed", "signed.recommend-open-minor", false, [](AuditSnapshot& s) {
            addAction(s, addFinding(s, "NC-01", "minor", LinkKind::Clause, "8.1"), "plan-accepted");
        });
        // Signing with a plan still awaited is allowed when the recommendation says it is conditional.
        row("recommend-open-minor: conditional recommendation", "signed", "signed.recommend-open-minor", false,
            [](AuditSnapshot& s) {
                s.audit.values["recommendation"] = QStringLiteral("recommend-after-verification");
                addFinding(s, "NC-01", "minor", LinkKind::Clause, "8.1");
            });
        row("recommend-open-minor: do-not-recommend", "signed", "signed.recommend-open-minor", false,
            [](AuditSnapshot& s) {
                s.audit.values["recommendation"] = QStringLiteral("do-not-recommend");
                addFinding(s, "NC-01", "minor", LinkKind::Clause, "8.1");
            });
        row("actions-awaited: a minor's plan", "signed", "signed.actions-awaited", true, [](AuditSnapshot& s) {
            s.audit.values["recommendation"] = QStringLiteral("recommend-after-verification");
            addAction(s, addFinding(s, "NC-01", "minor", LinkKind::Clause, "8.1"), "plan-submitted");
        });
        row("actions-awaited: all plans accepted", "signed", "signed.actions-awaited", false, [](AuditSnapshot& s) {
            s.audit.values["recommendation"] = QStringLiteral("recommend-after-verification");
            addAction(s, addFinding(s, "NC-01", "minor", LinkKind::Clause, "8.1"), "plan-accepted");
        });
        row("major-six-months: unverified past the limit", "signed", "signed.major-six-months", true,
            [](AuditSnapshot& s) {
                s.today = QDate(2026, 9, 5); // the ready Stage 2 ended 2026-03-04
                s.audit.values["recommendation"] = QStringLiteral("recommend-after-verification");
                addFinding(s, "NC-01", "major", LinkKind::Clause, "8.1");
            });
        row("major-six-months: on the last day", "signed", "signed.major-six-months", false, [](AuditSnapshot& s) {
            s.today = QDate(2026, 9, 4);
            s.audit.values["recommendation"] = QStringLiteral("recommend-after-verification");
            addFinding(s, "NC-01", "major", LinkKind::Clause, "8.1");
        });
        row("major-six-months: verified in time", "signed", "signed.major-six-months", false, [](AuditSnapshot& s) {
            s.today = QDate(2026, 12, 1);
            addAction(s, addFinding(s, "NC-01", "major", LinkKind::Clause, "8.1"), "verified-effective");
        });
        row("major-six-months: not recommended", "signed", "signed.major-six-months", false, [](AuditSnapshot& s) {
            s.today = QDate(2026, 12, 1);
            s.audit.values["recommendation"] = QStringLiteral("do-not-recommend");
            addFinding(s, "NC-01", "major", LinkKind::Clause, "8.1");
        });
        row("major-six-months: a surveillance audit", "signed", "signed.major-six-months", false, [](AuditSnapshot& s) {
            s.today = QDate(2026, 12, 1);
            setAuditType(s, QStringLiteral("surveillance"));
            s.audit.values["recommendation"] = QStringLiteral("recommend-after-verification");
            addFinding(s, "NC-01", "major", LinkKind::Clause, "8.1");
        });
        row("lead-auditor at signing: none", "signed", "signed.lead-auditor", true,
            [](AuditSnapshot& s) { s.team[0].values["name"] = QString(); });
        row("recommendation-consistent: nothing to verify", "signed", "signed.recommendation-consistent", true,
            [](AuditSnapshot& s) {
                s.audit.values["recommendation"] = QStringLiteral("recommend-after-verification");
            });
        row("recommendation-consistent: refusal without a major", "signed", "signed.recommendation-consistent", true,
            [](AuditSnapshot& s) { s.audit.values["recommendation"] = QStringLiteral("do-not-recommend"); });
        row("recommendation-consistent: refusal with a major", "signed", "signed.recommendation-consistent", false,
            [](AuditSnapshot& s) {
                s.audit.values["recommendation"] = QStringLiteral("do-not-recommend");
                addFinding(s, "NC-01", "major", LinkKind::Clause, "8.1");
            });
        row("recommendation-rationale: none", "signed", "signed.recommendation-rationale", true,
            [](AuditSnapshot& s) { s.audit.values["recommendation_rationale"] = QString(); });
        // Outcomes by audit type (core/domain/Outcomes.h).
        row("outcome-fits-type: certification at Stage 1", "signed", "signed.outcome-fits-type", true,
            [](AuditSnapshot& s) { setAuditType(s, QStringLiteral("stage1")); });
        row("outcome-fits-type: readiness at Stage 1", "signed", "signed.outcome-fits-type", false,
            [](AuditSnapshot& s) {
                setAuditType(s, QStringLiteral("stage1"));
                s.audit.values["recommendation"] = QStringLiteral("ready-for-stage2");
            });
        row("recommend-open-major: continuation with an open major", "signed", "signed.recommend-open-major", true,
            [](AuditSnapshot& s) {
                setAuditType(s, QStringLiteral("surveillance"));
                s.audit.values["recommendation"] = QStringLiteral("continuation-recommended");
                addFinding(s, "NC-01", "major", LinkKind::Clause, "8.1");
            });
        row("recommend-open-minor: renewal with a plan awaited", "signed", "signed.recommend-open-minor", true,
            [](AuditSnapshot& s) {
                setAuditType(s, QStringLiteral("recertification"));
                s.audit.values["recommendation"] = QStringLiteral("renewal-recommended");
                addAction(s, addFinding(s, "NC-01", "minor", LinkKind::Clause, "8.1"), "plan-submitted");
            });
        row("ready-with-open-concerns: ready despite a concern", "signed", "signed.ready-with-open-concerns", true,
            [](AuditSnapshot& s) {
                setAuditType(s, QStringLiteral("stage1"));
                s.audit.values["recommendation"] = QStringLiteral("ready-for-stage2");
                addFinding(s, "AOC-01", "area-of-concern", LinkKind::Clause, "6.1.2");
            });
        row("ready-with-open-concerns: ready once addressed", "signed", "signed.ready-with-open-concerns", false,
            [](AuditSnapshot& s) {
                setAuditType(s, QStringLiteral("stage1"));
                s.audit.values["recommendation"] = QStringLiteral("ready-after-concerns");
                addFinding(s, "AOC-01", "area-of-concern", LinkKind::Clause, "6.1.2");
            });
        row("special-closed-open: closed with an unverified action", "signed", "signed.special-closed-open", true,
            [](AuditSnapshot& s) {
                setAuditType(s, QStringLiteral("special"));
                s.audit.values["recommendation"] = QStringLiteral("nonconformities-closed");
                addAction(s, addFinding(s, "NC-01", "minor", LinkKind::Clause, "8.1"), "plan-accepted");
            });
        row("special-closed-open: closed and verified", "signed", "signed.special-closed-open", false,
            [](AuditSnapshot& s) {
                setAuditType(s, QStringLiteral("special"));
                s.audit.values["recommendation"] = QStringLiteral("nonconformities-closed");
                addAction(s, addFinding(s, "NC-01", "minor", LinkKind::Clause, "8.1"), "verified-effective");
            });
        row("special-names-nonconformities: none recorded", "signed", "signed.special-names-nonconformities", true,
            [](AuditSnapshot& s) {
                setAuditType(s, QStringLiteral("special"));
                s.audit.values["recommendation"] = QStringLiteral("nonconformities-closed");
            });
        row("special-names-nonconformities: one followed up", "signed", "signed.special-names-nonconformities",
            false, [](AuditSnapshot& s) {
                setAuditType(s, QStringLiteral("special"));
                s.audit.values["recommendation"] = QStringLiteral("nonconformities-not-closed");
                addFinding(s, "NC-01", "major", LinkKind::Clause, "8.1");
            });
        auto carriedMajor = [](AuditSnapshot& s, const char* verdict, bool deferred) {
            Record c{RecordKind::CarriedFinding, QUuid::createUuid().toString(QUuid::WithoutBraces), {}, {}, {}};
            c.values = {{"ref", "NC-01"}, {"grade", deferred ? "minor" : "major"}, {"origin_type", "stage2"},
                        {"verification", verdict ? QVariant(QString::fromLatin1(verdict)) : QVariant()},
                        {"deferred", deferred}};
            s.carriedFindings << c;
        };
        row("special-closed-open: an earlier major not effective", "signed", "signed.special-closed-open", true,
            [=](AuditSnapshot& s) {
                setAuditType(s, QStringLiteral("special"));
                s.audit.values["recommendation"] = QStringLiteral("nonconformities-closed");
                carriedMajor(s, "not-effective", false);
            });
        row("special-closed-open: earlier major effective, a minor deferred", "signed", "signed.special-closed-open",
            false, [=](AuditSnapshot& s) {
                setAuditType(s, QStringLiteral("special"));
                s.audit.values["recommendation"] = QStringLiteral("nonconformities-closed");
                carriedMajor(s, "effective", false);
                carriedMajor(s, nullptr, true);
            });
        row("special-names-nonconformities: an earlier major verified", "signed",
            "signed.special-names-nonconformities", false, [=](AuditSnapshot& s) {
                setAuditType(s, QStringLiteral("special"));
                s.audit.values["recommendation"] = QStringLiteral("nonconformities-closed");
                carriedMajor(s, "effective", false);
            });
        row("recommendation-consistent: conditional for an awaited plan", "signed",
            "signed.recommendation-consistent", false, [](AuditSnapshot& s) {
                s.audit.values["recommendation"] = QStringLiteral("recommend-after-verification");
                addAction(s, addFinding(s, "NC-01", "minor", LinkKind::Clause, "8.1"), "plan-submitted");
            });
        row("area-of-concern-stage1: at Stage 2", "reporting", "reporting.area-of-concern-stage1", true,
            [](AuditSnapshot& s) { addFinding(s, "AOC-01", "area-of-concern", LinkKind::Clause, "6.1.2"); });
        row("area-of-concern-stage1: at Stage 1", "reporting", "reporting.area-of-concern-stage1", false,
            [](AuditSnapshot& s) {
                setAuditType(s, QStringLiteral("stage1"));
                addFinding(s, "AOC-01", "area-of-concern", LinkKind::Clause, "6.1.2");
            });
        row("stage1-nonconformity: a minor at Stage 1", "reporting", "reporting.stage1-nonconformity", true,
            [](AuditSnapshot& s) {
                setAuditType(s, QStringLiteral("stage1"));
                addFinding(s, "NC-01", "minor", LinkKind::Clause, "8.1");
            });
        row("stage1-nonconformity: a minor at Stage 2", "reporting", "reporting.stage1-nonconformity", false,
            [](AuditSnapshot& s) { addFinding(s, "NC-01", "minor", LinkKind::Clause, "8.1"); });
        // The report's content (core/domain/ReportContent.h): each item unanswered, for a type that asks for it,
        // and for one that does not.
        for (const ReportContentItem& item : ReportContent::items()) {
            const QString id = WorkflowRules::reportContentRuleId(item.column);
            const QString type = item.auditTypes.first();
            QTest::newRow(qPrintable(id + QStringLiteral(": unanswered"))) << QStringLiteral("signed") << id << true
                << Mutation([item, type](AuditSnapshot& s) {
                       setAuditType(s, type);
                       s.audit.values[item.column] = QVariant();
                   });
            QTest::newRow(qPrintable(id + QStringLiteral(": answered"))) << QStringLiteral("signed") << id << false
                << Mutation([type](AuditSnapshot& s) { setAuditType(s, type); });
            if (!item.remarkColumn.isEmpty())
                QTest::newRow(qPrintable(id + QStringLiteral(": no without a reason")))
                    << QStringLiteral("signed") << id << true << Mutation([item, type](AuditSnapshot& s) {
                           setAuditType(s, type);
                           s.audit.values[item.column] = QStringLiteral("no");
                           s.audit.values[item.remarkColumn] = QString();
                       });
            const QStringList others = [&] {
                QStringList out;
                for (const QString& t : Enums::auditTypes) {
                    if (!item.auditTypes.contains(t))
                        out << t;
                }
                return out;
            }();
            if (!others.isEmpty())
                QTest::newRow(qPrintable(id + QStringLiteral(": not asked of ") + others.first()))
                    << QStringLiteral("signed") << id << false << Mutation([item, others](AuditSnapshot& s) {
                           setAuditType(s, others.first());
                           s.audit.values[item.column] = QVariant();
                       });
        }
    }

    void rule()
    {
        QFETCH(QString, target);
        QFETCH(QString, ruleId);
        QFETCH(bool, violated);
        QFETCH(Mutation, mutate);
        AuditSnapshot s = m_ready;
        mutate(s);
        const QStringList reported = ids(s, target);
        QVERIFY2(reported.contains(ruleId) == violated, qPrintable(reported.join(QStringLiteral(", "))));
        if (violated) {
            auto violations = RuleEngine::evaluate(s, target);
            for (const auto& v : violations.value()) {
                if (v.ruleId == ruleId) {
                    QVERIFY(!v.message.isEmpty());
                    QVERIFY(!v.clause.isEmpty());
                }
            }
        }
    }

    /// The certification cycle's rules (CycleRules.cpp): each row breaks or keeps the one thing a rule guards.
    void cycleRule_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<bool>("violated");
        QTest::addColumn<Mutation>("mutate");
        auto row = [](const char* name, const char* target, const char* rule, bool violated, Mutation m) {
            QTest::newRow(name) << QString::fromLatin1(target) << QString::fromLatin1(rule) << violated << m;
        };
        auto carried = [](AuditSnapshot& s, const QString& verdict, bool deferred = false) -> Record& {
            Record c{RecordKind::CarriedFinding, QUuid::createUuid().toString(QUuid::WithoutBraces), {}, {}, {}};
            c.values = {{"ref", "NC-02"}, {"grade", "minor"}, {"origin_type", "stage2"},
                        {"verification", verdict.isEmpty() ? QVariant() : QVariant(verdict)},
                        {"deferred", deferred}};
            c.links = {{LinkKind::Clause, {"8.1"}}};
            s.carriedFindings << c;
            return s.carriedFindings.last();
        };
        const char* verified = "reporting.earlier-nonconformities-verified";
        row("earlier: not verified at surveillance", "reporting", verified, true, [=](AuditSnapshot& s) {
            surveillanceCoreOnly(s);
            carried(s, {});
        });
        row("earlier: verified", "reporting", verified, false, [=](AuditSnapshot& s) {
            surveillanceCoreOnly(s);
            carried(s, QStringLiteral("still-open"));
        });
        row("earlier: deferred through a special audit", "reporting", verified, false, [=](AuditSnapshot& s) {
            setAuditType(s, QStringLiteral("special"));
            carried(s, {}, true);
        });
        row("earlier: not verified at recertification", "reporting", verified, true, [=](AuditSnapshot& s) {
            setAuditType(s, QStringLiteral("recertification"));
            carried(s, {});
        });
        const char* again = "reporting.not-effective-raised-again";
        row("not effective: not raised again", "reporting", again, true,
            [=](AuditSnapshot& s) { carried(s, QStringLiteral("not-effective")); });
        row("not effective: raised again", "reporting", again, false, [=](AuditSnapshot& s) {
            const QString uuid = addFinding(s, "NC-05", "minor", LinkKind::Clause, "8.1");
            carried(s, QStringLiteral("not-effective")).values["reraised_as"] = uuid;
        });
        row("not effective: raised finding deleted", "reporting", again, true, [=](AuditSnapshot& s) {
            carried(s, QStringLiteral("not-effective")).values["reraised_as"] = QStringLiteral("gone");
        });
        const char* coverage = "fieldwork.programme-coverage";
        row("coverage: last audit of the cycle leaves items", "fieldwork", coverage, true, surveillanceCoreOnly);
        row("coverage: audits remain in the cycle", "fieldwork", coverage, false, [](AuditSnapshot& s) {
            surveillanceCoreOnly(s);
            s.programmeAudits << Record{RecordKind::ProgrammeAudit, "p", {},
                                        {{"audit_type", "recertification"}, {"status", "planned"}, {"cycle", 1}}, {}};
        });
        row("coverage: history covered the rest", "fieldwork", coverage, false, [](AuditSnapshot& s) {
            surveillanceCoreOnly(s);
            QStringList clauses;
            QStringList controls;
            for (const auto& c : s.clauses)
                clauses << c.text("clause_id");
            for (const auto& e : s.soa)
                controls << e.text("control_id");
            s.programmeAudits << Record{RecordKind::ProgrammeAudit, "h", {},
                                        {{"audit_type", "stage2"}, {"status", "completed"}, {"cycle", 1}},
                                        {{LinkKind::Clause, clauses}, {LinkKind::Control, controls}}};
        });
        row("coverage: history of an earlier cycle does not count", "fieldwork", coverage, true, [](AuditSnapshot& s) {
            surveillanceCoreOnly(s);
            QStringList clauses;
            for (const auto& c : s.clauses)
                clauses << c.text("clause_id");
            s.programmeAudits << Record{RecordKind::ProgrammeAudit, "h", {},
                                        {{"audit_type", "stage2"}, {"status", "completed"}, {"cycle", 2}},
                                        {{LinkKind::Clause, clauses}}};
        });
        row("coverage: not a Stage 2 rule", "fieldwork", coverage, false, [](AuditSnapshot&) {});
        const char* decision = "fieldwork.certification-decision-date";
        row("decision date: unknown at surveillance", "fieldwork", decision, true, surveillanceCoreOnly);
        row("decision date: given", "fieldwork", decision, false, [](AuditSnapshot& s) {
            surveillanceCoreOnly(s);
            s.programme.values["decision_date"] = QStringLiteral("2025-04-01");
        });
        const char* window = "fieldwork.audit-within-window";
        row("window: starts after due date", "fieldwork", window, true, [](AuditSnapshot& s) {
            for (auto& r : s.programmeAudits)
                r.values["due_by"] = QStringLiteral("2026-03-01");
        });
        row("window: starts on the due date", "fieldwork", window, false, [](AuditSnapshot& s) {
            for (auto& r : s.programmeAudits)
                r.values["due_by"] = QStringLiteral("2026-03-02");
        });
    }

    void cycleRule() { rule(); }

    /// The engine's rules are exactly those rule_data() covers, in lifecycle order.
    void everyRuleHasANegativeRow()
    {
        // The ids rule_data() covers with a violating row; a new rule must be added here and there.
        QStringList covered{"fieldwork.client",
                                  "fieldwork.scope",
                                  "fieldwork.audit-type",
                                  "fieldwork.dates",
                                  "fieldwork.lead-auditor",
                                  "fieldwork.plan-coverage",
                                  "fieldwork.surveillance-coverage",
                                  "fieldwork.plan-auditors",
                                  "fieldwork.controls-sampled",
                                  "reporting.clause-verdicts",
                                  "reporting.control-verdicts",
                                  "reporting.verdict-evidence",
                                  "reporting.soa-decided",
                                  "reporting.exclusions-justified",
                                  "reporting.nonconformities-covered",
                                  "reporting.verdict-contradicts-finding",
                                  "reporting.effective-not-implemented",
                                  "reporting.findings-complete",
                                  "reporting.crosschecks-resolved",
                                  "reporting.consider-major",
                                  "reporting.area-of-concern-stage1",
                                  "reporting.stage1-nonconformity",
                                  "signed.recommendation-recorded",
                                  "signed.outcome-fits-type",
                                  "signed.recommend-open-major",
                                  "signed.recommend-open-minor",
                                  "signed.actions-awaited",
                                  "signed.major-six-months",
                                  "signed.ready-with-open-concerns",
                                  "signed.special-closed-open",
                                  "signed.special-names-nonconformities",
                                  "signed.lead-auditor",
                                  "signed.recommendation-consistent",
                                  "signed.recommendation-rationale"};
        for (const ReportContentItem& item : ReportContent::items())
            covered << WorkflowRules::reportContentRuleId(item.column);
        covered << "reporting.earlier-nonconformities-verified" << "reporting.not-effective-raised-again"
                << "fieldwork.programme-coverage" << "fieldwork.certification-decision-date"
                << "fieldwork.audit-within-window";
        QStringList engine;
        for (const auto& r : RuleEngine::rules()) {
            if (RuleEngine::isSoc2Rule(r))
                continue; // tests/core/tst_soc2rules.cpp covers the SOC 2 engagement's rules
            engine << r.id;
            QVERIFY2(!r.clause.isEmpty(), qPrintable(r.id));
        }
        QCOMPARE(engine, covered);
    }

    void severities()
    {
        QSet<QString> warnings;
        for (const auto& r : RuleEngine::rules()) {
            if (r.severity == Severity::Warning && !RuleEngine::isSoc2Rule(r))
                warnings << r.id;
        }
        QCOMPARE(warnings,
                 (QSet<QString>{"fieldwork.plan-auditors", "fieldwork.controls-sampled", "reporting.consider-major",
                                "signed.actions-awaited", "signed.recommendation-consistent",
                                "signed.recommendation-rationale", "reporting.stage1-nonconformity",
                                "signed.ready-with-open-concerns", "report.audit-combination", "report.marks-use",
                                "report.unresolved-issues", "fieldwork.programme-coverage",
                                "fieldwork.certification-decision-date", "fieldwork.audit-within-window"}));
    }

    void recommendWithOpenMajorSaysSo()
    {
        AuditSnapshot s = m_ready;
        control(s, "8.8").values["verdict"] = QStringLiteral("nonconform");
        addFinding(s, "NC-07", "major", LinkKind::Control, "8.8");
        auto violations = RuleEngine::evaluate(s, QStringLiteral("signed"));
        QVERIFY(violations.ok());
        QVERIFY(RuleEngine::hasBlocker(violations.value()));
        const auto blockers = RuleEngine::blockers(violations.value());
        QCOMPARE(blockers.size(), 1);
        QCOMPARE(blockers.first().ruleId, QStringLiteral("signed.recommend-open-major"));
        QVERIFY(blockers.first().message.contains(QStringLiteral("Recommend certification\u201D is impossible")));
        QVERIFY(blockers.first().message.contains(QStringLiteral("NC-07 (A.8.8)")));
    }

    void unknownTargetIsRefused()
    {
        auto violations = RuleEngine::evaluate(m_ready, QStringLiteral("archived"));
        QVERIFY(!violations.ok());
        QVERIFY(violations.error().contains(QStringLiteral("archived")));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowRules)
#include "tst_workflow_rules.moc"
