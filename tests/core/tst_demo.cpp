// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped demo audit: it imports, it is the realistic Stage 2 audit it claims to be, it carries the problems the
// cross-checks are meant to find, and ensure()/resetCopy() keep or replace the user's copy as documented.
#include "demo/DemoAudit.h"
#include "storage/AuditStore.h"
#include "workflow/CrossChecks.h"
#include "workflow/Lifecycle.h"
#include "workflow/RuleEngine.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditStore> m_store;

    /// The records of a kind as a value: a range-for over `records(...).value()` would outlive its temporary.
    static QList<Record> rows(const AuditStore& store, RecordKind kind)
    {
        auto records = store.records(kind);
        if (!records)
            qFatal("cannot read records: %s", qPrintable(records.error()));
        return std::move(records).value();
    }

    static int score(const Record& risk, const char* likelihood, const char* impact)
    {
        return risk.integer(likelihood).value_or(0) * risk.integer(impact).value_or(0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto path = DemoAudit::ensure(m_dir.filePath(QStringLiteral("demo")));
        QVERIFY2(path.ok(), qPrintable(path.error()));
        QCOMPARE(QFileInfo(path.value()).fileName(), DemoAudit::fileName());
        auto store = Lifecycle::open(path.value());
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = std::move(store).value();
    }

    void auditAndTeam()
    {
        const Record audit = m_store->audit().value();
        QCOMPARE(audit.text("client"), QStringLiteral("Nordlys Betalinger ApS"));
        QCOMPARE(audit.text("audit_type"), QStringLiteral("stage2"));
        QCOMPARE(audit.text("start_date"), QStringLiteral("2026-11-23"));
        QCOMPARE(m_store->count(RecordKind::Site).value(), 3);
        QStringList names;
        QStringList roles;
        for (const auto& member : rows(*m_store, RecordKind::TeamMember)) {
            names << member.text("name");
            roles << member.text("role");
        }
        // Unicode survives the package, the importer and SQLite.
        QVERIFY(names.contains(QStringLiteral("Karen Østergaard")));
        QVERIFY(names.contains(QStringLiteral("Jürgen Brückner")));
        QVERIFY(names.contains(QStringLiteral("Søren Kjærgaard")));
        QCOMPARE(roles.count(QStringLiteral("lead")), 1);
        QCOMPARE(names.size(), 3);
    }

    void riskRegisterOnFiveByFive()
    {
        const Record method = m_store->riskMethod().value();
        QCOMPARE(QJsonDocument::fromJson(method.text("likelihood_levels").toUtf8()).array().size(), 5);
        QCOMPARE(QJsonDocument::fromJson(method.text("impact_levels").toUtf8()).array().size(), 5);
        const int threshold = method.integer("acceptance_threshold").value_or(0);
        QCOMPARE(threshold, 10);

        const auto risks = m_store->records(RecordKind::Risk).value();
        QVERIFY(risks.size() >= 35 && risks.size() <= 45);
        QSet<QString> notApplicable;
        for (const auto& entry : rows(*m_store, RecordKind::SoaEntry)) {
            if (entry.text("applicable") == QLatin1String("no"))
                notApplicable.insert(entry.text("control_id"));
        }
        int treatedAbove = 0, untreatedAbove = 0, mitigateWithoutControls = 0, againstSoa = 0, unacceptedResidual = 0;
        for (const auto& risk : risks) {
            const bool above = score(risk, "likelihood", "impact") > threshold;
            if (above && risk.text("treatment").isEmpty())
                ++untreatedAbove;
            if (above && !risk.text("treatment").isEmpty())
                ++treatedAbove;
            if (risk.text("treatment") == QLatin1String("mitigate") && risk.linked(LinkKind::Control).isEmpty())
                ++mitigateWithoutControls;
            for (const QString& control : risk.linked(LinkKind::Control)) {
                if (notApplicable.contains(control))
                    ++againstSoa;
            }
            if (score(risk, "residual_likelihood", "residual_impact") > threshold && !risk.flag("residual_accepted"))
                ++unacceptedResidual;
        }
        QVERIFY(treatedAbove >= 10);
        QVERIFY(untreatedAbove >= 1);
        QVERIFY(mitigateWithoutControls >= 1);
        QVERIFY(againstSoa >= 1);
        QVERIFY(unacceptedResidual >= 1);
    }

    void soaCompleteWithChosenExclusions()
    {
        const auto soa = m_store->records(RecordKind::SoaEntry).value();
        QCOMPARE(soa.size(), 93);
        QStringList excluded;
        QStringList unjustified;
        for (const auto& entry : soa) {
            QVERIFY2(entry.text("applicable") != QLatin1String("undecided"), qPrintable(entry.text("control_id")));
            if (entry.text("applicable") == QLatin1String("no"))
                excluded << entry.text("control_id");
            if (entry.text("justification").isEmpty())
                unjustified << entry.text("control_id");
            if (entry.text("applicable") == QLatin1String("yes")) {
                QVERIFY(!entry.text("implementation").isEmpty());
                QVERIFY(entry.text("client_reference").startsWith(QLatin1String("ISMS-")));
            }
        }
        QCOMPARE(excluded, (QStringList{"7.6", "8.11", "8.30"}));
        QCOMPARE(unjustified, QStringList{"8.11"}); // the one exclusion the client left unjustified
    }

    void clausesAndInterviews()
    {
        const auto clauses = m_store->records(RecordKind::ClauseAssessment).value();
        QCOMPARE(clauses.size(), 30);
        int withNotes = 0;
        for (const auto& clause : clauses) {
            QVERIFY(clause.flag("planned"));
            if (!clause.text("notes").isEmpty())
                ++withNotes;
        }
        QVERIFY(withNotes >= 25);
        const auto interviews = m_store->records(RecordKind::Interview).value();
        QVERIFY(interviews.size() >= 10);
        QStringList interviewees;
        for (const auto& interview : interviews) {
            interviewees << interview.text("interviewee");
            QVERIFY(interview.text("notes").size() > 300);
            QVERIFY(!interview.linked(LinkKind::Clause).isEmpty() || !interview.linked(LinkKind::Control).isEmpty());
        }
        QVERIFY(interviewees.contains(QStringLiteral("Ingrid Åkesson")));
        QVERIFY(interviewees.contains(QStringLiteral("Jonas Lübbe")));
    }

    void evidenceAndAttachments()
    {
        const auto evidence = m_store->records(RecordKind::Evidence).value();
        QVERIFY(evidence.size() >= 20);
        QSet<QString> kinds;
        for (const auto& item : evidence) {
            kinds.insert(item.text("kind"));
            if (item.text("kind") == QLatin1String("record"))
                QVERIFY(item.integer("sample_size").value_or(0) > 0 && !item.text("population").isEmpty());
        }
        QCOMPARE(kinds.size(), 4);
        const auto attachments = m_store->records(RecordKind::Attachment, {}, AuditStore::Blobs::Load).value();
        QVERIFY(!attachments.isEmpty());
        for (const auto& attachment : attachments) {
            const QByteArray data = attachment.values.value("data").toByteArray();
            QCOMPARE(attachment.text("sha256"),
                     QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
        }
    }

    void findingsOfEveryGrade()
    {
        const auto findings = m_store->records(RecordKind::Finding).value();
        QMap<QString, int> grades;
        for (const auto& finding : findings) {
            ++grades[finding.text("grade")];
            QVERIFY(!finding.text("requirement").isEmpty());
            QVERIFY(!finding.text("statement").isEmpty());
            QVERIFY(!finding.text("objective_evidence").isEmpty());
            QVERIFY(!finding.linked(LinkKind::Evidence).isEmpty() || !finding.linked(LinkKind::Interview).isEmpty());
        }
        for (const QString& grade : Enums::findingGradesFor(QStringLiteral("stage2")))
            QVERIFY2(grades.value(grade) >= 1, qPrintable(grade));
        // Every nonconformity has the client's corrective action record.
        QSet<QString> withAction;
        for (const auto& action : rows(*m_store, RecordKind::CorrectiveAction))
            withAction.insert(action.parentUuid);
        for (const auto& finding : findings) {
            const bool nonconformity
                = finding.text("grade") == QLatin1String("major") || finding.text("grade") == QLatin1String("minor");
            QCOMPARE(withAction.contains(finding.uuid), nonconformity);
        }
    }

    void crossChecksFindTheDesignedProblems()
    {
        // The demo exists to show the cross-checks at work: each planted problem must be found.
        auto results = CrossChecks::run(*m_store);
        QVERIFY2(results.ok(), qPrintable(results.error()));
        QStringList keys;
        for (const auto& result : results.value())
            keys << result.key;
        for (const char* key : {"risk.untreated-above-threshold:R-07", "risk.untreated-above-threshold:R-23",
                                "risk.mitigate-without-control:R-24", "risk.control-not-applicable:R-12/8.11",
                                "risk.control-not-applicable:R-13/8.30", "soa.exclusion-unjustified:8.11",
                                "risk.residual-unaccepted:R-14"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        // It is in fieldwork, legitimately: nothing blocks that state.
        QCOMPARE(m_store->audit().value().text("lifecycle"), QStringLiteral("fieldwork"));
        auto violations = RuleEngine::evaluate(*m_store, QStringLiteral("fieldwork"));
        QVERIFY2(violations.ok(), qPrintable(violations.error()));
        QVERIFY(!RuleEngine::hasBlocker(violations.value()));
    }

    void ensureKeepsTheUsersCopy()
    {
        const QString directory = m_dir.filePath(QStringLiteral("keep"));
        auto path = DemoAudit::ensure(directory);
        QVERIFY(path.ok());
        {
            auto store = Lifecycle::open(path.value());
            QVERIFY(store.ok());
            const QString risk = store.value()->uuidForKey(RecordKind::Risk, QStringLiteral("R-01")).value();
            QVERIFY(
                store.value()->setField(RecordKind::Risk, risk, "notes", QStringLiteral("edited by the user")).ok());
        }
        auto again = DemoAudit::ensure(directory);
        QCOMPARE(again.value(), path.value());
        {
            auto store = Lifecycle::open(path.value());
            const QString risk = store.value()->uuidForKey(RecordKind::Risk, QStringLiteral("R-01")).value();
            QCOMPARE(store.value()->record(RecordKind::Risk, risk).value().text("notes"),
                     QStringLiteral("edited by the user"));
        }
        auto reset = DemoAudit::resetCopy(directory);
        QVERIFY2(reset.ok(), qPrintable(reset.error()));
        QCOMPARE(reset.value(), path.value());
        auto store = Lifecycle::open(path.value());
        const QString risk = store.value()->uuidForKey(RecordKind::Risk, QStringLiteral("R-01")).value();
        QVERIFY(store.value()->record(RecordKind::Risk, risk).value().text("notes").isEmpty());
    }

    void refusesAnUnusableFolder()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto path = DemoAudit::ensure(blocker.fileName());
        QVERIFY(!path.ok());
        QVERIFY(path.error().contains(QLatin1String("not-a-folder")));
        QVERIFY(!DemoAudit::ensure(QString()).ok());
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
