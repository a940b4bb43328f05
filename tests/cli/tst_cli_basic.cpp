// SPDX-License-Identifier: GPL-3.0-or-later
// isoaudit-cli new / info / catalog, driven as a user's script would: exit codes, stdout, one line on stderr.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliBasic : public QObject
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

    QTemporaryDir m_dir;

private slots:
    void catalogListsEveryItem()
    {
        const Run run = cli({"catalog"});
        QCOMPARE(run.code, 0);
        const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 123);
        QCOMPARE(lines.filter(QRegularExpression("^[^\t]+\tclause\t\t")).size(), 30);
        QCOMPARE(lines.filter(QRegularExpression("^[^\t]+\tcontrol\t")).size(), 93);
        QVERIFY(lines.contains("6.1.3\tclause\t\tInformation security risk treatment"));
        QVERIFY(lines.contains("5.23\tcontrol\tOrganizational\tInformation security for use of cloud services"));
        QVERIFY(lines.contains("8.34\tcontrol\tTechnological\tProtection of information systems during audit testing"));
        const Run json = cli({"catalog", "--format", "json"});
        QCOMPARE(json.code, 0);
        QVERIFY(json.out.contains("\"framework\": \"iso27001-2022\""));
        const Run bad = cli({"catalog", "--format", "xml"});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("--format"));
        QCOMPARE(bad.err.count('\n'), 1);
    }

    void catalogOfEachFramework()
    {
        const Run iso = cli({"catalog", "--framework", "iso27001-2022"});
        QCOMPARE(iso.code, 0);
        QCOMPARE(iso.out, cli({"catalog"}).out); // ISO/IEC 27001:2022 is the default

        const Run soc2 = cli({"catalog", "--framework", "soc2-2017"});
        QCOMPARE(soc2.code, 0);
        QCOMPARE(soc2.err, QString());
        const QStringList lines = soc2.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 61);
        QCOMPARE(lines.filter(QRegularExpression("^[^\t]+\tcriterion\t")).size(), 61);
        QCOMPARE(lines.filter(QRegularExpression("^CC[1-9]\\.\\d\tcriterion\tSecurity\t")).size(), 33);
        QCOMPARE(lines.filter(QRegularExpression("^A1\\.\\d\tcriterion\tAvailability\t")).size(), 3);
        QCOMPARE(lines.filter(QRegularExpression("^C1\\.\\d\tcriterion\tConfidentiality\t")).size(), 2);
        QCOMPARE(lines.filter(QRegularExpression("^PI1\\.\\d\tcriterion\tProcessing Integrity\t")).size(), 5);
        QCOMPARE(lines.filter(QRegularExpression("^P[1-8]\\.\\d\tcriterion\tPrivacy\t")).size(), 18);
        QCOMPARE(lines.first(), QStringLiteral("CC1.1\tcriterion\tSecurity\tCommitment to integrity and ethics"));
        QCOMPARE(lines.last(),
                 QStringLiteral("P8.1\tcriterion\tPrivacy\tHandling privacy inquiries, complaints and disputes"));

        const Run json = cli({"catalog", "--framework", "soc2-2017", "--format", "json"});
        QCOMPARE(json.code, 0);
        QVERIFY(json.out.contains("\"framework\": \"soc2-2017\""));
        QVERIFY(json.out.contains("\"series\": \"CC6\""));
        QCOMPARE(json.out.count("\"kind\": \"criterion\""), 61);

        const Run unknown = cli({"catalog", "--framework", "soc2"});
        QCOMPARE(unknown.code, 2);
        QCOMPARE(unknown.out, QString());
        QVERIFY2(unknown.err.contains("--framework must be one of iso27001-2022, soc2-2017, not \"soc2\""),
                 qPrintable(unknown.err));
        QCOMPARE(unknown.err.count('\n'), 1);

        const Run help = cli({"--help"});
        QVERIFY(help.out.contains("catalog [--framework iso27001-2022|soc2-2017] [--format tsv|json]"));
    }

    void newThenInfo()
    {
        const QString path = m_dir.filePath("a.isoaudit");
        const Run created = cli({"new", path, "--client", "Grünwald Logistik GmbH", "--type", "surveillance", "--lead",
                                 "Jürgen Groß", "--start", "2026-03-02", "--end", "2026-03-03"});
        QCOMPARE(created.code, 0);
        const Run info = cli({"info", path});
        QCOMPARE(info.code, 0);
        QVERIFY(info.out.contains("client\tGrünwald Logistik GmbH"));
        QVERIFY(info.out.contains("type\tsurveillance"));
        QVERIFY(info.out.contains("clauses\t30"));
        QVERIFY(info.out.contains("soa\t93"));
        QVERIFY(info.out.contains("team\t1"));
        QVERIFY(info.out.contains("lifecycle\tplanning"));
        const Run again = cli({"new", path, "--client", "X", "--type", "stage2", "--lead", "Y"});
        QCOMPARE(again.code, 2);
        QVERIFY(again.err.contains("already exists"));
    }

    void badArgumentsAreOneClearLine()
    {
        const QString path = m_dir.filePath("b.isoaudit");
        for (const QStringList& args : QList<QStringList>{
                 {"new", path, "--client", "X", "--type", "stage7", "--lead", "Y"},
                 {"new", path, "--client", "X", "--type", "stage2"},
                 {"new", path, "--client", "X", "--type", "stage2", "--lead", "Y", "--start", "2026-13-01"},
                 {"new", path, "--client", "X", "--type", "stage2", "--lead", "Y", "--bogus", "1"},
                 {"info", m_dir.filePath("missing.isoaudit")},
                 {"frobnicate"}}) {
            const Run run = cli(args);
            QVERIFY2(run.code == 2, qPrintable(args.join(' ')));
            QCOMPARE(run.err.count('\n'), 1);
            QVERIFY(run.err.startsWith("isoaudit-cli: "));
        }
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestCliBasic)
#include "tst_cli_basic.moc"
