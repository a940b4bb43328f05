// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupJob.h"

#include "backup/BackupManager.h"

#include <QThread>

namespace isoaudit {

BackupJob::BackupJob(QObject* parent)
    : QObject(parent)
{
}

BackupJob::~BackupJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool BackupJob::start(const QString& auditPath, const QString& folder, int keep)
{
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_thread = QThread::create([this, auditPath, folder, keep, cancel = m_cancel] {
        auto written = BackupManager::backupFile(auditPath, folder, keep, [cancel] { return !cancel->load(); });
        // Read by deliver() only after the thread has finished (QThread::finished, or wait()).
        m_ok = written.ok();
        m_result = written ? written.value() : written.error();
    });
    m_thread->setObjectName(QStringLiteral("backup"));
    // A late notice of a job that wait() already delivered must not touch the next job.
    const int generation = ++m_generation;
    connect(
        m_thread, &QThread::finished, this,
        [this, generation] {
            if (generation == m_generation)
                deliver();
        },
        Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
    return true;
}

void BackupJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void BackupJob::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    deliver();
}

void BackupJob::deliver()
{
    if (!m_thread)
        return; // already delivered by wait()
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_cancel.reset();
    emit finished(m_ok, m_result);
}

} // namespace isoaudit
