// SPDX-License-Identifier: GPL-3.0-or-later
// `fork` and `merge` as a script drives them (issue 18; docs/team.md): a copy for a member, a dry run that writes
// nothing, a conflict left undecided (exit 1, nothing written), --prefer and --resolve, the JSON plan, merging twice
// changes nothing, and the refusals (another audit, not an audit, an existing copy) with exit 2.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliTeam : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    static Run cli(const QStringList& args, const QString& author = QStringLiteral("Jane Lead"))
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ISOAUDIT_AUTHOR"), author);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ISOAUDIT_CLI), args);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    static QByteArray bytes(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// The audit's fields as `export` writes them (the package's "audit" object).
    QJsonObject auditOf(const QString& file)
    {
        const QString package = file + QStringLiteral(".json");
        QFile::remove(package);
        const Run run = cli({"export", file, "-o", package});
        if (run.code != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(bytes(package)).object().value(QStringLiteral("audit")).toObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(cli({"demo", path("lead.isoaudit")}).code, 0);
    }

    void forkWritesACopyForAMember()
    {
        const Run run = cli({"fork", path("lead.isoaudit"), "-o", path("anna.isoaudit"), "--member", "Anna Berg"});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains("Anna Berg"));
        QVERIFY(QFile::exists(path("anna.isoaudit")));
        QVERIFY(!QFile::exists(path("anna.isoaudit.part")));
        // Never over an existing file; a member is named.
        QCOMPARE(cli({"fork", path("lead.isoaudit"), "-o", path("anna.isoaudit"), "--member", "Anna Berg"}).code, 2);
        QCOMPARE(cli({"fork", path("lead.isoaudit"), "-o", path("x.isoaudit")}).code, 2);
        QCOMPARE(cli({"trail", path("anna.isoaudit"), "--verify"}).code, 0);
    }

    void aConflictIsDecidedBeforeAnythingIsWritten()
    {
        QCOMPARE(cli({"set", path("anna.isoaudit"), "--scope", "Anna's scope", "--clientAddress", "Anna Street 1"},
                     "Anna Berg")
                     .code,
                 0);
        QCOMPARE(cli({"set", path("lead.isoaudit"), "--scope", "Jane's scope"}).code, 0);

        // The dry run reports and writes nothing.
        const QByteArray before = bytes(path("lead.isoaudit"));
        const Run dry = cli({"merge", path("lead.isoaudit"), path("anna.isoaudit"), "--dry-run"});
        QCOMPARE(dry.code, 0);
        QVERIFY(dry.out.contains("1 conflict"));
        QVERIFY(dry.out.contains("Anna's scope"));
        QVERIFY(dry.out.contains("Anna Berg"));
        QCOMPARE(bytes(path("lead.isoaudit")), before);

        const Run json = cli({"merge", path("lead.isoaudit"), path("anna.isoaudit"), "--dry-run", "--format", "json"});
        QCOMPARE(json.code, 0);
        const QJsonObject plan = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(plan.value("conflicts").toInt(), 1);
        QCOMPARE(plan.value("member").toString(), QStringLiteral("Anna Berg"));
        const QJsonObject change = plan.value("changes").toArray().first().toObject();
        QCOMPARE(change.value("outcome").toString(), QStringLiteral("conflict"));

        // Undecided: exit 1 and nothing merged, not even the clean field.
        const Run undecided = cli({"merge", path("lead.isoaudit"), path("anna.isoaudit")});
        QCOMPARE(undecided.code, 1);
        QVERIFY(undecided.err.contains("scope"));
        QCOMPARE(auditOf(path("lead.isoaudit")).value("scope").toString(), QStringLiteral("Jane's scope"));
        QVERIFY(auditOf(path("lead.isoaudit")).value("clientAddress").toString() != QStringLiteral("Anna Street 1"));

        // Decided in a choices file: both texts kept, with Anna's name.
        QFile choices(path("choices.json"));
        QVERIFY(choices.open(QIODevice::WriteOnly));
        choices.write(QJsonDocument(QJsonObject{{change.value("uuid").toString(), QJsonObject{{"scope", "both"}}}})
                          .toJson());
        choices.close();
        const Run merged = cli({"merge", path("lead.isoaudit"), path("anna.isoaudit"), "--resolve", path("choices.json")});
        QCOMPARE(merged.code, 0);
        QVERIFY(merged.out.contains("1 conflict(s) resolved"));
        const QJsonObject audit = auditOf(path("lead.isoaudit"));
        QVERIFY(audit.value("scope").toString().startsWith("Jane's scope"));
        QVERIFY(audit.value("scope").toString().contains("Anna's scope"));
        QCOMPARE(audit.value("clientAddress").toString(), QStringLiteral("Anna Street 1"));
        QCOMPARE(cli({"trail", path("lead.isoaudit"), "--verify"}).code, 0);

        // Merging again changes nothing.
        const Run again = cli({"merge", path("lead.isoaudit"), path("anna.isoaudit")});
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains("nothing to merge"));
        QCOMPARE(auditOf(path("lead.isoaudit")), audit);
    }

    void preferDecidesEveryConflict()
    {
        QCOMPARE(cli({"fork", path("lead.isoaudit"), "-o", path("ben.isoaudit"), "--member", "Ben Okafor"}).code, 0);
        QCOMPARE(cli({"set", path("ben.isoaudit"), "--scope", "Ben's scope"}, "Ben Okafor").code, 0);
        QCOMPARE(cli({"set", path("lead.isoaudit"), "--scope", "Jane again"}).code, 0);
        QCOMPARE(cli({"merge", path("lead.isoaudit"), path("ben.isoaudit"), "--prefer", "theirs"}).code, 0);
        QCOMPARE(auditOf(path("lead.isoaudit")).value("scope").toString(), QStringLiteral("Ben's scope"));
        // The lead's losing value stays in the history.
        const Run trail = cli({"trail", path("lead.isoaudit")});
        QVERIFY(trail.out.contains("Jane again"));
        QVERIFY(trail.out.contains("resolving a merge conflict"));
    }

    void refusalsExitTwoAndChangeNothing()
    {
        QCOMPARE(cli({"new", path("other.isoaudit"), "--client", "Other Ltd", "--type", "stage1", "--lead", "Olga"})
                     .code,
                 0);
        const QByteArray before = bytes(path("lead.isoaudit"));
        const Run other = cli({"merge", path("lead.isoaudit"), path("other.isoaudit")});
        QCOMPARE(other.code, 2);
        QVERIFY(other.err.contains("another audit"));
        QFile junk(path("junk.isoaudit"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("junk");
        junk.close();
        QCOMPARE(cli({"merge", path("lead.isoaudit"), path("junk.isoaudit")}).code, 2);
        QCOMPARE(cli({"merge", path("lead.isoaudit"), path("anna.isoaudit"), "--prefer", "sometimes"}).code, 2);
        QCOMPARE(bytes(path("lead.isoaudit")), before);
    }
};

QTEST_GUILESS_MAIN(TestCliTeam)
#include "tst_cli_team.moc"
