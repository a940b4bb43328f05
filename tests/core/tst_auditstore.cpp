// SPDX-License-Identifier: GPL-3.0-or-later
// The audit file and its store: schema creation, validation of every write, links, cascades, snapshots for undo,
// read-only files and copies made with SQLite's backup API.
#include "catalog/Catalog.h"
#include "storage/AuditStore.h"
#include "storage/RecordSnapshot.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestAuditStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<AuditStore> newStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("audit%1.isoaudit").arg(++m_counter));
        auto store = AuditStore::create(path,
                                        {"Nordlys Betalinger ApS", "stage2", "Mette Højgaard", "Payments platform",
                                         QDate(2026, 11, 23), QDate(2026, 11, 26)});
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        return std::move(store).value();
    }

    static QVariant pragma(AuditStore& store, const QString& name)
    {
        QSqlQuery query(store.database().db());
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
        QVERIFY(!AuditStore::create(path, {"", "stage2", "Lead", {}, {}, {}}).ok());
        QVERIFY(!AuditStore::create(path, {"Client", "stage9", "Lead", {}, {}, {}}).ok());
        auto reversed
            = AuditStore::create(path, {"Client", "stage2", "Lead", {}, QDate(2026, 5, 2), QDate(2026, 5, 1)});
        QVERIFY(!reversed.ok());
        QVERIFY(reversed.error().contains("before it starts"));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_dir.path()).entryList({"refused*"}, QDir::Files), QStringList());
        auto store = newStore();
        auto again = AuditStore::create(store->path(), {"Other", "stage2", "Lead", {}, {}, {}});
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
        QVERIFY(store->database().saveCopyAs(copy).ok());
        QVERIFY(!QFile::exists(copy + ".part"));
        auto opened = AuditStore::open(copy);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened.value()->records(RecordKind::Risk)->first().text("ref"), QStringLiteral("R-æøå"));
        QCOMPARE(opened.value()->count(RecordKind::SoaEntry).value(), 93);
    }
};

QTEST_GUILESS_MAIN(TestAuditStore)
#include "tst_auditstore.moc"
