// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordTableModel.h"

namespace isoaudit {

/// The audit's interviews, one row each (who, role, when, how long, by whom, what was covered), read from the
/// AuditStore and kept current from its signals row by row (RecordTableModel). Read-only: the Interviews pane edits
/// in its editor.
class InterviewListModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        IntervieweeColumn,
        RoleColumn,
        HeldAtColumn,
        DurationColumn,
        AuditorColumn,
        CoversColumn,
        ColumnCount
    };
    enum Role {
        UuidRole = Qt::UserRole + 1,
        ClausesRole, ///< QStringList of clause ids
        ControlsRole, ///< QStringList of control ids
        HeldAtRole, ///< QDateTime (invalid when not stated)
        SortRole, ///< a value that sorts naturally (dates as ISO text, minutes as numbers)
    };

    explicit InterviewListModel(QObject* parent = nullptr);

    /// Shows the interviews of a store (nullptr = none); the model follows the store's signals.
    void setStore(AuditStore* store) { followStore(store); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Record* recordAt(int row) const { return row >= 0 && row < rowCount() ? &rowRecord(row) : nullptr; }
    /// "A. Person (CISO), 12 Mar 10:00": how an interview is named elsewhere (links, finding evidence).
    static QString describe(const Record& interview);

private:
    QVariant display(int row, int column) const;
};

} // namespace isoaudit
