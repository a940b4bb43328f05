// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "storage/AuditStore.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace isoaudit {

/// The audit's interviews, one row each (who, role, when, how long, by whom, what was covered), read from the
/// AuditStore and kept current from its signals row by row. Read-only: the Interviews pane edits in its editor.
class InterviewListModel : public QAbstractTableModel
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
    void setStore(AuditStore* store);
    AuditStore* store() const { return m_store; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString& uuid) const;
    QModelIndex indexOf(const QString& uuid, int column = 0) const;
    QString uuidAt(int row) const;
    const Record* recordAt(int row) const;
    /// "A. Person (CISO), 12 Mar 10:00": how an interview is named elsewhere (links, finding evidence).
    static QString describe(const Record& interview);

private:
    void reload();
    void onInserted(RecordKind kind, const QString& uuid);
    void onRemoved(RecordKind kind, const QString& uuid);
    void onChanged(RecordKind kind, const QString& uuid);
    QVariant display(const Record& record, int column) const;

    QPointer<AuditStore> m_store;
    QList<Record> m_rows;
};

} // namespace isoaudit
