// SPDX-License-Identifier: GPL-3.0-or-later
// Files that are not (complete, current) audit files: each is refused with a clear message, by AuditStore::open in
// both modes and by `isoaudit-cli export` and `info`, and the file's bytes are never changed.
#include "PackageTestSupport.h"

#include "storage/Schema.h"
#include "workflow/Lifecycle.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace isoaudit;
using namespace packagetest;

class TestBadFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_real; ///< the bytes of a complete, closed audit file
    int m_counter = 0;

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    static Run cli(const QStringList& args)
    {
        QProcess process;
        process.start(QStringLiteral(ISOAUDIT_CLI), args);
        process.waitForFinished(60000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    /// Runs SQL on a file with SQLite directly, as another program would.
    static QString sqlite(const QString& path, const char* sql)
    {
        sqlite3* db = nullptr;
        QString error;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr)
            != SQLITE_OK)
            error = QString::fromUtf8(sqlite3_errmsg(db));
        else if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return error;
    }

    QString scratch() { return m_dir.filePath(QStringLiteral("scratch%1.db").arg(++m_counter)); }

    /// A file made by SQLite from `sql`, optionally starting from the real audit's bytes.
    QByteArray sqliteFile(const QByteArray& start, const char* sql)
    {
        const QString path = scratch();
        if (!start.isEmpty() && !writeAll(path, start))
            qFatal("cannot write %s", qPrintable(path));
        const QString error = sqlite(path, sql);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        return readAll(path);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString real = m_dir.filePath("real.isoaudit");
        {
            auto store = Lifecycle::create(real, {"Client æøå", "stage2", "Lead", {}, {}, {}});
            QVERIFY(store.ok());
            const QString problem = fillRichAudit(*store.value());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QVERIFY(!QFileInfo::exists(real + "-wal"));
        m_real = readAll(real);
        QVERIFY(m_real.size() > 8192);
    }

    void refusedAndUntouched_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero-length") << QByteArray() << "is empty (0 bytes)";
        QByteArray noise(20000, '\0');
        QRandomGenerator random(7);
        for (auto& c : noise)
            c = char(random.bounded(256));
        QTest::newRow("random bytes") << noise << "is not an IsoAudit file (it is not an SQLite database)";
        QTest::newRow("text file") << QByteArray("client,scope\nAcme,all\n") << "it is not an SQLite database";
        QTest::newRow("truncated copy") << m_real.left(m_real.size() / 2)
                                        << "is damaged: it is shorter than its header says";
        QTest::newRow("header only") << m_real.left(100) << "is damaged";
        QTest::newRow("other application")
            << sqliteFile({},
                          "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) "
                          "VALUES ('hello'); PRAGMA user_version = 3;")
            << "is an SQLite database of another application";
        QTest::newRow("future version") << sqliteFile(m_real, "PRAGMA user_version = 99;")
                                        << "was written by a newer IsoAudit (file format 99";
        QTest::newRow("no schema") << sqliteFile(
            {},
            QByteArray("PRAGMA application_id = " + QByteArray::number(Schema::applicationId) + "; CREATE TABLE t (x);")
                .constData()) << "is not a complete IsoAudit file";
    }

    void refusedAndUntouched()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("bad%1.isoaudit").arg(++m_counter));
        QVERIFY(writeAll(path, bytes));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const QDateTime modified = QFileInfo(path).lastModified();

        for (auto mode : {AuditDatabase::Mode::ReadOnly, AuditDatabase::Mode::ReadWrite}) {
            auto opened = Lifecycle::open(path, mode);
            QVERIFY(!opened.ok());
            QVERIFY2(opened.error().contains(expected), qPrintable(opened.error()));
            QVERIFY2(opened.error().contains(QDir::toNativeSeparators(path)), qPrintable(opened.error()));
            QCOMPARE(readAll(path), bytes);
        }
        const QString package = m_dir.filePath("package.json");
        for (const QStringList& args : {QStringList{"export", path, "-o", package}, QStringList{"info", path}}) {
            const Run run = cli(args);
            QCOMPARE(run.code, 2);
            QCOMPARE(run.err.count('\n'), 1);
            QVERIFY2(run.err.startsWith("isoaudit-cli: ") && run.err.contains(expected), qPrintable(run.err));
            QCOMPARE(run.out, QString());
            QVERIFY(!QFileInfo::exists(package));
            QCOMPARE(readAll(path), bytes);
        }
        QCOMPARE(QFileInfo(path).lastModified(), modified);
    }

    void folderAndMissingFile()
    {
        for (const QString& path : {m_dir.path(), m_dir.filePath("missing.isoaudit")}) {
            auto opened = Lifecycle::open(path);
            QVERIFY(!opened.ok());
            QVERIFY2(opened.error().contains("is a folder") || opened.error().contains("does not exist"),
                     qPrintable(opened.error()));
            const Run run = cli({"export", path, "-o", m_dir.filePath("p.json")});
            QCOMPARE(run.code, 2);
            QCOMPARE(run.err.count('\n'), 1);
            QVERIFY(!QFileInfo::exists(m_dir.filePath("p.json")));
        }
        QVERIFY(!QFileInfo::exists(m_dir.filePath("missing.isoaudit")));
    }

    /// The real file, for contrast: the same calls succeed, so the refusals above are about the files.
    void realFileIsAccepted()
    {
        const QString path = m_dir.filePath("copy.isoaudit");
        QVERIFY(writeAll(path, m_real));
        const Run run = cli({"export", path, "-o", m_dir.filePath("real.json")});
        QCOMPARE(run.code, 0);
        QVERIFY(readAll(m_dir.filePath("real.json")).contains("æøå ü 日本"));
        QCOMPARE(readAll(path), m_real);
    }
};

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
