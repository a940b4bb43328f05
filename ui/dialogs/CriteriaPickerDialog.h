// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace isoaudit {

/// Chooses the Trust Services Criteria a record is mapped to (a subservice organization, a CUEC, a control): the
/// criteria of the engagement's categories in scope as a checkable tree, series above criteria (checking a series
/// checks its criteria), a filter by id or words, and the count chosen. Criteria already chosen that are no longer in
/// scope (their category was taken out) are listed apart, still checked, so nothing is dropped unseen. Space toggles
/// the current criterion.
class CriteriaPickerDialog : public QDialog
{
    Q_OBJECT

public:
    /// `engagement`: the engagement record (its categories decide the criteria offered); `selected`: catalog ids.
    CriteriaPickerDialog(const Record& engagement, const QStringList& selected, QWidget* parent = nullptr);

    /// Shows the dialog; the criteria chosen in catalog order, or nullopt when the user cancelled.
    static std::optional<QStringList> pick(QWidget* parent, const Record& engagement, const QStringList& selectedIds,
                                           const QString& title = {});

    /// The checked criteria, in catalog order (those out of scope last).
    QStringList selectedIds() const;
    /// Checks or unchecks a criterion; false when the dialog does not list it.
    bool setChecked(const QString& criterionId, bool checked);
    bool isChecked(const QString& criterionId) const;
    /// The criteria the dialog offers (in scope, and any chosen out of scope), in order.
    QStringList offeredIds() const;
    /// Shows only the criteria whose id or title contains `text` (and their series).
    void setFilterText(const QString& text);

    QTreeWidget* tree() const { return m_tree; }
    QLineEdit* filterEdit() const { return m_filter; }

private:
    void build(const Record& engagement, const QStringList& selected);
    QTreeWidgetItem* itemOf(const QString& criterionId) const;
    void updateCount();

    QLineEdit* m_filter = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_count = nullptr;
    QList<QTreeWidgetItem*> m_criteria; ///< the leaves, in order
};

} // namespace isoaudit
