// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace isoaudit {

/// File > Restore from Backup…: the audit's rolling backups (core/backup/BackupManager) with their UTC time shown in
/// local time and their record counts; the chosen one is returned, the caller restores it (the current file is kept
/// as a backup first).
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString& auditPath, const QString& folder, QWidget* parent = nullptr);

    /// The backup to restore ("" when none is chosen).
    QString selectedBackup() const;
    QTreeWidget* list() const { return m_list; }

private:
    QLabel* m_intro;
    QTreeWidget* m_list;
    QDialogButtonBox* m_buttons;
};

} // namespace isoaudit
