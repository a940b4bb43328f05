// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QUndoGroup;

namespace isoaudit {

/// The main window's menu bar and its actions, with the platform's standard shortcuts (QKeySequence::StandardKey).
/// It only builds and enables actions; MainWindow connects them to the work.
class MainMenus : public QObject
{
    Q_OBJECT

public:
    MainMenus(QMainWindow* window, QUndoGroup* undoGroup);

    /// One View action per page shown, Ctrl+1..9, in navigation order; replaces the actions of the last call.
    void setPaneActions(const QStringList& titles);
    /// Enables what needs an open audit (undo/redo follow the undo stack).
    void setDocumentOpen(bool open);

    QAction* newAudit = nullptr;
    QAction* newAuditFromThis = nullptr; ///< the next audit of the cycle; MainWindow enables it for ISO audits
    QAction* open = nullptr;
    QMenu* openRecent = nullptr;
    QAction* saveCopyAs = nullptr;
    QAction* exportPackage = nullptr;
    QAction* exportEncryptedPackage = nullptr;
    QAction* importPackage = nullptr;
    QAction* restoreBackup = nullptr;
    QAction* giveCopy = nullptr; ///< Give a Copy to a Team Member… (TeamController)
    QAction* mergeCopy = nullptr; ///< Merge a Team Member's Copy…
    QMenu* repository = nullptr;
    QAction* repositoryOpen = nullptr; ///< Repository ▸ Open… (RepositoryController)
    QAction* repositoryPush = nullptr;
    QAction* repositoryPull = nullptr;
    QAction* close = nullptr;
    QAction* quit = nullptr;
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* find = nullptr;
    QAction* history = nullptr;
    QAction* preferences = nullptr;
    QAction* nextRules = nullptr;
    QAction* fullScreen = nullptr;
    QAction* openDemo = nullptr;
    QAction* openSoc2Demo = nullptr;
    QAction* about = nullptr;
    QList<QAction*> paneActions;

signals:
    void paneRequested(int index);

private:
    QMainWindow* m_window;
    QMenu* m_viewMenu = nullptr;
    QAction* m_paneSeparator = nullptr;
    QActionGroup* m_paneGroup = nullptr;
};

} // namespace isoaudit
