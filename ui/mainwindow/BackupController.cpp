// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/BackupController.h"

#include "backup/BackupManager.h"
#include "dialogs/RestoreBackupDialog.h"
#include "document/AuditDocument.h"
#include "mainwindow/DocumentController.h"
#include "mainwindow/MessageBoxHook.h"
#include "settings/AppSettings.h"

#include <QDir>

namespace isoaudit {

BackupController::BackupController(DocumentController* documents)
    : QObject(documents)
    , m_documents(documents)
{
    m_timer.setObjectName(QStringLiteral("backupTimer"));
    connect(&m_timer, &QTimer::timeout, this, [this] { backupNow(); });
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
    if (m_document && m_document != document)
        backupNow();
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
    backupNow(true); // on open
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
    emit statusMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(written.value())));
    return true;
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
