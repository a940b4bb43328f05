// SPDX-License-Identifier: GPL-3.0-or-later
// RecordMerge (issue 18, point 2): the three-way merge of one record. A field changed on one side is taken; the same
// change on both sides is no conflict; different changes are a conflict resolved by the auditor (mine, theirs, or
// both texts appended with the member's name; both refused for a non-text field; no choice refused); links merge as
// sets; deleted on one side and unchanged on the other deletes, deleted and edited is a conflict; created on one side
// inserts; merging the same record twice changes nothing.
#include "merge/RecordMerge.h"

#include <QTest>

using namespace isoaudit;

namespace {

Record finding(const QString& statement, const QString& grade, const QStringList& clauses = {})
{
    Record r{RecordKind::Finding, QStringLiteral("f-1"), {}, {{"ref", "NC-01"}, {"statement", statement}, {"grade", grade}},
             {}};
    if (!clauses.isEmpty())
        r.links.insert(LinkKind::Clause, clauses);
    return r;
}

using Outcome = RecordMergeResult::Outcome;

} // namespace

class TestRecordMerge : public QObject
{
    Q_OBJECT

private slots:
    void aChangeOnOneSideIsTaken()
    {
        const Record base = finding("Backups untested", "minor");
        const Record mine = base;
        const Record theirs = finding("Backups untested since March", "minor");
        const RecordMergeResult r = RecordMerge::merge(base, mine, theirs);
        QCOMPARE(r.outcome, Outcome::Update);
        QCOMPARE(r.merged->text("statement"), QStringLiteral("Backups untested since March"));
        QVERIFY(r.conflictColumns().isEmpty());
        // The lead's own change stays when the copy did not touch the field.
        const RecordMergeResult own = RecordMerge::merge(base, theirs, base);
        QCOMPARE(own.outcome, Outcome::Unchanged);
        QCOMPARE(own.merged->text("statement"), QStringLiteral("Backups untested since March"));
    }

    void theSameChangeOnBothSidesIsNoConflict()
    {
        const Record base = finding("Backups untested", "minor");
        const Record changed = finding("Backups untested", "major");
        const RecordMergeResult r = RecordMerge::merge(base, changed, changed);
        QCOMPARE(r.outcome, Outcome::Unchanged);
        QVERIFY(r.conflictColumns().isEmpty());
        // Empty text and a missing value mean the same.
        Record blank = base;
        blank.values.insert(QStringLiteral("notes"), QString());
        QCOMPARE(RecordMerge::merge(base, blank, base).outcome, Outcome::Unchanged);
    }

