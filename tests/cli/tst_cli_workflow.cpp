// SPDX-License-Identifier: GPL-3.0-or-later
// A scripted audit from planning to signed through isoaudit-cli: check, advance, crosscheck (raise, dismiss),
// classify, a refused "recommend" with an open major, signing the report (the only way to `signed`; `advance --to
// signed` is refused), the signed file refusing writes, and reopen. The auditor's data entry between the steps goes
// through core, as the GUI's would. QTEST_MAIN: the shared test PKI helper links QPdfWriter.
#include "TestPki.h"
#include "core/WorkflowFixture.h"

#include "workflow/CorrectiveActions.h"
#include "workflow/Lifecycle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestCliWorkflow : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    static Run cli(const QStringList& args)
    {
        QProcess process;
        process.start(QStringLiteral(ISOAUDIT_CLI), args);
        process.waitForFinished(60000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    static QJsonObject json(const Run& run)
    {
        QJsonParseError error;
        const auto document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", qPrintable(run.out));
        return document.object();
    }

    static QStringList ids(const QJsonObject& check)
    {
        QStringList result;
        for (const auto& v : check.value("unmet").toArray())
            result << v.toObject().value("id").toString();
        return result;
    }

    static QString info(const QString& path, const QString& key)
    {
        for (const QString& line : cli({"info", path}).out.split('\n')) {
            if (line.startsWith(key + '\t'))
                return line.section('\t', 1);
        }
        return {};
    }

    QTemporaryDir m_dir;
    test::TestPki m_pki;

    QStringList signArgs(const QString& audit, const QString& output)
    {
        return {"sign",       audit,
                "-o",         output,
                "--p12",      m_pki.p12(QStringLiteral("lead")),
                "--pass-env", "ISOAUDIT_TEST_PASS"};
    }

    QString newAudit(const QString& name, bool withScope = true)
    {
        const QString path = m_dir.filePath(name);
        QStringList args{"new",           path,      "--client",   "Contoso Ltd", "--type",    "stage2", "--lead",
                         "Alice Auditor", "--start", "2026-03-02", "--end",       "2026-03-04"};
        if (withScope)
            args << "--scope"
                 << "Head office IT operations";
        const Run created = cli(args);
        if (created.code != 0)
            qWarning("%s", qPrintable(created.err));
        return path;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pki.create(&error), qPrintable(error));
        qputenv("ISOAUDIT_TEST_PASS", test::TestPki::passphrase); // inherited by every isoaudit-cli run
    }

    void scriptedAuditFromPlanningToSigned()
    {
        const QString path = newAudit("audit.isoaudit");
        QCOMPARE(info(path, "lifecycle"), QStringLiteral("planning"));

        // Planning: only warnings, so `check` says ready (exit 0) and lists them.
        Run check = cli({"check", path, "--for", "fieldwork", "--format", "json"});
        QCOMPARE(check.code, 0);
        QJsonObject report = json(check);
        QCOMPARE(report.value("for").toString(), QStringLiteral("fieldwork"));
        QCOMPARE(report.value("ready").toBool(), true);
        QCOMPARE(report.value("blockers").toInt(), 0);
        QCOMPARE(ids(report), (QStringList{"fieldwork.plan-auditors", "fieldwork.controls-sampled"}));
        const QJsonObject first = report.value("unmet").toArray().first().toObject();
        QCOMPARE(first.value("severity").toString(), QStringLiteral("warning"));
        QVERIFY(!first.value("clause").toString().isEmpty());
        QVERIFY(!first.value("message").toString().isEmpty());

        Run moved = cli({"advance", path, "--to", "fieldwork"});
        QCOMPARE(moved.code, 0);
        QVERIFY(moved.out.contains("now in fieldwork"));

        // Fieldwork: the auditor records the plan, verdicts and evidence; the client's risk R-001 is untreated and
        // the objectives (6.2) were not shown as a document.
        {
            auto store = Lifecycle::open(path);
            QVERIFY(store.ok());
            QVERIFY(testing::fillReadyAudit(*store.value()).ok());
            AuditStore& s = *store.value();
            QVERIFY(
                s.setField(RecordKind::Risk, s.uuidForKey(RecordKind::Risk, "R-001").value(), "treatment", "").ok());
            const QString manual = s.records(RecordKind::Evidence)->first().uuid;
            QStringList clauses = s.record(RecordKind::Evidence, manual)->linked(LinkKind::Clause);
            clauses.removeAll("6.2");
            QVERIFY(s.setLinks(RecordKind::Evidence, manual, LinkKind::Clause, clauses).ok());
            Record interview{
                RecordKind::Interview, {}, {}, {{"interviewee", "Dana CISO"}}, {{LinkKind::Clause, {"6.2"}}}};
            QVERIFY(s.insert(interview).ok());
        }
        check = cli({"check", path, "--for", "reporting"});
        QCOMPARE(check.code, 1);
        QVERIFY(check.out.contains("blocker\treporting.crosschecks-resolved"));
        QVERIFY(check.out.contains("not ready for reporting"));
        Run refused = cli({"advance", path, "--to", "reporting"});
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.err.contains("reporting.crosschecks-resolved"));
        QCOMPARE(info(path, "lifecycle"), QStringLiteral("fieldwork"));

        Run checks = cli({"crosscheck", path, "--format", "json"});
        QCOMPARE(checks.code, 0);
        QJsonObject results = json(checks);
        QCOMPARE(results.value("open").toInt(), 2);
        QStringList keys;
        for (const auto& v : results.value("results").toArray()) {
            const QJsonObject r = v.toObject();
            keys << r.value("key").toString();
            QCOMPARE(r.value("state").toString(), QStringLiteral("open"));
            QVERIFY(!r.value("clause").toString().isEmpty());
        }
        QCOMPARE(keys, (QStringList{"risk.untreated-above-threshold:R-001", "docinfo.not-sighted:6.2"}));
        const Run text = cli({"crosscheck", path});
        QVERIFY(text.out.contains("open\trisk.untreated-above-threshold:R-001\t6.1.3 a), 8.3\tmajor\t"));

        Run raised = cli({"crosscheck", path, "--raise", "risk.untreated-above-threshold:R-001"});
        QCOMPARE(raised.code, 0);
        QVERIFY(raised.out.contains("as finding NC-01 (major)"));
        {
            // The major names 6.1.3 and 8.3, so they are no longer conform (reporting.verdict-contradicts-finding).
            auto store = Lifecycle::open(path);
            QVERIFY(store.ok());
            AuditStore& s = *store.value();
            for (const char* id : {"6.1.3", "8.3"})
                QVERIFY(s.setField(RecordKind::ClauseAssessment, s.uuidForKey(RecordKind::ClauseAssessment, id).value(),
                                   "verdict", "nonconform")
                            .ok());
        }
        Run noReason = cli({"crosscheck", path, "--dismiss", "docinfo.not-sighted:6.2", "--reason", ""});
        QCOMPARE(noReason.code, 1);
        QVERIFY(noReason.err.contains("reason"));
        Run dismissed = cli({"crosscheck", path, "--dismiss", "docinfo.not-sighted:6.2", "--reason",
                             "Objectives 2026 sighted on the intranet during the CISO interview"});
        QCOMPARE(dismissed.code, 0);
        results = json(cli({"crosscheck", path, "--format", "json"}));
        QCOMPARE(results.value("open").toInt(), 0);
        QCOMPARE(results.value("results").toArray().at(0).toObject().value("finding").toString(),
                 QStringLiteral("NC-01"));
        QCOMPARE(results.value("results").toArray().at(1).toObject().value("dismissalReason").toString(),
                 QStringLiteral("Objectives 2026 sighted on the intranet during the CISO interview"));

        // The classification assistant, on the facts and on the raised finding (stored beside the grade).
        Run classify = cli({"classify", "--isolated", "--failed", "1", "--sampled", "20"});
        QCOMPARE(classify.code, 0);
        QVERIFY(classify.out.startsWith("minor\n"));
        Run onFinding = cli({"classify", "--finding", path, "NC-01", "--systemic", "--format", "json"});
        QCOMPARE(onFinding.code, 0);
        QCOMPARE(json(onFinding).value("grade").toString(), QStringLiteral("major"));
        // A failure rate makes a major only under the certification body's policy, and the rationale says so.
        Run noPolicy = cli({"classify", "--isolated", "--failed", "3", "--sampled", "10"});
        QVERIFY2(noPolicy.out.startsWith("minor\n"), qPrintable(noPolicy.out));
        Run policy = cli({"classify", "--isolated", "--failed", "3", "--sampled", "10", "--policy-failure-rate", "20"});
        QCOMPARE(policy.code, 0);
        QVERIFY2(policy.out.startsWith("major\n"), qPrintable(policy.out));
        QVERIFY(policy.out.contains("certification body's sampling policy"));

        QCOMPARE(cli({"check", path, "--for", "reporting"}).code, 0);
        QCOMPARE(cli({"advance", path, "--to", "reporting"}).code, 0);
        QCOMPARE(info(path, "lifecycle"), QStringLiteral("reporting"));

        // Reporting: "recommend" with the open major NC-01 is refused, and says so.
        check = cli({"check", path, "--for", "signed", "--format", "json"});
        QCOMPARE(check.code, 1);
        QVERIFY(ids(json(check)).contains("signed.recommend-open-major"));
        const QString signedPdf = m_dir.filePath("report.pdf");
        refused = cli(signArgs(path, signedPdf));
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("Recommend certification\u201D is impossible while a major "
                                                     "nonconformity lacks a verified corrective action: NC-01")),
                 qPrintable(refused.err));
        QCOMPARE(info(path, "lifecycle"), QStringLiteral("reporting"));
        QVERIFY(!QFile::exists(signedPdf));

        // The client corrects it and the auditor verifies the action.
        {
            auto store = Lifecycle::open(path);
            QVERIFY(store.ok());
            AuditStore& s = *store.value();
            const QString finding = s.uuidForKey(RecordKind::Finding, "NC-01").value();
            QCOMPARE(s.record(RecordKind::Finding, finding)->text("suggested_grade"), QStringLiteral("major"));
            const QDateTime when(QDate(2026, 3, 20), QTime(10, 0), Qt::UTC);
            auto action = CorrectiveActions::create(
                s, finding, {"Treat R-001", "No review of new risks", "Monthly risk review", "CIO", {}},
                "Alice Auditor", when);
            QVERIFY(action.ok());
            for (const QString step : {"plan-submitted", "plan-accepted", "implemented", "verified-effective"})
                QVERIFY(CorrectiveActions::setStatus(s, action.value(), step, "Alice Auditor", when).ok());
        }
        // Ready now, but `advance` never signs: only signing the report does.
        QCOMPARE(cli({"check", path, "--for", "signed"}).code, 0);
        refused = cli({"advance", path, "--to", "signed"});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("An audit becomes signed by signing its report: use `isoaudit-cli sign`"),
                 qPrintable(refused.err));
        QCOMPARE(info(path, "lifecycle"), QStringLiteral("reporting"));
        moved = cli(signArgs(path, signedPdf));
        QVERIFY2(moved.code == 0, qPrintable(moved.err));
        QCOMPARE(info(path, "lifecycle"), QStringLiteral("signed"));
        QCOMPARE(info(path, "reportRevisions"), QStringLiteral("1"));
        const Run verified = cli({"verify", signedPdf, "--audit", path});
        QVERIFY2(verified.code == 0, qPrintable(verified.err));

        // Signed: the file is the record.
        Run write = cli({"crosscheck", path, "--undismiss", "docinfo.not-sighted:6.2"});
        QCOMPARE(write.code, 1);
        QVERIFY(write.err.contains("The audit is signed"));
        write = cli({"classify", "--finding", path, "NC-01", "--isolated"});
        QCOMPARE(write.code, 2);
        QVERIFY(write.err.contains("The audit is signed"));
        {
            auto store = Lifecycle::open(path);
            QVERIFY(store.ok());
            auto audit = store.value()->audit().value();
            auto blocked = store.value()->setField(RecordKind::Audit, audit.uuid, "client", "Someone else");
            QVERIFY(!blocked.ok());
            QVERIFY(blocked.error().contains("The audit is signed"));
        }
        QCOMPARE(cli({"advance", path, "--to", "reporting"}).code, 1);

        // The audit package carries the workflow: state, recommendation, dismissals, facts, history, revisions.
        const QString package = m_dir.filePath("signed.json");
        QCOMPARE(cli({"export", path, "-o", package}).code, 0);
        const QString copy = m_dir.filePath("imported.isoaudit");
        const Run imported = cli({"import-package", copy, package});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QCOMPARE(info(copy, "lifecycle"), QStringLiteral("signed"));
        QCOMPARE(info(copy, "reportRevisions"), QStringLiteral("1"));
        QCOMPARE(info(copy, "actionHistory"), QStringLiteral("5"));
        QCOMPARE(info(copy, "crosscheckDismissals"), QStringLiteral("1"));
        {
            auto store = Lifecycle::open(copy);
            QVERIFY(store.ok());
            AuditStore& s = *store.value();
            QCOMPARE(s.audit()->text("recommendation"), QStringLiteral("recommend"));
            const Record finding
                = s.record(RecordKind::Finding, s.uuidForKey(RecordKind::Finding, "NC-01").value()).value();
            QCOMPARE(finding.text("nature"), QStringLiteral("systemic"));
            QCOMPARE(finding.text("crosscheck_key"), QStringLiteral("risk.untreated-above-threshold:R-001"));
            QVERIFY(!s.setField(RecordKind::Finding, finding.uuid, "title", "changed").ok());
        }

        // Reopen needs a reason; then the next revision is open for changes.
        QCOMPARE(cli({"reopen", path}).code, 2);
        Run reopened = cli({"reopen", path, "--reason", "The client's name is misspelt on the cover"});
        QCOMPARE(reopened.code, 0);
        QVERIFY(reopened.out.contains("report revision 2"));
        QCOMPARE(info(path, "lifecycle"), QStringLiteral("reporting"));
        QCOMPARE(cli({"crosscheck", path, "--undismiss", "docinfo.not-sighted:6.2"}).code, 0);
    }

    void missingScopeBlocksFieldwork()
    {
        const QString path = newAudit("noscope.isoaudit", false);
        const Run check = cli({"check", path, "--for", "fieldwork"});
        QCOMPARE(check.code, 1);
        QVERIFY(check.out.contains("blocker\tfieldwork.scope\t4.3\t"));
        const Run refused = cli({"advance", path, "--to", "fieldwork"});
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.err.contains("fieldwork.scope"));
        QCOMPARE(info(path, "lifecycle"), QStringLiteral("planning"));
    }

    void jsonIsStable()
    {
        const QString path = newAudit("stable.isoaudit");
        const Run a = cli({"check", path, "--for", "reporting", "--format", "json"});
        const Run b = cli({"check", path, "--for", "reporting", "--format", "json"});
        QCOMPARE(a.code, 1);
        QCOMPARE(a.out, b.out);
        const Run c = cli({"crosscheck", path, "--format", "json"});
        QCOMPARE(c.out, cli({"crosscheck", path, "--format", "json"}).out);
        QCOMPARE(json(c).value("results").toArray().first().toObject().keys(),
                 (QStringList{"check", "clause", "evidence", "key", "message", "state", "subject", "suggestedGrade",
                              "title"}));
    }

    void badUsageIsOneClearLine()
    {
        const QString path = newAudit("usage.isoaudit");
        for (const QStringList& args : QList<QStringList>{{"check", path},
                                                          {"check", path, "--for", "archived"},
                                                          {"check", path, "--for", "reporting", "--format", "xml"},
                                                          {"advance", path},
                                                          {"classify"},
                                                          {"classify", "--isolated", "--systemic"},
                                                          {"classify", "--isolated", "--failed", "3"},
                                                          {"classify", "--isolated", "--failed", "5", "--sampled", "3"},
                                                          {"classify", "--isolated", "--policy-failure-rate", "0"},
                                                          {"classify", "--isolated", "--policy-min-failures", "2"},
                                                          {"crosscheck", path, "--raise", "a", "--dismiss", "b"}}) {
            const Run run = cli(args);
            QVERIFY2(run.code == 2, qPrintable(args.join(' ') + ": " + QString::number(run.code)));
            QCOMPARE(run.err.count('\n'), 1);
            QVERIFY(run.err.startsWith("isoaudit-cli: "));
        }
        const Run skip = cli({"advance", path, "--to", "reporting"});
        QCOMPARE(skip.code, 1);
        QVERIFY(skip.err.contains("one step at a time"));
        const Run toSigned = cli({"advance", path, "--to", "signed"});
        QCOMPARE(toSigned.code, 1);
        QVERIFY(toSigned.err.contains("An audit becomes signed by signing its report"));
        QCOMPARE(info(path, "lifecycle"), QStringLiteral("planning"));
    }
};

QTEST_MAIN(TestCliWorkflow)
#include "tst_cli_workflow.moc"
