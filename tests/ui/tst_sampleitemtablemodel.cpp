// SPDX-License-Identifier: GPL-3.0-or-later
// SampleItemTableModel (issue 17, point 4): the sample grid of one SOC 2 control passes QAbstractItemModelTester,
// shows only that control's items, edits the result (stored value or label) and the note through AuditDocument as
// undo steps, marks five rows in one undo step, counts progress, moves down on markAndNext, and follows the store
// (a result set through SampleResults, a replacement, a removed sample, linked evidence).
#include "core/Soc2Fixture.h"
#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "domain/ValueLabels.h"
#include "models/SampleItemTableModel.h"
#include "soc2/PopulationImport.h"
#include "soc2/SampleDraw.h"
#include "soc2/SampleResults.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;
using namespace isoaudit::test;

class TestSampleItemTableModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_control;
    std::unique_ptr<AuditDocument> m_document;
    SampleDrawResult m_drawn;

    AuditStore& store() { return m_document->store(); }

    /// Imports `rows` occurrences for the control and draws its sample with seed 42.
    SampleDrawResult importAndDraw(const QString& control, int rows)
    {
        const QString csv = m_dir.filePath(QStringLiteral("p%1.csv").arg(++m_files));
        writeFile(csv, populationCsv(rows));
        PopulationImportOptions options;
        options.controlUuid = control;
        options.path = csv;
        auto imported = PopulationImport::run(store(), options);
        if (!imported)
            qFatal("%s", qPrintable(imported.error()));
        SampleDrawOptions draw;
        draw.controlUuid = control;
        draw.seed = 42;
        auto drawn = SampleDraw::draw(store(), draw);
        if (!drawn)
            qFatal("%s", qPrintable(drawn.error()));
        return drawn.value();
    }

    Record item(const QString& uuid) { return store().record(RecordKind::SampleItem, uuid).value(); }
    QString result(const QString& uuid) { return item(uuid).text(QStringLiteral("result")); }

