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
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
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
