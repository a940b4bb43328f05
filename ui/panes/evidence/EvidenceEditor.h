// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QSpinBox;

class QFormLayout;
class QLabel;

namespace isoaudit {

class AttachmentsBox;
class FieldTextEdit;
class TagEdit;

/// Edits one evidence record: kind, title, reference, description, the sample (size, population, how it was
/// selected, so it can be repeated), when and by whom it was collected, the clauses and controls and interviews it
/// supports, and its attached files. Each change is one undo step.
class EvidenceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceEditor(QWidget* parent = nullptr);

    void setDocument(AuditDocument* document);
    void setEvidence(const QString& uuid);
    const QString& evidence() const { return m_uuid; }
    void flush();
    AttachmentsBox* attachments() const { return m_attachments; }
    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* titleEdit() const { return m_title; }

signals:
    void statusMessage(const QString& message);
    void navigateTo(isoaudit::RecordKind kind, const QString& uuid);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void load();
    void loadField(const QString& column);
    void loadLinks();
    void loadInterviews();
    void save(const QString& column, const QVariant& value);
    void saveTags();
    void saveInterviews();
    Record current() const;

    QPointer<AuditDocument> m_document;
    QString m_uuid;
    bool m_loading = false;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QLineEdit* m_reference;
    FieldTextEdit* m_description;
    QSpinBox* m_sampleSize;
    QLineEdit* m_population;
    QLineEdit* m_selection;
    QDateEdit* m_collectedOn;
    QLineEdit* m_collectedBy;
    TagEdit* m_tags;
    QFormLayout* m_form = nullptr;
    QLabel* m_interviewsLabel = nullptr;
    QListWidget* m_interviews;
    AttachmentsBox* m_attachments;
};

} // namespace isoaudit
