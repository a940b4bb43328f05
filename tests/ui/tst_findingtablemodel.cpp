// SPDX-License-Identifier: GPL-3.0-or-later
// FindingTableModel: passes QAbstractItemModelTester, follows findings and their corrective actions row by row,
// counts by grade and marks overdue actions by the grade's deadline purpose.
#include "document/AuditDocument.h"
#include "models/FindingTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestFindingTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditDocument> m_document;

    QString addFinding(const QString& ref, const QString& grade)
    {
        Record finding{RecordKind::Finding, {}, {}, {{"ref", ref}, {"grade", grade}}, {}};
        auto uuid = m_document->insertRecord(finding);
        return uuid ? uuid.value() : QString();
    }

    QString addAction(const QString& finding, const QString& due, const QString& status)
    {
        Record action{RecordKind::CorrectiveAction, {}, finding, {{"due_date", due}, {"status", status}}, {}};
        auto uuid = m_document->insertRecord(action);
        return uuid ? uuid.value() : QString();
    }

private slots:
    void init()
    {
        static int counter = 0;
        NewAudit seed;
        seed.client = QStringLiteral("Example Ltd");
        seed.leadAuditor = QStringLiteral("Lena Lead");
        auto store = AuditStore::create(m_dir.filePath(QStringLiteral("f%1.isoaudit").arg(++counter)), seed);
        QVERIFY2(store, qPrintable(store.error()));
        m_document = std::make_unique<AuditDocument>(std::move(store).value());
    }

    void cleanup() { m_document.reset(); }

    void followsFindingsAndActions()
    {
        FindingTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(QDate(2026, 6, 1));
        model.setStore(&m_document->store());
        QSignalSpy counts(&model, &FindingTableModel::countsChanged);

        const QString major = addFinding(QStringLiteral("NC-01"), QStringLiteral("major"));
        const QString obs = addFinding(QStringLiteral("OBS-01"), QStringLiteral("observation"));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(counts.size() >= 2);
        QCOMPARE(model.countByGrade().value(QStringLiteral("major")), 1);
        QCOMPARE(model.countByGrade().value(QStringLiteral("observation")), 1);
        QCOMPARE(model.index(0, FindingTableModel::GradeColumn).data().toString(),
                 FindingTableModel::gradeShortLabel(QStringLiteral("major")));
        QCOMPARE(model.index(0, FindingTableModel::GradeColumn).data(Qt::ToolTipRole).toString(),
                 FindingTableModel::gradeLabel(QStringLiteral("major")));
        QCOMPARE(model.index(0, FindingTableModel::GradeColumn).data(Qt::DecorationRole).value<QColor>(),
                 FindingTableModel::gradeColor(QStringLiteral("major")));
        QVERIFY(model.index(0, FindingTableModel::StatusColumn).data().toString().isEmpty());

        // Regrading the observation moves it between counters.
        QVERIFY(m_document->setField(RecordKind::Finding, obs, QStringLiteral("grade"), QStringLiteral("minor")));
        QCOMPARE(model.countByGrade().value(QStringLiteral("observation")), 0);
        QCOMPARE(model.countByGrade().value(QStringLiteral("minor")), 1);
        QCOMPARE(model.index(1, 0).data(FindingTableModel::GradeRole).toString(), QStringLiteral("minor"));

        // A corrective action shows in its finding's row.
        const QString action = addAction(major, QStringLiteral("2026-05-01"), QStringLiteral("open"));
        QVERIFY(!action.isEmpty());
        QCOMPARE(model.index(0, FindingTableModel::StatusColumn).data().toString(),
                 FindingTableModel::statusLabel(QStringLiteral("open")));
        QCOMPARE(model.index(0, 0).data(FindingTableModel::ActionUuidRole).toString(), action);
        QVERIFY(model.index(0, 0).data(FindingTableModel::OverdueRole).toBool());
        QVERIFY(model.index(0, FindingTableModel::DueColumn).data().toString().contains(QStringLiteral("overdue")));
        QCOMPARE(model.overdueCount(), 1);

        // A minor's deadline is for an accepted plan; a major's for verified effectiveness.
        const QString minorAction = addAction(obs, QStringLiteral("2026-05-15"), QStringLiteral("plan-accepted"));
        QVERIFY(!minorAction.isEmpty());
        QVERIFY(!model.index(1, 0).data(FindingTableModel::OverdueRole).toBool());
        QVERIFY(m_document->setField(RecordKind::CorrectiveAction, action, QStringLiteral("status"),
                                     QStringLiteral("implemented")));
        QVERIFY(model.index(0, 0).data(FindingTableModel::OverdueRole).toBool());
        QVERIFY(m_document->setField(RecordKind::CorrectiveAction, action, QStringLiteral("status"),
                                     QStringLiteral("verified-effective")));
        QVERIFY(!model.index(0, 0).data(FindingTableModel::OverdueRole).toBool());
        QCOMPARE(model.overdueCount(), 0);
        model.setToday(QDate(2026, 4, 1));
        QVERIFY(m_document->setField(RecordKind::CorrectiveAction, action, QStringLiteral("status"),
                                     QStringLiteral("implemented")));
        QVERIFY(!model.index(0, 0).data(FindingTableModel::OverdueRole).toBool()); // not yet due

        // Removing the action empties the status; undo brings it back.
        QVERIFY(m_document->removeRecord(RecordKind::CorrectiveAction, action));
        QVERIFY(model.index(0, FindingTableModel::StatusColumn).data().toString().isEmpty());
        m_document->undoStack()->undo();
        QCOMPARE(model.index(0, 0).data(FindingTableModel::ActionUuidRole).toString(), action);

        // Links show as requirement tags.
        QVERIFY(m_document->setLinks(RecordKind::Finding, major, LinkKind::Control, {"8.8", "5.15"}));
        QCOMPARE(model.index(0, FindingTableModel::RequirementColumn).data().toString(),
                 QStringLiteral("A.5.15, A.8.8"));

        QVERIFY(m_document->removeRecord(RecordKind::Finding, major));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.countByGrade().value(QStringLiteral("major")), 0);
        m_document->undoStack()->undo();
        QCOMPARE(model.rowCount(), 2);
        const int restored = model.rowOf(major);
        QVERIFY(restored >= 0);
        QCOMPARE(model.index(restored, 0).data(FindingTableModel::ActionUuidRole).toString(), action);
    }

    void labels()
    {
        for (const QString& grade : Enums::findingGrades)
            QVERIFY(FindingTableModel::gradeLabel(grade) != grade);
        for (const QString& status : Enums::actionStatuses)
            QVERIFY(FindingTableModel::statusLabel(status) != status);
    }
};

QTEST_MAIN(TestFindingTableModel)
#include "tst_findingtablemodel.moc"
