// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <QPointer>

namespace isoaudit {

class AuditDocument;
class DocumentController;

/// Rolling backups of the open audit (core/backup/BackupManager, docs/security.md): one on open, one every N
/// minutes while the audit changed, one on close; settings `backup/intervalMinutes` (10), `backup/keep` (20) and
/// `backup/folder` (beside the file when empty), read through AppSettings. Also File > Restore from Backup….
class BackupController : public QObject
{
    Q_OBJECT

public:
    explicit BackupController(DocumentController* documents);

    /// Backs up the open audit now if it changed since the last backup (or `always`); false on failure.
    bool backupNow(bool always = false);
    /// Shows the backups of the open audit; restores the chosen one (closing and reopening the audit).
    bool restoreWithDialog(QWidget* parent);
    /// Takes a new backup interval from the settings at once (after Preferences).
    void reloadSettings();
    QTimer& timer() { return m_timer; }

signals:
    void statusMessage(const QString& message);

private:
    void documentChanged(AuditDocument* document);
    static QString folder();

    DocumentController* m_documents;
    QPointer<AuditDocument> m_document;
    QTimer m_timer;
    bool m_changed = false;
};

} // namespace isoaudit
