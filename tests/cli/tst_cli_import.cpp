// SPDX-License-Identifier: GPL-3.0-or-later
// isoaudit-cli import / export-table as a user's script drives them: what was understood, the row report, dry
// runs that write nothing, exit codes for unreadable and useless files, saved mappings, and exports.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliImport : public QObject
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

    static QString data(const char* name)
    {
        return QStringLiteral(ISOAUDIT_TEST_DATA "/import/") + QLatin1String(name);
    }

    QString newAudit(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        const Run created = cli({"new", path, "--client", "Nordisk Fragt A/S", "--type", "stage2", "--lead", "Imp"});
        if (created.code != 0)
            qFatal("%s", qPrintable(created.err));
        return path;
    }

    static QString infoLine(const QString& audit, const QString& key)
    {
        const Run info = cli({"info", audit});
        for (const auto& line : info.out.split('\n')) {
            if (line.startsWith(key + '\t'))
                return line.section('\t', 1);
        }
        return {};
    }

    QTemporaryDir m_dir;

private slots:
    void dryRunWritesNothing()
    {
        const QString audit = newAudit("dry.isoaudit");
        QFile file(audit);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const Run run = cli({"import", audit, "--risks", data("risks-da-semicolon.csv"), "--dry-run"});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains("CSV, UTF-8 with BOM, semicolon-separated"));
        QVERIFY(run.out.contains("column F \"Sandsynlighed\" -> Likelihood"));
        QVERIFY(run.out.contains("column H \"Score\": not imported"));
        QVERIFY(run.out.contains("5 data rows read; 5 new, 0 updated"));
        QVERIFY(run.out.contains("row 6: A.12.6.1 (ISO/IEC 27001:2013) read as A.8.8 (2022)"));
        QVERIFY(run.out.contains("dry run: nothing written"));
        QCOMPARE(infoLine(audit, "risks"), QStringLiteral("0"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void importsGermanWorkbookThenUpdates()
    {
        const QString audit = newAudit("de.isoaudit");
        const Run run = cli({"import", audit, "--risks", data("risks-de.xlsx")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains("XLSX, sheet \"Risiken\"; header row 3"));
        QVERIFY(run.out.contains("column H \"Restrisiko Wahrscheinlichkeit\" -> Residual likelihood"));
        QVERIFY(run.out.contains("imported 3 records (3 new, 0 updated)"));
        QCOMPARE(infoLine(audit, "risks"), QStringLiteral("3"));
        const Run again = cli({"import", audit, "--risks", data("risks-de.xlsx"), "--sheet", "Risiken"});
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains("imported 3 records (0 new, 3 updated)"));
        QCOMPARE(infoLine(audit, "risks"), QStringLiteral("3"));
    }

    void rowReportAndMissingControls()
    {
        const QString audit = newAudit("report.isoaudit");
        const Run broken = cli({"import", audit, "--risks", data("risks-broken.csv")});
        QCOMPARE(broken.code, 0);
        QVERIFY(broken.out.contains("row report:"));
        QVERIFY(broken.out.contains("row 3, column C \"Likelihood\", value \"often\": "));
        QVERIFY(broken.out.contains("row 9, column G \"Last reviewed\", value \"31.02.2024\": "));
        QCOMPARE(infoLine(audit, "risks"), QStringLiteral("6"));
        const Run soa = cli({"import", audit, "--soa", data("soa-da.xlsx")});
        QCOMPARE(soa.code, 0);
        QVERIFY(soa.out.contains(
            "does not cover 3 of the 93 Annex A controls; they are left as they were: 5.7, 5.23, 8.28"));
        QVERIFY(soa.out.contains("imported 90 records (0 new, 90 updated)"));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QStringList{"--risks", data("empty.csv")} << 2 << "is empty";
        QTest::newRow("not a spreadsheet") << QStringList{"--soa", data("not-a-spreadsheet.csv")} << 2 << "binary";
        QTest::newRow("renamed text") << QStringList{"--soa", data("not-a-spreadsheet.xlsx")} << 2 << "not a zip";
        QTest::newRow("two kinds") << QStringList{"--soa", data("soa-2013.csv"), "--risks", data("empty.csv")} << 2
                                   << "exactly one of";
        QTest::newRow("no such sheet") << QStringList{"--risks", data("risks-de.xlsx"), "--sheet", "Nope"} << 2
                                       << "its sheets are: Methode, Risiken";
        QTest::newRow("no key column") << QStringList{"--soa", data("findings-mixed.csv")} << 2
                                       << "No column gives the control";
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString audit = newAudit(QStringLiteral("refuse-%1.isoaudit").arg(QTest::currentDataTag()));
        const Run run = cli(QStringList{"import", audit} + args);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(infoLine(audit, "risks"), QStringLiteral("0"));
    }

    void nothingImportable()
    {
        const QString audit = newAudit("nothing.isoaudit");
        const QString table = m_dir.filePath("nothing.csv");
        QFile file(table);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Control,Applicable\nX.1,Yes\nfirewall,No\n");
        file.close();
        const Run run = cli({"import", audit, "--soa", table});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains("nothing in"));
        QVERIFY(run.out.contains("row 3, column A \"Control\", value \"firewall\""));
    }

    void savedMapping()
    {
        const QString audit = newAudit("mapping.isoaudit");
        const QString table = m_dir.filePath("odd.csv");
        QFile file(table);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Nummer;Hyppighed;Farlighed\nO-1;2;5\nO-2;4;1\n");
        file.close();
        const QString map = m_dir.filePath("map.json");
        QFile mapFile(map);
        QVERIFY(mapFile.open(QIODevice::WriteOnly));
        mapFile.write(R"({"columns": {"Hyppighed": "likelihood", "Farlighed": "impact"}})");
        mapFile.close();
        const QString saved = m_dir.filePath("saved.json");
        const Run run = cli({"import", audit, "--risks", table, "--mapping", map, "--save-mapping", saved});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains("column B \"Hyppighed\" -> Likelihood"));
        QVERIFY(run.out.contains("column C \"Farlighed\" -> Impact"));
        QFile savedFile(saved);
        QVERIFY(savedFile.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(savedFile.readAll()).object();
        QCOMPARE(json.value("columns").toObject().value("Nummer").toString(), QStringLiteral("ref"));
        QCOMPARE(json.value("columns").toObject().value("Farlighed").toString(), QStringLiteral("impact"));
        const Run badMap = cli({"import", audit, "--risks", table, "--mapping", table});
        QCOMPARE(badMap.code, 2);
        QVERIFY(badMap.err.contains("is not a JSON object"));
    }

    void exportTable()
    {
        const QString audit = newAudit("export.isoaudit");
        QCOMPARE(cli({"import", audit, "--findings", data("findings-mixed.csv")}).code, 0);
        const QString out = m_dir.filePath("findings.csv");
        const Run run = cli({"export-table", audit, "--what", "findings", "-o", out});
        QCOMPARE(run.code, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains("F-2,Minor nonconformity,Access review late"));
        for (const char* what : {"soa", "risks", "actions"})
            QCOMPARE(cli({"export-table", audit, "--what", what, "-o", m_dir.filePath(QString(what) + ".xlsx")}).code,
                     0);
        const Run bad = cli({"export-table", audit, "--what", "interviews", "-o", out});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("--what takes risks, soa, findings, actions or controls"));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