    void differentChangesAreAConflictTheAuditorResolves()
    {
        const Record base = finding("Backups untested", "minor");
        const Record mine = finding("Backups not tested in 2026", "major");
        const Record theirs = finding("Restore test missing", "minor");
        const RecordMergeResult r = RecordMerge::merge(base, mine, theirs);
        QCOMPARE(r.outcome, Outcome::Conflict);
        QCOMPARE(r.conflictColumns(), QStringList{"statement"}); // the grade changed on one side only
        // No choice: refused, naming the field.
        auto refused = RecordMerge::resolve(r, {}, mine, theirs, QStringLiteral("Tom"));
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("statement")));
        // Theirs.
        auto theirsWins = RecordMerge::resolve(r, {{"statement", RecordMerge::Choice::Theirs}}, mine, theirs, "Tom");
        QVERIFY(theirsWins);
        QCOMPARE(theirsWins.value()->text("statement"), QStringLiteral("Restore test missing"));
        QCOMPARE(theirsWins.value()->text("grade"), QStringLiteral("major")); // the lead's one-sided change stays
        // Both: the lead's text, then the member's with the name.
        auto both = RecordMerge::resolve(r, {{"statement", RecordMerge::Choice::Both}}, mine, theirs, "Tom");
        QVERIFY(both);
        const QString text = both.value()->text("statement");
        QVERIFY(text.startsWith(QStringLiteral("Backups not tested in 2026")));
        QVERIFY(text.contains(QStringLiteral("Tom")));
        QVERIFY(text.endsWith(QStringLiteral("Restore test missing")));
    }

    void bothIsRefusedForAFieldThatIsNotText()
    {
        const Record base = finding("Backups untested", "minor");
        const RecordMergeResult r
            = RecordMerge::merge(base, finding("Backups untested", "major"), finding("Backups untested", "observation"));
        QCOMPARE(r.conflictColumns(), QStringList{"grade"});
        QVERIFY(!RecordMerge::resolve(r, {{"grade", RecordMerge::Choice::Both}}, std::nullopt, std::nullopt, "Tom"));
        auto mine = RecordMerge::resolve(r, {{"grade", RecordMerge::Choice::Mine}}, std::nullopt, std::nullopt, "Tom");
        QVERIFY(mine);
        QCOMPARE(mine.value()->text("grade"), QStringLiteral("major"));
    }

    void linksMergeAsSets()
    {
        const Record base = finding("x", "minor", {"8.13", "5.30"});
        const Record mine = finding("x", "minor", {"8.13", "5.30", "5.29"}); // the lead added 5.29
        const Record theirs = finding("x", "minor", {"8.13"}); // the member removed 5.30
        const RecordMergeResult r = RecordMerge::merge(base, mine, theirs);
        QCOMPARE(r.outcome, Outcome::Update);
        QCOMPARE(r.merged->linked(LinkKind::Clause), (QStringList{"8.13", "5.29"}));
        const Record added = finding("x", "minor", {"8.13", "5.30", "8.14"});
        QCOMPARE(RecordMerge::merge(base, base, added).merged->linked(LinkKind::Clause),
                 (QStringList{"8.13", "5.30", "8.14"}));
    }

    void deletesAndCreations()
    {
        const Record base = finding("x", "minor");
        const Record edited = finding("y", "minor");
        // Deleted in the copy, unchanged here: deleted.
        QCOMPARE(RecordMerge::merge(base, base, std::nullopt).outcome, Outcome::Remove);
        // Deleted here, unchanged in the copy: stays deleted.
        QCOMPARE(RecordMerge::merge(base, std::nullopt, base).outcome, Outcome::Unchanged);
        // Deleted in the copy, edited here: a conflict; the lead chooses.
        const RecordMergeResult conflict = RecordMerge::merge(base, edited, std::nullopt);
        QCOMPARE(conflict.outcome, Outcome::Conflict);
        QVERIFY(conflict.deletedOnOneSide && conflict.deletedInCopy);
        QCOMPARE(conflict.fields.size(), 1);
        QVERIFY(!RecordMerge::resolve(conflict, {}, edited, std::nullopt, "Tom"));
        auto keep = RecordMerge::resolve(conflict, {{QString(), RecordMerge::Choice::Mine}}, edited, std::nullopt, "Tom");
        QVERIFY(keep && keep.value() && keep.value()->text("statement") == QStringLiteral("y"));
        auto drop
            = RecordMerge::resolve(conflict, {{QString(), RecordMerge::Choice::Theirs}}, edited, std::nullopt, "Tom");
        QVERIFY(drop && !drop.value());
        // Deleted here, edited in the copy: a conflict the other way round.
        const RecordMergeResult other = RecordMerge::merge(base, std::nullopt, edited);
        QCOMPARE(other.outcome, Outcome::Conflict);
        QVERIFY(other.deletedOnOneSide && !other.deletedInCopy);
        // Created in the copy: inserted; merged again (now on both sides, equal): nothing changes.
        QCOMPARE(RecordMerge::merge(std::nullopt, std::nullopt, edited).outcome, Outcome::Insert);
        QCOMPARE(RecordMerge::merge(std::nullopt, edited, edited).outcome, Outcome::Unchanged);
    }

    void mergingTwiceChangesNothing()
    {
        const Record base = finding("Backups untested", "minor", {"8.13"});
        const Record mine = finding("Backups untested", "major", {"8.13"});
        const Record theirs = finding("Backups untested since March", "minor", {"8.13", "5.30"});
        const RecordMergeResult first = RecordMerge::merge(base, mine, theirs);
        QCOMPARE(first.outcome, Outcome::Update);
        // The next day the same copy comes back: against the same fork point the merged record is unchanged.
        const RecordMergeResult again = RecordMerge::merge(base, *first.merged, theirs);
        QCOMPARE(again.outcome, Outcome::Unchanged);
        QCOMPARE(*again.merged, *first.merged);
    }
};

QTEST_MAIN(TestRecordMerge)
#include "tst_recordmerge.moc"
