// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTabWidget;

namespace isoaudit {

class FieldTextEdit;
class TagEdit;

/// Edits one finding: reference, grade, title, the requirement, the statement of what is wrong and the objective
/// evidence (saved while typing), the clauses and controls, and the interviews, evidence and risks it rests on.
/// Regrading into another family renumbers the reference (OBS-02 -> NC-04) in the same undo step.
class FindingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FindingEditor(QWidget* parent = nullptr);

    void setDocument(AuditDocument* document);
    void setFinding(const QString& uuid);
    const QString& finding() const { return m_uuid; }
    void flush();
    /// Changes the grade (and the reference when its family changes) as one undo step.
    Status setGrade(const QString& grade);

    QComboBox* gradeCombo() const { return m_grade; }
    FieldTextEdit* statementEdit() const { return m_statement; }
    FieldTextEdit* evidenceEdit() const { return m_objectiveEvidence; }
    TagEdit* tagEdit() const { return m_tags; }
    QListWidget* linkList(LinkKind kind) const;

signals:
    void statusMessage(const QString& message);
    void navigateTo(isoaudit::RecordKind kind, const QString& uuid);

private:
    void load();
    void loadField(const QString& column);
    void loadGradeChoices(const QString& grade);
    void loadLinks();
    void loadLinkChoices();
    void save(const QString& column, const QVariant& value);
    void saveTags();
    void saveLinkList(LinkKind kind);
    Record current() const;

    QPointer<AuditDocument> m_document;
    QString m_uuid;
    bool m_loading = false;
    QLineEdit* m_ref;
    QComboBox* m_grade;
    QLineEdit* m_title;
    FieldTextEdit* m_requirement;
    FieldTextEdit* m_statement;
    FieldTextEdit* m_objectiveEvidence;
    TagEdit* m_tags;
    QLabel* m_raised;
    QTabWidget* m_linkTabs;
    QListWidget* m_interviews;
    QListWidget* m_evidence;
    QListWidget* m_risks;
};

} // namespace isoaudit
