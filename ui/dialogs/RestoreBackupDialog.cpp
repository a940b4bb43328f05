// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/RestoreBackupDialog.h"

#include "backup/BackupManager.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace isoaudit {

RestoreBackupDialog::RestoreBackupDialog(const QString& auditPath, const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from Backup"));
    resize(820, 420);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Choose the backup of %1 to go back to. The audit as it is now is kept as a backup first, so "
                        "a restore can itself be undone.")
                         .arg(QDir::toNativeSeparators(auditPath)));
    m_list->setObjectName(QStringLiteral("backupTreeWidget"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Time"), tr("Risks"), tr("Interviews"), tr("Evidence"), tr("Findings"), tr("Actions"), tr("Size")});
    m_list->setColumnWidth(0, 180);
    for (int column = 1; column < 6; ++column)
        m_list->setColumnWidth(column, 90);
    auto* restore = m_buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this, restore] { restore->setEnabled(!selectedBackup().isEmpty()); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (!selectedBackup().isEmpty())
            accept();
    });

    auto backups = BackupManager::list(auditPath, folder);
    if (!backups)
        m_intro->setText(backups.error());
    else if (backups->isEmpty())
        m_intro->setText(tr("There are no backups of %1 in %2 yet.")
                             .arg(QDir::toNativeSeparators(auditPath),
                                  QDir::toNativeSeparators(BackupManager::folderFor(auditPath, folder))));
    for (const BackupInfo& backup : backups.ok() ? backups.value() : QList<BackupInfo>()) {
        auto* item = new QTreeWidgetItem(m_list);
        // Local time to the second: two backups may be minutes apart; the tooltip has the file (UTC in its name).
        item->setText(0, backup.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        item->setData(0, Qt::UserRole, backup.path);
        item->setToolTip(0, QDir::toNativeSeparators(backup.path));
        if (!backup.problem.isEmpty()) {
            item->setText(1, tr("unreadable: %1").arg(backup.problem));
            item->setDisabled(true);
            continue;
        }
        int column = 1;
        for (const char* key : {"risks", "interviews", "evidence", "findings", "actions"})
            item->setText(column++, QString::number(backup.counts.value(QString::fromLatin1(key))));
        item->setText(column, QLocale().formattedDataSize(backup.size));
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
}

QString RestoreBackupDialog::selectedBackup() const
{
    const auto items = m_list->selectedItems();
    return items.isEmpty() || items.first()->isDisabled() ? QString() : items.first()->data(0, Qt::UserRole).toString();
}

} // namespace isoaudit
