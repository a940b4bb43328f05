// SPDX-License-Identifier: GPL-3.0-or-later
// Team merge (issue 18, point 6; docs/team.md): two copies of the 10,000-risk audit, each with 1,000 changed risks
// (different ones, so nothing conflicts), merged one after the other into the lead's file: the plan (both trails
// read and compared, the base replayed, three versions of each record) and the apply (one transaction, one trail
// entry per change). The floor, measured in the same run: the audit package export of the same file (every record
// read and written once), the nearest thing that reads the whole audit.
// Only measures and prints "RESULT" lines; never part of the test run.
#include "BenchStats.h"
#include "generate/AuditGenerator.h"
#include "merge/TeamMerge.h"
#include "package/AuditPackage.h"
#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace isoaudit;

namespace {

constexpr int riskCount = 10000;
constexpr int changesPerCopy = 1000;

std::unique_ptr<AuditStore> openAs(const QString& path, const QString& author)
{
    auto opened = Lifecycle::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    std::unique_ptr<AuditStore> store = std::move(opened).value();
    store->setAuthor(author);
    return store;
}

void changeRisks(const QString& path, const QString& author, int first)
{
    auto store = openAs(path, author);
    const QList<Record> risks = store->records(RecordKind::Risk).value();
    const Status done = store->batch([&]() -> Status {
        for (int i = first; i < first + changesPerCopy; ++i) {
            if (auto s = store->setField(RecordKind::Risk, risks.at(i).uuid, QStringLiteral("treatment_plan"),
                                         author + QStringLiteral(" reviewed ") + QString::number(i));
                !s)
                return s;
        }
        return {};
    });
    if (!done)
        qFatal("%s", qPrintable(done.error()));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString lead = dir.filePath(QStringLiteral("lead.isoaudit"));
    {
        NewAudit seed{QStringLiteral("Bench Client"), QStringLiteral("stage2"), QStringLiteral("Jane Lead"),
                      QStringLiteral("Everything"), QDate(2026, 3, 2), QDate(2026, 3, 6)};
        auto created = Lifecycle::create(lead, seed);
        if (!created)
            qFatal("%s", qPrintable(created.error()));
        GenerateOptions options;
        options.risks = riskCount;
        options.interviews = 200;
        options.findings = 100;
        options.evidence = 500;
        if (auto s = AuditGenerator::fill(*created.value(), options); !s)
            qFatal("%s", qPrintable(s.error()));
    }
    {
        auto store = openAs(lead, QStringLiteral("Jane Lead"));
        for (const char* member : {"Anna Berg", "Ben Okafor"}) {
            const QString copy = dir.filePath(QString::fromLatin1(member).section(' ', 0, 0) + ".isoaudit");
            if (auto forked = TeamCopies::fork(*store, copy, QString::fromLatin1(member)); !forked)
                qFatal("%s", qPrintable(forked.error()));
        }
    }
    changeRisks(dir.filePath(QStringLiteral("Anna.isoaudit")), QStringLiteral("Anna Berg"), 0);
    changeRisks(dir.filePath(QStringLiteral("Ben.isoaudit")), QStringLiteral("Ben Okafor"), 5000);

    auto store = openAs(lead, QStringLiteral("Jane Lead"));
    // The floor: the package export of the lead's audit, best of three.
    double floorMs = 1e12;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto bytes = AuditPackage::serialize(*store);
        if (!bytes)
            qFatal("%s", qPrintable(bytes.error()));
        floorMs = std::min(floorMs, double(timer.nsecsElapsed()) / 1e6);
    }

    double planMs = 0;
    double applyMs = 0;
    int merged = 0;
    for (const char* copy : {"Anna.isoaudit", "Ben.isoaudit"}) {
        QElapsedTimer timer;
        timer.start();
        auto plan = TeamMerge::plan(*store, dir.filePath(QString::fromLatin1(copy)));
        if (!plan)
            qFatal("%s", qPrintable(plan.error()));
        planMs += double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        auto applied = TeamMerge::apply(*store, plan.value(), {});
        if (!applied)
            qFatal("%s", qPrintable(applied.error()));
        applyMs += double(timer.nsecsElapsed()) / 1e6;
        merged += applied->updated;
    }
    if (merged != 2 * changesPerCopy)
        qFatal("merged %d changes, expected %d", merged, 2 * changesPerCopy);
    bench::report("merge_two_copies_plan_ms", planMs);
    bench::report("merge_two_copies_apply_ms", applyMs);
    bench::report("merge_two_copies_total_ms", planMs + applyMs);
    bench::report("merge_floor_package_export_ms", floorMs);
    bench::report("merge_ratio_to_floor", (planMs + applyMs) / floorMs);
    return 0;
}
