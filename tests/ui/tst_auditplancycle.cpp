// SPDX-License-Identifier: GPL-3.0-or-later
// The Audit plan pane's cycle tools: the coverage column and "Not yet covered" filter over the programme's history;
// "Propose plan" applies ProgrammeCoverage::propose as one undo step; the itinerary's From/Until/Site cells (a slot
// that ends before it starts is refused) and their date-then-time sort; the audit-time calculator shows a problem
// beside its field, stores {"input", "result"} in one undo step and shows the stored input when reopened; a meeting
// dialog inserts on first OK and updates afterwards, one undo step each. Every result is checked in the store.
#include "audittime/AuditTime.h"
#include "delegates/ItemRoles.h"
#include "dialogs/MeetingDialog.h"
#include "document/AuditDocument.h"
#include "models/AuditPlanModel.h"
#include "panes/plan/AuditPlanFilter.h"
#include "panes/plan/AuditPlanPane.h"
#include "panes/plan/AuditTimeDialog.h"
#include "workflow/AuditSnapshot.h"
#include "workflow/Lifecycle.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestAuditPlanCycle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditDocument> m_document;
    std::unique_ptr<AuditPlanPane> m_pane;

    AuditPlanModel* model() { return m_pane->model(); }
    Record stored(RecordKind kind, const QString& id)
    {
        const QString uuid = m_document->store().uuidForKey(kind, id).value();
        return m_document->store().record(kind, uuid).value();
    }
    QModelIndex cell(RecordKind kind, const QString& id, int column)
    {
        return model()->index(model()->rowForCatalogId(kind, id), column);
    }
    Record audit() { return m_document->store().audit().value(); }

