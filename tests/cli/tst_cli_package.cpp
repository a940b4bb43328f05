// SPDX-License-Identifier: GPL-3.0-or-later
// isoaudit-cli export / import-package, driven as a script would: exit codes, one stderr line per failure,
// warnings on stderr, byte-identical round trips, and files left untouched when an import is refused.
#include "core/PackageTestSupport.h"
#include "workflow/Lifecycle.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace packagetest;

class TestCliPackage : public QObject
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
        process.waitForFinished(120000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir m_dir;
    QString m_rich; ///< a closed audit file with records of every kind

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList entries() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_rich = path("rich.isoaudit");
        auto store = Lifecycle::create(m_rich,
                                       {"Grünwald Logistik GmbH", "surveillance", "Jürgen Groß", "日本 scope",
                                        QDate(2026, 3, 2), QDate(2026, 3, 3)});
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const QString problem = fillRichAudit(*store.value());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void exportImportExportIsByteIdentical()
    {
        const QByteArray auditBefore = readAll(m_rich);
        const Run exported = cli({"export", m_rich, "-o", path("first.json")});
        QCOMPARE(exported.code, 0);
        QCOMPARE(exported.err, QString());
        QCOMPARE(readAll(m_rich), auditBefore); // export only reads
        const Run imported = cli({"import-package", path("copy.isoaudit"), path("first.json")});
        QCOMPARE(imported.code, 0);
        QCOMPARE(imported.err, QString());
        QVERIFY(imported.out.contains("imported"));
        const Run again = cli({"export", path("copy.isoaudit"), "--output", path("second.json")});
        QCOMPARE(again.code, 0);
        const QByteArray first = readAll(path("first.json"));
        QVERIFY(first.contains("\"client\": \"client æøå ü 日本"));
        QVERIFY(first.contains("日本"));
        QCOMPARE(readAll(path("second.json")), first);
    }

    void importRefusesAnExistingFileWithoutReplace()
    {
        QVERIFY(cli({"export", m_rich, "-o", path("p.json")}).code == 0);
        const QString target = path("existing.isoaudit");
        QCOMPARE(cli({"new", target, "--client", "Existing", "--type", "stage1", "--lead", "Ann"}).code, 0);
        const QByteArray before = readAll(target);
        const QDateTime modified = QFileInfo(target).lastModified();
        const Run refused = cli({"import-package", target, path("p.json")});
        QCOMPARE(refused.code, 2);
        QCOMPARE(refused.err.count('\n'), 1);
        QVERIFY2(refused.err.contains("already exists") && refused.err.contains("--replace"), qPrintable(refused.err));
        QCOMPARE(refused.out, QString());
        QCOMPARE(readAll(target), before);
        QCOMPARE(QFileInfo(target).lastModified(), modified);

        const Run replaced = cli({"import-package", target, path("p.json"), "--replace"});
        QCOMPARE(replaced.code, 0);
        QCOMPARE(cli({"export", target, "-o", path("replaced.json")}).code, 0);
        QCOMPARE(readAll(path("replaced.json")), readAll(path("p.json")));
    }

    void failedReplaceLeavesTheFileAndNoTemporaryFiles_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("range") << "risks/0/likelihood" << QJsonValue(12)
                               << "risks[0].likelihood must be between 1 and 10, not 12";
        QTest::newRow("control") << "soa/5/control" << QJsonValue("5.99")
                                 << "soa[5].control: \"5.99\" is not an Annex A control";
        QTest::newRow("version") << "version" << QJsonValue(4)
                                 << "version 4 is not supported (this IsoAudit reads versions 1 to 3)";
        QTest::newRow("second lead") << "team/1/role" << QJsonValue("lead")
                                     << "team[1]: The audit team already has a lead auditor";
    }

    void failedReplaceLeavesTheFileAndNoTemporaryFiles()
    {
        QFETCH(QString, edit);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QVERIFY(cli({"export", m_rich, "-o", path("base.json")}).code == 0);
        const QJsonObject base = QJsonDocument::fromJson(readAll(path("base.json"))).object();
        QVERIFY(writeAll(path("bad.json"), QJsonDocument(setIn(base, edit, value)).toJson()));
        const QString target = path("kept.isoaudit");
        if (!QFileInfo::exists(target))
            QCOMPARE(cli({"new", target, "--client", "Kept", "--type", "stage2", "--lead", "Ann"}).code, 0);
        const QByteArray before = readAll(target);
        const QDateTime modified = QFileInfo(target).lastModified();
        const QStringList files = entries();
        const Run refused = cli({"import-package", target, path("bad.json"), "--replace"});
        QCOMPARE(refused.code, 2);
        QCOMPARE(refused.err.count('\n'), 1);
        QVERIFY2(refused.err.startsWith("isoaudit-cli: cannot import "), qPrintable(refused.err));
        QVERIFY2(refused.err.contains("bad.json: " + expected), qPrintable(refused.err));
        QCOMPARE(readAll(target), before);
        QCOMPARE(QFileInfo(target).lastModified(), modified);
        QCOMPARE(entries(), files);
        const Run info = cli({"info", target});
        QCOMPARE(info.code, 0);
        QVERIFY(info.out.contains("client\tKept"));
    }

    void warningsGoToStderr()
    {
        QVERIFY(cli({"export", m_rich, "-o", path("full.json")}).code == 0);
        QJsonObject root = QJsonDocument::fromJson(readAll(path("full.json"))).object();
        root = setIn(root, "soa/0", QJsonValue::Undefined);
        QVERIFY(writeAll(path("partial.json"), QJsonDocument(root).toJson()));
        const Run run = cli({"import-package", path("partial.isoaudit"), path("partial.json")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.err,
                 QStringLiteral("isoaudit-cli: warning: soa: the package has no entry for 5.1; added with "
                                "default values.\n"));
        const Run info = cli({"info", path("partial.isoaudit")});
        QVERIFY(info.out.contains("soa\t93"));
    }

    void usageAndInputErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const QString missing = path("missing.isoaudit");
        QTest::newRow("export without -o") << QStringList{"export", m_rich} << "usage: isoaudit-cli export";
        QTest::newRow("export two files") << QStringList{"export", m_rich, m_rich, "-o", path("x.json")} << "usage:";
        QTest::newRow("export unknown option") << QStringList{"export", m_rich, "--out", "x"} << "unknown option --out";
        QTest::newRow("export missing file")
            << QStringList{"export", missing, "-o", path("x.json")} << "does not exist";
        QTest::newRow("export onto itself")
            << QStringList{"export", m_rich, "-o", m_rich} << "would overwrite the audit file";
        QTest::newRow("export to missing folder")
            << QStringList{"export", m_rich, "-o", path("none/x.json")} << "x.json";
        QTest::newRow("import usage") << QStringList{"import-package", path("n.isoaudit")}
                                      << "usage: isoaudit-cli import-package";
        QTest::newRow("import missing package")
            << QStringList{"import-package", path("n.isoaudit"), path("none.json")} << "cannot read";
        QTest::newRow("import not a package")
            << QStringList{"import-package", path("n.isoaudit"),
                           QStringLiteral(ISOAUDIT_TEST_DATA "/packages/not-a-package.json")}
            << "not an IsoAudit package";
        QTest::newRow("import version 4") << QStringList{"import-package", path("n.isoaudit"),
                                                         QStringLiteral(ISOAUDIT_TEST_DATA "/packages/version4.json")}
                                          << "version 4 is not supported (this IsoAudit reads versions 1 to 3)";
        QTest::newRow("import garbage") << QStringList{"import-package", path("n.isoaudit"), m_rich}
                                        << "malformed JSON at offset";
    }

    void usageAndInputErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const QByteArray richBefore = readAll(m_rich);
        const QStringList files = entries();
        const Run run = cli(args);
        QCOMPARE(run.code, 2);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.startsWith("isoaudit-cli: ") && run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(run.out, QString());
        QCOMPARE(readAll(m_rich), richBefore);
        QCOMPARE(entries(), files);
    }

    void documentedExampleImports()
    {
        const Run run = cli(
            {"import-package", path("example.isoaudit"), QStringLiteral(ISOAUDIT_TEST_DATA "/packages/example.json")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.err.count("warning: "), 2);
        const Run info = cli({"info", path("example.isoaudit")});
        QVERIFY(info.out.contains("client\tNordlys Betalinger ApS"));
        QVERIFY(info.out.contains("findings\t1"));
    }
};

QTEST_GUILESS_MAIN(TestCliPackage)
#include "tst_cli_package.moc"
