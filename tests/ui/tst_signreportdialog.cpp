// SPDX-License-Identifier: GPL-3.0-or-later
// The Sign report dialog: on a not-ready audit every blocker is listed and signing is disabled; on a ready audit it
// signs with a test PKCS#12 into a PDF that core's verifier and poppler's pdfsig accept, and the audit is signed; a
// wrong passphrase shows core's message and writes nothing; a second signer countersigns the signed report.
#include "SigningTestSupport.h"
#include "TestPki.h"
#include "core/WorkflowFixture.h"

#include "demo/DemoAudit.h"
#include "dialogs/SignReportDialog.h"
#include "document/AuditDocument.h"
#include "panes/report/ReportPane.h"
#include "signing/PdfVerifier.h"
#include "signing/ReportSigning.h"
#include "workflow/Lifecycle.h"

#include <QCryptographicHash>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QLabel>
#include <QTest>

using namespace isoaudit;

class TestSignReportDialog : public QObject
{
    Q_OBJECT

    test::TestPki m_pki;
    QTemporaryDir m_dir;
    int m_counter = 0;

    /// A ready audit in reporting (or, with `blocker`, with an open major while "recommend" is recorded).
    std::unique_ptr<AuditDocument> reportingAudit(bool blocker = false)
    {
        const QString path = m_dir.filePath(QStringLiteral("audit%1.isoaudit").arg(++m_counter));
        auto store = testing::createReadyAudit(path);
        if (!store)
            return {};
        for (const char* target : {"fieldwork", "reporting"}) {
            if (!Lifecycle::advance(*store, QLatin1String(target)))
                return {};
        }
        if (blocker && testing::addFinding(*store, "NC-01", "major", LinkKind::Clause, "8.1").isEmpty())
            return {};
        return std::make_unique<AuditDocument>(std::move(store));
    }

    QString shot(const QString& name) const
    {
        return qEnvironmentVariable("ISOAUDIT_SCREENSHOT_DIR", m_dir.path()) + QLatin1Char('/') + name;
    }

