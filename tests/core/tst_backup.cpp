// SPDX-License-Identifier: GPL-3.0-or-later
// Rolling backups (core/backup/BackupManager): snapshots named by UTC time with their record counts, the newest K
// kept, and a restore that keeps the replaced file as a backup first, even when that file is damaged; a backup from a
// connection of its own (the GUI's worker thread) copies one snapshot while the audit keeps being written, and a
// cancelled one leaves nothing behind.
#include "PackageTestSupport.h"

#include "backup/BackupManager.h"
#include "trail/AuditTrail.h"
#include "workflow/Lifecycle.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;
using namespace packagetest;

class TestBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newAudit()
    {
        const QString path = m_dir.filePath(QStringLiteral("audit%1.isoaudit").arg(++m_counter));
        auto created = Lifecycle::create(path, {"Contoso Ltd", "stage2", "Alice Auditor", {}, {}, {}});
        if (!created)
            qFatal("%s", qPrintable(created.error()));
        return path;
    }

    static bool addRisk(const QString& path, const QString& ref)
    {
        auto store = Lifecycle::open(path);
        return store && store.value()->insert({RecordKind::Risk, {}, {}, {{"ref", ref}}, {}}).ok();
    }

    static int risks(const QString& path)
    {
        auto store = AuditStore::open(path, AuditDatabase::Mode::ReadOnly);
        return store ? store.value()->count(RecordKind::Risk).value() : -1;
    }

    static QString backupOf(const QString& path, int keep = BackupManager::defaultKeep, const QString& folder = {})
    {
        auto store = AuditStore::open(path, AuditDatabase::Mode::ReadOnly);
        if (!store)
            return {};
        auto written = BackupManager::backup(*store.value(), folder, keep);
        return written ? written.value() : QString();
    }

    /// An audit of ~9 MB (several chunks of BackupManager::backupFile) with 20 risks.
    QString bigAudit()
    {
        const QString path = m_dir.filePath(QStringLiteral("big%1.isoaudit").arg(++m_counter));
        const auto [code, output] = cli({"generate", path, "--risks", "20", "--interviews", "2", "--findings", "2",
                                         "--evidence", "5", "--attachments-mb", "9"});
        if (code != 0)
            qFatal("%s", qPrintable(output));
        return path;
    }

    static QStringList filesIn(const QString& folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

    static QPair<int, QString> cli(const QStringList& args)
    {
        QProcess process;
        process.start(QStringLiteral(ISOAUDIT_CLI), args);
        process.waitForFinished(60000);
        return {process.exitCode(),
                QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void snapshotsListAndRestore()
    {
        const QString path = newAudit();
        QVERIFY(addRisk(path, "R1"));
        const QString first = backupOf(path);
        QVERIFY(!first.isEmpty());
        QCOMPARE(QFileInfo(first).absolutePath(), QFileInfo(path).absoluteFilePath() + QStringLiteral(".backups"));
        QVERIFY2(QFileInfo(first).fileName().startsWith(QFileInfo(path).completeBaseName() + QLatin1Char('-')),
                 qPrintable(first));
        QVERIFY(addRisk(path, "R2"));
        const QString second = backupOf(path);
        QVERIFY(!second.isEmpty() && second != first);

        auto list = BackupManager::list(path);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).path, second); // newest first
        QCOMPARE(list->at(0).counts.value("risks"), 2);
        QCOMPARE(list->at(1).counts.value("risks"), 1);
        QVERIFY(list->at(1).time <= list->at(0).time);
        QCOMPARE(list->at(0).time.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(list->at(0).time.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QVERIFY(list->at(0).problem.isEmpty());

        // Restoring the first snapshot keeps the current file (2 risks) as a backup first.
        QVERIFY(addRisk(path, "R3"));
        auto safety = BackupManager::restore(path, first);
        QVERIFY2(safety.ok(), qPrintable(safety.error()));
        QCOMPARE(risks(path), 1);
        QCOMPARE(risks(safety.value()), 3);
        QVERIFY(safety->contains(QLatin1String("before-restore")));
        QCOMPARE(BackupManager::list(path)->size(), 3);
        QVERIFY(QFileInfo::exists(first)); // the restored snapshot stays
        // The restored file is a whole audit with its trail, writable again.
        {
            auto store = Lifecycle::open(path);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            QVERIFY(store.value()->verifyTrail().ok);
            QVERIFY(store.value()->insert({RecordKind::Risk, {}, {}, {{"ref", "R4"}}, {}}).ok());
        }
        QCOMPARE(risks(path), 2);
    }

    void keepsTheNewestK()
    {
        const QString path = newAudit();
        QStringList written;
        for (int i = 0; i < 5; ++i) {
            QVERIFY(addRisk(path, QStringLiteral("R%1").arg(i)));
            written << backupOf(path, 3);
        }
        auto list = BackupManager::list(path);
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).path, written.at(4));
        QCOMPARE(list->at(2).path, written.at(2));
        QCOMPARE(list->at(0).counts.value("risks"), 5);
        QVERIFY(!QFileInfo::exists(written.at(0)));
    }

    void chosenFolder()
    {
        const QString path = newAudit();
        const QString folder = m_dir.filePath("elsewhere");
        QVERIFY(!backupOf(path, 20, folder).isEmpty());
        QCOMPARE(BackupManager::list(path)->size(), 0);
        QCOMPARE(BackupManager::list(path, folder)->size(), 1);
        QCOMPARE(BackupManager::folderFor(path, folder), QDir(folder).absolutePath());
    }

    void damagedCurrentFileIsKeptByteForByte()
    {
        const QString path = newAudit();
        const QString snapshot = backupOf(path);
        QVERIFY(!snapshot.isEmpty());
        const QByteArray garbage("this audit file was overwritten by a careless copy");
        QVERIFY(writeAll(path, garbage));
        QVERIFY(!Lifecycle::open(path).ok());
        auto safety = BackupManager::restore(path, snapshot);
        QVERIFY2(safety.ok(), qPrintable(safety.error()));
        QCOMPARE(readAll(safety.value()), garbage);
        QVERIFY(Lifecycle::open(path).ok());
    }

    void refusalsLeaveTheFileAlone()
    {
        const QString path = newAudit();
        const QString snapshot = backupOf(path);
        const QByteArray before = readAll(path);
        // Not an audit.
        const QString junk = m_dir.filePath("junk.isoaudit");
        QVERIFY(writeAll(junk, QByteArray(5000, 'x')));
        auto refused = BackupManager::restore(path, junk);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("cannot be restored")), qPrintable(refused.error()));
        QCOMPARE(readAll(path), before);
        // Open for writing elsewhere.
        QFile lock(AuditLock::lockPath(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(
            QJsonDocument(
                QJsonObject{{"name", "Frank"}, {"host", "other-host"}, {"pid", 7}, {"since", "2026-03-02T09:30:00Z"}})
                .toJson());
        lock.close();
        refused = BackupManager::restore(path, snapshot);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("open in IsoAudit by Frank")), qPrintable(refused.error()));
        QCOMPARE(readAll(path), before);
        QCOMPARE(BackupManager::list(path)->size(), 1); // no safety copy was made for a refused restore
        QFile::remove(AuditLock::lockPath(path));
    }

    void ownConnectionCopiesOneSnapshotWhileTheAuditIsWritten()
    {
        const QString path = bigAudit();
        auto store = Lifecycle::open(path);
        QVERIFY2(store, qPrintable(store.error()));
        int steps = 0;
        // Between the chunks the audit's own connection commits new risks: the copy must hold none of them.
        auto written = BackupManager::backupFile(path, {}, BackupManager::defaultKeep, [&] {
            ++steps;
            return store.value()
                ->insert({RecordKind::Risk, {}, {}, {{"ref", QStringLiteral("W%1").arg(steps)}}, {}})
                .ok();
        });
        QVERIFY2(written, qPrintable(written.error()));
        QVERIFY(steps >= 1);
        QCOMPARE(store.value()->count(RecordKind::Risk).value(), 20 + steps);
        QCOMPARE(risks(written.value()), 20);
        QCOMPARE(filesIn(BackupManager::folderFor(path)), QStringList{QFileInfo(written.value()).fileName()});
        auto listed = BackupManager::list(path);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().problem, QString());
        QCOMPARE(listed->first().counts.value("risks"), 20);
        QCOMPARE(listed->first().counts.value("attachments"), store.value()->count(RecordKind::Attachment).value());
    }

    void cancelledBackupLeavesNothing()
    {
        const QString path = bigAudit();
        QVERIFY(!backupOf(path).isEmpty()); // an earlier backup, which must survive
        const QStringList before = filesIn(BackupManager::folderFor(path));
        QCOMPARE(before.size(), 1);
        int asked = 0;
        auto cancelled = BackupManager::backupFile(path, {}, 1, [&] { return ++asked < 2; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error(), BackupManager::cancelledMessage());
        QCOMPARE(asked, 2); // stopped in the middle of the copy, not before or after it
        QCOMPARE(filesIn(BackupManager::folderFor(path)), before); // no partial file, no journal, nothing pruned
        QCOMPARE(risks(before.isEmpty() ? QString() : QDir(BackupManager::folderFor(path)).filePath(before.first())),
                 20);
    }

    void backupFileReportsAnUnreadableAudit()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing.isoaudit"));
        auto failed = BackupManager::backupFile(path, m_dir.filePath(QStringLiteral("missing-backups")));
        QVERIFY(!failed);
        QVERIFY2(failed.error().contains(QDir::toNativeSeparators(path)), qPrintable(failed.error()));
        QVERIFY(filesIn(m_dir.filePath(QStringLiteral("missing-backups"))).isEmpty());
    }

    void cliBackupsAndRestore()
    {
        const QString path = newAudit();
        QVERIFY(addRisk(path, "R1"));
        auto [code, output] = cli({"backups", path});
        QCOMPARE(code, 0);
        QVERIFY(output.startsWith(QLatin1String("no backups in ")));
        std::tie(code, output) = cli({"backup", path});
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY(addRisk(path, "R2"));
        std::tie(code, output) = cli({"backups", path});
        QCOMPARE(code, 0);
        QVERIFY2(output.contains(QLatin1String("1 risks")), qPrintable(output));
        const QString snapshot = BackupManager::list(path)->first().path;
        std::tie(code, output) = cli({"restore", path, snapshot});
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY(output.contains(QLatin1String("the replaced file is kept as")));
        QCOMPARE(risks(path), 1);
        std::tie(code, output) = cli({"restore", path, m_dir.filePath("missing.isoaudit")});
        QCOMPARE(code, 2);
        QVERIFY(output.contains(QLatin1String("does not exist")));
        QCOMPARE(risks(path), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
