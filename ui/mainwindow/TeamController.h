// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "merge/TeamMerge.h"
#include "team/MergeSides.h"

#include <QObject>

class QWidget;

namespace isoaudit {

class AuditDocument;
class DocumentController;

/// The File menu's team work (issue 18, docs/team.md): giving a team member a copy of the open audit, and merging a
/// member's copy back through the conflict view (MergeDialog) as ONE undo step. Refusals are shown with core's own
/// message (MessageBoxHook) and leave both files as they were.
class TeamController : public QObject
{
    Q_OBJECT

public:
    TeamController(QWidget* window, DocumentController* documents);

    /// File ▸ Give a Copy to a Team Member…
    bool giveCopy();
    /// File ▸ Merge a Team Member's Copy…: asks for the copy, reads it, shows the conflict view, applies.
    bool mergeCopy();
    /// Merges the copy at `copyPath` (the dialogs' work without the file dialog).
    bool mergeCopy(const QString& copyPath);
    /// Shows `plan` in the conflict view and applies it with the auditor's choices as one undo step named
    /// `undoText`; false when cancelled or refused (the refusal is shown).
    bool resolveAndApply(const MergePlan& plan, const QString& undoText);
    /// Only the conflict view, its words from `sides`: the choices for `plan`, nullopt when the auditor cancelled
    /// (a diverged push).
    std::optional<MergeChoices> resolve(const MergePlan& plan, const MergeSides& sides);
    /// "Merged Anna Berg's copy: 3 added, 5 changed, 1 deleted, 2 conflicts resolved."
    static QString outcomeMessage(const QString& member, const MergeOutcome& outcome);

signals:
    void statusMessage(const QString& message);

private:
    AuditDocument* document() const;

    QWidget* m_window;
    DocumentController* m_documents;
};

} // namespace isoaudit
