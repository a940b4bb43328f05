// SPDX-License-Identifier: GPL-3.0-or-later
// AuditPlanModel (and the plan pane's filter): passes QAbstractItemModelTester; one row per clause item and Annex A
// control; planned/date/auditee/auditor edits land in clause_assessment and soa_entry through the document
// (undoable); the auditor choices are the audit team; refused edits change nothing.
#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "models/AuditPlanModel.h"
#include "panes/plan/AuditPlanFilter.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestAuditPlanModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditDocument> m_document;
    std::unique_ptr<AuditPlanModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    Record stored(RecordKind kind, const QString& id)
    {
        const QString uuid = m_document->store().uuidForKey(kind, id).value();
        return m_document->store().record(kind, uuid).value();
    }
    QModelIndex cell(RecordKind kind, const QString& id, int column)
    {
        return m_model->index(m_model->rowForCatalogId(kind, id), column);
    }

private slots:
    void init()
    {
        static int counter = 0;
        NewAudit seed;
        seed.client = QStringLiteral("Example Ltd");
        seed.leadAuditor = QStringLiteral("Lena Lead");
        auto created = AuditStore::create(m_dir.filePath(QStringLiteral("plan%1.isoaudit").arg(++counter)), seed);
        QVERIFY2(created, qPrintable(created.error()));
        m_document = std::make_unique<AuditDocument>(std::move(created).value());
        m_model = std::make_unique<AuditPlanModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setDocument(m_document.get());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_document.reset();
    }

    void rows()
    {
        QCOMPARE(m_model->rowCount(), 30 + 93);
        QCOMPARE(m_model->count(RecordKind::ClauseAssessment), 30);
        QCOMPARE(m_model->count(RecordKind::SoaEntry), 93);
        QCOMPARE(m_model->index(0, 0).data().toString(),
                 QStringLiteral("Clause 4.1 Understanding the organization "
                                "and its context"));
        // 5.1 is both a clause and a control; the rows tell them apart.
        const QModelIndex control = cell(RecordKind::SoaEntry, "5.1", AuditPlanModel::ItemColumn);
        QCOMPARE(control.data().toString(), QStringLiteral("A.5.1 Policies for information security"));
        QCOMPARE(control.data(AuditPlanModel::KindRole).toInt(), int(RecordKind::SoaEntry));
        QVERIFY(cell(RecordKind::ClauseAssessment, "5.1", 0).row() != control.row());
        QCOMPARE(cell(RecordKind::SoaEntry, "8.12", AuditPlanModel::PlannedColumn).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
    }

    void planAndUndo()
    {
        const QModelIndex planned = cell(RecordKind::SoaEntry, "8.12", AuditPlanModel::PlannedColumn);
        QVERIFY(m_model->flags(planned) & Qt::ItemIsUserCheckable);
        QVERIFY(m_model->setData(planned, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(stored(RecordKind::SoaEntry, "8.12").flag("planned"));
        QCOMPARE(planned.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(m_model->plannedCount(RecordKind::SoaEntry), 1);
        m_document->undoStack()->undo();
        QVERIFY(!stored(RecordKind::SoaEntry, "8.12").flag("planned"));
        QCOMPARE(planned.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    }

    void dateAuditeeAuditor()
    {
        const QModelIndex date = cell(RecordKind::ClauseAssessment, "9.2.2", AuditPlanModel::DateColumn);
        QVERIFY(m_model->setData(date, QDate(2026, 3, 4)));
        QCOMPARE(stored(RecordKind::ClauseAssessment, "9.2.2").text("plan_date"), QStringLiteral("2026-03-04"));
        QCOMPARE(date.data(Qt::EditRole).toDate(), QDate(2026, 3, 4));
        QVERIFY(m_model->setData(date, QVariant()));
        QVERIFY(stored(RecordKind::ClauseAssessment, "9.2.2").values.value("plan_date").isNull());

        const QModelIndex auditee = cell(RecordKind::ClauseAssessment, "9.2.2", AuditPlanModel::AuditeeColumn);
        QVERIFY(m_model->setData(auditee, QStringLiteral("  Internal audit manager ")));
        QCOMPARE(stored(RecordKind::ClauseAssessment, "9.2.2").text("plan_auditee"),
                 QStringLiteral("Internal audit manager"));
        QCOMPARE(auditee.data().toString(), QStringLiteral("Internal audit manager"));

        const QModelIndex auditor = cell(RecordKind::ClauseAssessment, "9.2.2", AuditPlanModel::AuditorColumn);
        const QVariantList choices = auditor.data(ItemRoles::ChoicesRole).toList();
        QCOMPARE(choices.size(), 2); // "Not assigned" and the lead
        QCOMPARE(choices.at(1).toList().at(1).toString(), QStringLiteral("Lena Lead"));
        QVERIFY(m_model->setData(auditor, QStringLiteral("Lena Lead")));
        QCOMPARE(stored(RecordKind::ClauseAssessment, "9.2.2").text("plan_auditor"), QStringLiteral("Lena Lead"));

        // A new team member becomes a choice at once.
        Record member{RecordKind::TeamMember,
                      {},
                      {},
                      {{"name", QStringLiteral("Tom Auditor")}, {"role", QStringLiteral("auditor")}},
                      {}};
        QVERIFY(m_document->insertRecord(member));
        QCOMPARE(auditor.data(ItemRoles::ChoicesRole).toList().size(), 3);

        // date set + cleared merge into one step (same field, quick succession), then auditee, auditor, member
        QCOMPARE(m_document->undoStack()->count(), 4);
        m_document->undoStack()->undo(); // member
        m_document->undoStack()->undo(); // auditor
        QCOMPARE(stored(RecordKind::ClauseAssessment, "9.2.2").text("plan_auditor"), QString());
    }

    void refusedAndNotEditable()
    {
        QVERIFY(!(m_model->flags(m_model->index(0, AuditPlanModel::ItemColumn)) & Qt::ItemIsEditable));
        QVERIFY(!m_model->setData(m_model->index(0, AuditPlanModel::ItemColumn), QStringLiteral("x")));

        const QString path = m_document->path();
        m_model->setDocument(nullptr);
        m_document.reset();
        m_document = AuditDocument::open(path, AuditDatabase::Mode::ReadOnly).value();
        m_model->setDocument(m_document.get());
        const QModelIndex planned = cell(RecordKind::SoaEntry, "5.7", AuditPlanModel::PlannedColumn);
        QVERIFY(!(m_model->flags(planned) & Qt::ItemIsUserCheckable));
        QSignalSpy refused(m_model.get(), &AuditPlanModel::editRefused);
        QVERIFY(!m_model->setData(planned, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(refused.count(), 1);
        QVERIFY(!stored(RecordKind::SoaEntry, "5.7").flag("planned"));
    }

    void filter()
    {
        AuditPlanFilter filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(m_model.get());
        QCOMPARE(filter.rowCount(), 123);
        filter.setShow(AuditPlanFilter::Show::Clauses);
        QCOMPARE(filter.rowCount(), 30);
        filter.setShow(AuditPlanFilter::Show::Controls);
        QCOMPARE(filter.rowCount(), 93);
        filter.setShow(AuditPlanFilter::Show::Planned);
        QCOMPARE(filter.rowCount(), 30); // a new audit plans every clause item and no control
        QVERIFY(m_model->setData(cell(RecordKind::SoaEntry, "8.9", AuditPlanModel::PlannedColumn), Qt::Checked,
                                 Qt::CheckStateRole));
        QCOMPARE(filter.rowCount(), 31);
        filter.setShow(AuditPlanFilter::Show::Unplanned);
        QCOMPARE(filter.rowCount(), 92);
        filter.setShow(AuditPlanFilter::Show::All);
        filter.setText(QStringLiteral("threat intelligence"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(AuditPlanModel::CatalogIdRole).toString(), QStringLiteral("5.7"));
    }
};

QTEST_MAIN(TestAuditPlanModel)
#include "tst_auditplanmodel.moc"
