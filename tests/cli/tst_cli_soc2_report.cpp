// SPDX-License-Identifier: GPL-3.0-or-later
// isoaudit-cli export-pdf / export-html on a SOC 2 engagement, and verify on its signed report. The engagement is
// written in-process through AuditStore (controls mapped to criteria, tests, populations, samples with item results,
// two exceptions, a carve-out subservice organization, CUECs, an opinion); the report is signed through the core
// API (the CLI's `sign` runs the lifecycle gates, which are not this test's subject), then `verify` checks it.
// QTEST_MAIN (not GUILESS): signing renders the report, which lays out text.
#include "SigningTestSupport.h"
#include "core/Soc2ReportFixture.h"

#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

using namespace isoaudit;
using namespace isoaudit::test;

class TestCliSoc2Report : public QObject
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
    QString m_audit;

    Run cli(const QStringList& args)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ISOAUDIT_CLI), args);
        process.waitForFinished(300000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QString pdfText(const QString& file)
    {
        QString output;
        runProgram(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")}, &output);
        return output;
    }

    static QByteArray readFile(const QString& file)
    {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }

    static bool speaksOfCertification(const QString& text)
    {
        return text.contains(
            QRegularExpression(QStringLiteral("certif|zertifi|certific"), QRegularExpression::CaseInsensitiveOption));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_runtime.isValid());
        m_audit = path(QStringLiteral("soc2.isoaudit"));
        QString error;
        auto store = testing::createSoc2Engagement(m_audit, {}, &error);
        QVERIFY2(store, qPrintable(error));
    }

    void exportPdf()
    {
        const QString out = path(QStringLiteral("soc2.pdf"));
        const Run run = cli({"export-pdf", m_audit, "-o", out});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("wrote ")));
        const QByteArray bytes = readFile(out);
        QVERIFY(bytes.startsWith("%PDF-1.4"));
        QString output;
        QCOMPARE(runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), out}, &output), 0);
        const QString text = pdfText(out).simplified();
        for (const QString& expected :
             {QStringLiteral("SOC 2® Type 2 report"), QStringLiteral("Independent service auditor's report"),
              QStringLiteral("Management's assertion"), QStringLiteral("Other information provided by the service"),
              QStringLiteral("attestation standards established by the AICPA"),
              QStringLiteral("except for the matter described in the basis for qualified opinion"),
              QStringLiteral("Exception noted: 2 of 25 items sampled"), QStringLiteral("No exceptions noted."),
              QStringLiteral("The control did not operate during the period"), QStringLiteral("Skyhost Data Centres"),
              QStringLiteral("CUEC-2"), QStringLiteral("Not covered by the service auditor's opinion")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(!speaksOfCertification(text));
    }

    void exportHtmlAndOtherLanguages()
    {
        const QString html = path(QStringLiteral("soc2.html"));
        const Run run = cli({"export-html", m_audit, "-o", html});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString page = QString::fromUtf8(readFile(html));
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(page.contains(QStringLiteral("SOC 2® Type 2 report")));
        QVERIFY(page.contains(QStringLiteral("Exception noted: 2 of 25 items sampled")));
        QVERIFY(page.contains(QStringLiteral("isoaudit-month-stratified-splitmix64, version 1")));
        QVERIFY(!speaksOfCertification(page));
        for (const char* language : {"da", "de", "nl", "fr"}) {
            const QString out = path(QStringLiteral("soc2-%1.pdf").arg(QLatin1String(language)));
            const Run localized = cli({"export-pdf", m_audit, "-o", out, "--lang", language, "--paper", "letter"});
            QVERIFY2(localized.code == 0, qPrintable(localized.err));
            const QString text = pdfText(out);
            QVERIFY2(text.contains(QStringLiteral("Nimbus Ledger Ltd")), language);
            QVERIFY2(!speaksOfCertification(text), language);
        }
    }

    void signedReportVerifies()
    {
        TestPki pki;
        QString error;
        QVERIFY2(pki.create(&error), qPrintable(error));
        auto store = Lifecycle::open(m_audit, AuditDatabase::Mode::ReadOnly);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        auto pdf = ReportRenderer::renderPdf(*store.value(), ReportOptions{});
        QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
        auto signer
            = CmsSigner::fromPkcs12File(pki.p12(QStringLiteral("lead")), QString::fromLatin1(TestPki::passphrase));
        QVERIFY2(signer.ok(), qPrintable(signer.error()));
        auto report = ReportSigning::signReport(pdf.value(), signer.value(), {});
        QVERIFY2(report.ok(), qPrintable(report.error()));
        const QString file = path(QStringLiteral("soc2-signed.pdf"));
        QVERIFY(writeFile(file, report->pdf));

        const Run trusted = cli({"verify", file, "--ca", pki.path(QStringLiteral("ca.crt"))});
        QVERIFY2(trusted.code == 0, qPrintable(trusted.out + trusted.err));
        QVERIFY(trusted.out.contains(QStringLiteral("valid\ttotal document signed")));
        QVERIFY(trusted.out.contains(QStringLiteral("trusted\tyes")));
        QString output;
        const auto signatures = pdfsig(file, &output);
        QCOMPARE(signatures.size(), 1);
        QVERIFY2(signatures.first().valid() && signatures.first().total(), qPrintable(output));

        QByteArray tampered = report->pdf;
        const qsizetype at = tampered.size() / 3;
        tampered[at] = char(tampered.at(at) ^ 0x01);
        const QString broken = path(QStringLiteral("soc2-tampered.pdf"));
        QVERIFY(writeFile(broken, tampered));
        QVERIFY(cli({"verify", broken}).code != 0);
    }
};

QTEST_MAIN(TestCliSoc2Report)
#include "tst_cli_soc2_report.moc"
