// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/WelcomePage.h"

#include "mainwindow/RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace isoaudit {

WelcomePage::WelcomePage(RecentFiles* recent, QWidget* parent)
    : QWidget(parent)
    , m_recent(recent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QVBoxLayout;
    auto* title = new QLabel(tr("<h1>IsoAudit</h1><p>The workbench for ISO/IEC 27001 certification audits and SOC 2 "
                                "examinations. Open an audit file, start a new one, or try a demo.</p>"),
                             this);
    title->setWordWrap(true);
    column->addWidget(title);
    auto* buttons = new QHBoxLayout;
    auto* newButton = new QPushButton(tr("&New Audit…"), this);
    newButton->setObjectName(QStringLiteral("welcomeNewButton"));
    auto* openButton = new QPushButton(tr("&Open…"), this);
    openButton->setObjectName(QStringLiteral("welcomeOpenButton"));
    auto* demoButton = new QPushButton(tr("Open &Demo Audit"), this);
    demoButton->setObjectName(QStringLiteral("welcomeDemoButton"));
    demoButton->setToolTip(tr("A complete example audit: risks, interviews, evidence and findings"));
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    auto* soc2DemoButton = new QPushButton(tr("SOC &2 Demo"), this);
    soc2DemoButton->setObjectName(QStringLiteral("welcomeSoc2DemoButton"));
    soc2DemoButton->setToolTip(
        tr("A complete example SOC 2 Type 2 engagement: controls, populations, samples and exceptions"));
    buttons->addWidget(demoButton);
    buttons->addWidget(soc2DemoButton);
    buttons->addStretch(1);
    column->addLayout(buttons);
    auto* recentLabel = new QLabel(tr("&Recent audits:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("welcomeRecentList"));
    m_list->setAccessibleName(tr("Recent audits"));
    m_list->setMaximumHeight(200);
    recentLabel->setBuddy(m_list);
    column->addSpacing(12);
    column->addWidget(recentLabel);
    column->addWidget(m_list);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 3);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newAuditRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(soc2DemoButton, &QPushButton::clicked, this, &WelcomePage::soc2DemoRequested);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
    connect(recent, &RecentFiles::changed, this, &WelcomePage::reload);
    reload();
}

void WelcomePage::reload()
{
    m_list->clear();
    for (const QString& path : m_recent->files()) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2").arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
            m_list);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (m_list->count() == 0) {
        auto* none = new QListWidgetItem(tr("No recent audits"), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace isoaudit
