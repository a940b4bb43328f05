// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"
#include "models/ControlLinkIndex.h"
#include "models/RecordTableModel.h"
#include "util/Result.h"

namespace isoaudit {

/// The Statement of Applicability as a table: one row per Annex A control (the SoA entries), with the risks whose
/// treatment names the control and the number of evidence records linked to it. Everything is read once when a
/// document is set and then kept current from the store's signals (RecordTableModel); edits go through AuditDocument
/// (undoable).
/// Rows that break an SoA rule (undecided, excluded without justification, excluded but chosen to treat a risk)
/// carry the reasons in ItemRoles::IssuesRole and the tooltip.
class SoaTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        ThemeColumn,
        TitleColumn,
        ApplicableColumn,
        JustificationColumn,
        ImplementationColumn,
        ClientReferenceColumn,
        LinkedRisksColumn,
        VerdictColumn,
        EvidenceColumn,
        NotesColumn,
        ColumnCount
    };

    /// Counts for the completeness badge.
    struct Summary
    {
        int total = 0;
        int decided = 0; ///< applicability yes or no
        int unjustifiedExclusions = 0; ///< not applicable with no justification
        int excludedButTreating = 0; ///< not applicable yet named in a risk's treatment
        int rowsWithIssues = 0;
    };

    explicit SoaTableModel(QObject* parent = nullptr);
    ~SoaTableModel() override;

    void setDocument(AuditDocument* document) { followDocument(document); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The SQL column a grid column edits, or empty for read-only columns.
    static QString fieldOf(int column);
    QString controlIdAt(int row) const;
    int rowOfControl(const QString& controlId) const { return m_rowOfControl.value(controlId, -1); }
    int rowOfUuid(const QString& uuid) const { return rowOf(uuid); }
    const Record& entryAt(int row) const { return rowRecord(row); }
    /// Refs of the risks whose treatment names the control, in natural order.
    QStringList linkedRiskRefs(const QString& controlId) const { return m_links.riskRefs(controlId); }
    int evidenceCount(const QString& controlId) const { return m_links.evidenceCount(controlId); }
    QStringList issues(int row) const;
    Summary summary() const;
    /// "91/93 decided · 2 exclusions unjustified" for the badge.
    static QString summaryText(const Summary& summary);

    /// Sets one field on many rows as one undo step (a bulk edit). Rows that already hold the value are skipped; a
    /// refusal takes the whole step back and returns the store's message.
    Status setForRows(const QList<int>& rows, int column, const QVariant& value);

signals:
    /// The decided/exclusion counts may have changed.
    void summaryChanged();

private:
    void reloading() override;
    void cacheRow(int row) override;
    void rowsReloaded() override { emit summaryChanged(); }
    void rowRefreshed(int, const Record&) override { emit summaryChanged(); }
    void otherInserted(RecordKind kind, const QString& uuid) override { otherLinksChanged(kind, uuid); }
    void otherRemoved(RecordKind kind, const QString& uuid) override;
    void otherChanged(RecordKind kind, const QString& uuid, const QString& column) override;
    void otherLinksChanged(RecordKind kind, const QString& uuid) override;
    QString undoText(int row, int column, const QVariant& stored) const override;
    void refreshControls(const QSet<QString>& controlIds);
    QVariant displayValue(int row, int column) const;
    QVariant sortValue(int row, int column) const;

    QHash<QString, int> m_rowOfControl;
    ControlLinkIndex m_links;
};

} // namespace isoaudit
