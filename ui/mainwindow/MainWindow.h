// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordKind.h"
#include "storage/AuditDatabase.h"

#include <QHash>
#include <QMainWindow>

class QListWidget;
class QMimeData;
class QSplitter;
class QStackedWidget;
class QUndoGroup;

namespace isoaudit {

class AuditDocument;
class AuditStatusBar;
class DocumentController;
class MainMenus;
class Pane;
class RecentFiles;
class RepositoryController;
class TeamController;
class WelcomePage;
struct UnmetRule;

/// The auditor's workbench: a navigation list of pages beside a stack of Pane objects, the menus, and a status bar
/// with the lifecycle. The pages are those of the open audit's framework: for ISO/IEC 27001 Overview, Audit plan,
/// Clauses 4–10, SoA, Risks, Interviews, Evidence, Findings and Report; for a SOC 2 engagement Overview, Engagement,
/// Criteria & Controls, Testing, Exceptions & Opinion and Report. It owns one open audit at a time (through
/// DocumentController) and remembers its layout in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens an audit file (errors are shown in a message box; the current audit then stays open).
    bool openFile(const QString& path, AuditDatabase::Mode mode = AuditDatabase::Mode::ReadWrite);
    void closeAudit();
    AuditDocument* document() const;
    DocumentController* controller() const { return m_controller; }
    RecentFiles* recentFiles() const { return m_recent; }
    MainMenus* menus() const { return m_menus; }
    AuditStatusBar* auditStatusBar() const { return m_statusBar; }
    TeamController* team() const { return m_team; }
    RepositoryController* repository() const { return m_repository; }

    /// Stable keys of the pages shown, in navigation order ("overview", "plan", "clauses", "soa", ... for an ISO
    /// audit; "overview", "engagement", "controls", "testing", "exceptions", "report" for a SOC 2 engagement).
    QStringList paneKeys() const;
    /// Whether the pages shown are a SOC 2 engagement's.
    bool showsSoc2Pages() const { return m_soc2; }
    /// The page shown under `key`; when no shown page has it, the other framework's page of that key.
    Pane* pane(const QString& key) const;
    Pane* currentPane() const;
    QString currentPaneKey() const;
    /// Shows a pane by key; false if there is no such pane or no audit is open.
    bool showPane(const QString& key);
    /// Shows the pane that owns records of `kind` and asks it to reveal the record.
    void navigateTo(RecordKind kind, const QString& uuidOrId);
    void showUnmetRules();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum PageSet : unsigned { IsoPages = 1, Soc2Pages = 2, AllPages = 3 };
    struct PageEntry
    {
        QString key;
        Pane* pane = nullptr;
        unsigned sets = AllPages;
        QString stateKey() const { return sets == Soc2Pages ? QStringLiteral("soc2-") + key : key; }
    };

    void createPanes();
    void addPane(const QString& key, Pane* pane, unsigned sets);
    /// Shows the pages of one framework in the navigation list and the View menu (Ctrl+1 …), keeping the page
    /// of the same key when there is one.
    void showPageSet(bool soc2);
    void bindPane(Pane* pane) const;
    void connectActions();
    void documentChanged(AuditDocument* document);
    void updateTitle();
    void showAbout();
    /// File > New Audit from This One…: creates the next audit of the cycle and opens it like Open.
    void newAuditFromThis();
    void activateRule(const UnmetRule& rule);
    void restoreSettings();
    void saveSettings() const;
    static QStringList droppedAudits(const QMimeData* mime);

    QUndoGroup* m_undoGroup = nullptr;
    DocumentController* m_controller = nullptr;
    TeamController* m_team = nullptr;
    RepositoryController* m_repository = nullptr;
    RecentFiles* m_recent = nullptr;
    MainMenus* m_menus = nullptr;
    AuditStatusBar* m_statusBar = nullptr;
    QStackedWidget* m_outerStack = nullptr;
    WelcomePage* m_welcome = nullptr;
    QSplitter* m_splitter = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_paneStack = nullptr;
    QList<PageEntry> m_pages; ///< every page of both frameworks
    bool m_soc2 = false;
    bool m_pageSetShown = false;
    QString m_lastPage[2]; ///< the page each framework's pages were left on: ISO, SOC 2
    QStringList m_keys; ///< the pages shown
    QList<Pane*> m_panes;
    /// The document each pane was last given: a pane gets the open audit only when it is first shown or asked
    /// for (pane()), so opening a large audit loads the models of the visible page only.
    mutable QHash<Pane*, AuditDocument*> m_boundDocuments;
};

} // namespace isoaudit
