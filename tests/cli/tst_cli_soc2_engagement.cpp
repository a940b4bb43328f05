// SPDX-License-Identifier: GPL-3.0-or-later
// A SOC 2 Type 2 engagement scripted end to end through the CLI, as a service auditor's firm would (issue 16's "done
// when"): the control matrix imported and mapped, populations imported (a row outside the period caught), samples
// drawn seeded, results recorded with two exceptions, the exceptions assessed, an unmodified opinion refused while a
// criterion is not met, a qualified opinion recorded, the engagement advanced and its report signed — pdfsig calls
// the signature valid and Section IV lists every control with its test and result — and the same seed re-draws the
// same sample from the same population in another file.
// QTEST_MAIN (not GUILESS): the shared test PKI helper links QPdfWriter.
#include "TestPki.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit::test;

namespace {

/// The control matrix: ref, description, frequency, automation, key, criteria. Together they address every
/// Security criterion (CC1.1-CC9.2) but CC9.2, which the script maps by hand.
struct MatrixRow
{
    const char* ref;
    const char* description;
    const char* frequency;
    const char* automation;
    const char* criteria;
};

const MatrixRow matrix[] = {
    {"NC-01", "Code of conduct acknowledged at hire", "As needed", "Manual", "CC1.1, CC1.2, CC1.3, CC1.4, CC1.5"},
    {"NC-02", "Security objectives communicated internally and externally", "Annual", "Manual",
     "CC2.1, CC2.2, CC2.3"},
    {"NC-03", "Annual risk assessment including fraud", "Annual", "Manual", "CC3.1, CC3.2, CC3.3, CC3.4"},
    {"NC-04", "Internal audit of key controls", "Quarterly", "Manual", "CC4.1, CC4.2"},
    {"NC-05", "Policies approved and published", "Annual", "Manual", "CC5.1, CC5.2, CC5.3"},
    {"NC-06", "Access to production approved before it is granted", "As needed", "Manual", "CC6.1, CC6.2, CC6.3"},
    {"NC-07", "Office badge access and media disposal", "Daily", "Manual", "CC6.4, CC6.5"},
    {"NC-08", "Perimeter and transport encryption enforced", "Several times a day", "Automated",
     "CC6.6, CC6.7, CC6.8"},
    {"NC-09", "Security incidents handled under the response plan", "As needed", "Manual",
     "CC7.1, CC7.2, CC7.3, CC7.4, CC7.5"},
    {"NC-10", "Production changes approved before deployment", "Several times a day", "Manual", "CC8.1"},
    {"NC-11", "Business continuity plan approved", "Annual", "Manual", "CC9.1"},
    {"NC-12", "Critical vendors assessed before onboarding", "As needed", "Manual", ""},
};

} // namespace

