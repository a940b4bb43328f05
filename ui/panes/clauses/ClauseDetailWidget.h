// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordKind.h"
#include "models/StoreSubscription.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace isoaudit {

class AuditDocument;

/// The right-hand side of the Clauses 4–10 page: for one clause item its verdict, the auditor's notes (saved while
/// typing, one undo step per burst), the interviews and evidence linked to it and the findings raised against it.
class ClauseDetailWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ClauseDetailWidget(QWidget* parent = nullptr);

    void setDocument(AuditDocument* document);
    /// Shows a clause item by its assessment uuid; "" shows the group summary text instead.
    void showClause(const QString& assessmentUuid);
    void showGroup(const QString& groupId, const QString& title, int assessed, int total);
    QString clauseUuid() const { return m_uuid; }

    QComboBox* verdictCombo() const { return m_verdict; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QListWidget* evidenceList() const { return m_evidence; }
    QListWidget* findingsList() const { return m_findings; }

signals:
    void navigateTo(isoaudit::RecordKind kind, const QString& uuid);
    void statusMessage(const QString& message);

private:
    void reload();
    void reloadLinks();
    void setEditorsEnabled(bool enabled);
    void saveVerdict();
    void saveNotes();
    void recordChanged(RecordKind kind, const QString& uuid, const QString& column);
    void relatedChanged(RecordKind kind);

    QPointer<AuditDocument> m_document;
    StoreSubscription m_subscription;
    QString m_uuid;
    QString m_clauseId;
    bool m_loading = false;
    QLabel* m_title = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_plan = nullptr;
    QComboBox* m_verdict = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_evidenceLabel = nullptr;
    QListWidget* m_evidence = nullptr;
    QLabel* m_findingsLabel = nullptr;
    QListWidget* m_findings = nullptr;
};

} // namespace isoaudit
