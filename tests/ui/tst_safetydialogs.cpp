// SPDX-License-Identifier: GPL-3.0-or-later
// The History dialog (audit trail of the open audit, filter, verdict) and the Restore from Backup dialog (backups
// with time and counts), offscreen; screenshots land in the build folder for a look.
#include "backup/BackupManager.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/RestoreBackupDialog.h"
#include "document/AuditDocument.h"
#include "workflow/Lifecycle.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace isoaudit;

class TestSafetyDialogs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void historyShowsTheTrail()
    {
        const QString path = m_dir.filePath("history.isoaudit");
        {
            auto created = Lifecycle::create(path, {"Contoso Ltd", "stage2", "Alice Auditor", {}, {}, {}});
            QVERIFY(created.ok());
        }
        auto document = AuditDocument::open(path, AuditDatabase::Mode::ReadWrite);
        QVERIFY(document.ok());
        AuditStore& store = document.value()->store();
        store.setAuthor("Ivy Inspector");
        auto risk = store.insert({RecordKind::Risk, {}, {}, {{"ref", "R1"}, {"asset", "Payroll"}}, {}});
        QVERIFY(risk.ok());
        QVERIFY(store.setField(RecordKind::Risk, risk.value(), "asset", "Payroll system").ok());

        HistoryDialog all(document.value().get(), {});
        QVERIFY(all.verdict()->text().contains(QLatin1String("intact")));
        QVERIFY(all.table()->rowCount() > 100); // genesis, the new audit's records, the risk's two entries
        all.filter()->setText("Ivy");
        int visible = 0;
        for (int row = 0; row < all.table()->rowCount(); ++row)
            visible += all.table()->isRowHidden(row) ? 0 : 1;
        QCOMPARE(visible, 2);
        all.resize(1200, 500);
        all.grab().save(QStringLiteral("history-dialog.png"));

        HistoryDialog one(document.value().get(), risk.value());
        QCOMPARE(one.table()->rowCount(), 2);
        QCOMPARE(one.table()->item(1, 2)->text(), QStringLiteral("Ivy Inspector"));
        QCOMPARE(one.table()->item(1, 5)->text(), QStringLiteral("asset"));
        QCOMPARE(one.table()->item(1, 6)->text(), QStringLiteral("Payroll"));
        QCOMPARE(one.table()->item(1, 7)->text(), QStringLiteral("Payroll system"));
    }

    void restoreListsBackups()
    {
        const QString path = m_dir.filePath("backups.isoaudit");
        {
            auto created = Lifecycle::create(path, {"Contoso Ltd", "stage2", "Alice Auditor", {}, {}, {}});
            QVERIFY(created.ok());
            QVERIFY(created.value()->insert({RecordKind::Risk, {}, {}, {{"ref", "R1"}}, {}}).ok());
            QVERIFY(BackupManager::backup(*created.value()).ok());
            QVERIFY(created.value()->insert({RecordKind::Risk, {}, {}, {{"ref", "R2"}}, {}}).ok());
            QVERIFY(BackupManager::backup(*created.value()).ok());
        }
        RestoreBackupDialog dialog(path, {});
        QCOMPARE(dialog.list()->topLevelItemCount(), 2);
        QCOMPARE(dialog.list()->topLevelItem(0)->text(1), QStringLiteral("2"));
        QCOMPARE(dialog.list()->topLevelItem(1)->text(1), QStringLiteral("1"));
        QVERIFY(dialog.selectedBackup().isEmpty());
        dialog.list()->setCurrentItem(dialog.list()->topLevelItem(1));
        QVERIFY(dialog.selectedBackup().endsWith(QLatin1String(".isoaudit")));
        QCOMPARE(dialog.selectedBackup(), BackupManager::list(path)->at(1).path);
        dialog.grab().save(QStringLiteral("restore-backup-dialog.png"));
    }
};

QTEST_MAIN(TestSafetyDialogs)
#include "tst_safetydialogs.moc"
