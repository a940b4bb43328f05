// SPDX-License-Identifier: GPL-3.0-or-later
// SoaTableModel and SoaFilterModel: pass QAbstractItemModelTester, show the 93 controls with catalog titles, edit
// through AuditDocument (undoable, one step per bulk edit), follow risk and evidence links incrementally, mark the
// three SoA rules, and filter/sort the way the grid needs (5.2 before 5.10).
#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "models/NaturalSort.h"
#include "models/SoaFilterModel.h"
#include "models/SoaTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestSoaTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditDocument> m_document;

    QString soaValue(const QString& controlId, const QString& column)
    {
        auto uuid = m_document->store().uuidForKey(RecordKind::SoaEntry, controlId);
        if (!uuid)
            return QStringLiteral("<missing>");
        return m_document->store().record(RecordKind::SoaEntry, uuid.value())->text(column);
    }

    QString addRisk(const QString& ref, const QStringList& controls)
    {
        Record risk{RecordKind::Risk, {}, {}, {{"ref", ref}}, {{LinkKind::Control, controls}}};
        auto uuid = m_document->insertRecord(risk);
        return uuid ? uuid.value() : QString();
    }

    static QModelIndex cell(const SoaTableModel& model, const QString& controlId, int column)
    {
        return model.index(model.rowOfControl(controlId), column);
    }

