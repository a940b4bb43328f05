// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17's done-when, driven through the real window offscreen: a SOC 2 Type 2 engagement is created with the
// wizard; a control is added on the Criteria & Controls page and mapped to a criterion from the keyboard's action;
// a population is imported through the import dialog on the Testing page; the sample is drawn; its 25 items are
// marked from the keyboard alone (P and E), one of them an exception; the exception and management's response are
// recorded on the Exceptions & Opinion page; and the report is previewed. Each step is checked in core, and an undo
// takes a keyboard mark back.
#include "WorkbenchTestSupport.h"
#include "core/Soc2Fixture.h"

#include "dialogs/PopulationImportDialog.h"
#include "document/AuditDocument.h"
#include "mainwindow/MainMenus.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/MessageBoxHook.h"
#include "mainwindow/NewAuditWizard.h"
#include "models/SampleItemTableModel.h"
#include "models/ServiceControlTableModel.h"
#include "panes/controls/ControlsPane.h"
#include "panes/exceptions/ExceptionEditor.h"
#include "panes/exceptions/ExceptionsPane.h"
#include "panes/report/ReportPane.h"
#include "panes/testing/SampleGridView.h"
#include "panes/testing/TestingPane.h"
#include "soc2/EngagementData.h"
#include "soc2/ExceptionRollup.h"
#include "widgets/FieldTextEdit.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace isoaudit;

class TestSoc2Workbench : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QList<Record> items(const AuditStore& store)
    {
        auto all = store.records(RecordKind::SampleItem);
        return all ? all.value() : QList<Record>{};
    }

