// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "soc2/PopulationImport.h"
#include "util/Result.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace isoaudit {

/// Import population… on the Testing page: the client's list of a control's occurrences (CSV or XLSX), the sheet,
/// the id and date columns (chosen from the file's header; the usual names are preselected), the date format and
/// what to do with rows outside the period. It only gathers PopulationImportOptions; the Testing page runs the import
/// (PopulationImport::run through AuditDocument::perform, so Undo removes the population). Every field can be set
/// from code (setFile, setIdColumn, …), so a test drives it without exec().
class PopulationImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PopulationImportDialog(QWidget* parent = nullptr);

    /// The control the population is imported for (its uuid, and its ref for the title).
    void setControl(const QString& controlUuid, const QString& controlRef);
    /// Reads the file's sheets and header and fills the column choices; the refusal names the file and why.
    Status setFile(const QString& path);
    QString file() const;
    /// An XLSX file's sheet (its header is read again).
    Status setSheet(const QString& sheet);
    /// Chooses a column by its header; false when the file has no such column.
    bool setIdColumn(const QString& header);
    bool setDateColumn(const QString& header);
    /// Qt's date format for dates that are not ISO ("dd/MM/yyyy"); empty = ISO only.
    void setDateFormat(const QString& format);
    void setOutside(PopulationImportOptions::Outside outside);
    void setPopulationName(const QString& name);

    /// What to import; the importer is the store's author.
    PopulationImportOptions options() const;
    /// Why the dialog cannot be accepted yet (no file, no id or date column, the same column twice); empty when it can.
    QString problem() const;
    /// The header of the file as read (the column choices).
    QStringList headers() const { return m_headers; }

    QLineEdit* fileEdit() const { return m_file; }
    QComboBox* sheetCombo() const { return m_sheet; }
    QComboBox* idColumnCombo() const { return m_idColumn; }
    QComboBox* dateColumnCombo() const { return m_dateColumn; }
    QComboBox* dateFormatCombo() const { return m_dateFormat; }
    QComboBox* outsideCombo() const { return m_outside; }
    QLineEdit* nameEdit() const { return m_name; }
    QLabel* messageLabel() const { return m_message; }

    void accept() override;

private:
    Status readHeader();
    void browse();
    void updateState();
    static int indexOfHeader(const QComboBox* combo, const QString& header);

    QString m_controlUuid;
    QStringList m_headers;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QComboBox* m_sheet;
    QComboBox* m_idColumn;
    QComboBox* m_dateColumn;
    QComboBox* m_dateFormat;
    QComboBox* m_outside;
    QLineEdit* m_name;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace isoaudit
