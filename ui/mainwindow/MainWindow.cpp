// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/MainWindow.h"

#include "dialogs/HistoryDialog.h"
#include "dialogs/NextAuditDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "document/AuditDocument.h"
#include "mainwindow/AuditStatusBar.h"
#include "mainwindow/BackupController.h"
#include "mainwindow/DocumentController.h"
#include "mainwindow/MainMenus.h"
#include "mainwindow/MessageBoxHook.h"
#include "mainwindow/RecentFiles.h"
#include "mainwindow/RepositoryController.h"
#include "mainwindow/TeamController.h"
#include "mainwindow/UnmetRulesDialog.h"
#include "mainwindow/WelcomePage.h"
#include "panes/clauses/ClausesPane.h"
#include "panes/controls/ControlsPane.h"
#include "panes/engagement/EngagementPane.h"
#include "panes/evidence/EvidencePane.h"
#include "panes/exceptions/ExceptionsPane.h"
#include "panes/findings/FindingsPane.h"
#include "panes/interviews/InterviewsPane.h"
#include "panes/overview/OverviewPane.h"
#include "panes/overview/Soc2OverviewPane.h"
#include "panes/plan/AuditPlanPane.h"
#include "panes/report/ReportPane.h"
#include "panes/risks/RiskPane.h"
#include "panes/soa/SoaPane.h"
#include "panes/testing/TestingPane.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QUndoGroup>

namespace isoaudit {

namespace {
QString paneKeyFor(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Audit:
    case RecordKind::Site:
    case RecordKind::TeamMember:
    case RecordKind::Programme:
    case RecordKind::ProgrammeAudit:
        return QStringLiteral("overview");
    case RecordKind::Meeting:
        return QStringLiteral("plan");
    case RecordKind::CarriedFinding:
        return QStringLiteral("findings");
    case RecordKind::ClauseAssessment:
        return QStringLiteral("clauses");
    case RecordKind::SoaEntry:
        return QStringLiteral("soa");
    case RecordKind::RiskMethod:
    case RecordKind::Risk:
        return QStringLiteral("risks");
    case RecordKind::Interview:
        return QStringLiteral("interviews");
    case RecordKind::Evidence:
    case RecordKind::Attachment:
        return QStringLiteral("evidence");
    case RecordKind::Finding:
    case RecordKind::CorrectiveAction:
    case RecordKind::ActionStatusChange:
        return QStringLiteral("findings");
    case RecordKind::CrosscheckDismissal:
        return QStringLiteral("risks");
    case RecordKind::ReportRevision:
        return QStringLiteral("report");
    case RecordKind::Engagement:
    case RecordKind::Subservice:
    case RecordKind::UserEntityControl:
        return QStringLiteral("engagement");
    case RecordKind::ServiceControl:
    case RecordKind::TestProcedure:
    case RecordKind::Population:
    case RecordKind::Sample:
    case RecordKind::SampleItem:
        return QStringLiteral("testing");
    case RecordKind::ControlException:
        return QStringLiteral("exceptions");
    }
    return QStringLiteral("overview");
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_undoGroup = new QUndoGroup(this);
    m_controller = new DocumentController(this);
    m_team = new TeamController(this, m_controller);
    m_repository = new RepositoryController(this, m_controller, m_team);
    m_recent = new RecentFiles(this);
    m_menus = new MainMenus(this, m_undoGroup);
    m_recent->attachMenu(m_menus->openRecent);
    m_statusBar = new AuditStatusBar(this);
    setStatusBar(m_statusBar);

