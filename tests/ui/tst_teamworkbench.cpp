// SPDX-License-Identifier: GPL-3.0-or-later
// The team's workbench side (issue 18): File ▸ Give a Copy to a Team Member… and File ▸ Merge a Team Member's
// Copy… through the real main window — a copy forked, edited in core by the member, the same field edited by the
// lead, the conflict resolved in the merge dialog, one undo step, merging again changes nothing, a copy of another
// audit refused — and the merge dialog's own behaviour on a plan built by hand (counts, filter, keyboard, the
// delete/edit conflict), the status bar's repository text from the file's repository_link.

#include "WorkbenchTestSupport.h"

#include "document/AuditDocument.h"
#include "mainwindow/AuditStatusBar.h"
#include "mainwindow/MainMenus.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/MessageBoxHook.h"
#include "mainwindow/TeamController.h"
#include "merge/TeamMerge.h"
#include "team/ChangeView.h"
#include "team/GiveCopyDialog.h"
#include "team/MergeDialog.h"
#include "workflow/Lifecycle.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace isoaudit;

namespace {

Record finding(const QString& uuid, const QString& statement)
{
    Record record;
    record.kind = RecordKind::Finding;
    record.uuid = uuid;
    record.values = {{QStringLiteral("ref"), QStringLiteral("F-01")},
                     {QStringLiteral("grade"), QStringLiteral("minor")},
                     {QStringLiteral("statement"), statement}};
    return record;
}

/// A plan as TeamMerge::plan would give it: one finding changed on both sides (statement: a text conflict; grade:
/// an enum conflict), one interview the copy changed alone, one evidence deleted in the copy and edited by the lead.
MergePlan handMadePlan()
{
    MergePlan plan;
    plan.member = QStringLiteral("Anna Berg");

    MergeChange conflict;
    conflict.label = QStringLiteral("finding F-01 Access reviews");
    conflict.base = finding(QStringLiteral("f1"), QStringLiteral("At the fork"));
    conflict.mine = finding(QStringLiteral("f1"), QStringLiteral("Lead's words"));
    conflict.theirs = finding(QStringLiteral("f1"), QStringLiteral("Anna's words"));
    conflict.theirs->values.insert(QStringLiteral("grade"), QStringLiteral("major"));
    conflict.mine->values.insert(QStringLiteral("grade"), QStringLiteral("observation"));
    conflict.result.kind = RecordKind::Finding;
    conflict.result.uuid = QStringLiteral("f1");
    conflict.result.outcome = RecordMergeResult::Outcome::Conflict;
    conflict.result.merged = conflict.mine;
    FieldMerge statement{QStringLiteral("statement"),
                         QStringLiteral("At the fork"),
                         QStringLiteral("Lead's words"),
                         QStringLiteral("Anna's words"),
                         true,
                         {}};
    FieldMerge grade{QStringLiteral("grade"),
                     QStringLiteral("minor"),
                     QStringLiteral("observation"),
                     QStringLiteral("major"),
                     true,
                     {}};
    conflict.result.fields = {grade, statement};
    conflict.mineBy.insert(QStringLiteral("statement"),
                           {QStringLiteral("Lena Lead"), QStringLiteral("2026-12-07T10:00:00Z")});
    conflict.theirsBy.insert(QStringLiteral("statement"),
                             {QStringLiteral("Anna Berg"), QStringLiteral("2026-12-07T11:00:00Z")});

    MergeChange clean;
    clean.label = QStringLiteral("interview Jane Doe");
    clean.result.kind = RecordKind::Interview;
    clean.result.uuid = QStringLiteral("i1");
    clean.result.outcome = RecordMergeResult::Outcome::Update;
    clean.result.fields = {{QStringLiteral("notes"), QString(), QString(), QStringLiteral("Asked about backups"), false,
                            QStringLiteral("Asked about backups")}};

    MergeChange deleted;
    deleted.label = QStringLiteral("evidence E-04 Backup log");
    deleted.result.kind = RecordKind::Evidence;
    deleted.result.uuid = QStringLiteral("e1");
    deleted.result.outcome = RecordMergeResult::Outcome::Conflict;
    deleted.result.deletedOnOneSide = true;
    deleted.result.deletedInCopy = true;
    deleted.result.fields = {{QStringLiteral("title"),
                              QStringLiteral("Backup log"),
                              QStringLiteral("Backup log 2026"),
                              QVariant(),
                              false,
                              {}}};
    plan.changes = {conflict, clean, deleted};
    return plan;
}

/// Runs `act` on the modal dialog of type Dialog as soon as it is shown (the window may process events before it
/// opens one, so a single zero timer could fire too early).
template<typename Dialog> void whenShown(QObject* context, std::function<void(Dialog*)> act)
{
    auto* timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, act] {
        if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

QRadioButton* radio(MergeDialog& dialog, const QString& box, const QString& name)
{
    auto* group = dialog.changeView()->findChild<QWidget*>(box);
    return group ? group->findChild<QRadioButton*>(name) : nullptr;
}

/// Presses Tab from the widget holding the focus until the focus comes back to it; the widgets it went through, in
/// order, starting with the one it started from. Stops (and returns what it has) after 60 presses.
QList<QWidget*> tabCycle(QWidget* window)
{
    QList<QWidget*> visited;
    QWidget* start = QApplication::focusWidget();
    if (!start)
        return visited;
    visited << start;
    for (int step = 0; step < 60; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        if (!now || now == start || !window->isAncestorOf(now))
            break;
        visited << now;
    }
    return visited;
}

QString describe(const QList<QWidget*>& widgets)
{
    QStringList names;
    for (QWidget* widget : widgets) {
        const auto* box = qobject_cast<QGroupBox*>(widget->parentWidget());
        names << (box ? box->objectName() + QLatin1Char('/') : QString()) + widget->objectName();
    }
    return names.join(QStringLiteral(", "));
}

/// Every text the dialog shows or says, for every change in its list: the title, labels, buttons and their tool
/// tips, group titles, the list's headers and outcomes, accessible names and descriptions.
QStringList everyText(MergeDialog& dialog)
{
    QStringList texts{dialog.windowTitle()};
    auto collect = [&texts, &dialog] {
        for (QWidget* widget : dialog.findChildren<QWidget*>()) {
            texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription();
            if (auto* label = qobject_cast<QLabel*>(widget))
                texts << label->text();
            if (auto* button = qobject_cast<QAbstractButton*>(widget))
                texts << button->text();
            if (auto* box = qobject_cast<QGroupBox*>(widget))
                texts << box->title();
        }
        QTreeWidget* list = dialog.changeList();
        for (int column = 0; column < list->columnCount(); ++column)
            texts << list->headerItem()->text(column);
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            texts << list->topLevelItem(row)->text(2);
    };
    for (int row = 0; row < dialog.changeList()->topLevelItemCount(); ++row) {
        dialog.changeList()->setCurrentItem(dialog.changeList()->topLevelItem(row));
        collect();
    }
    dialog.takeAllTheirsButton()->click(); // the merge button's tool tip once every conflict has a choice
    collect();
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestTeamWorkbench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_demo = workbenchtest::isolateAndCreateDemo(m_dir, QStringLiteral("tst_teamworkbench"), &error);
        QVERIFY2(!m_demo.isEmpty(), qPrintable(error));
    }

    void cleanup() { MessageBoxHook::reset(); }

    void dialogCountsAndNeedsEveryChoice()
    {
        MergeDialog dialog(handMadePlan());
        QCOMPARE(dialog.summaryLabel()->text(),
                 QStringLiteral("Anna Berg's copy: 1 change to take, 2 conflicts to resolve"));
        QCOMPARE(dialog.changeList()->topLevelItemCount(), 3);
        QCOMPARE(dialog.unresolvedCount(), 3); // two fields and one delete/edit
        QVERIFY(!dialog.mergeButton()->isEnabled());
        QCOMPARE(dialog.remainingLabel()->text(), QStringLiteral("3 conflicts left to resolve."));
        // It opens on the first conflict, side by side: the fork, mine with who and when, theirs.
        QCOMPARE(dialog.changeList()->currentItem()->text(0), QStringLiteral("finding F-01 Access reviews"));
        QVERIFY(radio(dialog, QStringLiteral("conflictBox_statement"), QStringLiteral("keepBothRadioButton")));
        // Both is for text only: the grade offers mine or theirs.
        QVERIFY(!radio(dialog, QStringLiteral("conflictBox_grade"), QStringLiteral("keepBothRadioButton")));
        const QStringList shown = [&] {
            QStringList texts;
            for (QLabel* label : dialog.changeView()->findChildren<QLabel*>())
                texts << label->text();
            return texts;
        }();
        QVERIFY(shown.contains(QStringLiteral("At the fork")));
        QVERIFY(shown.contains(QStringLiteral("Lead's words")));
        QVERIFY(shown.contains(QStringLiteral("Anna's words")));
        QVERIFY(shown.contains(QStringLiteral("Major nonconformity")) || shown.contains(QStringLiteral("Major")));
        QVERIFY(
            std::any_of(shown.cbegin(), shown.cend(), [](const QString& t) { return t.startsWith("Anna Berg, "); }));

        radio(dialog, QStringLiteral("conflictBox_statement"), QStringLiteral("keepBothRadioButton"))->click();
        radio(dialog, QStringLiteral("conflictBox_grade"), QStringLiteral("takeTheirsRadioButton"))->click();
        QCOMPARE(dialog.unresolvedCount(), 1);
        QCOMPARE(dialog.changeList()->topLevelItem(0)->text(2), QStringLiteral("Conflict: resolved"));
        QVERIFY(!dialog.mergeButton()->isEnabled());
        // The delete/edit conflict offers keeping the record or deleting it.
        QVERIFY(dialog.showChange(QStringLiteral("e1")));
        QRadioButton* keep = radio(dialog, QStringLiteral("conflictBox_record"), QStringLiteral("keepMineRadioButton"));
        QVERIFY(keep);
        QVERIFY(keep->text().startsWith(QLatin1String("Keep the record")));
        QVERIFY(radio(dialog, QStringLiteral("conflictBox_record"), QStringLiteral("takeTheirsRadioButton"))
                    ->text()
                    .startsWith(QLatin1String("Delete it")));
        keep->click();
        QCOMPARE(dialog.unresolvedCount(), 0);
        QVERIFY(dialog.mergeButton()->isEnabled());
        QCOMPARE(dialog.remainingLabel()->text(), QStringLiteral("Every conflict has a choice."));
        QCOMPARE(dialog.choices().value(TeamMerge::choiceKey(QStringLiteral("f1"), QStringLiteral("statement"))),
                 RecordMerge::Choice::Both);
        QCOMPARE(dialog.choices().value(TeamMerge::choiceKey(QStringLiteral("f1"), QStringLiteral("grade"))),
                 RecordMerge::Choice::Theirs);
        QCOMPARE(dialog.choices().value(TeamMerge::choiceKey(QStringLiteral("e1"), QString())),
                 RecordMerge::Choice::Mine);
        // Going back shows the choices made.
        QVERIFY(dialog.showChange(QStringLiteral("f1")));
        QVERIFY(
            radio(dialog, QStringLiteral("conflictBox_statement"), QStringLiteral("keepBothRadioButton"))->isChecked());
    }

    void dialogFiltersAndChoosesFromTheKeyboard()
    {
        MergeDialog dialog(handMadePlan());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.conflictsOnlyCheckBox()->click();
        QVERIFY(dialog.changeList()->topLevelItem(1)->isHidden()); // the clean interview change
        QVERIFY(!dialog.changeList()->topLevelItem(0)->isHidden());
        dialog.changeList()->setFocus();
        // Alt+T takes theirs for the first conflict without a choice, then the next; the arrow key moves on.
        QTest::keyClick(dialog.changeList(), Qt::Key_T, Qt::AltModifier);
        QTest::keyClick(dialog.changeList(), Qt::Key_M, Qt::AltModifier);
        QCOMPARE(dialog.choices().value(TeamMerge::choiceKey(QStringLiteral("f1"), QStringLiteral("grade"))),
                 RecordMerge::Choice::Theirs);
        QCOMPARE(dialog.choices().value(TeamMerge::choiceKey(QStringLiteral("f1"), QStringLiteral("statement"))),
                 RecordMerge::Choice::Mine);
        QTest::keyClick(dialog.changeList(), Qt::Key_Down);
        QCOMPARE(dialog.changeList()->currentItem()->text(0), QStringLiteral("evidence E-04 Backup log"));
        // Both is not a choice for a delete/edit conflict.
        QTest::keyClick(dialog.changeList(), Qt::Key_B, Qt::AltModifier);
        QCOMPARE(dialog.unresolvedCount(), 1);
        QTest::keyClick(dialog.changeList(), Qt::Key_T, Qt::AltModifier);
        QCOMPARE(dialog.unresolvedCount(), 0);
        QCOMPARE(dialog.choices().value(TeamMerge::choiceKey(QStringLiteral("e1"), QString())),
                 RecordMerge::Choice::Theirs);
        // Keep all mine overrides every choice.
        dialog.findChild<QPushButton*>(QStringLiteral("keepAllMineButton"))->click();
        for (const RecordMerge::Choice choice : dialog.choices())
            QCOMPARE(choice, RecordMerge::Choice::Mine);
    }

    /// Tab follows the reading order: the filter and the list, the shown change's choices, the view explaining it,
    /// the buttons; the dialog opens on the first open conflict's choice, and Alt+M/T/B still choose from there.
    void mergeDialogTabFollowsTheReadingOrder()
    {
        MergeDialog dialog(handMadePlan());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QRadioButton* gradeMine
            = radio(dialog, QStringLiteral("conflictBox_grade"), QStringLiteral("keepMineRadioButton"));
        QVERIFY(gradeMine);
        QCOMPARE(QApplication::focusWidget(), gradeMine);

        // The buttons as the platform lays them out; Merge is disabled until every conflict has a choice.
        QList<QWidget*> boxButtons;
        for (int i = 0; i < dialog.buttonBox()->layout()->count(); ++i) {
            QWidget* button = dialog.buttonBox()->layout()->itemAt(i)->widget();
            if (button && button->isEnabled())
                boxButtons << button;
        }
        QCOMPARE(boxButtons.size(), 1); // Cancel
        // One stop per conflict (a group of radio buttons: the arrow keys move inside it), in the order shown.
        const QList<QWidget*> expected
            = QList<QWidget*>{gradeMine,
                              radio(dialog, QStringLiteral("conflictBox_statement"),
                                    QStringLiteral("keepMineRadioButton")),
                              dialog.changeView(), dialog.keepAllMineButton(), dialog.takeAllTheirsButton()}
            + boxButtons + QList<QWidget*>{dialog.conflictsOnlyCheckBox(), dialog.changeList()};
        QVERIFY(!expected.contains(nullptr));
        const QList<QWidget*> walked = tabCycle(&dialog);
        QVERIFY2(walked == expected,
                 qPrintable(QStringLiteral("walked: %1\nexpected: %2").arg(describe(walked), describe(expected))));
        QCOMPARE(dialog.changeView()->accessibleName(), QStringLiteral("Details of the change"));
        QVERIFY(dialog.changeView()->accessibleDescription().contains(QLatin1String("both changed this record")));

        // Shift+Tab from the list goes back round to the buttons; Tab from it to the shown change's first choice.
        dialog.changeList()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(dialog.changeList(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), gradeMine);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), dialog.changeList());

