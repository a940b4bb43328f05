// SPDX-License-Identifier: GPL-3.0-or-later
// The central repository (issue 18, docs/repository.md) against a PostgreSQL 15 cluster of its own (the tests'
// PgTestCluster): push and pull of the large audit (10,000 risks, 50 MB of attachments), each beside its floor, the
// same rows moved by PostgreSQL's own tools (psql \copy of the pushed tables into a fresh schema; pg_dump of them),
// and `isoaudit-cli repo list` over 1,000 audits beside psql \copy of the audit table as the same role.
// Usage: bench_repository LARGE.isoaudit ISOAUDIT-CLI [RUNS]. Prints RESULT lines; asserts nothing on time.
#include "BenchStats.h"
#include "core/PgTestCluster.h"

#include "repository/Repository.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace isoaudit;
using namespace isoaudit::bench;

namespace {

const QString password = QStringLiteral("bench password");

double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1.0e3
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1.0e3;
}

/// Runs a program to completion; appends its wall and CPU (its own, from the kernel's children accounting).
bool runTimed(Samples& samples, const QString& program, const QStringList& arguments, const QString& pgPassword)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), pgPassword);
    environment.insert(QStringLiteral("BENCH_PASSWORD"), pgPassword);
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    const double cpuBefore = childrenCpuMs();
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    process.waitForFinished(-1);
    const double wall = double(timer.nsecsElapsed()) / 1.0e6;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
        return false;
    }
    samples.wall.append(wall);
    samples.cpu.append(childrenCpuMs() - cpuBefore);
    return true;
}

bool sql(pgtest::PgTestCluster& cluster, const QString& statement, const QString& database)
{
    QString error;
    if (cluster.sql(statement, &error, QStringLiteral("postgres"), {}, database))
        return true;
    std::fprintf(stderr, "SQL failed: %s\n%s\n", qPrintable(statement), qPrintable(error));
    return false;
}

/// A fresh database with the repository's schema, a team and the login role `bench` in it.
bool freshRepository(pgtest::PgTestCluster& cluster, const QString& database)
{
    if (!sql(cluster, QStringLiteral("CREATE DATABASE %1").arg(database), QStringLiteral("postgres")))
        return false;
    if (auto init = Repository::init(cluster.server(QStringLiteral("postgres"), database),
                                     pgtest::PgTestCluster::superPassword());
        !init) {
        std::fprintf(stderr, "init failed: %s\n", qPrintable(init.error()));
        return false;
    }
    return sql(cluster,
               QStringLiteral("INSERT INTO isoaudit.team VALUES ('bench'); INSERT INTO isoaudit.team_member VALUES"
                              " ('bench', 'bench')"),
               database);
}

