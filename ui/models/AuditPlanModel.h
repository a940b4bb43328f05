// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace isoaudit {

class AuditDocument;

/// The audit plan as a table: every clause 4–10 item, then every Annex A control, with whether it is planned, when,
/// with whom (auditee) and by whom (auditor) — the planned/plan_* fields of clause_assessment and soa_entry.
/// Every cell except the item is editable; edits go through AuditDocument (undoable).
class AuditPlanModel : public QAbstractTableModel
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

    void setDocument(AuditDocument* document);
    AuditDocument* document() const;

    int rowForCatalogId(RecordKind kind, const QString& id) const;
    int rowForUuid(const QString& uuid) const;
    Record recordAt(int row) const;
    int plannedCount(RecordKind kind) const;
    int count(RecordKind kind) const;
    /// The store column an editable column writes.
    static QString fieldOf(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void editRefused(const QString& message);

private:
    void reload();
    void reloadTeam();
    void recordChanged(RecordKind kind, const QString& uuid, const QString& column);
    void recordsAddedOrRemoved(RecordKind kind);
    QString displayItem(const Record& record) const;

    QPointer<AuditDocument> m_document;
    QList<Record> m_rows;
    QHash<QString, int> m_rowOf;
    QStringList m_team;
};

} // namespace isoaudit