class TestCliSoc2Engagement : public QObject
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

    Run run(const QString& program, const QStringList& args)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        environment.insert(QStringLiteral("ISOAUDIT_TEST_PASS"), QString::fromUtf8(TestPki::passphrase));
        process.setProcessEnvironment(environment);
        process.start(program, args);
        process.waitForFinished(300000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }
    Run cli(const QStringList& args) { return run(QStringLiteral(ISOAUDIT_CLI), args); }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    void write(const QString& name, const QByteArray& bytes)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    /// `count` occurrences spread over January to June 2026, ids PREFIX-0001…, plus an "Approver" column.
    static QByteArray population(const QString& prefix, int count, const QString& extraRow = {})
    {
        QByteArray csv = "Ticket,Date,Approver\n";
        const QDate start(2026, 1, 1);
        for (int i = 0; i < count; ++i) {
            const QDate date = start.addDays(i * 180 / count);
            csv += QStringLiteral("%1-%2,%3,Approver %4\n")
                       .arg(prefix)
                       .arg(i + 1, 4, 10, QLatin1Char('0'))
                       .arg(date.toString(Qt::ISODate))
                       .arg(i % 7)
                       .toUtf8();
        }
        if (!extraRow.isEmpty())
            csv += extraRow.toUtf8() + '\n';
        return csv;
    }

    /// The sampled occurrence ids a `sample` command printed.
    static QStringList sampledIds(const QString& out)
    {
        QStringList ids;
        static const QRegularExpression line(QStringLiteral("^  \\d{4}-\\d{2}  \\d{4}-\\d{2}-\\d{2}  (\\S+)  \\(row"),
                                             QRegularExpression::MultilineOption);
        for (auto it = line.globalMatch(out); it.hasNext();)
            ids << it.next().captured(1);
        return ids;
    }

    void expectOk(const Run& r, const QString& what)
    {
        QVERIFY2(r.code == 0, qPrintable(what + QStringLiteral(": ") + r.out + r.err));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_pki.create(&error), qPrintable(error));
    }

    void typeTwoEngagementFromMatrixToSignedReport()
    {
        const QString file = path("nimbus.isoaudit");
        expectOk(cli({"new", file, "--framework", "soc2", "--type", "type2", "--org", "Nimbus Cloud Ltd", "--system",
                      "Nimbus Platform", "--auditor-firm", "Smith & Co CPAs", "--lead", "Jane Auditor",
                      "--period-start", "2026-01-01", "--period-end", "2026-06-30"}),
                 "new");

        // The control matrix, as the client sent it.
        QByteArray csv = "Control ID,Control Description,Frequency,Manual/Automated,Key Control,TSC Mapping\n";
        for (const MatrixRow& row : matrix)
            csv += QStringLiteral("%1,%2,%3,%4,Yes,\"%5\"\n")
                       .arg(QLatin1String(row.ref), QLatin1String(row.description), QLatin1String(row.frequency),
                            QLatin1String(row.automation), QLatin1String(row.criteria))
                       .toUtf8();
        write("matrix.csv", csv);
        Run r = cli({"controls", file, "--import", path("matrix.csv"), "--dry-run"});
        expectOk(r, "controls --dry-run");
        QVERIFY(QJsonDocument::fromJson(cli({"controls", file, "--format", "json"}).out.toUtf8()).array().isEmpty());
        expectOk(cli({"controls", file, "--import", path("matrix.csv")}), "controls --import");

        // CC9.2 is not addressed yet: the fieldwork gate names it; mapping NC-12 to it clears the rule.
        r = cli({"check", file, "--for", "fieldwork"});
        QVERIFY2(r.code != 0 && r.out.contains(QLatin1String("CC9.2")), qPrintable(r.out + r.err));
        expectOk(cli({"controls", file, "--map", "NC-12", "CC9.2"}), "controls --map");
        expectOk(cli({"advance", file, "--to", "fieldwork"}), "advance to fieldwork");

        expectOk(cli({"engagement", file, "--services", "Hosted payroll processing", "--infrastructure",
                      "Two cloud regions", "--software", "Payroll application and API", "--people",
                      "Sixty staff in engineering and operations", "--procedures", "Documented operating procedures",
                      "--data", "Payroll and employee data", "--boundaries", "Production environment",
                      "--managementAssertion",
                      "We confirm that the description presents the system fairly and that the controls were suitably "
                      "designed and operated effectively throughout the period.",
                      "--reportDate", "2026-07-20"}),
                 "engagement");
        expectOk(cli({"subservice", file, "--name", "Cloud Host Inc.", "--services", "Infrastructure hosting",
                      "--method", "carve-out", "--csocs", "Physical access to the data centres is restricted.",
                      "--criteria", "CC6.4"}),
                 "subservice");
        expectOk(cli({"cuec", file, "--ref", "CUEC-1", "--description", "User entities remove their leavers' access.",
                      "--criteria", "CC6.2"}),
                 "cuec");

        // One test procedure per control: those tested on a population take their result from the sample's items;
        // the others are concluded on inspection.
        const QStringList sampled{"NC-06", "NC-07", "NC-09", "NC-10"};
        for (const MatrixRow& row : matrix) {
            QStringList args{"test-procedure", file, "--control", row.ref, "--method", "inspection", "--attributes",
                             QStringLiteral("Evidence that %1 operated as described").arg(QLatin1String(row.ref))};
            if (!sampled.contains(QLatin1String(row.ref)))
                args << "--result" << "no-exceptions";
            expectOk(cli(args), QStringLiteral("test-procedure %1").arg(QLatin1String(row.ref)));
        }

        // Populations. A row dated after the period is caught: refused on request, flagged by default.
        write("changes.csv", population(QStringLiteral("CHG"), 600, QStringLiteral("CHG-9999,2026-07-02,Late")));
        r = cli({"population", file, "--control", "NC-10", "--import", path("changes.csv"), "--outside", "refuse"});
        QVERIFY2(r.code != 0
                     && (r.err.contains(QLatin1String("CHG-9999")) || r.err.contains(QLatin1String("602"))),
                 qPrintable(r.out + r.err)); // names the late change or its spreadsheet row (header + 601)
        r = cli({"population", file, "--control", "NC-10", "--import", path("changes.csv")});
        expectOk(r, "population NC-10");
        QVERIFY2((r.out + r.err).contains(QLatin1String("outside")), qPrintable(r.out + r.err));
        write("access.csv", population(QStringLiteral("ACC"), 140));
        expectOk(cli({"population", file, "--control", "NC-06", "--import", path("access.csv")}), "population NC-06");
        write("badges.csv", population(QStringLiteral("DAY"), 181));
        expectOk(cli({"population", file, "--control", "NC-07", "--import", path("badges.csv")}), "population NC-07");
        write("incidents.csv", "Ticket,Date,Approver\n"); // no incident in the period: not occurring, never a pass
        expectOk(cli({"population", file, "--control", "NC-09", "--import", path("incidents.csv")}),
                 "population NC-09");
        for (const char* ref : {"NC-06", "NC-07", "NC-09", "NC-10"})
            expectOk(cli({"population", file, "--control", ref, "--completenessAccuracy",
                          "Reconciled the list to the system of record's export", "--caCheckedBy", "Jane Auditor",
                          "--caCheckedOn", "2026-07-06"}),
                     QStringLiteral("population C&A %1").arg(QLatin1String(ref)));

        // Samples, seeded; sizes from the firm's policy (several times a day 40, as needed 51-250: 15, daily 25).
        QHash<QString, QStringList> items;
        for (const auto& [ref, seed, size] :
             {std::tuple{"NC-06", "11", 15}, std::tuple{"NC-07", "22", 25}, std::tuple{"NC-10", "4242", 40}}) {
            r = cli({"sample", file, "--control", ref, "--seed", seed});
            expectOk(r, QStringLiteral("sample %1").arg(QLatin1String(ref)));
            QVERIFY2(r.out.contains(QLatin1String("firm's sampling policy")), qPrintable(r.out));
            items.insert(QLatin1String(ref), sampledIds(r.out));
            QCOMPARE(items.value(QLatin1String(ref)).size(), size);
        }
        r = cli({"sample", file, "--control", "NC-09"});
        QVERIFY(r.code != 0 || r.out.contains(QLatin1String("occur"))); // nothing to draw from an empty population

        // Results: every item tested, two exceptions (one change without approval, one access granted early).
        for (auto it = items.cbegin(); it != items.cend(); ++it) {
            for (const QString& id : it.value()) {
                const bool exception = (it.key() == QLatin1String("NC-10") && id == it.value().at(3))
                                       || (it.key() == QLatin1String("NC-06") && id == it.value().at(0));
                expectOk(cli({"test-result", file, "--control", it.key(), "--item", id, "--result",
                              exception ? "exception" : "pass", "--note",
                              exception ? "No approval before the change" : "Approved as described", "--by",
                              "Jane Auditor", "--on", "2026-07-08"}),
                         QStringLiteral("test-result %1 %2").arg(it.key(), id));
            }
        }
        // The exceptions roll up per control; until assessed they hold the report back.
        r = cli({"exceptions", file, "--format", "json"});
        expectOk(r, "exceptions");
        const QJsonArray exceptions = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(exceptions.size(), 2);
        QVERIFY(cli({"advance", file, "--to", "reporting"}).code != 0);
        expectOk(cli({"exceptions", file, "--control", "NC-10", "--nature",
                      "One change of the 40 sampled was deployed without a second engineer's approval.", "--cause",
                      "An emergency fix merged during an incident.", "--pattern", "isolated", "--managementResponse",
                      "Branch protection now blocks unapproved merges.", "--effect",
                      "CC8.1 was not met for emergency changes.", "--criteria", "CC8.1"}),
                 "assess NC-10");
        expectOk(cli({"exceptions", file, "--control", "NC-06", "--nature",
                      "One access of the 15 sampled was granted before its approval.", "--cause",
                      "The approver was on leave.", "--pattern", "isolated", "--managementResponse",
                      "Delegated approvers are now named.", "--effect", "CC6.2 was still met.", "--criteria",
                      "CC6.2"}),
                 "assess NC-06");
        expectOk(cli({"advance", file, "--to", "reporting"}), "advance to reporting");

        // The opinion: unmodified is refused while a criterion is not met, and the message says so.
        r = cli({"opinion", file, "--opinion", "unmodified", "--not-met", "CC8.1"});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QLatin1String("unmodified")) && r.err.contains(QLatin1String("CC8.1")),
                 qPrintable(r.err));
        expectOk(cli({"opinion", file, "--opinion", "qualified", "--not-met", "CC8.1", "--basis",
                      "Changes were not always approved before deployment during the period."}),
                 "opinion qualified");

        // Signed: the report is valid for pdfsig, and Section IV lists every control with its test and result.
        const QString pdf = path("nimbus-soc2.pdf");
        r = cli({"sign", file, "-o", pdf, "--p12", m_pki.p12("lead"), "--pass-env", "ISOAUDIT_TEST_PASS"});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err + cli({"check", file, "--for", "signed"}).out));
        const Run sig = run(QStringLiteral("pdfsig"), {pdf});
        QVERIFY2(sig.out.contains(QLatin1String("Signature Validation: Signature is Valid.")), qPrintable(sig.out));
        QVERIFY2(sig.out.contains(QLatin1String("Total document signed")), qPrintable(sig.out));
        expectOk(cli({"verify", pdf, "--audit", file, "--ca", m_pki.path(QStringLiteral("ca.crt"))}), "verify");

        const Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QCOMPARE(text.code, 0);
        const QString report = text.out.simplified(); // table cells wrap their lines
        const qsizetype sectionIv = report.indexOf(QLatin1String("Section IV"), report.indexOf(QLatin1String("Section III")));
        QVERIFY2(sectionIv > 0, "the report has a Section IV after Section III");
        const QString iv = report.mid(sectionIv);
        for (const MatrixRow& row : matrix)
            QVERIFY2(iv.contains(QLatin1String(row.ref)), row.ref);
        QVERIFY(iv.contains(QLatin1String("No exceptions noted.")));
        QVERIFY(iv.contains(QLatin1String("1 of 40")));
        QVERIFY(iv.contains(QLatin1String("1 of 15")));
        QVERIFY(iv.contains(QLatin1String("did not operate during the period")));
        QVERIFY(report.contains(QLatin1String("Qualified opinion")) || report.contains(QLatin1String("qualified")));
        QVERIFY(report.contains(QLatin1String("CC8.1")));
        QVERIFY(!report.contains(QLatin1String("certif"), Qt::CaseInsensitive));

        // A reviewer re-draws: the stored sample re-draws identically, and the same seed on the same population
        // in another engagement gives the same items.
        expectOk(cli({"sample", file, "--control", "NC-10", "--redraw-check"}), "redraw-check");
        const QString again = path("again.isoaudit");
        expectOk(cli({"new", again, "--framework", "soc2", "--type", "type2", "--org", "Nimbus Cloud Ltd", "--lead",
                      "Reviewer", "--period-start", "2026-01-01", "--period-end", "2026-06-30"}),
                 "new (reviewer)");
        expectOk(cli({"controls", again, "--import", path("matrix.csv")}), "controls (reviewer)");
        expectOk(cli({"population", again, "--control", "NC-10", "--import", path("changes.csv")}),
                 "population (reviewer)");
        r = cli({"sample", again, "--control", "NC-10", "--seed", "4242"});
        expectOk(r, "sample (reviewer)");
        QCOMPARE(sampledIds(r.out), items.value(QStringLiteral("NC-10")));

        // A firm's own sample-size table replaces IsoAudit's: as needed, 51-250 occurrences, 20 items.
        QFile shipped(QStringLiteral(ISOAUDIT_SOURCE_DIR "/resources/sampling/sample-sizes.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QByteArray firm = shipped.readAll();
        firm.replace("\"name\": \"IsoAudit default sample sizes\"", "\"name\": \"Smith & Co sampling policy\"");
        firm.replace("{\"populationMin\": 51, \"populationMax\": 250, \"size\": 15, \"increasedSize\": 25}",
                     "{\"populationMin\": 51, \"populationMax\": 250, \"size\": 20, \"increasedSize\": 25}");
        write("firm-policy.json", firm);
        expectOk(cli({"population", again, "--control", "NC-06", "--import", path("access.csv")}),
                 "population NC-06 (reviewer)");
        r = cli({"sample", again, "--control", "NC-06", "--seed", "11", "--policy", path("firm-policy.json")});
        expectOk(r, "sample with the firm's policy");
        QCOMPARE(sampledIds(r.out).size(), 20);
        QVERIFY2(r.out.contains(QLatin1String("Smith & Co sampling policy")), qPrintable(r.out));
        write("broken-policy.json", "{\"format\": \"isoaudit-sample-size-policy\"}");
        r = cli({"sample", again, "--control", "NC-07", "--policy", path("broken-policy.json")});
        QVERIFY(r.code != 0 && r.err.contains(QLatin1String("broken-policy.json")));

        // The engagement travels whole: exported and imported, its package re-exports identically.
        expectOk(cli({"export", file, "-o", path("nimbus.json")}), "export");
        const QString copy = path("copy.isoaudit");
        expectOk(cli({"import-package", copy, path("nimbus.json")}), "import-package");
        expectOk(cli({"export", copy, "-o", path("copy.json")}), "export copy");
        QFile a(path("nimbus.json")), b(path("copy.json"));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QJsonObject ja = QJsonDocument::fromJson(a.readAll()).object();
        const QJsonObject jb = QJsonDocument::fromJson(b.readAll()).object();
        for (const char* key : {"engagement", "serviceControls", "testProcedures", "populations", "samples",
                                "sampleItems", "exceptions", "subserviceOrganizations", "userEntityControls"}) {
            QVERIFY2(!ja.value(QLatin1String(key)).isUndefined(), key);
            QCOMPARE(jb.value(QLatin1String(key)), ja.value(QLatin1String(key)));
        }
    }
};

QTEST_MAIN(TestCliSoc2Engagement)
#include "tst_cli_soc2_engagement.moc"
