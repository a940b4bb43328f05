// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/overview/AuditProgressWidget.h"

#include "workbench/WorkbenchLabels.h"
#include "models/FindingTableModel.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace isoaudit {

namespace {
void clearLayout(QLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (QWidget* widget = item->widget())
            widget->deleteLater();
        delete item;
    }
}
} // namespace

AuditProgressWidget::AuditProgressWidget(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* clauses = new QGroupBox(tr("Clauses 4–10: items with a verdict"), this);
    m_clauseGrid = new QGridLayout(clauses);
    auto* themes = new QGroupBox(tr("Annex A themes: applicability decided · controls assessed"), this);
    m_themeGrid = new QGridLayout(themes);

    auto* findings = new QGroupBox(tr("Findings by grade"), this);
    auto* findingsLayout = new QVBoxLayout(findings);
    m_gradeRow = new QHBoxLayout;
    findingsLayout->addLayout(m_gradeRow);
    m_findingsSummary = new QLabel(findings);
    m_findingsSummary->setWordWrap(true);
    findingsLayout->addWidget(m_findingsSummary);
    findingsLayout->addStretch(1);

    auto* overdue = new QGroupBox(tr("Overdue corrective actions"), this);
    auto* overdueLayout = new QVBoxLayout(overdue);
    m_overdue = new QTableWidget(0, 5, overdue);
    m_overdue->setObjectName(QStringLiteral("overdueActionsTable"));
    m_overdue->setAccessibleName(tr("Overdue corrective actions"));
    m_overdue->setToolTip(tr("Double-click or press Enter to open the finding"));
    m_overdue->setHorizontalHeaderLabels({tr("Finding"), tr("Owner"), tr("Due"), tr("Overdue"), tr("Status")});
    m_overdue->verticalHeader()->hide();
    m_overdue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overdue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overdue->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_overdue->horizontalHeader()->setStretchLastSection(true);
    m_overdue->setMinimumHeight(120);
    m_overdueEmpty = new QLabel(tr("No corrective action is past its due date."), overdue);
    overdueLayout->addWidget(m_overdueEmpty);
    overdueLayout->addWidget(m_overdue);
    connect(m_overdue, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        const QString uuid = m_overdue->item(item->row(), 0)->data(Qt::UserRole).toString();
        emit navigateTo(RecordKind::Finding, uuid);
    });

    layout->addWidget(clauses, 0, 0);
    layout->addWidget(themes, 0, 1);
    layout->addWidget(findings, 1, 0);
    layout->addWidget(overdue, 1, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
}

void AuditProgressWidget::fillProgress(QGridLayout* grid, const QList<AuditStatistics::Progress>& rows, bool themes)
{
    clearLayout(grid);
    int line = 0;
    for (const AuditStatistics::Progress& p : rows) {
        auto* name = new QLabel(themes ? tr("%1 %2").arg(p.id, p.title) : tr("%1 %2").arg(p.id, p.title), this);
        auto* bar = new QProgressBar(this);
        bar->setRange(0, std::max(p.total, 1));
        bar->setValue(p.done);
        bar->setFormat(themes ? tr("%1/%2 decided").arg(p.done).arg(p.total)
                              : tr("%1/%2 assessed").arg(p.done).arg(p.total));
        bar->setAccessibleName(tr("Progress of %1 %2").arg(p.id, p.title));
        bar->setMinimumWidth(120);
        QString detail;
        if (themes)
            detail = tr("%1 assessed").arg(p.assessed);
        if (p.nonconform > 0)
            detail += (detail.isEmpty() ? QString() : tr(" · ")) + tr("%n NC", nullptr, p.nonconform);
        auto* extra = new QLabel(detail, this);
        if (p.nonconform > 0)
            extra->setStyleSheet(QStringLiteral("color: %1;").arg(WorkbenchLabels::verdictColor("nonconform").name()));
        name->setBuddy(bar);
        grid->addWidget(name, line, 0);
        grid->addWidget(bar, line, 1);
        grid->addWidget(extra, line, 2);
        ++line;
    }
    grid->setColumnStretch(1, 1);
}

void AuditProgressWidget::setStatistics(const AuditStatistics& s)
{
    fillProgress(m_clauseGrid, s.clauseGroups, false);
    fillProgress(m_themeGrid, s.themes, true);

    clearLayout(m_gradeRow);
    QStringList present; // a grade the audit's type does not use is still counted when a finding has it
    for (auto it = s.findingsByGrade.cbegin(); it != s.findingsByGrade.cend(); ++it) {
        if (it.value() > 0)
            present << it.key();
    }
    for (const QString& grade : FindingTableModel::gradeChoices(s.auditType(), present)) {
        const int count = s.findingsByGrade.value(grade);
        // The short name ("Major NC", "OFI") on one line: five full names wrapped word by word did not fit the
        // box's width and were cut off. The full name is the tooltip and the accessible name.
        auto* badge = new QLabel(tr("<span style='font-size:16pt; font-weight:600'>%1</span><br>%2")
                                     .arg(count)
                                     .arg(FindingTableModel::gradeShortLabel(grade).toHtmlEscaped()),
                                 this);
        badge->setAlignment(Qt::AlignCenter);
        badge->setToolTip(WorkbenchLabels::grade(grade));
        const QColor color = WorkbenchLabels::gradeColor(grade);
        badge->setStyleSheet(QStringLiteral("QLabel { border-left: 4px solid %1; padding: 4px; }").arg(color.name()));
        badge->setAccessibleName(tr("%1: %2").arg(WorkbenchLabels::grade(grade)).arg(count));
        m_gradeRow->addWidget(badge, 1);
    }
    QStringList notes;
    if (s.areasOfConcern > 0)
        notes << tr("Areas of concern to address before Stage 2: %1.").arg(s.areasOfConcern);
    if (s.openMajors > 0)
        notes << tr("Major nonconformities without a verified corrective action: %1.").arg(s.openMajors);
    if (s.minorsWithoutPlan > 0)
        notes << tr("Minor nonconformities without an accepted corrective-action plan: %1.").arg(s.minorsWithoutPlan);
    if (notes.isEmpty())
        notes << tr("No nonconformity is waiting for the client.");
    m_findingsSummary->setText(notes.join(QLatin1Char(' ')));

    m_overdue->setRowCount(int(s.overdue.size()));
    const QLocale locale;
    for (int row = 0; row < s.overdue.size(); ++row) {
        const AuditStatistics::OverdueAction& a = s.overdue.at(row);
        auto* ref = new QTableWidgetItem(tr("%1 (%2)").arg(a.findingRef, WorkbenchLabels::grade(a.grade)));
        ref->setData(Qt::UserRole, a.findingUuid);
        ref->setForeground(WorkbenchLabels::gradeColor(a.grade));
        m_overdue->setItem(row, 0, ref);
        m_overdue->setItem(row, 1, new QTableWidgetItem(a.owner));
        m_overdue->setItem(row, 2, new QTableWidgetItem(locale.toString(a.due, QLocale::ShortFormat)));
        m_overdue->setItem(row, 3, new QTableWidgetItem(tr("%1 d").arg(a.daysOverdue)));
        m_overdue->setItem(row, 4, new QTableWidgetItem(WorkbenchLabels::label(QStringLiteral("status"), a.status)));
    }
    m_overdue->setVisible(!s.overdue.isEmpty());
    m_overdueEmpty->setVisible(s.overdue.isEmpty());
}

} // namespace isoaudit
