// SPDX-License-Identifier: GPL-3.0-or-later
// TestProcedureTableModel (issue 17, point 4): the test procedures of one SOC 2 control pass
// QAbstractItemModelTester, show only that control's procedures with their labels, add and remove a procedure as one
// undo step each, edit the method, result and description through AuditDocument, refuse a value outside the lists,
// and follow the store (a procedure added by core, a removed control).
#include "core/Soc2Fixture.h"
#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "domain/ValueLabels.h"
#include "models/TestProcedureTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;
using namespace isoaudit::test;

class TestTestProcedureTableModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_control;
    std::unique_ptr<AuditDocument> m_document;

    AuditStore& store() { return m_document->store(); }
    QList<Record> procedures(const QString& control)
    {
        return store().records(RecordKind::TestProcedure, control).value();
    }

private slots:
    void init()
    {
        auto created = soc2Engagement(m_dir.filePath(QStringLiteral("e%1.isoaudit").arg(++m_files)), &m_control);
        m_document = std::make_unique<AuditDocument>(std::move(created));
    }

    void cleanup() { m_document.reset(); }

    void showsTheControlsProceduresOnly()
    {
        auto other = store().insert({RecordKind::ServiceControl, {}, {}, {{QStringLiteral("ref"), QStringLiteral("C-2")}}, {}});
        QVERIFY(other);
        QVERIFY(store().insert({RecordKind::TestProcedure,
                                {},
                                other.value(),
                                {{QStringLiteral("method"), QStringLiteral("inquiry")}},
                                {}}));
        QVERIFY(store().insert({RecordKind::TestProcedure,
                                {},
                                m_control,
                                {{QStringLiteral("method"), QStringLiteral("reperformance")},
                                 {QStringLiteral("description"), QStringLiteral("Re-performed the approval\nline two")},
                                 {QStringLiteral("result"), QStringLiteral("no-exceptions")}},
                                {}}));

        TestProcedureTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        QCOMPARE(model.rowCount(), 0); // no control chosen
        model.setControl(m_control);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(TestProcedureTableModel::ColumnCount));
        QCOMPARE(model.index(0, TestProcedureTableModel::MethodColumn).data().toString(),
                 ValueLabels::label(ValueList::TestMethod, QStringLiteral("reperformance")));
        QCOMPARE(model.index(0, TestProcedureTableModel::MethodColumn).data(Qt::EditRole).toString(),
                 QStringLiteral("reperformance"));
        QCOMPARE(model.index(0, TestProcedureTableModel::ResultColumn).data().toString(),
                 ValueLabels::label(ValueList::TestResult, QStringLiteral("no-exceptions")));
        QCOMPARE(model.index(0, TestProcedureTableModel::DescriptionColumn).data().toString(),
                 QStringLiteral("Re-performed the approval"));
        QCOMPARE(model.index(0, TestProcedureTableModel::DescriptionColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Re-performed the approval\nline two"));
        QCOMPARE(model.index(0, TestProcedureTableModel::MethodColumn).data(ItemRoles::ChoicesRole).toList().size(), 4);
        QCOMPARE(model.index(0, TestProcedureTableModel::ResultColumn).data(ItemRoles::ChoicesRole).toList().size(), 3);
        QCOMPARE(model.headerData(TestProcedureTableModel::AttributesColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Attributes tested"));
        QVERIFY(model.flags(model.index(0, TestProcedureTableModel::ResultColumn)) & Qt::ItemIsEditable);

        model.setControl(other.value());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, TestProcedureTableModel::MethodColumn).data(Qt::EditRole).toString(),
                 QStringLiteral("inquiry"));
    }

    void addsEditsAndRemovesAsUndoSteps()
    {
        TestProcedureTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        model.setControl(m_control);
        QUndoStack* undo = m_document->undoStack();

        auto added = model.addProcedure(QStringLiteral("inspection"), QStringLiteral("Inspected the tickets"));
        QVERIFY2(added, qPrintable(added.error()));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(procedures(m_control).size(), 1);
        QCOMPARE(procedures(m_control).first().text(QStringLiteral("method")), QStringLiteral("inspection"));
        QCOMPARE(undo->undoText(), QStringLiteral("Add inspection test procedure to C-1"));
        QVERIFY(!model.addProcedure(QStringLiteral("guessing"))); // not a method

        // The result through setData: a stored value; a wrong one is refused and changes nothing.
        QVERIFY(model.setData(model.index(0, TestProcedureTableModel::ResultColumn), QStringLiteral("exceptions")));
        QCOMPARE(store().record(RecordKind::TestProcedure, added.value())->text(QStringLiteral("result")),
                 QStringLiteral("exceptions"));
        QSignalSpy refused(&model, &RecordTableModel::editRefused);
        QVERIFY(!model.setData(model.index(0, TestProcedureTableModel::MethodColumn), QStringLiteral("guessing")));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(store().record(RecordKind::TestProcedure, added.value())->text(QStringLiteral("method")),
                 QStringLiteral("inspection"));
        QVERIFY(model.setData(model.index(0, TestProcedureTableModel::AttributesColumn),
                              QStringLiteral("Approved before deployment")));
        QCOMPARE(store().record(RecordKind::TestProcedure, added.value())->text(QStringLiteral("attributes")),
                 QStringLiteral("Approved before deployment"));
        QCOMPARE(undo->undoText(), QStringLiteral("Set attributes tested of a test procedure of C-1"));
        undo->undo();
        QCOMPARE(store().record(RecordKind::TestProcedure, added.value())->text(QStringLiteral("attributes")),
                 QString());

        QVERIFY(!model.removeProcedure(5));
        QVERIFY(model.removeProcedure(0));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(procedures(m_control).isEmpty());
        undo->undo();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(procedures(m_control).size(), 1);
        QCOMPARE(procedures(m_control).first().text(QStringLiteral("result")), QStringLiteral("exceptions"));
    }

    void followsTheStore()
    {
        TestProcedureTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        model.setControl(m_control);
        // A procedure added by core (the CLI's path) appears; one for another control does not.
        auto uuid = store().insert(
            {RecordKind::TestProcedure, {}, m_control, {{QStringLiteral("method"), QStringLiteral("observation")}}, {}});
        QVERIFY(uuid);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.uuidAt(0), uuid.value());
        QVERIFY(store().setField(RecordKind::TestProcedure, uuid.value(), QStringLiteral("result"),
                                 QStringLiteral("no-exceptions")));
        QCOMPARE(model.index(0, TestProcedureTableModel::ResultColumn).data(Qt::EditRole).toString(),
                 QStringLiteral("no-exceptions"));
        // The control removed: its procedures go with it.
        QVERIFY(store().remove(RecordKind::ServiceControl, m_control));
        QCOMPARE(model.rowCount(), 0);
    }

    void refusesWithoutAControlOrADocument()
    {
        TestProcedureTableModel model;
        QVERIFY(!model.addProcedure(QStringLiteral("inquiry")));
        model.setDocument(m_document.get());
        auto refused = model.addProcedure(QStringLiteral("inquiry"));
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("control")));
        QVERIFY(procedures(m_control).isEmpty());
    }
};

QTEST_MAIN(TestTestProcedureTableModel)
#include "tst_testproceduretablemodel.moc"
