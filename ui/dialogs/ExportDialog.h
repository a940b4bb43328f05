// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/SheetTable.h"
#include "util/Result.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QRadioButton;

namespace isoaudit {

class AuditDocument;

/// Exports the SoA, the risk register, the findings or the corrective actions as an Excel workbook or CSV file
/// for the client, with the auditor's verdicts and cross-references (core/import/TableExporter).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(AuditDocument* document, TableKind kind, QWidget* parent = nullptr);

    /// Shows the dialog and exports on OK; a refusal is shown in a message box. True when a file was written.
    static bool run(AuditDocument* document, TableKind kind, QWidget* parent);

    void setPath(const QString& path);
    TableKind kind() const;
    /// Writes the file; the dialog closes on success.
    Status exportNow();

private:
    void browse();
    void updateSuffix();

    AuditDocument* m_document;
    QComboBox* m_kindCombo;
    QRadioButton* m_xlsxRadio;
    QRadioButton* m_csvRadio;
    QLineEdit* m_pathEdit;
};

} // namespace isoaudit
