// SPDX-License-Identifier: GPL-3.0-or-later
// The audit report as a PDF: every section, header and footer on every page, contents page numbers that are
// true, Unicode text, embedded fonts, PDF/A-1b markers, a clean qpdf check, paper sizes, progress and cancel.
#include "ReportFixture.h"

#include "report/ReportDocument.h"
#include "report/ReportLayout.h"
#include "report/ReportRenderer.h"
#include "report/ReportText.h"

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace isoaudit;
using namespace reporttest;

class TestReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AuditStore> m_store;
    QString m_pdf;
    QByteArray m_bytes;

    int pdfPages(const QString& path)
    {
        const ToolRun info = runTool("pdfinfo", {path});
        const auto match = QRegularExpression("Pages:\\s+(\\d+)").match(info.out);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = makeAudit(m_dir.filePath("report.isoaudit"));
        auto pdf = ReportRenderer::renderPdf(*m_store, ReportOptions());
        QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
        m_bytes = pdf.value();
        m_pdf = m_dir.filePath("report.pdf");
        QFile file(m_pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_bytes);
    }

    void issuingCertificationBodyIsOnTheCoverWhenGiven()
    {
        auto data = ReportData::load(*m_store);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const auto coverOf
            = [](const QString& text) { return text.left(text.indexOf(QStringLiteral("CONFIDENTIAL"))); };
        const QString without = coverOf(ReportDocument::build(data.value(), ReportOptions()).plainText());
        QVERIFY(without.contains(QStringLiteral("Lead auditor |")));
        QVERIFY(!without.contains(QStringLiteral("Certification body |")));
        ReportOptions options;
        options.issuer = QStringLiteral("Nordisk Certificering A/S");
        options.issuerAddress = QStringLiteral("Havnegade 7\n1058 København K");
        options.issuerAccreditation = QStringLiteral("DANAK 6012");
        const QString cover = coverOf(ReportDocument::build(data.value(), options).plainText());
        QVERIFY2(cover.contains(QStringLiteral("Certification body | Nordisk Certificering A/S")), qPrintable(cover));
        QVERIFY(cover.contains(QStringLiteral("1058 København K")));
        QVERIFY(cover.contains(QStringLiteral("Accreditation | DANAK 6012")));
        // No accreditation line without a number.
        options.issuerAccreditation.clear();
        QVERIFY(!coverOf(ReportDocument::build(data.value(), options).plainText())
                     .contains(QStringLiteral("Accreditation |")));
    }

    void everySectionIsPresent()
    {
        const QString text = pdfText(m_pdf);
        for (const char* section : {"AUDIT REPORT",
                                    "Contents",
                                    "Audit objectives, scope and criteria",
                                    "Audit team and persons interviewed",
                                    "Executive summary and conclusion",
                                    "Certification recommendation",
                                    "Audit conclusions",
                                    "Findings summary",
                                    "By grade",
                                    "By clause and control",
                                    "Results for clauses 4 to 10",
                                    "Statement of Applicability summary",
                                    "Exclusions and their justification",
                                    "Risk assessment and treatment",
                                    "Inherent risk (before treatment)",
                                    "Residual risk (after treatment)",
                                    "Findings in detail",
                                    "Evidence and sampling log",
                                    "Distribution list",
                                    "Signatures",
                                    "Client's representative"})
            QVERIFY2(text.contains(QLatin1String(section)), section);
        // The audit's own content, in several scripts.
        for (const QString& content :
             {client, lead, japaneseAuditor, QStringLiteral("日本監査株式会社"), QStringLiteral("Søndergade 1, Aarhus"),
              QStringLiteral("R-2026-017"), QStringLiteral("Bestätigung der Wirksamkeit des ISMS."),
              QStringLiteral("Major nonconformity"), QStringLiteral("Risks above the threshold have no treatment."),
              QStringLiteral("Register rows R-1 to R-4 have no controls."), QStringLiteral("Plan accepted"),
              QStringLiteral("31/05/2026"), QStringLiteral("Keine eigene Verkabelung: Büro gemietet."),
              QStringLiteral("Change tickets Q1"), QStringLiteral("Every 20th ticket"),
              QStringLiteral("Certification recommended after verification of corrective actions"),
              QStringLiteral("One major nonconformity must be verified first.")})
            QVERIFY2(text.contains(content), qPrintable(content));
    }

    void headerAndFooterOnEveryPage()
    {
        const int pages = pdfPages(m_pdf);
        QVERIFY(pages >= 8);
        QVERIFY(pages <= 40);
        for (int page = 1; page <= pages; ++page) {
            const QString text = pdfText(m_pdf, page, page).simplified();
            QVERIFY2(text.contains(QStringLiteral("Report R-2026-017 · Rev 1 · Page %1 of %2").arg(page).arg(pages)),
                     qPrintable(QString::number(page)));
            QVERIFY(text.contains(QStringLiteral("CONFIDENTIAL")));
            QVERIFY(text.contains(client));
        }
    }

    void contentsPageNumbersAreTrue()
    {
        auto data = ReportData::load(*m_store);
        QVERIFY(data.ok());
        const ReportDocument document = ReportDocument::build(data.value(), ReportOptions());
        const auto layout = ReportLayout::create(document, QPageSize(QPageSize::A4));
        QCOMPARE(layout->pageCount(), pdfPages(m_pdf));
        QCOMPARE(document.contents.size(), 12);
        const QString contentsPage = pdfText(m_pdf, 2, 2).simplified();
        for (const auto& entry : document.contents) {
            const int page = layout->pageOf(entry.anchor);
            QVERIFY(page >= 3);
            // The heading is on that page, and the contents says so.
            QVERIFY2(pdfText(m_pdf, page, page).simplified().contains(entry.number + " " + entry.title),
                     qPrintable(entry.title));
            QVERIFY2(contentsPage.contains(QStringLiteral("%1 %2 %3").arg(entry.number, entry.title).arg(page)),
                     qPrintable(entry.title));
        }
    }

    void fontsAreEmbedded()
    {
        const ToolRun fonts = runTool("pdffonts", {m_pdf});
        QCOMPARE(fonts.code, 0);
        const QStringList rows = fonts.out.split('\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(rows.size() >= 2); // regular and bold at least
        for (const QString& row : rows) {
            const QStringList columns = row.simplified().split(' ');
            // name type... encoding emb sub uni object ID: "emb" is the fifth column from the end.
            QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == QLatin1String("yes"), qPrintable(row));
        }
        // Japanese names need a font with CJK coverage; when the system has one, it is embedded too.
        if (!runTool("fc-list", {":lang=ja"}).out.trimmed().isEmpty())
            QVERIFY2(rows.filter(QRegularExpression("^DejaVu")).size() < rows.size(), qPrintable(fonts.out));
    }

    void pdfaMarkersAndMetadata()
    {
        QVERIFY(m_bytes.startsWith("%PDF-1.4"));
        QVERIFY(QRegularExpression("pdfaid:part(=\"1\"|>1<)").match(QString::fromLatin1(m_bytes)).hasMatch());
        QVERIFY(QRegularExpression("pdfaid:conformance(=\"B\"|>B<)").match(QString::fromLatin1(m_bytes)).hasMatch());
        QVERIFY(m_bytes.contains("/GTS_PDFA1"));
        const ToolRun info = runTool("pdfinfo", {m_pdf});
        QVERIFY(info.out.contains(QStringLiteral("R-2026-017")));
        QVERIFY(info.out.contains(client));
        QVERIFY(info.out.contains(QStringLiteral("Creator:         IsoAudit")));
        QVERIFY(info.out.contains(QStringLiteral("595 x 842 pts (A4)")));
    }

    void qpdfFindsNoErrors()
    {
        const ToolRun check = runTool("qpdf", {"--check", m_pdf});
        QCOMPARE(check.code, 0);
        QVERIFY2(check.out.contains("No syntax or stream encoding errors"), qPrintable(check.out + check.err));
    }

    void letterPaper()
    {
        ReportOptions options;
        options.paper = QPageSize::Letter;
        auto pdf = ReportRenderer::renderPdf(*m_store, options);
        QVERIFY(pdf.ok());
        const QString path = m_dir.filePath("letter.pdf");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf.value());
        file.close();
        QVERIFY(runTool("pdfinfo", {path}).out.contains(QStringLiteral("612 x 792 pts (letter)")));
        QVERIFY(pdfText(path).contains(QStringLiteral("Findings in detail")));
    }

    void progressCountsPagesAndCanCancel()
    {
        QList<int> done;
        int total = 0;
        auto pdf = ReportRenderer::renderPdf(*m_store, ReportOptions(), [&](int d, int t) {
            done << d;
            total = t;
            return true;
        });
        QVERIFY(pdf.ok());
        QCOMPARE(total, pdfPages(m_pdf));
        QCOMPARE(done.first(), 0);
        QCOMPARE(done.last(), total);
        auto cancelled = ReportRenderer::renderPdf(*m_store, ReportOptions(), [](int d, int) { return d < 3; });
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.error().contains(QStringLiteral("cancelled")));
    }

    void unknownLanguageIsRefused()
    {
        ReportOptions options;
        options.language = QStringLiteral("xx");
        auto pdf = ReportRenderer::renderPdf(*m_store, options);
        QVERIFY(!pdf.ok());
        QVERIFY(pdf.error().contains(QStringLiteral("\"xx\"")));
        QVERIFY(pdf.error().contains(QStringLiteral("en")));
        auto html = ReportRenderer::renderHtml(*m_store, options);
        QVERIFY(!html.ok());
    }

    void htmlIsSelfContained()
    {
        auto html = ReportRenderer::renderHtml(*m_store, ReportOptions());
        QVERIFY(html.ok());
        const QString page = html.value();
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(page.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        QCOMPARE(page.count(QStringLiteral("<svg")), 2); // the two heat maps, inline
        for (const char* forbidden : {"<link", "<script", "src=", "url(", "http://", "https://"}) {
            // The SVG namespace is an identifier, not a resource.
            QString without = page;
            without.remove(QStringLiteral("xmlns=\"http://www.w3.org/2000/svg\""));
            QVERIFY2(!without.contains(QLatin1String(forbidden)), forbidden);
        }
        for (const QString& content :
             {client, japaneseAuditor, QStringLiteral("Findings in detail"),
              QStringLiteral("Keine eigene Verkabelung: Büro gemietet."), QStringLiteral("href=\"#section-8\"")})
            QVERIFY2(page.contains(content), qPrintable(content));
    }

    void unjustifiedExclusionIsTintedAsTheMinorItsCrossCheckSuggests()
    {
        // soa.exclusion-unjustified suggests a minor nonconformity; the report's exclusion table must not paint the
        // row in the major colour.
        const QString uuid = m_store->uuidForKey(RecordKind::SoaEntry, QStringLiteral("7.4")).value();
        const Record before = m_store->record(RecordKind::SoaEntry, uuid).value();
        QVERIFY(m_store->setFields(RecordKind::SoaEntry, uuid, {{"applicable", "no"}, {"justification", ""}}).ok());
        auto html = ReportRenderer::renderHtml(*m_store, ReportOptions());
        QVERIFY(m_store
                    ->setFields(RecordKind::SoaEntry, uuid,
                                {{"applicable", before.values.value("applicable")},
                                 {"justification", before.values.value("justification")}})
                    .ok());
        QVERIFY(html.ok());
        const QString page = html.value();
        const int text = page.indexOf(QStringLiteral("No justification given"));
        QVERIFY(text > 0);
        const QString cell = page.mid(page.lastIndexOf(QStringLiteral("<td"), text), 80);
        QVERIFY2(cell.contains(ReportText::gradeTint(QStringLiteral("minor")).name()), qPrintable(cell));
        QVERIFY2(!cell.contains(ReportText::gradeTint(QStringLiteral("major")).name()), qPrintable(cell));
    }

    void longContentStaysInsideThePage()
    {
        QTemporaryDir dir;
        auto store = makeAudit(dir.filePath("long.isoaudit"));
        QString statement;
        for (int i = 0; i < 300; ++i)
            statement += QStringLiteral("Sentence %1 of a very long statement about Ærø. ").arg(i);
        const QString unbreakable(400, QLatin1Char('X'));
        insertOrFail(
            *store,
            {RecordKind::Finding,
             {},
             {},
             {{"ref", "NC-LONG"}, {"grade", "minor"}, {"statement", statement}, {"objective_evidence", unbreakable}},
             {}});
        auto data = ReportData::load(*store);
        QVERIFY(data.ok());
        const auto layout
            = ReportLayout::create(ReportDocument::build(data.value(), ReportOptions()), QPageSize(QPageSize::A4));
        const QRectF body = layout->bodyRect().adjusted(-0.5, -0.5, 0.5, 0.5);
        for (int page = 0; page < layout->pageCount(); ++page) {
            for (const ReportLayout::Item& item : layout->items(page)) {
                const QString where
                    = QStringLiteral("page %1 item at %2,%3").arg(page + 1).arg(item.rect.left()).arg(item.rect.top());
                QVERIFY2(body.contains(item.rect.topLeft()) && body.contains(item.rect.bottomRight()),
                         qPrintable(where));
                for (int line = item.firstLine; item.text && line < item.endLine; ++line)
                    QVERIFY2(item.text->lineAt(line).naturalTextWidth() <= item.rect.width() + 0.5, qPrintable(where));
            }
        }
        // All of the long statement is there, across pages.
        auto pdf = ReportRenderer::renderPdf(*store, ReportOptions());
        QVERIFY(pdf.ok());
        const QString path = dir.filePath("long.pdf");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf.value());
        file.close();
        const QString text = pdfText(path).simplified();
        QVERIFY(text.contains(QStringLiteral("Sentence 0 of a very long statement")));
        QVERIFY(text.contains(QStringLiteral("Sentence 299 of a very long statement about Ærø.")));
    }

    void printPaintsTheSameLayoutOnAnyPagedDevice()
    {
        // print() lays out for the device's page size: a Letter QPdfWriter gets Letter pages.
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QPdfWriter writer(&buffer);
            writer.setPageLayout(
                QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(10, 10, 10, 10)));
            const Status printed = ReportRenderer::print(*m_store, writer, ReportOptions());
            QVERIFY2(printed.ok(), qPrintable(printed.error()));
        }
        const QString path = m_dir.filePath("printed.pdf");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QVERIFY(runTool("pdfinfo", {path}).out.contains(QStringLiteral("612 x 792 pts (letter)")));
        QVERIFY(pdfText(path).contains(QStringLiteral("Report R-2026-017 · Rev 1 · Page 1 of")));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
