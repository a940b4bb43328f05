// SPDX-License-Identifier: GPL-3.0-or-later
// The rolling backups of the open audit (ui/mainwindow/BackupController): the backup on open is written on a worker
// thread (after the window's first paint when it is shown), so opening returns before it is done; backupFinished()
// and the status bar report it; closing or opening another audit while it runs cancels or finishes it cleanly (never
// a partial file); changes are backed up on close and by the periodic backup; a failure is reported.
#include "backup/BackupManager.h"
#include "document/AuditDocument.h"
#include "mainwindow/BackupController.h"
#include "mainwindow/DocumentController.h"
#include "settings/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace isoaudit;

class TestBackupController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    /// A generated audit of ~9 MB (20 risks), so that a backup takes several chunks.
    QString bigAudit()
    {
        const QString path = m_dir.filePath(QStringLiteral("audit%1.isoaudit").arg(++m_counter));
        QProcess process;
        process.start(QStringLiteral(ISOAUDIT_CLI),
                      {"generate", path, "--risks", "20", "--interviews", "2", "--findings", "2", "--evidence", "5",
                       "--attachments-mb", "9"});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            qFatal("generate failed: %s", process.readAllStandardError().constData());
        return path;
    }

    static QMap<QString, int> countsOf(const QString& path)
    {
        auto store = AuditStore::open(path, AuditDatabase::Mode::ReadOnly);
        QMap<QString, int> counts;
        if (!store)
            return counts;
        for (RecordKind kind : {RecordKind::Risk, RecordKind::Interview, RecordKind::Evidence, RecordKind::Attachment,
                                RecordKind::Finding, RecordKind::CorrectiveAction})
            counts.insert(RecordKinds::info(kind).jsonName, store.value()->count(kind).value());
        return counts;
    }

    /// Every file in the audit's backup folder is a whole, readable backup: none partial, no journal left.
    static bool onlyWholeBackups(const QString& path)
    {
        const QString folder = BackupManager::folderFor(path);
        const QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        const auto listed = BackupManager::list(path);
        if (!listed || listed->size() != files.size()) {
            qWarning() << "unexpected files in" << folder << files;
            return false;
        }
        for (const BackupInfo& info : listed.value()) {
            if (!info.problem.isEmpty()) {
                qWarning() << info.path << info.problem;
                return false;
            }
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("IsoAuditTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_backupcontroller"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        AppSettings::save(AppSettings::defaults()); // backups beside the audit
    }

    void backupOnOpenDoesNotBlock_data()
    {
        QTest::addColumn<bool>("shown");
        QTest::newRow("window hidden") << false;
        QTest::newRow("window shown") << true;
    }

    void backupOnOpenDoesNotBlock()
    {
        QFETCH(bool, shown);
        const QString path = bigAudit();
        QWidget window;
        if (shown)
            window.show();
        DocumentController documents(&window);
        BackupController* backups = documents.backups();
        QSignalSpy finished(backups, &BackupController::backupFinished);
        QSignalSpy messages(&documents, &DocumentController::statusMessage);
        QVERIFY(documents.open(path));
        // open() has returned; the backup is still waiting for the first paint or being written.
        QVERIFY(backups->isBackingUp());
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(30000));
        QVERIFY(!backups->isBackingUp());
        QCOMPARE(finished.first().at(0).toBool(), true);
        const QString backup = finished.first().at(1).toString();
        QVERIFY2(QFileInfo(backup).isFile(), qPrintable(backup));
        QCOMPARE(QFileInfo(backup).absolutePath(), BackupManager::folderFor(path));
        QCOMPARE(countsOf(backup), countsOf(path));
        QCOMPARE(countsOf(backup).value("risks"), 20);
        QVERIFY(onlyWholeBackups(path));
        QCOMPARE(messages.last().at(0).toString(), QStringLiteral("Backed up to %1").arg(QFileInfo(backup).fileName()));
        documents.close(); // unchanged: no backup on close
        QCOMPARE(BackupManager::list(path)->size(), 1);
    }

    void closingOrSwitchingDuringTheBackupLeavesNoPartialFile()
    {
        const QString first = bigAudit();
        const QString second = bigAudit();
        QWidget window;
        DocumentController documents(&window);
        BackupController* backups = documents.backups();
        QSignalSpy finished(backups, &BackupController::backupFinished);
        QVERIFY(documents.open(first));
        QVERIFY(backups->isBackingUp());
        QVERIFY(documents.open(second)); // the first audit's backup is ended before its file is let go
        QCOMPARE(finished.count(), 1);
        QVERIFY(onlyWholeBackups(first));
        if (finished.first().at(0).toBool()) // it may have been done already, else it was cancelled
            QCOMPARE(countsOf(finished.first().at(1).toString()), countsOf(first));
        else
            QCOMPARE(finished.first().at(1).toString(), BackupManager::cancelledMessage());
        QVERIFY(backups->isBackingUp()); // the second audit's
        documents.close();
        QVERIFY(!backups->isBackingUp());
        QCOMPARE(finished.count(), 2);
        QVERIFY(onlyWholeBackups(second));
        QVERIFY(!QFileInfo::exists(second + QStringLiteral("-wal"))
                || QFileInfo(second + QStringLiteral("-wal")).size() == 0);
    }

    void changesAreBackedUpOnCloseAfterTheBackupOnOpen()
    {
        const QString path = bigAudit();
        QWidget window;
        DocumentController documents(&window);
        BackupController* backups = documents.backups();
        QVERIFY(documents.open(path));
        QVERIFY(backups->isBackingUp());
        QVERIFY(documents.document()->store().insert({RecordKind::Risk, {}, {}, {{"ref", "R-NEW"}}, {}}).ok());
        documents.close(); // the backup on open holds the state before the change: it is finished, not cancelled
        QVERIFY(!backups->isBackingUp());
        QVERIFY(onlyWholeBackups(path));
        const auto listed = BackupManager::list(path);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).counts.value("risks"), 21); // on close, newest first
        QCOMPARE(listed->at(1).counts.value("risks"), 20); // on open
    }

    void periodicBackupOnlyWhenChanged()
    {
        const QString path = bigAudit();
        QWidget window;
        DocumentController documents(&window);
        BackupController* backups = documents.backups();
        QSignalSpy finished(backups, &BackupController::backupFinished);
        QVERIFY(documents.open(path));
        QVERIFY(backups->timer().isActive());
        QVERIFY(finished.wait(30000));
        QVERIFY(!backups->startBackup()); // nothing changed since
        QVERIFY(documents.document()->store().insert({RecordKind::Risk, {}, {}, {{"ref", "R-NEW"}}, {}}).ok());
        QVERIFY(backups->startBackup());
        QVERIFY(!backups->startBackup()); // one at a time
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 2);
        QVERIFY(finished.last().at(0).toBool());
        QCOMPARE(countsOf(finished.last().at(1).toString()).value("risks"), 21);
        documents.close(); // nothing changed since: no third backup
        QCOMPARE(BackupManager::list(path)->size(), 2);
        QVERIFY(onlyWholeBackups(path));
    }

    void failureIsReported()
    {
        const QString path = bigAudit();
        QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        AppSettings::Values values = AppSettings::defaults();
        values.backupFolder = blocker.fileName() + QStringLiteral("/backups");
        AppSettings::save(values);
        QWidget window;
        DocumentController documents(&window);
        QSignalSpy finished(documents.backups(), &BackupController::backupFinished);
        QSignalSpy messages(&documents, &DocumentController::statusMessage);
        QVERIFY(documents.open(path));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(messages.last().at(0).toString().startsWith(QStringLiteral("Backup failed: ")),
                 qPrintable(messages.last().at(0).toString()));
        QVERIFY(messages.last().at(0).toString().contains(QDir::toNativeSeparators(values.backupFolder)));
        documents.close(); // a failed backup is retried on close
        QVERIFY2(messages.last().at(0).toString().startsWith(QStringLiteral("Backup failed: ")),
                 qPrintable(messages.last().at(0).toString()));
        AppSettings::save(AppSettings::defaults());
    }
};

QTEST_MAIN(TestBackupController)
#include "tst_backupcontroller.moc"
