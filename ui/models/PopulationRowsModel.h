// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/StoreSubscription.h"
#include "storage/PopulationTable.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace isoaudit {

/// A read-only preview of a SOC 2 population's frozen rows (the Testing page): its row number, the occurrence's id
/// and date, whether it falls in the period, then the population's other columns (population.columns). The rows are
/// read through PopulationTable a page at a time as the view scrolls (canFetchMore / fetchMore), so a population of
/// a million rows shows at once and never is read whole unless the auditor scrolls to its end. A population that is
/// removed empties the preview.
class PopulationRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RowColumn, IdColumn, DateColumn, InPeriodColumn, FirstOtherColumn };

    explicit PopulationRowsModel(QObject* parent = nullptr);

    /// Shows the rows of population `populationUuid` in `store` (nullptr or an empty uuid = none) and reads the
    /// first page.
    void setPopulation(AuditStore* store, const QString& populationUuid);
    QString population() const { return m_population; }
    /// Rows read per fetchMore() (500 by default).
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }
    /// The rows the population holds, read or not.
    qint64 totalRows() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    /// Reading a page failed (a damaged file); the message says which population and why.
    void readFailed(const QString& message);

private:
    void clear();
    QString otherValue(int row, int column) const;

    StoreSubscription m_subscription;
    QString m_population;
    QStringList m_otherColumns;
    qint64 m_total = 0;
    int m_pageSize = 500;
    bool m_fetching = false; ///< inside fetchMore's insert
    QList<PopulationRow> m_rows;
};

} // namespace isoaudit
