// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"
#include "domain/Record.h"
#include "util/Result.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace isoaudit {

class NotesEdit;
class TagEdit;

/// Edits one interview: who, role, when, how long, by whom, where, the clauses and controls covered, the notes
/// (rich text, saved while typing), and the evidence gathered in it (files dropped anywhere on the editor become
/// document evidence linked to the interview). "Raise finding from selection" turns selected notes into a new
/// finding's objective evidence. Every change is one undoable edit through the AuditDocument.
class InterviewEditor : public QWidget
{
    Q_OBJECT

public:
    explicit InterviewEditor(QWidget* parent = nullptr);

    void setDocument(AuditDocument* document);
    /// Shows an interview (empty = none). Unsaved notes of the previous one are saved first.
    void setInterview(const QString& uuid);
    const QString& interview() const { return m_uuid; }
    /// Saves notes typed but not yet saved.
    void flush();
    /// Creates a finding from the selected notes; returns its uuid (and emits navigateTo). No dialogs: the
    /// action and the drop handlers show the refusal.
    Result<QString> raiseFindingFromSelection();
    /// Stores files as evidence of the shown interview (one undo step).
    Status addFiles(const QStringList& paths);

    NotesEdit* notesEdit() const { return m_notes; }
    QAction* raiseFindingAction() const { return m_raiseAction; }
    void focusInterviewee();

signals:
    void navigateTo(isoaudit::RecordKind kind, const QString& uuid);
    void statusMessage(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* buildNotesToolBar();
    void load();
    void loadField(const QString& column);
    void loadEvidence();
    void save(const QString& column, const QVariant& value);
    void saveLinks();
    void attachFiles();
    void addFilesInteractively(const QStringList& paths);
    void onChanged(RecordKind kind, const QString& uuid, const QString& column);
    void onEvidenceChanged(RecordKind kind);
    Record current() const;

    QPointer<AuditDocument> m_document;
    QString m_uuid;
    QLineEdit* m_interviewee;
    QLineEdit* m_role;
    QDateTimeEdit* m_heldAt;
    QSpinBox* m_duration;
    QLineEdit* m_auditor;
    QLineEdit* m_location;
    TagEdit* m_covers;
    NotesEdit* m_notes;
    QListWidget* m_evidence;
    QPushButton* m_attachButton;
    QPushButton* m_raiseButton;
    QAction* m_raiseAction;
    QLabel* m_dropHint;
};

} // namespace isoaudit
