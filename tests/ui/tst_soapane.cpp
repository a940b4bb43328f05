// SPDX-License-Identifier: GPL-3.0-or-later
// SoaPane as the auditor uses it: the 93 controls, an edit through the combo-box and multi-line delegates with undo
// and redo, the filter bar, a bulk edit of selected rows as one undo step, the completeness badge, following a
// link to a control, and the header state kept between sessions. Every result is checked in the store.
#include "delegates/EnumLabels.h"
#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "models/SoaFilterModel.h"
#include "models/SoaTableModel.h"
#include "panes/soa/SoaPane.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace isoaudit;

class TestSoaPane : public QObject
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

    static QModelIndex viewIndex(SoaPane& pane, const QString& controlId, int column)
    {
        const int row = pane.tableModel()->rowOfControl(controlId);
        return pane.filterModel()->mapFromSource(pane.tableModel()->index(row, column));
    }

private slots:
    void init()
    {
        static int counter = 0;
        NewAudit seed;
        seed.client = QStringLiteral("Example Ltd");
        seed.leadAuditor = QStringLiteral("Lena Lead");
        auto store = AuditStore::create(m_dir.filePath(QStringLiteral("pane%1.isoaudit").arg(++counter)), seed);
        QVERIFY2(store, qPrintable(store.error()));
        m_document = std::make_unique<AuditDocument>(std::move(store).value());
    }

    void cleanup() { m_document.reset(); }

    void showsTheControlsAndTheBadge()
    {
        SoaPane pane;
        QCOMPARE(pane.title(), QStringLiteral("Statement of Applicability"));
        QCOMPARE(pane.badge()->text(), QStringLiteral("No audit open"));
        QVERIFY(!pane.tableView()->isEnabled());
        pane.setDocument(m_document.get());
        QVERIFY(pane.tableView()->isEnabled());
        QCOMPARE(pane.tableView()->model()->rowCount(), 93);
        QCOMPARE(pane.badge()->text(), QStringLiteral("0/93 decided"));
        // Sorted by id, naturally.
        QCOMPARE(pane.tableView()->model()->index(9, SoaTableModel::IdColumn).data().toString(),
                 QStringLiteral("5.10"));
        QCOMPARE(pane.tableView()->model()->index(1, SoaTableModel::IdColumn).data().toString(), QStringLiteral("5.2"));
        // Every column is wide enough to read its header.
        const QHeaderView* header = pane.tableView()->horizontalHeader();
        for (int column = 0; column < SoaTableModel::ColumnCount - 1; ++column) {
            const QString title = pane.tableModel()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(title), qPrintable(title));
        }
        pane.setDocument(nullptr);
        QCOMPARE(pane.tableView()->model()->rowCount(), 0);
        QCOMPARE(pane.badge()->text(), QStringLiteral("No audit open"));
    }

    void editsThroughTheDelegatesWithUndo()
    {
        SoaPane pane;
        pane.resize(1200, 700);
        pane.setDocument(m_document.get());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTableView* view = pane.tableView();

        // A combo box with the human labels; picking commits at once.
        const QModelIndex applicable = viewIndex(pane, QStringLiteral("5.7"), SoaTableModel::ApplicableColumn);
        view->setCurrentIndex(applicable);
        view->edit(applicable);
        auto* combo = view->viewport()->findChild<QComboBox*>(QStringLiteral("enumComboBox"));
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), QStringLiteral("Undecided"));
        const int notApplicable = combo->findText(QStringLiteral("Not applicable"));
        QVERIFY(notApplicable >= 0);
        combo->setCurrentIndex(notApplicable);
        emit combo->activated(notApplicable);
        QCOMPARE(soaValue(QStringLiteral("5.7"), QStringLiteral("applicable")), QStringLiteral("no"));
        QCOMPARE(pane.badge()->text(), QStringLiteral("1/93 decided · 1 exclusion unjustified"));
        QCOMPARE(m_document->undoStack()->count(), 1);

        // The multi-line editor: Enter is a line break, Ctrl+Enter saves.
        const QModelIndex justification = viewIndex(pane, QStringLiteral("5.7"), SoaTableModel::JustificationColumn);
        view->setCurrentIndex(justification);
        view->edit(justification);
        auto* text = view->viewport()->findChild<QPlainTextEdit*>(QStringLiteral("multiLineTextEdit"));
        QVERIFY(text);
        QVERIFY(text->height() > view->rowHeight(justification.row()));
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("No threat feeds in scope"));
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, QStringLiteral("See scope"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(soaValue(QStringLiteral("5.7"), QStringLiteral("justification")),
                 QStringLiteral("No threat feeds in scope\nSee scope"));
        QCOMPARE(pane.badge()->text(), QStringLiteral("1/93 decided"));

        m_document->undoStack()->undo();
        QCOMPARE(soaValue(QStringLiteral("5.7"), QStringLiteral("justification")), QString());
        m_document->undoStack()->undo();
        QCOMPARE(soaValue(QStringLiteral("5.7"), QStringLiteral("applicable")), QStringLiteral("undecided"));
        QCOMPARE(pane.badge()->text(), QStringLiteral("0/93 decided"));
        m_document->undoStack()->redo();
        QCOMPARE(soaValue(QStringLiteral("5.7"), QStringLiteral("applicable")), QStringLiteral("no"));
        QCOMPARE(applicable.data().toString(), QStringLiteral("Not applicable"));
    }

    void keyboardPicksFromTheList()
    {
        SoaPane pane;
        pane.resize(1200, 700);
        pane.setDocument(m_document.get());
        pane.show();
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        QTableView* view = pane.tableView();
        view->setFocus();
        view->setCurrentIndex(viewIndex(pane, QStringLiteral("8.8"), SoaTableModel::VerdictColumn));
        QTest::keyClick(view, Qt::Key_F2);
        auto* combo = view->viewport()->findChild<QComboBox*>(QStringLiteral("enumComboBox"));
        QVERIFY(combo);
        QTRY_VERIFY(combo->view()->isVisible()); // the list opens by itself
        QCOMPARE(combo->currentText(), QStringLiteral("Pending"));
        QTest::keyClick(combo->view(), Qt::Key_Down);
        QTest::keyClick(combo->view(), Qt::Key_Return);
        QCOMPARE(soaValue(QStringLiteral("8.8"), QStringLiteral("verdict")), QStringLiteral("effective"));
        QCOMPARE(m_document->undoStack()->count(), 1);
    }

    void refusedEditIsReported()
    {
        SoaPane pane;
        pane.setDocument(m_document.get());
        QSignalSpy status(&pane, &Pane::statusMessage);
        QVERIFY(!pane.tableView()->model()->setData(
            viewIndex(pane, QStringLiteral("8.8"), SoaTableModel::VerdictColumn), QStringLiteral("great")));
        QCOMPARE(status.size(), 1);
        QVERIFY(!status.first().first().toString().isEmpty());
        QCOMPARE(soaValue(QStringLiteral("8.8"), QStringLiteral("verdict")), QStringLiteral("pending"));
    }

    void filterBar()
    {
        SoaPane pane;
        pane.setDocument(m_document.get());
        auto* theme = pane.findChild<QComboBox*>(QStringLiteral("themeFilterCombo"));
        auto* applicability = pane.findChild<QComboBox*>(QStringLiteral("applicabilityFilterCombo"));
        auto* search = pane.findChild<QLineEdit*>(QStringLiteral("soaSearchLineEdit"));
        QVERIFY(theme && applicability && search);
        QVERIFY(!theme->accessibleName().isEmpty());
        theme->setCurrentIndex(theme->findText(QStringLiteral("Physical")));
        QCOMPARE(pane.tableView()->model()->rowCount(), 14);
        applicability->setCurrentIndex(applicability->findData(QStringLiteral("yes")));
        QCOMPARE(pane.tableView()->model()->rowCount(), 0);
        applicability->setCurrentIndex(0);
        theme->setCurrentIndex(0);
        QCOMPARE(pane.tableView()->model()->rowCount(), 93);
        pane.show();
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        pane.find(); // Edit > Find
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("cloud"));
        QCOMPARE(pane.tableView()->model()->rowCount(), 1);
        QCOMPARE(pane.tableView()->model()->index(0, SoaTableModel::IdColumn).data().toString(),
                 QStringLiteral("5.23"));
        // Following a link to a hidden control clears the filters and selects it.
        pane.showRecord(RecordKind::SoaEntry, QStringLiteral("8.8"));
        QCOMPARE(search->text(), QString());
        QCOMPARE(pane.tableView()->currentIndex().siblingAtColumn(SoaTableModel::IdColumn).data().toString(),
                 QStringLiteral("8.8"));
    }

    void bulkEditOfSelectedRows()
    {
        SoaPane pane;
        pane.setDocument(m_document.get());
        auto* button
            = pane.findChild<QToolButton*>(QStringLiteral("bulkButton%1").arg(SoaTableModel::ApplicableColumn));
        QVERIFY(button);
        QVERIFY(!button->isEnabled());
        QItemSelectionModel* selection = pane.tableView()->selectionModel();
        for (int row : {0, 1, 2, 9})
            selection->select(pane.tableView()->model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(button->isEnabled());
        QCOMPARE(pane.selectedSourceRows().size(), 4);
        // The button's menu offers the human labels; choosing one sets every selected row.
        QAction* notApplicable = nullptr;
        for (QAction* action : button->menu()->actions()) {
            if (action->text() == QLatin1String("Not applicable"))
                notApplicable = action;
        }
        QVERIFY(notApplicable);
        QSignalSpy status(&pane, &Pane::statusMessage);
        notApplicable->trigger();
        QCOMPARE(m_document->undoStack()->count(), 1);
        for (const char* id : {"5.1", "5.2", "5.3", "5.10"})
            QCOMPARE(soaValue(QString::fromLatin1(id), QStringLiteral("applicable")), QStringLiteral("no"));
        QCOMPARE(soaValue(QStringLiteral("5.4"), QStringLiteral("applicable")), QStringLiteral("undecided"));
        QCOMPARE(pane.badge()->text(), QStringLiteral("4/93 decided · 4 exclusions unjustified"));
        QCOMPARE(status.size(), 1);
        m_document->undoStack()->undo();
        for (const char* id : {"5.1", "5.2", "5.3", "5.10"})
            QCOMPARE(soaValue(QString::fromLatin1(id), QStringLiteral("applicable")), QStringLiteral("undecided"));
    }

    void linkedRiskLeadsToTheRisk()
    {
        Record risk{RecordKind::Risk, {}, {}, {{"ref", "R-7"}}, {{LinkKind::Control, {QStringLiteral("8.8")}}}};
        QVERIFY(m_document->insertRecord(risk));
        SoaPane pane;
        pane.resize(1200, 700);
        pane.setDocument(m_document.get());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy navigate(&pane, &Pane::navigateTo);
        const QModelIndex linked = viewIndex(pane, QStringLiteral("8.8"), SoaTableModel::LinkedRisksColumn);
        QCOMPARE(linked.data().toString(), QStringLiteral("1: R-7"));
        pane.tableView()->scrollTo(linked);
        const QPoint at = pane.tableView()->visualRect(linked).center();
        QTest::mouseClick(pane.tableView()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(pane.tableView()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(navigate.size(), 1);
        QCOMPARE(navigate.first().at(0).value<RecordKind>(), RecordKind::Risk);
        QCOMPARE(navigate.first().at(1).toString(), QStringLiteral("R-7"));
    }

    void headerStateIsKept()
    {
        QByteArray state;
        {
            SoaPane pane;
            pane.setDocument(m_document.get());
            pane.tableView()->horizontalHeader()->resizeSection(SoaTableModel::TitleColumn, 333);
            pane.tableView()->horizontalHeader()->hideSection(SoaTableModel::ThemeColumn);
            state = pane.saveState();
        }
        SoaPane restored;
        restored.restoreState(state);
        QCOMPARE(restored.tableView()->horizontalHeader()->sectionSize(SoaTableModel::TitleColumn), 333);
        QVERIFY(restored.tableView()->horizontalHeader()->isSectionHidden(SoaTableModel::ThemeColumn));
        SoaPane untouched;
        untouched.restoreState(QByteArray("garbage"));
        QVERIFY(!untouched.tableView()->horizontalHeader()->isSectionHidden(SoaTableModel::ThemeColumn));
        // The choice columns fit their longest label, also after a state saved with narrower widths.
        AuditStore& store = m_document->store();
        const QString entry = store.uuidForKey(RecordKind::SoaEntry, QStringLiteral("5.1")).value();
        QVERIFY(
            m_document->setField(RecordKind::SoaEntry, entry, QStringLiteral("verdict"), QStringLiteral("nonconform"))
                .ok());
        restored.setDocument(m_document.get());
        restored.resize(1074, 700);
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QHeaderView* header = restored.tableView()->horizontalHeader();
        for (int column :
             {SoaTableModel::ApplicableColumn, SoaTableModel::ImplementationColumn, SoaTableModel::VerdictColumn})
            QCOMPARE(header->sectionResizeMode(column), QHeaderView::ResizeToContents);
        const int nonconformity = restored.tableView()->fontMetrics().horizontalAdvance(
            EnumLabels::controlVerdict(QStringLiteral("nonconform")));
        QVERIFY(header->sectionSize(SoaTableModel::VerdictColumn) > nonconformity);
    }
};

QTEST_MAIN(TestSoaPane)
#include "tst_soapane.moc"