private slots:
    void init()
    {
        static int counter = 0;
        NewAudit seed;
        seed.client = QStringLiteral("Example Ltd");
        seed.leadAuditor = QStringLiteral("Lena Lead");
        auto store = AuditStore::create(m_dir.filePath(QStringLiteral("soa%1.isoaudit").arg(++counter)), seed);
        QVERIFY2(store, qPrintable(store.error()));
        m_document = std::make_unique<AuditDocument>(std::move(store).value());
    }

    void cleanup() { m_document.reset(); }

    void naturalSort()
    {
        QVERIFY(NaturalSort::lessThan(QStringLiteral("5.2"), QStringLiteral("5.10")));
        QVERIFY(!NaturalSort::lessThan(QStringLiteral("5.10"), QStringLiteral("5.2")));
        QVERIFY(NaturalSort::lessThan(QStringLiteral("5.37"), QStringLiteral("6.1")));
        QVERIFY(NaturalSort::lessThan(QStringLiteral("R-9"), QStringLiteral("R-10")));
        QVERIFY(NaturalSort::lessThan(QStringLiteral("r-009"), QStringLiteral("R-10")));
        QCOMPARE(NaturalSort::compare(QStringLiteral("8.1"), QStringLiteral("8.1")), 0);
    }

    void showsAllControls()
    {
        SoaTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setDocument(m_document.get());
        QCOMPARE(model.rowCount(), 93);
        QCOMPARE(model.columnCount(), int(SoaTableModel::ColumnCount));
        const QModelIndex title = cell(model, QStringLiteral("5.23"), SoaTableModel::TitleColumn);
        QVERIFY(title.data().toString().contains(QStringLiteral("cloud"), Qt::CaseInsensitive));
        QCOMPARE(cell(model, QStringLiteral("6.3"), SoaTableModel::ThemeColumn).data().toString(),
                 QStringLiteral("People"));
        // Stored values appear as human labels; the editor gets the stored spelling.
        const QModelIndex applicable = cell(model, QStringLiteral("5.1"), SoaTableModel::ApplicableColumn);
        QCOMPARE(applicable.data().toString(), QStringLiteral("Undecided"));
        QCOMPARE(applicable.data(Qt::EditRole).toString(), QStringLiteral("undecided"));
        QVERIFY(applicable.flags() & Qt::ItemIsEditable);
        QVERIFY(!(cell(model, QStringLiteral("5.1"), SoaTableModel::TitleColumn).flags() & Qt::ItemIsEditable));
        const QVariantList choices = cell(model, QStringLiteral("5.1"), SoaTableModel::ImplementationColumn)
                                         .data(ItemRoles::ChoicesRole)
                                         .toList();
        QCOMPARE(choices.size(), 5); // not stated + four values
        QCOMPARE(choices.at(4).toList().at(0).toString(), QStringLiteral("Not implemented"));
        QCOMPARE(choices.at(4).toList().at(1).toString(), QStringLiteral("not-implemented"));
        // A fresh SoA: nothing decided, every row flagged.
        const auto summary = model.summary();
        QCOMPARE(summary.total, 93);
        QCOMPARE(summary.decided, 0);
        QCOMPARE(summary.rowsWithIssues, 93);
        QCOMPARE(SoaTableModel::summaryText(summary), QStringLiteral("0/93 decided"));
        model.setDocument(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void editsAreUndoable()
    {
        SoaTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy summary(&model, &SoaTableModel::summaryChanged);
        const QModelIndex applicable = cell(model, QStringLiteral("5.7"), SoaTableModel::ApplicableColumn);
        QVERIFY(model.setData(applicable, QStringLiteral("no")));
        QCOMPARE(soaValue(QStringLiteral("5.7"), QStringLiteral("applicable")), QStringLiteral("no"));
        QCOMPARE(applicable.data().toString(), QStringLiteral("Not applicable"));
        QVERIFY(!changed.isEmpty());
        QVERIFY(!summary.isEmpty());
        const int row = model.rowOfControl(QStringLiteral("5.7"));
        QCOMPARE(model.issues(row), QStringList{QStringLiteral("Excluded without a justification.")});
        QCOMPARE(model.summary().unjustifiedExclusions, 1);
        QVERIFY(SoaTableModel::summaryText(model.summary()).contains(QStringLiteral("1 exclusion unjustified")));

        QVERIFY(model.setData(cell(model, QStringLiteral("5.7"), SoaTableModel::JustificationColumn),
                              QStringLiteral("No threat intelligence service in scope.\nSee scope statement.")));
        QVERIFY(model.issues(row).isEmpty());
        QVERIFY(!cell(model, QStringLiteral("5.7"), SoaTableModel::IdColumn).data(Qt::BackgroundRole).isValid());
        // The grid shows the first line; the tooltip and the editor get all of it.
        QCOMPARE(cell(model, QStringLiteral("5.7"), SoaTableModel::JustificationColumn).data().toString(),
                 QStringLiteral("No threat intelligence service in scope. …"));
        QVERIFY(cell(model, QStringLiteral("5.7"), SoaTableModel::JustificationColumn)
                    .data(Qt::EditRole)
                    .toString()
                    .endsWith(QStringLiteral("See scope statement.")));

        // Implementation may be "not stated" (null).
        const QModelIndex implementation = cell(model, QStringLiteral("5.1"), SoaTableModel::ImplementationColumn);
        QVERIFY(model.setData(implementation, QStringLiteral("partial")));
        QCOMPARE(implementation.data().toString(), QStringLiteral("Partially implemented"));
        QVERIFY(model.setData(implementation, QVariant()));
        QVERIFY(implementation.data(Qt::EditRole).isNull());

        QUndoStack* undo = m_document->undoStack();
        while (undo->canUndo())
            undo->undo();
        QCOMPARE(soaValue(QStringLiteral("5.7"), QStringLiteral("applicable")), QStringLiteral("undecided"));
        QCOMPARE(applicable.data().toString(), QStringLiteral("Undecided"));
        QCOMPARE(model.issues(row), QStringList{QStringLiteral("Applicability is not decided.")});
        undo->redo();
        QCOMPARE(applicable.data(Qt::EditRole).toString(), QStringLiteral("no"));
    }

    void refusedEditChangesNothing()
    {
        SoaTableModel model;
        model.setDocument(m_document.get());
        QSignalSpy refused(&model, &SoaTableModel::editRefused);
        const QModelIndex verdict = cell(model, QStringLiteral("8.8"), SoaTableModel::VerdictColumn);
        QVERIFY(!model.setData(verdict, QStringLiteral("splendid")));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("splendid")));
        QCOMPARE(soaValue(QStringLiteral("8.8"), QStringLiteral("verdict")), QStringLiteral("pending"));
        QCOMPARE(m_document->undoStack()->count(), 0);
        QVERIFY(!model.setData(cell(model, QStringLiteral("8.8"), SoaTableModel::TitleColumn), QStringLiteral("x")));
    }

    void readOnlyAuditIsNotEditable()
    {
        const QString path = m_document->path();
        m_document.reset();
        auto readOnly = AuditDocument::open(path, AuditDatabase::Mode::ReadOnly);
        QVERIFY2(readOnly, qPrintable(readOnly.error()));
        m_document = std::move(readOnly).value();
        SoaTableModel model;
        model.setDocument(m_document.get());
        QSignalSpy refused(&model, &SoaTableModel::editRefused);
        const QModelIndex applicable = cell(model, QStringLiteral("5.1"), SoaTableModel::ApplicableColumn);
        QVERIFY(!(applicable.flags() & Qt::ItemIsEditable));
        QVERIFY(!model.setData(applicable, QStringLiteral("yes")));
        QCOMPARE(refused.size(), 1);
        QVERIFY(!model.setForRows({0}, SoaTableModel::ApplicableColumn, QStringLiteral("yes")));
        QCOMPARE(soaValue(QStringLiteral("5.1"), QStringLiteral("applicable")), QStringLiteral("undecided"));
    }

    void bulkEditIsOneStep()
    {
        SoaTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        const QList<int> rows{0, 1, 2, 3, 4};
        QVERIFY(model.setForRows(rows, SoaTableModel::ApplicableColumn, QStringLiteral("yes")));
        QCOMPARE(m_document->undoStack()->count(), 1);
        for (int row : rows)
            QCOMPARE(model.index(row, SoaTableModel::ApplicableColumn).data(Qt::EditRole).toString(),
                     QStringLiteral("yes"));
        QCOMPARE(model.summary().decided, 5);
        // Rows that already hold the value are skipped: nothing to do, no empty undo step.
        QVERIFY(model.setForRows(rows, SoaTableModel::ApplicableColumn, QStringLiteral("yes")));
        QCOMPARE(m_document->undoStack()->count(), 1);
        // A refused value takes the whole step back.
        const auto refused = model.setForRows({5, 6}, SoaTableModel::VerdictColumn, QStringLiteral("bogus"));
        QVERIFY(!refused);
        QVERIFY(!refused.error().isEmpty());
        QCOMPARE(model.index(5, SoaTableModel::VerdictColumn).data(Qt::EditRole).toString(), QStringLiteral("pending"));
        m_document->undoStack()->undo();
        QCOMPARE(model.summary().decided, 0);
        for (int row : rows)
            QCOMPARE(model.index(row, SoaTableModel::ApplicableColumn).data(Qt::EditRole).toString(),
                     QStringLiteral("undecided"));
    }

    void followsRisksAndEvidence()
    {
        SoaTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString r10 = addRisk(QStringLiteral("R-10"), {QStringLiteral("5.7")});
        model.setDocument(m_document.get());
        const QString r2 = addRisk(QStringLiteral("R-2"), {QStringLiteral("5.7"), QStringLiteral("8.8")});
        QVERIFY(!r10.isEmpty() && !r2.isEmpty());
        QCOMPARE(model.linkedRiskRefs(QStringLiteral("5.7")),
                 (QStringList{QStringLiteral("R-2"), QStringLiteral("R-10")}));
        QCOMPARE(cell(model, QStringLiteral("5.7"), SoaTableModel::LinkedRisksColumn).data().toString(),
                 QStringLiteral("2: R-2, R-10"));
        QCOMPARE(cell(model, QStringLiteral("8.8"), SoaTableModel::LinkedRisksColumn).data(ItemRoles::SortRole).toInt(),
                 1);

        // Excluding a control a risk's treatment uses is flagged with the risks named.
        QVERIFY(
            model.setData(cell(model, QStringLiteral("5.7"), SoaTableModel::ApplicableColumn), QStringLiteral("no")));
        QVERIFY(model.setData(cell(model, QStringLiteral("5.7"), SoaTableModel::JustificationColumn),
                              QStringLiteral("Not relevant")));
        const int row = model.rowOfControl(QStringLiteral("5.7"));
        QCOMPARE(model.issues(row).size(), 1);
        QVERIFY(model.issues(row).first().contains(QStringLiteral("R-2, R-10")));
        QCOMPARE(model.summary().excludedButTreating, 1);
        QVERIFY(cell(model, QStringLiteral("5.7"), SoaTableModel::IdColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("chosen to treat")));

        // The links change: rows follow without a reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(m_document->setLinks(RecordKind::Risk, r2, LinkKind::Control, {QStringLiteral("8.8")}));
        QVERIFY(m_document->setField(RecordKind::Risk, r10, QStringLiteral("ref"), QStringLiteral("R-11")));
        QCOMPARE(model.linkedRiskRefs(QStringLiteral("5.7")), QStringList{QStringLiteral("R-11")});
        QVERIFY(m_document->removeRecord(RecordKind::Risk, r10));
        QVERIFY(model.linkedRiskRefs(QStringLiteral("5.7")).isEmpty());
        QVERIFY(model.issues(row).isEmpty());
        m_document->undoStack()->undo();
        QCOMPARE(model.linkedRiskRefs(QStringLiteral("5.7")), QStringList{QStringLiteral("R-11")});

        Record evidence{RecordKind::Evidence,
                        {},
                        {},
                        {{"title", "Patch report"}, {"kind", "record"}},
                        {{LinkKind::Control, {QStringLiteral("8.8"), QStringLiteral("8.7")}}}};
        auto ev = m_document->insertRecord(evidence);
        QVERIFY(ev);
        QCOMPARE(cell(model, QStringLiteral("8.8"), SoaTableModel::EvidenceColumn).data().toInt(), 1);
        QCOMPARE(model.evidenceCount(QStringLiteral("8.7")), 1);
        QVERIFY(m_document->setLinks(RecordKind::Evidence, ev.value(), LinkKind::Control, {QStringLiteral("8.7")}));
        QCOMPARE(model.evidenceCount(QStringLiteral("8.8")), 0);
        QVERIFY(m_document->removeRecord(RecordKind::Evidence, ev.value()));
        QCOMPARE(model.evidenceCount(QStringLiteral("8.7")), 0);
        QCOMPARE(reset.size(), 0);
    }

    void filtersAndSorts()
    {
        SoaTableModel model;
        model.setDocument(m_document.get());
        SoaFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.sort(SoaTableModel::IdColumn, Qt::AscendingOrder);
        QCOMPARE(filter.rowCount(), 93);
        QStringList ids;
        for (int row = 0; row < filter.rowCount(); ++row)
            ids << filter.index(row, SoaTableModel::IdColumn).data().toString();
        QVERIFY(ids.indexOf(QStringLiteral("5.2")) < ids.indexOf(QStringLiteral("5.10")));
        QVERIFY(ids.indexOf(QStringLiteral("5.9")) < ids.indexOf(QStringLiteral("5.10")));
        QCOMPARE(ids.first(), QStringLiteral("5.1"));
        QCOMPARE(ids.last(), QStringLiteral("8.34"));
        filter.sort(SoaTableModel::IdColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, SoaTableModel::IdColumn).data().toString(), QStringLiteral("8.34"));

        filter.setThemeFilter(QStringLiteral("People"));
        QCOMPARE(filter.rowCount(), 8);
        filter.setThemeFilter(QString());
        QVERIFY(model.setForRows({model.rowOfControl(QStringLiteral("5.7")), model.rowOfControl(QStringLiteral("7.4"))},
                                 SoaTableModel::ApplicableColumn, QStringLiteral("no")));
        filter.setApplicabilityFilter(QStringLiteral("no"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setThemeFilter(QStringLiteral("Physical"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setThemeFilter(QString());
        filter.setApplicabilityFilter(QString());
        QVERIFY(model.setData(cell(model, QStringLiteral("8.8"), SoaTableModel::VerdictColumn),
                              QStringLiteral("effective")));
        filter.setVerdictFilter(QStringLiteral("effective"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setVerdictFilter(QString());
        filter.setTextFilter(QStringLiteral("threat intel"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, SoaTableModel::IdColumn).data().toString(), QStringLiteral("5.7"));
        addRisk(QStringLiteral("R-77"), {QStringLiteral("8.20")});
        filter.setTextFilter(QStringLiteral("r-77"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, SoaTableModel::IdColumn).data().toString(), QStringLiteral("8.20"));
        filter.setTextFilter(QString());

        // The completeness badge: 91 of 93 decided, then two exclusions without a justification.
        QVERIFY(model.setForRows({}, SoaTableModel::ApplicableColumn, QStringLiteral("yes"))); // nothing selected
        QList<int> all;
        for (int row = 0; row < model.rowCount(); ++row)
            all << row;
        QVERIFY(model.setForRows(all, SoaTableModel::JustificationColumn, QStringLiteral("Risk treatment plan")));
        QVERIFY(model.setForRows(all.mid(0, 91), SoaTableModel::ApplicableColumn, QStringLiteral("yes")));
        filter.setIssuesOnly(true);
        QCOMPARE(filter.rowCount(), 2);
        QCOMPARE(SoaTableModel::summaryText(model.summary()), QStringLiteral("91/93 decided"));
        const QList<int> excluded{model.rowOfControl(QStringLiteral("5.7")), model.rowOfControl(QStringLiteral("5.8"))};
        QVERIFY(model.setForRows(excluded, SoaTableModel::ApplicableColumn, QStringLiteral("no")));
        QVERIFY(model.setForRows(excluded, SoaTableModel::JustificationColumn, QString()));
        QCOMPARE(SoaTableModel::summaryText(model.summary()),
                 QStringLiteral("91/93 decided · 2 exclusions unjustified"));
        QCOMPARE(filter.rowCount(), 4);
        filter.setIssuesOnly(false);
        QCOMPARE(filter.rowCount(), 93);
    }
};

QTEST_MAIN(TestSoaTableModel)
#include "tst_soatablemodel.moc"
