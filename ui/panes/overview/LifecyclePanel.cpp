// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/overview/LifecyclePanel.h"

#include "dialogs/SignReportDialog.h"
#include "document/AuditDocument.h"
#include "domain/RecordKind.h"
#include "widgets/ThemeColors.h"
#include "workbench/WorkbenchLabels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace isoaudit {

LifecyclePanel::LifecyclePanel(QWidget* parent)
    : QGroupBox(parent)
{
    m_layout = new QVBoxLayout(this);
    m_steps = new QLabel(this);
    m_steps->setObjectName(QStringLiteral("lifecycleStepsLabel"));
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setWordWrap(true);
    m_layout->addWidget(m_steps);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("lifecycleSummaryLabel"));
    m_summary->setWordWrap(true);
    m_layout->addWidget(m_summary);
    m_rules = new QListWidget(this);
    m_rules->setObjectName(QStringLiteral("overviewRulesList"));
    m_rules->setAccessibleName(tr("Unmet rules for the next lifecycle step"));
    m_rules->setToolTip(tr("Double-click or press Enter to go to the place that needs attention"));
    m_rules->setWordWrap(true);
    m_rules->setAlternatingRowColors(true);
    m_summary->setBuddy(m_rules);
    m_layout->addWidget(m_rules, 1);
    m_advance = new QPushButton(tr("&Advance…"), this);
    m_advance->setObjectName(QStringLiteral("advanceButton"));
    m_advance->setToolTip(tr("Check the rules and move to the next lifecycle state"));
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_advance);
    m_layout->addLayout(buttonRow);

    connect(m_advance, &QPushButton::clicked, this, [this] {
        if (m_document && m_snapshot.next == QLatin1String("signed")) {
            SignReportDialog(m_document, SignReportDialog::Mode::Sign, this).exec();
            emit signingFinished();
            return;
        }
        emit advanceRequested();
    });
    connect(m_rules, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int row = m_rules->row(item);
        if (row >= 0 && row < m_snapshot.unmet.size())
            emit ruleActivated(m_snapshot.unmet.at(row));
    });
}

void LifecyclePanel::clear()
{
    m_snapshot = {};
    m_rules->clear();
}

void LifecyclePanel::setSnapshot(const LifecycleRules::Snapshot& snapshot, bool engagement)
{
    m_snapshot = snapshot;
    QStringList steps;
    for (const QString& state : Enums::lifecycleStates) {
        const QString label = WorkbenchLabels::lifecycle(state).toHtmlEscaped();
        steps << (state == m_snapshot.state ? QStringLiteral("<b style='font-size:13pt'>%1</b>").arg(label)
                                            : QStringLiteral("<span style='color:%1'>%2</span>")
                                                  .arg(ThemeColors::dimmedText(palette()).name(), label));
    }
    m_steps->setText(steps.join(QStringLiteral(" → ")));
    m_rules->clear();
    const QIcon blocker = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const UnmetRule& rule : std::as_const(m_snapshot.unmet)) {
        auto* item = new QListWidgetItem(rule.blocker ? blocker : warning, LifecycleRules::displayText(rule), m_rules);
        item->setToolTip(LifecycleRules::toolTip(rule));
    }
    const QString next = WorkbenchLabels::lifecycle(m_snapshot.next);
    if (m_snapshot.next.isEmpty())
        m_summary->setText(engagement
                               ? tr("The engagement is signed: the report is the record and can no longer change.")
                               : tr("The audit is signed: the report is the record and can no longer change."));
    else if (m_snapshot.unmet.isEmpty())
        m_summary->setText(engagement ? tr("Every rule for %1 holds; the engagement can advance.").arg(next)
                                      : tr("Every rule for %1 holds; the audit can advance.").arg(next));
    else
        m_summary->setText(tr("Before %1 — blockers: %2, warnings: %3. Double-click one to fix it.")
                               .arg(next)
                               .arg(m_snapshot.blockers)
                               .arg(m_snapshot.unmet.size() - m_snapshot.blockers));
    m_rules->setVisible(!m_snapshot.unmet.isEmpty());
    m_advance->setEnabled(!m_snapshot.next.isEmpty());
    m_advance->setText(m_snapshot.next.isEmpty() ? tr("&Advance…") : tr("&Advance to %1…").arg(next));
}

} // namespace isoaudit
