// SPDX-License-Identifier: GPL-3.0-or-later
// Team copies and their merge (issue 18, points 1 and 2; docs/team.md). Two auditors fork the demo, edit different
// interviews, the same finding and the same SoA cell, and delete/edit the same evidence; the lead merges both: every
// non-conflicting change arrives, the three conflicts are found and resolved, each losing version stays in the
// history, and merging again changes nothing. Also: one undoable step, daily re-merges, attachments matched by
// SHA-256, and the refusals (another audit, a damaged copy, a signed copy, a signed audit) that change nothing.
#include "StoreTestAccess.h"
#include "WorkflowFixture.h"

#include "demo/DemoAudit.h"
#include "merge/TeamMerge.h"
#include "package/AuditPackage.h"
#include "workflow/Lifecycle.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;
using isoaudit::testing::createReadyAudit;

namespace {

using Outcome = RecordMergeResult::Outcome;

std::unique_ptr<AuditStore> openAs(const QString& path, const QString& author)
{
    auto opened = Lifecycle::open(path);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return {};
    }
    std::unique_ptr<AuditStore> store = std::move(opened).value();
    store->setAuthor(author);
    return store;
}

/// Records in uuid order, whatever order they were created in: an undone deletion puts the record back last.
QJsonValue inUuidOrder(const QJsonValue& value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = inUuidOrder(it.value());
        return object;
    }
    if (!value.isArray())
        return value;
    QList<QJsonValue> items;
    for (const QJsonValue& item : value.toArray())
        items << inUuidOrder(item);
    std::stable_sort(items.begin(), items.end(), [](const QJsonValue& a, const QJsonValue& b) {
        return a.toObject().value("uuid").toString() < b.toObject().value("uuid").toString();
    });
    QJsonArray array;
    for (const QJsonValue& item : items)
        array.append(item);
    return array;
}

/// The audit's whole content (every record, field and link, the package's form), independent of record order.
QByteArray packageOf(const AuditStore& store)
{
    auto json = AuditPackage::toJson(store);
    return json ? QJsonDocument(inUuidOrder(json.value()).toObject()).toJson() : QByteArray();
}

const MergeChange* changeFor(const MergePlan& plan, const QString& uuid)
{
    for (const MergeChange& change : plan.changes) {
        if (change.result.uuid == uuid)
            return &change;
    }
    return nullptr;
}

} // namespace

