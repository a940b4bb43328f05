// SPDX-License-Identifier: GPL-3.0-or-later
// isoaudit-cli audit-time, driven as a user's script would: the text breakdown, the stable JSON, a certification
// body's own chart, and one line on stderr naming the bad argument.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliAuditTime : public QObject
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
        process.start(QStringLiteral(ISOAUDIT_CLI), QStringList{QStringLiteral("audit-time")} + args);
        process.waitForFinished(60000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    static QJsonObject json(const QStringList& args)
    {
        const Run run = cli(args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        if (run.code != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    QTemporaryDir m_dir;

private slots:
    void theTextIsAShortBreakdown()
    {
        const Run run = cli({"--persons", "150", "--business", "high", "--business-reason", "regulated payments",
                             "--it", "low", "--it-reason", "one cloud platform", "--outsourcing", "-5%",
                             "--outsourcing-reason", "hosting outsourced", "--type", "surveillance"});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.code, 0);
        const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(),
                 QStringLiteral("Persons doing work under the organization's control: 150 full-time and "
                                "0 FTE part-time, counted as 150."));
        QVERIFY(lines.contains("Business complexity: High, +20 % (regulated payments)."));
        QVERIFY(lines.contains("IT complexity: Low, -10 % (one cloud platform)."));
        QVERIFY(lines.contains("Outsourcing: -5 % (hosting outsourced)."));
        QVERIFY(lines.contains("Total adjustment: +5 %."));
        QVERIFY(lines.contains("Initial audit: 13.5 days (Stage 1: 4.5 days, Stage 2: 9 days). Each surveillance "
                               "audit: 4.5 days. Recertification audit: 9 days."));
        QCOMPARE(lines.last(), QStringLiteral("This audit (Surveillance): 4.5 days."));
        QVERIFY(!run.out.contains("one source")); // 126-175 persons: two sources

        // A band above 175 persons: the shipped chart has one source for it, and the output says so.
        const Run single = cli({"--persons", "300"});
        QCOMPARE(single.code, 0);
        QVERIFY2(single.out.contains("note: this band of the chart rests on one source (a Dutch certification body"),
                 qPrintable(single.out));
    }

    void theJsonIsStable()
    {
        const QJsonObject r
            = json({"--persons", "200", "--same-work", "49,49,49", "--fte-part-time", "0.5", "--outsourcing", "-40",
                    "--outsourcing-reason", "operations outsourced", "--type", "special"});
        const QJsonObject persons = r.value("persons").toObject();
        QCOMPARE(persons.value("fullTime").toInt(), 200);
        QCOMPARE(persons.value("sameWork").toInt(), 147);
        QCOMPARE(persons.value("sameWorkCounted").toInt(), 21);
        QCOMPARE(persons.value("effective").toDouble(), 74.5);
        QCOMPARE(persons.value("counted").toInt(), 75);
        const QJsonObject band = r.value("band").toObject();
        QCOMPARE(band.value("personsMin").toInt(), 66);
        QCOMPARE(band.value("personsMax").toInt(), 85);
        QCOMPARE(band.value("sources").toArray().size(), 2);
        QCOMPARE(band.value("extrapolated").toBool(), false);
        QCOMPARE(r.value("baseDays").toDouble(), 11.0);
        QCOMPARE(r.value("factors").toArray().size(), 1);
        const QJsonObject adjustment = r.value("adjustment").toObject();
        QCOMPARE(adjustment.value("totalPercent").toDouble(), -40.0);
        QCOMPARE(adjustment.value("appliedPercent").toDouble(), -30.0);
        QCOMPARE(adjustment.value("capApplied").toBool(), true);
        const QJsonObject days = r.value("days").toObject();
        QCOMPARE(days.value("initial").toDouble(), 7.5); // 7.7
        QCOMPARE(days.value("stage1").toDouble() + days.value("stage2").toDouble(), 7.5);
        QCOMPARE(r.value("auditType").toString(), QStringLiteral("special"));
        QVERIFY(r.value("auditTypeDays").isNull()); // a special audit is sized by what it verifies
        QCOMPARE(r.value("chart").toObject().value("id").toString(), QStringLiteral("iso27006-2015"));
    }

    void aCertificationBodysChart()
    {
        QFile shipped(QStringLiteral(ISOAUDIT_SOURCE_DIR "/resources/audit-time/iso27006-2015.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(shipped.readAll()).object();
        QJsonObject policy = root.value("policy").toObject();
        policy.insert("maxReductionPercent", QJsonObject{{"value", 20}});
        root.insert("policy", policy);
        const QString path = m_dir.filePath("cb.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
        file.close();
        const QJsonObject r
            = json({"--persons", "200", "--outsourcing", "-25", "--outsourcing-reason", "x", "--chart", path});
        QCOMPARE(r.value("adjustment").toObject().value("appliedPercent").toDouble(), -20.0);

        // A broken chart: refused, naming the option, the file and the band.
        QJsonArray bands = root.value("bands").toArray();
        QJsonObject third = bands.at(2).toObject();
        third.insert("personsMin", 17);
        bands.replace(2, third);
        root.insert("bands", bands);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();
        const Run broken = cli({"--persons", "20", "--chart", path});
        QCOMPARE(broken.code, 2);
        QCOMPARE(broken.out, QString());
        QVERIFY2(broken.err.startsWith("isoaudit-cli: --chart: The audit-time chart " + path), qPrintable(broken.err));
        QVERIFY(broken.err.contains("band 3 (persons 17–25) leaves a gap"));
        QCOMPARE(broken.err.count('\n'), 1);
    }

    void errorsNameTheBadArgument_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("no persons") << QStringList{} << "--persons is required";
        QTest::newRow("persons not a number") << QStringList{"--persons", "many"} << "--persons takes a whole number";
        QTest::newRow("fte") << QStringList{"--persons", "5", "--fte-part-time", "-1"} << "--fte-part-time takes";
        QTest::newRow("same work") << QStringList{"--persons", "5", "--same-work", "4,x"} << "--same-work takes";
        QTest::newRow("same work above persons")
            << QStringList{"--persons", "5", "--same-work", "6"} << "--same-work: The persons doing the same";
        QTest::newRow("level") << QStringList{"--persons", "5", "--business", "huge", "--business-reason", "r"}
                               << "--business: A complexity level is low, medium or high.";
        QTest::newRow("level without reason")
            << QStringList{"--persons", "5", "--it", "high"} << "--it-reason: A complexity level needs the reason";
        QTest::newRow("reason without level")
            << QStringList{"--persons", "5", "--it-reason", "r"} << "--it-reason needs --it";
        QTest::newRow("percent") << QStringList{"--persons", "5", "--outsourcing", "ten", "--outsourcing-reason", "r"}
                                 << "--outsourcing takes a percent";
        QTest::newRow("percent without reason") << QStringList{"--persons", "5", "--multi-site", "-10"}
                                                << "--multi-site-reason: An adjustment needs the reason";
        QTest::newRow("type") << QStringList{"--persons", "5", "--type", "annual"} << "--type: The audit type is";
        QTest::newRow("format") << QStringList{"--persons", "5", "--format", "xml"} << "--format is text or json";
        QTest::newRow("unknown option") << QStringList{"--persons", "5", "--employees", "5"}
                                        << "unknown option --employees";
        QTest::newRow("missing chart") << QStringList{"--persons", "5", "--chart", "/nonexistent/chart.json"}
                                       << "--chart: The audit-time chart /nonexistent/chart.json cannot be read";
    }

    void errorsNameTheBadArgument()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const Run run = cli(args);
        QCOMPARE(run.code, 2);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.startsWith("isoaudit-cli: " + named), qPrintable(run.err));
        QCOMPARE(run.err.count('\n'), 1);
    }

    void theHelpListsTheCommand()
    {
        QProcess process;
        process.start(QStringLiteral(ISOAUDIT_CLI), {QStringLiteral("--help")});
        process.waitForFinished(60000);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains("audit-time --persons N"));
    }
};

QTEST_GUILESS_MAIN(TestCliAuditTime)
#include "tst_cli_audittime.moc"
