// SPDX-License-Identifier: GPL-3.0-or-later
// isoaudit-cli export-pdf / export-html, driven as a user's script would: exit codes, the files written, and a bad
// request that leaves an existing output file untouched.
#include "../core/ReportFixture.h"
#include "i18n/Translations.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace reporttest;

class TestCliReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_audit;

    static ToolRun cli(const QStringList& args) { return runTool(QStringLiteral(ISOAUDIT_CLI), args); }

    static QByteArray contents(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /// stderr's last line: the one message a script shows its user (the platform may warn before it).
    static QString lastLine(const QString& text) { return text.trimmed().split('\n').last(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_audit = m_dir.filePath("cli.isoaudit");
        makeAudit(m_audit);
    }

    void exportPdfA4AndLetter()
    {
        const QString a4 = m_dir.filePath("a4.pdf");
        const ToolRun run = cli({"export-pdf", m_audit, "-o", a4});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains("wrote"));
        QVERIFY(contents(a4).startsWith("%PDF-"));
        QVERIFY(runTool("pdfinfo", {a4}).out.contains("595 x 842 pts (A4)"));
        QVERIFY(pdfText(a4).contains(client));

        const QString letter = m_dir.filePath("letter.pdf");
        QCOMPARE(cli({"export-pdf", m_audit, "-o", letter, "--paper", "letter", "--lang", "en"}).code, 0);
        QVERIFY(runTool("pdfinfo", {letter}).out.contains("612 x 792 pts (letter)"));
    }

    void exportHtml()
    {
        const QString html = m_dir.filePath("report.html");
        const ToolRun run = cli({"export-html", m_audit, "-o", html});
        QCOMPARE(run.code, 0);
        const QString page = QString::fromUtf8(contents(html));
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains(japaneseAuditor));
        QCOMPARE(page.count("<svg"), 2);
    }

    void reportInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* code : {"da", "de", "nl", "fr"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }
    void reportInEachLanguage()
    {
        QFETCH(QString, language);
        const QString html = m_dir.filePath(QStringLiteral("report-%1.html").arg(language));
        QCOMPARE(cli({"export-html", m_audit, "-o", html, "--lang", language}).code, 0);
        const QString page = QString::fromUtf8(contents(html));
        std::unique_ptr<QTranslator> translator(Translations::load(language));
        QVERIFY(translator);
        const QString heading = translator->translate("ReportDocument", "Executive summary and conclusion");
        QVERIFY(!heading.isEmpty());
        QVERIFY2(page.contains(heading.toHtmlEscaped()), qPrintable(heading));
        QVERIFY(!page.contains(QStringLiteral("Executive summary and conclusion")));
        QVERIFY(page.contains(QStringLiteral("lang=\"%1\"").arg(language)));
    }

    void badRequestsChangeNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("paper") << QStringList{"--paper", "a3"} << "--paper must be a4 or letter";
        QTest::newRow("language") << QStringList{"--lang", "xx"} << "\"xx\"";
        QTest::newRow("option") << QStringList{"--colour", "red"} << "unknown option --colour";
    }

    void badRequestsChangeNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString output = m_dir.filePath("existing.pdf");
        QFile file(output);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the previous report");
        file.close();
        const ToolRun run = cli(QStringList{"export-pdf", m_audit, "-o", output} + arguments);
        QCOMPARE(run.code, 2);
        QVERIFY2(lastLine(run.err).contains(message), qPrintable(run.err));
        QCOMPARE(contents(output), QByteArray("the previous report"));
    }

    void missingAuditOrOutput()
    {
        const QString output = m_dir.filePath("never.pdf");
        const ToolRun missing = cli({"export-pdf", m_dir.filePath("nope.isoaudit"), "-o", output});
        QCOMPARE(missing.code, 2);
        QVERIFY(lastLine(missing.err).contains("nope.isoaudit"));
        QVERIFY(!QFile::exists(output));
        const ToolRun usage = cli({"export-html", m_audit});
        QCOMPARE(usage.code, 2);
        QVERIFY(lastLine(usage.err).contains("usage: isoaudit-cli export-html FILE -o REPORT.html"));
        const ToolRun self = cli({"export-pdf", m_audit, "-o", m_audit});
        QCOMPARE(self.code, 2);
        QVERIFY(lastLine(self.err).contains("would overwrite the audit file"));
        QVERIFY(contents(m_audit).startsWith("SQLite format 3"));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