private slots:
    void initTestCase() { workbenchtest::isolateSettings(m_dir, QStringLiteral("tst_soc2workbench")); }

    void aServiceAuditorWorksAnEngagementThroughTheWindow()
    {
        MessageBoxHook::reset();
        MainWindow window;
        window.resize(1366, 768);
        window.show();

        // 1. The wizard: a Type 2 engagement over 2024.
        const QString path = m_dir.filePath(QStringLiteral("osprey.isoaudit"));
        MessageBoxHook::queueFileName(path);
        bool filled = false;
        QTimer::singleShot(0, this, [&filled] {
            auto* wizard = qobject_cast<NewAuditWizard*>(QApplication::activeModalWidget());
            if (!wizard)
                return;
            wizard->setSoc2(true);
            wizard->findChild<QLineEdit*>(QStringLiteral("clientLineEdit"))->setText(QStringLiteral("Osprey Cloud Inc."));
            wizard->next();
            wizard->findChild<QLineEdit*>(QStringLiteral("systemLineEdit"))->setText(QStringLiteral("Osprey Vault"));
            wizard->findChild<QDateEdit*>(QStringLiteral("periodEndDateEdit"))->setDate(QDate(2024, 12, 31));
            wizard->findChild<QDateEdit*>(QStringLiteral("periodStartDateEdit"))->setDate(QDate(2024, 1, 1));
            wizard->next();
            wizard->findChild<QLineEdit*>(QStringLiteral("leadAuditorLineEdit"))->setText(QStringLiteral("Sam Lead"));
            filled = true;
            wizard->accept();
        });
        window.menus()->newAudit->trigger();
        QVERIFY(filled);
        QVERIFY(window.document());
        QVERIFY(window.showsSoc2Pages());
        AuditDocument* document = window.document();
        AuditStore& store = document->store();
        QCOMPARE(store.singleton(RecordKind::Engagement)->text("period_start"), QStringLiteral("2024-01-01"));

        // 2. Criteria & Controls: a new daily control, mapped to CC8.1 with the page's Map action (Ctrl+M).
        QVERIFY(window.showPane(QStringLiteral("controls")));
        auto* controls = qobject_cast<ControlsPane*>(window.pane(QStringLiteral("controls")));
        QVERIFY(controls);
        QVERIFY(EngagementData::load(store)->unaddressedCriteria().contains(QStringLiteral("CC8.1")));
        controls->findChild<QAction*>(QStringLiteral("newControlAction"))->trigger();
        QCOMPARE(store.count(RecordKind::ServiceControl).value(), 1);
        const Record created = store.records(RecordKind::ServiceControl)->first();
        ServiceControlTableModel* matrix = controls->controlModel();
        const int row = matrix->rowOf(created.uuid);
        QVERIFY(row >= 0);
        QVERIFY(matrix->setData(matrix->index(row, ServiceControlTableModel::TitleColumn),
                                QStringLiteral("Changes are approved before deployment")));
        QVERIFY(matrix->setData(matrix->index(row, ServiceControlTableModel::FrequencyColumn),
                                QStringLiteral("daily")));
        controls->showRecord(RecordKind::ServiceControl, created.uuid);
        controls->showCriterion(QStringLiteral("CC8.1"));
        QCOMPARE(controls->selectedCriteria(), QStringList{QStringLiteral("CC8.1")});
        controls->showRecord(RecordKind::ServiceControl, created.uuid);
        controls->findChild<QAction*>(QStringLiteral("mapCriteriaAction"))->trigger();
        const Record mapped = store.record(RecordKind::ServiceControl, created.uuid).value();
        QCOMPARE(mapped.linked(LinkKind::Criterion), QStringList{QStringLiteral("CC8.1")});
        QCOMPARE(mapped.text("frequency"), QStringLiteral("daily"));
        QVERIFY(!EngagementData::load(store)->unaddressedCriteria().contains(QStringLiteral("CC8.1")));

        // 3. Testing: the population through the import dialog.
        QVERIFY(window.showPane(QStringLiteral("testing")));
        auto* testing = qobject_cast<TestingPane*>(window.pane(QStringLiteral("testing")));
        QVERIFY(testing);
        QVERIFY(testing->selectControl(created.uuid));
        const QString csv = m_dir.filePath(QStringLiteral("changes.csv"));
        isoaudit::test::writeFile(csv, isoaudit::test::populationCsv(400));
        bool imported = false;
        QTimer::singleShot(0, this, [&imported, csv] {
            auto* dialog = qobject_cast<PopulationImportDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QVERIFY2(dialog->setFile(csv), "the dialog reads the file's header");
            QVERIFY(dialog->setIdColumn(QStringLiteral("Ticket ID")));
            QVERIFY(dialog->setDateColumn(QStringLiteral("Created On")));
            QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
            imported = true;
            dialog->accept();
        });
        testing->importButton()->click();
        QVERIFY(imported);
        QCOMPARE(store.count(RecordKind::Population).value(), 1);
        QCOMPARE(store.records(RecordKind::Population)->first().integer("row_count").value_or(0), 400);

        // 4. The sample: drawn with the button, 25 items for a daily control under the shipped policy.
        QTRY_VERIFY(testing->drawButton()->isEnabled());
        testing->drawButton()->click();
        QTRY_COMPARE(int(items(store).size()), 25);
        QTRY_COMPARE(testing->gridModel()->rowCount(), 25);

        // 5. Results from the keyboard alone: P for 24 items, E for one.
        SampleGridView* grid = testing->grid();
        grid->setFocus();
        grid->setCurrentIndex(grid->model()->index(0, SampleItemTableModel::ResultColumn));
        for (int i = 0; i < 25; ++i)
            QTest::keyClick(grid, i == 7 ? Qt::Key_E : Qt::Key_P);
        int passed = 0;
        int exceptions = 0;
        for (const Record& item : items(store)) {
            passed += item.text("result") == QLatin1String("no-exception");
            exceptions += item.text("result") == QLatin1String("exception");
            QVERIFY(!item.text("tested_by").isEmpty());
        }
        QCOMPARE(passed, 24);
        QCOMPARE(exceptions, 1);
        QCOMPARE(testing->gridModel()->progress().tested, 25);
        // Undo takes the last mark back; redo puts it again.
        document->undoStack()->undo();
        int untested = 0;
        for (const Record& item : items(store))
            untested += item.text("result").isEmpty();
        QCOMPARE(untested, 1);
        document->undoStack()->redo();
        for (const Record& item : items(store))
            QVERIFY(!item.text("result").isEmpty());

        // 6. Exceptions & Opinion: the exception with its nature, pattern and management's response.
        QVERIFY(window.showPane(QStringLiteral("exceptions")));
        auto* exceptionsPane = qobject_cast<ExceptionsPane*>(window.pane(QStringLiteral("exceptions")));
        QVERIFY(exceptionsPane);
        QTRY_COMPARE(store.count(RecordKind::ControlException).value(), 1);
        const Record exception = store.records(RecordKind::ControlException)->first();
        QCOMPARE(exception.integer("deviations").value_or(0), 1);
        QCOMPARE(exception.integer("sample_size").value_or(0), 25);
        exceptionsPane->showRecord(RecordKind::ServiceControl, created.uuid);
        ExceptionEditor* editor = exceptionsPane->editor();
        editor->natureEdit()->setFocus();
        QTest::keyClicks(editor->natureEdit(), QStringLiteral("One change was deployed before its approval."));
        editor->responseEdit()->setFocus();
        QTest::keyClicks(editor->responseEdit(), QStringLiteral("Deployment now requires the approval in the tool."));
        exceptionsPane->flush();
        QComboBox* pattern = editor->patternCombo();
        pattern->setFocus();
        pattern->setCurrentIndex(pattern->findData(QStringLiteral("isolated")));
        const Record assessed = store.record(RecordKind::ControlException, exception.uuid).value();
        QCOMPARE(assessed.text("nature"), QStringLiteral("One change was deployed before its approval."));
        QCOMPARE(assessed.text("management_response"), QStringLiteral("Deployment now requires the approval in the tool."));
        QCOMPARE(assessed.text("pattern"), QStringLiteral("isolated"));
        QVERIFY(ExceptionRollup::missingAssessment(assessed).isEmpty());

        // 7. The report: the preview lays the engagement out.
        QVERIFY(window.showPane(QStringLiteral("report")));
        auto* report = qobject_cast<ReportPane*>(window.pane(QStringLiteral("report")));
        QVERIFY(report);
        QTRY_VERIFY_WITH_TIMEOUT(report->pageCount() > 0, 30000);
        QVERIFY(MessageBoxHook::shownMessages().isEmpty());
    }
};

QTEST_MAIN(TestSoc2Workbench)
#include "tst_soc2workbench.moc"
