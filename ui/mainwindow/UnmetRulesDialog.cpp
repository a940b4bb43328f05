// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/UnmetRulesDialog.h"

#include "dialogs/SignReportDialog.h"

#include "document/AuditDocument.h"
#include "mainwindow/MessageBoxHook.h"
#include "workbench/WorkbenchLabels.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace isoaudit {

UnmetRulesDialog::UnmetRulesDialog(AuditDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("unmetRulesDialog"));
    setWindowTitle(tr("Next Lifecycle Step"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("unmetRulesListWidget"));
    m_list->setAccessibleName(tr("Unmet rules"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setToolTip(tr("Double-click or press Enter to go to the place that needs attention"));
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_show = buttons->addButton(tr("&Go to"), QDialogButtonBox::ActionRole);
    m_show->setToolTip(tr("Show the record this rule is about"));
    m_advance = buttons->addButton(tr("&Advance"), QDialogButtonBox::ApplyRole);
    m_advance->setObjectName(QStringLiteral("advanceButton"));
    m_reopen = buttons->addButton(tr("&Reopen…"), QDialogButtonBox::ApplyRole);
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    m_reopen->setToolTip(tr("Reopen the signed audit with a reason; the signed revision stays on record"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_show, &QPushButton::clicked, this, &UnmetRulesDialog::activateCurrent);
    connect(m_advance, &QPushButton::clicked, this, &UnmetRulesDialog::advance);
    connect(m_reopen, &QPushButton::clicked, this, &UnmetRulesDialog::reopen);
    connect(m_list, &QListWidget::itemActivated, this, &UnmetRulesDialog::activateCurrent);
    resize(720, 420);
    reload();
}

void UnmetRulesDialog::reload()
{
    m_list->clear();
    m_snapshot = m_document ? LifecycleRules::evaluate(m_document->store()) : LifecycleRules::Snapshot{};
    const QString state = WorkbenchLabels::lifecycle(m_snapshot.state);
    const QString next = WorkbenchLabels::lifecycle(m_snapshot.next);
    const bool engagement = m_document && m_document->isEngagement(); // an engagement, not an audit
    if (m_snapshot.next.isEmpty()) {
        m_summary->setText(engagement ? tr("The engagement is <b>%1</b>; it is the final state.").arg(state)
                                      : tr("The audit is <b>%1</b>; it is the final state.").arg(state));
    } else if (m_snapshot.unmet.isEmpty()) {
        m_summary->setText(engagement
                               ? tr("The engagement is in <b>%1</b>. Every rule for <b>%2</b> holds.").arg(state, next)
                               : tr("The audit is in <b>%1</b>. Every rule for <b>%2</b> holds.").arg(state, next));
    } else {
        m_summary->setText((engagement ? tr("The engagement is in <b>%1</b>. Before it can move to <b>%2</b> — "
                                            "blockers: %3, warnings: %4.")
                                       : tr("The audit is in <b>%1</b>. Before it can move to <b>%2</b> — blockers: "
                                            "%3, warnings: %4."))
                               .arg(state, next)
                               .arg(m_snapshot.blockers)
                               .arg(m_snapshot.unmet.size() - m_snapshot.blockers));
    }
    const QIcon blocker = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const UnmetRule& rule : m_snapshot.unmet) {
        auto* item = new QListWidgetItem(rule.blocker ? blocker : warning, LifecycleRules::displayText(rule), m_list);
        item->setToolTip(LifecycleRules::toolTip(rule));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_show->setEnabled(m_list->count() > 0);
    const bool canAdvance
        = m_document && !m_document->isReadOnly() && !m_snapshot.next.isEmpty() && m_snapshot.blockers == 0;
    m_advance->setEnabled(canAdvance);
    m_advance->setVisible(!m_snapshot.next.isEmpty());
    m_reopen->setVisible(m_snapshot.next.isEmpty() && !m_snapshot.state.isEmpty());
    m_reopen->setEnabled(m_document && !m_document->isReadOnly());
    m_advance->setText(m_snapshot.next.isEmpty() ? tr("&Advance") : tr("&Advance to %1").arg(next));
}

void UnmetRulesDialog::activateCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_snapshot.unmet.size())
        return;
    emit ruleActivated(m_snapshot.unmet.at(row));
    accept();
}

void UnmetRulesDialog::advance()
{
    if (!m_document)
        return;
    const QString next = m_snapshot.next;
    if (next == QLatin1String("signed")) {
        // An audit becomes signed only by signing its report (the PDF signature records the report's hash).
        SignReportDialog(m_document, SignReportDialog::Mode::Sign, this).exec();
        reload();
        return;
    }
    if (const Status done = LifecycleRules::advance(*m_document); !done) {
        MessageBoxHook::warning(this, tr("Cannot Advance"), done.error());
        reload();
        return;
    }
    emit statusMessage(tr("The audit moved to %1.").arg(WorkbenchLabels::lifecycle(next)));
    reload();
}

void UnmetRulesDialog::reopen()
{
    if (!m_document)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Reopen Signed Audit"),
        tr("Why is the signed audit reopened? The reason is kept with the signed revision."), QString(), &ok);
    if (!ok)
        return;
    if (const Status done = LifecycleRules::reopen(*m_document, reason); !done) {
        MessageBoxHook::warning(this, tr("Cannot Reopen"), done.error());
        return;
    }
    emit statusMessage(tr("The audit was reopened for a new report revision."));
    reload();
}

} // namespace isoaudit
