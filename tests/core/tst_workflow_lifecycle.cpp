// SPDX-License-Identifier: GPL-3.0-or-later
// The lifecycle: planning -> fieldwork -> reporting -> signed only when the rules hold, a signed audit refuses
// every write, and reopen keeps the signed revision on record. An audit becomes signed only by signing its report
// (render, sign with a test PKCS#12, record), so QTEST_MAIN: the renderer needs a QGuiApplication.
#include "SigningTestSupport.h"
#include "WorkflowFixture.h"

#include "workflow/CorrectiveActions.h"
#include "workflow/Lifecycle.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestWorkflowLifecycle : public QObject
{
    Q_OBJECT

private:
    test::TestPki m_pki;
    SignedReport m_signed;
    QTemporaryDir m_dir;
    std::unique_ptr<AuditStore> m_store;
    QString m_path;
    int m_counter = 0;

    QString state() { return Lifecycle::state(*m_store).value(); }
    QString auditUuid() { return m_store->audit()->uuid; }

    void advanceTo(const QString& target)
    {
        auto moved = Lifecycle::advance(*m_store, target);
        QVERIFY2(moved.ok(), qPrintable(moved.error()));
        QCOMPARE(state(), target);
    }

    void toSigned()
    {
        advanceTo("fieldwork");
        advanceTo("reporting");
        signReport();
    }

    void signReport()
    {
        auto report = test::signAudit(*m_store, m_pki);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        m_signed = report.value();
        QCOMPARE(state(), QStringLiteral("signed"));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pki.create(&error), qPrintable(error));
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("a%1.isoaudit").arg(++m_counter));
        m_store = testing::createReadyAudit(m_path);
        QVERIFY(m_store);
    }

    void cleanup() { m_store.reset(); }

    void fullCycle()
    {
        QCOMPARE(state(), QStringLiteral("planning"));
        toSigned();
        auto revisions = m_store->records(RecordKind::ReportRevision).value();
        QCOMPARE(revisions.size(), 1);
        QCOMPARE(revisions.first().integer("revision"), std::optional<int>(1));
        // The signer is the certificate's subject; the hash is the signed PDF's, the fingerprint its certificate's.
        QCOMPARE(revisions.first().text("signer"), QStringLiteral("Jane Auditor"));
        const QString pdfHash
            = QString::fromLatin1(QCryptographicHash::hash(m_signed.pdf, QCryptographicHash::Sha256).toHex());
        QCOMPARE(revisions.first().text("sha256"), pdfHash);
        QCOMPARE(revisions.first().text("certificate_fingerprint"), m_signed.record.certificateFingerprint);
        QVERIFY(!revisions.first().text("certificate_fingerprint").isEmpty());
        QVERIFY(!revisions.first().text("signed_at").isEmpty());
    }

    void advanceToSignedIsRefused()
    {
        advanceTo("fieldwork");
        advanceTo("reporting");
        QVERIFY(ReportSigning::checkReady(*m_store).ok()); // ready: the refusal is not about the rules
        auto refused = Lifecycle::advance(*m_store, "signed");
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("An audit becomes signed by signing its report")),
                 qPrintable(refused.error()));
        QVERIFY(refused.error().contains(QStringLiteral("isoaudit-cli sign")));
        QCOMPARE(state(), QStringLiteral("reporting"));
        QCOMPARE(m_store->count(RecordKind::ReportRevision).value(), 0);
    }

    void oneStepAtATime()
    {
        auto skip = Lifecycle::advance(*m_store, "reporting");
        QVERIFY(!skip.ok());
        QVERIFY(skip.error().contains(QStringLiteral("planning")));
        QVERIFY(!Lifecycle::advance(*m_store, "planning").ok());
        QVERIFY(!Lifecycle::advance(*m_store, "archived").ok());
        advanceTo("fieldwork");
        QVERIFY(!Lifecycle::advance(*m_store, "fieldwork").ok());
        QCOMPARE(state(), QStringLiteral("fieldwork"));
    }

    void refusalListsTheUnmetRules()
    {
        QVERIFY(m_store->setFields(RecordKind::Audit, auditUuid(), {{"client", ""}, {"scope", ""}}).ok());
        auto refused = Lifecycle::advance(*m_store, "fieldwork");
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("fieldwork.client")));
        QVERIFY(refused.error().contains(QStringLiteral("fieldwork.scope")));
        QVERIFY(refused.error().contains(QStringLiteral("2 rule(s)")));
        QCOMPARE(state(), QStringLiteral("planning"));
    }

    void warningsDoNotBlock()
    {
        const QString clause = m_store->uuidForKey(RecordKind::ClauseAssessment, "4.1").value();
        QVERIFY(m_store->setField(RecordKind::ClauseAssessment, clause, "plan_auditor", "").ok());
        auto moved = Lifecycle::advance(*m_store, "fieldwork");
        QVERIFY(moved.ok());
        QCOMPARE(moved->size(), 1);
        QCOMPARE(moved->first().ruleId, QStringLiteral("fieldwork.plan-auditors"));
    }

    void recommendWithAnOpenMajorIsRefused()
    {
        advanceTo("fieldwork");
        advanceTo("reporting");
        const QString major = testing::addFinding(*m_store, "NC-01", "major", LinkKind::Clause, "8.1");
        QVERIFY(m_store
                    ->setField(RecordKind::ClauseAssessment,
                               m_store->uuidForKey(RecordKind::ClauseAssessment, "8.1").value(), "verdict",
                               "nonconform")
                    .ok());
        auto refused = test::signAudit(*m_store, m_pki);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("Recommend certification\u201D is impossible while a major nonconformity")),
                 qPrintable(refused.error()));
        QVERIFY(refused.error().contains(QStringLiteral("NC-01 (8.1)")));
        QCOMPARE(state(), QStringLiteral("reporting"));
        QCOMPARE(m_store->count(RecordKind::ReportRevision).value(), 0);

        // Verified, the same recommendation is accepted.
        const QString action
            = CorrectiveActions::create(*m_store, major, {}, "Alice", QDateTime::currentDateTimeUtc()).value();
        for (const QString step : {"plan-submitted", "plan-accepted", "implemented", "verified-effective"})
            QVERIFY(
                CorrectiveActions::setStatus(*m_store, action, step, "Alice", QDateTime::currentDateTimeUtc()).ok());
        signReport();
    }

    void signedRefusesEveryWrite()
    {
        toSigned();
        const QString risk = m_store->uuidForKey(RecordKind::Risk, "R-001").value();
        const QString clause = m_store->uuidForKey(RecordKind::ClauseAssessment, "6.2").value();
        QList<Status> attempts;
        attempts << m_store->setField(RecordKind::Audit, auditUuid(), "client", "Other");
        attempts << m_store->setField(RecordKind::Audit, auditUuid(), "recommendation", "do-not-recommend");
        attempts << m_store->setField(RecordKind::ClauseAssessment, clause, "verdict", "nonconform");
        attempts << m_store->setLinks(RecordKind::Risk, risk, LinkKind::Control, {});
        attempts << m_store->remove(RecordKind::Risk, risk);
        auto inserted = m_store->insert({RecordKind::Interview, {}, {}, {{"interviewee", "Eve"}}, {}});
        attempts << (inserted.ok() ? Status() : Status(Error{inserted.error()}));
        auto finding = m_store->insert({RecordKind::Finding, {}, {}, {{"ref", "NC-09"}}, {}});
        attempts << (finding.ok() ? Status() : Status(Error{finding.error()}));
        for (int i = 0; i < attempts.size(); ++i) {
            QVERIFY2(!attempts.at(i).ok(), qPrintable(QString::number(i)));
            QVERIFY2(attempts.at(i).error().contains(QStringLiteral("The audit is signed")),
                     qPrintable(attempts.at(i).error()));
        }
        QCOMPARE(m_store->audit()->text("client"), QStringLiteral("Contoso Ltd"));
        QCOMPARE(m_store->count(RecordKind::Interview).value(), 1);
        QCOMPARE(m_store->count(RecordKind::Risk).value(), 1);

        // The guard comes with every opened store, not only the one that signed.
        m_store.reset();
        auto reopened = Lifecycle::open(m_path);
        QVERIFY(reopened.ok());
        auto refused = reopened.value()->setField(RecordKind::Audit, reopened.value()->audit()->uuid, "scope", "x");
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("Reopen")));
    }

    void lifecycleChangesOnlyThroughLifecycle()
    {
        auto refused = m_store->setField(RecordKind::Audit, auditUuid(), "lifecycle", "signed");
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("advancing")));
        QVERIFY(!m_store->setField(RecordKind::Audit, auditUuid(), "report_revision", 5).ok());
        // Not even hidden behind another column of the same write.
        QVERIFY(!m_store->setFields(RecordKind::Audit, auditUuid(), {{"client", "X"}, {"lifecycle", "signed"}}).ok());
        QCOMPARE(m_store->audit()->text("client"), QStringLiteral("Contoso Ltd"));
        QCOMPARE(state(), QStringLiteral("planning"));
    }

    void reopenKeepsTheSignedRevision()
    {
        toSigned();
        const QString firstHash = m_store->records(RecordKind::ReportRevision)->first().text("sha256");
        auto noReason = Lifecycle::reopen(*m_store, "  ", "Alice");
        QVERIFY(!noReason.ok());
        QVERIFY(noReason.error().contains(QStringLiteral("reason")));
        QCOMPARE(state(), QStringLiteral("signed"));

        const QDateTime when(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);
        QVERIFY(Lifecycle::reopen(*m_store, "Client reported a typo in the scope", "Alice Auditor", when).ok());
        QCOMPARE(state(), QStringLiteral("reporting"));
        QCOMPARE(m_store->audit()->integer("report_revision"), std::optional<int>(2));
        auto revisions = m_store->records(RecordKind::ReportRevision).value();
        QCOMPARE(revisions.size(), 1);
        QCOMPARE(revisions.first().text("reopen_reason"), QStringLiteral("Client reported a typo in the scope"));
        QCOMPARE(revisions.first().text("reopened_by"), QStringLiteral("Alice Auditor"));
        QCOMPARE(revisions.first().text("reopened_at"), QStringLiteral("2026-03-10T08:00:00Z"));
        QCOMPARE(revisions.first().text("sha256"), firstHash);

        // Writable again; the next signature is revision 2 and records the hash and certificate it is given.
        QVERIFY(m_store->setField(RecordKind::Audit, auditUuid(), "scope", "Head office and data centre").ok());
        QVERIFY(!Lifecycle::reopen(*m_store, "again", "Alice").ok());
        const QDateTime signedAt(QDate(2026, 3, 11), QTime(9, 0), Qt::UTC);
        auto signedAgain
            = Lifecycle::sign(*m_store, {"Alice Auditor", signedAt, QString(64, QLatin1Char('a')), "SHA256:AB:CD"});
        QVERIFY2(signedAgain.ok(), qPrintable(signedAgain.error()));
        revisions = m_store->records(RecordKind::ReportRevision).value();
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.last().integer("revision"), std::optional<int>(2));
        QCOMPARE(revisions.last().text("sha256"), QString(64, QLatin1Char('a')));
        QCOMPARE(revisions.last().text("certificate_fingerprint"), QStringLiteral("SHA256:AB:CD"));
        QCOMPARE(revisions.last().text("signed_at"), QStringLiteral("2026-03-11T09:00:00Z"));
        QCOMPARE(revisions.first().text("sha256"), firstHash);
    }

    void signNeedsReportingAndASigner()
    {
        QVERIFY(!Lifecycle::sign(*m_store, {"Alice", QDateTime::currentDateTimeUtc(), {}, {}}).ok());
        advanceTo("fieldwork");
        advanceTo("reporting");
        QVERIFY(!Lifecycle::sign(*m_store, {" ", QDateTime::currentDateTimeUtc(), {}, {}}).ok());
        QCOMPARE(state(), QStringLiteral("reporting"));
    }

    void contentDigestFollowsTheContent()
    {
        const QString before = Lifecycle::contentDigest(*m_store).value();
        QCOMPARE(Lifecycle::contentDigest(*m_store).value(), before);
        advanceTo("fieldwork"); // the state is not content
        QCOMPARE(Lifecycle::contentDigest(*m_store).value(), before);
        QVERIFY(m_store->setField(RecordKind::Audit, auditUuid(), "objectives", "Certification").ok());
        QVERIFY(Lifecycle::contentDigest(*m_store).value() != before);
    }
};

QTEST_MAIN(TestWorkflowLifecycle)
#include "tst_workflow_lifecycle.moc"
