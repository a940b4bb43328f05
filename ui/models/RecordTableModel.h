// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"
#include "domain/Record.h"
#include "models/StoreSubscription.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QPointer>

#include <optional>

namespace isoaudit {

/// What every record table has in common: one row per record of its kind(s), read once from an AuditStore and kept
/// current from the store's signals row by row (an insert appends a row, a removal removes it, a change or new links
/// re-read that one row), the uuid <-> row index (rowOf, indexOf, uuidAt), the records of a child kind that belong to
/// each row (an evidence record's attachments, a finding's corrective action), and the columns that are plain fields
/// of the kind, taken from the record-kind metadata (core/domain/RecordKind.cpp): their stored value, a display text
/// and a sort key by the field's type, and, when the model edits through an AuditDocument, their flags and setData().
/// A model derived from it keeps only what is its own: its computed columns, roles, labels and caches.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    ~RecordTableModel() override;

    /// The store the rows come from (nullptr = none), and the document edits go through (nullptr for read-only
    /// models and when none is open).
    AuditStore* store() const;
    AuditDocument* document() const { return m_document; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    /// Plain-field columns are editable (booleans checkable) when the model edits a writable document.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Writes a plain-field column through the document (one undo step); emits editRefused() when the store refuses
    /// (a read-only or signed audit, a value out of range).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Row of a record, -1 when it is not in the table.
    int rowOf(const QString& uuid) const { return m_rowOf.value(uuid, -1); }
    QModelIndex indexOf(const QString& uuid, int column = 0) const;
    QString uuidAt(int row) const;
    /// The record a row shows, as last read (row must be valid).
    const Record& rowRecord(int row) const { return m_rows.at(row); }
    /// Every row's record in row order (for counting and cross-checks without reading them again).
    const QList<Record>& rowRecords() const { return m_rows; }
    /// The record-kind field a column shows and edits, nullptr for a computed column.
    const FieldInfo* columnField(int column) const;
    /// The store column of a column's field, empty for a computed column.
    QString columnFieldName(int column) const;
    /// The records of the child kind that belong to a row's record, in the store's order.
    const QList<Record>& children(const QString& parentUuid) const;

signals:
    /// An edit made through setData() was refused; the message says why (nothing changed).
    void editRefused(const QString& message);

protected:
    /// `rowKinds`: the kinds whose records are the rows (one for most tables, clause items and controls for the
    /// plan), in row order. `columnFields`: per column, the store column of a plain field of every row kind, or an
    /// empty string for a computed column.
    RecordTableModel(const QList<RecordKind>& rowKinds, const QStringList& columnFields, QObject* parent = nullptr);

    /// Keeps the records of `kind` (whose parent kind is the row kind) per row: a child inserted, changed or
    /// removed repaints its parent's row. Call in the constructor.
    void setChildKind(RecordKind kind);
    /// Rows in a fixed order (the catalog's) instead of the order they were added: an insert or removal of a row
    /// kind reloads the table. Call in the constructor.
    void setReloadOnInsertOrRemove(bool reload) { m_reloadOnInsertOrRemove = reload; }
    /// Only the records of the row kinds this accepts are rows (the items of one control's samples); every record
    /// by default. Asked on reload and on insert; call reload() when what it accepts changes.
    virtual bool acceptsRow(const Record& record) const
    {
        Q_UNUSED(record);
        return true;
    }

    /// Shows the rows of a store (read-only) or of a document's store (editable); nullptr = none.
    void followStore(AuditStore* store);
    void followDocument(AuditDocument* document);
    void reload();
    /// Reads one row's record again and repaints the row.
    void refreshRow(int row);
    /// dataChanged over every column of a row.
    void repaintRow(int row);
    bool isWritable() const;

    /// A plain-field column's stored value, a text for display and a key to sort by, from the field's type:
    /// dates in the locale's short format and sorted as ISO text, enumerations sorted in the metadata's order,
    /// numbers as numbers (-1 when not stated), text case-folded.
    QVariant fieldValue(int row, int column) const;
    QString fieldText(int row, int column) const;
    QVariant fieldSortKey(int row, int column) const;

    /// A plain-field column's answer to the roles every editable table gives the same way: its stored value for
    /// Qt::EditRole and ItemRoles::RawValueRole, checked or not for a boolean's Qt::CheckStateRole; null otherwise.
    QVariant fieldData(int row, int column, int role) const;
    /// dataChanged over every row and column (the scheme or the day changed).
    void repaintAll();
    /// The warning icon of a row that breaks a rule; none without a QApplication (a test without widgets).
    static QIcon warningIcon();

    /// "4.1, 6.1.2, A.5.15": the clauses and Annex A controls a record is linked to, for a "Clauses / controls"
    /// column.
    static QString coverageText(const Record& record);

    /// Hooks, all optional. While the table is reset, appended to or changed, before views hear of it: reloading()
    /// first re-reads what the model keeps beside its rows (a scheme, a link index), cacheRow(row) then runs for
    /// each row read (in row order on reload, the new last row on insert, the row itself on refresh) and
    /// uncacheRow(row) before a row goes.
    virtual void reloading() { }
    virtual void cacheRow(int row) { Q_UNUSED(row); }
    virtual void uncacheRow(int row) { Q_UNUSED(row); }
    /// After views heard of it: for the model's own signals (counts, summaries).
    virtual void rowsReloaded() { }
    virtual void rowInserted(int row) { Q_UNUSED(row); }
    virtual void rowRemoved(const QString& uuid) { Q_UNUSED(uuid); }
    /// A row's record was re-read (`before` is what it was) or one of its children changed (`before` = the row).
    virtual void rowRefreshed(int row, const Record& before)
    {
        Q_UNUSED(row);
        Q_UNUSED(before);
    }
    /// Signals about records that are neither rows nor their children (the risk method, team members, risks the
    /// SoA shows as links). An insert is a change unless the model says otherwise.
    virtual void otherInserted(RecordKind kind, const QString& uuid) { otherChanged(kind, uuid, {}); }
    virtual void otherRemoved(RecordKind kind, const QString& uuid);
    virtual void otherChanged(RecordKind kind, const QString& uuid, const QString& column);
    virtual void otherLinksChanged(RecordKind kind, const QString& uuid);

    /// The value setData() stores for an edit of a plain-field column: empty numbers and dates become "not stated",
    /// dates are written as ISO text.
    virtual QVariant storedValue(int column, const QVariant& value) const;
    /// The undo step's name for an edit of a plain-field column ("Set owner of R-001").
    virtual QString undoText(int row, int column, const QVariant& stored) const;

private:
    bool isRowKind(RecordKind kind) const { return m_rowKinds.contains(kind); }
    void onInserted(RecordKind kind, const QString& uuid);
    void onRemoved(RecordKind kind, const QString& uuid);
    void onChanged(RecordKind kind, const QString& uuid, const QString& column);
    void onLinksChanged(RecordKind kind, const QString& uuid);
    void appendRow(RecordKind kind, const QString& uuid);
    void removeRow(const QString& uuid);
    void setChild(RecordKind kind, const QString& uuid);
    void removeChild(const QString& uuid);
    void childrenChanged(const QString& parentUuid);

    const QList<RecordKind> m_rowKinds;
    QList<const FieldInfo*> m_columnFields;
    std::optional<RecordKind> m_childKind;
    bool m_reloadOnInsertOrRemove = false;

    StoreSubscription m_subscription;
    QPointer<AuditDocument> m_document;
    QList<Record> m_rows;
    QHash<QString, int> m_rowOf;
    QHash<QString, QList<Record>> m_children; ///< parent uuid -> its child records
    QHash<QString, QString> m_parentOf; ///< child uuid -> parent uuid
};

} // namespace isoaudit
