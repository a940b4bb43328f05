// SPDX-License-Identifier: GPL-3.0-or-later
// The audit file and its store: schema creation, validation of every write, links, cascades, snapshots for undo,
// read-only files and copies made with SQLite's backup API.
#include "StoreTestAccess.h"

#include "catalog/Catalog.h"
#include "package/AuditPackage.h"
#include "storage/AuditStore.h"
#include "storage/RecordSnapshot.h"
#include "storage/Schema.h"
#include "workflow/Lifecycle.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

using namespace isoaudit;

namespace {

/// Counts the statements a connection runs (sqlite3_trace_v2), by their SQL's first words.
class StatementCounter
{
public:
    explicit StatementCounter(AuditStore& store)
        : m_db(StoreTestAccess::handle(store))
    {
        sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &StatementCounter::trace, this);
    }
    ~StatementCounter() { sqlite3_trace_v2(m_db, 0, nullptr, nullptr); }
    StatementCounter(const StatementCounter&) = delete;
    StatementCounter& operator=(const StatementCounter&) = delete;

    /// Statements whose SQL starts with `prefix` and mentions `table` (as " table " or " table\0").
    int count(const QString& prefix, const QString& table) const
    {
        int n = 0;
        for (const QString& sql : m_statements) {
            const QString padded = sql + QLatin1Char(' ');
            if (sql.startsWith(prefix) && padded.contains(QLatin1Char(' ') + table + QLatin1Char(' ')))
                ++n;
        }
        return n;
    }
    void clear() { m_statements.clear(); }

private:
    static int trace(unsigned, void* self, void* statement, void*)
    {
        static_cast<StatementCounter*>(self)->m_statements.append(
            QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt*>(statement))));
        return 0;
    }

    sqlite3* m_db;
    QStringList m_statements;
};

} // namespace

class TestAuditStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<AuditStore> newStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("audit%1.isoaudit").arg(++m_counter));
        auto store = Lifecycle::create(path,
                                       {"Nordlys Betalinger ApS", "stage2", "Mette Højgaard", "Payments platform",
                                        QDate(2026, 11, 23), QDate(2026, 11, 26)});
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        return std::move(store).value();
    }

    static QVariant pragma(AuditStore& store, const QString& name)
    {
        QSqlQuery query(StoreTestAccess::db(store));
        query.exec(QStringLiteral("PRAGMA ") + name);
        return query.next() ? query.value(0) : QVariant();
    }

