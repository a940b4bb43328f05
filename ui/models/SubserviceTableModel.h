// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/CriteriaLinkedTableModel.h"

namespace isoaudit {

/// The SOC 2 engagement's subservice organizations (the Engagement page): one row each with its name, the services
/// it provides, how the description treats it (carve-out or inclusive, labelled by the label table), the
/// complementary subservice-organization controls (CSOCs) the service organization assumes, and the criteria they
/// relate to. Every cell but the criteria is edited in place through the AuditDocument (one undo step each); the
/// criteria through setCriteria(). Writes the fields `isoaudit-cli subservice` writes.
class SubserviceTableModel : public CriteriaLinkedTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ServicesColumn, MethodColumn, CsocsColumn, CriteriaColumn, ColumnCount };

    explicit SubserviceTableModel(QObject* parent = nullptr);

    void setDocument(AuditDocument* document) { followDocument(document); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QString rowName(int row) const override;

    /// "New subservice organization", numbered when that name is taken: the name a new row starts with.
    QString nextName() const;
    /// Adds a carve-out subservice organization named nextName() (one undo step) and returns its uuid.
    Result<QString> addSubservice();

private:
    QString undoText(int row, int column, const QVariant& stored) const override;
};

} // namespace isoaudit
