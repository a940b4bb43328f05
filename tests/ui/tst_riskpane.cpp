// SPDX-License-Identifier: GPL-3.0-or-later
// RiskPane as the auditor uses it: clicking a heat-map cell filters the register (again or Esc clears), the
// inherent/residual toggle, editing a level through the client's labels, adding and deleting risks with undo, the
// cross-checks of the selected risk raised as a finding or dismissed (both undoable), and the method dialog. Every
// result is checked in the store.
#include "document/AuditDocument.h"
#include "models/RiskFilterModel.h"
#include "models/RiskTableModel.h"
#include "panes/risks/HeatMapWidget.h"
#include "panes/risks/RiskChecksPanel.h"
#include "panes/risks/RiskMethodDialog.h"
#include "panes/risks/RiskPane.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace isoaudit;

class TestRiskPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditDocument> m_document;
    QString m_untreated;

    QString addRisk(const QString& ref, int l, int i, int rl, int ri, const QString& treatment = {})
    {
        Record risk{RecordKind::Risk, {}, {}, {}, {}};
        risk.values = {{"ref", ref},
                       {"likelihood", l},
                       {"impact", i},
                       {"residual_likelihood", rl},
                       {"residual_impact", ri},
                       {"owner", QStringLiteral("CIO")}};
        if (!treatment.isEmpty()) {
            risk.values.insert(QStringLiteral("treatment"), treatment);
            risk.links.insert(LinkKind::Control, {QStringLiteral("8.8")});
        }
        auto uuid = m_document->store().insert(risk);
        return uuid ? uuid.value() : QString();
    }

    int count(RecordKind kind) { return m_document->store().count(kind).value(); }

    /// Answers the next message box (a confirmation) with `button`.
    static void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, [button]() {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box)
                box->button(button)->click();
        });
    }

