// SPDX-License-Identifier: GPL-3.0-or-later
// The next audit of a certification cycle (core/cycle/NextAudit): which earlier nonconformities it carries and with
// what history, what it takes over from the last audit and what it leaves behind, and when it refuses.
// QTEST_MAIN: signing the last audit renders its report.
#include "SigningTestSupport.h"
#include "WorkflowFixture.h"

#include "cycle/NextAudit.h"
#include "workflow/AuditSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace isoaudit;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Record finding(const QString& ref, const QString& grade)
{
    return {RecordKind::Finding, uuid(), {}, {{"ref", ref}, {"grade", grade}, {"title", ref + " title"}},
            {{LinkKind::Control, {"8.8"}}}};
}

Record action(const QString& findingUuid, const QString& status)
{
    return {RecordKind::CorrectiveAction, uuid(), findingUuid, {{"status", status}, {"action", "Fix"}}, {}};
}

QStringList refs(const QList<Record>& records)
{
    QStringList result;
    for (const auto& r : records)
        result << r.text("ref");
    return result;
}

const Record* byRef(const QList<Record>& records, const QString& ref)
{
    for (const auto& r : records) {
        if (r.text("ref") == ref)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestNextAudit : public QObject
{
    Q_OBJECT

    test::TestPki m_pki;
    QTemporaryDir m_dir;

    AuditSnapshot previous(const QString& type)
    {
        AuditSnapshot s;
        s.audit = {RecordKind::Audit, uuid(), {}, {{"audit_type", type}, {"lifecycle", "signed"},
                                                   {"frameworks", "iso27001-2022"}, {"report_number", "R-7"},
                                                   {"end_date", "2026-03-04"}}, {}};
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_pki.create(&error), qPrintable(error));
    }

    void carriesOpenNonconformitiesOnly()
    {
        AuditSnapshot s = previous("stage2");
        const Record open = finding("NC-01", "major");
        const Record closed = finding("NC-02", "minor");
        const Record planned = finding("NC-03", "minor");
        const Record ofi = finding("OFI-01", "ofi");
        s.findings = {open, closed, planned, ofi};
        s.actions = {action(open.uuid, "implemented"), action(closed.uuid, "not-effective"),
                     action(closed.uuid, "verified-effective"), action(planned.uuid, "plan-accepted")};
        const QList<Record> carried = NextAudit::carriedFindings(s, "surveillance");
        QCOMPARE(refs(carried), (QStringList{"NC-01", "NC-03"}));
        const Record* nc1 = byRef(carried, "NC-01");
        QCOMPARE(nc1->text("origin_audit"), s.audit.uuid);
        QCOMPARE(nc1->text("origin_finding"), open.uuid);
        QCOMPARE(nc1->text("origin_report"), QStringLiteral("R-7"));
        QCOMPARE(nc1->text("origin_date"), QStringLiteral("2026-03-04"));
        QCOMPARE(nc1->linked(LinkKind::Control), QStringList{"8.8"});
        const QJsonArray actions = QJsonDocument::fromJson(nc1->text("actions").toUtf8()).array();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.first().toObject().value("status").toString(), QStringLiteral("implemented"));
        QVERIFY(!nc1->flag("deferred"));
    }

    void stage1AreasOfConcernGoToStage2()
    {
        AuditSnapshot s = previous("stage1");
        s.findings = {finding("AOC-01", "area-of-concern"), finding("OBS-01", "observation")};
        QCOMPARE(refs(NextAudit::carriedFindings(s, "stage2")), QStringList{"AOC-01"});
        AuditSnapshot later = previous("surveillance");
        later.findings = {finding("AOC-01", "area-of-concern")};
        QVERIFY(NextAudit::carriedFindings(later, "surveillance").isEmpty());
    }

    void specialVerifiesMajorsAndDefersTheRest()
    {
        AuditSnapshot s = previous("stage2");
        s.findings = {finding("NC-01", "major"), finding("NC-02", "minor")};
        const QList<Record> carried = NextAudit::carriedFindings(s, "special");
        QCOMPARE(refs(carried), (QStringList{"NC-01", "NC-02"}));
        QVERIFY(!byRef(carried, "NC-01")->flag("deferred"));
        QVERIFY(byRef(carried, "NC-02")->flag("deferred"));

        // After the special audit: the deferred minor travels on, undeferred, with no step in its history (the
        // special audit did not look at it); the verified major ends.
        AuditSnapshot special = previous("special");
        for (Record c : carried) {
            c.uuid = uuid();
            if (c.text("ref") == QLatin1String("NC-01"))
                c.values["verification"] = QStringLiteral("effective");
            special.carriedFindings << c;
        }
        const QList<Record> next = NextAudit::carriedFindings(special, "surveillance");
        QCOMPARE(refs(next), QStringList{"NC-02"});
        QVERIFY(!next.first().flag("deferred"));
        QCOMPARE(QJsonDocument::fromJson(next.first().text("history").toUtf8()).array().size(), 0);
        QCOMPARE(next.first().text("origin_report"), QStringLiteral("R-7"));
    }

    void stillOpenTravelsWithHistoryAndNotEffectiveTravelsAsItsNewFinding()
    {
        AuditSnapshot s = previous("surveillance");
        s.audit.values["report_number"] = QStringLiteral("R-8");
        const Record again = finding("NC-01", "minor");
        s.findings = {again};
        Record open{RecordKind::CarriedFinding, uuid(), {},
                    {{"ref", "NC-04"}, {"grade", "minor"}, {"origin_report", "R-7"}, {"verification", "still-open"},
                     {"verification_note", "Action due in June."}, {"history", "[]"}},
                    {{LinkKind::Evidence, {"e1"}}}};
        Record failed{RecordKind::CarriedFinding, uuid(), {},
                      {{"ref", "NC-03"}, {"grade", "minor"}, {"origin_report", "R-7"}, {"verification", "not-effective"},
                       {"reraised_as", again.uuid}, {"history", "[]"}},
                      {}};
        Record closed{RecordKind::CarriedFinding, uuid(), {},
                      {{"ref", "NC-02"}, {"grade", "minor"}, {"verification", "effective"}}, {}};
        s.carriedFindings = {open, failed, closed};
        const QList<Record> carried = NextAudit::carriedFindings(s, "surveillance");
        QCOMPARE(refs(carried), (QStringList{"NC-01", "NC-04"}));

        const Record* nc4 = byRef(carried, "NC-04");
        QCOMPARE(nc4->text("origin_report"), QStringLiteral("R-7")); // still linked to the audit that raised it
        QVERIFY(nc4->values.value("verification").isNull()); // this audit's verdict starts empty
        QVERIFY(nc4->linked(LinkKind::Evidence).isEmpty()); // the evidence was the last audit's
        const QJsonArray history = QJsonDocument::fromJson(nc4->text("history").toUtf8()).array();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().toObject().value("verdict").toString(), QStringLiteral("still-open"));
        QCOMPARE(history.first().toObject().value("reportNumber").toString(), QStringLiteral("R-8"));
        QCOMPARE(history.first().toObject().value("note").toString(), QStringLiteral("Action due in June."));

        const Record* nc1 = byRef(carried, "NC-01");
        const QJsonArray raised = QJsonDocument::fromJson(nc1->text("history").toUtf8()).array();
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().toObject().value("earlierRef").toString(), QStringLiteral("NC-03"));
        QCOMPARE(raised.first().toObject().value("verdict").toString(), QStringLiteral("not-effective"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("previousType");
        QTest::addColumn<QString>("lifecycle");
        QTest::addColumn<QString>("nextType");
        QTest::addColumn<QString>("message");
        QTest::newRow("unsigned") << "stage2" << "reporting" << "surveillance" << "is not signed";
        QTest::newRow("stage1 again") << "stage2" << "signed" << "stage1" << "Stage 1";
        QTest::newRow("surveillance after stage 1") << "stage1" << "signed" << "surveillance" << "does not follow";
        QTest::newRow("unknown type") << "stage2" << "signed" << "audit" << "Unknown audit type";
        QTest::newRow("recertification after stage 2") << "stage2" << "signed" << "recertification"
                                                       << "does not follow";
        QTest::newRow("allowed: stage 2 after stage 1") << "stage1" << "signed" << "stage2" << "";
        QTest::newRow("allowed: special after surveillance") << "surveillance" << "signed" << "special" << "";
        QTest::newRow("allowed: recertification") << "surveillance" << "signed" << "recertification" << "";
    }

    void refusals()
    {
        QFETCH(QString, previousType);
        QFETCH(QString, lifecycle);
        QFETCH(QString, nextType);
        QFETCH(QString, message);
        AuditSnapshot s = previous(previousType);
        s.audit.values["lifecycle"] = lifecycle;
        const QString why = NextAudit::refusal(s, nextType);
        if (message.isEmpty())
            QVERIFY2(why.isEmpty(), qPrintable(why));
        else
            QVERIFY2(why.contains(message), qPrintable(why));
    }

    void soc2AuditHasNoCycle()
    {
        AuditSnapshot s = previous("stage2");
        s.audit.values["frameworks"] = QStringLiteral("soc2-2017");
        QVERIFY(NextAudit::refusal(s, "surveillance").contains("ISO/IEC 27001"));
    }

    /// From a signed Stage 2 file: what the surveillance takes over, and that the last audit's file is untouched.
    void createsTheNextAuditFromASignedFile()
    {
        const QString last = m_dir.filePath("stage2.isoaudit");
        {
            auto store = testing::createReadyAudit(last);
            QVERIFY(store);
            QVERIFY(store->insert({RecordKind::Site, {}, {}, {{"name", "Head office"}}, {}}));
            QVERIFY(store->insert({RecordKind::TeamMember, {}, {}, {{"name", "Bob Second"}, {"role", "auditor"}}, {}}));
            const QString soa88 = store->uuidForKey(RecordKind::SoaEntry, "8.8").value();
            QVERIFY(store->setField(RecordKind::SoaEntry, soa88, "notes", "Patch reports sampled"));
            QVERIFY(Lifecycle::advance(*store, "fieldwork"));
            QVERIFY(Lifecycle::advance(*store, "reporting"));
            auto signedReport = test::signAudit(*store, m_pki);
            QVERIFY2(signedReport.ok(), qPrintable(signedReport.error()));
        }
        QFile file(last);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        QStringList summary;
        auto created = NextAudit::create(m_dir.filePath("s1.isoaudit"), last,
                                         {"surveillance", QDate(2027, 3, 1), QDate(2027, 3, 2), {}, {}}, &summary);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QVERIFY(!summary.isEmpty());
        AuditStore& next = *created.value();
        auto snapshot = AuditSnapshot::load(next);
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot->auditType(), QStringLiteral("surveillance"));
        QCOMPARE(snapshot->lifecycle(), QStringLiteral("planning"));
        QCOMPARE(snapshot->audit.text("client"), QStringLiteral("Contoso Ltd"));
        QCOMPARE(snapshot->audit.text("client_address"), testing::reportContentAnswers().value("client_address"));
        QVERIFY(snapshot->audit.values.value("recommendation").isNull()); // this audit's outcome is its own
        QCOMPARE(snapshot->leadName(), QStringLiteral("Alice Auditor"));
        QCOMPARE(snapshot->team.size(), 2);
        QCOMPARE(next.count(RecordKind::Site).value(), 1);
        // The register and the SoA are the starting point, marked as carried over; the last verdicts are context.
        QCOMPARE(snapshot->risks.size(), 1);
        QVERIFY(snapshot->risks.first().flag("carried_over"));
        const Record* entry = snapshot->soaEntry("8.8");
        QVERIFY(entry->flag("carried_over"));
        QCOMPARE(entry->text("verdict"), QStringLiteral("pending"));
        QCOMPARE(entry->text("previous_verdict"), QStringLiteral("effective"));
        QCOMPARE(entry->text("previous_notes"), QStringLiteral("Patch reports sampled"));
        QCOMPARE(snapshot->soaEntry("5.7")->text("applicable"), QStringLiteral("no"));
        QCOMPARE(snapshot->clause("4.1")->text("previous_verdict"), QStringLiteral("conform"));
        QCOMPARE(snapshot->clause("4.1")->text("verdict"), QStringLiteral("pending"));
        // The plan starts from the programme's proposal: the surveillance core is planned.
        for (const char* id : {"9.2.1", "9.2.2", "9.3.1", "9.3.2", "9.3.3", "10.2"})
            QVERIFY2(snapshot->clause(QLatin1String(id))->flag("planned"), id);
        // The programme: the Stage 2 as history, this audit current, the rest of the cycle planned.
        QStringList statuses;
        for (const auto& row : snapshot->programmeAudits)
            statuses << row.text("audit_type") + QLatin1Char('/') + row.text("status");
        QVERIFY2(statuses.contains("stage2/completed"), qPrintable(statuses.join(", ")));
        QVERIFY2(statuses.contains("surveillance/current"), qPrintable(statuses.join(", ")));
        QVERIFY2(statuses.contains("recertification/planned"), qPrintable(statuses.join(", ")));
        QCOMPARE(statuses.count("surveillance/planned"), 1);
        QVERIFY(next.verifyTrail().ok);

        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before); // the last audit was only read
    }

    /// After a recertification the next cycle starts: numbered on, its decision and the renewed certificate's dates
    /// asked for again (not carried from the last cycle), its audits planned without dates until then.
    void recertificationStartsTheNextCycle()
    {
        const QString last = m_dir.filePath("recert.isoaudit");
        {
            NewAudit seed{"Contoso Ltd", "recertification", "Alice Auditor", "IT", QDate(2029, 2, 5), QDate(2029, 2, 7)};
            auto store = Lifecycle::create(last, seed);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            QVERIFY(testing::fillReadyAudit(*store.value()));
            const QString programme = store.value()->singleton(RecordKind::Programme)->uuid;
            QVERIFY(store.value()->setFields(RecordKind::Programme, programme,
                                             {{"certificate_number", "ISMS-1"}, {"decision_date", "2026-05-04"},
                                              {"certificate_expires", "2029-05-03"}}));
            QVERIFY(Lifecycle::advance(*store.value(), "fieldwork"));
            QVERIFY(Lifecycle::advance(*store.value(), "reporting"));
            auto signedReport = test::signAudit(*store.value(), m_pki);
            QVERIFY2(signedReport.ok(), qPrintable(signedReport.error()));
        }
        auto created = NextAudit::create(m_dir.filePath("c2s1.isoaudit"), last,
                                         {"surveillance", QDate(2030, 3, 1), QDate(2030, 3, 2), {}, {}});
        QVERIFY2(created.ok(), qPrintable(created.error()));
        auto snapshot = AuditSnapshot::load(*created.value());
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot->programme.text("certificate_number"), QStringLiteral("ISMS-1"));
        QCOMPARE(snapshot->programme.integer("cycle"), std::optional<int>(2));
        QVERIFY(snapshot->programme.values.value("decision_date").isNull());
        QVERIFY(snapshot->programme.values.value("certificate_expires").isNull());
        for (const auto& row : snapshot->programmeAudits) {
            const QString status = row.text("status");
            if (status == QLatin1String("completed"))
                QCOMPARE(row.integer("cycle"), std::optional<int>(1));
            else
                QCOMPARE(row.integer("cycle"), std::optional<int>(2));
            if (status == QLatin1String("planned"))
                QVERIFY(row.text("due_by").isEmpty());
        }
    }

    void aFailureLeavesNoFile()
    {
        const QString target = m_dir.filePath("never.isoaudit");
        auto refused = NextAudit::create(target, m_dir.filePath("missing.isoaudit"), {"surveillance", {}, {}, {}, {}});
        QVERIFY(!refused.ok());
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(target + ".creating"));
    }
};

QTEST_MAIN(TestNextAudit)
#include "tst_nextaudit.moc"
