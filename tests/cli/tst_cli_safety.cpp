// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's safety commands as a user's script drives them: trail (exit 1 naming the broken entry), backup/backups/
// restore, the lock refusal and --break-lock, and the encrypted package round trip.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCliSafety : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    static Run cli(const QStringList& args, const QHash<QString, QString>& environment = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = environment.cbegin(); it != environment.cend(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ISOAUDIT_CLI), args);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newAudit()
    {
        const QString path = m_dir.filePath(QStringLiteral("audit%1.isoaudit").arg(++m_counter));
        const Run run = cli({"generate", path, "--risks", "5", "--interviews", "2", "--findings", "2", "--evidence",
                             "3", "--seed", "7"},
                            {{"ISOAUDIT_AUTHOR", "Grace Generator"}});
        if (run.code != 0)
            qFatal("%s", qPrintable(run.err));
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void helpListsTheCommands()
    {
        const Run run = cli({"--help"});
        QCOMPARE(run.code, 0);
        for (const char* synopsis : {"trail FILE [--verify] [--record UUID]", "backups FILE", "restore FILE BACKUP",
                                     "export FILE -o PACKAGE.json [--encrypt [--pass-env VAR]]", "--break-lock"})
            QVERIFY2(run.out.contains(QLatin1String(synopsis)), synopsis);
    }

    void trailNamesTheAuthorAndTheBrokenEntry()
    {
        const QString path = newAudit();
        Run run = cli({"trail", path});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QLatin1String("Grace Generator: insert risk ")));
        QVERIFY(run.out.contains(
            QRegularExpression("^#1 \\S+Z Grace Generator: genesis$", QRegularExpression::MultilineOption)));
        QVERIFY(run.out.trimmed().endsWith(QLatin1String("entries, head ") + run.out.trimmed().right(64)));

        QProcess sqlite;
        sqlite.start("sqlite3", {path, "UPDATE finding SET grade = 'observation'"});
        QVERIFY(sqlite.waitForFinished(30000));
        QCOMPARE(sqlite.exitCode(), 0);
        run = cli({"trail", path, "--verify"});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QRegularExpression("audit trail is broken at entry #\\d+: The finding .* was changed "
                                                     "outside IsoAudit: grade is \"observation\" in the file")),
                 qPrintable(run.err));
        QCOMPARE(cli({"trail", m_dir.filePath("none.isoaudit")}).code, 2);
        QCOMPARE(cli({"trail"}).code, 2);
    }

    void backupsAndRestore()
    {
        const QString path = newAudit();
        Run run = cli({"backup", path, "--keep", "2"});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QLatin1String(".isoaudit.backups")));
        QCOMPARE(cli({"backup", path, "--keep", "2"}).code, 0);
        QCOMPARE(cli({"backup", path, "--keep", "2"}).code, 0);
        run = cli({"backups", path});
        QCOMPARE(run.code, 0);
        const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // keep 2
        QVERIFY2(lines.first().contains(QLatin1String("5 risks")), qPrintable(lines.first()));
        const QString backup = lines.first().section('\t', 1, 1);
        run = cli({"restore", path, backup});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("-before-restore.isoaudit")));
        QCOMPARE(cli({"backups", path}).out.split('\n', Qt::SkipEmptyParts).size(), 3);
        QCOMPARE(cli({"trail", path, "--verify"}).code, 0);
        QCOMPARE(cli({"backup", path, "--keep", "0"}).code, 2);
    }

    void lockRefusesWritesUntilBroken()
    {
        const QString path = newAudit();
        QFile lock(path + ".lock");
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(
            QJsonDocument(
                QJsonObject{{"name", "Heidi"}, {"host", "far-away"}, {"pid", 99}, {"since", "2026-04-01T07:15:00Z"}})
                .toJson());
        lock.close();
        Run run = cli({"reopen", path, "--reason", "typo"});
        QCOMPARE(run.code, 2);
        QVERIFY2(
            run.err.contains(QStringLiteral("is open in IsoAudit by Heidi on far-away since 2026-04-01 07:15 UTC — "
                                            "open it read-only?")),
            qPrintable(run.err));
        QCOMPARE(cli({"info", path}).code, 0); // reading is never refused
        QCOMPARE(cli({"backup", path}).code, 0);
        run = cli({"restore", path, m_dir.filePath("x.isoaudit")});
        QCOMPARE(run.code, 2);
        // --break-lock removes it: the command then runs (and fails only for its own reason).
        run = cli({"reopen", path, "--reason", "typo", "--break-lock"});
        QVERIFY2(!run.err.contains(QLatin1String("is open in IsoAudit")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("Only a signed audit can be reopened")));
        QVERIFY(!QFile::exists(path + ".lock"));
    }

    void encryptedPackage()
    {
        const QString path = newAudit();
        const QString package = m_dir.filePath("sealed.pkg");
        Run run = cli({"export", path, "-o", package, "--encrypt", "--pass-env", "PKG_PASS"}, {{"PKG_PASS", "pa55"}});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        // Without a terminal and without --pass-env the passphrase cannot be asked for.
        run = cli({"import-package", m_dir.filePath("in.isoaudit"), package});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QLatin1String("is encrypted and there is no terminal")), qPrintable(run.err));
        run = cli({"import-package", m_dir.filePath("in.isoaudit"), package, "--pass-env", "PKG_PASS"},
                  {{"PKG_PASS", "pa55"}});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(cli({"info", m_dir.filePath("in.isoaudit")}).out,
                 cli({"info", path}).out.replace(path, m_dir.filePath("in.isoaudit")));
        QCOMPARE(cli({"export", path, "-o", package, "--pass-env", "PKG_PASS"}).code,
                 2); // --pass-env without --encrypt
    }
};

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_cli_safety.moc"
