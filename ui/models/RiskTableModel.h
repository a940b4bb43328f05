// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"
#include "models/RiskScheme.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QVector>

#include <array>
#include <optional>

namespace isoaudit {

/// The client's risk register as an editable table, scored with the client's own method (RiskScheme). All risks
/// are read once when a document is set (one query, never one per row) and then kept current from the store's
/// signals, so a 10,000-row register stays fast. Edits go through AuditDocument and are undoable; the level
/// columns offer the client's labels through ItemRoles::ChoicesRole.
class RiskTableModel : public QAbstractTableModel
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
    AuditDocument* document() const { return m_document; }
    const RiskScheme& scheme() const { return m_scheme; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// The SQL column a grid column edits; empty for computed columns and the controls (a link).
    static QString fieldOf(int column);
    const Record& recordAt(int row) const { return m_rows.at(row); }
    /// Every risk as loaded, in row order (the cross-checks run over these instead of reading them again).
    const QList<Record>& records() const { return m_rows; }
    QString uuidAt(int row) const;
    int rowOfUuid(const QString& uuid) const { return m_rowOfUuid.value(uuid, -1); }
    /// Likelihood and impact of a row (inherent or residual); nullopt when either is not stated.
    std::optional<std::pair<int, int>> levels(int row, bool residual) const;
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
    /// An edit made through setData() was refused; the message says why (nothing changed).
    void editRefused(const QString& message);

private:
    void reload();
    void reloadRow(const QString& uuid);
    void onRecordChanged(RecordKind kind, const QString& uuid, const QString& column);
    void onRecordInserted(RecordKind kind, const QString& uuid);
    void onRecordRemoved(RecordKind kind, const QString& uuid);
    void onLinksChanged(RecordKind kind, const QString& uuid);
    void loadScheme();
    QVariant displayValue(int row, int column) const;
    QVariant sortValue(int row, int column) const;
    Status setControls(int row, const QString& text);

    QPointer<AuditDocument> m_document;
    RiskScheme m_scheme;
    /// Likelihood, impact, residual likelihood, residual impact of a row (0 = not stated), kept beside the
    /// records so sorting and counting 10,000 rows never look into the value maps.
    using Levels = std::array<int, 4>;
    static Levels levelsOf(const Record& risk);

    QList<Record> m_rows;
    QVector<Levels> m_levels;
    QHash<QString, int> m_rowOfUuid;
    QHash<QString, QStringList> m_checkMessages;
};

} // namespace isoaudit
