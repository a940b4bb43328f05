// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RiskMethod.h"
#include "util/Result.h"

#include <QDialog>
#include <QVariantMap>

class QComboBox;
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
/// how the client scores a pair of ratings (likelihood × impact, likelihood + impact, or a matrix given cell by
/// cell), the score bands with their colours, the acceptance threshold and a description, with a live preview of
/// the matrix. Problems are shown as they arise (core's RiskMethod::validate); saving is one undo step.
///
/// The matrix grid shows the highest likelihood at the top, as the heat map does. It follows the level lists: a
/// new row or column starts from the scores the method gave before it was a matrix. Switching to the matrix
/// fills a grid nobody has edited yet from the scoring chosen before (likelihood × impact for most clients).
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
    QComboBox* scoringCombo() const { return m_scoringCombo; }
    /// The score matrix: row 0 is the highest likelihood, column 0 the lowest impact.
    QTableWidget* matrixTable() const { return m_matrixTable; }
    QTableWidget* bandTable() const { return m_bandTable; }
    QSpinBox* thresholdSpin() const { return m_thresholdSpin; }
    /// The problem shown under the form; empty when the method can be saved.
    QString problem() const;
    HeatMapWidget* preview() const { return m_preview; }

    void accept() override;

private:
    void load();
    void addBand(int from, int to, const QString& label, const QColor& color);
    void chooseColor(int row);
    /// The method as the widgets state it, or why a band's scores cannot be read.
    Result<RiskMethod> currentMethod() const;
    RiskMethod::Scoring currentScoring() const;
    /// The grid's scores, lowest likelihood first.
    QList<QList<int>> matrixValues() const;
    /// Rebuilds the grid for the level lists, keeping the scores of the cells that remain.
    void fillMatrix(const QList<QList<int>>& scores);
    void syncMatrixSize();
    void scoringChanged();
    void colourMatrix(const RiskMethod& method);
    void updatePreview();

    AuditDocument* m_document;
    QLineEdit* m_nameEdit = nullptr;
    QPlainTextEdit* m_likelihoodEdit = nullptr;
    QPlainTextEdit* m_impactEdit = nullptr;
    QComboBox* m_scoringCombo = nullptr;
    QLabel* m_scoringHint = nullptr;
    QLabel* m_matrixLabel = nullptr;
    QTableWidget* m_matrixTable = nullptr;
    QTableWidget* m_bandTable = nullptr;
    QSpinBox* m_thresholdSpin = nullptr;
    QPlainTextEdit* m_descriptionEdit = nullptr;
    HeatMapWidget* m_preview = nullptr;
    QLabel* m_problemLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    /// The scoring new matrix cells start from: the last one chosen that is not the matrix.
    RiskMethod::Scoring m_fillScoring = RiskMethod::Scoring::Product;
    /// Whether the grid holds the client's scores (recorded earlier or typed here) rather than a filled-in start.
    bool m_matrixKept = false;
    /// Why the recorded matrix did not fit its method when the dialog opened; shown until the grid is edited.
    QString m_recordedMatrixProblem;
};

} // namespace isoaudit
