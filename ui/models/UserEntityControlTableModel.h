// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/CriteriaLinkedTableModel.h"

namespace isoaudit {

/// The SOC 2 engagement's complementary user-entity controls (CUECs, the Engagement page): one row each with its
/// reference, the control the user entities are expected to operate, and the criteria it relates to. The ref and the
/// description are edited in place through the AuditDocument (one undo step each), the criteria through
/// setCriteria(). Writes the fields `isoaudit-cli cuec` writes.
class UserEntityControlTableModel : public CriteriaLinkedTableModel
{
    Q_OBJECT

public:
    enum Column { RefColumn, DescriptionColumn, CriteriaColumn, ColumnCount };

    explicit UserEntityControlTableModel(QObject* parent = nullptr);

    void setDocument(AuditDocument* document) { followDocument(document); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// The ref ("CUEC-2"), or the description's beginning when the control has no ref.
    QString rowName(int row) const override;

    /// "CUEC-n", one above the highest number of a ref of that form.
    QString nextRef() const;
    /// Adds a control with the next ref and a description to be rewritten (one undo step) and returns its uuid.
    Result<QString> addControl();

private:
    QString undoText(int row, int column, const QVariant& stored) const override;
};

} // namespace isoaudit