class TestTeamMerge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_lead;
    QString m_interviewA, m_interviewB, m_finding, m_soa, m_evidence;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// A fresh demo audit as the lead's file, and the records the two auditors work on.
    void freshLead()
    {
        QFile::remove(path("demo/" + DemoAudit::fileName()));
        auto demo = DemoAudit::resetCopy(path("demo"));
        QVERIFY2(demo.ok(), qPrintable(demo.ok() ? QString() : demo.error()));
        m_lead = demo.value();
        auto lead = openAs(m_lead, "Jane Lead");
        QVERIFY(lead);
        const QList<Record> interviews = lead->records(RecordKind::Interview).value();
        const QList<Record> findings = lead->records(RecordKind::Finding).value();
        const QList<Record> evidence = lead->records(RecordKind::Evidence).value();
        QVERIFY(interviews.size() >= 2 && !findings.isEmpty() && !evidence.isEmpty());
        m_interviewA = interviews.at(0).uuid;
        m_interviewB = interviews.at(1).uuid;
        m_finding = findings.first().uuid;
        m_evidence = evidence.first().uuid;
        m_soa = lead->uuidForKey(RecordKind::SoaEntry, "5.15").value();
        for (const QString& copy : {path("anna.isoaudit"), path("ben.isoaudit")})
            QFile::remove(copy);
        QVERIFY(TeamCopies::fork(*lead, path("anna.isoaudit"), "Anna Berg").ok());
        QVERIFY(TeamCopies::fork(*lead, path("ben.isoaudit"), "Ben Okafor").ok());
    }

    /// Anna: her interview, the finding, the SoA cell, deletes the evidence, adds an interview linked to a clause.
    void annaWorks()
    {
        auto anna = openAs(path("anna.isoaudit"), "Anna Berg");
        QVERIFY(anna);
        QVERIFY(anna->setField(RecordKind::Interview, m_interviewA, "notes", "Anna: the ISMS manager showed the "
                                                                              "risk register.").ok());
        QVERIFY(anna->setField(RecordKind::Finding, m_finding, "statement", "Anna's statement").ok());
        QVERIFY(anna->setField(RecordKind::SoaEntry, m_soa, "justification", "Anna: access policy v3").ok());
        QVERIFY(anna->remove(RecordKind::Evidence, m_evidence).ok());
        Record added{RecordKind::Interview, {}, {}, {{"interviewee", "Night operator"}, {"notes", "Shift handover"}},
                     {{LinkKind::Clause, {"8.1"}}}};
        QVERIFY(anna->insert(added).ok());
    }

    /// Ben: the other interview, the same finding and SoA cell differently, edits the evidence Anna deleted.
    void benWorks()
    {
        auto ben = openAs(path("ben.isoaudit"), "Ben Okafor");
        QVERIFY(ben);
        QVERIFY(ben->setField(RecordKind::Interview, m_interviewB, "notes", "Ben: backups restored monthly.").ok());
        QVERIFY(ben->setField(RecordKind::Finding, m_finding, "statement", "Ben's statement").ok());
        QVERIFY(ben->setField(RecordKind::SoaEntry, m_soa, "justification", "Ben: access policy v2").ok());
        QVERIFY(ben->setField(RecordKind::Evidence, m_evidence, "description", "Ben: restore log, March").ok());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aForkKnowsItsOrigin()
    {
        freshLead();
        auto copy = AuditStore::open(path("anna.isoaudit"), AuditDatabase::Mode::ReadOnly);
        QVERIFY(copy.ok());
        auto origin = copy.value()->teamOrigin();
        QVERIFY(origin.ok() && origin->has_value());
        auto lead = openAs(m_lead, "Jane Lead");
        QCOMPARE(origin->value().auditUuid, lead->audit()->uuid);
        QCOMPARE(origin->value().member, QStringLiteral("Anna Berg"));
        const QList<TrailEntry> entries = lead->trailEntries().value();
        QCOMPARE(origin->value().forkHash, entries.last().hash);
        QCOMPARE(origin->value().forkSeq, entries.last().seq);
        const QList<TeamCopy> copies = lead->teamCopies().value();
        QCOMPARE(copies.size(), 2);
        QCOMPARE(copies.first().copyId, origin->value().copyId);
        QVERIFY(copy.value()->verifyTrail().ok);
        // An existing file is never overwritten, and nobody is a nameless member.
        QVERIFY(!TeamCopies::fork(*lead, path("anna.isoaudit"), "Anna Berg").ok());
        QVERIFY(!TeamCopies::fork(*lead, path("x.isoaudit"), "  ").ok());
        QVERIFY(!QFile::exists(path("x.isoaudit")));
    }

    void theLeadMergesTwoAuditors()
    {
        freshLead();
        annaWorks();
        benWorks();
        auto lead = openAs(m_lead, "Jane Lead");
        QVERIFY(lead);
        const QString soaBefore = lead->record(RecordKind::SoaEntry, m_soa)->text("justification");

        // Anna's copy: nothing of hers conflicts with the lead's file.
        auto annaPlan = TeamMerge::plan(*lead, path("anna.isoaudit"));
        QVERIFY2(annaPlan.ok(), qPrintable(annaPlan.ok() ? QString() : annaPlan.error()));
        QCOMPARE(annaPlan->conflictCount(), 0);
        QCOMPARE(annaPlan->count(Outcome::Insert), 1);
        QCOMPARE(annaPlan->count(Outcome::Remove), 1);
        QCOMPARE(annaPlan->member, QStringLiteral("Anna Berg"));
        auto annaMerged = TeamMerge::apply(*lead, annaPlan.value(), {});
        QVERIFY2(annaMerged.ok(), qPrintable(annaMerged.ok() ? QString() : annaMerged.error()));
        QVERIFY(!lead->record(RecordKind::Evidence, m_evidence).ok()); // deleted

        // Ben's copy: the finding, the SoA cell, and the evidence Anna deleted and Ben edited conflict.
        auto benPlan = TeamMerge::plan(*lead, path("ben.isoaudit"));
        QVERIFY(benPlan.ok());
        QCOMPARE(benPlan->conflictCount(), 3);
        const MergeChange* finding = changeFor(benPlan.value(), m_finding);
        QVERIFY(finding && finding->result.outcome == Outcome::Conflict);
        QCOMPARE(finding->result.conflictColumns(), QStringList{"statement"});
        QVERIFY(finding->mineBy.value("statement").who.contains("Anna Berg"));
        QCOMPARE(finding->theirsBy.value("statement").who, QStringLiteral("Ben Okafor"));
        const MergeChange* evidence = changeFor(benPlan.value(), m_evidence);
        QVERIFY(evidence && evidence->result.deletedOnOneSide && !evidence->result.deletedInCopy);
        const MergeChange* interview = changeFor(benPlan.value(), m_interviewB);
        QVERIFY(interview && interview->result.outcome == Outcome::Update);

        // Without a choice for every conflict nothing is written.
        const QByteArray beforeRefusal = packageOf(*lead);
        QVERIFY(!TeamMerge::apply(*lead, benPlan.value(), {}).ok());
        QCOMPARE(packageOf(*lead), beforeRefusal);

        MergeChoices choices;
        choices.insert(TeamMerge::choiceKey(m_finding, "statement"), RecordMerge::Choice::Both);
        choices.insert(TeamMerge::choiceKey(m_soa, "justification"), RecordMerge::Choice::Mine);
        choices.insert(TeamMerge::choiceKey(m_evidence, QString()), RecordMerge::Choice::Theirs);
        auto benMerged = TeamMerge::apply(*lead, benPlan.value(), choices);
        QVERIFY2(benMerged.ok(), qPrintable(benMerged.ok() ? QString() : benMerged.error()));
        QCOMPARE(benMerged->conflictsResolved, 3);

        // Every non-conflicting change arrived.
        QVERIFY(lead->record(RecordKind::Interview, m_interviewA)->text("notes").startsWith("Anna:"));
        QCOMPARE(lead->record(RecordKind::Interview, m_interviewB)->text("notes"),
                 QStringLiteral("Ben: backups restored monthly."));
        const QList<Record> interviews = lead->records(RecordKind::Interview).value();
        const auto night = std::find_if(interviews.cbegin(), interviews.cend(),
                                        [](const Record& r) { return r.text("interviewee") == "Night operator"; });
        QVERIFY(night != interviews.cend());
        QCOMPARE(night->linked(LinkKind::Clause), QStringList{"8.1"});
        // The conflicts as resolved: both statements, the lead's (Anna's) SoA text, Ben's edited evidence back.
        const QString statement = lead->record(RecordKind::Finding, m_finding)->text("statement");
        QVERIFY(statement.startsWith("Anna's statement"));
        QVERIFY(statement.contains("Ben Okafor"));
        QVERIFY(statement.endsWith("Ben's statement"));
        QCOMPARE(lead->record(RecordKind::SoaEntry, m_soa)->text("justification"),
                 QStringLiteral("Anna: access policy v3"));
        QVERIFY(soaBefore != QStringLiteral("Anna: access policy v3"));
        QCOMPARE(lead->record(RecordKind::Evidence, m_evidence)->text("description"),
                 QStringLiteral("Ben: restore log, March"));

        // Nothing lost: Ben's losing SoA text is in the file's history, as his, and the trail still verifies.
        const QList<TrailEntry> soaHistory = lead->trailEntries(m_soa).value();
        const bool kept = std::any_of(soaHistory.cbegin(), soaHistory.cend(), [](const TrailEntry& e) {
            return e.newValue == QStringLiteral("Ben: access policy v2") && e.who.contains("Ben Okafor");
        });
        QVERIFY(kept);
        QVERIFY(lead->verifyTrail().ok);

        // Merging either copy again changes nothing.
        const QByteArray merged = packageOf(*lead);
        for (const QString& copy : {path("anna.isoaudit"), path("ben.isoaudit")}) {
            auto again = TeamMerge::plan(*lead, copy);
            QVERIFY(again.ok());
            QVERIFY(again->isEmpty());
            QVERIFY(TeamMerge::apply(*lead, again.value(), {}).ok());
        }
        QCOMPARE(packageOf(*lead), merged);
    }

    void aMergeIsTakenBackAsOneStep()
    {
        freshLead();
        annaWorks();
        auto lead = openAs(m_lead, "Jane Lead");
        const QByteArray before = packageOf(*lead);
        auto plan = TeamMerge::plan(*lead, path("anna.isoaudit"));
        QVERIFY(plan.ok());
        MergeUndo undo;
        QVERIFY(TeamMerge::apply(*lead, plan.value(), {}, &undo).ok());
        QVERIFY(packageOf(*lead) != before);
        QVERIFY2(TeamMerge::revert(*lead, undo).ok(), "revert");
        QCOMPARE(packageOf(*lead), before);
        QVERIFY(lead->verifyTrail().ok);
        // After the undo the copy is not merged any more: the same plan applies again (redo).
        auto again = TeamMerge::plan(*lead, path("anna.isoaudit"));
        QVERIFY(again.ok());
        QStringList was, now;
        for (const MergeChange& c : plan->changes)
            was << c.label + QString::number(int(c.result.outcome));
        for (const MergeChange& c : again->changes)
            now << c.label + QString::number(int(c.result.outcome));
        QCOMPARE(now, was);
        QVERIFY(TeamMerge::apply(*lead, again.value(), {}).ok());
        QVERIFY(lead->record(RecordKind::Interview, m_interviewA)->text("notes").startsWith("Anna:"));
    }

    void aCopyIsMergedDailyAndReforked()
    {
        freshLead();
        annaWorks();
        auto lead = openAs(m_lead, "Jane Lead");
        auto first = TeamMerge::plan(*lead, path("anna.isoaudit"));
        QVERIFY(first.ok());
        QVERIFY(TeamMerge::apply(*lead, first.value(), {}).ok());
        // The lead overrides Anna's note; Anna works on the next day in the same copy.
        QVERIFY(lead->setField(RecordKind::Interview, m_interviewA, "notes", "Lead's rewrite").ok());
        {
            auto anna = openAs(path("anna.isoaudit"), "Anna Berg");
            QVERIFY(anna->setField(RecordKind::Interview, m_interviewB, "notes", "Day two").ok());
        }
        auto second = TeamMerge::plan(*lead, path("anna.isoaudit"));
        QVERIFY(second.ok());
        // Only the day's change: yesterday's are merged, and the lead's rewrite is no conflict.
        QCOMPARE(second->changes.size(), 1);
        QCOMPARE(second->changes.first().result.uuid, m_interviewB);
        QVERIFY(TeamMerge::apply(*lead, second.value(), {}).ok());
        QCOMPARE(lead->record(RecordKind::Interview, m_interviewA)->text("notes"), QStringLiteral("Lead's rewrite"));
        QCOMPARE(lead->record(RecordKind::Interview, m_interviewB)->text("notes"), QStringLiteral("Day two"));
        const QList<TeamCopy> copies = lead->teamCopies().value();
        const auto mark = std::find_if(copies.cbegin(), copies.cend(),
                                       [](const TeamCopy& c) { return c.member == "Anna Berg"; });
        QVERIFY(mark != copies.cend());
        QCOMPARE(mark->merges, 2);
        // A new copy for the next day starts from everything merged so far.
        QVERIFY(TeamCopies::fork(*lead, path("anna-day3.isoaudit"), "Anna Berg").ok());
        auto fresh = TeamMerge::plan(*lead, path("anna-day3.isoaudit"));
        QVERIFY(fresh.ok() && fresh->isEmpty());
    }

    void anAttachmentBothAddedIsMatchedBySha256()
    {
        freshLead();
        const QByteArray bytes = "the same scanned page";
        auto attach = [&](const QString& file, const QString& author) {
            auto store = openAs(file, author);
            Record a{RecordKind::Attachment, {}, m_evidence,
                     {{"file_name", author + ".pdf"},
                      {"mime_type", "application/pdf"},
                      {"size", int(bytes.size())},
                      {"sha256", QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
                      {"data", bytes}},
                     {}};
            QVERIFY(store->insert(a).ok());
        };
        attach(m_lead, "Jane Lead");
        attach(path("anna.isoaudit"), "Anna Berg");
        auto lead = openAs(m_lead, "Jane Lead");
        const qsizetype before = lead->records(RecordKind::Attachment, m_evidence)->size();
        auto plan = TeamMerge::plan(*lead, path("anna.isoaudit"));
        QVERIFY(plan.ok());
        QVERIFY(plan->isEmpty());
        QCOMPARE(lead->records(RecordKind::Attachment, m_evidence)->size(), before);
    }

    void anAttachmentArrivesWithItsBytes()
    {
        freshLead();
        const QByteArray bytes(300000, 'x');
        {
            auto anna = openAs(path("anna.isoaudit"), "Anna Berg");
            Record a{RecordKind::Attachment, {}, m_evidence,
                     {{"file_name", "photo.png"},
                      {"mime_type", "image/png"},
                      {"size", int(bytes.size())},
                      {"sha256", QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
                      {"data", bytes}},
                     {}};
            QVERIFY(anna->insert(a).ok());
        }
        auto lead = openAs(m_lead, "Jane Lead");
        auto plan = TeamMerge::plan(*lead, path("anna.isoaudit"));
        QVERIFY(plan.ok());
        QCOMPARE(plan->count(Outcome::Insert), 1);
        QVERIFY(TeamMerge::apply(*lead, plan.value(), {}).ok());
        const QString uuid = plan->changes.first().result.uuid;
        QCOMPARE(lead->attachmentData(uuid).value(), bytes);
        QVERIFY(lead->verifyTrail().ok);
    }

    void refusalsChangeNothing()
    {
        freshLead();
        annaWorks();
        auto lead = openAs(m_lead, "Jane Lead");
        const QByteArray before = packageOf(*lead);

        // Another audit.
        auto other = createReadyAudit(path("other.isoaudit"));
        QVERIFY(other);
        other.reset();
        auto otherPlan = TeamMerge::plan(*lead, path("other.isoaudit"));
        QVERIFY(!otherPlan.ok());
        QVERIFY(otherPlan.error().contains("another audit"));

        // Not an audit at all, and no file.
        QFile junk(path("junk.isoaudit"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a database");
        junk.close();
        QVERIFY(!TeamMerge::plan(*lead, path("junk.isoaudit")).ok());
        QVERIFY(!TeamMerge::plan(*lead, path("missing.isoaudit")).ok());
        // The audit itself.
        QVERIFY(!TeamMerge::plan(*lead, m_lead).ok());

        // A damaged copy: a value changed behind the trail's back.
        QVERIFY(QFile::copy(path("anna.isoaudit"), path("damaged.isoaudit")));
        {
            auto damaged = AuditStore::open(path("damaged.isoaudit"));
            QVERIFY(damaged.ok());
            QSqlQuery q(StoreTestAccess::db(*damaged.value()));
            QVERIFY(q.exec("UPDATE finding SET statement = 'tampered'"));
        }
        auto damagedPlan = TeamMerge::plan(*lead, path("damaged.isoaudit"));
        QVERIFY(!damagedPlan.ok());
        QVERIFY(damagedPlan.error().contains("damaged"));
        QCOMPARE(packageOf(*lead), before);
    }

    void signedAuditsAreNotMerged()
    {
        auto lead = createReadyAudit(path("ready.isoaudit"));
        QVERIFY(lead);
        lead->setAuthor("Alice Auditor");
        QVERIFY(TeamCopies::fork(*lead, path("ready-bob.isoaudit"), "Bob").ok());
        QVERIFY(Lifecycle::advance(*lead, "fieldwork").ok());
        QVERIFY(Lifecycle::advance(*lead, "reporting").ok());
        const QDateTime at(QDate(2026, 3, 11), QTime(9, 0), Qt::UTC);
        QVERIFY(Lifecycle::sign(*lead, {"Alice Auditor", at, QString(64, QLatin1Char('a')), "SHA256:AB"}).ok());
        // Into a signed audit: refused.
        auto intoSigned = TeamMerge::plan(*lead, path("ready-bob.isoaudit"));
        QVERIFY(!intoSigned.ok());
        QVERIFY(intoSigned.error().contains("signed"));
        QVERIFY(!TeamCopies::fork(*lead, path("ready-carl.isoaudit"), "Carl").ok());
        QVERIFY(!QFile::exists(path("ready-carl.isoaudit")));
        // A signed copy into an unsigned audit: refused. (The copy of the signed file is signed; the reopened lead
        // is not.)
        lead.reset();
        QVERIFY(QFile::copy(path("ready.isoaudit"), path("ready-signed-copy.isoaudit")));
        auto reopened = openAs(path("ready.isoaudit"), "Alice Auditor");
        QVERIFY(Lifecycle::reopen(*reopened, "Typo in the scope", "Alice Auditor").ok());
        auto signedCopy = TeamMerge::plan(*reopened, path("ready-signed-copy.isoaudit"));
        QVERIFY(!signedCopy.ok());
        QVERIFY(signedCopy.error().contains("signed"));
    }
};

QTEST_GUILESS_MAIN(TestTeamMerge)
#include "tst_teammerge.moc"
