// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real MainWindow offscreen: opens the demo audit, switches pages, edits a clause verdict and notes
// through the Clauses page and plans controls through the Audit plan page (undo/redo checked in the store), follows
// an unmet rule, remembers recent files and the current page, opens dropped files, creates an audit with the wizard,
// saves a copy, exports and imports a package, and refuses a damaged file with a message while leaving it untouched.
#include "WorkbenchTestSupport.h"

#include "document/AuditDocument.h"
#include "mainwindow/AuditStatusBar.h"
#include "mainwindow/DocumentController.h"
#include "mainwindow/MainMenus.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/MessageBoxHook.h"
#include "mainwindow/NewAuditWizard.h"
#include "mainwindow/RecentFiles.h"
#include "mainwindow/UnmetRulesDialog.h"
#include "models/AuditPlanModel.h"
#include "panes/clauses/ClauseDetailWidget.h"
#include "panes/clauses/ClausesPane.h"
#include "panes/overview/OverviewPane.h"
#include "panes/plan/AuditPlanPane.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace isoaudit;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    static QByteArray fileHash(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    QString newAuditFile(const QString& name, const QString& client)
    {
        NewAudit seed;
        seed.client = client;
        seed.leadAuditor = QStringLiteral("Lena Lead");
        const QString path = m_dir.filePath(name);
        auto created = AuditStore::create(path, seed);
        return created ? path : QString();
    }

    QString storedClauseField(MainWindow& window, const QString& clauseId, const QString& column)
    {
        AuditStore& store = window.document()->store();
        const QString uuid = store.uuidForKey(RecordKind::ClauseAssessment, clauseId).value();
        return store.record(RecordKind::ClauseAssessment, uuid)->text(column);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_demo = workbenchtest::isolateAndCreateDemo(m_dir, QStringLiteral("tst_mainwindow"), &error);
        QVERIFY2(!m_demo.isEmpty(), qPrintable(error));
    }

    void init() { MessageBoxHook::reset(); }

    void opensDemoAndSwitchesPages()
    {
        MainWindow window;
        window.show();
        QVERIFY(!window.document());
        window.menus()->openDemo->trigger();
        QVERIFY(window.document());
        QCOMPARE(window.document()->path(), m_demo);
        const QString client = window.document()->store().audit()->text("client");
        QVERIFY(!client.isEmpty());
        QCOMPARE(window.windowTitle(), QStringLiteral("%1 — %2 — IsoAudit").arg(client, QFileInfo(m_demo).fileName()));

        const QStringList keys = window.paneKeys();
        for (const char* key : {"overview", "plan", "clauses", "report"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        QCOMPARE(keys.first(), QStringLiteral("overview"));
        QCOMPARE(keys.last(), QStringLiteral("report"));
        QCOMPARE(window.menus()->paneActions.size(), keys.size());
        for (int i = keys.size() - 1; i >= 0; --i) {
            window.menus()->paneActions.at(i)->trigger();
            QCOMPARE(window.currentPaneKey(), keys.at(i));
            QCOMPARE(window.currentPane(), window.pane(keys.at(i)));
            QVERIFY(window.currentPane()->isVisible());
        }
        QCOMPARE(window.menus()->paneActions.at(2)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_3));

        // Changing the client in the Overview renames the window (and is undoable).
        window.showPane(QStringLiteral("overview"));
        auto* clientEdit = window.pane("overview")->findChild<QLineEdit*>(QStringLiteral("clientLineEdit"));
        QVERIFY(clientEdit);
        QCOMPARE(clientEdit->text(), client);
        clientEdit->setFocus();
        clientEdit->selectAll();
        QTest::keyClicks(clientEdit, QStringLiteral("Renamed Client A/S"));
        QTest::keyClick(clientEdit, Qt::Key_Return);
        QCOMPARE(window.document()->store().audit()->text("client"), QStringLiteral("Renamed Client A/S"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Renamed Client A/S — ")));
        window.menus()->undo->trigger();
        QCOMPARE(window.document()->store().audit()->text("client"), client);
        QVERIFY(window.windowTitle().startsWith(client));
    }

    void editsClauseThroughTheUi()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window)); // for the page's shortcuts
        QVERIFY(window.openFile(m_demo));
        QVERIFY(window.showPane(QStringLiteral("clauses")));
        auto* pane = qobject_cast<ClausesPane*>(window.currentPane());
        QVERIFY(pane);
        pane->showRecord(RecordKind::ClauseAssessment, QStringLiteral("5.2"));
        QVERIFY(pane->detail()->clauseUuid()
                == window.document()->store().uuidForKey(RecordKind::ClauseAssessment, "5.2").value());

        QComboBox* verdict = pane->detail()->verdictCombo();
        QVERIFY(verdict->isEnabled());
        const QString before = storedClauseField(window, "5.2", "verdict");
        QCOMPARE(verdict->currentData().toString(), before);
        verdict->setFocus();
        QTest::keyClick(verdict, verdict->currentIndex() + 1 < verdict->count() ? Qt::Key_Down : Qt::Key_Up);
        const QString after = verdict->currentData().toString();
        QVERIFY(after != before);
        QCOMPARE(storedClauseField(window, "5.2", "verdict"), after);

        window.menus()->undo->trigger();
        QCOMPARE(storedClauseField(window, "5.2", "verdict"), before);
        QCOMPARE(verdict->currentData().toString(), before);
        window.menus()->redo->trigger();
        QCOMPARE(storedClauseField(window, "5.2", "verdict"), after);
        QCOMPARE(verdict->currentData().toString(), after);

        // Notes are saved while typing and undone in one step.
        const QString notesBefore = storedClauseField(window, "5.2", "notes");
        QPlainTextEdit* notes = pane->detail()->notesEdit();
        notes->setFocus();
        notes->moveCursor(QTextCursor::End);
        QTest::keyClicks(notes, QStringLiteral(" Policy signed by the CEO."));
        QCOMPARE(storedClauseField(window, "5.2", "notes"), notesBefore + QStringLiteral(" Policy signed by the CEO."));
        window.menus()->undo->trigger();
        QCOMPARE(storedClauseField(window, "5.2", "notes"), notesBefore);
        QCOMPARE(notes->toPlainText(), notesBefore);

        // Alt+Down moves to the next item (5.3) and leaves the focus in the notes.
        QTest::keyClick(notes, Qt::Key_Down, Qt::AltModifier);
        const QString now = pane->detail()->clauseUuid();
        QCOMPARE(window.document()->store().record(RecordKind::ClauseAssessment, now)->text("clause_id"),
                 QStringLiteral("5.3"));
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(notes));
    }

    void plansControlsInBulk()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_demo));
        QVERIFY(window.showPane(QStringLiteral("plan")));
        auto* pane = qobject_cast<AuditPlanPane*>(window.currentPane());
        QVERIFY(pane);
        AuditStore& store = window.document()->store();
        // Pick two controls that are not planned yet.
        QStringList unplanned;
        const QList<Record> entries = store.records(RecordKind::SoaEntry).value();
        for (const Record& entry : entries) {
            if (!entry.flag("planned") && unplanned.size() < 2)
                unplanned << entry.text("control_id");
        }
        QCOMPARE(unplanned.size(), 2);
        QTableView* table = pane->table();
        QItemSelection selection;
        for (const QString& id : unplanned) {
            pane->showRecord(RecordKind::SoaEntry, id);
            selection.select(table->currentIndex(), table->currentIndex());
        }
        table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
        auto* planButton = pane->findChild<QPushButton*>(QStringLiteral("planSelectedButton"));
        QVERIFY(planButton->isEnabled());
        QTest::mouseClick(planButton, Qt::LeftButton);
        const auto planned = [&](const QString& id) {
            return store.record(RecordKind::SoaEntry, store.uuidForKey(RecordKind::SoaEntry, id).value())
                ->flag("planned");
        };
        QVERIFY(planned(unplanned.at(0)));
        QVERIFY(planned(unplanned.at(1)));
        QCOMPARE(window.document()->undoStack()->count(), 1);
        window.menus()->undo->trigger();
        QVERIFY(!planned(unplanned.at(0)));
        QVERIFY(!planned(unplanned.at(1)));
    }

    void unmetRuleLeadsToItsPage()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_demo));
        auto* overview = qobject_cast<OverviewPane*>(window.pane(QStringLiteral("overview")));
        QTRY_VERIFY(overview->rulesList()->count() > 0);
        const int unmet = window.auditStatusBar()->snapshot().unmet.size();
        QCOMPARE(overview->rulesList()->count(), unmet);
        auto* button = window.auditStatusBar()->findChild<QToolButton*>(QStringLiteral("unmetRulesButton"));
        QVERIFY(button->text().contains(QString::number(unmet)));
        const UnmetRule rule = window.auditStatusBar()->snapshot().unmet.first();
        QListWidgetItem* item = overview->rulesList()->item(0);
        emit overview->rulesList()->itemActivated(item);
        const QString expected = window.paneKeys().contains(rule.paneKey) ? rule.paneKey : QStringLiteral("overview");
        QCOMPARE(window.currentPaneKey(), expected);
    }

    void advancesLifecycleWhenRulesHold()
    {
        NewAudit seed;
        seed.client = QStringLiteral("Ready Client");
        seed.leadAuditor = QStringLiteral("Lena Lead");
        seed.scope = QStringLiteral("Everything");
        seed.startDate = QDate(2026, 5, 4);
        seed.endDate = QDate(2026, 5, 6);
        const QString path = m_dir.filePath(QStringLiteral("ready.isoaudit"));
        QVERIFY(AuditStore::create(path, seed));
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(path));
        window.auditStatusBar()->refresh();
        QCOMPARE(window.auditStatusBar()->snapshot().state, QStringLiteral("planning"));
        QCOMPARE(window.auditStatusBar()->snapshot().blockers, 0);

        UnmetRulesDialog dialog(window.document(), &window);
        auto* advance = dialog.findChild<QPushButton*>(QStringLiteral("advanceButton"));
        QVERIFY(advance->isEnabled());
        QTest::mouseClick(advance, Qt::LeftButton);
        QCOMPARE(window.document()->store().audit()->text("lifecycle"), QStringLiteral("fieldwork"));
        // Entering reporting is blocked: nothing is assessed yet, and the button says so by being disabled.
        QVERIFY(!advance->isEnabled());
        QVERIFY(dialog.list()->count() > 0);
        window.auditStatusBar()->refresh();
        QCOMPARE(window.auditStatusBar()->snapshot().next, QStringLiteral("reporting"));
        QVERIFY(window.auditStatusBar()->snapshot().blockers > 0);
    }

    void remembersRecentFilesAndPage()
    {
        const QString second = newAuditFile(QStringLiteral("second.isoaudit"), QStringLiteral("Second Client"));
        const QString third = newAuditFile(QStringLiteral("third.isoaudit"), QStringLiteral("Third Client"));
        QVERIFY(!second.isEmpty() && !third.isEmpty());
        {
            MainWindow window;
            window.show();
            window.recentFiles()->clear();
            QVERIFY(window.openFile(third));
            QVERIFY(window.openFile(m_demo));
            QVERIFY(window.openFile(second));
            QCOMPARE(window.recentFiles()->files(), (QStringList{second, m_demo, third}));
            QCOMPARE(window.windowTitle(), QStringLiteral("Second Client — second.isoaudit — IsoAudit"));
            window.showPane(QStringLiteral("plan"));
            window.close();
        }
        QVERIFY(QFile::remove(third)); // a missing file drops out of the list
        MainWindow window;
        window.show();
        QCOMPARE(window.recentFiles()->files(), (QStringList{second, m_demo}));
        QMenu* menu = window.menus()->openRecent;
        emit menu->aboutToShow();
        QAction* demoAction = nullptr;
        for (QAction* action : menu->actions()) {
            if (action->toolTip() == QDir::toNativeSeparators(m_demo))
                demoAction = action;
        }
        QVERIFY(demoAction);
        demoAction->trigger();
        QVERIFY(window.document());
        QCOMPARE(window.document()->path(), m_demo);
        QCOMPARE(window.currentPaneKey(), QStringLiteral("plan"));
        QCOMPARE(window.recentFiles()->files().first(), m_demo);
    }

    void damagedFileIsRefusedAndUntouched()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_demo));
        const QString bad = m_dir.filePath(QStringLiteral("damaged.isoaudit"));
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("SQLite format 3") + QByteArray(200, 'x'));
        }
        const QByteArray before = fileHash(bad);
        MessageBoxHook::setAutomaticAnswer(QMessageBox::Ok);
        QVERIFY(!window.openFile(bad));
        QCOMPARE(MessageBoxHook::shownMessages().size(), 1);
        QVERIFY(MessageBoxHook::shownMessages().first().contains(QStringLiteral("damaged.isoaudit")));
        QCOMPARE(fileHash(bad), before);
        QVERIFY(!QFileInfo::exists(bad + QStringLiteral("-wal")));
        QVERIFY(window.document());
        QCOMPARE(window.document()->path(), m_demo); // the open audit stays open
        QVERIFY(!window.recentFiles()->files().contains(bad));
    }

    void readOnlyAudit()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_demo, AuditDatabase::Mode::ReadOnly));
        QVERIFY(window.document()->isReadOnly());
        QVERIFY(window.windowTitle().endsWith(QStringLiteral(" [read-only]")));
        QVERIFY(window.auditStatusBar()->findChild<QWidget*>(QStringLiteral("readOnlyLabel"))->isVisible());
        window.showPane(QStringLiteral("clauses"));
        auto* pane = qobject_cast<ClausesPane*>(window.currentPane());
        pane->showRecord(RecordKind::ClauseAssessment, QStringLiteral("6.1.2"));
        QVERIFY(!pane->detail()->verdictCombo()->isEnabled());
        QVERIFY(pane->detail()->notesEdit()->isReadOnly());
    }

    void droppedAuditOpens()
    {
        const QString dropped = newAuditFile(QStringLiteral("dropped.isoaudit"), QStringLiteral("Dropped Client"));
        MainWindow window;
        window.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dropped)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(window.document());
        QCOMPARE(window.document()->path(), dropped);

        QMimeData text;
        text.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("notes.txt")))});
        QDragEnterEvent other(QPoint(50, 50), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        other.setAccepted(false);
        QApplication::sendEvent(&window, &other);
        QVERIFY(!other.isAccepted());
    }

    void newAuditWizardCreatesAndOpens()
    {
        MainWindow window;
        window.show();
        const QString path = m_dir.filePath(QStringLiteral("wizard.isoaudit"));
        MessageBoxHook::queueFileName(path);
        bool filled = false;
        QTimer::singleShot(0, this, [&filled] {
            auto* wizard = qobject_cast<NewAuditWizard*>(QApplication::activeModalWidget());
            if (!wizard)
                return;
            wizard->findChild<QLineEdit*>(QStringLiteral("clientLineEdit"))->setText(QStringLiteral("Wizard Client"));
            wizard->next();
            wizard->findChild<QPlainTextEdit*>(QStringLiteral("scopeTextEdit"))->setPlainText(QStringLiteral("HQ"));
            wizard->findChild<QPlainTextEdit*>(QStringLiteral("sitesTextEdit"))->setPlainText("Head office\nDC");
            wizard->next();
            wizard->findChild<QLineEdit*>(QStringLiteral("leadAuditorLineEdit"))->setText(QStringLiteral("Lena Lead"));
            filled = true;
            wizard->accept();
        });
        window.menus()->newAudit->trigger();
        QVERIFY(filled);
        QVERIFY(window.document());
        QCOMPARE(window.document()->path(), path);
        const AuditStore& store = window.document()->store();
        QCOMPARE(store.audit()->text("client"), QStringLiteral("Wizard Client"));
        QCOMPARE(store.audit()->text("scope"), QStringLiteral("HQ"));
        QCOMPARE(store.count(RecordKind::Site).value(), 2);
        QCOMPARE(store.records(RecordKind::TeamMember)->first().text("name"), QStringLiteral("Lena Lead"));
    }

    void copyExportAndImport()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_demo));
        const QString client = window.document()->store().audit()->text("client");
        const QString copy = m_dir.filePath(QStringLiteral("copy.isoaudit"));
        MessageBoxHook::queueFileName(copy);
        window.menus()->saveCopyAs->trigger();
        {
            auto copied = AuditStore::open(copy, AuditDatabase::Mode::ReadOnly);
            QVERIFY2(copied, qPrintable(copied.error()));
            QCOMPARE(copied.value()->audit()->text("client"), client);
        }
        QCOMPARE(window.document()->path(), m_demo);

        const QString package = m_dir.filePath(QStringLiteral("package.json"));
        MessageBoxHook::queueFileName(package);
        window.menus()->exportPackage->trigger();
        QVERIFY(QFileInfo(package).size() > 1000);

        const QString imported = m_dir.filePath(QStringLiteral("imported.isoaudit"));
        MessageBoxHook::queueFileName(package);
        MessageBoxHook::queueFileName(imported);
        MessageBoxHook::setAutomaticAnswer(QMessageBox::Ok);
        window.menus()->importPackage->trigger();
        QVERIFY(window.document());
        QCOMPARE(window.document()->path(), imported);
        QCOMPARE(window.document()->store().audit()->text("client"), client);
        QCOMPARE(window.document()->store().count(RecordKind::Finding).value(),
                 AuditStore::open(copy, AuditDatabase::Mode::ReadOnly).value()->count(RecordKind::Finding).value());
    }

    void everyPageFitsA1280By800Screen()
    {
        // A page whose minimum width is larger than the screen makes the window wider than asked for, and its right
        // edge (Export…, the last column) falls off a 1280x800 laptop screen.
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openFile(m_demo));
        for (const QString& key : window.paneKeys()) {
            QVERIFY(window.showPane(key));
            QCoreApplication::processEvents();
            const QSize minimum = window.minimumSizeHint();
            QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 800,
                     qPrintable(QStringLiteral("%1: %2x%3").arg(key).arg(minimum.width()).arg(minimum.height())));
            QCOMPARE(window.width(), 1280);
        }
    }

    void unmetRulesReadAsSentences()
    {
        // The Overview lists the rule's message and its clause in words; the rule's id is only in the tooltip.
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_demo));
        window.showPane(QStringLiteral("overview"));
        auto* list = window.pane("overview")->findChild<QListWidget*>(QStringLiteral("overviewRulesList"));
        QVERIFY(list);
        QTRY_VERIFY(list->count() > 0);
        bool sawCrossCheck = false;
        for (int row = 0; row < list->count(); ++row) {
            const QListWidgetItem* item = list->item(row);
            const QString id = item->toolTip().section(QStringLiteral("rule "), 1).chopped(1);
            QVERIFY2(id.contains(QLatin1Char('.')), qPrintable(item->toolTip()));
            QVERIFY2(!item->text().contains(id), qPrintable(item->text()));
            QVERIFY2(!item->text().contains(QStringLiteral(":R-")), qPrintable(item->text())); // no cross-check key
            if (id == QLatin1String("reporting.crosschecks-resolved")) {
                QVERIFY2(item->text().contains(QStringLiteral("(ISO/IEC 27001 6.1.3")), qPrintable(item->text()));
                sawCrossCheck = sawCrossCheck || item->text().startsWith(QStringLiteral("Risk R-"));
            } else if (item->text().contains(QStringLiteral(" — "))) {
                QVERIFY2(item->text().section(QStringLiteral(" — "), -1).startsWith(QStringLiteral("ISO/IEC ")),
                         qPrintable(item->text()));
            }
        }
        QVERIFY(sawCrossCheck);
    }

    void statusBarNamesTheFileAndDemoFolderIsNotDoubled()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_demo));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Opened %1").arg(QFileInfo(m_demo).fileName()));
        QCOMPARE(window.statusBar()->toolTip(), QDir::toNativeSeparators(m_demo));
        window.menus()->close->trigger();

        // With organization and application both "IsoAudit", AppDataLocation is .../IsoAudit/IsoAudit: the demo
        // lives in .../IsoAudit/demo, and one left in the old folder by an earlier version moves there.
        const QString application = QCoreApplication::applicationName();
        QCoreApplication::setApplicationName(QCoreApplication::organizationName());
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(appData.endsWith(QStringLiteral("/IsoAuditTest/IsoAuditTest")));
        const QString legacy = QDir(appData).filePath(QStringLiteral("demo"));
        const QString expected = QDir(QFileInfo(appData).path()).filePath(QStringLiteral("demo"));
        QDir(expected).removeRecursively();
        QVERIFY(QDir().mkpath(legacy));
        QFile edited(QDir(legacy).filePath(QStringLiteral("edited.isoaudit")));
        QVERIFY(edited.open(QIODevice::WriteOnly) && edited.write("mine") == 4);
        edited.close();
        const QString demoDir = DocumentController::demoDirectory();
        QCoreApplication::setApplicationName(application);
        QCOMPARE(demoDir, expected);
        QVERIFY(!demoDir.contains(QStringLiteral("IsoAuditTest/IsoAuditTest")));
        QVERIFY(QFileInfo::exists(QDir(expected).filePath(QStringLiteral("edited.isoaudit"))));
        QVERIFY(!QFileInfo::exists(legacy));
        QDir(expected).removeRecursively();
        // Any other organization keeps AppDataLocation/demo.
        QCOMPARE(DocumentController::demoDirectory(),
                 QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath("demo"));
    }

    void closeLeavesWelcomePage()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_demo));
        window.menus()->close->trigger();
        QVERIFY(!window.document());
        QCOMPARE(window.windowTitle(), QStringLiteral("IsoAudit"));
        QVERIFY(!window.menus()->saveCopyAs->isEnabled());
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("welcomePage"))->isVisible());
        QVERIFY(!window.showPane(QStringLiteral("clauses")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