/// Prints to stderr how long each step of a push or pull took (for the analysis, not the figures).
RepositoryTask stepTimer(QElapsedTimer& clock, QString& current)
{
    RepositoryTask task;
    task.progress = [&clock, &current](const RepositoryProgress& progress) {
        if (progress.step == current)
            return;
        if (!current.isEmpty())
            std::fprintf(stderr, "STEP %8.0f ms  %s\n", double(clock.nsecsElapsed()) / 1.0e6, qPrintable(current));
        current = progress.step;
        clock.restart();
    };
    return task;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_repository LARGE.isoaudit ISOAUDIT-CLI [RUNS]\n");
        return 2;
    }
    const QString large = QString::fromLocal8Bit(argv[1]);
    const QString cliPath = QString::fromLocal8Bit(argv[2]);
    const int runs = argc > 3 ? std::max(1, atoi(argv[3])) : 3;
    const QString bin = pgtest::PgTestCluster::binDir();
    pgtest::PgTestCluster cluster;
    if (!cluster.isRunning()) {
        std::fprintf(stderr, "%s\n", qPrintable(cluster.error()));
        return 1;
    }
    QString error;
    QTemporaryDir work(QStringLiteral("/tmp/isoaudit-bench-repo-XXXXXX"));
    // Every push goes to an empty repository (a fresh database), so each run sends everything.
    Samples push, pushFloor, pull, pullFloor, list, listFloor;
    QString uuid;
    for (int run = 0; run < runs; ++run) {
        const QString database = QStringLiteral("push%1").arg(run);
        if (!freshRepository(cluster, database))
            return 1;
        if (run == 0 && !cluster.createLogin(QStringLiteral("bench"), password, {QStringLiteral("isoaudit_auditor")}, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        auto repository = Repository::connect(cluster.server(QStringLiteral("bench"), database), password);
        if (!repository) {
            std::fprintf(stderr, "%s\n", qPrintable(repository.error()));
            return 1;
        }
        bool ok = true;
        measure(push, [&] {
            QElapsedTimer clock;
            clock.start();
            QString current;
            auto pushed = repository.value()->push(large, {}, stepTimer(clock, current));
            std::fprintf(stderr, "STEP %8.0f ms  %s\n", double(clock.nsecsElapsed()) / 1.0e6, qPrintable(current));
            ok = pushed.ok() && pushed->kind == RepositoryPushOutcome::Kind::Created;
            if (!pushed)
                std::fprintf(stderr, "push failed: %s\n", qPrintable(pushed.error()));
        });
        if (!ok)
            return 1;
        // The floor: the same rows, dumped by psql \copy, loaded by psql \copy into another fresh repository.
        const QString dumpDir = work.filePath(QStringLiteral("dump%1").arg(run));
        QDir().mkpath(dumpDir);
        QStringList out;
        for (const char* table : {"audit", "record", "trail", "attachment_blob"})
            out << QStringLiteral("\\copy isoaudit.%1 TO '%2/%1.copy'").arg(QLatin1String(table), dumpDir);
        Samples ignored;
        const QStringList connection{QStringLiteral("-h"), cluster.socketDir(), QStringLiteral("-U"),
                                     QStringLiteral("postgres"), QStringLiteral("-X"), QStringLiteral("-q"),
                                     QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1")};
        QStringList dumpArguments = connection + QStringList{QStringLiteral("-d"), database};
        for (const QString& command : out)
            dumpArguments << QStringLiteral("-c") << command;
        if (!runTimed(ignored, bin + QStringLiteral("/psql"), dumpArguments, pgtest::PgTestCluster::superPassword()))
            return 1;
        const QString floorDatabase = QStringLiteral("floor%1").arg(run);
        if (!freshRepository(cluster, floorDatabase))
            return 1;
        QStringList loadArguments = connection + QStringList{QStringLiteral("-d"), floorDatabase, QStringLiteral("-1")};
        for (const char* table : {"audit", "record", "trail", "attachment_blob"})
            loadArguments << QStringLiteral("-c")
                          << QStringLiteral("\\copy isoaudit.%1 FROM '%2/%1.copy'").arg(QLatin1String(table), dumpDir);
        if (!runTimed(pushFloor, bin + QStringLiteral("/psql"), loadArguments, pgtest::PgTestCluster::superPassword()))
            return 1;

        // Pull the audit back into a new file; the floor is pg_dump of the same tables' data.
        auto listed = repository.value()->list();
        uuid = listed && !listed->isEmpty() ? listed->first().uuid : QString();
        const QString pulledPath = work.filePath(QStringLiteral("pulled%1.isoaudit").arg(run));
        measure(pull, [&] {
            QElapsedTimer clock;
            clock.start();
            QString current;
            auto pulled = repository.value()->pull(uuid, pulledPath, stepTimer(clock, current));
            std::fprintf(stderr, "STEP %8.0f ms  %s\n", double(clock.nsecsElapsed()) / 1.0e6, qPrintable(current));
            ok = pulled.ok();
            if (!pulled)
                std::fprintf(stderr, "pull failed: %s\n", qPrintable(pulled.error()));
        });
        if (!ok)
            return 1;
        QFile::remove(pulledPath);
        if (!runTimed(pullFloor, bin + QStringLiteral("/pg_dump"),
                      {QStringLiteral("-h"), cluster.socketDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
                       QStringLiteral("--data-only"), QStringLiteral("--schema=isoaudit"), QStringLiteral("-f"),
                       QStringLiteral("/dev/null"), database},
                      pgtest::PgTestCluster::superPassword()))
            return 1;
    }

    // repo list over 1,000 audits (the audit table is what it reads; their rows are made in SQL).
    if (!freshRepository(cluster, QStringLiteral("listing")))
        return 1;
    if (!sql(cluster,
             QStringLiteral(
                 "INSERT INTO isoaudit.audit (uuid, team, client, lead, audit_type, state, framework, start_date,"
                 " end_date, file_format, trail_seq, trail_hash, next_due, next_due_type)"
                 " SELECT gen_random_uuid()::text, 'bench', 'Client ' || i, 'Lead ' || (i % 40),"
                 " (ARRAY['stage1','stage2','surveillance','recertification'])[1 + i % 4],"
                 " (ARRAY['planning','fieldwork','reporting','signed'])[1 + i % 4], 'iso27001-2022',"
                 " date '2026-01-01' + i, date '2026-01-03' + i, 8, 100 + i, md5(i::text),"
                 " date '2027-01-01' + i, 'surveillance' FROM generate_series(1, 1000) i"),
             QStringLiteral("listing")))
        return 1;
    const QString url
        = QStringLiteral("postgresql://bench@localhost/listing?host=%1").arg(cluster.socketDir());
    for (int run = 0; run < runs; ++run) {
        if (!runTimed(list, cliPath,
                      {QStringLiteral("repo"), QStringLiteral("list"), QStringLiteral("--db"), url,
                       QStringLiteral("--password-env"), QStringLiteral("BENCH_PASSWORD"), QStringLiteral("--format"),
                       QStringLiteral("json")},
                      password))
            return 1;
        if (!runTimed(listFloor, bin + QStringLiteral("/psql"),
                      {QStringLiteral("-h"), cluster.socketDir(), QStringLiteral("-U"), QStringLiteral("bench"),
                       QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"), QStringLiteral("listing"),
                       QStringLiteral("-c"),
                       QStringLiteral("\\copy (SELECT * FROM isoaudit.audit ORDER BY client, start_date) TO STDOUT")},
                      password))
            return 1;
    }
    reportSamples("repo_push", push);
    reportSamples("repo_push_floor", pushFloor);
    reportSamples("repo_pull", pull);
    reportSamples("repo_pull_floor", pullFloor);
    reportSamples("repo_list", list);
    reportSamples("repo_list_floor", listFloor);
    report("repo_large_bytes", double(QFile(large).size()) / (1024.0 * 1024.0));
    return 0;
}
