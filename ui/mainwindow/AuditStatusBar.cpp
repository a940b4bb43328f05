// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/AuditStatusBar.h"

#include "document/AuditDocument.h"
#include "workbench/WorkbenchLabels.h"
#include "widgets/ThemeColors.h"

#include <QDir>
#include <QLabel>
#include <QToolButton>

namespace isoaudit {

AuditStatusBar::AuditStatusBar(QWidget* parent)
    : QStatusBar(parent)
{
    setObjectName(QStringLiteral("auditStatusBar"));
    m_lifecycle = new QLabel(this);
    m_lifecycle->setObjectName(QStringLiteral("lifecycleLabel"));
    m_lifecycle->setToolTip(tr("Lifecycle state of the audit: planning → fieldwork → reporting → signed"));
    m_rules = new QToolButton(this);
    m_rules->setObjectName(QStringLiteral("unmetRulesButton"));
    m_rules->setAutoRaise(true);
    m_rules->setToolTip(tr("Rules that must hold before the audit can move on; click to see them"));
    m_rules->setAccessibleName(tr("Unmet rules for the next lifecycle step"));
    connect(m_rules, &QToolButton::clicked, this, &AuditStatusBar::unmetRulesClicked);
    m_readOnly = new QLabel(tr("Read-only"), this);
    m_readOnly->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnly->setToolTip(tr("This audit file was opened read-only; edits are not possible"));
    m_readOnly->setStyleSheet(ThemeColors::badgeStyleSheet(ThemeColors::readOnlyBadge(palette()),
                                                           QStringLiteral("padding: 1px 6px; border-radius: 3px;")));
    addPermanentWidget(m_lifecycle);
    addPermanentWidget(m_rules);
    addPermanentWidget(m_readOnly);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(150);
    connect(&m_refreshTimer, &QTimer::timeout, this, &AuditStatusBar::refresh);
    setDocument(nullptr);
}

void AuditStatusBar::setDocument(AuditDocument* document)
{
    if (m_document)
        disconnect(&m_document->store(), nullptr, this, nullptr);
    m_document = document;
    if (document) {
        AuditStore* store = &document->store();
        connect(store, &AuditStore::recordChanged, this, &AuditStatusBar::scheduleRefresh);
        connect(store, &AuditStore::recordInserted, this, &AuditStatusBar::scheduleRefresh);
        connect(store, &AuditStore::recordRemoved, this, &AuditStatusBar::scheduleRefresh);
        connect(store, &AuditStore::linksChanged, this, &AuditStatusBar::scheduleRefresh);
    }
    refresh();
}

void AuditStatusBar::scheduleRefresh()
{
    m_refreshTimer.start();
}

void AuditStatusBar::refresh()
{
    m_refreshTimer.stop();
    const bool open = !m_document.isNull();
    m_lifecycle->setVisible(open);
    m_rules->setVisible(open);
    m_readOnly->setVisible(open && m_document->isReadOnly());
    // Messages name the open file by its name only; the full path is here.
    setToolTip(open ? QDir::toNativeSeparators(m_document->path()) : QString());
    if (!open) {
        m_snapshot = {};
        return;
    }
    m_snapshot = LifecycleRules::evaluate(m_document->store());
    m_lifecycle->setText(tr("State: %1").arg(WorkbenchLabels::lifecycle(m_snapshot.state)));
    if (m_snapshot.next.isEmpty()) {
        m_rules->setText(tr("Signed — the record is final"));
        m_rules->setEnabled(false);
    } else if (m_snapshot.unmet.isEmpty()) {
        m_rules->setText(tr("Ready for %1").arg(WorkbenchLabels::lifecycle(m_snapshot.next)));
        m_rules->setEnabled(true);
    } else {
        m_rules->setText(
            tr("Unmet rules for %1: %2").arg(WorkbenchLabels::lifecycle(m_snapshot.next)).arg(m_snapshot.unmet.size()));
        m_rules->setEnabled(true);
    }
}

} // namespace isoaudit
