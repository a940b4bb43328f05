// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: one edit committed. AuditStore::setField on a risk's notes (validation, the workflow's write guard, the
// audit trail, one WAL transaction with synchronous=FULL) against the floor: one raw SQLite UPDATE transaction in C++
// on a copy of the same file with the same pragmas and a prepared statement.
// Usage: bench_edit FILE [EDITS]. Works on copies in a temporary folder; FILE is never written.

#include "BenchStats.h"
#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

using namespace isoaudit;

namespace {

/// `edits` commits through AuditStore, alternating the notes of the first risks; the milliseconds of each.
bench::Samples storeEdits(const QString& path, int edits, QStringList* uuids)
{
    auto opened = Lifecycle::open(path);
    if (!opened) {
        std::fprintf(stderr, "bench_edit: %s\n", qPrintable(opened.error()));
        return {};
    }
    auto store = std::move(opened).value();
    const auto risks = store->records(RecordKind::Risk);
    if (!risks || risks.value().isEmpty()) {
        std::fprintf(stderr, "bench_edit: the audit has no risks\n");
        return {};
    }
    for (int i = 0; i < std::min<qsizetype>(50, risks.value().size()); ++i)
        uuids->append(risks.value().at(i).uuid);
    bench::Samples samples;
    for (int i = 0; i < edits; ++i) {
        const QString& uuid = uuids->at(i % uuids->size());
        const QString notes = QStringLiteral("Benchmark edit %1").arg(i);
        Status status;
        bench::measure(samples,
                       [&] { status = store->setField(RecordKind::Risk, uuid, QStringLiteral("notes"), notes); });
        if (!status) {
            std::fprintf(stderr, "bench_edit: %s\n", qPrintable(status.error()));
            return {};
        }
    }
    return samples;
}

/// The floor: BEGIN; UPDATE risk SET notes = ? WHERE uuid = ?; COMMIT with WAL and synchronous=FULL.
bench::Samples rawEdits(const QString& path, int edits, const QStringList& uuids)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        std::fprintf(stderr, "bench_edit: sqlite3_open failed\n");
        sqlite3_close(db);
        return {};
    }
    sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON", nullptr, nullptr,
                 nullptr);
    sqlite3_stmt* begin = nullptr;
    sqlite3_stmt* update = nullptr;
    sqlite3_stmt* commit = nullptr;
    sqlite3_prepare_v2(db, "BEGIN IMMEDIATE", -1, &begin, nullptr);
    sqlite3_prepare_v2(db, "UPDATE risk SET notes = ? WHERE uuid = ?", -1, &update, nullptr);
    sqlite3_prepare_v2(db, "COMMIT", -1, &commit, nullptr);
    bench::Samples samples;
    for (int i = 0; i < edits && update; ++i) {
        const QByteArray uuid = uuids.at(i % uuids.size()).toUtf8();
        const QByteArray notes = QStringLiteral("Raw edit %1").arg(i).toUtf8();
        bench::measure(samples, [&] {
            sqlite3_step(begin);
            sqlite3_reset(begin);
            sqlite3_bind_text(update, 1, notes.constData(), int(notes.size()), SQLITE_STATIC);
            sqlite3_bind_text(update, 2, uuid.constData(), int(uuid.size()), SQLITE_STATIC);
            sqlite3_step(update);
            sqlite3_reset(update);
            sqlite3_step(commit);
            sqlite3_reset(commit);
        });
    }
    sqlite3_finalize(begin);
    sqlite3_finalize(update);
    sqlite3_finalize(commit);
    sqlite3_close(db);
    return samples;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_edit FILE [EDITS]\n");
        return 2;
    }
    const int edits = args.size() > 2 ? args.at(2).toInt() : 300;
    QTemporaryDir dir;
    const QString ours = dir.filePath(QStringLiteral("ours.isoaudit"));
    const QString raw = dir.filePath(QStringLiteral("raw.isoaudit"));
    if (!QFile::copy(args.at(1), ours) || !QFile::copy(args.at(1), raw)) {
        std::fprintf(stderr, "bench_edit: cannot copy %s\n", qPrintable(args.at(1)));
        return 1;
    }
    QStringList uuids;
    const bench::Samples store = storeEdits(ours, edits, &uuids);
    if (store.wall.isEmpty())
        return 1;
    const bench::Samples floor = rawEdits(raw, edits, uuids);
    if (floor.wall.isEmpty())
        return 1;
    bench::reportSamples("edit", store);
    bench::reportSamples("edit_floor", floor);
    return 0;
}
