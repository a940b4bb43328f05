// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordTableModel.h"

#include <functional>

namespace isoaudit {

/// The earlier audits' nonconformities this audit verifies (CarriedFinding records, docs/cycle.md), one row each:
/// reference, grade, the audit that raised it, title, this audit's verdict and the finding of this audit that raises
/// it again. The verdict is edited in place from a combo (ItemRoles::ChoicesRole); the write goes through the
/// verdict writer the Findings pane installs, because "not effective" raises the finding again in the same undo
/// step. A deferred row (passed through a special audit that verifies only majors) is shown dimmed and not edited.
class CarriedFindingTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { RefColumn, GradeColumn, OriginColumn, TitleColumn, VerdictColumn, RaisedAgainColumn, ColumnCount };
    enum Role {
        DeferredRole = Qt::UserRole + 20, ///< bool
        VerdictRole, ///< the stored verdict ("not-effective"), empty when none
        RaisedAgainUuidRole, ///< uuid of this audit's finding that raises it again, empty when none
        SortRole,
    };
    /// Writes a verdict for the carried finding `uuid` as one undo step; returns the refusal.
    using VerdictWriter = std::function<Status(const QString& uuid, const QString& verdict)>;

    explicit CarriedFindingTableModel(QObject* parent = nullptr);

    void setDocument(AuditDocument* document) { followDocument(document); }
    void setStore(AuditStore* store) { followStore(store); }
    void setVerdictWriter(VerdictWriter writer) { m_verdictWriter = std::move(writer); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// "Stage 2 audit, R-2026-17, 04/03/2026": the audit that raised a carried finding.
    static QString originText(const Record& carried);
    /// A verdict's label in the workbench (the label table's; "Not yet verified" for none).
    static QString verdictLabel(const QString& verdict);
    /// The reference of this audit's finding `uuid` ("" when there is none).
    QString findingRef(const QString& uuid) const { return m_findingRefs.value(uuid); }
    /// Rows that still need a verdict (not deferred, none recorded).
    int pendingCount() const;

signals:
    /// Rows were added or removed, or a verdict changed: the pane's counter and visibility follow.
    void countsChanged();

private:
    void reloading() override;
    void rowsReloaded() override { emit countsChanged(); }
    void rowInserted(int) override { emit countsChanged(); }
    void rowRemoved(const QString&) override { emit countsChanged(); }
    void rowRefreshed(int, const Record&) override { emit countsChanged(); }
    void otherInserted(RecordKind kind, const QString& uuid) override;
    void otherRemoved(RecordKind kind, const QString& uuid) override;
    void otherChanged(RecordKind kind, const QString& uuid, const QString& column) override;
    /// Repaints the rows whose "raised again as" names the finding `uuid`.
    void repaintRaisedAgain(const QString& uuid);
    QVariant display(int row, int column) const;

    VerdictWriter m_verdictWriter;
    QHash<QString, QString> m_findingRefs; ///< this audit's findings: uuid -> reference
};

} // namespace isoaudit
