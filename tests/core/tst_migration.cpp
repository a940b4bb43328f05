// SPDX-License-Identifier: GPL-3.0-or-later
// Schema migrations from the checked-in older files (tests/data/README.md): format 1 (schema-v1.isoaudit, made
// with `isoaudit-cli new` before format 2 existed, plus a risk, an interview, a finding and a corrective action)
// format 2 and format 3 (an audit trail, which the upgrade to format 4 extends so it still agrees with the file): a
// copy is upgraded with a backup and loses nothing; an original opened read-only is refused.
#include "storage/AuditStore.h"
#include "storage/Schema.h"
#include "trail/AuditTrail.h"
#include "workflow/CrossChecks.h"
#include "workflow/Lifecycle.h"
#include "workflow/RuleEngine.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

namespace {

const QString original = QStringLiteral(ISOAUDIT_TEST_DATA "/schema-v1.isoaudit");

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_copy;

private slots:
    void init()
    {
        m_copy = m_dir.filePath(QStringLiteral("copy-%1.isoaudit").arg(QTest::currentTestFunction()));
        QFile::remove(m_copy); // a data-driven test starts each row from the original
        QVERIFY(QFile::copy(original, m_copy));
        QVERIFY(QFile::setPermissions(m_copy, QFile::ReadOwner | QFile::WriteOwner));
    }

    void upgradesACopyWithABackup()
    {
        QVERIFY(Schema::currentVersion() >= 2);
        auto store = Lifecycle::open(m_copy);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE(store.value()->schemaVersion(), Schema::currentVersion());
        const QString backup = m_copy + QStringLiteral(".format1.bak");
        QVERIFY(QFile::exists(backup));
        QCOMPARE(sha256(backup).isEmpty(), false);
        auto fromBackup = AuditStore::open(backup, AuditDatabase::Mode::ReadOnly);
        QVERIFY(!fromBackup.ok()); // the backup is the untouched format-1 file
        QVERIFY(fromBackup.error().contains(QStringLiteral("format 1")));
    }

    void keepsEveryRecord()
    {
        auto opened = Lifecycle::open(m_copy);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        AuditStore& s = *opened.value();
        QCOMPARE(s.count(RecordKind::TeamMember).value(), 1);
        QCOMPARE(s.count(RecordKind::ClauseAssessment).value(), 30);
        QCOMPARE(s.count(RecordKind::SoaEntry).value(), 93);
        QCOMPARE(s.count(RecordKind::Risk).value(), 1);
        QCOMPARE(s.count(RecordKind::Interview).value(), 1);
        QCOMPARE(s.count(RecordKind::Finding).value(), 1);
        QCOMPARE(s.count(RecordKind::CorrectiveAction).value(), 1);

        const Record audit = s.audit().value();
        QCOMPARE(audit.text("client"), QStringLiteral("Contoso Ltd"));
        QCOMPARE(audit.text("lifecycle"), QStringLiteral("planning"));
        QCOMPARE(audit.text("start_date"), QStringLiteral("2026-03-02"));

        const Record risk = s.record(RecordKind::Risk, "11111111-1111-4111-8111-111111111111").value();
        QCOMPARE(risk.text("ref"), QStringLiteral("R-001"));
        QCOMPARE(risk.integer("likelihood"), std::optional<int>(4));
        QCOMPARE(risk.text("treatment"), QStringLiteral("mitigate"));
        QVERIFY(risk.flag("residual_accepted"));
        QCOMPARE(risk.linked(LinkKind::Control), (QStringList{"8.8", "8.13"}));

        const Record interview = s.record(RecordKind::Interview, "22222222-2222-4222-8222-222222222222").value();
        QCOMPARE(interview.text("interviewee"), QStringLiteral("Bob Admin"));
        QCOMPARE(interview.linked(LinkKind::Clause), QStringList{"8.1"});

        const Record finding = s.record(RecordKind::Finding, "33333333-3333-4333-8333-333333333333").value();
        QCOMPARE(finding.text("ref"), QStringLiteral("NC-01"));
        QCOMPARE(finding.text("grade"), QStringLiteral("minor"));
        QCOMPARE(finding.linked(LinkKind::Control), QStringList{"8.8"});
        QCOMPARE(finding.linked(LinkKind::Interview), QStringList{"22222222-2222-4222-8222-222222222222"});
        QCOMPARE(finding.linked(LinkKind::Risk), QStringList{"11111111-1111-4111-8111-111111111111"});

        const Record action = s.record(RecordKind::CorrectiveAction, "44444444-4444-4444-8444-444444444444").value();
        QCOMPARE(action.parentUuid, finding.uuid);
        QCOMPARE(action.text("status"), QStringLiteral("plan-submitted"));
        QCOMPARE(action.text("due_date"), QStringLiteral("2026-06-01"));

        const Record clause
            = s.record(RecordKind::ClauseAssessment, s.uuidForKey(RecordKind::ClauseAssessment, "8.1").value()).value();
        QCOMPARE(clause.text("verdict"), QStringLiteral("conform"));
        const Record control
            = s.record(RecordKind::SoaEntry, s.uuidForKey(RecordKind::SoaEntry, "8.8").value()).value();
        QCOMPARE(control.text("verdict"), QStringLiteral("nonconform"));
        QCOMPARE(control.text("justification"), QStringLiteral("Risk R-001"));
    }