    m_outerStack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_recent, m_outerStack);
    m_splitter = new QSplitter(Qt::Horizontal, m_outerStack);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigation = new QListWidget(m_splitter);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Pages of the audit"));
    m_navigation->setToolTip(tr("Pages of the audit (Ctrl+1 … Ctrl+9)"));
    m_navigation->setSpacing(1);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigationList::item { padding: 6px 8px; }"));
    m_paneStack = new QStackedWidget(m_splitter);
    m_paneStack->setObjectName(QStringLiteral("paneStack"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_paneStack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_outerStack->addWidget(m_welcome);
    m_outerStack->addWidget(m_splitter);
    setCentralWidget(m_outerStack);

    createPanes();
    showPageSet(false);
    const int navigationWidth = m_navigation->sizeHintForColumn(0) + 4 * m_navigation->frameWidth() + 24;
    m_navigation->setMinimumWidth(std::min(navigationWidth, 260));
    m_splitter->setSizes({navigationWidth, 1000});
    connectActions();
    documentChanged(nullptr);
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // Panes must let go of the document before the controller (a child, destroyed later) deletes it.
    for (const PageEntry& page : std::as_const(m_pages))
        page.pane->setDocument(nullptr);
}

void MainWindow::addPane(const QString& key, Pane* pane, unsigned sets)
{
    pane->setObjectName((sets == Soc2Pages && key == QLatin1String("overview") ? QStringLiteral("soc2Overview") : key)
                        + QStringLiteral("Pane"));
    m_pages.append({key, pane, sets});
    m_paneStack->addWidget(pane);
    connect(pane, &Pane::navigateTo, this, &MainWindow::navigateTo);
    connect(pane, &Pane::statusMessage, this,
            [this](const QString& message) { m_statusBar->showMessage(message, 8000); });
}

void MainWindow::createPanes()
{
    addPane(QStringLiteral("overview"), new OverviewPane, IsoPages);
    addPane(QStringLiteral("overview"), new Soc2OverviewPane, Soc2Pages);
    addPane(QStringLiteral("plan"), new AuditPlanPane, IsoPages);
    addPane(QStringLiteral("engagement"), new EngagementPane, Soc2Pages);
    addPane(QStringLiteral("clauses"), new ClausesPane, IsoPages);
    auto* controls = new ControlsPane;
    controls->setConfirmation([this](const QString& question) {
        return MessageBoxHook::question(this, tr("Delete Control"), question, QMessageBox::Yes | QMessageBox::No,
                                        QMessageBox::No)
            == QMessageBox::Yes;
    });
    addPane(QStringLiteral("controls"), controls, Soc2Pages);
    addPane(QStringLiteral("soa"), new SoaPane, IsoPages);
    addPane(QStringLiteral("testing"), new TestingPane, Soc2Pages);
    addPane(QStringLiteral("risks"), new RiskPane, IsoPages);
    addPane(QStringLiteral("interviews"), new InterviewsPane, IsoPages);
    addPane(QStringLiteral("evidence"), new EvidencePane, AllPages);
    addPane(QStringLiteral("findings"), new FindingsPane, IsoPages);
    addPane(QStringLiteral("exceptions"), new ExceptionsPane, Soc2Pages);
    addPane(QStringLiteral("report"), new ReportPane, AllPages);
    if (auto* overview = qobject_cast<OverviewPane*>(pane(QStringLiteral("overview")))) {
        connect(overview, &OverviewPane::advanceRequested, this, &MainWindow::showUnmetRules);
        connect(overview, &OverviewPane::ruleActivated, this, &MainWindow::activateRule);
    }
    for (const PageEntry& page : std::as_const(m_pages)) {
        if (auto* overview = qobject_cast<Soc2OverviewPane*>(page.pane)) {
            connect(overview, &Soc2OverviewPane::advanceRequested, this, &MainWindow::showUnmetRules);
            connect(overview, &Soc2OverviewPane::ruleActivated, this, &MainWindow::activateRule);
            connect(overview, &Soc2OverviewPane::pageRequested, this, &MainWindow::showPane);
        }
    }
}

void MainWindow::showPageSet(bool soc2)
{
    if (m_pageSetShown && soc2 == m_soc2)
        return;
    // Each framework comes back on the page it was left on.
    if (m_pageSetShown)
        m_lastPage[m_soc2 ? 1 : 0] = currentPaneKey();
    const QString remembered = m_lastPage[soc2 ? 1 : 0];
    const QString current = remembered.isEmpty() ? currentPaneKey() : remembered;
    m_pageSetShown = true;
    m_soc2 = soc2;
    m_keys.clear();
    m_panes.clear();
    const unsigned set = soc2 ? Soc2Pages : IsoPages;
    for (const PageEntry& page : std::as_const(m_pages)) {
        if (page.sets & set) {
            m_keys << page.key;
            m_panes << page.pane;
        }
    }
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->clear();
        for (int i = 0; i < m_panes.size(); ++i) {
            auto* item = new QListWidgetItem(m_panes.at(i)->title(), m_navigation);
            item->setToolTip(i < 9 ? tr("%1 (Ctrl+%2)").arg(m_panes.at(i)->title()).arg(i + 1)
                                   : m_panes.at(i)->title());
        }
    }
    QStringList titles;
    for (Pane* pane : std::as_const(m_panes))
        titles << pane->title();
    m_menus->setPaneActions(titles);
    m_menus->setDocumentOpen(m_controller->document() != nullptr);
    const int index = std::max(int(m_keys.indexOf(current)), 0);
    m_navigation->setCurrentRow(index);
    if (index < m_panes.size())
        m_paneStack->setCurrentWidget(m_panes.at(index));
}

void MainWindow::connectActions()
{
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_panes.size())
            return;
        bindPane(m_panes.at(row));
        m_paneStack->setCurrentWidget(m_panes.at(row));
        if (row < m_menus->paneActions.size())
            m_menus->paneActions.at(row)->setChecked(true);
    });
    connect(m_menus, &MainMenus::paneRequested, this, [this](int index) {
        if (m_controller->document())
            m_navigation->setCurrentRow(index);
    });
    connect(m_controller, &DocumentController::documentChanged, this, &MainWindow::documentChanged);
    connect(m_controller, &DocumentController::fileOpened, m_recent, &RecentFiles::add);
    connect(m_controller, &DocumentController::statusMessage, this,
            [this](const QString& message) { m_statusBar->showMessage(message, 8000); });
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString& path) { openFile(path); });
    connect(m_welcome, &WelcomePage::newAuditRequested, m_controller, &DocumentController::newAudit);
    connect(m_welcome, &WelcomePage::openRequested, m_controller, &DocumentController::openWithDialog);
    connect(m_welcome, &WelcomePage::demoRequested, m_controller, &DocumentController::openDemo);
    connect(m_welcome, &WelcomePage::soc2DemoRequested, m_controller, &DocumentController::openSoc2Demo);
    connect(m_welcome, &WelcomePage::recentRequested, this, [this](const QString& path) { openFile(path); });
    connect(m_menus->newAudit, &QAction::triggered, m_controller, &DocumentController::newAudit);
    connect(m_menus->newAuditFromThis, &QAction::triggered, this, &MainWindow::newAuditFromThis);
    connect(m_menus->open, &QAction::triggered, m_controller, &DocumentController::openWithDialog);
    connect(m_menus->saveCopyAs, &QAction::triggered, m_controller, &DocumentController::saveCopyAs);
    connect(m_menus->exportPackage, &QAction::triggered, m_controller, &DocumentController::exportPackage);
    connect(m_menus->importPackage, &QAction::triggered, m_controller, &DocumentController::importPackage);
    connect(m_menus->exportEncryptedPackage, &QAction::triggered, m_controller,
            &DocumentController::exportEncryptedPackage);
    connect(m_menus->restoreBackup, &QAction::triggered, this,
            [this] { m_controller->backups()->restoreWithDialog(this); });
    connect(m_menus->giveCopy, &QAction::triggered, m_team, qOverload<>(&TeamController::giveCopy));
    connect(m_menus->mergeCopy, &QAction::triggered, m_team, qOverload<>(&TeamController::mergeCopy));
    connect(m_menus->repositoryOpen, &QAction::triggered, m_repository, &RepositoryController::openFromRepository);
    connect(m_menus->repositoryPush, &QAction::triggered, m_repository, &RepositoryController::push);
    connect(m_menus->repositoryPull, &QAction::triggered, m_repository, &RepositoryController::pull);
    const auto showMessage = [this](const QString& message) {
        if (message.isEmpty())
            m_statusBar->clearMessage();
        else
            m_statusBar->showMessage(message, 8000);
    };
    connect(m_team, &TeamController::statusMessage, this, showMessage);
    connect(m_repository, &RepositoryController::statusMessage, this, showMessage);
    connect(m_menus->preferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(this);
        connect(&dialog, &PreferencesDialog::applied, m_controller, &DocumentController::applyPreferences);
        dialog.exec();
    });
    connect(m_menus->history, &QAction::triggered, this, [this] {
        // Panes have no "selected record" API yet: the whole audit's trail, filterable.
        HistoryDialog::show(m_controller->document(), RecordKind::Audit, QString(), this);
    });
    connect(m_menus->close, &QAction::triggered, this, &MainWindow::closeAudit);
    connect(m_menus->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_menus->find, &QAction::triggered, this, [this] {
        if (Pane* pane = currentPane())
            pane->find();
    });
    connect(m_menus->nextRules, &QAction::triggered, this, &MainWindow::showUnmetRules);
    connect(m_menus->fullScreen, &QAction::triggered, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    connect(m_menus->openDemo, &QAction::triggered, m_controller, &DocumentController::openDemo);
    connect(m_menus->openSoc2Demo, &QAction::triggered, m_controller, &DocumentController::openSoc2Demo);
    connect(m_menus->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_statusBar, &AuditStatusBar::unmetRulesClicked, this, &MainWindow::showUnmetRules);
}

