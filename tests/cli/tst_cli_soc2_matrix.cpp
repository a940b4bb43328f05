// SPDX-License-Identifier: GPL-3.0-or-later
// The SOC 2 control matrix end to end through the CLI: import (dry run, then for real), map and unmap, a control's
// fields, test procedures, exceptions rolled up and assessed, the opinion refused and recorded, and check/advance
// gating the engagement. Sample items are written in-process through AuditStore (the `sample` and `test-result`
// commands are another unit's).
#include "core/Soc2MatrixFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace isoaudit;
using namespace isoaudit::test;

class TestCliSoc2Matrix : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    QTemporaryDir m_runtime;

    Run cli(const QStringList& args)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ISOAUDIT_CLI), args);
        process.waitForFinished(120000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QJsonArray array(const Run& run) { return QJsonDocument::fromJson(run.out.toUtf8()).array(); }

    static QJsonObject byRef(const QJsonArray& controls, const QString& ref)
    {
        for (const QJsonValue& v : controls) {
            if (v.toObject().value("ref").toString() == ref)
                return v.toObject();
        }
        return {};
    }

    void writeMatrix(const QString& file)
    {
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Control #,Control Activity,Control Owner,Frequency,Manual/Automated,Key Control (Y/N),TSC Mapping\n"
                  "CTL-1,Access reviewed,CISO,Quarterly,Manual,Y,\"CC6.1, CC6.2\"\n"
                  "CTL-2,Backups monitored,Ops,Continuous,Automated,N,CC9.9 CC7.1\n"
                  "CTL-3,Changes approved,Dev lead,Ad hoc,Manual,x,CC8.1\n");
    }

