// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panes/Pane.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTreeView;

namespace isoaudit {

class ClauseDetailWidget;
class ClauseTreeModel;

/// Clauses 4–10: the tree of clause groups and items with verdict icons and per-group progress, a filter, and the
/// selected item's detail (verdict, notes, linked evidence and interviews, findings). Up/Down walk the tree;
/// Alt+Down/Alt+Up move to the next/previous item from anywhere on the page and keep the focus where it is.
class ClausesPane : public Pane
{
    Q_OBJECT

public:
    explicit ClausesPane(QWidget* parent = nullptr);
    ~ClausesPane() override;

    QString title() const override;
    void setDocument(AuditDocument* document) override;
    void showRecord(RecordKind kind, const QString& uuidOrId) override;

    QTreeView* tree() const { return m_tree; }
    ClauseTreeModel* model() const { return m_model; }
    ClauseDetailWidget* detail() const { return m_detail; }
    /// Moves the selection to the next (+1) or previous (-1) clause item, skipping group rows.
    void moveToItem(int step);

private:
    void currentChanged();
    void updateSummary();
    QModelIndex proxyIndexFor(const QModelIndex& sourceIndex) const;

    QPointer<AuditDocument> m_document;
    ClauseTreeModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_summary = nullptr;
    QTreeView* m_tree = nullptr;
    QSplitter* m_splitter = nullptr;
    ClauseDetailWidget* m_detail = nullptr;
};

} // namespace isoaudit
