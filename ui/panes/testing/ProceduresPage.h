// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panes/testing/TestingSection.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace isoaudit {

class TestProcedureTableModel;

/// The Testing page's Test procedures tab: the control's test procedures (Add procedure, its arrow choosing the
/// method; Remove procedure) and, for a Type 1 report, the design conclusion with its note. Each edit is one undo
/// step through AuditDocument.
class ProceduresPage : public TestingSection
{
    Q_OBJECT

public:
    explicit ProceduresPage(QWidget* parent = nullptr);

    void setDocument(AuditDocument* document) override;
    void setControl(const QString& controlUuid) override;
    /// Shows the control's design conclusion (a Type 1 report's) and enables the buttons; nullptr: no control shown.
    void showControl(const Record* control);
    /// Makes a test procedure current.
    void selectProcedure(const QString& uuid);

    TestProcedureTableModel* model() const { return m_procedures; }
    QTableView* view() const { return m_procedureView; }
    QComboBox* designCombo() const { return m_design; }

private:
    void buildLayout();

    TestProcedureTableModel* m_procedures;
    QTableView* m_procedureView;
    QToolButton* m_addProcedure;
    QPushButton* m_removeProcedure;
    QWidget* m_designRow;
    QComboBox* m_design;
    QLineEdit* m_designNote;
};

} // namespace isoaudit
