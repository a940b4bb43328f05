// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordTableModel.h"

namespace isoaudit {

class AuditDocument;

/// The audit plan as a table: every clause 4–10 item, then every Annex A control, with whether it is planned, when,
/// with whom (auditee) and by whom (auditor) — the planned/plan_* fields of clause_assessment and soa_entry.
/// Every cell except the item is editable (the plan_* columns are plain fields, RecordTableModel); edits go through
/// AuditDocument (undoable).
class AuditPlanModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { ItemColumn, PlannedColumn, DateColumn, AuditeeColumn, AuditorColumn, ColumnCount };
    /// Besides these, rows answer ItemRoles::UuidRole, ItemRoles::RawValueRole (stored value), ItemRoles::SortRole
    /// and, in the auditor column, ItemRoles::ChoicesRole (the audit team).
    enum Role {
        KindRole = Qt::UserRole + 100, ///< int(RecordKind): ClauseAssessment or SoaEntry
        CatalogIdRole, ///< "6.1.2" or "5.23"
    };

    explicit AuditPlanModel(QObject* parent = nullptr);

    void setDocument(AuditDocument* document) { followDocument(document); }

    int rowForCatalogId(RecordKind kind, const QString& id) const;
    int rowForUuid(const QString& uuid) const { return rowOf(uuid); }
    Record recordAt(int row) const { return row >= 0 && row < rowCount() ? rowRecord(row) : Record{}; }
    int plannedCount(RecordKind kind) const;
    int count(RecordKind kind) const;
    /// The store column an editable column writes.
    static QString fieldOf(int column);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reloading() override { reloadTeam(); }
    void otherRemoved(RecordKind kind, const QString&) override { teamChanged(kind); }
    void otherChanged(RecordKind kind, const QString&, const QString&) override { teamChanged(kind); }
    QVariant storedValue(int column, const QVariant& value) const override;
    QString undoText(int row, int column, const QVariant& stored) const override;
    void reloadTeam();
    void teamChanged(RecordKind kind);
    QString displayItem(const Record& record) const;

    QStringList m_team;
};

} // namespace isoaudit
