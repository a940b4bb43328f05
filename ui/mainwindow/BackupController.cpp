// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/BackupController.h"

#include "backup/BackupJob.h"
#include "backup/BackupManager.h"
#include "dialogs/RestoreBackupDialog.h"
#include "document/AuditDocument.h"
#include "mainwindow/DocumentController.h"
#include "mainwindow/MessageBoxHook.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QWidget>

namespace isoaudit {

BackupController::BackupController(DocumentController* documents)
    : QObject(documents)
    , m_documents(documents)
    , m_job(new BackupJob(this))
{
    m_timer.setObjectName(QStringLiteral("backupTimer"));
    connect(&m_timer, &QTimer::timeout, this, [this] { startBackup(); });
    connect(m_job, &BackupJob::finished, this, &BackupController::jobFinished);
    m_afterPaint.setSingleShot(true);
    m_afterPaint.setInterval(firstPaintWaitMs);
    connect(&m_afterPaint, &QTimer::timeout, this, &BackupController::startPendingBackup);
    connect(documents, &DocumentController::documentChanged, this, &BackupController::documentChanged);
}

QString BackupController::folder()
{
    return AppSettings::backupFolder();
}

void BackupController::reloadSettings()
{
    // The folder and the number kept are read at each backup; only a running timer holds on to its interval.
    if (m_timer.isActive())
        m_timer.start(AppSettings::backupIntervalMinutes() * 60 * 1000);
}

void BackupController::documentChanged(AuditDocument* document)
{
    // The controller announces the old document's end (nullptr) while it is still alive: back it up on close.
    if (m_document && m_document != document) {
        endRunningBackup();
        backupNow();
    }
    dropPendingBackup();
    m_timer.stop();
    m_document = document;
    m_changed = false;
    if (!document || document->isReadOnly())
        return;
    AuditStore& store = document->store();
    for (auto signal : {&AuditStore::recordInserted, &AuditStore::recordRemoved})
        connect(&store, signal, this, [this] { m_changed = true; });
    connect(&store, &AuditStore::recordChanged, this, [this] { m_changed = true; });
    connect(&store, &AuditStore::linksChanged, this, [this] { m_changed = true; });
    backupAfterFirstPaint();
    m_timer.start(AppSettings::backupIntervalMinutes() * 60 * 1000);
}

bool BackupController::backupNow(bool always)
{
    if (!m_document || m_document->isReadOnly() || (!always && !m_changed))
        return true;
    auto written = BackupManager::backup(m_document->store(), folder(), AppSettings::backupKeep());
    if (!written) {
        emit statusMessage(tr("Backup failed: %1").arg(written.error()));
        return false;
    }
    m_changed = false;
    emit statusMessage(tr("Backed up to %1").arg(QFileInfo(written.value()).fileName()));
    return true;
}

bool BackupController::startBackup(bool always)
{
    if (!m_document || m_document->isReadOnly() || (!always && !m_changed) || m_job->isRunning())
        return false;
    // Changes from now on may miss the snapshot: they call for the next one.
    m_jobHoldsChanges = m_changed;
    m_changed = false;
    return m_job->start(m_document->store().path(), folder(), AppSettings::backupKeep());
}

bool BackupController::isBackingUp() const
{
    return m_pending || m_job->isRunning();
}

void BackupController::backupAfterFirstPaint()
{
    // The backup on open is not allowed to compete with the window's first paint for a core: it starts once the
    // window has been painted (or after firstPaintWaitMs, or at once when the window is not shown).
    auto* window = qobject_cast<QWidget*>(m_documents->parent());
    if (!window || !window->isVisible()) {
        startBackup(true);
        return;
    }
    m_window = window->window();
    m_pending = true;
    QCoreApplication::instance()->installEventFilter(this);
    m_afterPaint.start(firstPaintWaitMs);
}

bool BackupController::eventFilter(QObject* watched, QEvent* event)
{
    if (m_pending && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget*>(watched)->window() == m_window)
        m_afterPaint.start(0); // right after this paint
    return false;
}

void BackupController::startPendingBackup()
{
    if (!m_pending)
        return;
    dropPendingBackup();
    startBackup(true);
}

void BackupController::dropPendingBackup()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_afterPaint.stop();
    QCoreApplication::instance()->removeEventFilter(this);
}

void BackupController::endRunningBackup()
{
    if (!m_job->isRunning())
        return;
    // A snapshot older than the last changes keeps the state before them: it is finished, then the backup on close
    // follows. When neither it nor anything since holds a change (the backup on open of an audit left as it was),
    // it would only repeat the file as it stays on disk: it is cancelled and nothing is left of it. Either way the
    // audit's own connection is still open until the job has ended.
    if (!m_changed && !m_jobHoldsChanges)
        m_job->cancel();
    m_job->wait();
}

void BackupController::jobFinished(bool ok, const QString& result)
{
    if (!ok && result == BackupManager::cancelledMessage()) {
        m_changed = m_changed || m_jobHoldsChanges;
    } else if (!ok) {
        m_changed = true; // the next backup must not be skipped
        emit statusMessage(tr("Backup failed: %1").arg(result));
    } else {
        emit statusMessage(tr("Backed up to %1").arg(QFileInfo(result).fileName()));
    }
    emit backupFinished(ok, result);
}

bool BackupController::restoreWithDialog(QWidget* parent)
{
    AuditDocument* document = m_documents->document();
    if (!document)
        return false;
    const QString path = document->path();
    RestoreBackupDialog dialog(path, folder(), parent);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedBackup().isEmpty())
        return false;
    const QString backup = dialog.selectedBackup();
    const bool wasReadOnly = document->isReadOnly();
    m_documents->close(); // the file is replaced only while nobody has it open
    auto safety = BackupManager::restore(path, backup, folder());
    if (!safety)
        MessageBoxHook::critical(parent, tr("Cannot Restore"), safety.error());
    m_documents->open(path, wasReadOnly ? AuditDatabase::Mode::ReadOnly : AuditDatabase::Mode::ReadWrite);
    if (safety)
        emit statusMessage(tr("Restored %1; the replaced audit is kept as %2")
                               .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(safety.value())));
    return safety.ok();
}

} // namespace isoaudit
