// SPDX-License-Identifier: GPL-3.0-or-later
// The certification cycle through the CLI, as a certification body would script it (issue 15's "done when"):
// Stage 1 -> Stage 2 (a major and two minors) -> special audit verifying the major -> surveillance 1 (the minors
// verified, one not effective and raised again) -> surveillance 2 -> recertification. Six files, each started from
// the one before with `new --from`, the findings and their history carried and verified, the programme's coverage
// complete by recertification. What an auditor does between the commands (verdicts, findings, the report's answers)
// is done in-process through the store, as the workbench would.
// QTEST_MAIN (not GUILESS): the shared test PKI helper links QPdfWriter.
#include "TestPki.h"
#include "core/WorkflowFixture.h"

#include "storage/AuditStore.h"
#include "workflow/AuditSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>

using namespace isoaudit;
using namespace isoaudit::test;

namespace {

struct Nc
{
    const char* ref;
    const char* grade;
    const char* control;
};

} // namespace

class TestCliCycle : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    TestPki m_pki;
    QTemporaryDir m_dir;
    QTemporaryDir m_runtime;

    Run cli(const QStringList& args)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        environment.insert(QStringLiteral("ISOAUDIT_TEST_PASS"), QString::fromUtf8(TestPki::passphrase));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ISOAUDIT_CLI), args);
        process.waitForFinished(300000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }
    /// Dates relative to today: the rules judge a Stage 2's majors against the day they are evaluated on.
    static QDate date(int days) { return QDate::currentDate().addDays(days); }
    static QString day(int days) { return date(days).toString(Qt::ISODate); }

    static QJsonValue json(const Run& run) { return QJsonDocument::fromJson(run.out.toUtf8()).isArray()
                                                     ? QJsonValue(QJsonDocument::fromJson(run.out.toUtf8()).array())
                                                     : QJsonValue(QJsonDocument::fromJson(run.out.toUtf8()).object()); }

    /// What the audit team records during the audit: a verdict on every planned item (a nonconformity where a
    /// finding is raised), the client's SoA on a first audit, a risk, an interview, the documents sighted, the
    /// report's answers and the outcome.
    static Status conduct(AuditStore& s, const QList<Nc>& findings, const QString& outcome)
    {
        return s.batch([&]() -> Status {
            QStringList ncControls;
            for (const Nc& nc : findings)
                ncControls << QLatin1String(nc.control);
            QStringList planned;
            const QList<Record> clauses = s.records(RecordKind::ClauseAssessment).value();
            for (const auto& c : clauses) {
                if (!c.flag("planned"))
                    continue;
                planned << c.text("clause_id");
                if (auto ok = s.setFields(RecordKind::ClauseAssessment, c.uuid,
                                          {{"plan_auditor", "Alice Auditor"}, {"verdict", "conform"}});
                    !ok)
                    return ok;
            }
            const QList<Record> soa = s.records(RecordKind::SoaEntry).value();
            for (const auto& e : soa) {
                QVariantMap values;
                if (!e.flag("carried_over")) // the client's SoA, stated at the first audit
                    values = {{"applicable", "yes"},
                              {"justification", "Risk treatment plan RTP-1"},
                              {"implementation", "implemented"}};
                if (e.flag("planned"))
                    values.insert("verdict", ncControls.contains(e.text("control_id")) ? "nonconform" : "effective");
                if (!values.isEmpty()) {
                    if (auto ok = s.setFields(RecordKind::SoaEntry, e.uuid, values); !ok)
                        return ok;
                }
            }
            for (const Nc& nc : findings) {
                const QString control = QLatin1String(nc.control);
                bool planned = false;
                for (const auto& e : soa)
                    planned = planned || (e.text("control_id") == control && e.flag("planned"));
                if (!planned) {
                    const QString uuid = s.uuidForKey(RecordKind::SoaEntry, control).value();
                    if (auto ok = s.setFields(RecordKind::SoaEntry, uuid, {{"planned", true}, {"verdict", "nonconform"}});
                        !ok)
                        return ok;
                }
                Record f{RecordKind::Finding, {}, {}, {}, {}};
                f.values = {{"ref", nc.ref},
                            {"grade", nc.grade},
                            {"title", QStringLiteral("Control %1 not operating").arg(control)},
                            {"requirement", QStringLiteral("ISO/IEC 27001:2022 Annex A %1").arg(control)},
                            {"statement", "Two of ten sampled records lack the control."},
                            {"objective_evidence", "Records REC-4 and REC-9."},
                            {"raised_on", "2026-03-03"}};
                f.links = {{LinkKind::Control, {control}}};
                auto uuid = s.insert(f);
                if (!uuid)
                    return Error{uuid.error()};
                Record action{RecordKind::CorrectiveAction, {}, uuid.value(), {}, {}};
                action.values = {{"correction", "Records completed"},
                                 {"root_cause", "No checklist"},
                                 {"action", "Checklist introduced"},
                                 {"owner", "CISO"},
                                 {"due_date", "2026-05-01"},
                                 {"status", "plan-accepted"}};
                if (auto r = s.insert(action); !r)
                    return Error{r.error()};
            }
            if (s.count(RecordKind::Risk).value() == 0) {
                Record risk{RecordKind::Risk, {}, {}, {}, {}};
                risk.values = {{"ref", "R-001"}, {"asset", "Customer database"}, {"owner", "CIO"}, {"likelihood", 2},
                               {"impact", 2}, {"treatment", "mitigate"}};
                risk.links = {{LinkKind::Control, {"8.8"}}};
                if (auto r = s.insert(risk); !r)
                    return Error{r.error()};
            }
            Record interview{RecordKind::Interview, {}, {}, {{"interviewee", "Bob Admin"}, {"role", "IT manager"}}, {}};
            interview.links = {{LinkKind::Clause, planned.mid(0, 1)}};
            if (auto r = s.insert(interview); !r)
                return Error{r.error()};
            QStringList sampled;
            const QList<Record> entries = s.records(RecordKind::SoaEntry).value();
            for (const auto& e : entries) {
                if (e.flag("planned"))
                    sampled << e.text("control_id");
            }
            Record manual{RecordKind::Evidence, {}, {}, {{"kind", "document"}, {"title", "ISMS manual v3"}}, {}};
            manual.links = {{LinkKind::Clause, planned}, {LinkKind::Control, sampled}};
            if (auto r = s.insert(manual); !r)
                return Error{r.error()};
            const Record audit = s.audit().value();
            QVariantMap values = testing::reportContentAnswers();
            values.insert("recommendation", outcome);
            values.insert("recommendation_rationale", "As the findings and the verification show.");
            values.insert("report_number", QStringLiteral("R-%1").arg(audit.text("audit_type")));
            return s.setFields(RecordKind::Audit, audit.uuid, values);
        });
    }

    /// conduct(), then fieldwork -> reporting -> signed through the CLI; the signed PDF is FILE.pdf.
    void conductAndSign(const QString& file, const QList<Nc>& findings, const QString& outcome)
    {
        {
            auto store = Lifecycle::open(file);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            const Status done = conduct(*store.value(), findings, outcome);
            QVERIFY2(done.ok(), qPrintable(done.error()));
        }
        for (const char* target : {"fieldwork", "reporting"}) {
            const Run run = cli({"advance", file, "--to", QLatin1String(target)});
            QVERIFY2(run.code == 0, qPrintable(file + ": " + run.out + run.err
                                               + cli({"check", file, "--for", QLatin1String(target)}).out));
        }
        const Run signedRun = cli({"sign", file, "-o", file + ".pdf", "--p12", m_pki.p12("lead"), "--pass-env",
                                   "ISOAUDIT_TEST_PASS"});
        QVERIFY2(signedRun.code == 0, qPrintable(file + ": " + signedRun.out + signedRun.err + cli({"check", file, "--for", "signed"}).out));
    }

    /// The signed step's report, as HTML: what it says it verified.
    QString reportText(const QString& file)
    {
        const QString html = path(file) + ".html";
        const Run run = cli({"export-html", path(file), "-o", html});
        if (run.code != 0)
            qWarning("%s", qPrintable(run.err));
        QFile f(html);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    void next(const QString& from, const QString& to, const QString& type, const QString& start, const QString& end)
    {
        const Run run = cli({"new", path(to), "--from", path(from), "--type", type, "--start", start, "--end", end,
                             "--signed-report", path(from) + ".pdf"});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("created")));
        // Linked to the one before: the new audit names it, and its programme holds it as history with the signed
        // report's hash and file name.
        auto previous = AuditStore::open(path(from), AuditDatabase::Mode::ReadOnly);
        auto created = AuditStore::open(path(to), AuditDatabase::Mode::ReadOnly);
        QVERIFY(previous && created);
        QCOMPARE(created.value()->audit()->text("previous_audit"), previous.value()->audit()->uuid);
        QCOMPARE(created.value()->audit()->text("previous_file"), from);
        bool found = false;
        const QList<Record> rows = created.value()->records(RecordKind::ProgrammeAudit).value();
        for (const auto& row : rows) {
            if (row.text("audit_uuid") != previous.value()->audit()->uuid)
                continue;
            found = true;
            QCOMPARE(row.text("status"), QStringLiteral("completed"));
            QCOMPARE(row.text("report_file"), from + ".pdf");
            QCOMPARE(row.text("report_sha256"),
                     previous.value()->records(RecordKind::ReportRevision)->last().text("sha256"));
        }
        QVERIFY(found);
    }

    QJsonArray earlier(const QString& file)
    {
        const Run run = cli({"earlier", path(file), "--format", "json"});
        if (run.code != 0)
            qWarning("%s", qPrintable(run.err));
        return json(run).toArray();
    }

    static QJsonObject byRef(const QJsonArray& list, const QString& ref)
    {
        for (const auto& v : list) {
            if (v.toObject().value("ref").toString() == ref)
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_pki.create(&error), qPrintable(error));
    }

    void wholeCycle()
    {
        // Stage 1.
        Run run = cli({"new", path("1-stage1.isoaudit"), "--client", "Contoso Ltd", "--type", "stage1", "--lead",
                       "Alice Auditor", "--scope", "Head office IT operations", "--start", day(-40), "--end", day(-40)});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        conductAndSign(path("1-stage1.isoaudit"), {}, "ready-for-stage2");
        QVERIFY(!QTest::currentTestFailed());

        // Stage 2 with a major and two minors.
        next("1-stage1.isoaudit", "2-stage2.isoaudit", "stage2", day(-5), day(-3));
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(earlier("2-stage2.isoaudit").size(), 0);
        conductAndSign(path("2-stage2.isoaudit"),
                       {{"NC-01", "major", "8.8"}, {"NC-02", "minor", "5.15"}, {"NC-03", "minor", "8.13"}},
                       "recommend-after-verification");
        QVERIFY(!QTest::currentTestFailed());

        // The special audit verifies the major only; the minors pass through it.
        next("2-stage2.isoaudit", "3-special.isoaudit", "special", day(30), day(30));
        QVERIFY(!QTest::currentTestFailed());
        QJsonArray carried = earlier("3-special.isoaudit");
        QCOMPARE(carried.size(), 3);
        QCOMPARE(byRef(carried, "NC-01").value("deferred").toBool(), false);
        QCOMPARE(byRef(carried, "NC-02").value("deferred").toBool(), true);
        QCOMPARE(byRef(carried, "NC-01").value("originReport").toString(), QStringLiteral("R-stage2"));
        QCOMPARE(byRef(carried, "NC-01").value("actions").toArray().size(), 1);
        // Not verified yet: reporting is refused, naming the rule.
        run = cli({"check", path("3-special.isoaudit"), "--for", "reporting"});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains("reporting.earlier-nonconformities-verified"), qPrintable(run.out));
        run = cli({"earlier", path("3-special.isoaudit"), "--ref", "NC-01", "--verdict", "effective", "--note",
                   "Patch records complete for March and April.", "--by", "Alice Auditor", "--on", day(30)});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        // The programme's decision date is known now; the cycle's audits are dated from it.
        run = cli({"programme", path("3-special.isoaudit"), "--decisionDate", day(40), "--certificateNumber",
                   "ISMS-0042", "--plan-cycle"});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        conductAndSign(path("3-special.isoaudit"), {}, "nonconformities-closed");
        QVERIFY(!QTest::currentTestFailed());
        QString report = reportText("3-special.isoaudit");
        QVERIFY(report.contains("Verification of earlier nonconformities"));
        QVERIFY2(report.contains("One earlier nonconformity was verified: 1 closed."), qPrintable(report.right(3000)));
        QVERIFY(report.contains("To be verified at the next audit"));

        // Surveillance 1: the minors verified, one not effective and raised again.
        next("3-special.isoaudit", "4-surveillance1.isoaudit", "surveillance", day(340), day(341));
        QVERIFY(!QTest::currentTestFailed());
        carried = earlier("4-surveillance1.isoaudit");
        QCOMPARE(carried.size(), 2);
        QVERIFY(!byRef(carried, "NC-02").value("deferred").toBool());
        run = cli({"programme", path("4-surveillance1.isoaudit"), "--format", "json"});
        const QJsonArray rows = json(run).toObject().value("programmeAudits").toArray();
        QString ownDueBy;
        for (const auto& v : rows) {
            if (v.toObject().value("status").toString() == "current")
                ownDueBy = v.toObject().value("dueBy").toString();
        }
        QCOMPARE(ownDueBy, date(40).addMonths(12).toString(Qt::ISODate)); // 12 months from the decision
        QVERIFY(cli({"earlier", path("4-surveillance1.isoaudit"), "--ref", "NC-02", "--verdict", "effective"}).code
                == 0);
        run = cli({"earlier", path("4-surveillance1.isoaudit"), "--ref", "NC-03", "--verdict", "not-effective",
                   "--note", "Backups still unchecked in February."});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains("raised again as NC-01"), qPrintable(run.err));
        conductAndSign(path("4-surveillance1.isoaudit"), {}, "continuation-after-verification");
        QVERIFY(!QTest::currentTestFailed());
        report = reportText("4-surveillance1.isoaudit");
        QVERIFY2(report.contains("2 earlier nonconformities were verified: 1 closed, 1 not effective and raised again "
                                 "as NC-01."),
                 qPrintable(report.right(3000)));

        // Surveillance 2 verifies the finding raised again, which carries NC-03's history.
        next("4-surveillance1.isoaudit", "5-surveillance2.isoaudit", "surveillance", day(700), day(701));
        QVERIFY(!QTest::currentTestFailed());
        carried = earlier("5-surveillance2.isoaudit");
        QCOMPARE(carried.size(), 1);
        const QJsonObject again = byRef(carried, "NC-01");
        QCOMPARE(again.value("originType").toString(), QStringLiteral("surveillance"));
        const QJsonArray history = again.value("history").toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().toObject().value("verdict").toString(), QStringLiteral("not-effective"));
        QCOMPARE(history.first().toObject().value("earlierRef").toString(), QStringLiteral("NC-03"));
        QVERIFY(cli({"earlier", path("5-surveillance2.isoaudit"), "--ref", "NC-01", "--verdict", "effective"}).code
                == 0);
        conductAndSign(path("5-surveillance2.isoaudit"), {}, "continuation-recommended");
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(reportText("5-surveillance2.isoaudit").contains("One earlier nonconformity was verified: 1 closed."));

        // Recertification: nothing left to verify, and the cycle's coverage is complete.
        next("5-surveillance2.isoaudit", "6-recertification.isoaudit", "recertification", day(1040), day(1042));
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(earlier("6-recertification.isoaudit").size(), 0);
        run = cli({"coverage", path("6-recertification.isoaudit"), "--format", "json"});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject coverage = json(run).toObject();
        QCOMPARE(coverage.value("uncoveredClauses").toArray().size(), 0);
        QCOMPARE(coverage.value("uncoveredControls").toArray().size(), 0);
        QCOMPARE(coverage.value("covered").toInt(), coverage.value("total").toInt());
        conductAndSign(path("6-recertification.isoaudit"), {}, "renewal-recommended");
        QVERIFY(!QTest::currentTestFailed());
    }

    void refusesAnUnsignedOrMismatchedPrevious()
    {
        const QString draft = path("draft.isoaudit");
        QVERIFY(cli({"new", draft, "--client", "X", "--type", "stage2", "--lead", "L"}).code == 0);
        Run run = cli({"new", path("next.isoaudit"), "--from", draft, "--type", "surveillance"});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("is not signed"), qPrintable(run.err));
        QVERIFY(!QFile::exists(path("next.isoaudit")));
        run = cli({"new", path("next.isoaudit"), "--from", draft, "--type", "stage1"});
        QVERIFY2(run.err.contains("Stage 1"), qPrintable(run.err));
        run = cli({"new", path("next.isoaudit"), "--from", draft});
        QVERIFY2(run.err.contains("--type"), qPrintable(run.err));
        run = cli({"new", draft, "--from", draft, "--type", "surveillance"});
        QVERIFY2(run.err.contains("file of its own"), qPrintable(run.err));
    }
};

QTEST_MAIN(TestCliCycle)
#include "tst_cli_cycle.moc"