private slots:
    void createsCompleteAudit()
    {
        auto store = newStore();
        QCOMPARE(store->count(RecordKind::ClauseAssessment).value(), 30);
        QCOMPARE(store->count(RecordKind::SoaEntry).value(), 93);
        QCOMPARE(store->count(RecordKind::TeamMember).value(), 1);
        const Record audit = store->audit().value();
        QCOMPARE(audit.text("client"), QStringLiteral("Nordlys Betalinger ApS"));
        QCOMPARE(audit.text("lifecycle"), QStringLiteral("planning"));
        QCOMPARE(audit.text("start_date"), QStringLiteral("2026-11-23"));
        QCOMPARE(store->records(RecordKind::TeamMember)->first().text("name"), QStringLiteral("Mette Højgaard"));
        QCOMPARE(pragma(*store, "user_version").toInt(), Schema::currentVersion());
        QCOMPARE(pragma(*store, "application_id").toInt(), Schema::applicationId);
        QCOMPARE(pragma(*store, "journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(*store, "foreign_keys").toInt(), 1);
        QCOMPARE(pragma(*store, "synchronous").toInt(), 2); // FULL
        // Catalog order, not insertion order or text order.
        const auto soa = store->records(RecordKind::SoaEntry).value();
        QCOMPARE(soa.at(9).text("control_id"), QStringLiteral("5.10"));
        QCOMPARE(store->records(RecordKind::ClauseAssessment)->last().text("clause_id"), QStringLiteral("10.2"));
    }

    void createRefusesBadInputAndLeavesNothing()
    {
        const QString path = m_dir.filePath("refused.isoaudit");
        QVERIFY(!Lifecycle::create(path, {"", "stage2", "Lead", {}, {}, {}}).ok());
        QVERIFY(!Lifecycle::create(path, {"Client", "stage9", "Lead", {}, {}, {}}).ok());
        auto reversed = Lifecycle::create(path, {"Client", "stage2", "Lead", {}, QDate(2026, 5, 2), QDate(2026, 5, 1)});
        QVERIFY(!reversed.ok());
        QVERIFY(reversed.error().contains("before it starts"));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_dir.path()).entryList({"refused*"}, QDir::Files), QStringList());
        auto store = newStore();
        auto again = Lifecycle::create(store->path(), {"Other", "stage2", "Lead", {}, {}, {}});
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains("already exists"));
    }

    void setFieldValidates()
    {
        auto store = newStore();
        const QString clause = store->uuidForKey(RecordKind::ClauseAssessment, "6.1.3").value();
        QVERIFY(store->setField(RecordKind::ClauseAssessment, clause, "verdict", "conform").ok());
        QCOMPARE(store->record(RecordKind::ClauseAssessment, clause)->text("verdict"), QStringLiteral("conform"));
        auto bad = store->setField(RecordKind::ClauseAssessment, clause, "verdict", "maybe");
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains("verdict") && bad.error().contains("maybe"), qPrintable(bad.error()));
        QVERIFY(!store->setField(RecordKind::ClauseAssessment, clause, "clause_id", "4.1").ok());
        QVERIFY(!store->setField(RecordKind::ClauseAssessment, clause, "no_such_field", "x").ok());
        const QString audit = store->audit()->uuid;
        auto date = store->setField(RecordKind::Audit, audit, "start_date", "23.11.2026");
        QVERIFY(!date.ok());
        QVERIFY(date.error().contains("YYYY-MM-DD"));
        QCOMPARE(store->record(RecordKind::ClauseAssessment, clause)->text("verdict"), QStringLiteral("conform"));

        auto risk = store->insert({RecordKind::Risk, {}, {}, {{"ref", "R-1"}, {"likelihood", 4}, {"impact", 5}}, {}});
        QVERIFY(risk.ok());
        auto range = store->setField(RecordKind::Risk, risk.value(), "likelihood", 11);
        QVERIFY(!range.ok());
        QVERIFY(range.error().contains("between 1 and 10"));
        QVERIFY(store->setField(RecordKind::Risk, risk.value(), "likelihood", QVariant()).ok());
        QVERIFY(!store->record(RecordKind::Risk, risk.value())->integer("likelihood").has_value());
        QVERIFY(!store->insert({RecordKind::Risk, {}, {}, {{"asset", "no ref"}}, {}}).ok());
    }

    void onlyOneLead()
    {
        auto store = newStore();
        auto second = store->insert({RecordKind::TeamMember, {}, {}, {{"name", "Jonas Weiß"}, {"role", "lead"}}, {}});
        QVERIFY(!second.ok());
        QVERIFY2(second.error().contains("lead"), qPrintable(second.error()));
        QVERIFY(
            store->insert({RecordKind::TeamMember, {}, {}, {{"name", "Jonas Weiß"}, {"role", "auditor"}}, {}}).ok());
    }

    void linksAreValidatedAndSorted()
    {
        auto store = newStore();
        Record risk{RecordKind::Risk, {}, {}, {{"ref", "R-7"}}, {{LinkKind::Control, {"8.2", "5.15", "5.2"}}}};
        auto uuid = store->insert(risk);
        QVERIFY(uuid.ok());
        QCOMPARE(store->record(RecordKind::Risk, uuid.value())->linked(LinkKind::Control),
                 (QStringList{"5.2", "5.15", "8.2"}));
        auto unknown = store->setLinks(RecordKind::Risk, uuid.value(), LinkKind::Control, {"5.99"});
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().contains("5.99"));
        QVERIFY(!store->setLinks(RecordKind::Risk, uuid.value(), LinkKind::Clause, {"4.1"}).ok());
        QVERIFY(
            !store->insert({RecordKind::Finding, {}, {}, {{"ref", "NC-1"}}, {{LinkKind::Interview, {"nope"}}}}).ok());
        QCOMPARE(store->count(RecordKind::Finding).value(), 0);
    }

    void deleteCascadesAndSnapshotRestores()
    {
        auto store = newStore();
        const QString evidence
            = store->insert({RecordKind::Evidence, {}, {}, {{"title", "ISMS scope v2"}}, {}}).value();
        const QByteArray bytes("%PDF-1.4 scope");
        QVERIFY(store->insert({RecordKind::Attachment, {}, evidence, {{"file_name", "scope.pdf"}, {"data", bytes}}, {}})
                    .ok());
        const QString finding = store
                                    ->insert({RecordKind::Finding,
                                              {},
                                              {},
                                              {{"ref", "NC-01"}, {"grade", "minor"}},
                                              {{LinkKind::Evidence, {evidence}}, {LinkKind::Clause, {"4.3"}}}})
                                    .value();
        QVERIFY(store->insert({RecordKind::CorrectiveAction, {}, finding, {{"action", "Fix"}}, {}}).ok());

        auto snapshot = Snapshots::take(*store, RecordKind::Evidence, evidence);
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot->children.size(), 1);
        QCOMPARE(snapshot->incomingLinks.size(), 1);
        QVERIFY(store->remove(RecordKind::Evidence, evidence).ok());
        QCOMPARE(store->count(RecordKind::Attachment).value(), 0);
        QVERIFY(store->record(RecordKind::Finding, finding)->linked(LinkKind::Evidence).isEmpty());

        QVERIFY(Snapshots::restore(*store, snapshot.value()).ok());
        QCOMPARE(store->record(RecordKind::Finding, finding)->linked(LinkKind::Evidence), QStringList{evidence});
        const auto attachments = store->records(RecordKind::Attachment, evidence).value();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(store->attachmentData(attachments.first().uuid).value(), bytes);

        QVERIFY(store->remove(RecordKind::Finding, finding).ok());
        QCOMPARE(store->count(RecordKind::CorrectiveAction).value(), 0);
        QVERIFY(!store->remove(RecordKind::SoaEntry, store->uuidForKey(RecordKind::SoaEntry, "5.1").value()).ok());
    }

    void batchIsAllOrNothing()
    {
        auto store = newStore();
        QSignalSpy inserted(store.get(), &AuditStore::recordInserted);
        const Status result = store->batch([&]() -> Status {
            if (auto r = store->insert({RecordKind::Risk, {}, {}, {{"ref", "R-1"}}, {}}); !r)
                return Error{r.error()};
            return Error{"stop"};
        });
        QVERIFY(!result.ok());
        QCOMPARE(store->count(RecordKind::Risk).value(), 0);
    }

    void readOnlyRefusesWrites()
    {
        QString path;
        {
            auto store = newStore();
            path = store->path();
        }
        auto readOnly = AuditStore::open(path, AuditDatabase::Mode::ReadOnly);
        QVERIFY(readOnly.ok());
        const QString audit = readOnly.value()->audit()->uuid;
        auto refused = readOnly.value()->setField(RecordKind::Audit, audit, "client", "Changed");
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains("read-only"));
        QCOMPARE(readOnly.value()->audit()->text("client"), QStringLiteral("Nordlys Betalinger ApS"));
    }

    void saveCopyAsWritesCompleteCopy()
    {
        auto store = newStore();
        QVERIFY(store->insert({RecordKind::Risk, {}, {}, {{"ref", "R-æøå"}}, {}}).ok());
        const QString copy = m_dir.filePath("copy.isoaudit");
        QVERIFY(store->saveCopyAs(copy).ok());
        QVERIFY(!QFile::exists(copy + ".part"));
        auto opened = Lifecycle::open(copy);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened.value()->records(RecordKind::Risk)->first().text("ref"), QStringLiteral("R-æøå"));
        QCOMPARE(opened.value()->count(RecordKind::SoaEntry).value(), 93);
    }

    void storesOpenedWithoutTheGuardRefuseWrites()
    {
        // Storage does not know the workflow; a store opened for writing without the lifecycle's guard refuses
        // every write, so an opener that forgets it cannot make a signed audit writable.
        QString path;
        {
            auto store = newStore();
            path = store->path();
        }
        {
            auto bare = AuditStore::open(path);
            QVERIFY(bare.ok());
            QVERIFY(!bare.value()->hasWriteGuard());
            auto refused = bare.value()->insert({RecordKind::Risk, {}, {}, {{"ref", "R-1"}}, {}});
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().contains("opened without the check that keeps a signed audit unchanged"),
                     qPrintable(refused.error()));
            QVERIFY(!bare.value()->setField(RecordKind::Audit, bare.value()->audit()->uuid, "scope", "x").ok());
            QCOMPARE(bare.value()->count(RecordKind::Risk).value(), 0);
        }
        auto guarded = Lifecycle::open(path);
        QVERIFY(guarded.ok());
        QVERIFY(guarded.value()->hasWriteGuard());
        QVERIFY(guarded.value()->insert({RecordKind::Risk, {}, {}, {{"ref", "R-1"}}, {}}).ok());
        guarded = Error{"closed"};
        auto created = AuditStore::create(m_dir.filePath("bare-new.isoaudit"), {"C", "stage2", "L", {}, {}, {}});
        QVERIFY(created.ok());
        QVERIFY(!created.value()->insert({RecordKind::Risk, {}, {}, {{"ref", "R-1"}}, {}}).ok());
    }

    void signedAuditRefusesWritesThroughEveryOpener()
    {
        QString path;
        QByteArray package;
        {
            auto store = newStore();
            path = store->path();
            QVERIFY(store->insert({RecordKind::Risk, {}, {}, {{"ref", "R-1"}}, {}}).ok());
            // Fixture: marked signed directly (signing a report needs a PKI; tst_workflow_lifecycle does that).
            store->setWriteGuard([](RecordKind, const QStringList&) { return Status(); });
            QVERIFY(store->setField(RecordKind::Audit, store->audit()->uuid, "lifecycle", "signed").ok());
            package = AuditPackage::serialize(*store).value();
        }
        const auto refusesAsSigned = [](AuditStore& store) {
            const Status edit = store.setField(RecordKind::Risk, store.uuidForKey(RecordKind::Risk, "R-1").value(),
                                               "asset", "Payroll");
            auto insert = store.insert({RecordKind::Risk, {}, {}, {{"ref", "R-2"}}, {}});
            return !edit.ok() && edit.error().contains("The audit is signed") && !insert.ok()
                && store.count(RecordKind::Risk).value() == 1;
        };
        {
            auto opened = Lifecycle::open(path); // the GUI's AuditDocument::open and every CLI command use this
            QVERIFY(opened.ok());
            QVERIFY(refusesAsSigned(*opened.value()));
        }
        {
            auto bare = AuditStore::open(path); // storage alone: refuses everything
            QVERIFY(bare.ok());
            QVERIFY(!bare.value()->insert({RecordKind::Risk, {}, {}, {{"ref", "R-2"}}, {}}).ok());
        }
        {
            auto imported = AuditPackage::importToFile(m_dir.filePath("signed-import.isoaudit"), package, false);
            QVERIFY2(imported.ok(), qPrintable(imported.error()));
            QVERIFY(refusesAsSigned(*imported.value()));
        }
        // The command line: an import into the signed audit is refused and leaves it as it was.
        const QString csv = m_dir.filePath("risks.csv");
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Ref,Asset\nR-9,Laptop\n");
        }
        QProcess cli;
        cli.start(QStringLiteral(ISOAUDIT_CLI), {QStringLiteral("import"), path, QStringLiteral("--risks"), csv});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY(cli.exitCode() != 0);
        QVERIFY2(cli.readAllStandardError().contains("The audit is signed"), "the CLI's refusal names the reason");
        QCOMPARE(AuditStore::open(path, AuditDatabase::Mode::ReadOnly).value()->count(RecordKind::Risk).value(), 1);
    }

    void aWriteReadsItsRowOnceAndAsksTheGuardOnce()
    {
        auto store = newStore();
        const QString risk = store->insert({RecordKind::Risk, {}, {}, {{"ref", "R-1"}, {"asset", "Mail"}}, {}}).value();
        QList<QStringList> asked;
        store->setWriteGuard([&asked](RecordKind, const QStringList& columns) {
            asked.append(columns);
            return Status();
        });
        StatementCounter statements(*store);
        QVERIFY(
            store->setFields(RecordKind::Risk, risk, {{"asset", "Payroll"}, {"likelihood", 3}, {"impact", 4}}).ok());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first(), QStringList({"asset", "impact", "likelihood"}));
        QCOMPARE(statements.count("SELECT", "risk"), 1); // the trail's "before" and the caller's old values
        QCOMPARE(statements.count("UPDATE", "risk"), 1);
        QCOMPARE(statements.count("INSERT", "trail"), 3); // one entry per changed column, none read back
        QCOMPARE(statements.count("SELECT", "link"), 0);

        // The old values come from that one read; a value already so is not written again.
        std::optional<QVariant> previous;
        asked.clear();
        statements.clear();
        QVERIFY(store->setField(RecordKind::Risk, risk, "asset", "Payroll", &previous).ok());
        QVERIFY(!previous.has_value());
        QCOMPARE(statements.count("UPDATE", "risk"), 0);
        QCOMPARE(statements.count("INSERT", "trail"), 0);
        QVERIFY(store->setField(RecordKind::Risk, risk, "asset", "Billing", &previous).ok());
        QVERIFY(previous.has_value());
        QCOMPARE(*previous, QVariant(QStringLiteral("Payroll")));
        QCOMPARE(asked.size(), 2);

        // An insert writes its row and its trail entry without reading either back.
        statements.clear();
        QVERIFY(store->insert({RecordKind::Risk, {}, {}, {{"ref", "R-2"}}, {}}).ok());
        QCOMPARE(statements.count("SELECT", "risk"), 0);
        QCOMPARE(statements.count("INSERT", "risk"), 1);
        QCOMPARE(statements.count("INSERT", "trail"), 1);
        QVERIFY(store->verifyTrail().ok);
    }

    void writesDropOnlyTheKindsTheyChange()
    {
        auto store = newStore();
        const QString interview = store->insert({RecordKind::Interview, {}, {}, {{"interviewee", "CISO"}}, {}}).value();
        const QString risk = store->insert({RecordKind::Risk, {}, {}, {{"ref", "R-1"}}, {}}).value();
        const QString evidence = store->insert({RecordKind::Evidence, {}, {}, {{"title", "Policy"}}, {}}).value();
        QVERIFY(store->insert({RecordKind::Attachment, {}, evidence, {{"file_name", "p.pdf"}}, {}}).ok());
        Record finding{RecordKind::Finding, {}, {}, {{"ref", "F-1"}}, {}};
        finding.links = {{LinkKind::Risk, {risk}}, {LinkKind::Evidence, {evidence}}};
        const QString findingUuid = store->insert(finding).value();
        // Two reads of a kind share one list while it is cached; a re-read gives a new one.
        const auto cached = [&](RecordKind kind) { return store->records(kind).value(); };
        const auto same = [](const QList<Record>& a, const QList<Record>& b) { return a.constData() == b.constData(); };
        const auto interviews = cached(RecordKind::Interview);
        const auto findings = cached(RecordKind::Finding);
        const auto risks = cached(RecordKind::Risk);
        const auto attachments = cached(RecordKind::Attachment);
        QVERIFY(same(interviews, cached(RecordKind::Interview)));

        // An edit of a risk drops the risks only.
        QVERIFY(store->setField(RecordKind::Risk, risk, "asset", "Payroll").ok());
        QVERIFY(!same(risks, cached(RecordKind::Risk)));
        QCOMPARE(cached(RecordKind::Risk).first().text("asset"), QStringLiteral("Payroll"));
        QVERIFY(same(interviews, cached(RecordKind::Interview)));
        QVERIFY(same(findings, cached(RecordKind::Finding)));

        // Links of a finding: the findings only.
        const auto risksNow = cached(RecordKind::Risk);
        QVERIFY(store->setLinks(RecordKind::Finding, findingUuid, LinkKind::Interview, {interview}).ok());
        QCOMPARE(cached(RecordKind::Finding).first().linked(LinkKind::Interview), QStringList{interview});
        QVERIFY(same(risksNow, cached(RecordKind::Risk)));
        QVERIFY(same(interviews, cached(RecordKind::Interview)));

        // A removal reaches the kinds it cascades to and those linking to it, and nothing else.
        const auto findingsNow = cached(RecordKind::Finding);
        const auto attachmentsNow = cached(RecordKind::Attachment);
        QCOMPARE(attachmentsNow.size(), 1);
        QVERIFY(store->remove(RecordKind::Evidence, evidence).ok());
        QVERIFY(cached(RecordKind::Attachment).isEmpty()); // cascade
        QVERIFY(cached(RecordKind::Finding).first().linked(LinkKind::Evidence).isEmpty()); // incoming link
        QVERIFY(same(interviews, cached(RecordKind::Interview)));
        QVERIFY(!same(findingsNow, cached(RecordKind::Finding)));
        // A risk's removal takes the finding's link to it.
        auto snapshot = Snapshots::take(*store, RecordKind::Risk, risk);
        QVERIFY(snapshot.ok());
        QVERIFY(store->remove(RecordKind::Risk, risk).ok());
        QVERIFY(cached(RecordKind::Finding).first().linked(LinkKind::Risk).isEmpty());
        QVERIFY(cached(RecordKind::Risk).isEmpty());
        // Undo puts the risk and the finding's link back, in the cache too.
        QVERIFY(Snapshots::restore(*store, snapshot.value()).ok());
        QCOMPARE(cached(RecordKind::Finding).first().linked(LinkKind::Risk), QStringList{risk});
        QCOMPARE(cached(RecordKind::Risk).size(), 1);
        QVERIFY(same(interviews, cached(RecordKind::Interview)));

        // A transaction that rolls back leaves no trace of what it wrote in the cache.
        const auto risksBefore = cached(RecordKind::Risk);
        QVERIFY(!store
                     ->batch([&]() -> Status {
                         if (auto ok = store->setField(RecordKind::Risk, risk, "asset", "Rolled back"); !ok)
                             return ok;
                         cached(RecordKind::Risk); // read inside the transaction
                         return Error{"stop"};
                     })
                     .ok());
        QCOMPARE(cached(RecordKind::Risk).first().text("asset"), QStringLiteral("Payroll"));
        QVERIFY(same(interviews, cached(RecordKind::Interview)));
        QVERIFY(store->verifyTrail().ok);
    }

    void trailRecordsDefaultsWithoutReadingBack()
    {
        // An insert's trail entry is built from what was bound and the schema's defaults; verification compares it
        // with the file, for every kind, sparse and full.
        auto store = newStore();
        const QString evidence = store->insert({RecordKind::Evidence, {}, {}, {{"title", "Scan"}}, {}}).value();
        const auto attach = [&](const QVariantMap& values) {
            auto inserted = store->insert({RecordKind::Attachment, {}, evidence, values, {}});
            if (!inserted)
                qWarning("%s", qPrintable(inserted.error()));
            return inserted.ok();
        };
        QVERIFY(attach({{"file_name", "none.bin"}}));
        QVERIFY(attach({{"file_name", "empty.bin"}, {"data", QByteArray("")}}));
        QVERIFY(attach({{"file_name", "nul.bin"}, {"data", QByteArray("\0x", 2)}, {"size", 2}}));
        QVERIFY(store->insert({RecordKind::Risk, {}, {}, {{"ref", "R-1"}}, {}}).ok());
        QVERIFY(
            store
                ->insert(
                    {RecordKind::Risk, {}, {}, {{"ref", "R-2"}, {"residual_accepted", true}, {"likelihood", "4"}}, {}})
                .ok());
        QVERIFY(store
                    ->insert(
                        {RecordKind::Interview, {}, {}, {{"interviewee", "CFO"}, {"duration_minutes", QVariant()}}, {}})
                    .ok());
        const QString finding = store->insert({RecordKind::Finding, {}, {}, {{"ref", "it's \"quoted\""}}, {}}).value();
        QVERIFY(store->insert({RecordKind::CorrectiveAction, {}, finding, {}, {}}).ok());
        QVERIFY(store->insert({RecordKind::Site, {}, {}, {{"name", "HQ"}}, {}}).ok());
        const TrailVerification verification = store->verifyTrail();
        QVERIFY2(verification.ok, qPrintable(verification.message));
    }

    void insertManyStoresWhatInsertStoresAndIsAllOrNothing()
    {
        // 1,100 risks: two chunks of 512 (eight statements of 64 rows each), then one statement of 64 and twelve rows
        // written alone; sparse and full rows share the statements (a left-out value binds the column's default).
        // Each must read back as insert() stores it, with its links, one trail entry each, and one recordInserted
        // each.
        auto one = newStore();
        auto many = newStore();
        QList<Record> records;
        for (int i = 0; i < 1100; ++i) {
            Record r{RecordKind::Risk, {}, {}, {{"ref", QStringLiteral("R-%1").arg(i)}}, {}};
            if (i % 3 == 0)
                r.values.insert(QVariantMap{{"asset", QStringLiteral("Løn \"data\" %1\n").arg(i)},
                                            {"likelihood", 1 + i % 5},
                                            {"treatment", "mitigate"},
                                            {"residual_accepted", true},
                                            {"accepted_on", "2026-09-27"}});
            if (i % 4 == 0)
                r.links.insert(LinkKind::Control, {"5.20", "8.7", "5.20"});
            records << r;
        }
        for (auto& r : records) {
            r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QVERIFY(one->insert(r).ok());
        }
        QSignalSpy inserted(many.get(), &AuditStore::recordInserted);
        qsizetype failed = -1;
        auto uuids = many->insertMany(records, &failed);
        QVERIFY2(uuids.ok(), qPrintable(uuids.ok() ? QString() : uuids.error()));
        QCOMPARE(uuids->size(), records.size());
        QCOMPARE(inserted.size(), records.size());
        QCOMPARE(inserted.last().at(1).toString(), records.last().uuid);
        const auto rows = [](AuditStore& store) {
            QSqlQuery query(StoreTestAccess::db(store));
            query.exec(QStringLiteral("SELECT r.*, typeof(likelihood), typeof(residual_accepted), (SELECT "
                                      "group_concat(kind || ':' || target) FROM link WHERE owner_uuid = r.uuid) FROM "
                                      "risk r ORDER BY rowid"));
            QStringList all;
            while (query.next()) {
                QStringList row;
                for (int i = 0; i < query.record().count(); ++i)
                    row << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
                all << row.join(QLatin1Char('|'));
            }
            return all;
        };
        QCOMPARE(rows(*many), rows(*one));
        QCOMPARE(many->records(RecordKind::Risk).value().size(), 1100);
        const TrailVerification verification = many->verifyTrail();
        QVERIFY2(verification.ok, qPrintable(verification.message));
        QCOMPARE(many->trailEntries().value().size(), one->trailEntries().value().size());

        // A refused record in the middle of a 64-row statement: nothing is written and its index is named.
        auto refused = newStore();
        QList<Record> bad = records;
        for (auto& r : bad)
            r.uuid.clear();
        bad[70].links.insert(LinkKind::Control, {"99.99"});
        QVERIFY(!refused->insertMany(bad, &failed).ok());
        QCOMPARE(failed, qsizetype(70));
        bad[70].links.clear();
        bad[100].uuid = bad[99].uuid = QUuid::createUuid().toString(QUuid::WithoutBraces); // refused by SQLite
        const auto duplicate = refused->insertMany(bad, &failed);
        QVERIFY(!duplicate.ok());
        QCOMPARE(failed, qsizetype(100));
        QVERIFY(duplicate.error().contains(bad[100].uuid));
        bad[100].uuid.clear();
        // Refused in a later chunk, after whole chunks were written: by the check (the third chunk) and by SQLite (a
        // uuid the first chunk already wrote): the index is the record's in the whole list, and nothing stays.
        bad[1030].links.insert(LinkKind::Control, {"99.99"});
        QVERIFY(!refused->insertMany(bad, &failed).ok());
        QCOMPARE(failed, qsizetype(1030));
        bad[1030].links.clear();
        bad[700].uuid = bad[99].uuid;
        const auto laterDuplicate = refused->insertMany(bad, &failed);
        QVERIFY(!laterDuplicate.ok());
        QCOMPARE(failed, qsizetype(700));
        QVERIFY(laterDuplicate.error().contains(bad[700].uuid));
        QCOMPARE(refused->count(RecordKind::Risk).value(), 0);
        QVERIFY(refused->verifyTrail().ok);
    }
};

QTEST_GUILESS_MAIN(TestAuditStore)
#include "tst_auditstore.moc"
