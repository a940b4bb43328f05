// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "models/StoreSubscription.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

namespace isoaudit {

class AuditDocument;

/// Clauses 4–10 as a tree: the seven clause groups, each with its auditable items and their assessment (verdict,
/// notes), plus how much evidence and how many findings point at each item. Group rows show the progress
/// ("3/4 assessed"). The verdict column is editable; edits go through AuditDocument (undoable). A tree, so not a
/// RecordTableModel: it follows the store through the same StoreSubscription, and its index maps an assessment's
/// uuid to a (group, item) position rather than to a row.
class ClauseTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { ItemColumn, VerdictColumn, EvidenceColumn, FindingsColumn, ColumnCount };
    /// Besides these, items answer ItemRoles::UuidRole (the assessment's uuid), ItemRoles::RawValueRole (the stored
    /// verdict) and, in the verdict column, ItemRoles::ChoicesRole for EnumComboDelegate.
    enum Role {
        ClauseIdRole = Qt::UserRole + 100, ///< "6.1.2" for items, "6" for groups
        IsGroupRole,
        AssessedRole, ///< groups: items with a verdict other than pending
        TotalRole, ///< groups: items in the group
    };

    explicit ClauseTreeModel(QObject* parent = nullptr);

    void setDocument(AuditDocument* document);
    AuditDocument* document() const;

    QModelIndex indexForClause(const QString& clauseId, int column = ItemColumn) const;
    QModelIndex indexForUuid(const QString& uuid, int column = ItemColumn) const;
    /// The assessment record of an item row (empty Record for a group row).
    Record recordAt(const QModelIndex& index) const;
    /// Items with a verdict other than pending, and all items, over the whole tree.
    int assessedCount() const;
    int itemCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    /// An edit was refused by the store; the message says why and nothing changed.
    void editRefused(const QString& message);

private:
    struct Item
    {
        QString clauseId;
        QString title;
        QString note;
        Record record;
        int evidence = 0; ///< interviews and evidence records linked to the clause
        int findings = 0;
    };
    struct Group
    {
        QString id;
        QString title;
        QList<Item> items;
        int assessed() const;
    };

    void reload();
    void recountLinks(bool notify);
    void recordChanged(RecordKind kind, const QString& uuid, const QString& column);
    void relatedChanged(RecordKind kind);
    const Item* itemAt(const QModelIndex& index) const;
    static bool isAssessed(const QString& verdict);

    QPointer<AuditDocument> m_document;
    StoreSubscription m_subscription;
    QList<Group> m_groups;
    QHash<QString, QPair<int, int>> m_position; ///< uuid -> (group, item)
};

} // namespace isoaudit
