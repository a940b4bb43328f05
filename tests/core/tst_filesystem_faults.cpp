// SPDX-License-Identifier: GPL-3.0-or-later
// The damaged-file cases of docs/security.md that tst_badfiles does not cover: a read-only file, a read-only folder,
// a full disk and a file that vanishes while open. Each gives a clear message, offers what can be offered (open
// read-only, save a copy) and never loses an acknowledged edit. When the tests run as root (whom permissions do not
// stop), the permission checks run with the effective user "nobody".
#include "StoreTestAccess.h"

#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace isoaudit;

namespace {

/// While alive, the process acts as an unprivileged user if it is root (so file permissions apply to it).
class Unprivileged
{
public:
    Unprivileged()
    {
        // Group first: with group root, the file's group bits (none) would apply instead of "others".
        if (geteuid() == 0)
            m_switched = setegid(65534) == 0 && seteuid(65534) == 0;
    }
    ~Unprivileged()
    {
        if (m_switched && (seteuid(0) != 0 || setegid(0) != 0))
            qFatal("cannot return to root");
    }
    Unprivileged(const Unprivileged&) = delete;
    Unprivileged& operator=(const Unprivileged&) = delete;

private:
    bool m_switched = false;
};

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFilesystemFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    /// A complete, closed audit with one risk in its own folder (readable by everyone).
    QString newAudit(QString* folder = nullptr)
    {
        const QString dir = m_dir.filePath(QStringLiteral("case%1").arg(++m_counter));
        QDir().mkpath(dir);
        QFile::setPermissions(dir,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::WriteOther);
        const QString path = QDir(dir).filePath(QStringLiteral("audit.isoaudit"));
        {
            auto store = Lifecycle::create(path, {"Contoso Ltd", "stage2", "Alice Auditor", {}, {}, {}});
            if (!store || !store.value()->insert({RecordKind::Risk, {}, {}, {{"ref", "R1"}}, {}}))
                qFatal("cannot create %s", qPrintable(path));
        }
        if (folder)
            *folder = dir;
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadOther | QFileDevice::ExeOther);
    }

    void readOnlyFile()
    {
        const QString path = newAudit();
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadOther));
        const QByteArray before = bytesOf(path);
        Unprivileged nobody;
        auto refused = Lifecycle::open(path);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("is read-only; it can only be opened read-only")),
                 qPrintable(refused.error()));
        QVERIFY(!QFileInfo::exists(AuditLock::lockPath(path)));
        auto reader = AuditStore::open(path, AuditDatabase::Mode::ReadOnly);
        QVERIFY2(reader.ok(), qPrintable(reader.error()));
        QCOMPARE(reader.value()->count(RecordKind::Risk).value(), 1);
        QVERIFY(!reader.value()->insert({RecordKind::Risk, {}, {}, {{"ref", "R2"}}, {}}).ok());
        reader = Error{"closed"};
        QCOMPARE(bytesOf(path), before);
    }

    void readOnlyFolder()
    {
        QString folder;
        const QString path = newAudit(&folder);
        QVERIFY(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0 || geteuid() != 0);
        QVERIFY(QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther));
        const QByteArray before = bytesOf(path);
        {
            Unprivileged nobody;
            QVERIFY(QFileInfo(path).isWritable()); // the file itself could be written, its folder not
            auto refused = Lifecycle::open(path);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().contains(QLatin1String("can only be opened read-only")),
                     qPrintable(refused.error()));
            auto reader = AuditStore::open(path, AuditDatabase::Mode::ReadOnly);
            QVERIFY2(reader.ok(), qPrintable(reader.error()));
            QCOMPARE(reader.value()->count(RecordKind::Risk).value(), 1);
        }
        QCOMPARE(bytesOf(path), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{"audit.isoaudit"});
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void fullDisk()
    {
        const QString path = newAudit();
        auto store = Lifecycle::open(path);
        QVERIFY(store.ok());
        AuditStore& s = *store.value();
        QVERIFY(s.insert({RecordKind::Risk, {}, {}, {{"ref", "R2"}}, {}}).ok()); // acknowledged
        // SQLite's own limit on the file's size behaves as a full disk (SQLITE_FULL) for everything after it.
        QSqlQuery query(StoreTestAccess::db(s));
        QVERIFY(query.exec("PRAGMA page_count") && query.next());
        const int pages = query.value(0).toInt();
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
        query.finish();
        Record evidence{RecordKind::Evidence, {}, {}, {{"title", "Large scan"}}, {}};
        evidence.values.insert("description", QString(2 * 1024 * 1024, QLatin1Char('x')));
        auto refused = s.insert(evidence);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("is full: this change was not saved; everything saved before "
                                                        "it is safe")),
                 qPrintable(refused.error()));
        QCOMPARE(s.count(RecordKind::Evidence).value(), 0);
        store = Error{"closed"};
        // Nothing acknowledged is lost; the file is sound.
        auto reopened = AuditStore::open(path, AuditDatabase::Mode::ReadOnly);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->count(RecordKind::Risk).value(), 2);
        QSqlQuery check(StoreTestAccess::db(*reopened.value()));
        QVERIFY(check.exec("PRAGMA integrity_check") && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }

    void fileVanishesWhileOpen()
    {
        const QString path = newAudit();
        auto store = Lifecycle::open(path);
        QVERIFY(store.ok());
        AuditStore& s = *store.value();
        const QString risk = s.records(RecordKind::Risk)->first().uuid;
        QVERIFY(s.setField(RecordKind::Risk, risk, "asset", "Payroll").ok());
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        auto refused = s.setField(RecordKind::Risk, risk, "asset", "Lost edit");
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("has disappeared or was replaced")),
                 qPrintable(refused.error()));
        // What was open can still be saved as a copy, with every acknowledged edit.
        const QString rescue = m_dir.filePath("rescued.isoaudit");
        QVERIFY(s.saveCopyAs(rescue).ok());
        store = Error{"closed"};
        auto rescued = AuditStore::open(rescue, AuditDatabase::Mode::ReadOnly);
        QVERIFY2(rescued.ok(), qPrintable(rescued.error()));
        QCOMPARE(rescued.value()->record(RecordKind::Risk, risk)->text("asset"), QStringLiteral("Payroll"));
    }

    void fileReplacedWhileOpen()
    {
        const QString path = newAudit();
        const QString other = newAudit();
        auto store = Lifecycle::open(path);
        QVERIFY(store.ok());
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(other, path)); // another file under the same name
        const QByteArray replaced = bytesOf(path);
        QVERIFY(!store.value()->insert({RecordKind::Risk, {}, {}, {{"ref", "R9"}}, {}}).ok());
        store = Error{"closed"};
        QCOMPARE(bytesOf(path), replaced);
    }
};

QTEST_GUILESS_MAIN(TestFilesystemFaults)
#include "tst_filesystem_faults.moc"