        // Alt+T on the focused choice decides it and moves on to the next open conflict; Alt+B decides that one.
        gradeMine->setFocus(Qt::TabFocusReason);
        QTest::keyClick(gradeMine, Qt::Key_T, Qt::AltModifier);
        QCOMPARE(dialog.choices().value(TeamMerge::choiceKey(QStringLiteral("f1"), QStringLiteral("grade"))),
                 RecordMerge::Choice::Theirs);
        QCOMPARE(QApplication::focusWidget(),
                 radio(dialog, QStringLiteral("conflictBox_statement"), QStringLiteral("keepMineRadioButton")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier);
        QCOMPARE(dialog.choices().value(TeamMerge::choiceKey(QStringLiteral("f1"), QStringLiteral("statement"))),
                 RecordMerge::Choice::Both);
        QVERIFY(
            radio(dialog, QStringLiteral("conflictBox_statement"), QStringLiteral("keepBothRadioButton"))->isChecked());

        // Another change shown: its choices come right after the list, and Alt+M still reaches them.
        dialog.changeList()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(dialog.changeList(), Qt::Key_End);
        QCOMPARE(dialog.changeList()->currentItem()->text(0), QStringLiteral("evidence E-04 Backup log"));
        QTest::keyClick(dialog.changeList(), Qt::Key_Tab);
        QRadioButton* keepRecord
            = radio(dialog, QStringLiteral("conflictBox_record"), QStringLiteral("keepMineRadioButton"));
        QVERIFY(keepRecord);
        QCOMPARE(QApplication::focusWidget(), keepRecord);
        QTest::keyClick(keepRecord, Qt::Key_M, Qt::AltModifier);
        QCOMPARE(dialog.unresolvedCount(), 0);
        QVERIFY(dialog.mergeButton()->isEnabled());
    }