    static QString lifecycle(AuditDocument& document) { return document.store().audit()->text("lifecycle"); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("IsoAuditTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_signreportdialog"));
        QSettings().clear();
        QString error;
        QVERIFY2(m_pki.create(&error), qPrintable(error));
    }

    void blockersDisableSigning()
    {
        auto document = reportingAudit(true);
        QVERIFY(document);
        SignReportDialog dialog(document.get());
        dialog.setPkcs12Path(m_pki.p12("lead"));
        dialog.setPassphrase(test::TestPki::passphrase);
        const QString output = m_dir.filePath("blocked.pdf");
        dialog.setOutputPath(output);
        QVERIFY(!dialog.blockers().isEmpty());
        // The list shows the rule's message and its clause in words; the rule id is only the tooltip.
        QVERIFY2(!dialog.blockers().join('\n').contains("signed.recommend-open-major"),
                 qPrintable(dialog.blockers().join('\n')));
        QVERIFY2(dialog.blockers().join('\n').contains(" — ISO/IEC 17021-1 9.5"),
                 qPrintable(dialog.blockers().join('\n')));
        auto* list = dialog.findChild<QListWidget*>("blockerList");
        QCOMPARE(list->count(), dialog.blockers().size());
        QVERIFY(list->item(0)->text().contains("NC-01"));
        bool idInTooltip = false;
        for (int row = 0; row < list->count(); ++row)
            idInTooltip = idInTooltip || list->item(row)->toolTip().contains("signed.recommend-open-major");
        QVERIFY(idInTooltip);
        QVERIFY(!dialog.canSign());
        QVERIFY(!dialog.findChild<QPushButton*>("signButton")->isEnabled());
        QVERIFY(!dialog.sign().ok());
        QVERIFY(!QFile::exists(output));
        dialog.show();
        QVERIFY(dialog.grab().save(shot("signreport-blocked.png"))); // to look at it
        QCOMPARE(lifecycle(*document), QStringLiteral("reporting"));
    }

    void aSoc2ReportIsTheServiceAuditors()
    {
        // The SOC 2 demo engagement is in reporting: its report is the service auditor's, signed by the engagement
        // lead, and names the firm, never a certification body.
        auto demo = DemoAudit::ensure(m_dir.filePath(QStringLiteral("soc2")), DemoAudit::Which::Soc2);
        QVERIFY2(demo, qPrintable(demo.error()));
        auto opened = AuditDocument::open(demo.value());
        QVERIFY2(opened, qPrintable(opened.error()));
        AuditDocument& document = *opened.value();
        {
            SignReportDialog dialog(&document);
            const QString reason = dialog.findChild<QLineEdit*>("reasonEdit")->text();
            QVERIFY2(reason.contains("engagement lead") && !reason.contains("lead auditor"), qPrintable(reason));
            const QString readiness = dialog.findChild<QLabel*>("readinessLabel")->text();
            QVERIFY2(!readiness.contains("certification body"), qPrintable(readiness));
            QVERIFY2(!readiness.contains("service auditor's firm"), qPrintable(readiness));
        }
        const Record engagement = document.store().singleton(RecordKind::Engagement).value();
        QVERIFY(document.setField(RecordKind::Engagement, engagement.uuid, QStringLiteral("service_auditor"), QString()));
        SignReportDialog dialog(&document);
        const QString readiness = dialog.findChild<QLabel*>("readinessLabel")->text();
        QVERIFY2(readiness.contains("does not name the service auditor's firm"), qPrintable(readiness));
        QVERIFY2(!readiness.contains("certification body"), qPrintable(readiness));
    }

    void signsAReadyAudit()
    {
        auto document = reportingAudit();
        QVERIFY(document);
        SignReportDialog dialog(document.get());
        QVERIFY2(dialog.blockers().isEmpty(), qPrintable(dialog.blockers().join('\n')));
        QVERIFY(!dialog.findChild<QListWidget*>("blockerList")->isVisibleTo(&dialog));
        // A report that names no certification body is said so before signing (ISO/IEC 17021-1 9.4.8).
        auto* readiness = dialog.findChild<QLabel*>("readinessLabel");
        QVERIFY(readiness);
        QVERIFY(readiness->text().contains("does not name the certification body"));
        ReportOptions named;
        named.issuer = QStringLiteral("Nordic Certification A/S");
        dialog.setReportOptions(named);
        QVERIFY2(!readiness->text().contains("certification body"), qPrintable(readiness->text()));
        // The default output sits beside the audit and names the revision.
        const QString suggested = dialog.findChild<QLineEdit*>("outputEdit")->text();
        QCOMPARE(QFileInfo(suggested).dir(), QFileInfo(document->path()).dir());
        QVERIFY2(suggested.endsWith(" rev 1 signed.pdf"), qPrintable(suggested));
        QCOMPARE(dialog.findChild<QLineEdit*>("passphraseEdit")->echoMode(), QLineEdit::Password);

        const QString output = m_dir.filePath("signed.pdf");
        dialog.setPkcs12Path(m_pki.p12("lead"));
        dialog.setPassphrase(test::TestPki::passphrase);
        dialog.setOutputPath(output);
        QVERIFY(dialog.canSign());
        QTest::mouseClick(dialog.findChild<QPushButton*>("signButton"), Qt::LeftButton);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QVERIFY(QFile::exists(output));
        QCOMPARE(lifecycle(*document), QStringLiteral("signed"));
        QVERIFY(dialog.resultText().contains("Jane Auditor"));
        QVERIFY(dialog.resultText().contains("Whole document signed"));
        QVERIFY(dialog.findChild<QPushButton*>("openPdfButton")->isVisibleTo(&dialog));
        QVERIFY(!dialog.canSign()); // signed once; the dialog does not sign twice
        dialog.show();
        QVERIFY(dialog.grab().save(shot("signreport-signed.png")));
        // The passphrase is not kept; the certificate's path is remembered for next time.
        QVERIFY(dialog.findChild<QLineEdit*>("passphraseEdit")->text().isEmpty());
        QCOMPARE(QSettings().value("signing/lastPkcs12").toString(), m_pki.p12("lead"));
        QVERIFY(!QSettings().allKeys().join(' ').contains("pass", Qt::CaseInsensitive));

        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        auto verification = PdfVerifier::verify(pdf);
        QVERIFY(verification.ok());
        QVERIFY2(verification->ok(), qPrintable(verification->problems().join(' ')));
        QCOMPARE(verification->signatures.size(), 1);
        // The audit records this very file's hash.
        const auto revisions = document->store().records(RecordKind::ReportRevision).value();
        QCOMPARE(revisions.size(), 1);
        QCOMPARE(revisions.first().text("sha256"),
                 QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
        QString pdfsigOutput;
        const auto signatures = test::pdfsig(output, &pdfsigOutput);
        QCOMPARE(signatures.size(), 1);
        QVERIFY2(signatures.first().valid() && signatures.first().total(), qPrintable(pdfsigOutput));

        // A second signer countersigns the signed report through the same dialog.
        SignReportDialog second(document.get(), SignReportDialog::Mode::AddSignature);
        QVERIFY2(second.blockers().isEmpty(), qPrintable(second.blockers().join('\n')));
        const QString countersigned = m_dir.filePath("countersigned.pdf");
        second.setSignedInputPath(output);
        second.setPkcs12Path(m_pki.p12("client"));
        second.setPassphrase(test::TestPki::passphrase);
        second.setOutputPath(countersigned);
        QVERIFY2(second.sign().ok(), qPrintable(second.errorText()));
        const auto both = test::pdfsig(countersigned, &pdfsigOutput);
        QCOMPARE(both.size(), 2);
        QVERIFY2(both.at(0).valid() && both.at(1).valid() && both.at(1).total(), qPrintable(pdfsigOutput));
        QVERIFY(second.resultText().contains(QStringLiteral("Søren Østergaard")));
    }

    void wrongPassphraseWritesNothing()
    {
        auto document = reportingAudit();
        QVERIFY(document);
        SignReportDialog dialog(document.get());
        const QString output = m_dir.filePath("wrong.pdf");
        dialog.setPkcs12Path(m_pki.p12("lead"));
        dialog.setPassphrase(QStringLiteral("not the passphrase"));
        dialog.setOutputPath(output);
        const Status refused = dialog.sign();
        QVERIFY(!refused.ok());
        QCOMPARE(dialog.errorText(), refused.error());
        QVERIFY2(refused.error().contains("passphrase", Qt::CaseInsensitive), qPrintable(refused.error()));
        QVERIFY(!QFile::exists(output));
        QCOMPARE(lifecycle(*document), QStringLiteral("reporting"));
        QCOMPARE(document->store().count(RecordKind::ReportRevision).value(), 0);
        QVERIFY(dialog.resultText().isEmpty());
    }

    void reportPaneOffersSigningOrCountersigning()
    {
        auto document = reportingAudit();
        QVERIFY(document);
        ReportPane pane;
        pane.resize(1366, 700);
        pane.setDocument(document.get());
        pane.show();
        auto* sign = pane.findChild<QPushButton*>("signReportButton");
        auto* add = pane.findChild<QPushButton*>("addSignatureButton");
        QVERIFY(sign && add);
        QVERIFY(sign->isEnabled());
        QVERIFY(!add->isEnabled());
        QVERIFY(!sign->accessibleName().isEmpty() || !sign->text().isEmpty());
        QVERIFY(pane.grab().save(shot("reportpane-sign.png")));
        // Once signed (the same core path as the dialog), the pane offers countersigning instead.
        auto signedReport = test::signAudit(document->store(), m_pki);
        QVERIFY2(signedReport.ok(), qPrintable(signedReport.error()));
        pane.refresh();
        QVERIFY(!sign->isEnabled());
        QVERIFY(add->isEnabled());
    }

    void countersigningNeedsASignedAudit()
    {
        auto document = reportingAudit();
        QVERIFY(document);
        SignReportDialog dialog(document.get(), SignReportDialog::Mode::AddSignature);
        QCOMPARE(dialog.blockers().size(), 1);
        QVERIFY(dialog.blockers().first().contains("reporting"));
        QVERIFY(!dialog.canSign());
    }
};

QTEST_MAIN(TestSignReportDialog)
#include "tst_signreportdialog.moc"