    void newColumnsHaveTheirDefaults()
    {
        auto opened = Lifecycle::open(m_copy);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        AuditStore& s = *opened.value();
        const Record audit = s.audit().value();
        QVERIFY(audit.values.value("recommendation").isNull());
        QCOMPARE(audit.text("recommendation_rationale"), QString());
        QCOMPARE(audit.integer("report_revision"), std::optional<int>(1));
        QCOMPARE(audit.integer("minor_to_major_threshold"), std::optional<int>(3));
        QCOMPARE(audit.integer("major_action_days"), std::optional<int>(90));
        QCOMPARE(audit.integer("minor_plan_days"), std::optional<int>(90));

        const Record finding = s.record(RecordKind::Finding, "33333333-3333-4333-8333-333333333333").value();
        QVERIFY(finding.values.value("nature").isNull());
        QCOMPARE(finding.integer("samples_failed"), std::nullopt);
        QCOMPARE(finding.integer("samples_taken"), std::nullopt);
        QCOMPARE(finding.flag("capability_in_doubt"), false);
        QVERIFY(finding.values.value("suggested_grade").isNull());
        QCOMPARE(finding.text("suggestion_rationale"), QString());
        QCOMPARE(finding.text("crosscheck_key"), QString());

        QCOMPARE(s.count(RecordKind::ActionStatusChange).value(), 0);
        QCOMPARE(s.count(RecordKind::CrosscheckDismissal).value(), 0);
        QCOMPARE(s.count(RecordKind::ReportRevision).value(), 0);

        // The upgraded file works with the workflow and takes the new fields.
        QVERIFY(RuleEngine::evaluate(s, QStringLiteral("fieldwork")).ok());
        QVERIFY(CrossChecks::run(s).ok());
        QVERIFY(s.setField(RecordKind::Audit, audit.uuid, "recommendation", "recommend-after-verification").ok());
        QVERIFY(!s.setField(RecordKind::Audit, audit.uuid, "recommendation", "maybe").ok());
    }

    void secondOpenDoesNotMigrateAgain()
    {
        {
            QVERIFY(Lifecycle::open(m_copy).ok());
        }
        const QString backup = m_copy + QStringLiteral(".format1.bak");
        const QByteArray before = sha256(backup);
        QVERIFY(QFile::remove(backup));
        auto again = Lifecycle::open(m_copy);
        QVERIFY(again.ok());
        QVERIFY(!QFile::exists(backup)); // nothing left to upgrade, so no new backup
        QVERIFY(!before.isEmpty());
    }

