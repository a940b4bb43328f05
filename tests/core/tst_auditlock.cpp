// SPDX-License-Identifier: GPL-3.0-or-later
// One writer per audit file (core/storage/AuditLock): a second process is refused with who, where and since when;
// read-only opening still works; a lock left by a killed process, or from before a reboot, is stale and taken over;
// a lock from another host is respected until broken deliberately (CLI --break-lock).
#include "WorkflowFixture.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>

using namespace isoaudit;

namespace {

/// The child process: opens FILE for writing as "Dora", says "locked", and holds it until stdin closes.
int holdLock(const QString& path)
{
    AuditStore::setDefaultAuthor(QStringLiteral("Dora Holder"));
    auto store = Lifecycle::open(path);
    if (!store) {
        std::cout << "refused " << store.error().toStdString() << std::endl;
        return 3;
    }
    std::cout << "locked" << std::endl;
    std::string line;
    while (std::getline(std::cin, line)) { }
    return 0;
}

void writeLock(const QString& auditPath, const QJsonObject& o)
{
    QFile file(AuditLock::lockPath(auditPath));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the lock");
    file.write(QJsonDocument(o).toJson());
}

} // namespace

class TestAuditLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newAudit()
    {
        const QString path = m_dir.filePath(QStringLiteral("lock%1.isoaudit").arg(++m_counter));
        if (!testing::createReadyAudit(path)) // ready to advance, so a CLI write succeeds when allowed
            qFatal("cannot create %s", qPrintable(path));
        return path;
    }

    static QPair<int, QString> cli(const QStringList& args)
    {
        QProcess process;
        process.start(QStringLiteral(ISOAUDIT_CLI), args);
        process.waitForFinished(60000);
        return {process.exitCode(),
                QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
    }

    /// Starts the child that holds the lock; returns when it holds it.
    static bool startHolder(QProcess& child, const QString& path)
    {
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-lock"), path});
        if (!child.waitForStarted(10000))
            return false;
        while (child.canReadLine() || child.waitForReadyRead(30000)) {
            if (child.readLine().startsWith("locked"))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void lockNamesTheWriterAndGoesOnClose()
    {
        const QString path = newAudit();
        QVERIFY(!QFileInfo::exists(AuditLock::lockPath(path))); // create() closed nothing it did not open
        {
            AuditStore::setDefaultAuthor(QStringLiteral("Alice Auditor"));
            auto store = Lifecycle::open(path);
            QVERIFY(store.ok());
            auto holder = AuditLock::holder(path);
            QVERIFY(holder.has_value());
            QCOMPARE(holder->name, QStringLiteral("Alice Auditor"));
            QCOMPARE(holder->host, QSysInfo::machineHostName());
            QCOMPARE(holder->pid, QCoreApplication::applicationPid());
            QVERIFY(qAbs(holder->since.secsTo(QDateTime::currentDateTimeUtc())) < 600);
            QVERIFY(!AuditLock::isStale(*holder));
            // The same process may open it twice; the lock stays until the last store closes.
            {
                auto second = Lifecycle::open(path);
                QVERIFY2(second.ok(), qPrintable(second.error()));
            }
            QVERIFY(QFileInfo::exists(AuditLock::lockPath(path)));
            // Read-only stores take no lock.
            auto reader = AuditStore::open(path, AuditDatabase::Mode::ReadOnly);
            QVERIFY(reader.ok());
        }
        QVERIFY(!QFileInfo::exists(AuditLock::lockPath(path)));
        AuditStore::setDefaultAuthor({});
    }

    void anotherProcessIsRefused()
    {
        const QString path = newAudit();
        QProcess child;
        QVERIFY(startHolder(child, path));

        LockInfo heldBy;
        auto refused = Lifecycle::open(path, AuditDatabase::Mode::ReadWrite, &heldBy);
        QVERIFY(!refused.ok());
        QCOMPARE(heldBy.pid, child.processId());
        QCOMPARE(heldBy.name, QStringLiteral("Dora Holder"));
        QCOMPARE(heldBy.host, QSysInfo::machineHostName());
        QVERIFY2(
            refused.error().contains(
                QStringLiteral("is open in IsoAudit by Dora Holder on %1 since ").arg(QSysInfo::machineHostName())),
            qPrintable(refused.error()));
        QVERIFY(refused.error().contains(QLatin1String("open it read-only?")));
        // Reading is never refused.
        QVERIFY(AuditStore::open(path, AuditDatabase::Mode::ReadOnly).ok());
        QCOMPARE(cli({"info", path}).first, 0);

        // The CLI refuses to write, with the same message, and writes nothing.
        auto [code, output] = cli({"advance", path, "--to", "fieldwork"});
        QCOMPARE(code, 2);
        QVERIFY2(output.contains(QLatin1String("is open in IsoAudit by Dora Holder")), qPrintable(output));
        QCOMPARE(AuditStore::open(path, AuditDatabase::Mode::ReadOnly).value()->audit()->text("lifecycle"),
                 QStringLiteral("planning"));
        // --break-lock takes it over deliberately.
        std::tie(code, output) = cli({"advance", path, "--to", "fieldwork", "--break-lock"});
        QVERIFY2(code == 0, qPrintable(output));

        child.closeWriteChannel();
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 0);
    }

    void killedHolderLeavesAStaleLock()
    {
        const QString path = newAudit();
        QProcess child;
        QVERIFY(startHolder(child, path));
        const qint64 pid = child.processId();
        child.kill(); // SIGKILL: no chance to remove its lock
        QVERIFY(child.waitForFinished(30000));
        auto holder = AuditLock::holder(path);
        QVERIFY(holder.has_value());
        QCOMPARE(holder->pid, pid);
        QVERIFY(AuditLock::isStale(*holder));
        auto store = Lifecycle::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE(AuditLock::holder(path)->pid, QCoreApplication::applicationPid());
    }

    void lockFromBeforeARebootIsStale()
    {
        const QString path = newAudit();
        // pid 1 is alive, but the lock was written during another boot.
        writeLock(path,
                  {{"name", "Eve"},
                   {"host", QSysInfo::machineHostName()},
                   {"pid", 1},
                   {"since", "2026-01-01T08:00:00Z"},
                   {"boot_id", "00000000-0000-0000-0000-000000000000"}});
        QVERIFY(AuditLock::isStale(*AuditLock::holder(path)));
        QVERIFY(Lifecycle::open(path).ok());
        // Without a boot id, a live pid of this host holds the lock.
        writeLock(
            path,
            {{"name", "Eve"}, {"host", QSysInfo::machineHostName()}, {"pid", 1}, {"since", "2026-01-01T08:00:00Z"}});
        QVERIFY(!AuditLock::isStale(*AuditLock::holder(path)));
        QVERIFY(!Lifecycle::open(path).ok());
    }

    void otherHostIsRespectedUntilBroken()
    {
        const QString path = newAudit();
        writeLock(path,
                  {{"name", "Frank"}, {"host", "laptop-of-frank"}, {"pid", 4242}, {"since", "2026-03-02T09:30:00Z"}});
        LockInfo heldBy;
        auto refused = Lifecycle::open(path, AuditDatabase::Mode::ReadWrite, &heldBy);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("by Frank on laptop-of-frank since 2026-03-02 09:30 UTC")),
                 qPrintable(refused.error()));
        QVERIFY(!AuditLock::isStale(heldBy));
        QVERIFY(AuditLock::breakLock(path).ok());
        auto store = Lifecycle::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE(AuditLock::holder(path)->host, QSysInfo::machineHostName());
    }

    void unreadableLockIsHeldBySomeoneUnknown()
    {
        const QString path = newAudit();
        QFile file(AuditLock::lockPath(path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("garbage");
        file.close();
        auto refused = Lifecycle::open(path);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("an unknown user")), qPrintable(refused.error()));
        QCOMPARE(QFile(AuditLock::lockPath(path)).size(), qint64(7)); // a refusal leaves the lock alone
    }
};

int main(int argc, char** argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--hold-lock") == 0) {
        QCoreApplication app(argc, argv);
        return holdLock(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestAuditLock test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_auditlock.moc"
#include "workflow/Lifecycle.h"
