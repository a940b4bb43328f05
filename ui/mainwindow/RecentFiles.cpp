// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace isoaudit {

namespace {
const auto settingsKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject* parent)
    : QObject(parent)
{
}

QStringList RecentFiles::files() const
{
    const QStringList stored = QSettings().value(settingsKey).toStringList();
    QStringList existing;
    for (const QString& path : stored) {
        if (QFileInfo::exists(path) && !existing.contains(path))
            existing << path;
    }
    return existing.mid(0, maximum);
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, maximum));
}

void RecentFiles::remove(const QString& path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList& files)
{
    QSettings().setValue(settingsKey, files);
    rebuildMenu();
    emit changed();
}

void RecentFiles::attachMenu(QMenu* menu)
{
    m_menu = menu;
    // Rebuilt on show as well, so a file deleted meanwhile disappears from the menu.
    connect(menu, &QMenu::aboutToShow, this, &RecentFiles::rebuildMenu);
    rebuildMenu();
}

void RecentFiles::rebuildMenu()
{
    if (!m_menu)
        return;
    // Not QMenu::clear(): the action being triggered may be the one that asked for the rebuild.
    const auto old = m_menu->actions();
    for (QAction* action : old) {
        m_menu->removeAction(action);
        action->deleteLater();
    }
    const QStringList list = files();
    int number = 1;
    for (const QString& path : list) {
        const QString label = tr("&%1 %2").arg(number++).arg(QFileInfo(path).fileName());
        QAction* action = m_menu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (list.isEmpty()) {
        QAction* none = m_menu->addAction(tr("No recent audits"));
        none->setEnabled(false);
    }
    m_menu->addSeparator();
    QAction* clearAction = m_menu->addAction(tr("&Clear Menu"));
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
    m_menu->setEnabled(true);
}

} // namespace isoaudit