    // Format 2 (tests/data/schema-v2.isoaudit: the format-1 file upgraded by format 2's migration, plus a
    // recommendation, classification facts, an action history entry and a cross-check dismissal).
    void upgradesFormat2FileKeepingWorkflowData()
    {
        const QString copy = m_dir.filePath(QStringLiteral("format2.isoaudit"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(QStringLiteral(ISOAUDIT_TEST_DATA "/schema-v2.isoaudit"), copy));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
        auto store = Lifecycle::open(copy);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE(store.value()->schemaVersion(), Schema::currentVersion());
        QVERIFY(QFile::exists(copy + QStringLiteral(".format2.bak")));
        const Record audit = store.value()->audit().value();
        QCOMPARE(audit.text(QStringLiteral("recommendation")), QStringLiteral("recommend-after-verification"));
        QCOMPARE(audit.text(QStringLiteral("recommendation_rationale")), QStringLiteral("One minor open"));
        const auto findings = store.value()->records(RecordKind::Finding).value();
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().text(QStringLiteral("nature")), QStringLiteral("isolated"));
        QCOMPARE(findings.first().integer(QStringLiteral("samples_taken")), std::optional<int>(10));
        const auto dismissals = store.value()->records(RecordKind::CrosscheckDismissal).value();
        QCOMPARE(dismissals.size(), 1);
        QCOMPARE(dismissals.first().text(QStringLiteral("reason")),
                 QStringLiteral("Controls listed in the treatment plan annex"));
        const auto history = store.value()->records(RecordKind::ActionStatusChange).value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().text(QStringLiteral("changed_by")), QStringLiteral("Karen Østergaard"));
        // The upgraded file starts its audit trail, and the trail agrees with the data.
        const TrailVerification verification = store.value()->verifyTrail();
        QVERIFY2(verification.ok, qPrintable(verification.message));
    }

    // Format 3 (tests/data/schema-v3.isoaudit: tests/data/packages/example.json imported by a format-3 IsoAudit, so
    // its audit trail holds every record). Format 4 adds the audit's framework(s): an existing audit is an ISO/IEC
    // 27001:2022 audit, and the trail records the new column so it still agrees with the file.
    void upgradesFormat3FileToIsoWithTheTrailInStep()
    {
        const QString copy = m_dir.filePath(QStringLiteral("format3.isoaudit"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(QStringLiteral(ISOAUDIT_TEST_DATA "/schema-v3.isoaudit"), copy));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
        qint64 entriesBefore = 0;
        {
            auto old = AuditStore::open(copy, AuditDatabase::Mode::ReadOnly);
            QVERIFY(!old.ok()); // an older format is not opened read-only
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
            db.setDatabaseName(copy);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), 3);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM trail")) && query.next());
            entriesBefore = query.value(0).toLongLong();
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));
        QVERIFY(entriesBefore > 1);

        auto store = Lifecycle::open(copy);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        AuditStore& s = *store.value();
        QCOMPARE(s.schemaVersion(), Schema::currentVersion());
        QVERIFY(QFile::exists(copy + QStringLiteral(".format3.bak")));
        const Record audit = s.audit().value();
        QCOMPARE(audit.text(QStringLiteral("client")), QStringLiteral("Nordlys Betalinger ApS"));
        QCOMPARE(audit.text(QStringLiteral("frameworks")), QStringLiteral("iso27001-2022"));
        QCOMPARE(s.count(RecordKind::Finding).value(), 1);
        QCOMPARE(s.count(RecordKind::SoaEntry).value(), 93);

        // The trail gained the audit's new columns, each by the upgrade that added it, and nothing else: format 5
        // rebuilds the finding table without changing a value in it.
        const auto entries = s.trailEntries();
        QVERIFY(entries.ok());
        QList<TrailEntry> added(entries->begin() + entriesBefore, entries->end());
        QVERIFY(!added.isEmpty());
        const TrailEntry& first = added.first();
        QCOMPARE(first.action, QStringLiteral("update"));
        QCOMPARE(first.kind, QStringLiteral("audit"));
        QCOMPARE(first.recordUuid, audit.uuid);
        QCOMPARE(first.field, QStringLiteral("frameworks"));
        QCOMPARE(first.oldValue, std::nullopt);
        QCOMPARE(first.newValue, std::optional<QString>(QStringLiteral("iso27001-2022")));
        QCOMPARE(first.who, QStringLiteral("IsoAudit (file format 4)"));
        QSet<QString> format5Fields;
        QSet<QString> format6Fields;
        int programmeInserts = 0;
        for (qsizetype i = 1; i < added.size(); ++i) {
            QCOMPARE(added.at(i).oldValue, std::nullopt);
            QVERIFY2(added.at(i).kind != QLatin1String("finding"), qPrintable(added.at(i).field));
            if (added.at(i).who == QLatin1String("IsoAudit (file format 6)")) {
                // Format 6: the new columns of the audit, clauses, SoA and risks, and the programme's own row.
                if (added.at(i).action == QLatin1String("insert")) {
                    QCOMPARE(added.at(i).kind, QStringLiteral("programme"));
                    ++programmeInserts;
                }
                format6Fields.insert(added.at(i).kind + QLatin1Char('.') + added.at(i).field);
                continue;
            }
            QCOMPARE(added.at(i).who, QStringLiteral("IsoAudit (file format 5)"));
            QVERIFY(format6Fields.isEmpty()); // in step: every format 5 entry before the first format 6 one
            format5Fields.insert(added.at(i).kind + QLatin1Char('.') + added.at(i).field);
        }
        QCOMPARE(programmeInserts, 1);
        QVERIFY(format6Fields.contains(QStringLiteral("audit.previous_audit")));
        QVERIFY(format6Fields.contains(QStringLiteral("soa_entry.carried_over")));
        QVERIFY(format6Fields.contains(QStringLiteral("clause_assessment.plan_site")));
        QCOMPARE(s.singleton(RecordKind::Programme)->integer(QStringLiteral("cycle")), std::optional<int>(1));
        QVERIFY(format5Fields.contains(QStringLiteral("audit.client_address")));
        QVERIFY(format5Fields.contains(QStringLiteral("audit.objectives_met")));
        QVERIFY(format5Fields.contains(QStringLiteral("risk_method.scoring")));
        QCOMPARE(s.riskMethod().value().text(QStringLiteral("scoring")), QStringLiteral("product"));
        // The rebuilt finding table kept the finding's corrective action and links (foreign keys were off while
        // the old table was dropped, so nothing cascaded).
        QCOMPARE(s.count(RecordKind::CorrectiveAction).value(), 1);
        QVERIFY(!s.records(RecordKind::Finding).value().first().links.isEmpty());
        TrailVerification verification = s.verifyTrail();
        QVERIFY2(verification.ok, qPrintable(verification.message));

        // The upgraded audit takes the field like any other, and the trail follows.
        QVERIFY(
            s.setField(RecordKind::Audit, audit.uuid, QStringLiteral("frameworks"), QStringLiteral("soc2-2017")).ok());
        verification = s.verifyTrail();
        QVERIFY2(verification.ok, qPrintable(verification.message));
    }

    // Format 5 holds an outcome per audit type: a format-4 file's certification ids become the outcome of the same
    // tier for its type, the rebuilt tables keep every row and their children, and the new CHECKs hold.
    void upgradesFormat4OutcomesByAuditType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("old");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("stage1") << "stage1" << "recommend-after-verification" << "ready-after-concerns";
        QTest::newRow("stage2") << "stage2" << "recommend" << "recommend";
        QTest::newRow("surveillance") << "surveillance" << "recommend" << "continuation-recommended";
        QTest::newRow("surveillance-negative") << "surveillance" << "do-not-recommend" << "suspension-recommended";
        QTest::newRow("recertification") << "recertification" << "recommend-after-verification"
                                         << "renewal-after-verification";
        QTest::newRow("special") << "special" << "recommend-after-verification" << "nonconformities-not-closed";
    }

    void upgradesFormat4OutcomesByAuditType()
    {
        QFETCH(QString, type);
        QFETCH(QString, old);
        QFETCH(QString, outcome);
        const QString path = m_dir.filePath(QStringLiteral("format4-%1-%2.isoaudit").arg(type, old));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (int v = 0; v < 4; ++v) {
                for (const QString& statement : Schema::migrations().at(v))
                    QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            }
            QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 4")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO audit (id, uuid, client, audit_type, recommendation)"
                                              " VALUES (1, 'a1', 'Client', '%1', '%2')")
                                   .arg(type, old)));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO finding (uuid, ref, grade, nature) VALUES"
                                              " ('f1', 'NC-1', 'minor', 'isolated')")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO corrective_action (uuid, finding_uuid) VALUES ('c1', 'f1')")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO link (owner_uuid, kind, target) VALUES ('f1', 'clause', '6.1.2')")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));

        auto store = Lifecycle::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        AuditStore& s = *store.value();
        QCOMPARE(s.schemaVersion(), Schema::currentVersion());
        const Record audit = s.audit().value();
        QCOMPARE(audit.text(QStringLiteral("recommendation")), outcome);
        QCOMPARE(audit.text(QStringLiteral("client")), QStringLiteral("Client"));
        QCOMPARE(s.count(RecordKind::CorrectiveAction).value(), 1);
        const Record finding = s.records(RecordKind::Finding).value().value(0);
        QCOMPARE(finding.text(QStringLiteral("nature")), QStringLiteral("isolated"));
        QCOMPARE(finding.linked(LinkKind::Clause), QStringList{QStringLiteral("6.1.2")});
        // The new values are accepted, and the CHECKs still refuse what is no value at all.
        QVERIFY(s.setField(RecordKind::Finding, finding.uuid, QStringLiteral("nature"), QStringLiteral("undocumented"))
                    .ok());
        QVERIFY(
            s.setField(RecordKind::Finding, finding.uuid, QStringLiteral("grade"), QStringLiteral("area-of-concern")).ok());
        QVERIFY(!s.setField(RecordKind::Finding, finding.uuid, QStringLiteral("grade"), QStringLiteral("critical")).ok());
        // Deleting the finding still takes its action (the foreign key came back on) and its links (the trigger).
        QVERIFY(s.remove(RecordKind::Finding, finding.uuid).ok());
        QCOMPARE(s.count(RecordKind::CorrectiveAction).value(), 0);
        const TrailVerification verification = s.verifyTrail();
        QVERIFY2(verification.ok, qPrintable(verification.message));
    }

    void originalReadOnlyIsRefusedAndUntouched()
    {
        const QByteArray before = sha256(original);
        QVERIFY(!before.isEmpty());
        auto store = AuditStore::open(original, AuditDatabase::Mode::ReadOnly);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains(QStringLiteral("must be upgraded")), qPrintable(store.error()));
        QVERIFY(store.error().contains(QStringLiteral("format 1")));
        QCOMPARE(sha256(original), before);
        QVERIFY(!QFile::exists(original + QStringLiteral(".format1.bak")));
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
