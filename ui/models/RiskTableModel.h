// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"
#include "models/RecordTableModel.h"
#include "models/RiskScheme.h"
#include "util/Result.h"

#include <QVector>

#include <array>
#include <optional>

namespace isoaudit {

/// The client's risk register as an editable table, scored with the client's own method (RiskScheme over core's
/// RiskMethod: product, sum or the client's matrix). All risks
/// are read once when a document is set (one query, never one per row) and then kept current from the store's
/// signals row by row (RecordTableModel), so a 10,000-row register stays fast. Edits go through AuditDocument and are
/// undoable; the level columns offer the client's labels through ItemRoles::ChoicesRole.
class RiskTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        RefColumn,
        AssetColumn,
        ThreatColumn,
        VulnerabilityColumn,
        OwnerColumn,
        LikelihoodColumn,
        ImpactColumn,
        ScoreColumn,
        BandColumn,
        TreatmentColumn,
        ControlsColumn,
        ResidualLikelihoodColumn,
        ResidualImpactColumn,
        ResidualScoreColumn,
        AcceptedColumn,
        ColumnCount
    };

    explicit RiskTableModel(QObject* parent = nullptr);
    ~RiskTableModel() override;

    void setDocument(AuditDocument* document);
    const RiskScheme& scheme() const { return m_scheme; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// The SQL column a grid column edits; empty for computed columns and the controls (a link).
    static QString fieldOf(int column);
    const Record& recordAt(int row) const { return rowRecord(row); }
    /// Every risk as loaded, in row order (the cross-checks run over these instead of reading them again).
    const QList<Record>& records() const { return rowRecords(); }
    int rowOfUuid(const QString& uuid) const { return rowOf(uuid); }
    /// Likelihood and impact of a row (inherent or residual); nullopt when either is not stated.
    std::optional<std::pair<int, int>> levels(int row, bool residual) const;
    /// The row's score under the client's method; nullopt when a level is not stated or the method gives none.
    std::optional<int> score(int row, bool residual) const;
    /// Risks per heat-map cell: index (likelihood - 1) * impactCount + (impact - 1), for the scheme's size.
    QVector<int> cellCounts(bool residual) const;
    /// Risks whose score is above the client's acceptance threshold.
    int aboveThresholdCount(bool residual) const;
    /// The next free "R-NNN" reference.
    QString nextRef() const;

    /// Cross-check messages per risk uuid, shown as an icon and tooltip on the reference (from core/workflow).
    void setCheckMessages(const QHash<QString, QStringList>& messages);
    QStringList checkMessages(int row) const { return m_checkMessages.value(uuidAt(row)); }

signals:
    /// The client's method changed (levels, labels, bands or threshold).
    void schemeChanged();
    /// Rows were added, removed or changed: recount the heat map.
    void registerChanged();

private:
    void reloading() override;
    void cacheRow(int row) override;
    void uncacheRow(int row) override;
    void rowsReloaded() override;
    void rowInserted(int) override { emit registerChanged(); }
    void rowRemoved(const QString&) override { emit registerChanged(); }
    void rowRefreshed(int, const Record&) override { emit registerChanged(); }
    void otherChanged(RecordKind kind, const QString& uuid, const QString& column) override;
    QString undoText(int row, int column, const QVariant& stored) const override;
    void loadScheme();
    QVariant displayValue(int row, int column) const;
    QVariant sortValue(int row, int column) const;
    Status setControls(int row, const QString& text);

    RiskScheme m_scheme;
    /// Likelihood, impact, residual likelihood, residual impact of a row (0 = not stated), kept beside the
    /// records so sorting and counting 10,000 rows never look into the value maps.
    using Levels = std::array<int, 4>;
    static Levels levelsOf(const Record& risk);

    QVector<Levels> m_levels;
    QHash<QString, QStringList> m_checkMessages;
};

} // namespace isoaudit