private slots:
    void init()
    {
        static int counter = 0;
        NewAudit seed;
        seed.client = QStringLiteral("Example Ltd");
        seed.leadAuditor = QStringLiteral("Lena Lead");
        auto store = AuditStore::create(m_dir.filePath(QStringLiteral("riskpane%1.isoaudit").arg(++counter)), seed);
        QVERIFY2(store, qPrintable(store.error()));
        m_document = std::make_unique<AuditDocument>(std::move(store).value());
        // Two risks at likelihood 4 x impact 5, one at 2 x 2; residual levels differ.
        m_untreated = addRisk(QStringLiteral("R-001"), 4, 5, 4, 5);
        addRisk(QStringLiteral("R-002"), 4, 5, 1, 2, QStringLiteral("mitigate"));
        addRisk(QStringLiteral("R-003"), 2, 2, 1, 2, QStringLiteral("mitigate"));
    }

    void cleanup() { m_document.reset(); }

    void heatMapCellFiltersTheRegister()
    {
        RiskPane pane;
        pane.resize(1200, 760);
        pane.setDocument(m_document.get());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QCoreApplication::processEvents();
        HeatMapWidget* map = pane.heatMap();
        QCOMPARE(map->count(4, 5), 2);
        QCOMPARE(map->count(2, 2), 1);
        QCOMPARE(pane.tableView()->model()->rowCount(), 3);
        QVERIFY(map->accessibleDescription().contains(QStringLiteral("2 above the acceptance threshold of 10")));

        QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(4, 5).center());
        QCOMPARE(pane.tableView()->model()->rowCount(), 2);
        auto* label = pane.findChild<QLabel*>(QStringLiteral("cellFilterLabel"));
        QVERIFY(label->text().contains(QStringLiteral("Showing 2 of 3")));
        QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(4, 5).center()); // again: all
        QCOMPARE(pane.tableView()->model()->rowCount(), 3);
        QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(2, 2).center());
        QCOMPARE(pane.tableView()->model()->rowCount(), 1);
        QTest::keyClick(map, Qt::Key_Escape);
        QCOMPARE(pane.tableView()->model()->rowCount(), 3);
        QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(1, 1).center());
        QCOMPARE(pane.tableView()->model()->rowCount(), 0);
        // Esc in the register clears the cell filter too.
        QTest::keyClick(pane.tableView(), Qt::Key_Escape);
        QCOMPARE(pane.tableView()->model()->rowCount(), 3);

        // Residual: the matrix recounts and a cell filters on residual levels.
        pane.findChild<QRadioButton*>(QStringLiteral("residualRadioButton"))->click();
        QVERIFY(pane.showsResidual());
        QCOMPARE(map->count(4, 5), 1);
        QCOMPARE(map->count(1, 2), 2);
        QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(1, 2).center());
        QCOMPARE(pane.tableView()->model()->rowCount(), 2);
        QVERIFY(pane.filterModel()->cellResidual());

        // The matrix follows edits made anywhere.
        QVERIFY(m_document->setField(RecordKind::Risk, m_untreated, QStringLiteral("residual_likelihood"), 1));
        QTRY_COMPARE(map->count(1, 5), 1);
        QCOMPARE(map->count(4, 5), 0);
    }

    void levelsAreEditedWithTheClientsLabels()
    {
        RiskPane pane;
        pane.resize(1200, 760);
        pane.setDocument(m_document.get());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTableView* view = pane.tableView();
        const QModelIndex likelihood = pane.filterModel()->mapFromSource(
            pane.tableModel()->index(pane.tableModel()->rowOfUuid(m_untreated), RiskTableModel::LikelihoodColumn));
        view->setCurrentIndex(likelihood);
        view->edit(likelihood);
        auto* combo = view->viewport()->findChild<QComboBox*>(QStringLiteral("enumComboBox"));
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), QStringLiteral("4 · Likely"));
        const int rare = combo->findText(QStringLiteral("1 · Rare"));
        QVERIFY(rare >= 0);
        combo->setCurrentIndex(rare);
        emit combo->activated(rare);
        QCOMPARE(m_document->store().record(RecordKind::Risk, m_untreated)->integer(QStringLiteral("likelihood")), 1);
        QTRY_COMPARE(pane.heatMap()->count(1, 5), 1);
        m_document->undoStack()->undo();
        QCOMPARE(m_document->store().record(RecordKind::Risk, m_untreated)->integer(QStringLiteral("likelihood")), 4);
        QTRY_COMPARE(pane.heatMap()->count(4, 5), 2);
    }

    void controlsAreCompletedFromTheCatalog()
    {
        RiskPane pane;
        pane.resize(1200, 760);
        pane.setDocument(m_document.get());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTableView* view = pane.tableView();
        const QModelIndex controls = pane.filterModel()->mapFromSource(
            pane.tableModel()->index(pane.tableModel()->rowOfUuid(m_untreated), RiskTableModel::ControlsColumn));
        view->setCurrentIndex(controls);
        view->edit(controls);
        auto* edit = view->viewport()->findChild<QLineEdit*>(QStringLiteral("controlListEdit"));
        QVERIFY(edit);
        QCompleter* completer = edit->completer();
        QVERIFY(completer);
        // Only the id after the last comma is completed; choosing one keeps the ids before it.
        QCOMPARE(completer->splitPath(QStringLiteral("5.15, 8.1")), QStringList{QStringLiteral("8.1")});
        edit->setText(QStringLiteral("5.15, 8.2"));
        completer->setCompletionPrefix(QStringLiteral("8.2"));
        QVERIFY(completer->completionCount() >= 5); // 8.2, 8.20 ... 8.28
        QVERIFY(completer->setCurrentRow(0));
        QVERIFY(completer->currentIndex().data().toString().contains(QStringLiteral("Privileged access rights")));
        QCOMPARE(completer->pathFromIndex(completer->currentIndex()), QStringLiteral("5.15, 8.2"));
        edit->setText(QStringLiteral("8.7, 5.15"));
        QTest::keyClick(edit, Qt::Key_Return); // the view commits on its next turn of the event loop
        QTRY_COMPARE(m_document->store().record(RecordKind::Risk, m_untreated)->linked(LinkKind::Control),
                     (QStringList{QStringLiteral("5.15"), QStringLiteral("8.7")}));
    }

    void addAndDeleteRisks()
    {
        RiskPane pane;
        pane.resize(1200, 760);
        pane.setDocument(m_document.get());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.findChild<QPushButton*>(QStringLiteral("addRiskButton"))->click();
        QCOMPARE(count(RecordKind::Risk), 4);
        QCOMPARE(pane.tableView()->model()->rowCount(), 4);
        QCOMPARE(pane.tableView()->currentIndex().siblingAtColumn(RiskTableModel::RefColumn).data().toString(),
                 QStringLiteral("R-004"));
        m_document->undoStack()->undo();
        QCOMPARE(count(RecordKind::Risk), 3);
        QCOMPARE(pane.tableView()->model()->rowCount(), 3);

        auto* deleteButton = pane.findChild<QPushButton*>(QStringLiteral("deleteRiskButton"));
        pane.tableView()->clearSelection();
        QVERIFY(!deleteButton->isEnabled());
        pane.tableView()->selectRow(0);
        pane.tableView()->selectionModel()->select(pane.tableView()->model()->index(1, 0),
                                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(deleteButton->isEnabled());
        answerNextMessageBox(QMessageBox::No);
        deleteButton->click();
        QCOMPARE(count(RecordKind::Risk), 3);
        answerNextMessageBox(QMessageBox::Yes);
        deleteButton->click();
        QCOMPARE(count(RecordKind::Risk), 1);
        QCOMPARE(pane.tableView()->model()->rowCount(), 1);
        m_document->undoStack()->undo(); // one step brings both back
        QCOMPARE(count(RecordKind::Risk), 3);
        QCOMPARE(pane.tableView()->model()->rowCount(), 3);
    }

    void crossChecksAreRaisedOrDismissed()
    {
        RiskPane pane;
        pane.resize(1200, 760);
        pane.setDocument(m_document.get());
        RiskChecksPanel* checks = pane.checksPanel();
        // R-001 scores 20 with no treatment and an unaccepted residual 20.
        const QList<CrossCheckResult> results = checks->resultsFor(m_untreated);
        QVERIFY(results.size() >= 2);
        QCOMPARE(results.first().checkId, QStringLiteral("risk.untreated-above-threshold"));
        // The register marks the risk.
        const int row = pane.tableModel()->rowOfUuid(m_untreated);
        QVERIFY(!pane.tableModel()->checkMessages(row).isEmpty());

        pane.showRecord(RecordKind::Risk, QStringLiteral("R-001"));
        QCOMPARE(checks->list()->count(), results.size());
        checks->list()->setCurrentRow(0);
        auto* raiseButton = checks->findChild<QPushButton*>(QStringLiteral("raiseFindingButton"));
        QVERIFY(raiseButton->isEnabled());
        raiseButton->click();
        auto findings = m_document->store().records(RecordKind::Finding).value();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().text(QStringLiteral("crosscheck_key")), results.first().key);
        QCOMPARE(findings.first().text(QStringLiteral("grade")), results.first().suggestedGrade);
        QCOMPARE(findings.first().text(QStringLiteral("raised_by")), QStringLiteral("Lena Lead"));
        QCOMPARE(findings.first().linked(LinkKind::Risk), QStringList{m_untreated});
        QCOMPARE(checks->resultsFor(m_untreated).first().state, CrossCheckResult::State::Raised);
        QVERIFY(!raiseButton->isEnabled());

        const QString residualKey = results.at(1).key;
        QVERIFY(!checks->dismiss(residualKey, QStringLiteral("  ")));
        QCOMPARE(count(RecordKind::CrosscheckDismissal), 0);
        QVERIFY(checks->dismiss(residualKey, QStringLiteral("Accepted at board level, minutes 2026-02")));
        QCOMPARE(count(RecordKind::CrosscheckDismissal), 1);
        QCOMPARE(checks->resultsFor(m_untreated).at(1).state, CrossCheckResult::State::Dismissed);

        // Both are undoable like any other edit.
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(count(RecordKind::CrosscheckDismissal), 0);
        QCOMPARE(count(RecordKind::Finding), 0);
        checks->refresh();
        QCOMPARE(checks->resultsFor(m_untreated).first().state, CrossCheckResult::State::Open);

        // While the pane is hidden an edit only marks the checks stale; showing the pane runs them again.
        const QString untreated = QStringLiteral("risk.untreated-above-threshold");
        QVERIFY(
            m_document->setField(RecordKind::Risk, m_untreated, QStringLiteral("treatment"), QStringLiteral("accept")));
        QCOMPARE(checks->resultsFor(m_untreated).first().checkId, untreated);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(checks->resultsFor(m_untreated).first().checkId != untreated);
        // While it is shown, edits run them again after a short pause.
        QVERIFY(m_document->setField(RecordKind::Risk, m_untreated, QStringLiteral("treatment"), QVariant()));
        QTRY_COMPARE(checks->resultsFor(m_untreated).first().checkId, untreated);
    }

    void methodDialogChangesTheMatrix()
    {
        RiskPane pane;
        pane.setDocument(m_document.get());
        RiskMethodDialog dialog(m_document.get());
        dialog.likelihoodEdit()->setPlainText(QStringLiteral("Low\nMedium\nHigh"));
        dialog.thresholdSpin()->setValue(4);
        QVERIFY(dialog.method());
        QVERIFY(dialog.save());
        QCOMPARE(m_document->undoStack()->count(), 1);
        QTRY_COMPARE(pane.heatMap()->scheme().likelihoodCount(), 3);
        QCOMPARE(pane.heatMap()->scheme().acceptanceThreshold(), std::optional<int>(4));
        QCOMPARE(pane.tableModel()
                     ->index(pane.tableModel()->rowOfUuid(m_untreated), RiskTableModel::LikelihoodColumn)
                     .data()
                     .toString(),
                 QStringLiteral("4")); // level 4 no longer exists in a 3-level method: shown as a number
        m_document->undoStack()->undo();
        QTRY_COMPARE(pane.heatMap()->scheme().likelihoodCount(), 5);

        // Bad input is refused with a message and nothing is written.
        dialog.likelihoodEdit()->setPlainText(QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11"));
        QVERIFY(!dialog.method());
        QVERIFY(dialog.method().error().contains(QStringLiteral("1 to 10")));
        QVERIFY(!dialog.save());
        QCOMPARE(m_document->undoStack()->index(), 0);
        QCOMPARE(pane.heatMap()->scheme().likelihoodCount(), 5);
    }

    void methodDialogRecordsTheClientsMatrix()
    {
        RiskPane pane;
        pane.setDocument(m_document.get());
        QCOMPARE(pane.heatMap()->aboveThresholdCount(), 2); // 4 x 5 = 20 > 10
        RiskMethodDialog dialog(m_document.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget* grid = dialog.matrixTable();
        QVERIFY(!grid->isVisible()); // a product method has no matrix to edit
        // The grid's row 0 is the highest likelihood, as on the heat map; column 0 the lowest impact.
        auto cell = [grid](int likelihood, int impact) {
            return grid->item(grid->rowCount() - likelihood, impact - 1)->data(Qt::EditRole).toInt();
        };

        // Switching to the matrix starts it from the product, the scores the method gave until now.
        QComboBox* scoring = dialog.scoringCombo();
        scoring->setCurrentIndex(scoring->findData(QStringLiteral("matrix")));
        QVERIFY(grid->isVisible());
        QCOMPARE(grid->rowCount(), 5);
        QCOMPARE(grid->columnCount(), 5);
        QCOMPARE(cell(5, 5), 25);
        QCOMPARE(cell(4, 5), 20);
        QCOMPARE(cell(1, 1), 1);
        QCOMPARE(grid->verticalHeaderItem(0)->text(), QStringLiteral("5 · Almost certain"));
        QCOMPARE(grid->horizontalHeaderItem(0)->text(), QStringLiteral("1\nInsignificant"));

        // The client rates likelihood 4 and impact 5 at 8: typed into the cell's spin box.
        grid->setFocus();
        grid->setCurrentCell(grid->rowCount() - 4, 4);
        grid->editItem(grid->currentItem());
        auto* spin = grid->viewport()->findChild<QSpinBox*>();
        QVERIFY(spin);
        QCOMPARE(spin->maximum(), 999);
        spin->setValue(8);
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_COMPARE(cell(4, 5), 8); // the delegate commits once the event loop runs
        QVERIFY(dialog.method());
        QCOMPARE(dialog.method()->value(QStringLiteral("score_matrix")).toString(),
                 QStringLiteral("[[1,2,3,4,5],[2,4,6,8,10],[3,6,9,12,15],[4,8,12,16,8],[5,10,15,20,25]]"));
        QCOMPARE(dialog.preview()->scheme().score(4, 5), std::optional<int>(8));

        // The grid follows the levels: a sixth likelihood adds a row (from the product), the typed score stays.
        dialog.likelihoodEdit()->setPlainText(
            QStringLiteral("Rare\nUnlikely\nPossible\nLikely\nAlmost certain\nCertain"));
        QCOMPARE(grid->rowCount(), 6);
        QCOMPARE(cell(6, 5), 30);
        QCOMPARE(cell(4, 5), 8);
        dialog.likelihoodEdit()->setPlainText(QStringLiteral("Rare\nUnlikely\nPossible\nLikely\nAlmost certain"));
        QCOMPARE(grid->rowCount(), 5);

        // Problems are shown as they arise, and Save waits for them to be mended.
        QPushButton* saveButton = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        dialog.thresholdSpin()->setValue(40);
        QVERIFY2(dialog.problem().contains(QStringLiteral("outside the scores this method gives (1 to 25)")),
                 qPrintable(dialog.problem()));
        QVERIFY(!saveButton->isEnabled());
        dialog.thresholdSpin()->setValue(10);
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(saveButton->isEnabled());

        // Back to the product and to the matrix again: the client's scores are kept, not refilled.
        scoring->setCurrentIndex(scoring->findData(QStringLiteral("product")));
        QVERIFY(!grid->isVisible());
        scoring->setCurrentIndex(scoring->findData(QStringLiteral("matrix")));
        QCOMPARE(cell(4, 5), 8);

        // Saved as one undo step; the heat map and the register score by the client's matrix at once.
        QVERIFY(dialog.save());
        QCOMPARE(m_document->undoStack()->count(), 1);
        QTRY_COMPARE(pane.heatMap()->scheme().score(4, 5), std::optional<int>(8));
        QTRY_COMPARE(pane.heatMap()->aboveThresholdCount(), 0); // 8 is within 10
        const int row = pane.tableModel()->rowOfUuid(m_untreated);
        QCOMPARE(pane.tableModel()->index(row, RiskTableModel::ScoreColumn).data(Qt::EditRole).toInt(), 8);
        const Record stored = m_document->store().riskMethod().value();
        QCOMPARE(stored.text(QStringLiteral("scoring")), QStringLiteral("matrix"));
        m_document->undoStack()->undo();
        QTRY_COMPARE(pane.heatMap()->scheme().score(4, 5), std::optional<int>(20));
        QCOMPARE(pane.tableModel()->index(row, RiskTableModel::ScoreColumn).data(Qt::EditRole).toInt(), 20);
        QCOMPARE(m_document->store().riskMethod()->text(QStringLiteral("scoring")), QStringLiteral("product"));
    }

    void methodDialogStartsAMatrixFromTheSum()
    {
        RiskPane pane;
        pane.setDocument(m_document.get());
        RiskMethodDialog dialog(m_document.get());
        QComboBox* scoring = dialog.scoringCombo();
        scoring->setCurrentIndex(scoring->findData(QStringLiteral("sum")));
        // 4 + 5 = 9 and 2 + 2 = 4 are within 10; the sum's scores run from 2 to 10.
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("scoringHintLabel"))
                    ->text()
                    .contains(QStringLiteral("Score = likelihood + impact.")));
        QVERIFY(dialog.method());
        scoring->setCurrentIndex(scoring->findData(QStringLiteral("matrix")));
        QTableWidget* grid = dialog.matrixTable();
        QCOMPARE(grid->item(grid->rowCount() - 4, 4)->data(Qt::EditRole).toInt(), 9);
        scoring->setCurrentIndex(scoring->findData(QStringLiteral("sum")));
        QVERIFY(dialog.save());
        QTRY_COMPARE(pane.heatMap()->aboveThresholdCount(), 0);
        QCOMPARE(pane.heatMap()->scheme().score(4, 5), std::optional<int>(9));
        QCOMPARE(m_document->store().riskMethod()->text(QStringLiteral("score_matrix")), QStringLiteral("[]"));
    }

    void stateIsKept()
    {
        QByteArray state;
        {
            RiskPane pane;
            pane.setShowsResidual(true);
            state = pane.saveState();
        }
        RiskPane restored;
        QVERIFY(!restored.showsResidual());
        restored.restoreState(state);
        QVERIFY(restored.showsResidual());
    }
};

QTEST_MAIN(TestRiskPane)
#include "tst_riskpane.moc"
