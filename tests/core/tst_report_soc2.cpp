// SPDX-License-Identifier: GPL-3.0-or-later
// The SOC 2 report (issue 16, point 8): the same renderer as the ISO report builds sections I-V from the engagement;
// every opinion reads as recorded and none is invented; Section IV lists every control with its tests and results
// and the samples with seed, method and population SHA-256; no text in any report language speaks of
// certification; the PDF is PDF/A, and a signed SOC 2 report verifies (PdfVerifier and poppler's pdfsig).
// QTEST_MAIN (not GUILESS): the renderer lays out text.
#include "SigningTestSupport.h"
#include "Soc2ReportFixture.h"

#include "report/ReportDocument.h"
#include "report/ReportHtmlWriter.h"
#include "report/ReportRenderer.h"
#include "signing/PdfVerifier.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestReportSoc2 : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<AuditStore> engagement(const testing::Soc2Fixture& f = {})
    {
        QString error;
        auto store
            = testing::createSoc2Engagement(m_dir.filePath(QStringLiteral("e%1.isoaudit").arg(++m_counter)), f, &error);
        if (!store)
            qFatal("cannot create the engagement: %s", qPrintable(error));
        return store;
    }

    static ReportDocument document(const AuditStore& store, const QString& language = QStringLiteral("en"))
    {
        auto data = ReportData::load(store);
        if (!data)
            qFatal("cannot load: %s", qPrintable(data.error()));
        ReportOptions options;
        options.language = language;
        return ReportDocument::build(data.value(), options);
    }

    static QString text(const AuditStore& store, const QString& language = QStringLiteral("en"))
    {
        return document(store, language).plainText();
    }

    /// The text from one heading line to the next line starting with `until` (or the end).
    static QString between(const QString& text, const QString& from, const QString& until)
    {
        const qsizetype start = text.indexOf(from);
        if (start < 0)
            return {};
        const qsizetype end = until.isEmpty() ? -1 : text.indexOf(until, start + from.size());
        return end < 0 ? text.mid(start) : text.mid(start, end - start);
    }

    static void setOpinion(AuditStore& store, const QString& opinion)
    {
        const Record e = store.singleton(RecordKind::Engagement).value();
        const Status set = store.setField(RecordKind::Engagement, e.uuid, QStringLiteral("opinion"),
                                          opinion.isEmpty() ? QVariant() : QVariant(opinion));
        QVERIFY2(set.ok(), qPrintable(set.error()));
    }

