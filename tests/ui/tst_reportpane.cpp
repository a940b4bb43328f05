// SPDX-License-Identifier: GPL-3.0-or-later
// The Report pane: a live preview with the same pages as the PDF, refreshed after an edit, paper size choice,
// Export PDF and printing to a (PDF) printer — all through the one core layout.
#include "../core/ReportFixture.h"

#include "WorkbenchTestSupport.h"
#include "document/AuditDocument.h"
#include "generate/AuditGenerator.h"
#include "panes/report/ReportPane.h"
#include "report/ReportRenderer.h"
#include "settings/AppSettings.h"
#include "workflow/Lifecycle.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace isoaudit;
using namespace reporttest;

class TestReportPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AuditDocument> m_document;
    std::unique_ptr<ReportPane> m_pane;

    QPrintPreviewWidget* preview() { return m_pane->findChild<QPrintPreviewWidget*>("reportPreview"); }

private slots:
    void initTestCase()
    {
        // Preferences are read from a settings file of this test's own, never the user's.
        workbenchtest::isolateSettings(m_dir, QStringLiteral("tst_reportpane"));
    }

    void preferencesGiveTheDefaultsAndTheIssuer()
    {
        {
            const ReportOptions plain = m_pane->options();
            QCOMPARE(plain.issuer, QString());
        }
        AppSettings::Values values = AppSettings::load();
        values.reportLanguage = QStringLiteral("de");
        values.reportPaper = QStringLiteral("letter");
        values.certificationBody = {QStringLiteral("Nordisk Certificering A/S"), QStringLiteral("Havnegade 7"),
                                    QStringLiteral("DANAK 6012")};
        AppSettings::save(values);
        ReportPane pane;
        const ReportOptions options = pane.options();
        QCOMPARE(options.language, QStringLiteral("de"));
        QCOMPARE(options.paper, QPageSize::Letter);
        QCOMPARE(options.issuer, QStringLiteral("Nordisk Certificering A/S"));
        QCOMPARE(options.issuerAddress, QStringLiteral("Havnegade 7"));
        QCOMPARE(options.issuerAccreditation, QStringLiteral("DANAK 6012"));
        // Each report may still choose otherwise.
        pane.findChild<QComboBox*>(QStringLiteral("languageComboBox"))->setCurrentIndex(0);
        QCOMPARE(pane.options().language, QStringLiteral("en"));
        QSettings().clear();
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path
            = m_dir.filePath(QStringLiteral("pane-%1.isoaudit").arg(QDateTime::currentMSecsSinceEpoch()));
        makeAudit(path);
        auto document = AuditDocument::open(path);
        QVERIFY2(document.ok(), qPrintable(document.error()));
        m_document = std::move(document.value());
        m_pane = std::make_unique<ReportPane>();
        m_pane->resize(1280, 760);
    }

    void cleanup()
    {
        m_pane.reset();
        m_document.reset();
    }

    void noAuditMeansNoPreviewAndDisabledActions()
    {
        m_pane->show();
        m_pane->setDocument(nullptr);
        QCOMPARE(m_pane->pageCount(), 0);
        QVERIFY(!m_pane->findChild<QPushButton*>("printButton")->isEnabled());
        QVERIFY(!m_pane->findChild<QPushButton*>("exportPdfButton")->isEnabled());
    }

    void previewShowsThePdfPages()
    {
        m_pane->show();
        m_pane->setDocument(m_document.get());
        QTRY_VERIFY(m_pane->pageCount() > 0);
        QTRY_COMPARE(preview()->pageCount(), m_pane->pageCount());
        QVERIFY(m_pane->findChild<QPushButton*>("exportPdfButton")->isEnabled());
        auto pdf = ReportRenderer::renderPdf(m_document->store(), ReportOptions());
        QVERIFY(pdf.ok());
        const QString path = m_dir.filePath("reference.pdf");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf.value());
        file.close();
        QVERIFY(
            runTool("pdfinfo", {path}).out.contains(QStringLiteral("Pages:           %1").arg(m_pane->pageCount())));
        if (const QByteArray shot = qgetenv("ISOAUDIT_SCREENSHOT"); !shot.isEmpty())
            m_pane->grab().save(QString::fromLocal8Bit(shot));
    }

    void pageCountLabelFollowsThePreview()
    {
        m_pane->show();
        m_pane->setDocument(m_document.get());
        QTRY_VERIFY(m_pane->pageCount() > 0);
        QTRY_COMPARE(preview()->pageCount(), m_pane->pageCount());
        auto* label = m_pane->findChild<QLabel*>("pagesLabel");
        QVERIFY(label);
        const int before = preview()->pageCount();
        QCOMPARE(label->text(), QStringLiteral("%1 pages").arg(before));
        // Long findings add pages; after the new layout is painted, the label says how many the preview holds.
        for (int i = 0; i < 30; ++i) {
            const QString statement = QStringLiteral("Long statement %1. ").arg(i).repeated(60);
            QVERIFY(
                m_document
                    ->insertRecord(
                        {RecordKind::Finding,
                         {},
                         {},
                         {{"ref", QStringLiteral("NC-%1").arg(100 + i)}, {"grade", "minor"}, {"statement", statement}},
                         {}})
                    .ok());
        }
        QVERIFY(m_pane->refresh());
        QTRY_VERIFY(preview()->pageCount() > before);
        QCOMPARE(preview()->pageCount(), m_pane->pageCount());
        QCOMPARE(label->text(), QStringLiteral("%1 pages").arg(preview()->pageCount()));
        // No audit: no count.
        m_pane->setDocument(nullptr);
        QCOMPARE(label->text(), QString());
    }

    void editRefreshesThePreview()
    {
        m_pane->show();
        m_pane->setDocument(m_document.get());
        QTRY_VERIFY(m_pane->pageCount() > 0);
        const QString exported = m_dir.filePath("before.pdf");
        QVERIFY(m_pane->exportPdf(exported).ok());
        QVERIFY(!pdfText(exported).contains(QStringLiteral("Brand new finding statement")));
        const QString uuid
            = m_document
                  ->insertRecord({RecordKind::Finding,
                                  {},
                                  {},
                                  {{"ref", "NC-9"}, {"grade", "minor"}, {"statement", "Brand new finding statement"}},
                                  {}})
                  .value();
        QVERIFY(!uuid.isEmpty());
        // The preview catches up by itself shortly after the edit.
        const QString after = m_dir.filePath("after.pdf");
        QTRY_VERIFY_WITH_TIMEOUT(
            (m_pane->exportPdf(after).ok(), pdfText(after).contains("Brand new finding statement")), 10000);
    }

    void paperSizeAndPrinting()
    {
        m_pane->show();
        m_pane->setDocument(m_document.get());
        QTRY_VERIFY(m_pane->pageCount() > 0);
        m_pane->setPaper(QPageSize::Letter);
        QVERIFY(m_pane->refresh());
        const QString letter = m_dir.filePath("letter.pdf");
        const Status exported = m_pane->exportPdf(letter);
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
        QVERIFY(runTool("pdfinfo", {letter}).out.contains(QStringLiteral("612 x 792 pts (letter)")));
        QVERIFY(runTool("pdffonts", {letter}).out.contains(QStringLiteral("DejaVuSans")));

        // Print… paints the same report on the printer the dialog returns; here a PDF printer on A4.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_dir.filePath("printed.pdf"));
        printer.setPageSize(QPageSize(QPageSize::A4));
        const Status printed = m_pane->printTo(printer);
        QVERIFY2(printed.ok(), qPrintable(printed.error()));
        const QString text = pdfText(m_dir.filePath("printed.pdf"));
        QVERIFY(text.contains(QStringLiteral("Findings in detail")));
        QVERIFY(text.contains(QStringLiteral("Report R-2026-017 · Rev 1 · Page 1 of")));
        QVERIFY(runTool("pdfinfo", {m_dir.filePath("printed.pdf")}).out.contains(QStringLiteral("(A4)")));
    }

    void windowStaysResponsiveWhileLayingOut()
    {
        // A large audit: the layout and the preview take many chunks, and the event loop runs between them.
        const QString path = m_dir.filePath("large.isoaudit");
        {
            auto store = Lifecycle::create(path, {client, "stage2", lead, {}, QDate(2026, 3, 2), QDate(2026, 3, 6)});
            QVERIFY(store.ok());
            GenerateOptions options;
            options.risks = 60;
            options.findings = 200;
            options.evidence = 60;
            const Status filled = AuditGenerator::fill(*store.value(), options);
            QVERIFY2(filled.ok(), qPrintable(filled.error()));
        }
        auto document = AuditDocument::open(path);
        QVERIFY(document.ok());
        m_pane->show();
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
        timer.start(0);
        m_pane->setDocument(document.value().get());
        QVERIFY(m_pane->refresh());
        QVERIFY(m_pane->pageCount() > 60);
        QVERIFY2(ticks > 5, qPrintable(QString::number(ticks)));
        m_pane->setDocument(nullptr);
    }

    void exportRefusesAnUnwritablePath()
    {
        m_pane->show();
        m_pane->setDocument(m_document.get());
        QTRY_VERIFY(m_pane->pageCount() > 0);
        const Status exported = m_pane->exportPdf(m_dir.filePath("no-such-dir/report.pdf"));
        QVERIFY(!exported.ok());
        QVERIFY(exported.error().contains(QStringLiteral("report.pdf")));
    }
};

QTEST_MAIN(TestReportPane)
#include "tst_reportpane.moc"
