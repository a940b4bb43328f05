// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QDialog>
#include <QVariantMap>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace isoaudit {

class AuditDocument;
class HeatMapWidget;

/// Records the client's risk method: the likelihood and impact levels with the client's labels (1 to 10 each),
/// the score bands with their colours, the acceptance threshold and a description, with a live preview of the
/// matrix. Saving is one undo step.
class RiskMethodDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RiskMethodDialog(AuditDocument* document, QWidget* parent = nullptr);

    /// The method as RiskMethod field values, or why it is not acceptable.
    Result<QVariantMap> method() const;
    /// Writes the method as one undo step; the store's refusal is returned and nothing changes.
    Status save();

    QPlainTextEdit* likelihoodEdit() const { return m_likelihoodEdit; }
    QPlainTextEdit* impactEdit() const { return m_impactEdit; }
    QTableWidget* bandTable() const { return m_bandTable; }
    QSpinBox* thresholdSpin() const { return m_thresholdSpin; }

    void accept() override;

private:
    void load();
    void addBand(int from, int to, const QString& label, const QColor& color);
    void chooseColor(int row);
    void updatePreview();

    AuditDocument* m_document;
    QLineEdit* m_nameEdit = nullptr;
    QPlainTextEdit* m_likelihoodEdit = nullptr;
    QPlainTextEdit* m_impactEdit = nullptr;
    QTableWidget* m_bandTable = nullptr;
    QSpinBox* m_thresholdSpin = nullptr;
    QPlainTextEdit* m_descriptionEdit = nullptr;
    HeatMapWidget* m_preview = nullptr;
    QLabel* m_problemLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace isoaudit
