// SPDX-License-Identifier: GPL-3.0-or-later
// SubserviceTableModel and UserEntityControlTableModel (issue 17, point 2): both pass QAbstractItemModelTester while
// rows come and go, show the stored values (the method by the label table, the criteria in catalog order), edit
// every in-place column through AuditDocument as one undo step each, map criteria through setCriteria() as one undo
// step, follow changes made straight in the store (as the CLI's subservice and cuec commands make them), and refuse
// edits on a read-only audit.
#include "core/Soc2Fixture.h"
#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "domain/ValueLabels.h"
#include "models/SubserviceTableModel.h"
#include "models/UserEntityControlTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;
using namespace isoaudit::test;

class TestSubserviceTableModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path;
    std::unique_ptr<AuditDocument> m_document;

    AuditStore& store() { return m_document->store(); }
    Record stored(RecordKind kind, const QString& uuid) { return store().record(kind, uuid).value(); }
    int count(RecordKind kind) { return store().count(kind).value(); }

private slots:
    void init()
    {
        QString control;
        m_path = m_dir.filePath(QStringLiteral("e%1.isoaudit").arg(++m_files));
        m_document = std::make_unique<AuditDocument>(soc2Engagement(m_path, &control));
    }

    void cleanup() { m_document.reset(); }

    void subservicesAddEditAndUndo()
    {
        SubserviceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(SubserviceTableModel::ColumnCount));
        QCOMPARE(model.headerData(SubserviceTableModel::CsocsColumn, Qt::Horizontal).toString(),
                 QStringLiteral("CSOCs"));
        QUndoStack* undo = m_document->undoStack();

        // Added as a carve-out under a name not yet taken.
        auto first = model.addSubservice();
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(stored(RecordKind::Subservice, first.value()).text(QStringLiteral("method")),
                 QStringLiteral("carve-out"));
        QCOMPARE(undo->undoText(), QStringLiteral("Add subservice organization New subservice organization"));
        QCOMPARE(model.nextName(), QStringLiteral("New subservice organization 2"));
        auto second = model.addSubservice();
        QVERIFY(second);
        QCOMPARE(stored(RecordKind::Subservice, second.value()).text(QStringLiteral("name")),
                 QStringLiteral("New subservice organization 2"));
        undo->undo();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(count(RecordKind::Subservice), 1);

        const int row = model.rowOf(first.value());
        const int steps = undo->index(); // the undone add is dropped from the stack by the next edit
        QVERIFY(model.setData(model.index(row, SubserviceTableModel::NameColumn), QStringLiteral("Cloud Host Inc.")));
        QVERIFY(model.setData(model.index(row, SubserviceTableModel::ServicesColumn),
                              QStringLiteral("Hosting\nManaged databases")));
        const QVariantList choices
            = model.index(row, SubserviceTableModel::MethodColumn).data(ItemRoles::ChoicesRole).toList();
        QCOMPARE(choices.size(), 2);
        QVERIFY(model.setData(model.index(row, SubserviceTableModel::MethodColumn), QStringLiteral("inclusive")));
        QVERIFY(model.setData(model.index(row, SubserviceTableModel::CsocsColumn),
                              QStringLiteral("Physical access is restricted.")));
        QCOMPARE(undo->index(), steps + 4);
        QCOMPARE(undo->count(), steps + 4);
        const Record record = stored(RecordKind::Subservice, first.value());
        QCOMPARE(record.text(QStringLiteral("name")), QStringLiteral("Cloud Host Inc."));
        QCOMPARE(record.text(QStringLiteral("services")), QStringLiteral("Hosting\nManaged databases"));
        QCOMPARE(record.text(QStringLiteral("method")), QStringLiteral("inclusive"));
        QCOMPARE(record.text(QStringLiteral("csocs")), QStringLiteral("Physical access is restricted."));
        QCOMPARE(undo->undoText(), QStringLiteral("Set CSOCs of Cloud Host Inc."));
        // Shown as the label table words it; a paragraph by its first line, whole in the tool tip.
        QCOMPARE(model.index(row, SubserviceTableModel::MethodColumn).data().toString(),
                 ValueLabels::label(ValueList::SubserviceMethod, QStringLiteral("inclusive")));
        QCOMPARE(model.index(row, SubserviceTableModel::ServicesColumn).data().toString(), QStringLiteral("Hosting …"));
        QCOMPARE(model.index(row, SubserviceTableModel::ServicesColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Hosting\nManaged databases"));
        QCOMPARE(model.index(row, SubserviceTableModel::MethodColumn).data(ItemRoles::RawValueRole).toString(),
                 QStringLiteral("inclusive"));

        // A name is required: the store refuses an empty one and nothing changes.
        QSignalSpy refused(&model, &RecordTableModel::editRefused);
        QVERIFY(!model.setData(model.index(row, SubserviceTableModel::NameColumn), QString()));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(stored(RecordKind::Subservice, first.value()).text(QStringLiteral("name")),
                 QStringLiteral("Cloud Host Inc."));

        for (int i = 0; i < 4; ++i)
            undo->undo();
        const Record undone = stored(RecordKind::Subservice, first.value());
        QCOMPARE(undone.text(QStringLiteral("name")), QStringLiteral("New subservice organization"));
        QCOMPARE(undone.text(QStringLiteral("method")), QStringLiteral("carve-out"));
        QVERIFY(undone.text(QStringLiteral("csocs")).isEmpty());
        QCOMPARE(model.index(row, SubserviceTableModel::NameColumn).data().toString(),
                 QStringLiteral("New subservice organization"));
    }

    void criteriaAreMappedAsOneStepInCatalogOrder()
    {
        SubserviceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        auto uuid = model.addSubservice();
        QVERIFY(uuid);
        const int row = model.rowOf(uuid.value());
        QVERIFY(!(model.flags(model.index(row, SubserviceTableModel::CriteriaColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.index(row, SubserviceTableModel::CriteriaColumn).data().toString().isEmpty());

        const int steps = m_document->undoStack()->count();
        QVERIFY(model.setCriteria(row, {QStringLiteral("CC6.5"), QStringLiteral("CC6.4"), QStringLiteral("CC1.1")}));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Set criteria of New subservice organization"));
        QCOMPARE(stored(RecordKind::Subservice, uuid.value()).linked(LinkKind::Criterion),
                 (QStringList{"CC1.1", "CC6.4", "CC6.5"}));
        QCOMPARE(model.index(row, SubserviceTableModel::CriteriaColumn).data().toString(),
                 QStringLiteral("CC1.1, CC6.4, CC6.5"));
        QVERIFY(model.index(row, SubserviceTableModel::CriteriaColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("CC1.1 — ")));
        // The same choice again is no step at all.
        QVERIFY(model.setCriteria(row, {QStringLiteral("CC6.4"), QStringLiteral("CC1.1"), QStringLiteral("CC6.5")}));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);

        m_document->undoStack()->undo();
        QVERIFY(stored(RecordKind::Subservice, uuid.value()).linked(LinkKind::Criterion).isEmpty());
        QVERIFY(model.criteria(row).isEmpty());
    }

    void followsTheStoreAsTheCliWritesIt()
    {
        SubserviceTableModel subservices;
        UserEntityControlTableModel userControls;
        QAbstractItemModelTester tester1(&subservices, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tester2(&userControls, QAbstractItemModelTester::FailureReportingMode::QtTest);
        subservices.setDocument(m_document.get());
        userControls.setDocument(m_document.get());

        // What `isoaudit-cli subservice --name … --criteria …` and `cuec --ref … --criteria …` write.
        auto host = store().insert({RecordKind::Subservice,
                                    {},
                                    {},
                                    {{"name", "Cloud Host Inc."}, {"services", "Hosting"}, {"method", "carve-out"}},
                                    {}});
        QVERIFY(host);
        QVERIFY(store().setLinks(RecordKind::Subservice, host.value(), LinkKind::Criterion, {"A1.2", "CC6.4"}));
        auto cuec = store().insert(
            {RecordKind::UserEntityControl, {}, {}, {{"ref", "CUEC-7"}, {"description", "Users review access."}}, {}});
        QVERIFY(cuec);
        QVERIFY(store().setLinks(RecordKind::UserEntityControl, cuec.value(), LinkKind::Criterion, {"CC6.2"}));
        QCOMPARE(subservices.rowCount(), 1);
        QCOMPARE(subservices.index(0, SubserviceTableModel::CriteriaColumn).data().toString(),
                 QStringLiteral("CC6.4, A1.2"));
        QCOMPARE(userControls.rowCount(), 1);
        QCOMPARE(userControls.index(0, UserEntityControlTableModel::CriteriaColumn).data().toString(),
                 QStringLiteral("CC6.2"));
        QCOMPARE(userControls.nextRef(), QStringLiteral("CUEC-8"));

        QVERIFY(store().setField(RecordKind::Subservice, host.value(), QStringLiteral("method"),
                                 QStringLiteral("inclusive")));
        QCOMPARE(subservices.index(0, SubserviceTableModel::MethodColumn).data(ItemRoles::RawValueRole).toString(),
                 QStringLiteral("inclusive"));
        QVERIFY(store().remove(RecordKind::Subservice, host.value()));
        QVERIFY(store().remove(RecordKind::UserEntityControl, cuec.value()));
        QCOMPARE(subservices.rowCount(), 0);
        QCOMPARE(userControls.rowCount(), 0);
    }

    void userEntityControlsAddEditAndUndo()
    {
        UserEntityControlTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        QCOMPARE(model.columnCount(), int(UserEntityControlTableModel::ColumnCount));
        QCOMPARE(model.nextRef(), QStringLiteral("CUEC-1"));
        auto first = model.addControl();
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(stored(RecordKind::UserEntityControl, first.value()).text(QStringLiteral("ref")),
                 QStringLiteral("CUEC-1"));
        QVERIFY(!stored(RecordKind::UserEntityControl, first.value()).text(QStringLiteral("description")).isEmpty());
        for (int i = 0; i < 9; ++i)
            QVERIFY(model.addControl());
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.nextRef(), QStringLiteral("CUEC-11"));
        // "CUEC-2" sorts before "CUEC-10".
        const int second = model.rowOf(model.uuidAt(1));
        const int tenth = model.rowOf(model.uuidAt(9));
        QVERIFY(model.index(second, UserEntityControlTableModel::RefColumn).data(ItemRoles::SortRole).toString()
                < model.index(tenth, UserEntityControlTableModel::RefColumn).data(ItemRoles::SortRole).toString());

        const int row = model.rowOf(first.value());
        QVERIFY(model.setData(model.index(row, UserEntityControlTableModel::DescriptionColumn),
                              QStringLiteral("User entities remove their leavers' access.")));
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Set description of CUEC-1"));
        QVERIFY(model.setCriteria(row, {QStringLiteral("CC6.2"), QStringLiteral("CC6.3")}));
        QCOMPARE(stored(RecordKind::UserEntityControl, first.value()).linked(LinkKind::Criterion),
                 (QStringList{"CC6.2", "CC6.3"}));
        // The description is required.
        QSignalSpy refused(&model, &RecordTableModel::editRefused);
        QVERIFY(!model.setData(model.index(row, UserEntityControlTableModel::DescriptionColumn), QString()));
        QCOMPARE(refused.count(), 1);

        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QVERIFY(stored(RecordKind::UserEntityControl, first.value()).linked(LinkKind::Criterion).isEmpty());
        QCOMPARE(model.index(row, UserEntityControlTableModel::DescriptionColumn).data().toString(),
                 UserEntityControlTableModel::tr("Describe the control the user entities operate."));
    }

    void aReadOnlyAuditRefusesEdits()
    {
        {
            SubserviceTableModel writer;
            writer.setDocument(m_document.get());
            QVERIFY(writer.addSubservice());
            UserEntityControlTableModel cuecs;
            cuecs.setDocument(m_document.get());
            QVERIFY(cuecs.addControl());
        }
        m_document.reset();
        auto readOnly = AuditDocument::open(m_path, AuditDatabase::Mode::ReadOnly);
        QVERIFY2(readOnly, qPrintable(readOnly.error()));
        m_document = std::move(readOnly).value();

        SubserviceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        UserEntityControlTableModel cuecs;
        QAbstractItemModelTester tester2(&cuecs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        cuecs.setDocument(m_document.get());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cuecs.rowCount(), 1);
        QVERIFY(!(model.flags(model.index(0, SubserviceTableModel::NameColumn)) & Qt::ItemIsEditable));
        QVERIFY(!(cuecs.flags(cuecs.index(0, UserEntityControlTableModel::DescriptionColumn)) & Qt::ItemIsEditable));
        QSignalSpy refused(&model, &RecordTableModel::editRefused);
        QVERIFY(!model.setData(model.index(0, SubserviceTableModel::NameColumn), QStringLiteral("Other")));
        QCOMPARE(refused.count(), 1);
        QVERIFY(!model.setCriteria(0, {QStringLiteral("CC6.1")}));
        QVERIFY(!cuecs.setCriteria(0, {QStringLiteral("CC6.1")}));
        QVERIFY(!model.addSubservice());
        QVERIFY(!cuecs.addControl());
        QCOMPARE(count(RecordKind::Subservice), 1);
        QCOMPARE(count(RecordKind::UserEntityControl), 1);
        QCOMPARE(stored(RecordKind::Subservice, model.uuidAt(0)).text(QStringLiteral("name")),
                 QStringLiteral("New subservice organization"));
        QCOMPARE(m_document->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestSubserviceTableModel)
#include "tst_subservicetablemodel.moc"
