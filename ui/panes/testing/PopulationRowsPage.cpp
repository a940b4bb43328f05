// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/testing/PopulationRowsPage.h"

#include "models/PopulationRowsModel.h"
#include "panes/testing/TestingPane.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace isoaudit {

PopulationRowsPage::PopulationRowsPage(QWidget* parent)
    : TestingSection(parent)
    , m_rows(new PopulationRowsModel(this))
    , m_rowsView(new QTableView(this))
    , m_rowsLabel(new QLabel(this))
{
    m_rowsView->setModel(m_rows);
    m_rowsView->setObjectName(QStringLiteral("testingRowsView"));
    m_rowsView->setAccessibleName(TestingPane::tr("Population rows"));
    m_rowsView->setWordWrap(false);
    m_rowsView->verticalHeader()->hide();
    m_rowsView->verticalHeader()->setDefaultSectionSize(m_rowsView->fontMetrics().height() + 6);
    m_rowsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rowsLabel->setObjectName(QStringLiteral("testingRowsLabel"));
    m_rowsLabel->setText(TestingPane::tr("Press Preview rows on the Population tab to read the rows."));
    m_rowsLabel->setAccessibleName(TestingPane::tr("Rows shown"));
    auto* rowsLayout = new QVBoxLayout(this);
    rowsLayout->addWidget(m_rowsLabel);
    rowsLayout->addWidget(m_rowsView, 1);
    connect(m_rows, &PopulationRowsModel::readFailed, this, &TestingSection::statusMessage);
}

void PopulationRowsPage::setDocument(AuditDocument* document)
{
    TestingSection::setDocument(document);
    m_rows->setPopulation(nullptr, {});
}

bool PopulationRowsPage::preview(const QString& populationUuid, const QString& name)
{
    if (!document() || populationUuid.isEmpty()) {
        m_rows->setPopulation(nullptr, {});
        m_rowsLabel->setText(TestingPane::tr("The control has no population yet."));
        return false;
    }
    m_rows->setPopulation(&document()->store(), populationUuid);
    m_rowsView->resizeColumnsToContents(); // over the first page read
    m_rowsLabel->setText(
        TestingPane::tr("%1: %2 rows, read as you scroll").arg(name, QLocale().toString(m_rows->totalRows())));
    return true;
}

void PopulationRowsPage::keepOnly(const QString& populationUuid)
{
    if (m_rows->population().isEmpty() || m_rows->population() == populationUuid)
        return;
    m_rows->setPopulation(nullptr, {});
    m_rowsLabel->setText(TestingPane::tr("Press Preview rows on the Population tab to read the rows."));
}

} // namespace isoaudit
