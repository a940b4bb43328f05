// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panes/testing/TestingSection.h"

class QLabel;
class QTableView;

namespace isoaudit {

class PopulationRowsModel;

/// The Testing page's Population rows tab: a population's frozen rows, read page by page as the view scrolls, shown
/// when Preview rows is pressed on the Population tab.
class PopulationRowsPage : public TestingSection
{
    Q_OBJECT

public:
    explicit PopulationRowsPage(QWidget* parent = nullptr);

    void setDocument(AuditDocument* document) override;
    /// Shows the rows of a population (its first page is read) named `name`; false, and a message in place of the
    /// rows, when there is none.
    bool preview(const QString& populationUuid, const QString& name);
    /// Drops the rows shown unless they are `populationUuid`'s (another population is shown, or none).
    void keepOnly(const QString& populationUuid);

    PopulationRowsModel* model() const { return m_rows; }
    QTableView* view() const { return m_rowsView; }

private:
    PopulationRowsModel* m_rows;
    QTableView* m_rowsView;
    QLabel* m_rowsLabel;
};

} // namespace isoaudit
