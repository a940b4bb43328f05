// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;

namespace isoaudit {

class RecentFiles;

/// What the window shows when no audit is open: create, open, try the demo, or pick a recent audit.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    WelcomePage(RecentFiles* recent, QWidget* parent = nullptr);

signals:
    void newAuditRequested();
    void openRequested();
    void demoRequested();
    void soc2DemoRequested();
    void recentRequested(const QString& path);

private:
    void reload();

    RecentFiles* m_recent;
    QListWidget* m_list = nullptr;
};

} // namespace isoaudit
