// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace isoaudit {

/// One backup of an audit file made on a thread of its own (BackupManager::backupFile, with its own read-only
/// connection), so the GUI thread never waits for the copy. finished() comes back on the job's thread; cancel()
/// stops the copy between chunks and leaves no file behind; the destructor cancels and waits.
class BackupJob : public QObject
{
    Q_OBJECT

public:
    explicit BackupJob(QObject* parent = nullptr);
    ~BackupJob() override;

    /// Starts backing up `auditPath` into `folder` (beside the file when empty), keeping the newest `keep`;
    /// false when a backup is still running.
    bool start(const QString& auditPath, const QString& folder, int keep);
    bool isRunning() const { return m_thread != nullptr; }
    /// Asks the running copy to stop; wait() then returns once it has (finished() reports the cancellation).
    void cancel();
    /// Blocks until the running backup (if any) has ended and finished() has been emitted.
    void wait();

signals:
    /// `ok`: `result` is the backup's path; else why it failed (BackupManager::cancelledMessage() if cancelled).
    void finished(bool ok, const QString& result);

private:
    void deliver();

    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    int m_generation = 0;
    bool m_ok = false;
    QString m_result;
};

} // namespace isoaudit
