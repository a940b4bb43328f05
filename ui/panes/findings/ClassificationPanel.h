// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"

#include <QGroupBox>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace isoaudit {

/// The classification assistant beside a finding: the auditor states the facts (requirement absent, systemic
/// breakdown or isolated lapse; samples failed of taken; capability in doubt) and sees the grade the ISO/IEC
/// 17021-1 definitions suggest, with the rationale, live as the facts change (core/workflow FindingClassifier).
/// Facts and suggestion are stored on the finding, one undo step per change; the grade itself stays the
/// auditor's until "Apply suggested grade".
class ClassificationPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ClassificationPanel(QWidget* parent = nullptr);

    void setDocument(AuditDocument* document);
    void setFinding(const QString& uuid);
    /// The suggestion shown now ("major", "minor"), empty when the facts do not yet give one.
    QString suggestedGrade() const { return m_suggested; }
    QString rationale() const;

    QComboBox* natureCombo() const { return m_nature; }
    QSpinBox* samplesFailedSpin() const { return m_failed; }
    QSpinBox* samplesTakenSpin() const { return m_taken; }
    QCheckBox* capabilityCheck() const { return m_capability; }
    QPushButton* applyButton() const { return m_apply; }

signals:
    /// The auditor accepted the suggestion; the pane changes the grade (and the reference) in one undo step.
    void applyGrade(const QString& grade);
    void statusMessage(const QString& message);

private:
    void load();
    void saveFacts();
    void showSuggestion();

    QPointer<AuditDocument> m_document;
    QString m_uuid;
    QString m_suggested;
    bool m_loading = false;
    QComboBox* m_nature;
    QSpinBox* m_failed;
    QSpinBox* m_taken;
    QCheckBox* m_capability;
    QLabel* m_grade;
    QLabel* m_rationale;
    QPushButton* m_apply;
};

} // namespace isoaudit