bool MainWindow::openFile(const QString& path, AuditDatabase::Mode mode)
{
    return m_controller->open(path, mode);
}

void MainWindow::closeAudit()
{
    m_controller->close();
}

AuditDocument* MainWindow::document() const
{
    return m_controller->document();
}

void MainWindow::bindPane(Pane* pane) const
{
    AuditDocument* document = m_controller->document();
    const auto bound = m_boundDocuments.constFind(pane);
    if (bound != m_boundDocuments.cend() && bound.value() == document)
        return;
    m_boundDocuments.insert(pane, document);
    pane->setDocument(document);
}

void MainWindow::documentChanged(AuditDocument* document)
{
    // The pages of the audit's framework: a SOC 2 engagement's, or an ISO/IEC 27001 audit's.
    showPageSet(document && document->isEngagement());
    // Only the visible pane loads the audit now; the others when they are first shown (bindPane), so the window
    // paints without building every page's models. A pane still holding a closing document lets go of it at once.
    Pane* visible = document ? currentPane() : nullptr;
    for (const PageEntry& page : std::as_const(m_pages)) {
        Pane* pane = page.pane;
        if (pane == visible) {
            bindPane(pane);
        } else if (!m_boundDocuments.contains(pane) || m_boundDocuments.value(pane)) {
            m_boundDocuments.insert(pane, nullptr);
            pane->setDocument(nullptr);
        }
    }
    m_statusBar->setDocument(document);
    if (document) {
        m_undoGroup->addStack(document->undoStack());
        m_undoGroup->setActiveStack(document->undoStack());
        connect(&document->store(), &AuditStore::recordChanged, this,
                [this](RecordKind kind, const QString&, const QString& column) {
                    if (kind == RecordKind::Audit && column == QLatin1String("client"))
                        updateTitle();
                });
        connect(document, &AuditDocument::editFailed, this,
                [this](const QString& message) { MessageBoxHook::warning(this, tr("Undo Not Possible"), message); });
        if (m_navigation->currentRow() < 0)
            m_navigation->setCurrentRow(0);
    }
    m_outerStack->setCurrentWidget(document ? static_cast<QWidget*>(m_splitter) : m_welcome);
    m_menus->setDocumentOpen(document != nullptr);
    // Only an ISO/IEC 27001 audit belongs to a certification cycle.
    bool iso = false;
    if (document && !document->isEngagement()) {
        if (auto audit = document->store().audit())
            iso = audit->text(QStringLiteral("frameworks")).contains(QLatin1String("iso27001"));
    }
    m_menus->newAuditFromThis->setEnabled(iso);
    updateTitle();
}

