// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordTableModel.h"

namespace isoaudit {

/// The test procedures of one SOC 2 control (the Testing page): one row per procedure with its method (inquiry,
/// observation, inspection, reperformance), description, the attributes tested, its result and result note, who
/// performed it and when. Every column is a plain field of RecordKind::TestProcedure edited through the AuditDocument
/// (one undo step per edit); addProcedure() and removeProcedure() add and remove one procedure as an undo step each.
/// Follows the store row by row (RecordTableModel).
class TestProcedureTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        MethodColumn,
        DescriptionColumn,
        AttributesColumn,
        ResultColumn,
        ResultNoteColumn,
        PerformedByColumn,
        PerformedOnColumn,
        ColumnCount
    };

    explicit TestProcedureTableModel(QObject* parent = nullptr);

    void setDocument(AuditDocument* document) { followDocument(document); }
    /// The control whose procedures are the rows (a ServiceControl uuid; empty = none).
    void setControl(const QString& controlUuid);
    QString control() const { return m_control; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Adds a procedure of `method` (Enums::testMethods) to the control, one undo step; returns its uuid.
    Result<QString> addProcedure(const QString& method, const QString& description = {});
    /// Removes the procedure of `row`, one undo step.
    Status removeProcedure(int row);

private:
    bool acceptsRow(const Record& record) const override
    {
        return !m_control.isEmpty() && record.parentUuid == m_control;
    }
    void otherRemoved(RecordKind kind, const QString& uuid) override;
    QString undoText(int row, int column, const QVariant& stored) const override;
    QString controlRef() const;

    QString m_control;
};

} // namespace isoaudit
