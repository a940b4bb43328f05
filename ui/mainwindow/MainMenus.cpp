// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/MainMenus.h"

#include "dialogs/UserGuideDialog.h"

#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <QUndoGroup>

namespace isoaudit {

namespace {
QAction* makeAction(QObject* parent, const QString& text, const QString& objectName, const QString& statusTip,
                    const QKeySequence& shortcut = {})
{
    auto* action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setStatusTip(statusTip);
    action->setToolTip(statusTip);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

/// Names the shortcut in the tooltip, "Undo the last change (Ctrl+Z)"; `format` is the translated "%1 (%2)".
void showShortcutInToolTip(QAction* action, const QString& format)
{
    if (!action->shortcut().isEmpty())
        action->setToolTip(format.arg(action->toolTip(), action->shortcut().toString(QKeySequence::NativeText)));
}
} // namespace

MainMenus::MainMenus(QMainWindow* window, QUndoGroup* undoGroup)
    : QObject(window)
    , m_window(window)
{
    QMenuBar* bar = window->menuBar();

    QMenu* file = bar->addMenu(tr("&File"));
    newAudit = makeAction(this, tr("&New Audit…"), "newAuditAction", tr("Create a new audit file with a wizard"),
                          QKeySequence::New);
    newAuditFromThis = makeAction(this, tr("New Audit from &This One…"), "newAuditFromThisAction",
                                  tr("Start the next audit of the certification cycle from the open, signed audit"));
    open = makeAction(this, tr("&Open…"), "openAction", tr("Open an audit file"), QKeySequence::Open);
    openRecent = new QMenu(tr("Open &Recent"), window);
    openRecent->setObjectName(QStringLiteral("openRecentMenu"));
    saveCopyAs = makeAction(this, tr("Save a &Copy As…"), "saveCopyAsAction",
                            tr("Write a consistent copy of the open audit to another file"), QKeySequence::SaveAs);
    exportPackage = makeAction(this, tr("&Export Package…"), "exportPackageAction",
                               tr("Write the whole audit as a readable JSON audit package"));
    exportEncryptedPackage
        = makeAction(this, tr("Export &Encrypted Package…"), "exportEncryptedPackageAction",
                     tr("Write the audit package sealed with a passphrase, for mail or a USB stick"));
    importPackage = makeAction(this, tr("&Import Package…"), "importPackageAction",
                               tr("Create an audit file from a JSON audit package"));
    restoreBackup = makeAction(this, tr("&Restore from Backup…"), "restoreBackupAction",
                               tr("Go back to one of the audit's rolling backups (the current state is kept)"));
    giveCopy = makeAction(this, tr("&Give a Copy to a Team Member…"), "giveCopyAction",
                          tr("Write a copy of the audit for a team member to work on offline"));
    mergeCopy = makeAction(this, tr("&Merge a Team Member's Copy…"), "mergeCopyAction",
                           tr("Bring a team member's changes back into this audit, resolving any conflicts"));
    repository = new QMenu(tr("Re&pository"), window);
    repository->setObjectName(QStringLiteral("repositoryMenu"));
    repositoryOpen = makeAction(this, tr("&Open from the Repository…"), "repositoryOpenAction",
                                tr("Connect to the certification body's repository and check an audit out"));
    repositoryPush
        = makeAction(this, tr("&Push"), "repositoryPushAction", tr("Send this audit's changes to the repository"));
    repositoryPull = makeAction(this, tr("P&ull"), "repositoryPullAction",
                                tr("Bring the repository's newer version of this audit into the file"));
    repository->addAction(repositoryOpen);
    repository->addAction(repositoryPush);
    repository->addAction(repositoryPull);
    close = makeAction(this, tr("&Close"), "closeAction", tr("Close the open audit"), QKeySequence::Close);
    quit = makeAction(this, tr("&Quit"), "quitAction", tr("Quit IsoAudit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    file->addAction(newAudit);
    file->addAction(newAuditFromThis);
    file->addAction(open);
    file->addMenu(openRecent);
    file->addSeparator();
    file->addAction(saveCopyAs);
    file->addAction(exportPackage);
    file->addAction(exportEncryptedPackage);
    file->addAction(importPackage);
    file->addAction(restoreBackup);
    file->addSeparator();
    file->addAction(giveCopy);
    file->addAction(mergeCopy);
    file->addMenu(repository);
    file->addSeparator();
    file->addAction(close);
    file->addAction(quit);

    QMenu* edit = bar->addMenu(tr("&Edit"));
    undo = undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setToolTip(tr("Undo the last change"));
    redo = undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setToolTip(tr("Redo the change just undone"));
    find = makeAction(this, tr("&Find…"), "findAction", tr("Search or filter the current page"), QKeySequence::Find);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(find);
    history = makeAction(this, tr("&History…"), "historyAction",
                         tr("Show the audit trail: who changed what, when, old and new values"));
    edit->addAction(history);
    // Most Linux desktops have no standard Preferences key: Ctrl+, as in many Qt and GNOME applications. On macOS
    // the role moves the action to the application menu with Cmd+,.
    preferences = makeAction(this, tr("&Preferences…"), "preferencesAction",
                             tr("Your name, the certification body, report and backup settings, defaults for new "
                                "audits"),
                             QKeySequence::Preferences);
    if (preferences->shortcut().isEmpty())
        preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    edit->addSeparator();
    edit->addAction(preferences);

    m_viewMenu = bar->addMenu(tr("&View"));
    m_paneSeparator = m_viewMenu->addSeparator();
    nextRules = makeAction(this, tr("&Next Lifecycle Step…"), "nextRulesAction",
                           tr("Show the rules that must hold before the audit can move on"));
    fullScreen = makeAction(this, tr("&Full Screen"), "fullScreenAction", tr("Use the whole screen"),
                            QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    m_viewMenu->addAction(nextRules);
    m_viewMenu->addAction(fullScreen);

    QMenu* help = bar->addMenu(tr("&Help"));
    openDemo = makeAction(this, tr("Open &Demo Audit"), "openDemoAction",
                          tr("Open a complete example audit to try the workbench"));
    openSoc2Demo = makeAction(this, tr("Open SOC &2 Demo Engagement"), "openSoc2DemoAction",
                              tr("Open a complete example SOC 2 Type 2 engagement: controls, populations, samples "
                                 "and exceptions"));
    about = makeAction(this, tr("&About IsoAudit"), "aboutAction", tr("Version and licence"));
    about->setMenuRole(QAction::AboutRole);
    // The guide's viewer is all the menu needs, so the action lives here rather than in MainWindow.
    QAction* userGuide = makeAction(this, tr("&User Guide"), "userGuideAction",
                                    tr("Read the user guide: a Stage 2 audit from start to signed report"),
                                    QKeySequence::HelpContents);
    connect(userGuide, &QAction::triggered, this, [this] { UserGuideDialog::showGuide(m_window); });
    help->addAction(userGuide);
    window->addAction(userGuide);
    help->addAction(openDemo);
    help->addAction(openSoc2Demo);
    help->addSeparator();
    help->addAction(about);

    for (QAction* action : {newAudit, open, saveCopyAs, exportPackage, importPackage, restoreBackup, close, quit, undo,
                            redo, find, history, preferences, nextRules, fullScreen, openDemo, openSoc2Demo, about})
        window->addAction(action); // shortcuts work in full screen with the menu bar hidden
    // Tooltips name the shortcut (docs/style.md, "Accessibility"), for any toolbar or button showing an action.
    for (QAction* action : window->actions())
        showShortcutInToolTip(action, tr("%1 (%2)"));
}

void MainMenus::setPaneActions(const QStringList& titles)
{
    // The pages of the open audit's framework replace the last ones (ISO/IEC 27001 and SOC 2 have their own).
    for (QAction* action : std::as_const(paneActions)) {
        m_window->removeAction(action);
        delete action;
    }
    paneActions.clear();
    delete m_paneGroup;
    auto* group = new QActionGroup(this);
    m_paneGroup = group;
    group->setExclusive(true);
    for (int i = 0; i < titles.size(); ++i) {
        auto* action = makeAction(this, titles.at(i), QStringLiteral("paneAction%1").arg(i),
                                  tr("Show the %1 page").arg(titles.at(i)));
        action->setCheckable(true);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        showShortcutInToolTip(action, tr("%1 (%2)"));
        group->addAction(action);
        m_viewMenu->insertAction(m_paneSeparator, action);
        m_window->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { emit paneRequested(i); });
        paneActions.append(action);
    }
}

void MainMenus::setDocumentOpen(bool open)
{
    saveCopyAs->setEnabled(open);
    newAuditFromThis->setEnabled(open);
    exportPackage->setEnabled(open);
    exportEncryptedPackage->setEnabled(open);
    close->setEnabled(open);
    find->setEnabled(open);
    history->setEnabled(open);
    restoreBackup->setEnabled(open);
    nextRules->setEnabled(open);
    giveCopy->setEnabled(open);
    mergeCopy->setEnabled(open);
    repositoryPush->setEnabled(open);
    repositoryPull->setEnabled(open);
    for (QAction* action : paneActions)
        action->setEnabled(open);
}

} // namespace isoaudit