    void mergeDialogWithoutConflictsOpensOnTheList()
    {
        MergePlan plan = handMadePlan();
        plan.changes.removeAt(2);
        plan.changes.removeAt(0); // only the interview the copy changed alone
        MergeDialog dialog(plan);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(QApplication::focusWidget(), dialog.changeList());
        const QList<QWidget*> walked = tabCycle(&dialog);
        QVERIFY2(walked.size() >= 3, qPrintable(describe(walked)));
        QCOMPARE(walked.at(1), dialog.changeView()); // no choices: the explanation, then the buttons
        QVERIFY(walked.contains(dialog.mergeButton()));
        QVERIFY(walked.indexOf(dialog.mergeButton()) > walked.indexOf(dialog.changeView()));
    }

    /// A push that found the repository changed speaks of this file and the repository's version, never of a member
    /// or of "you"; the team merge still speaks of the member's copy.
    void pushConflictsSpeakOfThisFileAndTheRepository()
    {
        const QRegularExpression personal(QStringLiteral("\\b(member|copy|you|your|yours|mine|theirs)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
        MergeDialog pushDialog(handMadePlan(), MergeSides::push(QStringLiteral("isoaudit on db.example.org")));
        QCOMPARE(pushDialog.windowTitle(),
                 QStringLiteral("Push to isoaudit on db.example.org: Merge with the Repository's Version"));
        QCOMPARE(
            pushDialog.summaryLabel()->text(),
            QStringLiteral("This file against the repository's version: 1 change to send, 2 conflicts to resolve"));
        const QStringList pushTexts = everyText(pushDialog);
        for (const QString& text : pushTexts)
            QVERIFY2(!personal.match(text).hasMatch(), qPrintable(text));
        QVERIFY(pushTexts.contains(QStringLiteral("The repository's version")));
        QVERIFY(pushTexts.contains(QStringLiteral("This file")));
        QVERIFY(pushTexts.contains(QStringLiteral("Keep the repository's")));
        QVERIFY(pushTexts.contains(QStringLiteral("Take this file's")));
        QVERIFY(pushTexts.contains(QStringLiteral("Merge and Push")));
        // The authors from the two trails: the repository's side is "mine" in a push's plan.
        QVERIFY(pushTexts.contains(QStringLiteral("This file (changed by Anna Berg) and the repository's version "
                                                  "(changed by Lena Lead) both changed this record. Choose for each "
                                                  "field below; the version not taken stays in the history.")));
        QVERIFY(pushTexts.contains(QStringLiteral("This file deleted this record; the repository's version changed "
                                                  "it. Keep it or delete it.")));

        MergeDialog mergeDialog(handMadePlan());
        const QStringList mergeTexts = everyText(mergeDialog);
        auto mentions = [](const QStringList& texts, const QString& word) {
            return std::any_of(texts.cbegin(), texts.cend(),
                               [&word](const QString& text) { return text.contains(word, Qt::CaseInsensitive); });
        };
        QVERIFY(mentions(mergeTexts, QStringLiteral("member")));
        QVERIFY(mergeTexts.contains(QStringLiteral("Theirs (Anna Berg's copy)")));
        QVERIFY(mergeTexts.contains(QStringLiteral("Mine (your file)")));
        QVERIFY(mergeTexts.contains(QStringLiteral("Merge Anna Berg's copy")));
        MergePlan unnamed = handMadePlan();
        unnamed.member.clear();
        MergeDialog unnamedDialog(unnamed);
        QVERIFY(mentions(everyText(unnamedDialog), QStringLiteral("The team member deleted this record")));
    }

    void statusBarSaysHowTheFileStandsWithTheRepository()
    {
        const QString path = m_dir.filePath(QStringLiteral("linked.isoaudit"));
        QVERIFY(QFile::copy(m_demo, path));
        auto store = Lifecycle::open(path);
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(AuditStatusBar::repositoryText(*store.value()), QStringLiteral("Not in the repository"));
        const auto entries = store.value()->trailEntries();
        QVERIFY(entries);
        RepositoryLink link;
        link.server = QStringLiteral("postgresql://anna@db.example.org:5432/isoaudit");
        link.auditUuid = store.value()->audit()->uuid;
        link.syncedSeq = entries->last().seq;
        link.syncedHash = entries->last().hash;
        link.syncedAt = QStringLiteral("2026-12-07T09:00:00Z");
        link.checkedOutBy = QStringLiteral("anna");
        const Status linked = store.value()->setRepositoryLink(link);
        QVERIFY2(linked, qPrintable(linked.error()));
        QString tip;
        QCOMPARE(AuditStatusBar::repositoryText(*store.value(), &tip), QStringLiteral("All changes pushed"));
        QVERIFY(tip.contains(QLatin1String("db.example.org")));
        const QList<Record> findings = store.value()->records(RecordKind::Finding).value();
        QVERIFY(!findings.isEmpty());
        QVERIFY(store.value()->setField(RecordKind::Finding, findings.first().uuid, QStringLiteral("statement"),
                                        QStringLiteral("Changed offline")));
        QVERIFY(store.value()->setField(RecordKind::Finding, findings.first().uuid, QStringLiteral("title"),
                                        QStringLiteral("Changed offline too")));
        QCOMPARE(AuditStatusBar::repositoryText(*store.value()), QStringLiteral("2 changes not yet pushed"));
    }

    void mergeThroughTheWindowIsOneUndoStep()
    {
        const QString lead = m_dir.filePath(QStringLiteral("lead.isoaudit"));
        QVERIFY(QFile::copy(m_demo, lead));
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(lead));
        AuditDocument* document = window.document();
        QVERIFY(document);

        // File ▸ Give a Copy to a Team Member…: the member, and the copy next to the audit.
        const QString copy = m_dir.filePath(QStringLiteral("lead – Anna Berg.isoaudit"));
        bool given = false;
        whenShown<GiveCopyDialog>(this, [&given](GiveCopyDialog* dialog) {
            dialog->memberCombo()->setEditText(QStringLiteral("Anna Berg"));
            given = dialog->pathEdit()->text().endsWith(QStringLiteral("lead – Anna Berg.isoaudit"));
            dialog->okButton()->click();
        });
        window.menus()->giveCopy->trigger();
        QVERIFY(given);
        QVERIFY(QFile::exists(copy));

        // The member edits the copy: the finding's statement (the lead edits it too) and an interview's notes.
        const QList<Record> findings = document->store().records(RecordKind::Finding).value();
        const QList<Record> interviews = document->store().records(RecordKind::Interview).value();
        QVERIFY(!findings.isEmpty() && !interviews.isEmpty());
        const QString findingUuid = findings.first().uuid;
        const QString interviewUuid = interviews.first().uuid;
        const QString statementBefore = findings.first().text(QStringLiteral("statement"));
        const QString notesBefore = interviews.first().text(QStringLiteral("notes"));
        {
            auto member = Lifecycle::open(copy);
            QVERIFY2(member, qPrintable(member.error()));
            member.value()->setAuthor(QStringLiteral("Anna Berg"));
            QVERIFY(member.value()->setField(RecordKind::Finding, findingUuid, QStringLiteral("statement"),
                                             QStringLiteral("Anna's statement")));
            QVERIFY(member.value()->setField(RecordKind::Interview, interviewUuid, QStringLiteral("notes"),
                                             QStringLiteral("Anna's notes")));
        }
        QVERIFY(document->setField(RecordKind::Finding, findingUuid, QStringLiteral("statement"),
                                   QStringLiteral("Lena's statement")));
        const int undoIndex = document->undoStack()->index();

        // File ▸ Merge a Team Member's Copy…: one conflict, one clean change; take theirs, merge.
        QString summary;
        bool mergeEnabledBefore = true;
        whenShown<MergeDialog>(this, [&](MergeDialog* dialog) {
            summary = dialog->summaryLabel()->text();
            mergeEnabledBefore = dialog->mergeButton()->isEnabled();
            dialog->showChange(findingUuid);
            if (QRadioButton* theirs
                = radio(*dialog, QStringLiteral("conflictBox_statement"), QStringLiteral("takeTheirsRadioButton")))
                theirs->click();
            dialog->mergeButton()->click();
        });
        MessageBoxHook::queueFileName(copy);
        window.menus()->mergeCopy->trigger();
        QCOMPARE(summary, QStringLiteral("Anna Berg's copy: 1 change to take, 1 conflict to resolve"));
        QVERIFY(!mergeEnabledBefore);
        const auto merged = [&](RecordKind kind, const QString& uuid, const QString& column) {
            return document->store().record(kind, uuid).value().text(column);
        };
        QCOMPARE(merged(RecordKind::Finding, findingUuid, QStringLiteral("statement")),
                 QStringLiteral("Anna's statement"));
        QCOMPARE(merged(RecordKind::Interview, interviewUuid, QStringLiteral("notes")), QStringLiteral("Anna's notes"));
        QCOMPARE(document->undoStack()->index(), undoIndex + 1);
        QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Merge Anna Berg's copy"));
        QVERIFY(window.auditStatusBar()->currentMessage().contains(QLatin1String("1 conflict resolved")));
        // The losing version stays in the history.
        bool lenaKept = false;
        const QList<TrailEntry> findingTrail = document->store().trailEntries(findingUuid).value();
        for (const TrailEntry& entry : findingTrail)
            lenaKept = lenaKept || entry.newValue == std::optional<QString>(QStringLiteral("Lena's statement"));
        QVERIFY(lenaKept);

        // One Ctrl+Z takes the whole merge back; Redo brings it again.
        document->undoStack()->undo();
        QCOMPARE(merged(RecordKind::Finding, findingUuid, QStringLiteral("statement")),
                 QStringLiteral("Lena's statement"));
        QCOMPARE(merged(RecordKind::Interview, interviewUuid, QStringLiteral("notes")), notesBefore);
        document->undoStack()->redo();
        QCOMPARE(merged(RecordKind::Finding, findingUuid, QStringLiteral("statement")),
                 QStringLiteral("Anna's statement"));
        QCOMPARE(merged(RecordKind::Interview, interviewUuid, QStringLiteral("notes")), QStringLiteral("Anna's notes"));
        Q_UNUSED(statementBefore);

        // Merging again changes nothing, and says so.
        MessageBoxHook::setAutomaticAnswer(QMessageBox::Ok);
        const int stepsBefore = document->undoStack()->count();
        QVERIFY(!window.team()->mergeCopy(copy));
        QCOMPARE(MessageBoxHook::shownMessages().last(), QStringLiteral("Everything in this copy is already merged."));
        QCOMPARE(document->undoStack()->count(), stepsBefore);

        // A copy of another audit is refused with a message, and nothing changes.
        const QString other = m_dir.filePath(QStringLiteral("other.isoaudit"));
        NewAudit audit;
        audit.client = QStringLiteral("Another Client");
        audit.leadAuditor = QStringLiteral("Olga Other");
        audit.startDate = QDate(2026, 3, 1);
        audit.endDate = QDate(2026, 3, 3);
        QVERIFY(AuditStore::create(other, audit));
        const qsizetype trailBefore = document->store().trailEntries().value().size();
        QVERIFY(!window.team()->mergeCopy(other));
        QVERIFY(MessageBoxHook::shownMessages().last().contains(QLatin1String("other.isoaudit")));
        QCOMPARE(document->store().trailEntries().value().size(), trailBefore);
        QCOMPARE(document->undoStack()->count(), stepsBefore);
    }

    /// A day of a team member's work on the demo, as the lead sees it: the guide's picture
    /// (ISOAUDIT_SCREENSHOT_DIR=dir writes dir/merge-dialog.png).
    void mergeDialogShowsADayOfTeamWork()
    {
        const QString lead = m_dir.filePath(QStringLiteral("day-lead.isoaudit"));
        const QString copy = m_dir.filePath(QStringLiteral("day-copy.isoaudit"));
        QVERIFY(QFile::copy(m_demo, lead));
        auto leadStore = Lifecycle::open(lead);
        QVERIFY2(leadStore, qPrintable(leadStore.error()));
        AuditStore& mine = *leadStore.value();
        mine.setAuthor(QStringLiteral("Lena Lindqvist"));
        const auto forked = TeamCopies::fork(mine, copy, QStringLiteral("Anna Berg"));
        QVERIFY2(forked, qPrintable(forked.error()));
        const QList<Record> findings = mine.records(RecordKind::Finding).value();
        const QList<Record> interviews = mine.records(RecordKind::Interview).value();
        const QList<Record> soa = mine.records(RecordKind::SoaEntry).value();
        const QList<Record> risks = mine.records(RecordKind::Risk).value();
        QVERIFY(findings.size() >= 2 && interviews.size() >= 2 && soa.size() >= 10 && risks.size() >= 2);
        {
            auto member = Lifecycle::open(copy);
            QVERIFY2(member, qPrintable(member.error()));
            AuditStore& theirs = *member.value();
            theirs.setAuthor(QStringLiteral("Anna Berg"));
            QVERIFY(theirs.setField(RecordKind::Finding, findings.at(0).uuid, QStringLiteral("statement"),
                                    QStringLiteral("Risks R-03 and R-07 (score 16, above the acceptance threshold of "
                                                   "12) have no decided treatment, and R-11's residual score of 15 is "
                                                   "carried without the risk owner's acceptance.")));
            QVERIFY(theirs.setField(RecordKind::Interview, interviews.at(1).uuid, QStringLiteral("notes"),
                                    QStringLiteral("Walked through the leaver checklist with HR; the ticket closes "
                                                   "before IT confirms the accounts are disabled.")));
            QVERIFY(theirs.setField(RecordKind::SoaEntry, soa.at(9).uuid, QStringLiteral("implementation"),
                                    QStringLiteral("partial")));
            QVERIFY(theirs.setField(RecordKind::Risk, risks.at(1).uuid, QStringLiteral("owner"),
                                    QStringLiteral("Head of IT Operations")));
            Record evidence;
            evidence.kind = RecordKind::Evidence;
            evidence.values = {{QStringLiteral("reference"), QStringLiteral("HR-TKT-2026-Q1")},
                               {QStringLiteral("title"), QStringLiteral("Leaver tickets, January to March")},
                               {QStringLiteral("kind"), QStringLiteral("record")}};
            const auto inserted = theirs.insert(evidence);
            QVERIFY2(inserted, qPrintable(inserted.error()));
            QVERIFY(theirs.remove(RecordKind::Risk, risks.at(0).uuid));
        }
        QVERIFY(mine.setField(RecordKind::Finding, findings.at(0).uuid, QStringLiteral("statement"),
                              QStringLiteral("Three risks above the threshold have no treatment decided.")));
        // The lead's value differs from the fork's and from the member's "partial".
        const QString leads = soa.at(9).text(QStringLiteral("implementation")) == QLatin1String("planned")
            ? QStringLiteral("not-implemented")
            : QStringLiteral("planned");
        QVERIFY(mine.setField(RecordKind::SoaEntry, soa.at(9).uuid, QStringLiteral("implementation"), leads));
        QVERIFY(mine.setField(RecordKind::Risk, risks.at(0).uuid, QStringLiteral("treatment_plan"),
                              QStringLiteral("Quarterly access review by the system owners.")));
        const auto plan = TeamMerge::plan(mine, copy);
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(plan->conflictCount(), 3); // the statement, the SoA cell, the risk deleted and edited
        MergeDialog dialog(plan.value());
        QVERIFY(dialog.summaryLabel()->text().startsWith(QLatin1String("Anna Berg's copy: ")));
        QVERIFY(dialog.summaryLabel()->text().endsWith(QLatin1String("3 conflicts to resolve")));
        QCOMPARE(dialog.unresolvedCount(), 3);
        QVERIFY(dialog.showChange(findings.at(0).uuid));
        radio(dialog, QStringLiteral("conflictBox_statement"), QStringLiteral("takeTheirsRadioButton"))->click();
        QCOMPARE(dialog.unresolvedCount(), 2);
        if (const QString dir = qEnvironmentVariable("ISOAUDIT_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.resize(1200, 700);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/merge-dialog.png")));
        }
        dialog.findChild<QPushButton*>(QStringLiteral("takeAllTheirsButton"))->click();
        QCOMPARE(dialog.unresolvedCount(), 0);
        QVERIFY(dialog.mergeButton()->isEnabled());
    }

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

QTEST_MAIN(TestTeamWorkbench)
#include "tst_teamworkbench.moc"
