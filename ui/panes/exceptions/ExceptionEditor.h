// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"
#include "models/StoreSubscription.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace isoaudit {

class EffectCriteriaList;
class FieldTextEdit;

/// Edits the auditor's assessment of one control exception (docs/soc2.md, "Exceptions"): the nature, cause, pattern
/// (isolated or systematic), management's response, compensating controls, and the effect on the criteria (its text
/// and the criteria it names, ticked in the list of criteria in scope). Each field commits through the AuditDocument
/// as it is typed (TextCommitter) or chosen, one undo step per edit; what the assessment still lacks
/// (ExceptionRollup::missingAssessment) is shown above the fields. The counts are the roll-up's and are not edited.
class ExceptionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ExceptionEditor(QWidget* parent = nullptr);
    ~ExceptionEditor() override;

    void setDocument(AuditDocument* document);
    /// The control exception record to edit (empty = none).
    void setException(const QString& uuid);
    const QString& exception() const { return m_uuid; }
    /// Saves any typing not yet committed.
    void flush();
    /// Removes the exception record (allowed only when it counts no deviation any more), as one undo step.
    Status removeException();

    FieldTextEdit* natureEdit() const { return m_nature; }
    FieldTextEdit* causeEdit() const { return m_cause; }
    QComboBox* patternCombo() const { return m_pattern; }
    FieldTextEdit* responseEdit() const { return m_response; }
    FieldTextEdit* compensatingEdit() const { return m_compensating; }
    FieldTextEdit* effectEdit() const { return m_effect; }
    EffectCriteriaList* effectCriteria() const { return m_criteria; }
    QLabel* missingLabel() const { return m_missing; }

signals:
    void statusMessage(const QString& message);
    void navigateTo(isoaudit::RecordKind kind, const QString& uuid);

private:
    void load();
    void loadField(const QString& column);
    void loadCriteria();
    void updateMissing();
    void save(const QString& column, const QVariant& value, const QString& what);
    void saveCriteria(const QStringList& ids);
    Record current() const;
    QString controlRef() const;

    QPointer<AuditDocument> m_document;
    StoreSubscription m_subscription;
    QString m_uuid;
    bool m_loading = false;
    QLabel* m_heading;
    QLabel* m_missing;
    FieldTextEdit* m_nature;
    FieldTextEdit* m_cause;
    QComboBox* m_pattern;
    FieldTextEdit* m_response;
    FieldTextEdit* m_compensating;
    FieldTextEdit* m_effect;
    EffectCriteriaList* m_criteria;
    QPushButton* m_openControl;
    QPushButton* m_remove;
};

} // namespace isoaudit