private slots:
    void init()
    {
        static int counter = 0;
        NewAudit seed;
        seed.client = QStringLiteral("Example Ltd");
        seed.leadAuditor = QStringLiteral("Lena Lead");
        seed.auditType = QStringLiteral("surveillance");
        seed.startDate = QDate(2026, 3, 10);
        seed.endDate = QDate(2026, 3, 12);
        auto store = Lifecycle::create(m_dir.filePath(QStringLiteral("c%1.isoaudit").arg(++counter)), seed);
        QVERIFY2(store, qPrintable(store.error()));
        AuditStore& s = *store.value();
        // History: Stage 2 of this cycle covered clauses 4.1 and 4.2 and control 5.1; two audits remain.
        Record stage2{RecordKind::ProgrammeAudit, {}, {}, {}, {}};
        stage2.values = {{"audit_type", "stage2"}, {"status", "completed"}, {"label", "Stage 2"},
                         {"start_date", "2025-03-03"}, {"cycle", 1}};
        stage2.links = {{LinkKind::Clause, {"4.1", "4.2"}}, {LinkKind::Control, {"5.1"}}};
        QVERIFY(s.insert(stage2));
        for (const char* label : {"Surveillance 2", "Recertification"})
            QVERIFY(s.insert({RecordKind::ProgrammeAudit, {}, {}, {{"audit_type", "surveillance"},
                                                                  {"status", "planned"}, {"label", label},
                                                                  {"cycle", 1}}, {}}));
        QVERIFY(s.insert({RecordKind::Site, {}, {}, {{"name", "Main office"}}, {}}));
        m_document = std::make_unique<AuditDocument>(std::move(store).value());
        m_pane = std::make_unique<AuditPlanPane>();
        m_pane->resize(1366, 768);
        m_pane->setDocument(m_document.get());
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    void cleanup()
    {
        m_pane.reset();
        m_document.reset();
    }

    void modelWithCycleColumnsPassesTheTester()
    {
        AuditPlanModel plan;
        QAbstractItemModelTester tester(&plan, QAbstractItemModelTester::FailureReportingMode::QtTest);
        plan.setDocument(m_document.get());
        AuditPlanFilter filter;
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&plan);
        filter.sort(AuditPlanModel::DateColumn);
        filter.setShow(AuditPlanFilter::Show::Uncovered);
        QVERIFY(filter.rowCount() > 0);
        plan.setDocument(nullptr);
        QCOMPARE(filter.rowCount(), 0);
    }

    void coverageColumnAndFilter()
    {
        QCOMPARE(cell(RecordKind::ClauseAssessment, "4.1", AuditPlanModel::CoverageColumn).data().toString(),
                 QStringLiteral("Stage 2 (2025-03-03)"));
        QCOMPARE(cell(RecordKind::ClauseAssessment, "9.2.1", AuditPlanModel::CoverageColumn).data().toString(),
                 QStringLiteral("This audit · every surveillance"));
        QCOMPARE(cell(RecordKind::SoaEntry, "5.2", AuditPlanModel::CoverageColumn)
                     .data(AuditPlanModel::CoverageRole)
                     .toInt(),
                 int(AuditPlanModel::Coverage::Uncovered));
        // Every clause item is planned in a new audit (30) and Stage 2 covered control 5.1; 92 controls remain.
        QVERIFY2(m_pane->coverageSummary()->text().contains("31 of 123 items covered in this cycle; 92 remain across 2 "
                                                            "planned audit(s)"),
                 qPrintable(m_pane->coverageSummary()->text()));
        AuditPlanFilter filter;
        filter.setSourceModel(model());
        filter.setShow(AuditPlanFilter::Show::Uncovered);
        QCOMPARE(filter.rowCount(), 92);
        // A control declared not applicable leaves the programme's coverage.
        QVERIFY(m_document->setField(RecordKind::SoaEntry, stored(RecordKind::SoaEntry, "5.2").uuid, "applicable",
                                     "no"));
        QCOMPARE(filter.rowCount(), 91);
        QCOMPARE(cell(RecordKind::SoaEntry, "5.2", AuditPlanModel::CoverageColumn).data().toString(),
                 QStringLiteral("Not applicable"));
    }

    void proposePlanIsOneUndoStep()
    {
        auto snapshot = AuditSnapshot::load(m_document->store());
        QVERIFY(snapshot);
        const auto proposal = ProgrammeCoverage::compute(snapshot.value()).propose(snapshot.value());
        const int before = m_document->undoStack()->count();
        auto changed = m_pane->proposePlan();
        QVERIFY2(changed, qPrintable(changed.error()));
        QVERIFY(changed.value() > 0);
        QCOMPARE(m_document->undoStack()->count(), before + 1);
        for (const QString& id : proposal.controls)
            QVERIFY2(stored(RecordKind::SoaEntry, id).flag("planned"), qPrintable(id));
        QCOMPARE(model()->plannedCount(RecordKind::SoaEntry), int(proposal.controls.size()));
        QCOMPARE(model()->plannedCount(RecordKind::ClauseAssessment), int(proposal.clauses.size()));
        QVERIFY(proposal.clauses.contains("9.2.1")); // audited at every surveillance
        m_document->undoStack()->undo();
        QCOMPARE(model()->plannedCount(RecordKind::SoaEntry), 0);
        QCOMPARE(model()->plannedCount(RecordKind::ClauseAssessment), 30);
    }

    void itinerarySlotsSiteAndSort()
    {
        const QModelIndex from = cell(RecordKind::ClauseAssessment, "6.1.2", AuditPlanModel::FromColumn);
        const QModelIndex until = cell(RecordKind::ClauseAssessment, "6.1.2", AuditPlanModel::UntilColumn);
        QVERIFY(model()->flags(from) & Qt::ItemIsEditable);
        QVERIFY(model()->setData(from, QTime(10, 0)));
        QVERIFY(model()->setData(until, QStringLiteral("11:30")));
        QCOMPARE(stored(RecordKind::ClauseAssessment, "6.1.2").text("plan_from"), QStringLiteral("10:00"));
        QCOMPARE(stored(RecordKind::ClauseAssessment, "6.1.2").text("plan_until"), QStringLiteral("11:30"));
        QSignalSpy refused(model(), &AuditPlanModel::editRefused);
        QVERIFY(!model()->setData(until, QTime(9, 0)));
        QVERIFY(refused.last().first().toString().contains("before it starts"));
        QVERIFY(!model()->setData(from, QStringLiteral("half past ten")));
        QVERIFY(refused.last().first().toString().contains("HH:MM"));
        QCOMPARE(stored(RecordKind::ClauseAssessment, "6.1.2").text("plan_until"), QStringLiteral("11:30"));

        const QModelIndex site = cell(RecordKind::ClauseAssessment, "6.1.2", AuditPlanModel::SiteColumn);
        const QVariantList choices = site.data(ItemRoles::ChoicesRole).toList();
        QCOMPARE(choices.size(), 2);
        QCOMPARE(choices.at(1).toList().at(1).toString(), QStringLiteral("Main office"));
        QVERIFY(model()->setData(site, QStringLiteral("Main office")));
        QCOMPARE(stored(RecordKind::ClauseAssessment, "6.1.2").text("plan_site"), QStringLiteral("Main office"));

        // Sorted by date, then start time: 5.1 (8 March 14:00) before 6.1.2 (9 March 10:00) before 4.1 (9 March 13:00).
        QVERIFY(model()->setData(cell(RecordKind::ClauseAssessment, "6.1.2", AuditPlanModel::DateColumn),
                                 QDate(2026, 3, 9)));
        QVERIFY(model()->setData(cell(RecordKind::ClauseAssessment, "4.1", AuditPlanModel::DateColumn),
                                 QDate(2026, 3, 9)));
        QVERIFY(model()->setData(cell(RecordKind::ClauseAssessment, "4.1", AuditPlanModel::FromColumn), QTime(13, 0)));
        QVERIFY(model()->setData(cell(RecordKind::SoaEntry, "5.1", AuditPlanModel::DateColumn), QDate(2026, 3, 8)));
        QVERIFY(model()->setData(cell(RecordKind::SoaEntry, "5.1", AuditPlanModel::FromColumn), QTime(14, 0)));
        QTableView* table = m_pane->table();
        table->sortByColumn(AuditPlanModel::DateColumn, Qt::AscendingOrder);
        const auto idAt = [&](int row) {
            return table->model()->index(row, 0).data(AuditPlanModel::CatalogIdRole).toString();
        };
        QCOMPARE(idAt(0), QStringLiteral("5.1"));
        QCOMPARE(idAt(1), QStringLiteral("6.1.2"));
        QCOMPARE(idAt(2), QStringLiteral("4.1"));
    }

    void auditTimeStoredAndReopened()
    {
        {
            AuditTimeDialog dialog(m_document.get());
            auto* persons = dialog.findChild<QSpinBox*>("fullTimeSpinBox");
            auto* business = dialog.findChild<QComboBox*>("businessComplexityComboBox");
            QVERIFY(persons && business);
            QVERIFY(!dialog.result()); // no persons yet
            QVERIFY(!dialog.problemShown("fullTimePersons").isEmpty());
            persons->setValue(150);
            QVERIFY(dialog.result());
            QVERIFY(dialog.problemShown("fullTimePersons").isEmpty());
            QVERIFY(dialog.resultText().contains("counted as 150"));
            business->setCurrentIndex(business->findData("high"));
            QVERIFY(!dialog.result()); // a level without its reason
            QCOMPARE(dialog.problemShown("businessReason"),
                     QStringLiteral("A complexity level needs the reason it was chosen."));
            dialog.findChild<QLineEdit*>("businessReasonLineEdit")->setText(QStringLiteral("regulated payments"));
            QVERIFY(dialog.result());
            QVERIFY(dialog.resultText().contains("Business complexity: High, +20 % (regulated payments)."));
            QCOMPARE(dialog.result()->auditType, QStringLiteral("surveillance")); // the audit's own type
            QVERIFY(dialog.store());
            QCOMPARE(m_document->undoStack()->count(), 1);
        }
        const QJsonObject stored = QJsonDocument::fromJson(audit().text("audit_time").toUtf8()).object();
        QCOMPARE(stored.value("input").toObject().value("fullTimePersons").toInt(), 150);
        auto result = AuditTimeResult::fromJson(stored.value("result").toObject());
        QVERIFY(result);
        QCOMPARE(result->countedPersons, 150);

        AuditTimeDialog reopened(m_document.get());
        QCOMPARE(reopened.findChild<QSpinBox*>("fullTimeSpinBox")->value(), 150);
        QCOMPARE(reopened.input().businessReason, QStringLiteral("regulated payments"));
        QCOMPARE(reopened.result()->toJson(), stored.value("result").toObject());

        m_document->undoStack()->undo();
        QCOMPARE(audit().text("audit_time"), QStringLiteral("{}"));
    }

    void meetingDialogRoundTrip()
    {
        const auto meetings = [&] { return m_document->store().records(RecordKind::Meeting).value(); };
        {
            MeetingDialog dialog(m_document.get(), "opening");
            dialog.findChild<QDateTimeEdit*>("meetingHeldAtEdit")->setDateTime(QDateTime(QDate(2026, 3, 10), QTime(9, 0)));
            dialog.findChild<QLineEdit*>("meetingPlaceLineEdit")->setText(QStringLiteral("Board room"));
            QTableWidget* people = dialog.attendees();
            people->insertRow(0);
            people->setItem(0, 0, new QTableWidgetItem("Eva Neumann"));
            people->setItem(0, 1, new QTableWidgetItem("CEO"));
            people->setItem(0, 2, new QTableWidgetItem("Example Ltd"));
            people->insertRow(1); // left empty: not saved
            dialog.findChild<QCheckBox*>("scope_confirmedCheckBox")->setChecked(true);
            dialog.findChild<QCheckBox*>("appeals_explainedCheckBox")->setChecked(true);
            QVERIFY(!dialog.findChild<QCheckBox*>("findings_presentedCheckBox")); // closing only
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(meetings().size(), 1);
        Record m = meetings().first();
        QCOMPARE(m.text("kind"), QStringLiteral("opening"));
        QCOMPARE(m.text("place"), QStringLiteral("Board room"));
        QVERIFY(m.text("held_at").startsWith("2026-03-10T09:00"));
        QVERIFY(m.flag("scope_confirmed") && m.flag("appeals_explained") && !m.flag("plan_confirmed"));
        const QJsonArray people = QJsonDocument::fromJson(m.text("attendees").toUtf8()).array();
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.first().toObject().value("role").toString(), QStringLiteral("CEO"));
        QCOMPARE(m_document->undoStack()->count(), 1);

        {
            MeetingDialog again(m_document.get(), "opening"); // shows what is stored, and updates it
            QCOMPARE(again.attendees()->rowCount(), 1);
            QCOMPARE(again.findChild<QLineEdit*>("meetingPlaceLineEdit")->text(), QStringLiteral("Board room"));
            QVERIFY(again.findChild<QCheckBox*>("scope_confirmedCheckBox")->isChecked());
            again.findChild<QLineEdit*>("meetingPlaceLineEdit")->setText(QStringLiteral("Canteen"));
            again.findChild<QCheckBox*>("plan_confirmedCheckBox")->setChecked(true);
            again.accept();
        }
        QCOMPARE(meetings().size(), 1);
        QCOMPARE(meetings().first().text("place"), QStringLiteral("Canteen"));
        QVERIFY(meetings().first().flag("plan_confirmed"));
        QCOMPARE(m_document->undoStack()->count(), 2);
        m_document->undoStack()->undo(); // both fields in one step
        QCOMPARE(meetings().first().text("place"), QStringLiteral("Board room"));
        QVERIFY(!meetings().first().flag("plan_confirmed"));

        {
            MeetingDialog closing(m_document.get(), "closing");
            closing.findChild<QCheckBox*>("findings_presentedCheckBox")->setChecked(true);
            closing.findChild<QPlainTextEdit*>("disagreementTextEdit")->setPlainText(QStringLiteral("None."));
            closing.accept();
        }
        QCOMPARE(meetings().size(), 2);
    }
};

QTEST_MAIN(TestAuditPlanCycle)
#include "tst_auditplancycle.moc"
