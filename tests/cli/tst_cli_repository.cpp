// SPDX-License-Identifier: GPL-3.0-or-later
// isoaudit-cli repo init|push|pull|list|status against a PostgreSQL 15 cluster the test starts itself: exit codes
// (0 done, 1 "no": behind or not in sync, 2 refused, 3 conflicts), one stderr line per failure, the password only
// through --password-env, and files left untouched by every refusal.
#include "core/PgTestCluster.h"
#include "package/AuditPackage.h"
#include "workflow/Lifecycle.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestCliRepository : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    std::unique_ptr<pgtest::PgTestCluster> m_cluster;
    QTemporaryDir m_dir;
    int m_counter = 0;

    static Run cli(const QStringList& args)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TEST_PG_PASSWORD"), QStringLiteral("auditor password"));
        environment.insert(QStringLiteral("TEST_PG_SUPER"), pgtest::PgTestCluster::superPassword());
        environment.remove(QStringLiteral("PGPASSWORD"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ISOAUDIT_CLI), args);
        process.waitForFinished(120000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QString url(const QString& role) const
    {
        return QStringLiteral("postgresql://%1@localhost/isoaudit?host=%2").arg(role, m_cluster->socketDir());
    }

    QStringList as(const QString& role) const
    {
        return {QStringLiteral("--db"), url(role), QStringLiteral("--password-env"),
                role == QLatin1String("postgres") ? QStringLiteral("TEST_PG_SUPER") : QStringLiteral("TEST_PG_PASSWORD")};
    }

    QString newAudit()
    {
        const QString file = m_dir.filePath(QStringLiteral("%1.isoaudit").arg(++m_counter));
        auto store = Lifecycle::create(file, {"Contoso Ltd", "stage2", "Alice Auditor", "Head office",
                                              QDate(2026, 3, 2), QDate(2026, 3, 4)});
        return store ? file : QString();
    }

    static QString uuidOf(const QString& file)
    {
        auto store = AuditStore::open(file, AuditDatabase::Mode::ReadOnly);
        return store ? store.value()->audit()->uuid : QString();
    }

    static QByteArray packageOf(const QString& file)
    {
        auto store = AuditStore::open(file, AuditDatabase::Mode::ReadOnly);
        return store ? AuditPackage::serialize(*store.value()).value() : QByteArray();
    }

    static QByteArray bytesOf(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                              : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cluster = std::make_unique<pgtest::PgTestCluster>();
        QVERIFY2(m_cluster->isRunning(), qPrintable(m_cluster->error()));
        QString error;
        QVERIFY2(m_cluster->sql("CREATE DATABASE isoaudit", &error, "postgres", {}, "postgres"), qPrintable(error));
        const Run init = cli(QStringList{"repo", "init"} + as("postgres"));
        QVERIFY2(init.code == 0, qPrintable(init.err));
        QVERIFY(init.out.contains(QStringLiteral("schema version 1")));
        for (const char* role : {"anna", "ben"})
            QVERIFY2(m_cluster->createLogin(role, "auditor password", {"isoaudit_auditor"}, &error), qPrintable(error));
        QVERIFY(m_cluster->sql("INSERT INTO isoaudit.team VALUES ('alpha'), ('beta');"
                               "INSERT INTO isoaudit.team_member VALUES ('alpha', 'anna'), ('alpha', 'ben'),"
                               " ('beta', 'anna')",
                               &error));
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void pushListPullStatus()
    {
        const QString file = newAudit();
        const QString uuid = uuidOf(file);
        // Anna is in two teams: the first push must name one.
        const Run ambiguous = cli(QStringList{"repo", "push", file} + as("anna"));
        QCOMPARE(ambiguous.code, 2);
        QVERIFY2(ambiguous.err.contains(QStringLiteral("--team")), qPrintable(ambiguous.err));
        const Run pushed = cli(QStringList{"repo", "push", file, "--team", "alpha"} + as("anna"));
        QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
        QVERIFY(pushed.out.contains(QStringLiteral("Stored")));
        // The file remembers the server (without a password): a later push or status needs no --db.
        const Run again = cli({"repo", "push", file, "--password-env", "TEST_PG_PASSWORD", "--format", "json"});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value("outcome").toString(),
                 QStringLiteral("up-to-date"));

        const Run listed = cli(QStringList{"repo", "list", "--client", "contoso", "--format", "json"} + as("ben"));
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        const QJsonArray audits = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QVERIFY(std::any_of(audits.begin(), audits.end(), [&](const QJsonValue& v) {
            return v.toObject().value("uuid").toString() == uuid && v.toObject().value("team").toString() == "alpha";
        }));
        const Run signedOnly = cli(QStringList{"repo", "list", "--state", "signed"} + as("ben"));
        QCOMPARE(signedOnly.code, 0);
        QVERIFY(!signedOnly.out.contains(uuid));
        QCOMPARE(cli(QStringList{"repo", "list", "--state", "done"} + as("ben")).code, 2);

        const QString pulled = m_dir.filePath(QStringLiteral("pulled.isoaudit"));
        const Run pull = cli(QStringList{"repo", "pull", uuid, "-o", pulled} + as("ben"));
        QVERIFY2(pull.code == 0, qPrintable(pull.err));
        QVERIFY(pull.out.contains(QStringLiteral("checked out by ben")));
        QCOMPARE(packageOf(pulled), packageOf(file));
        const Run status = cli({"repo", "status", pulled, "--password-env", "TEST_PG_PASSWORD"});
        QVERIFY2(status.code == 0, qPrintable(status.err));
        QVERIFY(status.out.contains(QStringLiteral("In sync")));
        QVERIFY(status.out.contains(QStringLiteral("Checked out by ben")));

        // Ben changes and pushes; Anna's file is behind: exit 1, nothing sent.
        {
            auto store = Lifecycle::open(pulled);
            QVERIFY(store.value()->setField(RecordKind::Audit, uuid, "scope", "Ben's scope").ok());
        }
        QCOMPARE(cli(QStringList{"repo", "push", pulled} + as("ben")).code, 0);
        const Run behind = cli(QStringList{"repo", "push", file} + as("anna"));
        QCOMPARE(behind.code, 1);
        QVERIFY2(behind.err.contains(QStringLiteral("pull")), qPrintable(behind.err));
        QCOMPARE(cli({"repo", "status", file, "--password-env", "TEST_PG_PASSWORD"}).code, 1);
    }

    void conflictsExitThree()
    {
        const QString file = newAudit();
        const QString uuid = uuidOf(file);
        QCOMPARE(cli(QStringList{"repo", "push", file, "--team", "alpha"} + as("anna")).code, 0);
        const QString bens = m_dir.filePath(QStringLiteral("ben-conflict.isoaudit"));
        QCOMPARE(cli(QStringList{"repo", "pull", uuid, "-o", bens} + as("ben")).code, 0);
        for (const auto& [path, scope] : {std::pair{file, "Anna's scope"}, std::pair{bens, "Ben's scope"}}) {
            auto store = Lifecycle::open(path);
            QVERIFY(store.value()->setField(RecordKind::Audit, uuid, "scope", scope).ok());
        }
        QCOMPARE(cli(QStringList{"repo", "push", file} + as("anna")).code, 0);
        const QByteArray before = bytesOf(bens);
        const Run conflict = cli(QStringList{"repo", "push", bens} + as("ben"));
        QCOMPARE(conflict.code, 3);
        QVERIFY2(conflict.err.contains(QStringLiteral("scope")), qPrintable(conflict.err));
        QVERIFY2(conflict.err.contains(QStringLiteral("Anna's scope")), qPrintable(conflict.err));
        QCOMPARE(bytesOf(bens), before);
        const Run theirs = cli(QStringList{"repo", "push", bens, "--prefer", "theirs"} + as("ben"));
        QVERIFY2(theirs.code == 0, qPrintable(theirs.err));
        auto store = AuditStore::open(bens, AuditDatabase::Mode::ReadOnly);
        QCOMPARE(store.value()->audit()->text("scope"), QStringLiteral("Anna's scope"));
    }

    void aPushKilledHalfWayLeavesNothing()
    {
        // A real process killed (SIGKILL) while its transaction is sending attachments: the server rolls it back.
        const QString file = m_dir.filePath(QStringLiteral("killed.isoaudit"));
        const Run generated = cli({"generate", file, "--risks", "500", "--interviews", "10", "--findings", "10",
                                   "--evidence", "40", "--attachments-mb", "40", "--seed", "3"});
        QVERIFY2(generated.code == 0, qPrintable(generated.err));
        const QString uuid = uuidOf(file);
        const QByteArray before = bytesOf(file);
        // Another session holds the attachments' table locked, so the push, once its transaction has written the
        // audit and is sending its first attachment, waits there: it is killed while it certainly is half-way, not
        // when a poll happens to catch it (a fast machine finished the push between two polls).
        const QString lockName = QStringLiteral("attachment-lock");
        {
            QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), lockName);
            locker.setHostName(m_cluster->socketDir());
            locker.setPort(m_cluster->port());
            locker.setDatabaseName(QStringLiteral("isoaudit"));
            locker.setUserName(QStringLiteral("postgres"));
            locker.setPassword(pgtest::PgTestCluster::superPassword());
            QVERIFY2(locker.open(), qPrintable(locker.lastError().text()));
            QSqlQuery lock(locker);
            QVERIFY(lock.exec(QStringLiteral("BEGIN")));
            QVERIFY2(lock.exec(QStringLiteral("LOCK TABLE isoaudit.attachment_blob IN EXCLUSIVE MODE")),
                     qPrintable(lock.lastError().text()));
            QProcess push;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("TEST_PG_PASSWORD"), QStringLiteral("auditor password"));
            push.setProcessEnvironment(environment);
            push.start(QStringLiteral(ISOAUDIT_CLI), QStringList{"repo", "push", file, "--team", "alpha"} + as("anna"));
            QVERIFY(push.waitForStarted());
            bool waiting = false;
            for (int i = 0; i < 600 && !waiting && push.state() == QProcess::Running; ++i) {
                // Anna's backend waits for the attachments' table (an attachment's INSERT); Qt sends it as an
                // EXECUTE of a prepared statement, so the query's text does not name the function.
                const auto active = m_cluster->sql(
                    "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid) WHERE a.usename = 'anna'"
                    " AND NOT l.granted AND l.relation = 'isoaudit.attachment_blob'::regclass",
                    nullptr, "postgres", {}, "isoaudit");
                waiting = active && active->value(0) != QLatin1String("0");
                if (!waiting)
                    QTest::qWait(50);
            }
            QVERIFY2(waiting, qPrintable(QStringLiteral("the push never reached its attachments: ")
                                         + QString::fromUtf8(push.readAllStandardError())));
            push.kill();
            QVERIFY(push.waitForFinished());
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            locker.close();
        }
        QSqlDatabase::removeDatabase(lockName);
        // The server notices the dead connection and rolls back: no audit, no rows, no attachments of it.
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster->sql("SELECT count(*) FROM pg_stat_activity WHERE usename = 'anna'")->value(0),
                                  QStringLiteral("0"), 30000);
        QCOMPARE(m_cluster->sql(QStringLiteral("SELECT count(*) FROM isoaudit.audit WHERE uuid = '%1'").arg(uuid))
                     ->value(0),
                 QStringLiteral("0"));
        QCOMPARE(m_cluster->sql(QStringLiteral("SELECT count(*) FROM isoaudit.record WHERE audit = '%1'").arg(uuid))
                     ->value(0),
                 QStringLiteral("0"));
        QCOMPARE(bytesOf(file), before);
        // Pushed again, it arrives whole.
        const Run again = cli(QStringList{"repo", "push", file, "--team", "alpha"} + as("anna"));
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY(again.out.contains(QStringLiteral("Stored")));
    }

    void refusalsLeaveTheFileAlone()
    {
        const QString file = newAudit();
        const QByteArray before = bytesOf(file);
        QTemporaryDir nowhere(QStringLiteral("/tmp/isoaudit-nopg-XXXXXX"));
        const Run down = cli({"repo", "push", file, "--db",
                              QStringLiteral("postgresql://anna@localhost/isoaudit?host=%1").arg(nowhere.path()),
                              "--password-env", "TEST_PG_PASSWORD"});
        QCOMPARE(down.code, 2);
        QVERIFY2(down.err.contains(QStringLiteral("Could not connect to the repository")), qPrintable(down.err));
        QCOMPARE(down.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(bytesOf(file), before);
        const Run withPassword = cli({"repo", "push", file, "--db", "postgresql://anna:secret@localhost/isoaudit"});
        QCOMPARE(withPassword.code, 2);
        QVERIFY(withPassword.err.contains(QStringLiteral("password")));
        QCOMPARE(cli(QStringList{"repo", "push", file, "--prefer", "both"} + as("anna")).code, 2);
        QCOMPARE(cli({"repo", "push", file, "--password-env", "NOT_SET_ANYWHERE"}).code, 2);
        QCOMPARE(cli({"repo", "frobnicate"}).code, 2);
        QCOMPARE(bytesOf(file), before);
    }
};

QTEST_GUILESS_MAIN(TestCliRepository)
#include "tst_cli_repository.moc"
