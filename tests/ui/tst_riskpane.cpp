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
