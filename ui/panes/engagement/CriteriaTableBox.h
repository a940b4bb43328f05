// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

#include <QGroupBox>

#include <functional>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace isoaudit {

class AuditDocument;
class CriteriaLinkedTableModel;

/// A group on the Engagement page around one table of records mapped to criteria (the subservice organizations,
/// the CUECs): the table, sortable and filtered by the page's filter field, with actions to add a row (Insert), delete
/// the selected rows (Delete, one undo step) and choose the current row's criteria in the criteria picker
/// (Ctrl+Shift+C, or double-click, F2 or Enter in the criteria column). The shortcuts act while the table has the
/// focus; the buttons show them in their tool tips. Refusals (a read-only or signed audit) go to statusMessage().
class CriteriaTableBox : public QGroupBox
{
    Q_OBJECT

public:
    struct Texts
    {
        QString objectPrefix; ///< "subservice": the box, table, actions and buttons are named "subserviceBox" ...
        QString title; ///< the group's title
        QString tableName; ///< the table's accessible name
        QString emptyHint; ///< shown under the table while it has no rows
        QString add; ///< the add action's text ("&Add")
        QString addToolTip; ///< without the shortcut, which is appended
        QString remove;
        QString removeToolTip;
        QString criteriaToolTip;
        /// The undo step's name for deleting these rows (their names).
        std::function<QString(const QStringList& names)> removeUndoText;
        /// The status message after deleting them.
        std::function<QString(const QStringList& names)> removedMessage;
    };

    /// `model` is the rows' model (owned by the caller), `add` inserts a new row and returns its uuid, `editColumn`
    /// is the column whose editor opens on the new row.
    CriteriaTableBox(const Texts& texts, CriteriaLinkedTableModel* model, std::function<Result<QString>()> add,
                     int editColumn, QWidget* parent = nullptr);

    void setDocument(AuditDocument* document);
    /// The engagement whose categories decide the criteria the picker offers.
    void setEngagement(const Record& engagement) { m_engagement = engagement; }
    /// Filters the rows to those with `text` in any column.
    void setFilterText(const QString& text);

    QTableView* tableView() const { return m_table; }
    QSortFilterProxyModel* proxyModel() const { return m_proxy; }
    QAction* addAction() const { return m_addAction; }
    QAction* removeAction() const { return m_removeAction; }
    QAction* criteriaAction() const { return m_criteriaAction; }

    /// Adds a row (undoable), selects it and opens its editor.
    void addRow();
    /// Deletes the selected rows as one undo step.
    void removeSelectedRows();
    /// Opens the criteria picker for a row of the model and writes the choice (one undo step).
    void chooseCriteria(int modelRow);
    /// Selects the row of a record and scrolls to it; false when the table does not hold it.
    bool selectRecord(const QString& uuid);

signals:
    void statusMessage(const QString& message);
    /// The box cleared its filter to show a row the filter hid (the page empties its filter field).
    void filterCleared();

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    QAction* createAction(const QString& text, const QString& toolTip, const QKeySequence& shortcut,
                          const QString& objectName);
    QList<int> selectedModelRows() const;
    int currentModelRow() const;
    void updateActions();
    void updateHint();

    CriteriaLinkedTableModel* m_model;
    std::function<Result<QString>()> m_add;
    int m_editColumn;
    Texts m_texts;
    AuditDocument* m_document = nullptr;
    Record m_engagement;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_hint = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_removeAction = nullptr;
    QAction* m_criteriaAction = nullptr;
};

} // namespace isoaudit
