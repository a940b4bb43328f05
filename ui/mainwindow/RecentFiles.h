// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace isoaudit {

/// The File > Open Recent list: the last eight audits opened, newest first, kept in QSettings. Files that no
/// longer exist are dropped whenever the list is read, so the menu never offers a dead entry.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int maximum = 8;

    explicit RecentFiles(QObject* parent = nullptr);

    QStringList files() const;
    void add(const QString& path);
    void remove(const QString& path);
    void clear();
    /// Keeps `menu` in step with the list: one action per file, then "Clear Menu".
    void attachMenu(QMenu* menu);

signals:
    void openRequested(const QString& path);
    void changed();

private:
    void store(const QStringList& files);
    void rebuildMenu();

    QMenu* m_menu = nullptr;
};

} // namespace isoaudit
