// SPDX-License-Identifier: GPL-3.0-or-later
// The report's sections about the certification cycle (issue 15): the verification of earlier nonconformities
// (each carried finding with this audit's verdict, the sentence that sums them up, those deferred to the next audit),
// the audit programme (certificate, the programme's audits, the audit time) and the opening and closing meetings;
// none of them for an audit without a cycle, and no programme for a SOC 2 examination.
#include "CycleFixture.h"

#include "audittime/AuditTime.h"
#include "cycle/EarlierFindings.h"
#include "report/ReportCycleSections.h"
#include "report/ReportDocument.h"
#include "report/ReportRenderer.h"
#include "report/ReportText.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace isoaudit;
using namespace isoaudit::testing;

class TestReportCycle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_stage2;
    int m_counter = 0;

    std::unique_ptr<AuditStore> surveillance()
    {
        const QString path = m_dir.filePath(QStringLiteral("surveillance-%1.isoaudit").arg(++m_counter));
        const QString made = createSurveillance(path, m_stage2);
        if (!made.isEmpty()) {
            qWarning("%s", qPrintable(made));
            return {};
        }
        auto store = Lifecycle::open(path);
        return store ? std::move(store).value() : nullptr;
    }

    static QString text(const AuditStore& store)
    {
        auto data = ReportData::load(store);
        if (!data) {
            qWarning("%s", qPrintable(data.error()));
            return {};
        }
        return ReportDocument::build(data.value(), ReportOptions()).plainText();
    }

    static QString carriedUuid(const AuditStore& store, const QString& ref)
    {
        const QList<Record> carried = store.records(RecordKind::CarriedFinding).value();
        for (const Record& c : carried) {
            if (c.text(QStringLiteral("ref")) == ref)
                return c.uuid;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_stage2 = m_dir.filePath(QStringLiteral("stage2.isoaudit"));
        const QString made = createSignedStage2(m_stage2);
        QVERIFY2(made.isEmpty(), qPrintable(made));
    }

    void sectionListsTheVerdicts()
    {
        auto store = surveillance();
        QVERIFY(store);
        auto again = EarlierFindings::verify(*store, QStringLiteral("NC-01"), QStringLiteral("not-effective"),
                                             QStringLiteral("Tickets CHG-40 and CHG-41 still approved late."),
                                             QStringLiteral("Alice Auditor"), QDate(2027, 3, 1));
        QVERIFY2(again, qPrintable(again.error()));
        QVERIFY(EarlierFindings::verify(*store, QStringLiteral("NC-02"), QStringLiteral("effective"),
                                        QStringLiteral("Weekly board minutes seen."), QStringLiteral("Alice Auditor"),
                                        QDate(2027, 3, 1)));
        const QString report = text(*store);
        QVERIFY2(report.contains(QLatin1String("Verification of earlier nonconformities")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("2 earlier nonconformities were verified: 1 closed, 1 not effective "
                                                "and raised again as %1.")
                                     .arg(again.value())),
                 qPrintable(report));
        QVERIFY(report.contains(QLatin1String("Verdict of this audit | Not effective (raised again)")));
        QVERIFY(report.contains(QLatin1String("Verdict of this audit | Closed (effective)")));
        QVERIFY(report.contains(QStringLiteral("Raised again as | Finding %1 of this audit").arg(again.value())));
        QVERIFY(report.contains(QLatin1String("Verification note | Weekly board minutes seen.")));
        QVERIFY(report.contains(QLatin1String("Raised at | Stage 2 audit")));
        // The section sits in the contents.
        QVERIFY(report.count(QLatin1String("Verification of earlier nonconformities")) >= 2);
    }

    void unverifiedAndDeferredAreSaidSo()
    {
        auto store = surveillance();
        QVERIFY(store);
        QVERIFY(store->setField(RecordKind::CarriedFinding, carriedUuid(*store, QStringLiteral("NC-02")),
                                QStringLiteral("deferred"), true));
        const QString report = text(*store);
        QVERIFY(report.contains(QLatin1String("1 earlier nonconformity has no verdict of this audit yet.")));
        QVERIFY(report.contains(QLatin1String(
            "1 earlier nonconformity passed through a special audit is to be verified at the next audit")));
        QVERIFY(report.contains(QLatin1String("To be verified at the next audit")));
        QVERIFY(report.contains(QLatin1String("Verdict of this audit | Not verified")));
        // The deferred one is listed, not given a verdict row.
        QCOMPARE(report.count(QLatin1String("Verdict of this audit |")), 1);
    }

    void programmeAndMeetings()
    {
        auto store = surveillance();
        QVERIFY(store);
        const Record programme = store->records(RecordKind::Programme)->first();
        QVERIFY(store->setFields(RecordKind::Programme, programme.uuid,
                                 {{"certificate_number", "ISMS-2026-0042"},
                                  {"certificate_scope", "Head office IT operations"},
                                  {"certificate_expires", "2029-04-30"}}));
        Record opening{RecordKind::Meeting, {}, {}, {}, {}};
        opening.values = {{"kind", "opening"},
                          {"held_at", "2027-03-01T09:00"},
                          {"place", "Head office"},
                          {"attendees", R"([{"name":"Dana Director","role":"CISO","organization":"Contoso Ltd"}])"},
                          {"scope_confirmed", true},
                          {"plan_confirmed", true}};
        QVERIFY(store->insert(opening));
        Record closing{RecordKind::Meeting, {}, {}, {}, {}};
        closing.values = {{"kind", "closing"},
                          {"held_at", "2027-03-02T15:30"},
                          {"findings_presented", true},
                          {"disagreement", "The client disputes the grade of NC-03."}};
        QVERIFY(store->insert(closing));
        const QString report = text(*store);
        QVERIFY2(report.contains(QLatin1String("Audit programme")), qPrintable(report));
        QVERIFY(report.contains(QLatin1String("Certificate number | ISMS-2026-0042")));
        // History (the signed Stage 2 with its outcome) and this audit.
        QVERIFY(report.contains(ReportText::label(ValueList::ProgrammeStatus, QStringLiteral("completed"))));
        QVERIFY(report.contains(ReportText::label(ValueList::ProgrammeStatus, QStringLiteral("current"))));
        QVERIFY(report.contains(QLatin1String("Opening and closing meetings")));
        QVERIFY(report.contains(QLatin1String("Dana Director, CISO (Contoso Ltd)")));
        QVERIFY(report.contains(QLatin1String("Confirmed | the audit scope; the audit plan")));
        QVERIFY(report.contains(QLatin1String("Disagreement | The client disputes the grade of NC-03.")));
        QVERIFY(report.contains(QLatin1String("Disagreement | None recorded")));
        // The opening meeting comes first.
        QVERIFY(report.indexOf(QLatin1String("Opening meeting")) < report.indexOf(QLatin1String("Closing meeting")));
    }

    void auditTimeLinesWhenStored()
    {
        auto store = surveillance();
        QVERIFY(store);
        AuditTimeInput input;
        input.fullTimePersons = 60;
        input.auditType = QStringLiteral("surveillance");
        auto result = AuditTime::compute(input);
        QVERIFY2(result, qPrintable(result.error()));
        const QJsonObject stored{{QStringLiteral("input"), input.toJson()},
                                 {QStringLiteral("result"), result->toJson()}};
        QVERIFY(store->setField(RecordKind::Audit, store->audit()->uuid, QStringLiteral("audit_time"),
                                QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact))));
        const QString report = text(*store);
        QVERIFY2(report.contains(QLatin1String("Audit time (ISO/IEC 27006)")), qPrintable(report));
        QVERIFY(report.contains(QLatin1String("Each surveillance audit:")));
    }

    void noCycleSectionsWithoutACycle()
    {
        // The signed Stage 2 carries nothing, has no history and no meetings: none of the three sections.
        auto store = AuditStore::open(m_stage2, AuditDatabase::Mode::ReadOnly);
        QVERIFY(store);
        const QString report = text(*store.value());
        QVERIFY(!report.contains(QLatin1String("Verification of earlier nonconformities")));
        QVERIFY(!report.contains(QLatin1String("Audit programme")));
        QVERIFY(!report.contains(QLatin1String("Opening and closing meetings")));
    }

    void soc2HasNoProgramme()
    {
        auto store = surveillance();
        QVERIFY(store);
        auto data = ReportData::load(*store);
        QVERIFY(data);
        ReportDocument iso;
        ReportCycleSections::programme(iso, data.value());
        QVERIFY(!iso.blocks.isEmpty());
        ReportData examination = data.value();
        examination.frameworks = QStringLiteral("soc2-2017");
        ReportDocument soc2;
        ReportCycleSections::programme(soc2, examination);
        QVERIFY(soc2.blocks.isEmpty());
    }

    void pdfRenders()
    {
        // A surveillance audit with everything the cycle sections show, laid out as a PDF. With
        // ISOAUDIT_REPORT_SAMPLE set to a folder, the PDF and the audit file are kept there to look at.
        auto store = surveillance();
        QVERIFY(store);
        QVERIFY(EarlierFindings::verify(*store, QStringLiteral("NC-01"), QStringLiteral("not-effective"),
                                        QStringLiteral("Tickets CHG-40 and CHG-41 were still approved after the "
                                                       "change."),
                                        QStringLiteral("Alice Auditor"), QDate(2027, 3, 1)));
        QVERIFY(EarlierFindings::verify(*store, QStringLiteral("NC-02"), QStringLiteral("effective"),
                                        QStringLiteral("Internal audit programme 2026 complete; reports seen."),
                                        QStringLiteral("Alice Auditor"), QDate(2027, 3, 1)));
        const Record programme = store->records(RecordKind::Programme)->first();
        QVERIFY(store->setFields(RecordKind::Programme, programme.uuid,
                                 {{"certificate_number", "ISMS-2026-0042"},
                                  {"certificate_scope", "Head office IT operations"},
                                  {"certificate_issued", "2026-04-30"},
                                  {"certificate_expires", "2029-04-29"}}));
        Record opening{RecordKind::Meeting, {}, {}, {}, {}};
        opening.values = {{"kind", "opening"},
                          {"held_at", "2027-03-01T09:00"},
                          {"place", "Head office"},
                          {"attendees",
                           R"([{"name":"Dana Director","role":"CISO","organization":"Contoso Ltd"},)"
                           R"({"name":"Alice Auditor","role":"Lead auditor","organization":"CB"}])"},
                          {"scope_confirmed", true},
                          {"plan_confirmed", true},
                          {"confidentiality_confirmed", true}};
        QVERIFY(store->insert(opening));
        AuditTimeInput input;
        input.fullTimePersons = 60;
        input.auditType = QStringLiteral("surveillance");
        auto time = AuditTime::compute(input);
        QVERIFY(time);
        QVERIFY(store->setField(RecordKind::Audit, store->audit()->uuid, QStringLiteral("audit_time"),
                                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("input"), input.toJson()},
                                                                            {QStringLiteral("result"), time->toJson()}})
                                                      .toJson(QJsonDocument::Compact))));
        auto pdf = ReportRenderer::renderPdf(*store, ReportOptions());
        QVERIFY2(pdf, qPrintable(pdf.error()));
        QVERIFY(pdf->startsWith("%PDF"));
        if (const QString sample = qEnvironmentVariable("ISOAUDIT_REPORT_SAMPLE"); !sample.isEmpty()) {
            QFile out(QDir(sample).filePath(QStringLiteral("surveillance-report.pdf")));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(pdf.value());
            QFile::remove(QDir(sample).filePath(QStringLiteral("surveillance.isoaudit")));
            QVERIFY(store->saveCopyAs(QDir(sample).filePath(QStringLiteral("surveillance.isoaudit"))));
            QFile::remove(QDir(sample).filePath(QStringLiteral("stage2.isoaudit")));
            QVERIFY(QFile::copy(m_stage2, QDir(sample).filePath(QStringLiteral("stage2.isoaudit"))));
        }
    }
};

QTEST_MAIN(TestReportCycle)
#include "tst_report_cycle.moc"
