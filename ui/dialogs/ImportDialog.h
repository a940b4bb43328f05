// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/TableImporter.h"
#include "util/Result.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace isoaudit {

class AuditDocument;

/// Brings a client's risk register, SoA or findings list in: the file and sheet, a live preview with a combo box
/// per column for the mapping (recognised headers preset, the client's last mapping remembered), and the row report
/// of everything that cannot be read, before anything is written. Import writes the plan as one undo step.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(AuditDocument* document, TableKind kind, QWidget* parent = nullptr);

    /// Asks for a file when `file` is empty, shows the dialog and imports on Import. Refusals are shown in a
    /// message box; returns true when something was imported.
    static bool run(AuditDocument* document, TableKind kind, QWidget* parent, const QString& file = {});

    void setFile(const QString& path);
    void selectSheet(const QString& name);
    void setHeaderRow(int row); ///< 1-based, as the client sees it
    void setColumnField(int column, const QString& key); ///< empty key = not imported
    const std::optional<ImportPlan>& plan() const { return m_plan; }
    QTableWidget* previewTable() const { return m_preview; }
    QTreeWidget* reportTree() const { return m_report; }
    /// Writes the plan (one undo step) and remembers the mapping; the dialog closes on success.
    Status importNow();

    /// The QSettings key under which the mapping of this client's tables of this kind is remembered.
    static QString settingsKey(TableKind kind, const QString& client);

private:
    void browse();
    void loadSheet();
    void rebuildPreview();
    void replan();
    QString client() const;

    AuditDocument* m_document;
    TableKind m_kind;
    QString m_path;
    SheetTable m_table;
    ColumnMapping m_mapping;
    std::optional<ImportPlan> m_plan;
    bool m_loading = false;

    QLineEdit* m_fileEdit;
    QComboBox* m_sheetCombo;
    QSpinBox* m_headerSpin;
    QLabel* m_sourceLabel;
    QTableWidget* m_preview;
    QLabel* m_summaryLabel;
    QTreeWidget* m_report;
    QCheckBox* m_rememberCheck;
    QDialogButtonBox* m_buttons;
};

} // namespace isoaudit
