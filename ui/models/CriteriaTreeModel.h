// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/StoreSubscription.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QStringList>

class QMimeData;

namespace isoaudit {

class AuditDocument;

/// The Trust Services Criteria of the categories in scope of a SOC 2 engagement as a tree (series -> criterion, in
/// catalog order: "CC6 Logical and Physical Access Controls" -> "CC6.1 ..."), with the number of controls of the
/// matrix mapped to each criterion. A criterion no control addresses is marked (bold, the warning icon and the
/// attention colour) and its tooltip says why it matters (the rule soc2.criteria-addressed); a series row shows
/// "n of m addressed". Criteria (and whole series) are dragged onto the control matrix to map them
/// (criteriaMimeType). Not a record table: the rows are the catalog's; it follows the store through a
/// StoreSubscription (controls added, removed or remapped recount; the categories in scope changing rebuilds it).
class CriteriaTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { CriterionColumn, ControlsColumn, ColumnCount };
    /// Besides these: Qt::ToolTipRole (the reason an unaddressed criterion is marked), Qt::DecorationRole.
    enum Role {
        CriterionIdRole = Qt::UserRole + 100, ///< "CC6.1" for criteria, "CC6" for series
        IsSeriesRole,
        ControlCountRole, ///< criteria: controls mapped; series: criteria addressed
        ControlRefsRole, ///< criteria: QStringList of the refs of the controls mapped to it
        /// "unaddressed" for a criterion no control addresses, empty otherwise: a QSortFilterProxyModel with this
        /// filter role, the fixed string "unaddressed" and recursive filtering shows only those and their series.
        UnaddressedRole,
    };

    explicit CriteriaTreeModel(QObject* parent = nullptr);

    /// The document's engagement (nullptr, or an audit that is not a SOC 2 engagement: an empty tree).
    void setDocument(AuditDocument* document);
    AuditDocument* document() const { return m_document; }

    QModelIndex indexForCriterion(const QString& id, int column = CriterionColumn) const;
    /// The criterion ids of a set of indexes in catalog order, without repeats; a series index stands for all its
    /// criteria.
    QStringList criteriaOf(const QModelIndexList& indexes) const;
    /// Criteria in scope, and those no control addresses (in catalog order).
    int criterionCount() const;
    QStringList unaddressedCriteria() const;
    /// "52 of 61 criteria addressed".
    QString summaryText() const;
    /// The tooltip of an unaddressed criterion: why it is marked.
    static QString unaddressedReason(const QString& criterionId);

    /// The MIME type of dragged criteria: their ids, one per line, in UTF-8.
    static QString criteriaMimeType();
    /// The ids a drag carries (empty when it carries none).
    static QStringList criteriaFromMimeData(const QMimeData* data);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;

signals:
    /// The number of addressed criteria changed, or the tree was rebuilt.
    void summaryChanged();

private:
    struct Criterion
    {
        QString id;
        QString title;
        QString note;
        QStringList controls; ///< refs of the controls mapped to it, naturally sorted
    };
    struct Series
    {
        QString id;
        QString title;
        QList<Criterion> criteria;
        int addressed() const;
    };

    void reload();
    /// Re-reads which controls map to which criterion; with `notify`, repaints what changed.
    void recount(bool notify);
    void storeChanged(RecordKind kind, const QString& column);
    const Criterion* criterionAt(const QModelIndex& index) const;
    QVariant seriesData(const Series& series, int column, int role) const;
    QVariant criterionData(const Criterion& criterion, int column, int role) const;

    QPointer<AuditDocument> m_document;
    StoreSubscription m_subscription;
    QList<Series> m_series;
    QHash<QString, QPair<int, int>> m_position; ///< criterion id -> (series, criterion)
};

} // namespace isoaudit