private slots:
    void coverAndSectionsInOrder()
    {
        auto store = engagement();
        const ReportDocument doc = document(*store);
        const QString t = doc.plainText();
        QVERIFY(doc.title.contains(QStringLiteral("SOC 2® Type 2 report")));
        QVERIFY(t.contains(QStringLiteral("Service organization | Nimbus Ledger Ltd")));
        QVERIFY(t.contains(QStringLiteral("System | Nimbus Ledger invoicing platform")));
        QVERIFY(t.contains(QStringLiteral("Period | 1 January 2026 to 31 December 2026")));
        QVERIFY(t.contains(QStringLiteral("Service auditor | Example & Partners CPAs LLP")));
        QVERIFY(t.contains(QStringLiteral("Report number | SOC2-2026-014")));
        QVERIFY(t.contains(QStringLiteral("Revision | 1")));
        QVERIFY(t.contains(QStringLiteral("for the period 1 January 2026 to 31 December 2026")));
        QStringList numbers;
        for (const auto& entry : doc.contents)
            numbers << entry.number;
        QCOMPARE(numbers, (QStringList{"I", "II", "III", "IV", "V"}));
        const QStringList headings{"I  Independent service auditor's report", "II  Management's assertion",
                                   "III  Nimbus Ledger Ltd's description of its system",
                                   "IV  Trust services criteria, controls, tests of controls and results",
                                   "V  Other information provided by the service organization"};
        qsizetype at = 0;
        for (const QString& h : headings) {
            const qsizetype found = t.indexOf(QLatin1Char('\n') + h + QLatin1Char('\n'), at);
            QVERIFY2(found > at, qPrintable(h));
            at = found;
        }
        // The ISO report's own sections are not in it.
        QVERIFY(!t.contains(QStringLiteral("Statement of Applicability")));
        QVERIFY(!t.contains(QStringLiteral("Findings summary")));
    }

    void sectionOneStatesScopeAndQualifiedOpinion()
    {
        auto store = engagement();
        const QString one = between(text(*store), QStringLiteral("I  Independent"), QStringLiteral("II  Management"));
        QVERIFY(one.contains(QStringLiteral("attestation standards established by the AICPA")));
        QVERIFY(one.contains(QStringLiteral("relevant to Security, Availability")));
        QVERIFY(one.contains(QStringLiteral("Skyhost Data Centres Inc.")));
        QVERIFY(one.contains(QStringLiteral("(the carve-out method)")));
        QVERIFY(one.contains(QStringLiteral("(CC6.4, A1.2)")));
        QVERIFY(one.contains(QStringLiteral("Skyhost restricts physical access")));
        QVERIFY(one.contains(QStringLiteral("complementary user entity controls")));
        QVERIFY(one.contains(QStringLiteral("Inherent limitations")));
        QVERIFY(one.contains(QStringLiteral("listed in Section IV")));
        QVERIFY(one.contains(QStringLiteral("Basis for qualified opinion")));
        QVERIFY(one.contains(QStringLiteral("\nCC8.1 ")));
        QVERIFY(one.contains(QStringLiteral("deployed without the required approval on three occasions")));
        QVERIFY(one.contains(QStringLiteral("except for the matter described in the basis for qualified opinion")));
        QVERIFY(one.contains(QStringLiteral("(c) the controls stated in the description operated effectively "
                                            "throughout the period 1 January 2026 to 31 December 2026")));
        QVERIFY(one.contains(QStringLiteral("management of Nimbus Ledger Ltd, its user entities and their auditors")));
        QVERIFY(one.contains(QStringLiteral("IsoAudit's default wording")));
        QVERIFY(one.contains(QStringLiteral("Engagement lead | Riley Reviewer")));
        QVERIFY(one.contains(QStringLiteral("Report date | 15 February 2027")));
    }

    void everyOpinionAsRecordedAndNoneInvented()
    {
        auto store = engagement();
        setOpinion(*store, QStringLiteral("unmodified"));
        QString one = between(text(*store), QStringLiteral("I  Independent"), QStringLiteral("II  Management"));
        QVERIFY(one.contains(QStringLiteral("In our opinion, in all material respects:")));
        QVERIFY(!one.contains(QStringLiteral("except for")));
        QVERIFY(!one.contains(QStringLiteral("Basis for")));

        setOpinion(*store, QStringLiteral("adverse"));
        one = between(text(*store), QStringLiteral("I  Independent"), QStringLiteral("II  Management"));
        QVERIFY(one.contains(QStringLiteral("Basis for adverse opinion")));
        QVERIFY(one.contains(QStringLiteral("were not suitably designed and did not operate effectively")));
        QVERIFY(!one.contains(QStringLiteral("in all material respects:")));

        setOpinion(*store, QStringLiteral("disclaimer"));
        one = between(text(*store), QStringLiteral("I  Independent"), QStringLiteral("II  Management"));
        QVERIFY(one.contains(QStringLiteral("Disclaimer of opinion")));
        QVERIFY(one.contains(QStringLiteral("we do not express an opinion")));
        QVERIFY(!one.contains(QStringLiteral("In our opinion")));
        QVERIFY(!one.contains(QStringLiteral("sufficient and appropriate to provide a reasonable basis")));

        setOpinion(*store, QString());
        one = between(text(*store), QStringLiteral("I  Independent"), QStringLiteral("II  Management"));
        QVERIFY(one.contains(QStringLiteral("Opinion not yet formed")));
        QVERIFY(one.contains(QStringLiteral("has not formed an opinion: this report is a draft")));
        QVERIFY(!one.contains(QStringLiteral("In our opinion")));
        QVERIFY(!one.contains(QStringLiteral("we do not express an opinion")));
    }

    void assertionAndIntendedUsersAsRecorded()
    {
        auto without = engagement({QStringLiteral("type2"), QStringLiteral("unmodified"), false, {}});
        QString two = between(text(*without), QStringLiteral("II  Management"), QStringLiteral("III  "));
        QVERIFY(two.contains(QStringLiteral("Management's assertion has not been provided.")));
        auto with = engagement({QStringLiteral("type2"), QStringLiteral("unmodified"), true,
                                QStringLiteral("the management of Nimbus Ledger Ltd and Acme Corp")});
        const QString t = text(*with);
        two = between(t, QStringLiteral("II  Management"), QStringLiteral("III  "));
        QVERIFY(two.contains(QStringLiteral("We, the management of Nimbus Ledger Ltd, confirm")));
        QVERIFY(!two.contains(QStringLiteral("has not been provided")));
        QVERIFY(
            t.contains(QStringLiteral("information and use of the management of Nimbus Ledger Ltd and Acme Corp.")));
        QVERIFY(!t.contains(QStringLiteral("default wording")));
    }

    void systemDescriptionListsSubservicesAndCuecs()
    {
        auto store = engagement();
        const QString three = between(text(*store), QStringLiteral("III  "), QStringLiteral("IV  "));
        QVERIFY(three.contains(QStringLiteral("Production runs in two availability zones")));
        QVERIFY(three.contains(QStringLiteral("customers' own systems are outside it")));
        QVERIFY(three.contains(QStringLiteral("Skyhost Data Centres Inc. | data centre hosting and physical security | "
                                              "Carve-out | Skyhost restricts physical access to the data halls to "
                                              "authorized staff. | CC6.4, A1.2")));
        QVERIFY(
            three.contains(QStringLiteral("CUEC-1 | User entities remove their leavers' accounts promptly. | CC6.2")));
        QVERIFY(three.contains(QStringLiteral("CUEC-2 | ")));
    }

    void sectionFourListsEveryControlWithTestsAndResults()
    {
        auto store = engagement();
        const QString four = between(text(*store), QStringLiteral("IV  Trust"), QStringLiteral("V  Other"));
        // Criteria in catalog order, grouped by category and series.
        const qsizetype security = four.indexOf(QStringLiteral("\nSecurity\n"));
        const qsizetype availability = four.indexOf(QStringLiteral("\nAvailability\n"));
        QVERIFY(security > 0 && availability > security);
        QVERIFY(four.indexOf(QStringLiteral("\nCC6.1 ")) < four.indexOf(QStringLiteral("\nCC6.2 ")));
        QVERIFY(four.indexOf(QStringLiteral("\nCC8.1 ")) < availability);
        QVERIFY(four.indexOf(QStringLiteral("\nA1.2 ")) > availability);
        QVERIFY(!four.contains(QStringLiteral("\nC1.2 "))); // Confidentiality is not in scope
        QVERIFY(four.contains(QStringLiteral("No control of Nimbus Ledger Ltd is mapped to this criterion.")));
        for (const char* ref : {"CTL-01", "CTL-02", "CTL-03", "CTL-04", "CTL-05", "CTL-06"})
            QVERIFY2(four.contains(QLatin1String(ref) + QStringLiteral("  ")), ref);
        // CTL-06 maps only to a criterion out of scope: listed once, after the criteria.
        QVERIFY(four.indexOf(QStringLiteral("Controls not mapped to an applicable criterion"))
                < four.indexOf(QStringLiteral("CTL-06  ")));

        const auto rowOf = [&](const QString& ref) {
            const QStringList lines = four.split(QLatin1Char('\n'));
            for (const QString& line : lines) {
                if (line.startsWith(ref + QStringLiteral("  ")))
                    return line;
            }
            return QString();
        };
        // Row lines hold only the first line of each cell; the whole row is in the table's cells.
        const ReportDocument doc = document(*store);
        const auto cells = [&](const QString& ref) {
            for (const ReportBlock& b : doc.blocks) {
                for (const ReportRow& r : b.table.rows) {
                    if (b.type == ReportBlock::Type::Table && r.cells.size() == 3
                        && r.cells.first().text.startsWith(ref + QStringLiteral("  ")))
                        return QStringList{r.cells.at(0).text, r.cells.at(1).text, r.cells.at(2).text};
                }
            }
            return QStringList();
        };
        QVERIFY(!rowOf(QStringLiteral("CTL-01")).isEmpty());
        const QStringList c1 = cells(QStringLiteral("CTL-01"));
        QVERIFY(c1.at(0).contains(QStringLiteral("Daily · Manual · Key control")));
        QVERIFY(c1.at(1).contains(QStringLiteral("Inspection: Approval recorded before the change went live")));
        QVERIFY(c1.at(1).contains(QStringLiteral("Sample of 25 of 365 occurrences")));
        QVERIFY(c1.at(1).contains(QStringLiteral("Sample size from the firm's sampling policy (Daily).")));
        QVERIFY(c1.at(2).startsWith(QStringLiteral("Exception noted: 2 of 25 items sampled deviated")));
        QVERIFY(c1.at(2).contains(QStringLiteral("Nature: CTL-01: the change went live before its approval")));
        QVERIFY(c1.at(2).contains(QStringLiteral("Cause: The approver was on leave")));
        QVERIFY(!c1.at(2).contains(QStringLiteral("No exceptions noted.")));
        const QStringList c2 = cells(QStringLiteral("CTL-02"));
        QVERIFY(c2.at(1).contains(QStringLiteral("Sample of 2 of 4 occurrences")));
        QCOMPARE(c2.at(2), QStringLiteral("No exceptions noted."));
        const QStringList c3 = cells(QStringLiteral("CTL-03"));
        QCOMPARE(c3.at(2),
                 QStringLiteral("The control did not operate during the period; no test of operating "
                                "effectiveness was possible."));
        const QStringList c5 = cells(QStringLiteral("CTL-05"));
        QVERIFY(c5.at(2).startsWith(QStringLiteral("Exception noted: 1 of 5 items sampled deviated")));
        const QStringList c6 = cells(QStringLiteral("CTL-06"));
        QVERIFY(c6.at(1).contains(QStringLiteral("Tested the whole population")));
        QVERIFY(c6.at(0).contains(QStringLiteral("Annual · Manual")));
        QVERIFY(!c6.at(0).contains(QStringLiteral("Key control")));
        QVERIFY(four.contains(QStringLiteral("not a requirement of the AICPA")));
    }

    void samplesAppendixLetsAReviewerRedraw()
    {
        auto store = engagement();
        const QString four = between(text(*store), QStringLiteral("IV  Trust"), QStringLiteral("V  Other"));
        const QString appendix = between(four, QStringLiteral("Samples and how to draw them again"), {});
        QVERIFY(!appendix.isEmpty());
        const QString sha = SampleSelection::populationSha256(testing::soc2DailyPopulation());
        const QString method = SampleSelection::methodName() + QStringLiteral(", version 1");
        QVERIFY2(appendix.contains(QStringLiteral("CTL-01 | CTL-01 occurrences 2026.csv\n365 rows | %1… | %2 | %3 | 25")
                                       .arg(sha.left(12))
                                       .arg(testing::soc2Seed)
                                       .arg(method)),
                 qPrintable(appendix));
        for (const char* ref : {"CTL-02 | ", "CTL-04 | ", "CTL-05 | ", "CTL-06 | "})
            QVERIFY2(appendix.contains(QLatin1String(ref)), ref);
        QVERIFY(!appendix.contains(QStringLiteral("CTL-03 | "))); // an empty population has no sample
    }

    void sectionFiveIsOutsideTheOpinion()
    {
        auto store = engagement();
        const QString five = between(text(*store), QStringLiteral("V  Other"), {});
        QVERIFY(five.contains(QStringLiteral("Not covered by the service auditor's opinion")));
        QVERIFY(five.contains(QStringLiteral("CTL-01: a delegate approver is now named for every absence.")));
        QVERIFY(five.contains(QStringLiteral("CTL-05: a delegate approver")));
    }

    void typeOneReportsOnDesignOnly()
    {
        auto store = engagement({QStringLiteral("type1"), QStringLiteral("unmodified"), true, {}});
        const QString t = text(*store);
        QVERIFY(t.contains(QStringLiteral("SOC 2® Type 1 report")));
        QVERIFY(t.contains(QStringLiteral("As of | 30 June 2026")));
        QVERIFY(t.contains(QStringLiteral("suitably designed as of 30 June 2026")));
        QVERIFY(!t.contains(QStringLiteral("(c) the controls")));
        QVERIFY(!t.contains(QStringLiteral("operated effectively throughout")));
        QVERIFY(!t.contains(QStringLiteral("Sample of")));
        QVERIFY(!t.contains(QStringLiteral("Samples and how to draw them again")));
        QVERIFY(t.contains(QStringLiteral("Conclusion on design")));
        QVERIFY(t.contains(QStringLiteral("Not suitably designed")));
        QVERIFY(t.contains(QStringLiteral("Suitably designed")));
    }

    /// Every opinion, both report types, every shipped language: never a word of certification.
    void neverSpeaksOfCertification()
    {
        const QRegularExpression banned(QStringLiteral("certif|zertifi|certific"),
                                        QRegularExpression::CaseInsensitiveOption);
        QVERIFY(ReportRenderer::languages().size() >= 5);
        for (const QString& type : {QStringLiteral("type1"), QStringLiteral("type2")}) {
            auto store = engagement({type, QString(), true, {}});
            for (const QString& opinion : {QStringLiteral("unmodified"), QStringLiteral("qualified"),
                                           QStringLiteral("adverse"), QStringLiteral("disclaimer"), QString()}) {
                setOpinion(*store, opinion);
                for (const QString& language : ReportRenderer::languages()) {
                    const ReportDocument doc = document(*store, language);
                    const QString all = doc.plainText() + doc.title + doc.headerLeft + doc.headerRight
                        + doc.footerReport + doc.marking + ReportHtmlWriter::write(doc);
                    const auto match = banned.match(all);
                    QVERIFY2(!match.hasMatch(),
                             qPrintable(QStringLiteral("%1 %2 %3: \"%4\"")
                                            .arg(type, opinion, language,
                                                 all.mid(std::max<qsizetype>(0, match.capturedStart() - 60), 120))));
                }
            }
        }
    }

    void pdfIsSignedAndVerified()
    {
        test::TestPki pki;
        QString error;
        QVERIFY2(pki.create(&error), qPrintable(error));
        auto store = engagement();
        auto pdf = ReportRenderer::renderPdf(*store, ReportOptions{});
        QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
        QVERIFY(pdf->startsWith("%PDF-1.4"));
        QVERIFY(QRegularExpression("pdfaid:part(=\"1\"|>1<)").match(QString::fromLatin1(pdf.value())).hasMatch());
        auto signer = CmsSigner::fromPkcs12File(pki.p12(QStringLiteral("lead")),
                                                QString::fromLatin1(test::TestPki::passphrase));
        QVERIFY2(signer.ok(), qPrintable(signer.error()));
        PdfSignatureOptions options;
        options.reason = QStringLiteral("Independent service auditor's report");
        auto report = ReportSigning::signReport(pdf.value(), signer.value(), options);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        auto verification = PdfVerifier::verify(report->pdf);
        QVERIFY2(verification.ok(), qPrintable(verification.error()));
        QVERIFY(verification->ok());
        QCOMPARE(verification->signatures.size(), 1);
        QCOMPARE(verification->signatures.first().signerSubject.contains(QStringLiteral("Jane Auditor")), true);
        const QString file = m_dir.filePath(QStringLiteral("soc2-signed.pdf"));
        QVERIFY(test::writeFile(file, report->pdf));
        QString output;
        const auto signatures = test::pdfsig(file, &output);
        QCOMPARE(signatures.size(), 1);
        QVERIFY2(signatures.first().valid() && signatures.first().total(), qPrintable(output));
        // A changed byte is caught.
        QByteArray tampered = report->pdf;
        const qsizetype at = tampered.size() / 4; // inside the first signed byte range
        tampered[at] = char(tampered.at(at) ^ 0x01);
        auto broken = PdfVerifier::verify(tampered);
        QVERIFY(!broken.ok() || !broken->ok());
    }
};

QTEST_MAIN(TestReportSoc2)
#include "tst_report_soc2.moc"
