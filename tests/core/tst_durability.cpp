// SPDX-License-Identifier: GPL-3.0-or-later
// Durability: a writer process makes a burst of edits and prints "ack N" after each one is committed; the test
// kills it with SIGKILL at a random moment, many times over. Afterwards the file must open, pass
// PRAGMA integrity_check, and hold every acknowledged edit. (tests/soak-durability.sh runs this for longer.)
#include "StoreTestAccess.h"

#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace isoaudit;

namespace {

// Under ASan + UBSan (ISOAUDIT_SANITIZE) the writer needs about 150 ms before its first edit instead of a few, so
// each kill comes ten times later and there are fewer rounds; the kills still land at random points of the burst.
#ifdef ISOAUDIT_SANITIZED
constexpr int killDelayScale = 10;
constexpr int defaultRounds = 8;
#else
constexpr int killDelayScale = 1;
constexpr int defaultRounds = 25;
#endif

// The child: edits until killed. Each edit is one committed transaction; only then is it acknowledged.
int runWriter(const QString& path)
{
    auto store = Lifecycle::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error()));
        return 2;
    }
    const QString audit = store.value()->audit()->uuid;
    for (int i = 0; i < 100000; ++i) {
        auto risk = store.value()->insert({RecordKind::Risk, {}, {}, {{"ref", QStringLiteral("R-%1").arg(i)}}, {}});
        if (!risk)
            return 3;
        if (!store.value()->setField(RecordKind::Audit, audit, "objectives", QStringLiteral("edit %1").arg(i)))
            return 4;
        std::printf("ack %d\n", i);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class TestDurability : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingAcknowledged()
    {
        const int rounds = qEnvironmentVariableIntValue("ISOAUDIT_KILL_ROUNDS") > 0
            ? qEnvironmentVariableIntValue("ISOAUDIT_KILL_ROUNDS")
            : defaultRounds;
        QTemporaryDir dir;
        const QString path = dir.filePath("durable.isoaudit");
        QVERIFY(Lifecycle::create(path, {"Kill Test A/S", "stage2", "Lead", {}, {}, {}}).ok());
        int lastAck = -1;
        int expectedRisks = 0;
        auto* random = QRandomGenerator::global();
        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            writer.start(QCoreApplication::applicationFilePath(), {"--writer", path});
            QVERIFY(writer.waitForStarted());
            // Let it run for a random while, reading acknowledgements as they come.
            QByteArray output;
            const int millis = int(random->bounded(20, 200)) * killDelayScale;
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < millis) {
                writer.waitForReadyRead(5);
                output += writer.readAllStandardOutput();
            }
            // A writer that stopped on its own (an error, a sanitizer report) fails the test instead of passing as
            // a kill.
            QVERIFY2(writer.state() == QProcess::Running, writer.readAllStandardError().constData());
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(5000));
            output += writer.readAllStandardOutput();
            const auto lines = output.split('\n');
            int roundAcks = 0;
            for (const QByteArray& line : lines) {
                if (line.startsWith("ack ")) {
                    lastAck = line.mid(4).toInt();
                    ++roundAcks;
                }
            }
            expectedRisks += roundAcks;

            auto store = Lifecycle::open(path);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            QSqlQuery query(StoreTestAccess::db(*store.value()));
            QVERIFY(query.exec("PRAGMA integrity_check") && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
            // Every acknowledged insert is there; at most one more (committed, killed before it printed).
            QVERIFY(query.exec("SELECT count(*) FROM risk") && query.next());
            const int risks = query.value(0).toInt();
            QVERIFY2(
                risks >= expectedRisks && risks <= expectedRisks + 1,
                qPrintable(
                    QStringLiteral("round %1: %2 risks, %3 acknowledged").arg(round).arg(risks).arg(expectedRisks)));
            expectedRisks = risks; // the next writer numbers from where this file is
            if (lastAck >= 0) {
                QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM risk WHERE ref = 'R-%1'").arg(lastAck)));
                QVERIFY(query.next());
                QVERIFY(query.value(0).toInt() >= 1);
            }
        }
        QVERIFY2(expectedRisks > 0, "the writer never acknowledged an edit: the test did not test anything");
    }
};

int main(int argc, char** argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestDurability test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_durability.moc"
