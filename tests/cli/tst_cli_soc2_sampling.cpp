// SPDX-License-Identifier: GPL-3.0-or-later
// SOC 2 populations, samples and results through the CLI (issue 16, points 4 and 5): import a population with a row
// outside the period, verify it, record completeness and accuracy, draw a seeded sample, re-draw it, replace an item
// with a reason, record results, and carry it all through the audit package (its frozen rows checked on import).
#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestCliSoc2Sampling : public QObject
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

private slots:
    void endToEnd()
    {
        const QString file = path(QStringLiteral("soc2.isoaudit"));
        Run run = cli({QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("soc2"),
                       QStringLiteral("--type"), QStringLiteral("type2"), QStringLiteral("--org"),
                       QStringLiteral("Example SaaS Ltd"), QStringLiteral("--lead"), QStringLiteral("Lead Auditor"),
                       QStringLiteral("--period-start"), QStringLiteral("2024-01-01"), QStringLiteral("--period-end"),
                       QStringLiteral("2024-12-31")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        { // the control matrix is another command's; the control is added as the workbench would
            auto store = Lifecycle::open(file);
            QVERIFY2(store, qPrintable(store.error()));
            QVERIFY(store.value()->insert({RecordKind::ServiceControl,
                                           {},
                                           {},
                                           {{QStringLiteral("ref"), QStringLiteral("CHG-01")},
                                            {QStringLiteral("frequency"), QStringLiteral("weekly")}},
                                           {}}));
        }
        QByteArray csv = "Change ID,Date,Approver\n";
        for (int week = 0; week < 52; ++week)
            csv += QStringLiteral("CHG-%1,%2,Ann\n")
                       .arg(week + 1)
                       .arg(QDate(2024, 1, 3).addDays(week * 7).toString(Qt::ISODate))
                       .toUtf8();
        csv += "CHG-OLD,2023-12-20,Bo\n";
        const QString list = path(QStringLiteral("changes.csv"));
        QFile out(list);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(csv);
        out.close();
        const QStringList control{file, QStringLiteral("--control"), QStringLiteral("CHG-01")};

        run = cli(
            QStringList{QStringLiteral("population")} + control
            + QStringList{QStringLiteral("--import"), list, QStringLiteral("--outside"), QStringLiteral("refuse")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("row 54 (2023-12-20)")), qPrintable(run.err));
        run = cli(QStringList{QStringLiteral("population")} + control + QStringList{QStringLiteral("--import"), list});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("imported 53 occurrence(s)")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("\"Change ID\" (found by its header)")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QLatin1String("warning: 1 row(s) fall outside")), qPrintable(run.err));

        run = cli(QStringList{QStringLiteral("population")} + control
                  + QStringList{QStringLiteral("--completenessAccuracy"),
                                QStringLiteral("Reconciled to the change tool's report"),
                                QStringLiteral("--caCheckedBy"), QStringLiteral("A. Auditor"),
                                QStringLiteral("--caCheckedOn"), QStringLiteral("2025-01-10")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("rows 53, out of period 1")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("Reconciled to the change tool's report (A. Auditor, 2025-01-10)")),
                 qPrintable(run.out));
        run = cli(QStringList{QStringLiteral("population")} + control + QStringList{QStringLiteral("--verify")});
        QVERIFY2(run.code == 0 && run.out.contains(QLatin1String("is as imported")), qPrintable(run.err));

        run = cli(QStringList{QStringLiteral("sample")} + control
                  + QStringList{QStringLiteral("--size"), QStringLiteral("9")});
        QCOMPARE(run.code, 1); // a size without a reason
        QVERIFY2(run.err.contains(QLatin1String("needs a reason on record")), qPrintable(run.err));
        run = cli(QStringList{QStringLiteral("sample")} + control
                  + QStringList{QStringLiteral("--seed"), QStringLiteral("42")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("sample of 5")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("firm's sampling policy")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("seed 42, method isoaudit-month-stratified-splitmix64 version 1")),
                 qPrintable(run.out));
        QVERIFY(!run.out.contains(QLatin1String("certif"), Qt::CaseInsensitive));
        const QRegularExpression itemLine(QStringLiteral("^  \\d{4}-\\d{2}  \\S+  (CHG-\\d+)  \\(row (\\d+)\\)"),
                                          QRegularExpression::MultilineOption);
        QStringList items;
        for (auto it = itemLine.globalMatch(run.out); it.hasNext();)
            items << it.next().captured(1);
        QCOMPARE(items.size(), 5);
        QVERIFY(!items.contains(QStringLiteral("CHG-OLD")));
        run = cli(QStringList{QStringLiteral("sample")} + control
                  + QStringList{QStringLiteral("--seed"), QStringLiteral("42")});
        QCOMPARE(run.code, 1); // a second draw is refused
        QVERIFY2(run.err.contains(QLatin1String("remove that sample first")), qPrintable(run.err));

        run = cli(QStringList{QStringLiteral("sample")} + control
                  + QStringList{QStringLiteral("--replace"), items.first(), QStringLiteral("--reason"),
                                QStringLiteral("change record deleted by the tool's retention")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString replacement = run.out.section(QLatin1String(" by "), 1).section(QLatin1Char(' '), 0, 0);
        QVERIFY(!replacement.isEmpty() && replacement != items.first());
        run = cli(QStringList{QStringLiteral("sample")} + control + QStringList{QStringLiteral("--redraw-check")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("1 replacement(s)")), qPrintable(run.out));

        run = cli(QStringList{QStringLiteral("test-result")} + control
                  + QStringList{QStringLiteral("--item"), replacement, QStringLiteral("--result"),
                                QStringLiteral("pass"), QStringLiteral("--by"), QStringLiteral("A. Auditor"),
                                QStringLiteral("--on"), QStringLiteral("2025-01-12")});
        QVERIFY2(run.code == 0 && run.out.contains(QLatin1String("no-exception")), qPrintable(run.err));
        run = cli(QStringList{QStringLiteral("test-result")} + control
                  + QStringList{QStringLiteral("--item"), items.at(1), QStringLiteral("--result"),
                                QStringLiteral("exception"), QStringLiteral("--note"), QStringLiteral("no approval")});
        QVERIFY2(run.code == 0 && run.out.contains(QLatin1String("exception")), qPrintable(run.err));
        run = cli(QStringList{QStringLiteral("test-result")} + control
                  + QStringList{QStringLiteral("--item"), QStringLiteral("CHG-OLD"), QStringLiteral("--result"),
                                QStringLiteral("pass")});
        QCOMPARE(run.code, 1);

        // The package carries every record and the frozen rows; a re-import verifies and re-draws the same sample.
        const QString package = path(QStringLiteral("soc2.json"));
        run = cli({QStringLiteral("export"), file, QStringLiteral("-o"), package});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QFile packageFile(package);
        QVERIFY(packageFile.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(packageFile.readAll()).object();
        packageFile.close();
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 3);
        const QJsonArray populations = root.value(QStringLiteral("populations")).toArray();
        QCOMPARE(populations.size(), 1);
        QCOMPARE(populations.first().toObject().value(QStringLiteral("rows")).toArray().size(), 53);
        QCOMPARE(root.value(QStringLiteral("sampleItems")).toArray().size(), 5);
        const QString copy = path(QStringLiteral("copy.isoaudit"));
        run = cli({QStringLiteral("import-package"), copy, package});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QStringList copied{copy, QStringLiteral("--control"), QStringLiteral("CHG-01")};
        run = cli(QStringList{QStringLiteral("population")} + copied + QStringList{QStringLiteral("--verify")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli(QStringList{QStringLiteral("sample")} + copied + QStringList{QStringLiteral("--redraw-check")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString again = path(QStringLiteral("again.json"));
        run = cli({QStringLiteral("export"), copy, QStringLiteral("-o"), again});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QFile againFile(again);
        QVERIFY(againFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(againFile.readAll()).object(), root); // lossless both ways

        // A package whose rows were altered is refused, naming the population.
        QJsonObject tampered = root;
        QJsonArray pops = tampered.value(QStringLiteral("populations")).toArray();
        QJsonObject pop = pops.first().toObject();
        QJsonArray rows = pop.value(QStringLiteral("rows")).toArray();
        QJsonObject row = rows.at(10).toObject();
        row.insert(QStringLiteral("date"), QStringLiteral("2024-03-31"));
        rows.replace(10, row);
        pop.insert(QStringLiteral("rows"), rows);
        pops.replace(0, pop);
        tampered.insert(QStringLiteral("populations"), pops);
        const QString bad = path(QStringLiteral("bad.json"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(QJsonDocument(tampered).toJson());
        badFile.close();
        run = cli({QStringLiteral("import-package"), path(QStringLiteral("bad.isoaudit")), bad});
        QVERIFY(run.code != 0);
        QVERIFY2(run.err.contains(QLatin1String("populations[0]")) && run.err.contains(QLatin1String("sha256")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("bad.isoaudit"))));
    }
};

QTEST_GUILESS_MAIN(TestCliSoc2Sampling)
#include "tst_cli_soc2_sampling.moc"
