// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/AuditStatusBar.h"

#include "document/AuditDocument.h"
#include "widgets/ThemeColors.h"
#include "workbench/WorkbenchLabels.h"

#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

#include <algorithm>

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
    m_repository = new QLabel(this);
    m_repository->setObjectName(QStringLiteral("repositoryLabel"));
    m_repository->setContentsMargins(0, 0, 12, 0); // apart from the lifecycle state beside it
    addPermanentWidget(m_repository);
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
    m_repository->setVisible(open);
    // Messages name the open file by its name only; the full path is here.
    setToolTip(open ? QDir::toNativeSeparators(m_document->path()) : QString());
    if (!open) {
        m_snapshot = {};
        return;
    }
    QString repositoryTip;
    m_repository->setText(repositoryText(m_document->store(), &repositoryTip));
    m_repository->setToolTip(repositoryTip);
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

QString AuditStatusBar::repositoryText(const AuditStore& store, QString* toolTip)
{
    const auto link = store.repositoryLink();
    if (!link || !link.value()) {
        if (toolTip)
            *toolTip = tr("This audit is a file on this computer only. File ▸ Repository ▸ Push stores it in the "
                          "certification body's repository.");
        return tr("Not in the repository");
    }
    // Counted from the file alone: the trail entries after the one the file and the server last agreed on (the
    // trail's last number, one query; the entries themselves are not read on a status refresh).
    const auto length = store.trailLength();
    const qint64 pending = length ? std::max<qint64>(0, length.value() - link.value()->syncedSeq) : 0;
    if (toolTip) {
        const QDateTime at = QDateTime::fromString(link.value()->syncedAt, Qt::ISODateWithMs);
        *toolTip = tr("Repository: %1\nLast pushed or pulled: %2. The server may hold newer changes: "
                      "File ▸ Repository ▸ Pull brings them.")
                       .arg(link.value()->server,
                            at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                                         : link.value()->syncedAt);
    }
    // From the file alone the status bar knows what this file has not sent, not what the server has received from
    // others since: "all pushed", never "in sync".
    if (pending == 0)
        return tr("All changes pushed");
    return pending == 1 ? tr("%n change not yet pushed", nullptr, 1)
                        : tr("%n changes not yet pushed", nullptr, int(pending));
}

} // namespace isoaudit
