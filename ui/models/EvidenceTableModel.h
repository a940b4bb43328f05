// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordTableModel.h"

namespace isoaudit {

/// The evidence collected in the audit (documents sighted, records sampled, observations, technical checks), one
/// row each with its sample, collection, links and number of attached files. Follows the AuditStore's signals for
/// evidence and attachments row by row (RecordTableModel, attachments as the rows' children). Read-only: the
/// Evidence pane edits in its editor.
class EvidenceTableModel : public RecordTableModel
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

    void setStore(AuditStore* store) { followStore(store); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindLabel(const QString& kind);
    /// "25 of 340 (random, Jan-Dec)" from sample size, population and selection.
    static QString sampleText(const Record& evidence);

private:
    QVariant display(int row, int column) const;
    int attachmentCount(int row) const { return int(children(uuidAt(row)).size()); }
};

} // namespace isoaudit
