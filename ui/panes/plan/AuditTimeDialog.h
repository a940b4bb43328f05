// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audittime/AuditTime.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace isoaudit {

class AuditDocument;

/// The ISO/IEC 27006 audit-time calculator on the Audit plan pane (docs/audit-time.md): the inputs of
/// AuditTimeInput, the result live as the auditor types (AuditTime with the shipped chart), each factor with its
/// reason, the cap on reductions and the chart's single-source note; a problem with the input is shown beside its
/// field. "Store in audit" writes audit.audit_time = {"input": …, "result": …} as one undo step; opened again, the
/// dialog shows the stored input.
class AuditTimeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditTimeDialog(AuditDocument* document, QWidget* parent = nullptr);

    /// What the fields say now.
    AuditTimeInput input() const;
    void setInput(const AuditTimeInput& input);
    /// The result of the current input, or nullopt when the input has a problem.
    const std::optional<AuditTimeResult>& result() const { return m_result; }
    /// The text shown for the result (the breakdown) or the problem.
    QString resultText() const;
    /// The message shown beside a field (AuditTimeInput::Problem::field), empty when none.
    QString problemShown(const QString& field) const;
    /// Writes the input and result to the audit (one undo step); the store's refusal otherwise.
    Status store();

private:
    QWidget* withError(QWidget* field, const QString& key);
    void recompute();

    QPointer<AuditDocument> m_document;
    QSpinBox* m_fullTime = nullptr;
    QDoubleSpinBox* m_partTime = nullptr;
    QLineEdit* m_sameWork = nullptr;
    QComboBox* m_business = nullptr;
    QLineEdit* m_businessReason = nullptr;
    QComboBox* m_it = nullptr;
    QLineEdit* m_itReason = nullptr;
    QDoubleSpinBox* m_outsourcing = nullptr;
    QLineEdit* m_outsourcingReason = nullptr;
    QSpinBox* m_sitesSampled = nullptr;
    QDoubleSpinBox* m_multiSite = nullptr;
    QLineEdit* m_multiSiteReason = nullptr;
    QComboBox* m_type = nullptr;
    QLabel* m_resultLabel = nullptr;
    QLabel* m_stored = nullptr;
    QPushButton* m_store = nullptr;
    QHash<QString, QLabel*> m_errors; ///< AuditTimeInput::Problem::field -> the label beside it
    std::optional<AuditTimeResult> m_result;
    bool m_sameWorkBad = false;
};

} // namespace isoaudit
