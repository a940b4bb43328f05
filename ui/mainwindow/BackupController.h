// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <QPointer>

namespace isoaudit {

class AuditDocument;
class BackupJob;
class DocumentController;

/// Rolling backups of the open audit (core/backup/BackupManager, docs/security.md): one on open, one every N
/// minutes while the audit changed (both on a worker thread, core/backup/BackupJob, so they never hold up the
/// window), one on close (after the running one ended or was cancelled); settings `backup/intervalMinutes` (10),
/// `backup/keep` (20) and `backup/folder` (beside the file when empty), read through AppSettings. Also File > Restore
/// from Backup….
class BackupController : public QObject
{
    Q_OBJECT

public:
    /// How long the backup on open waits for the window's first paint at most.
    static constexpr int firstPaintWaitMs = 2000;

    explicit BackupController(DocumentController* documents);

    /// Backs up the open audit now, on this thread, if it changed since the last backup (or `always`); false on
    /// failure.
    bool backupNow(bool always = false);
    /// Starts a backup on the worker thread if the audit changed since the last backup (or `always`) and none is
    /// running; backupFinished() reports it. False when none was started.
    bool startBackup(bool always = false);
    /// The backup on open is waiting for the window's first paint, or a backup is being written on the worker thread.
    bool isBackingUp() const;
    /// Shows the backups of the open audit; restores the chosen one (closing and reopening the audit).
    bool restoreWithDialog(QWidget* parent);
    /// Takes a new backup interval from the settings at once (after Preferences).
    void reloadSettings();
    QTimer& timer() { return m_timer; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void statusMessage(const QString& message);
    /// A backup started by startBackup() ended: `result` is its path when `ok`, else why it failed.
    void backupFinished(bool ok, const QString& result);

private:
    void documentChanged(AuditDocument* document);
    void jobFinished(bool ok, const QString& result);
    void endRunningBackup();
    void backupAfterFirstPaint();
    void startPendingBackup();
    void dropPendingBackup();
    static QString folder();

    DocumentController* m_documents;
    QPointer<AuditDocument> m_document;
    QTimer m_timer;
    BackupJob* m_job;
    QTimer m_afterPaint; ///< starts the backup on open after the first paint
    QPointer<QWidget> m_window;
    bool m_pending = false; ///< the backup on open waits for the first paint
    bool m_changed = false; ///< since the last backup started
    bool m_jobHoldsChanges = false; ///< the running backup is the first to hold some changes
};

} // namespace isoaudit
