// SPDX-License-Identifier: GPL-3.0-or-later
// Corrective actions: default due dates, the status flow with its who/when history, and overdue flagging against a
// date the test sets.
#include "WorkflowFixture.h"

#include "workflow/AuditSnapshot.h"
#include "workflow/CorrectiveActions.h"

#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestWorkflowActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditStore> m_store;
    int m_counter = 0;
    const QDateTime m_when{QDate(2026, 3, 5), QTime(9, 30), Qt::UTC};

    QString addAction(const QString& findingUuid, const QDate& due = {})
    {
        auto uuid = CorrectiveActions::create(*m_store, findingUuid,
                                              {"Approve CHG-12", "No approval gate", "Add a gate", "Bob", due},
                                              QStringLiteral("Alice"), m_when);
        if (!uuid)
            qWarning("%s", qPrintable(uuid.error()));
        return uuid ? uuid.value() : QString();
    }

private slots:
    void init()
    {
        m_store = testing::createReadyAudit(m_dir.filePath(QStringLiteral("a%1.isoaudit").arg(++m_counter)));
        QVERIFY(m_store);
    }

    void cleanup() { m_store.reset(); }

    void defaultDueDates()
    {
        const QString major = testing::addFinding(*m_store, "NC-01", "major", LinkKind::Clause, "8.1");
        const QString minor = testing::addFinding(*m_store, "NC-02", "minor", LinkKind::Clause, "8.1");
        const QString majorAction = addAction(major);
        const QString minorAction = addAction(minor);
        QVERIFY(!majorAction.isEmpty() && !minorAction.isEmpty());
        // The audit ends 2026-03-04: 90 days later is 2026-06-02.
        QCOMPARE(m_store->record(RecordKind::CorrectiveAction, majorAction)->text("due_date"),
                 QStringLiteral("2026-06-02"));
        QCOMPARE(m_store->record(RecordKind::CorrectiveAction, minorAction)->text("due_date"),
                 QStringLiteral("2026-06-02"));

        // Configurable per audit.
        QVERIFY(m_store
                    ->setFields(RecordKind::Audit, m_store->audit()->uuid,
                                {{"major_action_days", 30}, {"minor_plan_days", 60}})
                    .ok());
        QCOMPARE(m_store->record(RecordKind::CorrectiveAction, addAction(major))->text("due_date"),
                 QStringLiteral("2026-04-03"));
        QCOMPARE(m_store->record(RecordKind::CorrectiveAction, addAction(minor))->text("due_date"),
                 QStringLiteral("2026-05-03"));
        // An explicit date wins.
        QCOMPARE(m_store->record(RecordKind::CorrectiveAction, addAction(minor, QDate(2026, 4, 1)))->text("due_date"),
                 QStringLiteral("2026-04-01"));
    }

    void stage2MajorsAreVerifiedWithinSixMonths()
    {
        // The ready audit is a Stage 2 ending 2026-03-04: majors are verified by 2026-09-04 at the latest.
        const QString major = testing::addFinding(*m_store, "NC-01", "major", LinkKind::Clause, "8.1");
        const QString minor = testing::addFinding(*m_store, "NC-02", "minor", LinkKind::Clause, "8.1");
        QVERIFY(m_store
                    ->setFields(RecordKind::Audit, m_store->audit()->uuid,
                                {{"major_action_days", 365}, {"minor_plan_days", 365}})
                    .ok());
        QCOMPARE(m_store->record(RecordKind::CorrectiveAction, addAction(major))->text("due_date"),
                 QStringLiteral("2026-09-04"));
        // Minors are not capped: their plans are accepted and verified at the next audit.
        QCOMPARE(m_store->record(RecordKind::CorrectiveAction, addAction(minor))->text("due_date"),
                 QStringLiteral("2027-03-04"));
        // An explicit date past the limit is refused, naming the limit; on the limit it is taken.
        auto refused = CorrectiveActions::create(*m_store, major, {"", "", "", "Bob", QDate(2026, 9, 5)},
                                                 QStringLiteral("Alice"), m_when);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("2026-09-04")), qPrintable(refused.error()));
        QVERIFY(!addAction(major, QDate(2026, 9, 4)).isEmpty());
        // A surveillance audit has no such limit.
        QVERIFY(m_store->setField(RecordKind::Audit, m_store->audit()->uuid, "audit_type", "surveillance").ok());
        QCOMPARE(m_store->record(RecordKind::CorrectiveAction, addAction(major))->text("due_date"),
                 QStringLiteral("2027-03-04"));
    }

    void onlyNonconformitiesTakeActions()
    {
        const QString observation = testing::addFinding(*m_store, "OBS-01", "observation", LinkKind::Clause, "8.1");
        auto refused = CorrectiveActions::create(*m_store, observation, {}, "Alice", m_when);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("OBS-01")));
        QCOMPARE(m_store->count(RecordKind::CorrectiveAction).value(), 0);
    }

    void statusFlowWithHistory()
    {
        const QString major = testing::addFinding(*m_store, "NC-01", "major", LinkKind::Clause, "8.1");
        const QString action = addAction(major);
        const QStringList steps{"plan-submitted", "plan-accepted", "implemented", "verified-effective"};
        QDateTime when = m_when;
        for (const QString& step : steps) {
            when = when.addDays(7);
            QVERIFY(CorrectiveActions::setStatus(*m_store, action, step, QStringLiteral("Alice"), when,
                                                 QStringLiteral("step %1").arg(step))
                        .ok());
        }
        auto record = m_store->record(RecordKind::CorrectiveAction, action).value();
        QCOMPARE(record.text("status"), QStringLiteral("verified-effective"));
        QCOMPARE(record.text("verified_by"), QStringLiteral("Alice"));
        QCOMPARE(record.text("verified_on"), QStringLiteral("2026-04-02"));
        QCOMPARE(record.text("verification"), QStringLiteral("step verified-effective"));
        auto history = CorrectiveActions::history(*m_store, action).value();
        QCOMPARE(history.size(), 5);
        QVERIFY(history.at(0).values.value("from_status").isNull());
        QCOMPARE(history.at(0).text("to_status"), QStringLiteral("open"));
        QCOMPARE(history.at(0).text("changed_at"), QStringLiteral("2026-03-05T09:30:00Z"));
        QCOMPARE(history.at(2).text("from_status"), QStringLiteral("plan-submitted"));
        QCOMPARE(history.at(2).text("to_status"), QStringLiteral("plan-accepted"));
        QCOMPARE(history.at(2).text("changed_by"), QStringLiteral("Alice"));
        QCOMPARE(history.at(2).text("changed_at"), QStringLiteral("2026-03-19T09:30:00Z"));
        QCOMPARE(history.at(2).text("note"), QStringLiteral("step plan-accepted"));
    }

    void illegalStepsAreRefused()
    {
        const QString action = addAction(testing::addFinding(*m_store, "NC-01", "minor", LinkKind::Clause, "8.1"));
        auto skip = CorrectiveActions::setStatus(*m_store, action, "verified-effective", "Alice", m_when);
        QVERIFY(!skip.ok());
        // The statuses by their labels (the workbench shows this sentence), never the stored spellings.
        QVERIFY2(skip.error().contains(QStringLiteral("from Open to Verified effective")), qPrintable(skip.error()));
        QVERIFY(!skip.error().contains(QStringLiteral("verified-effective")));
        QVERIFY(!CorrectiveActions::setStatus(*m_store, action, "finished", "Alice", m_when).ok());
        QVERIFY(!CorrectiveActions::setStatus(*m_store, action, "plan-submitted", "", m_when).ok());
        QCOMPARE(m_store->record(RecordKind::CorrectiveAction, action)->text("status"), QStringLiteral("open"));
        QCOMPARE(CorrectiveActions::history(*m_store, action)->size(), 1);
        // A rejected plan goes back to open; an ineffective action starts again with a new plan.
        QVERIFY(CorrectiveActions::canMove("plan-submitted", "open"));
        QVERIFY(CorrectiveActions::canMove("not-effective", "plan-submitted"));
        QVERIFY(CorrectiveActions::canMove("implemented", "not-effective"));
        QVERIFY(!CorrectiveActions::canMove("verified-effective", "open"));
        QVERIFY(!CorrectiveActions::canMove("open", "implemented"));
    }

    void overdueFlagging()
    {
        const QString major = testing::addFinding(*m_store, "NC-01", "major", LinkKind::Clause, "8.1");
        const QString minor = testing::addFinding(*m_store, "NC-02", "minor", LinkKind::Clause, "8.1");
        const QString majorAction = addAction(major, QDate(2026, 4, 1));
        const QString minorAction = addAction(minor, QDate(2026, 4, 1));
        QVERIFY(CorrectiveActions::overdue(*m_store, QDate(2026, 4, 1))->isEmpty()); // due today is not overdue
        auto late = CorrectiveActions::overdue(*m_store, QDate(2026, 4, 11)).value();
        QCOMPARE(late.size(), 2);
        QCOMPARE(late.first().findingRef, QStringLiteral("NC-01"));
        QCOMPARE(late.first().daysOverdue, 10);
        QCOMPARE(late.first().dueDate, QDate(2026, 4, 1));

        // A minor's deadline is for the accepted plan; a major's for the verified action.
        for (const QString step : {"plan-submitted", "plan-accepted"}) {
            QVERIFY(CorrectiveActions::setStatus(*m_store, majorAction, step, "Alice", m_when).ok());
            QVERIFY(CorrectiveActions::setStatus(*m_store, minorAction, step, "Alice", m_when).ok());
        }
        late = CorrectiveActions::overdue(*m_store, QDate(2026, 4, 11)).value();
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().findingRef, QStringLiteral("NC-01"));
        QCOMPARE(late.first().status, QStringLiteral("plan-accepted"));
        for (const QString step : {"implemented", "verified-effective"})
            QVERIFY(CorrectiveActions::setStatus(*m_store, majorAction, step, "Alice", m_when).ok());
        QVERIFY(CorrectiveActions::overdue(*m_store, QDate(2026, 4, 11))->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkflowActions)
#include "tst_workflow_actions.moc"
