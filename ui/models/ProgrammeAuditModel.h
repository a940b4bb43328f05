// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordTableModel.h"

namespace isoaudit {

/// The audits of the client's certification programme (RecordKind::ProgrammeAudit, docs/cycle.md) as a table: the
/// completed ones (history, read-only: they come from the signed reports of those audits), this audit (its row
/// shows the audit's own type, dates, lead and outcome) and the planned or cancelled ones (the client's programme,
/// editable: type, label, status, due window, notes). Edits go through AuditDocument (undoable).
class ProgrammeAuditModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        TypeColumn,
        LabelColumn,
        StatusColumn,
        DueFromColumn,
        DueByColumn,
        DatesColumn,
        LeadColumn,
        OutcomeColumn,
        NotesColumn,
        ColumnCount
    };
    enum Role {
        StatusRole = Qt::UserRole + 100, ///< the stored status: planned, current, completed, cancelled
        EditableRole, ///< bool: the row is the client's programme (planned or cancelled), not history nor this audit
    };

    explicit ProgrammeAuditModel(QObject* parent = nullptr);

    void setDocument(AuditDocument* document) { followDocument(document); }

    /// Whether a row may be edited: planned and cancelled rows only.
    bool isEditableRow(int row) const;
    /// The row's record with this audit's own values on the current row (type, start and end date, lead, outcome).
    Record effectiveRecord(int row) const;

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reloading() override { readAudit(); }
    void otherChanged(RecordKind kind, const QString& uuid, const QString& column) override;
    void otherRemoved(RecordKind kind, const QString& uuid) override { otherChanged(kind, uuid, {}); }
    QString undoText(int row, int column, const QVariant& stored) const override;
    void readAudit();
    QString displayText(const Record& record, int row, int column) const;
    QString toolTip(const Record& record) const;

    Record m_audit;
    QString m_lead;
};

} // namespace isoaudit
