// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "storage/AuditStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace isoaudit {

/// The evidence collected in the audit (documents sighted, records sampled, observations, technical checks), one
/// row each with its sample, collection, links and number of attached files. Follows the AuditStore's signals for
/// evidence and attachments row by row. Read-only: the Evidence pane edits in its editor.
class EvidenceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        TitleColumn,
        ReferenceColumn,
        SampleColumn,
        CollectedOnColumn,
        CollectedByColumn,
        CoversColumn,
        AttachmentsColumn,
        ColumnCount
    };
    enum Role {
        UuidRole = Qt::UserRole + 1,
        KindRole, ///< the stored kind ("document")
        InterviewsRole, ///< QStringList of linked interview uuids
        AttachmentCountRole,
        SortRole,
    };

    explicit EvidenceTableModel(QObject* parent = nullptr);

    void setStore(AuditStore* store);
    AuditStore* store() const { return m_store; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString& uuid) const;
    QModelIndex indexOf(const QString& uuid, int column = 0) const;
    QString uuidAt(int row) const;

    static QString kindLabel(const QString& kind);
    /// "25 of 340 (random, Jan-Dec)" from sample size, population and selection.
    static QString sampleText(const Record& evidence);

private:
    struct Row
    {
        Record evidence;
        QStringList attachments; ///< attachment uuids
    };

    void reload();
    Row load(const Record& evidence) const;
    void onInserted(RecordKind kind, const QString& uuid);
    void onRemoved(RecordKind kind, const QString& uuid);
    void onChanged(RecordKind kind, const QString& uuid);
    void refreshRow(int row);
    QVariant display(const Row& row, int column) const;

    QPointer<AuditStore> m_store;
    QList<Row> m_rows;
};

} // namespace isoaudit
