// SPDX-License-Identifier: GPL-3.0-or-later
// ControlsPane (issue 17, point 3) driven offscreen on a SOC 2 engagement: criteria mapped to a control from the
// keyboard (Ctrl+M, Ctrl+Shift+M), through the criteria cell's checkable list (the delegate's setModelData) and by a
// drop of dragged criteria on a row, each checked in the store and undone; an unaddressed criterion becoming
// addressed in the tree and the summary; the matrix filters and the "Selected criteria only" toggle; a control
// added with Insert and deleted with Delete (asked first when a test goes with it, undoable); a small matrix CSV
// imported through the ImportDialog; a read-only engagement refusing with a message; no document at all.
#include "core/Soc2MatrixFixture.h"
#include "delegates/CriteriaListDelegate.h"
#include "delegates/ItemRoles.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ImportDialog.h"
#include "document/AuditDocument.h"
#include "models/CriteriaTreeModel.h"
#include "models/ServiceControlFilterModel.h"
#include "models/ServiceControlTableModel.h"
#include "panes/controls/ControlsPane.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace isoaudit;
using namespace isoaudit::test;

using Model = ServiceControlTableModel;

class TestControlsPane : public QObject
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
        QStringList ids = store().record(RecordKind::ServiceControl, uuid)->linked(LinkKind::Criterion);
        ids.sort();
        return ids;
    }

    /// Selects a control's row in the pane's table (through the filter).
    static void selectControl(ControlsPane& pane, const QString& uuid, int column = Model::RefColumn)
    {
        const QModelIndex index = pane.controlFilter()->mapFromSource(pane.controlModel()->indexOf(uuid, column));
        QVERIFY(index.isValid());
        pane.controlView()->setCurrentIndex(index);
        pane.controlView()->selectRow(index.row());
    }

    static QLabel* messageLabel(ControlsPane& pane)
    {
        return pane.findChild<QLabel*>(QStringLiteral("controlsMessageLabel"));
    }

    void showPane(ControlsPane& pane)
    {
        pane.setDocument(m_document.get());
        pane.resize(1166, 700);
        pane.show();
        QApplication::setActiveWindow(&pane);
        QVERIFY(QTest::qWaitForWindowActive(&pane));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("IsoAuditTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_controlspane"));
        QSettings().clear();
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("e%1.isoaudit").arg(++m_files));
        m_document = std::make_unique<AuditDocument>(createEngagement(m_path));
        m_nc1 = addControl(store(), QStringLiteral("NC-01"), {QStringLiteral("CC6.1")});
        m_nc2 = addControl(store(), QStringLiteral("NC-02"), {QStringLiteral("CC7.2")}, false);
        QVERIFY(store().setFields(RecordKind::ServiceControl, m_nc1, {{"owner", "Ops"}, {"frequency", "daily"}}).ok());
    }

    void cleanup() { m_document.reset(); }

    void titleAndWidgets()
    {
        ControlsPane pane;
        QCOMPARE(pane.title(), QStringLiteral("Criteria & Controls"));
        QCOMPARE(pane.objectName(), QStringLiteral("controlsPane"));
        pane.setDocument(nullptr); // nothing open: no crash, nothing to do
        pane.mapSelectedCriteria();
        pane.addControl();
        pane.deleteSelectedControls();
        QVERIFY(!pane.controlView()->isEnabled());
        QCOMPARE(pane.criteriaModel()->rowCount(), 0);
        pane.setDocument(m_document.get());
        QCOMPARE(pane.criteriaModel()->rowCount(), 9);
        QCOMPARE(pane.controlModel()->rowCount(), 2);
        QCOMPARE(pane.findChild<QLabel*>(QStringLiteral("criteriaSummaryLabel"))->text(),
                 QStringLiteral("2 of 33 criteria addressed"));
        for (QAction* action : {pane.mapAction(), pane.unmapAction(), pane.newControlAction(),
                                pane.deleteControlAction(), pane.importAction(), pane.exportAction()}) {
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
            QVERIFY2(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)),
                     qPrintable(action->toolTip()));
        }
        pane.setDocument(nullptr);
        QCOMPARE(pane.controlModel()->rowCount(), 0);
    }

    void namedControlsAndRememberedState()
    {
        ControlsPane pane;
        showPane(pane);
        // What a screen reader hears: every control that takes the focus has a name (a combo box's is its
        // accessible name, not its value).
        QStringList unnamed;
        for (QWidget* widget : pane.findChildren<QWidget*>()) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy()
                || qobject_cast<QComboBox*>(widget->parentWidget()))
                continue;
            if (!qobject_cast<QAbstractButton*>(widget) && !qobject_cast<QLineEdit*>(widget)
                && !qobject_cast<QComboBox*>(widget) && !qobject_cast<QAbstractItemView*>(widget))
                continue;
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
            const QString name = qobject_cast<QComboBox*>(widget) ? widget->accessibleName()
                : iface                                           ? iface->text(QAccessible::Name)
                                                                  : QString();
            if (name.trimmed().isEmpty())
                unnamed << widget->metaObject()->className() + QStringLiteral(" ") + widget->objectName();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        // The splitter and the headers come back as they were left.
        auto* splitter = pane.findChild<QSplitter*>(QStringLiteral("controlsSplitter"));
        splitter->setSizes({300, 860});
        const QList<int> sizes = splitter->sizes();
        pane.controlView()->horizontalHeader()->resizeSection(Model::TitleColumn, 321);
        const QByteArray state = pane.saveState();
        ControlsPane restored;
        restored.resize(pane.size());
        restored.setDocument(m_document.get());
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        restored.restoreState(state);
        QCOMPARE(restored.findChild<QSplitter*>(QStringLiteral("controlsSplitter"))->sizes(), sizes);
        QCOMPARE(restored.controlView()->horizontalHeader()->sectionSize(Model::TitleColumn), 321);
    }

    void mapByKeyboardAndUndo()
    {
        ControlsPane pane;
        showPane(pane);
        QUndoStack* undo = m_document->undoStack();
        // CC6.4 is not addressed: marked in the tree.
        const QModelIndex cc64 = pane.criteriaModel()->indexForCriterion(QStringLiteral("CC6.4"));
        QCOMPARE(cc64.data(CriteriaTreeModel::UnaddressedRole).toString(), QStringLiteral("unaddressed"));
        auto* summary = pane.findChild<QLabel*>(QStringLiteral("criteriaSummaryLabel"));
        QCOMPARE(summary->text(), QStringLiteral("2 of 33 criteria addressed"));

        pane.showCriterion(QStringLiteral("CC6.4"));
        QCOMPARE(pane.selectedCriteria(), QStringList{"CC6.4"});
        selectControl(pane, m_nc2);
        pane.controlView()->setFocus();
        QTest::keyClick(pane.controlView(), Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(criteriaOf(m_nc2), (QStringList{"CC6.4", "CC7.2"}));
        QCOMPARE(undo->undoText(), QStringLiteral("Map CC6.4 to NC-02"));
        // Now addressed: the tree and the summary follow.
        QCOMPARE(cc64.data(CriteriaTreeModel::UnaddressedRole).toString(), QString());
        QCOMPARE(cc64.data(CriteriaTreeModel::ControlRefsRole).toStringList(), QStringList{"NC-02"});
        QCOMPARE(summary->text(), QStringLiteral("3 of 33 criteria addressed"));
        // Highlighted: the control mapped to the selected criterion.
        QVERIFY(pane.controlModel()->isHighlighted(pane.controlModel()->rowOf(m_nc2)));
        QVERIFY(!pane.controlModel()->isHighlighted(pane.controlModel()->rowOf(m_nc1)));

        // Ctrl+Shift+M from the tree unmaps it again.
        pane.criteriaView()->setFocus();
        QTest::keyClick(pane.criteriaView(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(criteriaOf(m_nc2), QStringList{"CC7.2"});
        QCOMPARE(undo->undoText(), QStringLiteral("Unmap CC6.4 from NC-02"));
        undo->undo();
        QCOMPARE(criteriaOf(m_nc2), (QStringList{"CC6.4", "CC7.2"}));
        undo->undo();
        QCOMPARE(criteriaOf(m_nc2), QStringList{"CC7.2"});
        QCOMPARE(cc64.data(CriteriaTreeModel::UnaddressedRole).toString(), QStringLiteral("unaddressed"));
        QCOMPARE(summary->text(), QStringLiteral("2 of 33 criteria addressed"));

        // A whole series selected maps all its criteria to two controls in one step.
        pane.showCriterion(QStringLiteral("CC2"));
        pane.controlView()->selectAll();
        const int steps = undo->index();
        pane.mapAction()->trigger();
        QCOMPARE(undo->index(), steps + 1);
        QVERIFY(criteriaOf(m_nc1).contains(QStringLiteral("CC2.3")));
        QVERIFY(criteriaOf(m_nc2).contains(QStringLiteral("CC2.1")));
        undo->undo();
        QCOMPARE(criteriaOf(m_nc1), QStringList{"CC6.1"});

        // Nothing selected in the tree: refused with a message, nothing written.
        pane.criteriaView()->clearSelection();
        pane.mapAction()->trigger();
        QCOMPARE(undo->index(), steps);
        QVERIFY(messageLabel(pane)->isVisible());
        QVERIFY(messageLabel(pane)->text().contains(QStringLiteral("criteria")));
    }

    void mapThroughTheCriteriaCellEditor()
    {
        ControlsPane pane;
        showPane(pane);
        QTableView* view = pane.controlView();
        const QModelIndex cell
            = pane.controlFilter()->mapFromSource(pane.controlModel()->indexOf(m_nc1, Model::CriteriaColumn));
        auto* delegate = qobject_cast<CriteriaListDelegate*>(view->itemDelegateForColumn(Model::CriteriaColumn));
        QVERIFY(delegate);
        // The real editor as the view opens it (F2).
        view->setCurrentIndex(cell);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F2);
        auto* list = view->findChild<QListWidget*>(QStringLiteral("criteriaCheckList"));
        auto* edit = view->findChild<QLineEdit*>(QStringLiteral("criteriaListEdit"));
        QVERIFY(list && edit);
        QCOMPARE(list->count(), 33);
        QCOMPARE(edit->text(), QStringLiteral("CC6.1"));
        QVERIFY(list->parentWidget()->height() > view->rowHeight(cell.row()) * 4); // a panel, not a cramped cell
        auto item = [&](const QString& id) {
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->data(Qt::UserRole).toString() == id)
                    return list->item(i);
            }
            return static_cast<QListWidgetItem*>(nullptr);
        };
        QCOMPARE(item(QStringLiteral("CC6.1"))->checkState(), Qt::Checked);
        item(QStringLiteral("CC6.6"))->setCheckState(Qt::Checked);
        item(QStringLiteral("CC6.1"))->setCheckState(Qt::Unchecked);
        QCOMPARE(edit->text(), QStringLiteral("CC6.6"));
        // Typing ticks: "CC6.6, CC8.1".
        edit->setText(QStringLiteral("CC6.6, CC8.1"));
        emit edit->textEdited(edit->text());
        QCOMPARE(item(QStringLiteral("CC8.1"))->checkState(), Qt::Checked);
        // A hand-typed spelling ticks as the model reads it, and ticking another keeps it one criterion.
        edit->setText(QStringLiteral("cc 6.6; CC8.1."));
        emit edit->textEdited(edit->text());
        QCOMPARE(item(QStringLiteral("CC6.6"))->checkState(), Qt::Checked);
        QCOMPARE(item(QStringLiteral("CC8.1"))->checkState(), Qt::Checked);
        item(QStringLiteral("CC6.1"))->setCheckState(Qt::Checked);
        QCOMPARE(edit->text(), QStringLiteral("CC6.1, CC6.6, CC8.1"));
        item(QStringLiteral("CC6.1"))->setCheckState(Qt::Unchecked);
        QCOMPARE(edit->text(), QStringLiteral("CC6.6, CC8.1"));
        delegate->setModelData(list->parentWidget(), pane.controlFilter(), cell);
        QCOMPARE(criteriaOf(m_nc1), (QStringList{"CC6.6", "CC8.1"}));
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Set criteria of NC-01"));
        QTest::keyClick(edit, Qt::Key_Escape);
        m_document->undoStack()->undo();
        QCOMPARE(criteriaOf(m_nc1), QStringList{"CC6.1"});

        // A typed id that names no criterion is refused, naming it, and nothing changes.
        QWidget* editor = delegate->createEditor(view->viewport(), QStyleOptionViewItem(), cell);
        delegate->setEditorData(editor, cell);
        editor->findChild<QLineEdit*>()->setText(QStringLiteral("CC6.1, CC66.1"));
        delegate->setModelData(editor, pane.controlFilter(), cell);
        delete editor;
        QCOMPARE(criteriaOf(m_nc1), QStringList{"CC6.1"});
        QVERIFY2(messageLabel(pane)->text().contains(QStringLiteral("CC66.1")), qPrintable(messageLabel(pane)->text()));
    }

    void mapByDrop()
    {
        ControlsPane pane;
        showPane(pane);
        CriteriaTreeModel* tree = pane.criteriaModel();
        std::unique_ptr<QMimeData> drag(tree->mimeData(
            {tree->indexForCriterion(QStringLiteral("CC6.4")), tree->indexForCriterion(QStringLiteral("CC6.5"))}));
        const QModelIndex target
            = pane.controlFilter()->mapFromSource(pane.controlModel()->indexOf(m_nc2, Model::TitleColumn));
        // Through the view's model (the filter), as the view's drop does.
        QVERIFY(pane.controlFilter()->canDropMimeData(drag.get(), Qt::CopyAction, -1, -1, target));
        QVERIFY(pane.controlFilter()->dropMimeData(drag.get(), Qt::CopyAction, -1, -1, target));
        QCOMPARE(criteriaOf(m_nc2), (QStringList{"CC6.4", "CC6.5", "CC7.2"}));
        QCOMPARE(tree->unaddressedCriteria().size(), 29);
        QVERIFY(pane.controlView()->acceptDrops());
        QVERIFY(pane.criteriaView()->dragEnabled());
        m_document->undoStack()->undo();
        QCOMPARE(criteriaOf(m_nc2), QStringList{"CC7.2"});
        QCOMPARE(tree->unaddressedCriteria().size(), 31);
    }

    void filtersNarrowTheMatrix()
    {
        ControlsPane pane;
        showPane(pane);
        addControl(store(), QStringLiteral("NC-03"), {QStringLiteral("CC6.1"), QStringLiteral("CC8.1")});
        ServiceControlFilterModel* filter = pane.controlFilter();
        auto* count = pane.findChild<QLabel*>(QStringLiteral("controlCountLabel"));
        QCOMPARE(filter->rowCount(), 3);
        QCOMPARE(count->text(), QStringLiteral("3 control(s)"));

        auto* search = pane.findChild<QLineEdit*>(QStringLiteral("controlSearchLineEdit"));
        pane.find();
        QCOMPARE(QApplication::focusWidget(), search);
        QTest::keyClicks(search, QStringLiteral("CC8.1"));
        QCOMPARE(filter->rowCount(), 1);
        QCOMPARE(count->text(), QStringLiteral("1 of 3 control(s) shown"));
        search->clear();

        auto* frequency = pane.findChild<QComboBox*>(QStringLiteral("frequencyFilterCombo"));
        frequency->setCurrentIndex(frequency->findData(QStringLiteral("daily")));
        QCOMPARE(filter->rowCount(), 1);
        frequency->setCurrentIndex(0);
        auto* owner = pane.findChild<QComboBox*>(QStringLiteral("ownerFilterCombo"));
        QCOMPARE(owner->findData(QStringLiteral("Ops")), 1);
        owner->setCurrentIndex(1);
        QCOMPARE(filter->rowCount(), 1);
        owner->setCurrentIndex(0);
        auto* key = pane.findChild<QCheckBox*>(QStringLiteral("keyOnlyCheckBox"));
        key->setChecked(true);
        QCOMPARE(filter->rowCount(), 2); // NC-01 and NC-03
        key->setChecked(false);
        auto* tested = pane.findChild<QComboBox*>(QStringLiteral("testedFilterCombo"));
        tested->setCurrentIndex(tested->findData(QStringLiteral("no-exceptions")));
        QCOMPARE(filter->rowCount(), 0);
        addTest(store(), m_nc2, QStringLiteral("no-exceptions"));
        QCOMPARE(filter->rowCount(), 1);
        tested->setCurrentIndex(0);

        // A criterion selected in the tree: its controls in bold; the toggle shows only them.
        pane.showCriterion(QStringLiteral("CC6.1"));
        QCOMPARE(filter->rowCount(), 3);
        auto* toggle = pane.findChild<QCheckBox*>(QStringLiteral("criteriaFilterCheckBox"));
        toggle->setChecked(true);
        QCOMPARE(filter->rowCount(), 2);
        toggle->setChecked(false);
        QCOMPARE(filter->rowCount(), 3);

        // "Unaddressed only" in the tree.
        auto* unaddressed = pane.findChild<QCheckBox*>(QStringLiteral("unaddressedOnlyCheckBox"));
        unaddressed->setChecked(true);
        QVERIFY(!pane.criteriaView()
                     ->model()
                     ->match(pane.criteriaView()->model()->index(0, 0), CriteriaTreeModel::CriterionIdRole,
                             QStringLiteral("CC6.2"), 1, Qt::MatchRecursive | Qt::MatchExactly)
                     .isEmpty());
        QVERIFY(pane.criteriaView()
                    ->model()
                    ->match(pane.criteriaView()->model()->index(0, 0), CriteriaTreeModel::CriterionIdRole,
                            QStringLiteral("CC6.1"), 1, Qt::MatchRecursive | Qt::MatchExactly)
                    .isEmpty());
        pane.showCriterion(QStringLiteral("CC6.1")); // hidden by the filter: the filter goes
        QVERIFY(!unaddressed->isChecked());
        QCOMPARE(pane.selectedCriteria(), QStringList{"CC6.1"});
    }

    void addAndDeleteFromTheKeyboard()
    {
        ControlsPane pane;
        showPane(pane);
        QUndoStack* undo = m_document->undoStack();
        QStringList asked;
        bool answer = false;
        pane.setConfirmation([&](const QString& question) {
            asked << question;
            return answer;
        });
        pane.controlView()->setFocus();
        QTest::keyClick(pane.controlView(), Qt::Key_Insert);
        QCOMPARE(store().count(RecordKind::ServiceControl).value(), 3);
        QCOMPARE(undo->undoText(), QStringLiteral("Add control NC-03"));
        // The new control's title is being edited.
        QCOMPARE(pane.controlView()->currentIndex().column(), int(Model::TitleColumn));
        auto* titleEditor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(titleEditor && titleEditor->parentWidget() == pane.controlView()->viewport());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        undo->undo();
        QCOMPARE(store().count(RecordKind::ServiceControl).value(), 2);

        // A control with a test: asked first; "no" keeps it.
        const QString test = addTest(store(), m_nc1, QStringLiteral("no-exceptions"));
        selectControl(pane, m_nc1);
        pane.controlView()->setFocus();
        QTest::keyClick(pane.controlView(), Qt::Key_Delete);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("NC-01")) && asked.first().contains(QStringLiteral("test")),
                 qPrintable(asked.first()));
        QVERIFY(store().record(RecordKind::ServiceControl, m_nc1).ok());
        answer = true;
        QTest::keyClick(pane.controlView(), Qt::Key_Delete);
        QVERIFY(!store().record(RecordKind::ServiceControl, m_nc1).ok());
        QVERIFY(!store().record(RecordKind::TestProcedure, test).ok());
        QCOMPARE(undo->undoText(), QStringLiteral("Delete control NC-01"));
        undo->undo();
        QVERIFY(store().record(RecordKind::ServiceControl, m_nc1).ok());
        QVERIFY(store().record(RecordKind::TestProcedure, test).ok());
        QCOMPARE(criteriaOf(m_nc1), QStringList{"CC6.1"});

        // A control without dependents is deleted without a question.
        selectControl(pane, m_nc2);
        pane.deleteControlAction()->trigger();
        QCOMPARE(asked.size(), 2);
        QVERIFY(!store().record(RecordKind::ServiceControl, m_nc2).ok());
        undo->undo();

        // A frozen population: refused, with the reason shown.
        addPopulation(store(), m_nc2, 40);
        selectControl(pane, m_nc2);
        answer = true;
        pane.deleteControlAction()->trigger();
        QVERIFY(store().record(RecordKind::ServiceControl, m_nc2).ok());
        QVERIFY2(messageLabel(pane)->text().contains(QStringLiteral("frozen")), qPrintable(messageLabel(pane)->text()));
    }

    void importASmallMatrix()
    {
        ControlsPane pane;
        pane.setDocument(m_document.get());
        const QString csv = m_dir.filePath(QStringLiteral("matrix%1.csv").arg(m_files));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Control #,Control Activity,Control Owner,Frequency,Manual/Automated,Key Control (Y/N),TSC Mapping\n"
                   "NC-02,Alerts are triaged,SecOps,Daily,Automated,Y,\"CC7.2, CC7.3\"\n"
                   "NC-07,Vendors are reviewed,Procurement,Annual,Manual,N,CC9.2\n");
        file.close();
        ImportDialog dialog(m_document.get(), TableKind::Controls, &pane);
        dialog.setFile(csv);
        QVERIFY(dialog.plan().has_value());
        QVERIFY2(dialog.importNow().ok(), "import refused");
        QCOMPARE(pane.controlModel()->rowCount(), 3);
        const int row = pane.controlModel()->rowOfRef(QStringLiteral("NC-07"));
        QVERIFY(row >= 0);
        QCOMPARE(pane.controlModel()->index(row, Model::CriteriaColumn).data().toString(), QStringLiteral("CC9.2"));
        QCOMPARE(criteriaOf(m_nc2), (QStringList{"CC7.2", "CC7.3"})); // updated by ref
        QVERIFY(!pane.criteriaModel()->unaddressedCriteria().contains(QStringLiteral("CC9.2")));
        m_document->undoStack()->undo();
        QCOMPARE(pane.controlModel()->rowCount(), 2);
        QCOMPARE(criteriaOf(m_nc2), QStringList{"CC7.2"});
        QVERIFY(pane.criteriaModel()->unaddressedCriteria().contains(QStringLiteral("CC9.2")));

        // The export dialog offers the control matrix (and only it) for an engagement, and writes it.
        ExportDialog exporter(m_document.get(), TableKind::Controls, &pane);
        QCOMPARE(exporter.kind(), TableKind::Controls);
        QCOMPARE(exporter.findChild<QComboBox*>()->count(), 1);
        const QString out = m_dir.filePath(QStringLiteral("export%1.csv").arg(m_files));
        exporter.setPath(out);
        QVERIFY(exporter.exportNow().ok());
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(written.readAll());
        QVERIFY2(text.contains(QStringLiteral("NC-01")) && text.contains(QStringLiteral("CC6.1")), qPrintable(text));
    }

    void refusedByTheWriteGuardChangesNothing()
    {
        // As a signed audit's guard does: every write refused with the reason.
        const QString reason = QStringLiteral("The audit is signed; it can no longer be changed.");
        store().setWriteGuard([reason](RecordKind, const QStringList&) { return Status(Error{reason}); });
        ControlsPane pane;
        showPane(pane);
        pane.setConfirmation([](const QString&) { return true; });
        pane.showCriterion(QStringLiteral("CC6.4"));
        selectControl(pane, m_nc1);
        pane.mapAction()->trigger();
        QCOMPARE(criteriaOf(m_nc1), QStringList{"CC6.1"});
        QCOMPARE(messageLabel(pane)->text(), reason);
        const QModelIndex title
            = pane.controlFilter()->mapFromSource(pane.controlModel()->indexOf(m_nc1, Model::TitleColumn));
        QVERIFY(!pane.controlFilter()->setData(title, QStringLiteral("Renamed")));
        QCOMPARE(store().record(RecordKind::ServiceControl, m_nc1)->text(QStringLiteral("title")),
                 QStringLiteral("NC-01 title"));
        pane.deleteControlAction()->trigger();
        QVERIFY(store().record(RecordKind::ServiceControl, m_nc1).ok());
        pane.newControlAction()->trigger();
        QCOMPARE(store().count(RecordKind::ServiceControl).value(), 2);
        QCOMPARE(messageLabel(pane)->text(), reason);
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void readOnlyRefusesWithAMessage()
    {
        m_document.reset();
        auto opened = AuditDocument::open(m_path, AuditDatabase::Mode::ReadOnly);
        QVERIFY(opened);
        m_document = std::move(opened.value());
        ControlsPane pane;
        showPane(pane);
        QVERIFY(!pane.newControlAction()->isEnabled());
        QVERIFY(!pane.importAction()->isEnabled());
        QVERIFY(pane.exportAction()->isEnabled());
        pane.showCriterion(QStringLiteral("CC6.4"));
        selectControl(pane, m_nc1);
        QVERIFY(!pane.mapAction()->isEnabled());
        pane.mapSelectedCriteria(); // called anyway: the store refuses, the page says so
        QCOMPARE(criteriaOf(m_nc1), QStringList{"CC6.1"});
        QVERIFY(messageLabel(pane)->isVisible());
        QVERIFY(!messageLabel(pane)->text().isEmpty());
        QCOMPARE(m_document->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestControlsPane)
#include "tst_controlspane.moc"