void MainWindow::newAuditFromThis()
{
    AuditDocument* document = m_controller->document();
    if (!document)
        return;
    auto snapshot = AuditSnapshot::load(document->store());
    if (!snapshot) {
        MessageBoxHook::critical(this, tr("Cannot Start the Next Audit"), snapshot.error());
        return;
    }
    NextAuditDialog dialog(snapshot.value(), document->path(), m_controller->lastDirectory(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_controller->open(dialog.createdPath()))
        return;
    MessageBoxHook::information(
        this, tr("Next Audit Created"),
        tr("%1 was created from the last audit:\n\n%2")
            .arg(QDir::toNativeSeparators(dialog.createdPath()), dialog.summary().join(QLatin1Char('\n'))));
}

void MainWindow::updateTitle()
{
    AuditDocument* document = m_controller->document();
    if (!document) {
        setWindowTitle(tr("IsoAudit"));
        return;
    }
    const auto audit = document->store().audit();
    const QString client = audit ? audit->text(QStringLiteral("client")) : QString();
    QString title = tr("%1 — %2 — IsoAudit")
                        .arg(client.isEmpty() ? tr("(no client)") : client, QFileInfo(document->path()).fileName());
    if (document->isReadOnly())
        title += tr(" [read-only]");
    setWindowTitle(title);
}

QStringList MainWindow::paneKeys() const
{
    return m_keys;
}

Pane* MainWindow::pane(const QString& key) const
{
    Pane* found = nullptr;
    if (const int index = int(m_keys.indexOf(key)); index >= 0) {
        found = m_panes.at(index);
        bindPane(found); // whoever asks for a shown page gets it with the open audit loaded
        return found;
    }
    for (const PageEntry& page : m_pages) {
        if (page.key == key)
            return page.pane; // another framework's page: not given this audit
    }
    return nullptr;
}

Pane* MainWindow::currentPane() const
{
    return qobject_cast<Pane*>(m_paneStack->currentWidget());
}

QString MainWindow::currentPaneKey() const
{
    const int index = int(m_panes.indexOf(currentPane()));
    return index < 0 ? QString() : m_keys.value(index);
}

bool MainWindow::showPane(const QString& key)
{
    const int index = int(m_keys.indexOf(key));
    if (index < 0 || !m_controller->document())
        return false;
    m_navigation->setCurrentRow(index);
    return true;
}

void MainWindow::navigateTo(RecordKind kind, const QString& uuidOrId)
{
    const QString key = paneKeyFor(kind);
    if (!showPane(key)) {
        m_statusBar->showMessage(tr("There is no page for this record in this build."), 8000);
        return;
    }
    if (!uuidOrId.isEmpty())
        pane(key)->showRecord(kind, uuidOrId);
}

void MainWindow::showUnmetRules()
{
    if (!m_controller->document())
        return;
    UnmetRulesDialog dialog(m_controller->document(), this);
    connect(&dialog, &UnmetRulesDialog::ruleActivated, this, &MainWindow::activateRule);
    connect(&dialog, &UnmetRulesDialog::statusMessage, this,
            [this](const QString& message) { m_statusBar->showMessage(message, 8000); });
    dialog.exec();
    m_statusBar->refresh();
}

void MainWindow::activateRule(const UnmetRule& rule)
{
    const QString key = m_keys.contains(rule.paneKey) ? rule.paneKey : paneKeyFor(rule.kind);
    if (!showPane(key))
        return;
    if (!rule.target.isEmpty())
        pane(key)->showRecord(rule.kind, rule.target);
}

void MainWindow::showAbout()
{
    MessageBoxHook::information(
        this, tr("About IsoAudit"),
        tr("IsoAudit %1\n\nA desktop workbench for ISO/IEC 27001:2022 lead auditors: plan, assess clauses 4–10 and "
           "the Statement of Applicability, review the client's risks, record interviews and evidence, grade "
           "findings and sign the report — offline, one file per audit.\n\nFor SOC 2 service auditors: map the "
           "control matrix to the Trust Services Criteria, test populations and samples, assess exceptions, form "
           "the opinion and sign the service auditor's report.\n\nLicensed under the GNU GPL v3 or later.")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
        resize(std::min(1280, available.width() * 19 / 20), std::min(800, available.height() * 9 / 10));
    }
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    const int index = int(m_keys.indexOf(settings.value(QStringLiteral("pane")).toString()));
    m_navigation->setCurrentRow(std::max(index, 0));
    m_lastPage[1] = settings.value(QStringLiteral("soc2Pane")).toString();
    settings.endGroup();
    settings.beginGroup(QStringLiteral("panes"));
    for (const PageEntry& page : std::as_const(m_pages)) {
        const QByteArray state = settings.value(page.stateKey()).toByteArray();
        if (!state.isEmpty())
            page.pane->restoreState(state);
    }
    settings.endGroup();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    // The page last shown of each framework's pages.
    settings.setValue(QStringLiteral("pane"), m_soc2 ? m_lastPage[0] : currentPaneKey());
    settings.setValue(QStringLiteral("soc2Pane"), m_soc2 ? currentPaneKey() : m_lastPage[1]);
    settings.endGroup();
    settings.beginGroup(QStringLiteral("panes"));
    for (const PageEntry& page : std::as_const(m_pages))
        settings.setValue(page.stateKey(), page.pane->saveState());
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    m_controller->close(); // every edit is already committed; closing only releases the file
    event->accept();
}

QStringList MainWindow::droppedAudits(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".isoaudit"), Qt::CaseInsensitive))
            paths << url.toLocalFile();
    }
    return paths;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedAudits(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = droppedAudits(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(paths.first());
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::WindowStateChange)
        m_menus->fullScreen->setChecked(windowState() & Qt::WindowFullScreen);
    QMainWindow::changeEvent(event);
}

} // namespace isoaudit
