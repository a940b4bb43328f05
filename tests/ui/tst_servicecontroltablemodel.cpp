// SPDX-License-Identifier: GPL-3.0-or-later
// ServiceControlTableModel and ServiceControlFilterModel (issue 17, point 3): the SOC 2 control matrix under
// QAbstractItemModelTester with labels from the one label table; the criteria cell edited as typed text (a bad id
// refused, naming it), mapped and unmapped over several controls as one undo step, criteria dropped on a row; the
// tested state as EngagementData::resultOf gives it, following the store; a control added with the next ref and
// deleted with its tests (undo brings them back), refused with a frozen population; a duplicate ref refused; the
// filters; a read-only engagement refusing every edit.
#include "core/Soc2MatrixFixture.h"
#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "domain/ValueLabels.h"
#include "models/CriteriaTreeModel.h"
#include "models/ServiceControlFilterModel.h"
#include "models/ServiceControlTableModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;
using namespace isoaudit::test;

using Model = ServiceControlTableModel;

class TestServiceControlTableModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path;
    std::unique_ptr<AuditDocument> m_document;
    QString m_nc1;
    QString m_nc2;

    AuditStore& store() { return m_document->store(); }
    QStringList criteriaOf(const QString& uuid)
    {
        return store().record(RecordKind::ServiceControl, uuid)->linked(LinkKind::Criterion);
    }
    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("e%1.isoaudit").arg(++m_files));
        m_document = std::make_unique<AuditDocument>(createEngagement(m_path));
        m_nc1 = addControl(store(), QStringLiteral("NC-01"), {QStringLiteral("CC6.2"), QStringLiteral("CC6.1")});
        m_nc2 = addControl(store(), QStringLiteral("NC-02"), {QStringLiteral("CC7.2")}, false);
        QVERIFY(store()
                    .setFields(RecordKind::ServiceControl, m_nc1,
                               {{"frequency", "daily"}, {"automation", "automated"}, {"owner", "Ops"}})
                    .ok());
    }

    void cleanup() { m_document.reset(); }

    void columnsShowTheMatrix()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(Model::ColumnCount));
        const int row = model.rowOf(m_nc1);
        QCOMPARE(model.index(row, Model::RefColumn).data().toString(), QStringLiteral("NC-01"));
        QCOMPARE(model.index(row, Model::FrequencyColumn).data().toString(),
                 ValueLabels::label(ValueList::ControlFrequency, QStringLiteral("daily")));
        QCOMPARE(model.index(row, Model::FrequencyColumn).data(ItemRoles::RawValueRole).toString(),
                 QStringLiteral("daily"));
        QCOMPARE(model.index(row, Model::FrequencyColumn).data(ItemRoles::ChoicesRole).toList().size(),
                 ValueLabels::values(ValueList::ControlFrequency).size());
        QCOMPARE(model.index(row, Model::AutomationColumn).data().toString(),
                 ValueLabels::label(ValueList::ControlAutomation, QStringLiteral("automated")));
        QCOMPARE(model.index(row, Model::KeyColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.index(model.rowOf(m_nc2), Model::KeyColumn).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        // Criteria in catalog order, whatever order they were linked in.
        QCOMPARE(model.index(row, Model::CriteriaColumn).data().toString(), QStringLiteral("CC6.1, CC6.2"));
        QCOMPARE(model.index(row, Model::CriteriaColumn).data(ItemRoles::RawValueRole).toStringList(),
                 (QStringList{"CC6.1", "CC6.2"}));
        QCOMPARE(model.index(row, Model::CriteriaColumn).data(ItemRoles::ChoicesRole).toList().size(), 33);
        QCOMPARE(model.index(row, Model::TestedColumn).data().toString(), QStringLiteral("Not tested"));
        QCOMPARE(model.index(row, Model::TestedColumn).data(Model::TestedStateRole).toString(),
                 QStringLiteral("not-tested"));
        QVERIFY(model.flags(model.index(row, Model::CriteriaColumn)) & Qt::ItemIsEditable);
        QVERIFY(model.flags(model.index(row, Model::TitleColumn)) & Qt::ItemIsEditable);
        QVERIFY(model.flags(model.index(row, Model::KeyColumn)) & Qt::ItemIsUserCheckable);
        QVERIFY(!(model.flags(model.index(row, Model::TestedColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(row, Model::TestedColumn), QStringLiteral("no-exceptions")));
        QCOMPARE(model.owners(), QStringList{"Ops"});
    }

    void criteriaCellTakesTypedTextAndRefusesBadIds()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        QSignalSpy refused(&model, &Model::editRefused);
        QUndoStack* undo = m_document->undoStack();
        const QModelIndex cell = model.index(model.rowOf(m_nc1), Model::CriteriaColumn);

        QVERIFY(model.setData(cell, QStringLiteral("cc 7.2; CC6.1")));
        QCOMPARE(sorted(criteriaOf(m_nc1)), (QStringList{"CC6.1", "CC7.2"}));
        QCOMPARE(undo->undoText(), QStringLiteral("Set criteria of NC-01"));
        QCOMPARE(cell.data().toString(), QStringLiteral("CC6.1, CC7.2"));

        const int steps = undo->count();
        QVERIFY(!model.setData(cell, QStringLiteral("CC6.1, XX9.9")));
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().first().toString().contains(QStringLiteral("XX9.9")),
                 qPrintable(refused.first().first().toString()));
        QCOMPARE(sorted(criteriaOf(m_nc1)), (QStringList{"CC6.1", "CC7.2"}));
        QCOMPARE(undo->count(), steps);

        undo->undo();
        QCOMPARE(sorted(criteriaOf(m_nc1)), (QStringList{"CC6.1", "CC6.2"}));
        // A list of ids works as well; an empty text clears the mapping.
        QVERIFY(model.setData(cell, QStringList{QStringLiteral("CC8.1")}));
        QCOMPARE(criteriaOf(m_nc1), QStringList{"CC8.1"});
        QVERIFY(model.setData(cell, QString()));
        QVERIFY(criteriaOf(m_nc1).isEmpty());
    }

    void mapAndUnmapOverSeveralControlsIsOneStep()
    {
        Model model;
        model.setDocument(m_document.get());
        QUndoStack* undo = m_document->undoStack();
        const int steps = undo->count();
        const QList<int> rows{model.rowOf(m_nc1), model.rowOf(m_nc2)};
        QVERIFY(model.mapCriteria(rows, {QStringLiteral("CC6.4"), QStringLiteral("CC6.1")}).ok());
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Map CC6.1, CC6.4 to 2 control(s)"));
        QCOMPARE(sorted(criteriaOf(m_nc1)), (QStringList{"CC6.1", "CC6.2", "CC6.4"}));
        QCOMPARE(sorted(criteriaOf(m_nc2)), (QStringList{"CC6.1", "CC6.4", "CC7.2"}));

        QVERIFY(model.unmapCriteria({model.rowOf(m_nc2)}, {QStringLiteral("CC6.4")}).ok());
        QCOMPARE(undo->undoText(), QStringLiteral("Unmap CC6.4 from NC-02"));
        QCOMPARE(sorted(criteriaOf(m_nc2)), (QStringList{"CC6.1", "CC7.2"}));
        undo->undo();
        undo->undo();
        QCOMPARE(sorted(criteriaOf(m_nc1)), (QStringList{"CC6.1", "CC6.2"}));
        QCOMPARE(criteriaOf(m_nc2), QStringList{"CC7.2"});

        QVERIFY(!model.mapCriteria(rows, {QStringLiteral("CC99.1")}).ok());
        QVERIFY(!model.mapCriteria(rows, {}).ok());
        QVERIFY(!model.mapCriteria({}, {QStringLiteral("CC6.1")}).ok());
        QCOMPARE(undo->count(), steps + 2);
    }

    void droppedCriteriaAreMappedToTheRow()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        CriteriaTreeModel tree;
        tree.setDocument(m_document.get());
        std::unique_ptr<QMimeData> drag(tree.mimeData(
            {tree.indexForCriterion(QStringLiteral("CC3.1")), tree.indexForCriterion(QStringLiteral("CC3.2"))}));
        const QModelIndex target = model.index(model.rowOf(m_nc2), Model::TitleColumn);
        QVERIFY(model.canDropMimeData(drag.get(), Qt::CopyAction, -1, -1, target));
        QVERIFY(!model.canDropMimeData(drag.get(), Qt::CopyAction, 0, 0, {})); // between rows: no control
        QMimeData text;
        text.setText(QStringLiteral("CC3.1"));
        QVERIFY(!model.canDropMimeData(&text, Qt::CopyAction, -1, -1, target));
        QVERIFY(model.dropMimeData(drag.get(), Qt::CopyAction, -1, -1, target));
        QCOMPARE(sorted(criteriaOf(m_nc2)), (QStringList{"CC3.1", "CC3.2", "CC7.2"}));
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Map CC3.1, CC3.2 to NC-02"));
        m_document->undoStack()->undo();
        QCOMPARE(criteriaOf(m_nc2), QStringList{"CC7.2"});
    }

    void testedStateFollowsTheEngagement()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        QSignalSpy results(&model, &Model::resultsChanged);
        const auto state = [&](const QString& uuid) {
            return model.index(model.rowOf(uuid), Model::TestedColumn).data(ItemRoles::RawValueRole).toString();
        };
        QCOMPARE(state(m_nc1), QStringLiteral("not-tested"));
        // A sample with an exception: exceptions, with the count.
        const QStringList items = addSample(store(), m_nc1, {QStringLiteral("no-exception"), QString(), QString()});
        QVERIFY(!results.isEmpty());
        QCOMPARE(state(m_nc1), QStringLiteral("not-tested"));
        QVERIFY(
            store()
                .setField(RecordKind::SampleItem, items.at(1), QStringLiteral("result"), QStringLiteral("exception"))
                .ok());
        QCOMPARE(state(m_nc1), QStringLiteral("exceptions"));
        QCOMPARE(model.index(model.rowOf(m_nc1), Model::TestedColumn).data().toString(),
                 ValueLabels::label(ValueList::TestResult, QStringLiteral("exceptions")) + QStringLiteral(" (1 of 3)"));
        QVERIFY(model.index(model.rowOf(m_nc1), Model::TestedColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("1 deviation")));
        // Every item passing: no exceptions.
        QVERIFY(
            store()
                .setField(RecordKind::SampleItem, items.at(1), QStringLiteral("result"), QStringLiteral("no-exception"))
                .ok());
        QVERIFY(
            store()
                .setField(RecordKind::SampleItem, items.at(2), QStringLiteral("result"), QStringLiteral("no-exception"))
                .ok());
        QCOMPARE(state(m_nc1), QStringLiteral("no-exceptions"));
        // An empty population and no sample: did not operate.
        addPopulation(store(), m_nc2, 0);
        QCOMPARE(state(m_nc2), QStringLiteral("not-occurring"));
        QCOMPARE(model.index(model.rowOf(m_nc2), Model::TestedColumn).data().toString(),
                 QStringLiteral("Did not occur"));
        // The same answer core gives.
        const EngagementData data = EngagementData::load(store()).value();
        QCOMPARE(state(m_nc1), data.resultOf(*data.controlByUuid(m_nc1)).stateName());
    }

    void addAndDeleteControls()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        QUndoStack* undo = m_document->undoStack();
        QCOMPARE(model.nextRef(), QStringLiteral("NC-03"));
        auto added = model.addControl();
        QVERIFY(added);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.refAt(model.rowOf(added.value())), QStringLiteral("NC-03"));
        QCOMPARE(undo->undoText(), QStringLiteral("Add control NC-03"));
        undo->undo();
        QCOMPARE(model.rowCount(), 2);

        // A control with a test procedure: deleted with it, undo brings both back.
        const QString test = addTest(store(), m_nc1, QStringLiteral("no-exceptions"));
        QCOMPARE(model.dependentsText({model.rowOf(m_nc1)}), QStringLiteral("1 test procedure(s)"));
        QVERIFY(model.dependentsText({model.rowOf(m_nc2)}).isEmpty());
        QVERIFY(model.removeControls({model.rowOf(m_nc1), model.rowOf(m_nc2)}).ok());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(undo->undoText(), QStringLiteral("Delete 2 control(s)"));
        QVERIFY(!store().record(RecordKind::TestProcedure, test).ok());
        undo->undo();
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(store().record(RecordKind::TestProcedure, test).ok());
        QCOMPARE(sorted(criteriaOf(m_nc1)), (QStringList{"CC6.1", "CC6.2"}));

        // A frozen population of rows could not come back: refused, nothing deleted.
        addPopulation(store(), m_nc2, 12);
        const int steps = undo->count();
        const Status refused = model.removeControls({model.rowOf(m_nc2)});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("NC-02")) && refused.error().contains(QStringLiteral("12")),
                 qPrintable(refused.error()));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(undo->count(), steps);
    }

    void refEditsAreChecked()
    {
        Model model;
        model.setDocument(m_document.get());
        QSignalSpy refused(&model, &Model::editRefused);
        const QModelIndex ref = model.index(model.rowOf(m_nc2), Model::RefColumn);
        QVERIFY(!model.setData(ref, QStringLiteral("nc-01")));
        QVERIFY(refused.last().first().toString().contains(QStringLiteral("NC-01")));
        QVERIFY(!model.setData(ref, QStringLiteral("  ")));
        QVERIFY(model.setData(ref, QStringLiteral("NC-20")));
        QCOMPARE(store().record(RecordKind::ServiceControl, m_nc2)->text(QStringLiteral("ref")),
                 QStringLiteral("NC-20"));
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Set ref of NC-02"));
        QVERIFY(model.setData(model.index(model.rowOf(m_nc2), Model::KeyColumn), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(store().record(RecordKind::ServiceControl, m_nc2)->flag(QStringLiteral("key_control")));
    }

    void filters()
    {
        Model model;
        model.setDocument(m_document.get());
        ServiceControlFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        addControl(store(), QStringLiteral("NC-10"), {QStringLiteral("CC8.1")}, false);
        QCOMPARE(filter.rowCount(), 3);
        // Refs sort naturally.
        filter.sort(Model::RefColumn);
        QCOMPARE(filter.index(2, Model::RefColumn).data().toString(), QStringLiteral("NC-10"));

        filter.setTextFilter(QStringLiteral("cc7.2"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("NC-02"));
        filter.setTextFilter(QString());
        filter.setFrequencyFilter(QStringLiteral("daily"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setFrequencyFilter(QString());
        filter.setOwnerFilter(QStringLiteral("ops"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setOwnerFilter(QString());
        filter.setKeyOnly(true);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("NC-01"));
        filter.setKeyOnly(false);
        filter.setCriteriaFilter({QStringLiteral("CC8.1"), QStringLiteral("CC6.2")});
        QCOMPARE(filter.rowCount(), 2);
        QVERIFY(filter.isFiltering());
        filter.setCriteriaFilter({});
        // Tested state follows the store while filtered.
        filter.setTestedFilter(QStringLiteral("no-exceptions"));
        QCOMPARE(filter.rowCount(), 0);
        addTest(store(), m_nc2, QStringLiteral("no-exceptions"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("NC-02"));
        filter.setTestedFilter(QString());
        QVERIFY(!filter.isFiltering());
        QCOMPARE(filter.rowCount(), 3);
    }

    void readOnlyRefusesEdits()
    {
        m_document.reset();
        auto opened = AuditDocument::open(m_path, AuditDatabase::Mode::ReadOnly);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        m_document = std::move(opened.value());
        Model model;
        model.setDocument(m_document.get());
        QSignalSpy refused(&model, &Model::editRefused);
        const int row = model.rowOf(m_nc1);
        QVERIFY(!(model.flags(model.index(row, Model::CriteriaColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(row, Model::CriteriaColumn), QStringLiteral("CC9.1")));
        QCOMPARE(refused.size(), 1);
        QVERIFY(!model.mapCriteria({row}, {QStringLiteral("CC9.1")}).ok());
        QVERIFY(!model.addControl().ok());
        QCOMPARE(sorted(criteriaOf(m_nc1)), (QStringList{"CC6.1", "CC6.2"}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(m_document->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestServiceControlTableModel)
#include "tst_servicecontroltablemodel.moc"