private slots:
    void matrixToOpinion()
    {
        const QString file = path("engagement.isoaudit");
        QCOMPARE(cli({"new", file, "--framework", "soc2", "--type", "type2", "--org", "Cloudy Payroll Ltd", "--lead",
                      "Lee Lead", "--period-start", "2026-01-01", "--period-end", "2026-09-30"})
                     .code,
                 0);
        const QString matrix = path("matrix.csv");
        writeMatrix(matrix);

        Run run = cli({"controls", file, "--import", matrix, "--dry-run"});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains("dry run: nothing written"));
        QVERIFY2(run.out.contains("row 3, column G"), qPrintable(run.out)); // CC9.9, reported by row
        QVERIFY(run.out.contains("\"CC9.9\" is not a Trust Services Criterion"));
        QVERIFY(run.out.contains("\"Continuous\" does not say how often"));
        QVERIFY(array(cli({"controls", file, "--format", "json"})).isEmpty());

        run = cli({"controls", file, "--import", matrix});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains("imported 3 controls (3 new, 0 updated)"));
        QJsonArray controls = array(cli({"controls", file, "--format", "json"}));
        QCOMPARE(controls.size(), 3);
        QCOMPARE(byRef(controls, "CTL-1").value("criteria").toArray(), QJsonArray({"CC6.1", "CC6.2"}));
        QCOMPARE(byRef(controls, "CTL-1").value("frequency").toString(), QStringLiteral("quarterly"));
        QCOMPARE(byRef(controls, "CTL-2").value("criteria").toArray(), QJsonArray({"CC7.1"}));
        QCOMPARE(byRef(controls, "CTL-3").value("keyControl").toBool(), true);
        QCOMPARE(byRef(controls, "CTL-1").value("result").toString(), QStringLiteral("not-tested"));
        run = cli({"controls", file, "--import", matrix});
        QVERIFY(run.out.contains("(0 new, 3 updated)"));

        QCOMPARE(cli({"controls", file, "--map", "CTL-1", "CC6.3", "cc 6.4"}).code, 0);
        QCOMPARE(byRef(array(cli({"controls", file, "--format", "json"})), "CTL-1").value("criteria").toArray(),
                 QJsonArray({"CC6.1", "CC6.2", "CC6.3", "CC6.4"}));
        QCOMPARE(cli({"controls", file, "--unmap", "CTL-1", "CC6.4"}).code, 0);
        run = cli({"controls", file, "--map", "CTL-1", "CC99.1"});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains("CC99.1"));
        run = cli({"controls", file, "--map", "NOPE", "CC6.1"});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains("there is no control NOPE"));

        // One control for the rest of the Security criteria, so soc2.criteria-addressed holds.
        QStringList all;
        {
            auto store = Lifecycle::open(file);
            QVERIFY(store);
            for (const CatalogItem* item :
                 Engagement::criteriaInScope(store.value()->singleton(RecordKind::Engagement).value()))
                all << item->id;
        }
        run = cli({"check", file, "--for", "fieldwork"});
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.contains("soc2.criteria-addressed"));
        QVERIFY(!run.out.contains("fieldwork.plan-coverage")); // no ISO rule for an engagement
        QCOMPARE(cli({"control", file, "--ref", "CTL-ALL", "--title", "Entity-level controls", "--keyControl", "no",
                      "--criteria", all.join(' ')})
                     .out.trimmed(),
                 QStringLiteral("added CTL-ALL"));
        QCOMPARE(cli({"control", file, "--ref", "CTL-2", "--frequency", "daily", "--keyControl", "no"}).code, 0);
        QCOMPARE(byRef(array(cli({"controls", file, "--format", "json"})), "CTL-2").value("frequency").toString(),
                 QStringLiteral("daily"));
        QCOMPARE(cli({"control", file, "--ref", "CTL-2", "--frequency", "hourly"}).code, 1);
        run = cli({"advance", file, "--to", "fieldwork"});
        QVERIFY2(run.code == 0, qPrintable(run.err));

        // Testing: a procedure for CTL-1, a sample with two exceptions for CTL-3, an empty population for CTL-2.
        run = cli({"test-procedure", file, "--control", "CTL-1", "--method", "inspection", "--result", "no-exceptions",
                   "--by", "Ann Auditor", "--on", "2026-10-02", "--description", "Inspected the Q1-Q3 reviews"});
        QCOMPARE(run.code, 0);
        QCOMPARE(cli({"test-procedure", file, "--control", "CTL-1", "--method", "guessing"}).code, 1);
        const QJsonArray tests = array(cli({"test-procedure", file, "--list", "--format", "json"}));
        QCOMPARE(tests.size(), 1);
        QCOMPARE(tests.first().toObject().value("performedBy").toString(), QStringLiteral("Ann Auditor"));
        {
            auto store = Lifecycle::open(file);
            QVERIFY(store);
            const QString ctl3 = store.value()->uuidForKey(RecordKind::ServiceControl, "CTL-3").value();
            addPopulation(*store.value(), ctl3, 40);
            addSample(*store.value(), ctl3, {"no-exception", "exception", "no-exception", "exception", "no-exception"});
            addPopulation(*store.value(), store.value()->uuidForKey(RecordKind::ServiceControl, "CTL-2").value(), 0);
        }
        controls = array(cli({"controls", file, "--format", "json"}));
        QCOMPARE(byRef(controls, "CTL-3").value("result").toString(), QStringLiteral("exceptions"));
        QCOMPARE(byRef(controls, "CTL-3").value("deviations").toInt(), 2);
        QCOMPARE(byRef(controls, "CTL-2").value("result").toString(), QStringLiteral("not-occurring"));

        run = cli({"advance", file, "--to", "reporting"});
        QVERIFY(run.code != 0);
        QVERIFY2(run.err.contains("soc2.exceptions-assessed"), qPrintable(run.err));
        run = cli({"exceptions", file});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.startsWith("CTL-3\t2/5\tpattern?\tnot assessed"), qPrintable(run.out));
        run = cli({"exceptions", file, "--control", "CTL-1", "--nature", "x"});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains("has no exceptions to assess"));
        run = cli({"exceptions", file, "--control", "CTL-3", "--nature", "Two changes deployed without approval",
                   "--cause", "Emergency path", "--pattern", "systematic", "--managementResponse",
                   "Emergency changes now need approval", "--criteria", "CC8.1"});
        QCOMPARE(run.code, 0);
        const QJsonArray exceptions = array(cli({"exceptions", file, "--format", "json"}));
        QCOMPARE(exceptions.size(), 1);
        const QJsonObject e = exceptions.first().toObject();
        QCOMPARE(e.value("deviations").toInt(), 2);
        QCOMPARE(e.value("sampleSize").toInt(), 5);
        QCOMPARE(e.value("assessed").toBool(), true);
        QCOMPARE(e.value("criteria").toArray(), QJsonArray({"CC8.1"}));
        run = cli({"advance", file, "--to", "reporting"});
        QVERIFY2(run.code == 0, qPrintable(run.err));

        // The opinion: an unmodified opinion with a criterion not met is refused and nothing is written.
        run = cli({"opinion", file, "--opinion", "unmodified", "--not-met", "CC8.1"});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains("An unmodified opinion cannot be given: criterion CC8.1 is not met"),
                 qPrintable(run.err));
        run = cli({"opinion", file, "--opinion", "qualified", "--not-met", "CC8.1"});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains("states its basis"));
        QCOMPARE(cli({"opinion", file, "--opinion", "qualified", "--basis", "Changes deployed without approval",
                      "--not-met", "CC8.1"})
                     .code,
                 0);
        const QJsonObject opinion
            = QJsonDocument::fromJson(cli({"opinion", file, "--format", "json"}).out.toUtf8()).object();
        QCOMPARE(opinion.value("opinion").toString(), QStringLiteral("qualified"));
        QCOMPARE(opinion.value("criteriaNotMet").toArray(), QJsonArray({"CC8.1"}));
        QVERIFY(opinion.value("problems").toArray().isEmpty());

        run = cli({"check", file, "--for", "signed"});
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.contains("soc2.system-description"));
        QVERIFY(run.out.contains("soc2.management-assertion"));
        QVERIFY(!run.out.contains("soc2.opinion-recorded"));
        QVERIFY(!run.out.contains("signed.recommendation-recorded")); // no ISO outcome asked of an engagement
        QCOMPARE(cli({"engagement", file, "--services", "Payroll processing", "--infrastructure", "AWS eu-west-1",
                      "--software", "Payroll app", "--people", "Ops and engineering", "--procedures", "Runbooks",
                      "--data", "Employee pay data", "--boundaries", "Excludes the client's HR system",
                      "--managementAssertion", "Management asserts the description is fairly presented"})
                     .code,
                 0);
        run = cli({"check", file, "--for", "signed"});
        QVERIFY2(run.code == 0, qPrintable(run.out));
    }

    void refusesAnIsoAudit()
    {
        const QString file = path("iso.isoaudit");
        QCOMPARE(cli({"new", file, "--client", "Nordisk Fragt A/S", "--type", "stage2", "--lead", "Imp"}).code, 0);
        const QString matrix = path("matrix-iso.csv");
        writeMatrix(matrix);
        Run run = cli({"controls", file, "--import", matrix});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("A control matrix is imported into a SOC 2 engagement"), qPrintable(run.err));
        run = cli({"opinion", file});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains("not a SOC 2 engagement"));
    }
};

QTEST_GUILESS_MAIN(TestCliSoc2Matrix)
#include "tst_cli_soc2_matrix.moc"