private slots:
    void init()
    {
        auto created = soc2Engagement(m_dir.filePath(QStringLiteral("e%1.isoaudit").arg(++m_files)), &m_control);
        m_document = std::make_unique<AuditDocument>(std::move(created));
        m_drawn = importAndDraw(m_control, 400); // daily: 25 items under the shipped policy
        QCOMPARE(m_drawn.items.size(), 25);
    }

    void cleanup() { m_document.reset(); }

    void showsTheControlsItemsOnly()
    {
        // A second control with its own sample: its items are not in the first control's grid.
        auto other = store().insert(
            {RecordKind::ServiceControl,
             {},
             {},
             {{QStringLiteral("ref"), QStringLiteral("C-2")}, {QStringLiteral("frequency"), QStringLiteral("weekly")}},
             {}});
        QVERIFY(other);
        const SampleDrawResult otherDrawn = importAndDraw(other.value(), 100);

        SampleItemTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        QCOMPARE(model.rowCount(), 0); // no control chosen
        model.setControl(m_control);
        QCOMPARE(model.rowCount(), 25);
        QCOMPARE(model.columnCount(), int(SampleItemTableModel::ColumnCount));
        for (int row = 0; row < 25; ++row)
            QCOMPARE(model.uuidAt(row), m_drawn.items.at(row).uuid);
        const Record& first = m_drawn.items.first();
        QCOMPARE(model.index(0, SampleItemTableModel::OccurrenceColumn).data().toString(),
                 first.text(QStringLiteral("occurrence_id")));
        QCOMPARE(model.index(0, SampleItemTableModel::DateColumn).data(ItemRoles::RawValueRole).toString(),
                 first.text(QStringLiteral("occurred_on")));
        QCOMPARE(model.index(0, SampleItemTableModel::ResultColumn).data().toString(),
                 ValueLabels::label(ValueList::ItemResult, QString()));
        QCOMPARE(model.index(0, SampleItemTableModel::ResultColumn).data(ItemRoles::ChoicesRole).toList().size(), 3);
        QCOMPARE(model.headerData(SampleItemTableModel::EvidenceColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Evidence"));
        // The frozen occurrence is not edited here; the result and the note are.
        QVERIFY(!(model.flags(model.index(0, SampleItemTableModel::OccurrenceColumn)) & Qt::ItemIsEditable));
        QVERIFY(!(model.flags(model.index(0, SampleItemTableModel::DateColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(0, SampleItemTableModel::ResultColumn)) & Qt::ItemIsEditable);
        QVERIFY(model.flags(model.index(0, SampleItemTableModel::NoteColumn)) & Qt::ItemIsEditable);
        QVERIFY(!model.setData(model.index(0, SampleItemTableModel::OccurrenceColumn), QStringLiteral("X")));

        model.setControl(other.value());
        QCOMPARE(model.rowCount(), int(otherDrawn.items.size()));
        QCOMPARE(model.uuidAt(0), otherDrawn.items.first().uuid);
    }

    void setDataWritesThroughTheDocumentAndUndoRestores()
    {
        SampleItemTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        model.setControl(m_control);
        QUndoStack* undo = m_document->undoStack();
        const int steps = undo->count();
        const QString uuid = model.uuidAt(3);

        QVERIFY(model.setData(model.index(3, SampleItemTableModel::ResultColumn), QStringLiteral("exception")));
        QCOMPARE(result(uuid), QStringLiteral("exception"));
        QCOMPARE(item(uuid).text(QStringLiteral("tested_on")), QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(item(uuid).text(QStringLiteral("tested_by")), store().author());
        QCOMPARE(model.index(3, SampleItemTableModel::ResultColumn).data().toString(),
                 ValueLabels::label(ValueList::ItemResult, QStringLiteral("exception")));
        QCOMPARE(model.index(3, SampleItemTableModel::ResultColumn).data(Qt::EditRole).toString(),
                 QStringLiteral("exception"));
        QCOMPARE(undo->count(), steps + 1); // the result and the tester in one step
        undo->undo();
        QVERIFY(result(uuid).isEmpty());
        QVERIFY(item(uuid).text(QStringLiteral("tested_on")).isEmpty());
        QCOMPARE(model.index(3, SampleItemTableModel::ResultColumn).data().toString(),
                 ValueLabels::label(ValueList::ItemResult, QString()));
        undo->redo();
        QCOMPARE(result(uuid), QStringLiteral("exception"));

        // The label, in English or German, means the stored value (a pasted column).
        QVERIFY(model.setData(
            model.index(4, SampleItemTableModel::ResultColumn),
            ValueLabels::labelIn(QStringLiteral("en"), ValueList::ItemResult, QStringLiteral("no-exception"))));
        QCOMPARE(result(model.uuidAt(4)), QStringLiteral("no-exception"));
        const QString german
            = ValueLabels::labelIn(QStringLiteral("de"), ValueList::ItemResult, QStringLiteral("exception"));
        QVERIFY(german != QStringLiteral("Exception"));
        QVERIFY(model.setData(model.index(5, SampleItemTableModel::ResultColumn), german));
        QCOMPARE(result(model.uuidAt(5)), QStringLiteral("exception"));

        // A text that is no result is refused and nothing enters the stack.
        QSignalSpy refused(&model, &RecordTableModel::editRefused);
        const int before = undo->count();
        QVERIFY(!model.setData(model.index(6, SampleItemTableModel::ResultColumn), QStringLiteral("perhaps")));
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().first().toString().contains(QLatin1String("perhaps")),
                 qPrintable(refused.first().first().toString()));
        QCOMPARE(undo->count(), before);
        QVERIFY(result(model.uuidAt(6)).isEmpty());

        // The note.
        const QString noted = model.uuidAt(7);
        QVERIFY(model.setData(model.index(7, SampleItemTableModel::NoteColumn),
                              QStringLiteral("Approval dated after the change\nsee ticket")));
        QCOMPARE(item(noted).text(QStringLiteral("notes")),
                 QStringLiteral("Approval dated after the change\nsee ticket"));
        QCOMPARE(model.index(7, SampleItemTableModel::NoteColumn).data().toString(),
                 QStringLiteral("Approval dated after the change"));
        undo->undo();
        QVERIFY(item(noted).text(QStringLiteral("notes")).isEmpty());
    }

    void setResultsIsOneUndoStepAndProgressCounts()
    {
        SampleItemTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        QSignalSpy progressed(&model, &SampleItemTableModel::progressChanged);
        model.setControl(m_control);
        QCOMPARE(model.progress().total, 25);
        QCOMPARE(model.progress().tested, 0);
        QCOMPARE(model.progress().toTest(), 25);

        QUndoStack* undo = m_document->undoStack();
        const int steps = undo->count();
        const QList<int> rows{2, 3, 4, 5, 6};
        QVERIFY(model.setResults(rows, QStringLiteral("no-exception")));
        QCOMPARE(undo->count(), steps + 1);
        for (int row : rows)
            QCOMPARE(result(model.uuidAt(row)), QStringLiteral("no-exception"));
        QVERIFY(result(model.uuidAt(1)).isEmpty());
        QCOMPARE(model.progress().tested, 5);
        QCOMPARE(model.progress().toTest(), 20);
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.last().first().value<SampleProgress>().tested, 5);

        // Two of them turn out to be exceptions: one more step; rows already set are not written again.
        QVERIFY(model.setResults({3, 5}, QStringLiteral("exception")));
        QCOMPARE(undo->count(), steps + 2);
        QCOMPARE(model.progress().exceptions, 2);
        QCOMPARE(model.progress().tested, 5);
        QVERIFY(model.setResults({3, 5}, QStringLiteral("exception")));
        QCOMPARE(undo->count(), steps + 2);

        undo->undo();
        QCOMPARE(model.progress().exceptions, 0);
        undo->undo(); // the five go back at once
        for (int row : rows)
            QVERIFY(result(model.uuidAt(row)).isEmpty());
        QCOMPARE(model.progress().tested, 0);

        QVERIFY(!model.setResults({2, 99}, QStringLiteral("exception")));
        QVERIFY(!model.setResults({2}, QStringLiteral("pass-ish")));
        QVERIFY(result(model.uuidAt(2)).isEmpty());
    }

    void markAndNextMovesDown()
    {
        SampleItemTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        model.setControl(m_control);
        int row = 0;
        for (int i = 0; i < 3; ++i)
            row = model.markAndNext(row, QStringLiteral("no-exception"));
        QCOMPARE(row, 3);
        row = model.markAndNext(row, QStringLiteral("exception"));
        QCOMPARE(row, 4);
        QCOMPARE(result(model.uuidAt(3)), QStringLiteral("exception"));
        QCOMPARE(model.progress().tested, 4);
        // The last row stays where it is; a refused mark does not move.
        QCOMPARE(model.markAndNext(24, QStringLiteral("no-exception")), 24);
        QSignalSpy refused(&model, &RecordTableModel::editRefused);
        QCOMPARE(model.markAndNext(10, QStringLiteral("maybe")), 10);
        QCOMPARE(refused.size(), 1);
        QVERIFY(result(model.uuidAt(10)).isEmpty());
    }

    void aRefusedEditLeavesNoUndoStep()
    {
        // The same file opened read-only: the store refuses, nothing changes and nothing enters the stack.
        const QString path = store().path();
        auto readOnly = AuditDocument::open(path, AuditDatabase::Mode::ReadOnly);
        QVERIFY2(readOnly, qPrintable(readOnly.error()));
        SampleItemTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(readOnly->get());
        model.setControl(m_control);
        QCOMPARE(model.rowCount(), 25);
        QSignalSpy refused(&model, &RecordTableModel::editRefused);
        QVERIFY(!model.setResults({0, 1, 2}, QStringLiteral("no-exception")));
        QCOMPARE(model.markAndNext(0, QStringLiteral("exception")), 0);
        QCOMPARE(refused.size(), 1);
        QCOMPARE((*readOnly)->undoStack()->count(), 0);
        QCOMPARE(model.progress().tested, 0);
        QVERIFY(result(model.uuidAt(0)).isEmpty());
    }

    void followsTheStore()
    {
        SampleItemTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        model.setControl(m_control);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // A result recorded through core (the CLI's path) shows in the grid.
        const QString occurrence = m_drawn.items.at(8).text(QStringLiteral("occurrence_id"));
        SampleItemResult set;
        set.result = QStringLiteral("exception");
        set.notes = QStringLiteral("No approval on record");
        QVERIFY(SampleResults::set(store(), m_control, occurrence, set));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.index(8, SampleItemTableModel::ResultColumn).data().toString(),
                 ValueLabels::label(ValueList::ItemResult, QStringLiteral("exception")));
        QCOMPARE(model.index(8, SampleItemTableModel::NoteColumn).data().toString(),
                 QStringLiteral("No approval on record"));
        QCOMPARE(model.progress().exceptions, 1);

        // Evidence linked to an item is counted.
        auto evidence = store().insert(
            {RecordKind::Evidence, {}, {}, {{"kind", "record"}, {"title", QStringLiteral("Change ticket")}}, {}});
        QVERIFY(evidence);
        QVERIFY(store().setLinks(RecordKind::SampleItem, model.uuidAt(8), LinkKind::Evidence, {evidence.value()}));
        QCOMPARE(model.index(8, SampleItemTableModel::EvidenceColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(8, SampleItemTableModel::EvidenceColumn).data(ItemRoles::RawValueRole).toInt(), 1);

        // A replacement (with its reason) removes the item and adds another from the same month.
        const QString replaced = m_drawn.items.at(0).text(QStringLiteral("occurrence_id"));
        auto added = SampleDraw::replace(store(), m_control, replaced, QStringLiteral("Ticket was a duplicate"));
        QVERIFY2(added, qPrintable(added.error()));
        QCOMPARE(model.rowCount(), 25);
        QCOMPARE(model.rowOf(m_drawn.items.at(0).uuid), -1);
        QVERIFY(model.rowOf(added->uuid) >= 0);
    }

    void followsSamplesDrawnAndRemoved()
    {
        SampleItemTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        model.setControl(m_control);
        QCOMPARE(model.rowCount(), 25);
        QVERIFY(SampleDraw::remove(store(), m_drawn.sample));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.progress().total, 0);
        SampleDrawOptions draw;
        draw.controlUuid = m_control;
        draw.seed = 7;
        auto again = SampleDraw::draw(store(), draw);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(model.rowCount(), 25);
        QCOMPARE(model.uuidAt(0), again->items.first().uuid);
    }
};

QTEST_MAIN(TestSampleItemTableModel)
#include "tst_sampleitemtablemodel.moc"
