// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panes/testing/TestingSection.h"

#include <QModelIndex>

class QLabel;
class QSortFilterProxyModel;

namespace isoaudit {

class SampleGridView;
class SampleItemTableModel;

/// The Testing page's sample grid with its keys hint: the shown control's sample items and their results. P / E mark
/// the current item and move down, Delete clears, Ctrl+D fills down, Ctrl+V pastes a column, Enter edits the note,
/// files dropped on an item are stored as evidence linked to it, a double click on the evidence column follows it.
/// Each edit is one undo step through AuditDocument.
class SampleGridPanel : public TestingSection
{
    Q_OBJECT

public:
    explicit SampleGridPanel(QWidget* parent = nullptr);

    void setDocument(AuditDocument* document) override;
    void setControl(const QString& controlUuid) override;

    /// The grid's commands, on the current index and the selection (view rows): each one undo step.
    Status markCurrent(const QString& result);
    Status clearSelected();
    Status fillDown();
    /// Pastes a column of results (and notes beside them) from `text` (tab and newline separated) from the current
    /// row down; a cell that is no result is named and nothing changes. The clipboard's text when `text` is null.
    Status paste(const QString& text = {});
    /// Stores files as evidence with their SHA-256 and links them to the item of a model row (one undo step).
    Status attachFiles(int modelRow, const QStringList& paths);

    /// The current item after a control was chosen: the first untested one (in the view's order), else the first.
    void showFirstItem();
    /// Makes the first untested item current and puts the focus on the grid (when it has items).
    void focusFirstUntested();
    /// The model row of the grid's current index, or -1.
    int currentModelRow() const;
    /// Makes a model row current (in `column`, or the current column), scrolled into view.
    void setCurrentModelRow(int row, int column = -1);

    SampleItemTableModel* model() const { return m_items; }
    QSortFilterProxyModel* proxy() const { return m_itemProxy; }
    SampleGridView* grid() const { return m_grid; }
    QLabel* hintLabel() const { return m_hint; }

signals:
    /// Follow a link (the evidence of an item).
    void navigateTo(isoaudit::RecordKind kind, const QString& uuid);

private:
    void buildLayout();
    /// The grid's first item without a result (in the view's order), or none.
    QModelIndex firstUntested() const;
    QList<int> selectedModelRows() const;
    void openEvidence(const QModelIndex& viewIndex);

    SampleItemTableModel* m_items;
    QSortFilterProxyModel* m_itemProxy;
    SampleGridView* m_grid;
    QLabel* m_hint;
};

} // namespace isoaudit
