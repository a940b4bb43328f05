// SPDX-License-Identifier: GPL-3.0-or-later
// The SOC 2 Testing page (issue 17, point 4) driven through its real widgets offscreen: a control selected puts the
// focus on its first untested item; a population imported through the Import population dialog's fields (undo
// removes it), previewed page by page (200,000 rows: only the first page is read); a sample drawn (undo removes it,
// redo draws the identical items); 25 items marked with P / E from the keyboard; fill-down, a pasted column and a
// refused paste that changes nothing; an item replaced with a reason (undo restores it); a file dropped on an item
// stored as evidence with its SHA-256 and linked; the control's and the engagement's progress from core; a
// read-only audit refusing the keys. Every result is checked in the store.
#include "core/Soc2Fixture.h"
#include "delegates/ItemRoles.h"
#include "dialogs/PopulationImportDialog.h"
#include "document/AuditDocument.h"
#include "models/ControlTestingModel.h"
#include "models/PopulationRowsModel.h"
#include "models/SampleItemTableModel.h"
#include "models/TestProcedureTableModel.h"
#include "panes/testing/SampleGridView.h"
#include "panes/testing/TestingPane.h"
#include "soc2/SampleDraw.h"

#include <QAccessible>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace isoaudit;
using namespace isoaudit::test;

namespace {

/// The visible controls Tab reaches under `root` that a screen reader would hear without a name (a combo box's
/// value is no name: it needs an accessible name).
QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            continue;
        if (qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) || qobject_cast<QComboBox*>(widget->parentWidget()))
            continue; // the inner line edit of a spin or combo box
        QString name = widget->accessibleName().trimmed();
        if (name.isEmpty() && !qobject_cast<QComboBox*>(widget)) {
            if (QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget))
                name = iface->text(QAccessible::Name).trimmed();
        }
        if (name.isEmpty())
            unnamed << QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                    widget->objectName());
    }
    return unnamed;
}

} // namespace

class TestTestingPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_control;
    QString m_path;
    std::unique_ptr<AuditDocument> m_document;
    std::unique_ptr<TestingPane> m_pane;

    AuditStore& store() { return m_document->store(); }

    QString csv(int rows)
    {
        const QString path = m_dir.filePath(QStringLiteral("changes%1.csv").arg(++m_files));
        writeFile(path, populationCsv(rows));
        return path;
    }

    /// Imports through the dialog's fields, as the auditor fills them.
    PopulationImportResult importThroughDialog(int rows)
    {
        PopulationImportDialog dialog(m_pane.get());
        dialog.setControl(m_control, QStringLiteral("C-1"));
        const Status read = dialog.setFile(csv(rows));
        if (!read)
            qFatal("%s", qPrintable(read.error()));
        if (dialog.headers() != QStringList({QStringLiteral("Ticket ID"), QStringLiteral("Created On"), QStringLiteral("Owner")}))
            qFatal("header not read");
        if (!dialog.setIdColumn(QStringLiteral("Ticket ID")) || !dialog.setDateColumn(QStringLiteral("Created On")))
            qFatal("columns not offered");
        if (!dialog.problem().isEmpty())
            qFatal("%s", qPrintable(dialog.problem()));
        auto imported = m_pane->importPopulation(dialog.options());
        if (!imported)
            qFatal("%s", qPrintable(imported.error()));
        // The busy indicator was a window of its own: the page is the active window again (as a window manager does).
        m_pane->activateWindow();
        if (!QTest::qWaitForWindowActive(m_pane.get()))
            qFatal("the page is not active again");
        return imported.value();
    }

    QList<Record> items()
    {
        QList<Record> all;
        const QList<Record> samples = store().records(RecordKind::Sample, m_control).value();
        for (const Record& sample : samples)
            all << store().records(RecordKind::SampleItem, sample.uuid).value();
        return all;
    }
    QStringList occurrences()
    {
        QStringList ids;
        for (const Record& item : items())
            ids << item.text(QStringLiteral("occurrence_id"));
        ids.sort();
        return ids;
    }
    Record itemAtViewRow(int row)
    {
        const QString uuid = m_pane->gridProxy()->index(row, 0).data(ItemRoles::UuidRole).toString();
        return store().record(RecordKind::SampleItem, uuid).value();
    }
    QString resultAt(int viewRow) { return itemAtViewRow(viewRow).text(QStringLiteral("result")); }
    void setCurrent(int viewRow, int column = SampleItemTableModel::ResultColumn)
    {
        m_pane->grid()->setCurrentIndex(m_pane->gridProxy()->index(viewRow, column));
    }
    void selectViewRows(int first, int last, int column)
    {
        auto* grid = m_pane->grid();
        setCurrent(first, column);
        grid->selectionModel()->select(QItemSelection(m_pane->gridProxy()->index(first, column),
                                                      m_pane->gridProxy()->index(last, column)),
                                       QItemSelectionModel::ClearAndSelect);
    }
    void importAndDraw(int rows = 400)
    {
        importThroughDialog(rows);
        const Status drawn = m_pane->drawSample(std::nullopt, {}, 4242);
        if (!drawn)
            qFatal("%s", qPrintable(drawn.error()));
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("e%1.isoaudit").arg(++m_files));
        auto created = soc2Engagement(m_path, &m_control);
        m_document = std::make_unique<AuditDocument>(std::move(created));
        m_pane = std::make_unique<TestingPane>();
        m_pane->resize(1150, 650);
        m_pane->setDocument(m_document.get());
        m_pane->show();
        m_pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    }

    void cleanup()
    {
        m_pane.reset();
        m_document.reset();
    }

    void listsControlsAndSurvivesNoDocument()
    {
        QCOMPARE(m_pane->title(), QStringLiteral("Testing"));
        QCOMPARE(m_pane->controlModel()->rowCount(), 1);
        QCOMPARE(m_pane->currentControl(), m_control); // the first control is selected on opening
        QCOMPARE(m_pane->controlHeading()->text(), QStringLiteral("C-1 — Changes are approved"));
        QCOMPARE(m_pane->controlView()->model()->index(0, ControlTestingModel::StateColumn).data().toString(),
                 ControlResult::label(ControlResult::State::NotTested));
        m_pane->find();
        QVERIFY(m_pane->filterField()->hasFocus());
        QTest::keyClicks(m_pane->filterField(), QStringLiteral("nothing like it"));
        QCOMPARE(m_pane->controlView()->model()->rowCount(), 0);
        m_pane->filterField()->clear();
        QCOMPARE(m_pane->controlView()->model()->rowCount(), 1);
        m_pane->setDocument(nullptr);
        QCOMPARE(m_pane->controlModel()->rowCount(), 0);
        QCOMPARE(m_pane->gridModel()->rowCount(), 0);
        QVERIFY(!m_pane->drawSample());
        QVERIFY(!m_pane->markCurrent(QStringLiteral("exception")));
        m_pane->setDocument(m_document.get());
        QCOMPARE(m_pane->currentControl(), m_control);
    }

    void importsThroughTheDialogAndUndoRemovesIt()
    {
        QUndoStack* undo = m_document->undoStack();
        const PopulationImportResult imported = importThroughDialog(300);
        QCOMPARE(imported.rows, 300);
        auto populations = store().records(RecordKind::Population, m_control).value();
        QCOMPARE(populations.size(), 1);
        QCOMPARE(populations.first().integer(QStringLiteral("row_count")).value_or(0), 300);
        QCOMPARE(populations.first().text(QStringLiteral("id_column")), QStringLiteral("Ticket ID"));
        QCOMPARE(m_pane->sha256Field()->text(), imported.sha256);
        QVERIFY(m_pane->sha256Field()->isReadOnly());
        QVERIFY(m_pane->populationSummary()->text().contains(QStringLiteral("300")));
        QVERIFY(m_pane->coverageLabel()->text().contains(QLocale().toString(QDate(2024, 1, 1), QLocale::ShortFormat)));
        QCOMPARE(undo->undoText(), QStringLiteral("Import population changes%1.csv for C-1").arg(m_files));

        // The completeness-and-accuracy note: one undo step.
        QVERIFY(m_pane->setCompletenessAccuracy(QStringLiteral("Reconciled to the deployment log"),
                                                QStringLiteral("Ana Ruiz"), QDate(2024, 10, 5)));
        auto population = store().record(RecordKind::Population, imported.uuid).value();
        QCOMPARE(population.text(QStringLiteral("completeness_accuracy")), QStringLiteral("Reconciled to the deployment log"));
        QCOMPARE(population.text(QStringLiteral("ca_checked_on")), QStringLiteral("2024-10-05"));
        undo->undo();
        QCOMPARE(store().record(RecordKind::Population, imported.uuid)->text(QStringLiteral("completeness_accuracy")),
                 QString());

        undo->undo(); // the import
        QVERIFY(store().records(RecordKind::Population, m_control)->isEmpty());
        undo->redo();
        populations = store().records(RecordKind::Population, m_control).value();
        QCOMPARE(populations.size(), 1);
        QCOMPARE(populations.first().text(QStringLiteral("sha256")), imported.sha256);

        // Undo refuses to take away a population a sample was drawn from outside this history (core, the CLI).
        SampleDrawOptions draw;
        draw.controlUuid = m_control;
        draw.seed = 5;
        QVERIFY(SampleDraw::draw(store(), draw));
        QSignalSpy failed(m_document.get(), &AuditDocument::editFailed);
        undo->undo();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("remove the sample")));
        QCOMPARE(store().records(RecordKind::Population, m_control)->size(), 1);
        QVERIFY(SampleDraw::remove(store(), store().records(RecordKind::Sample, m_control)->first()));

        // A file without the columns chosen is refused, and nothing is added.
        PopulationImportOptions wrong = PopulationImportDialog().options();
        wrong.path = csv(10);
        wrong.idColumn = QStringLiteral("No such column");
        const int steps = undo->count();
        QVERIFY(!m_pane->importPopulation(wrong));
        QCOMPARE(undo->count(), steps);
        QCOMPARE(store().records(RecordKind::Population, m_control)->size(), 1);
    }

    void previewsALargePopulationLazily()
    {
        importThroughDialog(200000);
        m_pane->previewRows();
        QCOMPARE(m_pane->tabs()->currentIndex(), int(TestingPane::RowsTab));
        PopulationRowsModel* rows = m_pane->rowsModel();
        QCOMPARE(rows->totalRows(), 200000);
        QCOMPARE(rows->rowCount(), rows->pageSize()); // only the first page read
        QVERIFY(rows->rowCount() < 1000);
        QVERIFY(rows->canFetchMore({}));
        QCOMPARE(rows->index(0, PopulationRowsModel::IdColumn).data().toString(), QStringLiteral("TX-0001"));
        rows->fetchMore({});
        QCOMPARE(rows->rowCount(), 2 * rows->pageSize());
    }

    void drawUndoRedoGivesTheIdenticalItems()
    {
        importThroughDialog(400);
        QUndoStack* undo = m_document->undoStack();
        // An override without a reason is refused.
        QVERIFY(!m_pane->drawSample(30, QString()));
        QVERIFY(store().records(RecordKind::Sample, m_control)->isEmpty());
        QVERIFY(m_pane->drawSample());
        const QList<Record> samples = store().records(RecordKind::Sample, m_control).value();
        QCOMPARE(samples.size(), 1);
        const QString seed = samples.first().text(QStringLiteral("seed"));
        const QStringList drawn = occurrences();
        QCOMPARE(drawn.size(), 25); // daily: the firm's policy
        QCOMPARE(m_pane->gridModel()->rowCount(), 25);
        QVERIFY(m_pane->sampleSummary()->text().contains(seed));
        QVERIFY(m_pane->sampleSummary()->text().contains(QStringLiteral("Firm's sampling policy")));
        QCOMPARE(undo->undoText(), QStringLiteral("Draw sample of C-1"));
        QVERIFY(m_pane->grid()->hasFocus()); // ready for P / E
        QVERIFY(m_pane->redrawCheck());
        QVERIFY(m_pane->redrawOutcome()->text().contains(QStringLiteral("passed")));

        undo->undo();
        QVERIFY(store().records(RecordKind::Sample, m_control)->isEmpty());
        QVERIFY(items().isEmpty());
        QCOMPARE(m_pane->gridModel()->rowCount(), 0);
        undo->redo();
        const QList<Record> again = store().records(RecordKind::Sample, m_control).value();
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().text(QStringLiteral("seed")), seed);
        QCOMPARE(occurrences(), drawn);
        QCOMPARE(m_pane->gridModel()->rowCount(), 25);

        // With an override and its reason, the size and the reason are kept.
        undo->undo();
        QVERIFY(m_pane->drawSample(30, QStringLiteral("New system"), 7));
        const Record sized = store().records(RecordKind::Sample, m_control)->first();
        QCOMPARE(sized.integer(QStringLiteral("size")).value_or(0), 30);
        QCOMPARE(sized.text(QStringLiteral("size_reason")), QStringLiteral("New system"));
        QCOMPARE(sized.text(QStringLiteral("seed")), QStringLiteral("7"));
    }

    void marksTwentyFiveItemsFromTheKeyboard()
    {
        importAndDraw();
        QUndoStack* undo = m_document->undoStack();
        // Selecting the control puts the focus on the grid, on the first untested item.
        m_pane->controlView()->setFocus();
        QVERIFY(m_pane->selectControl(m_control));
        QVERIFY(m_pane->grid()->hasFocus());
        QCOMPARE(m_pane->grid()->currentIndex().row(), 0);
        QStringList expected;
        for (int i = 0; i < 25; ++i) {
            const bool exception = i % 6 == 5;
            expected << (exception ? QStringLiteral("exception") : QStringLiteral("no-exception"));
            QTest::keyClick(m_pane->grid(), exception ? Qt::Key_E : Qt::Key_P);
            QVERIFY(!m_pane->grid()->isPersistentEditorOpen(m_pane->grid()->currentIndex()));
            QCOMPARE(QApplication::focusWidget(), m_pane->grid()); // P / E never open an editor
        }
        for (int row = 0; row < 25; ++row) {
            const Record item = itemAtViewRow(row);
            QCOMPARE(item.text(QStringLiteral("result")), expected.at(row));
            QCOMPARE(item.text(QStringLiteral("tested_by")), store().author());
            QVERIFY(!item.text(QStringLiteral("tested_on")).isEmpty());
        }
        QCOMPARE(m_pane->grid()->currentIndex().row(), 24); // stays on the last
        const SampleProgress progress = m_pane->gridModel()->progress();
        QCOMPARE(progress.tested, 25);
        QCOMPARE(progress.exceptions, 4);
        QCOMPARE(m_pane->controlProgressBar()->value(), 25);
        QVERIFY(m_pane->controlProgressLabel()->text().contains(QStringLiteral("4 exception(s)")));
        // The list's state and the total come from core.
        m_pane->controlModel()->refreshResults();
        QCOMPARE(m_pane->controlModel()->resultOf(m_control).state, ControlResult::State::Exceptions);
        QCOMPARE(m_pane->controlModel()->index(0, ControlTestingModel::ProgressColumn).data().toString(),
                 QStringLiteral("25 / 25"));
        QCOMPARE(m_pane->totalProgressBar()->value(), 25);
        QVERIFY(m_pane->totalLabel()->text().contains(QStringLiteral("25 of 25 sample item(s) tested, 4 with an")));

        // Each key was one undo step; Delete clears the selection in one.
        undo->undo();
        QCOMPARE(resultAt(24), QString());
        QCOMPARE(resultAt(23), expected.at(23));
        selectViewRows(0, 2, SampleItemTableModel::ResultColumn);
        QTest::keyClick(m_pane->grid(), Qt::Key_Delete);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(resultAt(row), QString());
        QCOMPARE(resultAt(3), expected.at(3));
        undo->undo();
        for (int row = 0; row < 3; ++row)
            QCOMPARE(resultAt(row), expected.at(row));
    }

    void fillsDownAndPastesAColumn()
    {
        importAndDraw();
        QUndoStack* undo = m_document->undoStack();
        setCurrent(0);
        QTest::keyClick(m_pane->grid(), Qt::Key_E);
        // Ctrl+D: the current cell's result into the selected rows, one undo step.
        selectViewRows(0, 5, SampleItemTableModel::ResultColumn);
        const int steps = undo->count();
        QTest::keyClick(m_pane->grid(), Qt::Key_D, Qt::ControlModifier);
        for (int row = 0; row < 6; ++row)
            QCOMPARE(resultAt(row), QStringLiteral("exception"));
        QCOMPARE(resultAt(6), QString());
        QCOMPARE(undo->count(), steps + 1);
        undo->undo();
        QCOMPARE(resultAt(0), QStringLiteral("exception"));
        for (int row = 1; row < 6; ++row)
            QCOMPARE(resultAt(row), QString());
        // A note filled down.
        QVERIFY(m_pane->gridModel()->setData(m_pane->gridProxy()->mapToSource(m_pane->gridProxy()->index(
                                                 0, SampleItemTableModel::NoteColumn)),
                                             QStringLiteral("Ticket without approval")));
        selectViewRows(0, 2, SampleItemTableModel::NoteColumn);
        QVERIFY(m_pane->fillDown());
        QCOMPARE(itemAtViewRow(2).text(QStringLiteral("notes")), QStringLiteral("Ticket without approval"));

        // Ctrl+V: results in any language IsoAudit speaks, with notes beside them; one undo step.
        setCurrent(10);
        QGuiApplication::clipboard()->setText(QStringLiteral("No exception\tChecked\r\nexception\tNo approval\r\n"
                                                             "Keine Abweichung\r\nno-exception\r\n"));
        const int before = undo->count();
        QSignalSpy pasted(m_pane.get(), &Pane::statusMessage);
        QTest::keyClick(m_pane->grid(), Qt::Key_V, Qt::ControlModifier);
        QVERIFY2(pasted.isEmpty(), qPrintable(pasted.value(0).value(0).toString()));
        QCOMPARE(resultAt(10), QStringLiteral("no-exception"));
        QCOMPARE(itemAtViewRow(10).text(QStringLiteral("notes")), QStringLiteral("Checked"));
        QCOMPARE(resultAt(11), QStringLiteral("exception"));
        QCOMPARE(itemAtViewRow(11).text(QStringLiteral("notes")), QStringLiteral("No approval"));
        QCOMPARE(resultAt(12), QStringLiteral("no-exception"));
        QCOMPARE(resultAt(13), QStringLiteral("no-exception"));
        QCOMPARE(resultAt(14), QString());
        QCOMPARE(undo->count(), before + 1);
        undo->undo();
        for (int row = 10; row < 14; ++row)
            QCOMPARE(resultAt(row), QString());
        QCOMPARE(itemAtViewRow(10).text(QStringLiteral("notes")), QString());

        // A bad cell is named and nothing changes.
        QSignalSpy messages(m_pane.get(), &Pane::statusMessage);
        setCurrent(15);
        QGuiApplication::clipboard()->setText(QStringLiteral("Aucune exception\nmaybe\nexception\n"));
        const int refusedAt = undo->count();
        QTest::keyClick(m_pane->grid(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().first().toString().contains(QStringLiteral("Row 2")));
        QVERIFY(messages.first().first().toString().contains(QStringLiteral("\"maybe\"")));
        QCOMPARE(undo->count(), refusedAt);
        for (int row = 15; row < 18; ++row)
            QCOMPARE(resultAt(row), QString());
        // More rows than the grid has below: refused whole.
        setCurrent(24);
        QVERIFY(!m_pane->paste(QStringLiteral("exception\nexception\n")));
        QCOMPARE(resultAt(24), QString());
    }

    void replacesAnItemWithAReason()
    {
        importAndDraw();
        QUndoStack* undo = m_document->undoStack();
        const Record original = itemAtViewRow(3);
        const QString id = original.text(QStringLiteral("occurrence_id"));
        QVERIFY(!m_pane->replaceItem(id, QStringLiteral("  "))); // a reason is required
        QVERIFY(m_pane->replaceItem(id, QStringLiteral("Duplicate ticket, voided")));
        QVERIFY(!occurrences().contains(id));
        QCOMPARE(occurrences().size(), 25);
        QVERIFY(!store().record(RecordKind::SampleItem, original.uuid));
        const Record sample = store().records(RecordKind::Sample, m_control)->first();
        QVERIFY(sample.text(QStringLiteral("selection")).contains(QStringLiteral("Duplicate ticket, voided")));
        QVERIFY(m_pane->sampleSummary()->text().contains(QStringLiteral("1 item(s) replaced")));
        QVERIFY(m_pane->redrawCheck()); // the replacement is replayed
        QCOMPARE(undo->undoText(), QStringLiteral("Replace %1 in the sample of C-1").arg(id));

        undo->undo();
        QVERIFY(occurrences().contains(id));
        QCOMPARE(occurrences().size(), 25);
        QCOMPARE(store().record(RecordKind::SampleItem, original.uuid)->text(QStringLiteral("occurrence_id")), id);
        QVERIFY(!store().records(RecordKind::Sample, m_control)->first().text(QStringLiteral("selection")).contains(
            QStringLiteral("Duplicate ticket")));
        QVERIFY(m_pane->redrawCheck());
        undo->redo();
        QVERIFY(!occurrences().contains(id));
        QVERIFY(m_pane->redrawCheck());

        // A tested item is not replaced.
        setCurrent(0);
        QTest::keyClick(m_pane->grid(), Qt::Key_P);
        QVERIFY(!m_pane->replaceItem(itemAtViewRow(0).text(QStringLiteral("occurrence_id")), QStringLiteral("x")));
    }

    void storesAFileDroppedOnAnItemAsEvidence()
    {
        importAndDraw();
        const QString file = m_dir.filePath(QStringLiteral("approval-screenshot.txt"));
        const QByteArray bytes = "CHG approved by the CAB on 2024-03-04\n";
        writeFile(file, bytes);
        auto* grid = m_pane->grid();
        const QModelIndex target = m_pane->gridProxy()->index(2, SampleItemTableModel::NoteColumn);
        const Record item = itemAtViewRow(2);
        const QPoint at = grid->visualRect(target).center();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(grid->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(grid->viewport(), &drop);

        const QStringList linked = store().record(RecordKind::SampleItem, item.uuid)->linked(LinkKind::Evidence);
        QCOMPARE(linked.size(), 1);
        const Record evidence = store().record(RecordKind::Evidence, linked.first()).value();
        QCOMPARE(evidence.text(QStringLiteral("title")), QStringLiteral("approval-screenshot.txt"));
        const QList<Record> attachments = store().records(RecordKind::Attachment, evidence.uuid).value();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.first().text(QStringLiteral("sha256")),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(store().attachmentData(attachments.first().uuid).value(), bytes);
        QCOMPARE(m_pane->gridProxy()->index(2, SampleItemTableModel::EvidenceColumn).data().toString(),
                 QStringLiteral("1"));
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Attach 1 file(s) to %1")
                                                          .arg(item.text(QStringLiteral("occurrence_id"))));

        // A double click on the count opens the evidence.
        QSignalSpy navigate(m_pane.get(), &Pane::navigateTo);
        const QPoint count = grid->visualRect(m_pane->gridProxy()->index(2, SampleItemTableModel::EvidenceColumn)).center();
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, Qt::NoModifier, count);
        QTest::mouseDClick(grid->viewport(), Qt::LeftButton, Qt::NoModifier, count);
        QCOMPARE(navigate.size(), 1);
        QCOMPARE(navigate.first().at(0).value<RecordKind>(), RecordKind::Evidence);
        QCOMPARE(navigate.first().at(1).toString(), evidence.uuid);

        // One undo step takes the evidence, its attachment and the link back.
        m_document->undoStack()->undo();
        QVERIFY(store().record(RecordKind::SampleItem, item.uuid)->linked(LinkKind::Evidence).isEmpty());
        QVERIFY(!store().record(RecordKind::Evidence, evidence.uuid));
    }

    void proceduresAreAddedAndRemovedWithUndo()
    {
        QCOMPARE(m_pane->procedureModel()->control(), m_control);
        auto added = m_pane->procedureModel()->addProcedure(QStringLiteral("inspection"));
        QVERIFY(added);
        QCOMPARE(m_pane->procedureView()->model()->rowCount(), 1);
        QCOMPARE(store().records(RecordKind::TestProcedure, m_control)->size(), 1);
        m_document->undoStack()->undo();
        QVERIFY(store().records(RecordKind::TestProcedure, m_control)->isEmpty());
        QVERIFY(!m_pane->designCombo()->isVisible()); // a Type 2 engagement: no design conclusion here
    }

    void everyControlHasANameAndEnterEditsTheNote()
    {
        importAndDraw();
        for (int tab = 0; tab < m_pane->tabs()->count(); ++tab) {
            m_pane->tabs()->setCurrentIndex(tab);
            const QStringList unnamed = unnamedControls(m_pane.get());
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        }
        PopulationImportDialog dialog;
        dialog.show();
        const QStringList unnamed = unnamedControls(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        dialog.hide();
        QVERIFY(m_pane->grid()->toolTip().contains(QStringLiteral("Ctrl+D")));
        QVERIFY(m_pane->hintLabel()->text().contains(QStringLiteral("Ctrl+V")));

        // Enter opens the note's editor of the current item; what is typed is stored as one undo step.
        m_pane->grid()->setFocus();
        setCurrent(4);
        QTest::keyClick(m_pane->grid(), Qt::Key_Return);
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        QVERIFY(m_pane->grid()->isAncestorOf(editor));
        QTest::keyClicks(editor, QStringLiteral("Approved by the CAB"));
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next turn of the event loop
        QTRY_COMPARE(itemAtViewRow(4).text(QStringLiteral("notes")), QStringLiteral("Approved by the CAB"));
        QCOMPARE(resultAt(4), QString()); // typing into the note never set a result
    }

    void followsWhatCoreDoesElsewhere()
    {
        importThroughDialog(400);
        QCOMPARE(m_pane->gridModel()->rowCount(), 0);
        // The CLI's path: a sample drawn by core appears in the grid and the sample tab.
        SampleDrawOptions draw;
        draw.controlUuid = m_control;
        draw.seed = 99;
        QVERIFY(SampleDraw::draw(store(), draw));
        QCOMPARE(m_pane->gridModel()->rowCount(), 25);
        QTRY_VERIFY(m_pane->sampleSummary()->text().contains(QStringLiteral("Seed 99")));
        QTRY_COMPARE(m_pane->controlModel()->index(0, ControlTestingModel::ProgressColumn).data().toString(),
                     QStringLiteral("0 / 25"));
        QTRY_COMPARE(m_pane->totalProgressBar()->maximum(), 25);
    }

    void aHiddenPageWaitsUntilShown()
    {
        importThroughDialog(400);
        ControlTestingModel* controls = m_pane->controlModel();
        const QModelIndex progress = m_pane->controlView()->model()->index(0, ControlTestingModel::ProgressColumn);
        const QString summary = m_pane->sampleSummary()->text();
        QVERIFY(summary.startsWith(QStringLiteral("No sample drawn yet")));
        // Another page is shown (the window's page stack hides this one) while core draws a sample and records a
        // result (the CLI's path, a merge): the page only notes that it is stale.
        m_pane->hide();
        QSignalSpy results(controls, &QAbstractItemModel::dataChanged);
        QSignalSpy totals(controls, &ControlTestingModel::totalsChanged);
        QSignalSpy rebuilt(controls, &QAbstractItemModel::modelReset);
        SampleDrawOptions draw;
        draw.controlUuid = m_control;
        draw.seed = 99;
        QVERIFY(SampleDraw::draw(store(), draw));
        const QList<Record> drawn = items();
        QCOMPARE(drawn.size(), 25);
        QVERIFY(store().setField(RecordKind::SampleItem, drawn.first().uuid, QStringLiteral("result"),
                                 QStringLiteral("no-exception")));
        for (int turn = 0; turn < 3; ++turn) // the turns of the event loop a shown page refreshes on
            QCoreApplication::processEvents();
        QCOMPARE(results.size(), 0); // the engagement's results were not read
        QCOMPARE(totals.size(), 0);
        QCOMPARE(rebuilt.size(), 0);
        QCOMPARE(m_pane->sampleSummary()->text(), summary); // nor the control's details
        QCOMPARE(progress.data().toString(), QStringLiteral("–"));
        QCOMPARE(m_pane->totalProgressBar()->value(), 0);

        // Shown again, the page reads once what changed while it was hidden, before it is painted.
        m_pane->show();
        QCOMPARE(results.size(), 1);
        QCOMPARE(totals.size(), 1);
        QCOMPARE(rebuilt.size(), 0);
        QVERIFY(m_pane->sampleSummary()->text().contains(QStringLiteral("Seed 99")));
        QCOMPARE(progress.data().toString(), QStringLiteral("1 / 25"));
        QCOMPARE(m_pane->totalProgressBar()->maximum(), 25);
        QCOMPARE(m_pane->totalProgressBar()->value(), 1);
        QVERIFY(m_pane->controlProgressLabel()->text().startsWith(QStringLiteral("1 tested · 24 to test")));

        // Shown, it follows the store again as before.
        QVERIFY(store().setField(RecordKind::SampleItem, drawn.at(1).uuid, QStringLiteral("result"),
                                 QStringLiteral("exception")));
        QTRY_COMPARE(progress.data().toString(), QStringLiteral("2 / 25"));
        QTRY_COMPARE(m_pane->totalProgressBar()->value(), 2);
    }

    void aType1RecordsTheDesignConclusion()
    {
        const QString engagement = store().singleton(RecordKind::Engagement)->uuid;
        QVERIFY(store().setField(RecordKind::Engagement, engagement, QStringLiteral("report_type"), QStringLiteral("type1")));
        m_pane->tabs()->setCurrentIndex(TestingPane::ProceduresTab);
        QTRY_VERIFY(m_pane->designCombo()->isVisible());
        m_pane->designCombo()->setFocus();
        const int suitably = m_pane->designCombo()->findData(QStringLiteral("suitably-designed"));
        QVERIFY(suitably > 0);
        while (m_pane->designCombo()->currentIndex() < suitably)
            QTest::keyClick(m_pane->designCombo(), Qt::Key_Down);
        QCOMPARE(store().record(RecordKind::ServiceControl, m_control)->text(QStringLiteral("design")),
                 QStringLiteral("suitably-designed"));
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Set design conclusion of C-1"));
        m_document->undoStack()->undo();
        QCOMPARE(store().record(RecordKind::ServiceControl, m_control)->text(QStringLiteral("design")), QString());
        QTRY_COMPARE(m_pane->designCombo()->currentIndex(), 0);
    }

    void showRecordRevealsAnItem()
    {
        importAndDraw();
        const Record item = itemAtViewRow(7);
        m_pane->controlView()->setFocus();
        m_pane->showRecord(RecordKind::SampleItem, item.uuid);
        QCOMPARE(m_pane->currentControl(), m_control);
        QCOMPARE(m_pane->grid()->currentIndex().data(ItemRoles::UuidRole).toString(), item.uuid);
        const Record population = store().records(RecordKind::Population, m_control)->first();
        m_pane->showRecord(RecordKind::Population, population.uuid);
        QCOMPARE(m_pane->tabs()->currentIndex(), int(TestingPane::PopulationTab));
    }

    void aReadOnlyAuditRefusesTheKeys()
    {
        importAndDraw();
        m_pane->setDocument(nullptr);
        m_document.reset();
        auto readOnly = AuditDocument::open(m_path, AuditDatabase::Mode::ReadOnly);
        QVERIFY2(readOnly, qPrintable(readOnly.error()));
        m_document = std::move(readOnly.value());
        m_pane->setDocument(m_document.get());
        QVERIFY(m_pane->selectControl(m_control));
        QSignalSpy messages(m_pane.get(), &Pane::statusMessage);
        QTest::keyClick(m_pane->grid(), Qt::Key_P);
        QVERIFY(!messages.isEmpty());
        QCOMPARE(resultAt(0), QString());
        QCOMPARE(m_pane->grid()->currentIndex().row(), 0); // no move on a refusal
        QVERIFY(!m_pane->drawSample());
        QCOMPARE(m_document->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestTestingPane)
#include "tst_testingpane.moc"
