// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/TeamController.h"

#include "document/AuditDocument.h"
#include "mainwindow/DocumentController.h"
#include "mainwindow/MessageBoxHook.h"
#include "team/GiveCopyDialog.h"
#include "team/MergeDialog.h"
#include "team/MergeText.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>

#include <memory>

namespace isoaudit {

TeamController::TeamController(QWidget* window, DocumentController* documents)
    : QObject(window)
    , m_window(window)
    , m_documents(documents)
{
}

AuditDocument* TeamController::document() const
{
    return m_documents->document();
}

bool TeamController::giveCopy()
{
    AuditDocument* doc = document();
    if (!doc)
        return false;
    GiveCopyDialog dialog(
        doc->store(),
        [this](const QString& proposal) {
            return MessageBoxHook::saveFileName(m_window, tr("Give a Copy to a Team Member"), proposal,
                                                tr("ISO 27001 audits (*.isoaudit);;All files (*)"));
        },
        m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit statusMessage(tr("Wrote %1's copy to %2").arg(dialog.member(), QDir::toNativeSeparators(dialog.copyPath())));
    return true;
}

bool TeamController::mergeCopy()
{
    if (!document())
        return false;
    const QString path
        = MessageBoxHook::openFileName(m_window, tr("Merge a Team Member's Copy"), m_documents->lastDirectory(),
                                       tr("ISO 27001 audits (*.isoaudit);;All files (*)"));
    return !path.isEmpty() && mergeCopy(path);
}

bool TeamController::mergeCopy(const QString& copyPath)
{
    AuditDocument* doc = document();
    if (!doc)
        return false;
    if (QFileInfo(copyPath).absoluteFilePath() == QFileInfo(doc->path()).absoluteFilePath()) {
        MessageBoxHook::critical(m_window, tr("Cannot Merge the Copy"),
                                 tr("This is the open audit itself, not a team member's copy of it."));
        return false;
    }
    // Reading a large copy and replaying the trails takes a moment: say so before the work blocks the window.
    emit statusMessage(tr("Reading %1…").arg(QFileInfo(copyPath).fileName()));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    const Result<MergePlan> plan = TeamMerge::plan(doc->store(), copyPath);
    QApplication::restoreOverrideCursor();
    if (!plan) {
        emit statusMessage(QString());
        MessageBoxHook::critical(
            m_window, tr("Cannot Merge the Copy"),
            tr("%1 cannot be merged.\n\n%2").arg(QDir::toNativeSeparators(copyPath), plan.error()));
        return false;
    }
    if (plan->isEmpty()) {
        emit statusMessage(QString());
        MessageBoxHook::information(m_window, tr("Nothing to Merge"), tr("Everything in this copy is already merged."));
        return false;
    }
    return resolveAndApply(plan.value(), tr("Merge %1").arg(MergeText::copyName(plan->member)));
}

std::optional<MergeChoices> TeamController::resolve(const MergePlan& plan, const MergeSides& sides)
{
    MergeDialog dialog(plan, sides, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choices();
}

bool TeamController::resolveAndApply(const MergePlan& plan, const QString& undoText)
{
    AuditDocument* doc = document();
    if (!doc)
        return false;
    MergeDialog dialog(plan, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // Redo applies the same plan again: after the undo the file is as it was when the plan was made.
    auto shared = std::make_shared<const MergePlan>(plan);
    const MergeChoices choices = dialog.choices();
    auto undo = std::make_shared<MergeUndo>();
    auto outcome = std::make_shared<MergeOutcome>();
    AuditStore* store = &doc->store();
    const Status done = doc->perform(
        undoText,
        [store, shared, choices, undo, outcome]() -> Status {
            *undo = MergeUndo{};
            const auto applied = TeamMerge::apply(*store, *shared, choices, undo.get());
            if (!applied)
                return Error{applied.error()};
            *outcome = applied.value();
            return {};
        },
        [store, undo]() { return TeamMerge::revert(*store, *undo); });
    if (!done) {
        MessageBoxHook::critical(m_window, tr("Cannot Merge the Copy"), done.error());
        return false;
    }
    emit statusMessage(outcomeMessage(plan.member, *outcome));
    return true;
}

QString TeamController::outcomeMessage(const QString& member, const MergeOutcome& outcome)
{
    QStringList parts;
    parts << tr("%n added", nullptr, outcome.inserted) << tr("%n changed", nullptr, outcome.updated)
          << tr("%n deleted", nullptr, outcome.removed)
          << (outcome.conflictsResolved == 1 ? tr("%n conflict resolved", nullptr, 1)
                                             : tr("%n conflicts resolved", nullptr, outcome.conflictsResolved));
    return tr("Merged %1: %2.").arg(MergeText::copyName(member), parts.join(tr(", ")));
}

} // namespace isoaudit
