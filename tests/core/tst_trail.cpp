// SPDX-License-Identifier: GPL-3.0-or-later
// The tamper-evident audit trail (core/trail, docs/security.md): every write leaves hash-chained entries in its own
// transaction; verification catches a changed trail entry and a change made to the data with the sqlite3 tool.
#include "SigningTestSupport.h"
#include "WorkflowFixture.h"

#include "storage/RecordSnapshot.h"
#include "storage/Schema.h"
#include "trail/AuditTrail.h"
#include "trail/TrailState.h"
#include "workflow/Lifecycle.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestTrail : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("trail%1.isoaudit").arg(++m_counter)); }

    static std::unique_ptr<AuditStore> create(const QString& path)
    {
        auto created = Lifecycle::create(path, {"Contoso Ltd", "stage2", "Alice Auditor", {}, {}, {}});
        return created ? std::move(created).value() : nullptr;
    }

    /// Runs SQL with the sqlite3 command-line tool, as someone tampering with the file would.
    static QString sqlite3Tool(const QString& path, const QString& sql)
    {
        QProcess process;
        process.start(QStringLiteral("sqlite3"), {path, sql});
        process.waitForFinished(30000);
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return QString::fromUtf8(process.readAllStandardError()) + QStringLiteral(" (sqlite3 failed)");
        return {};
    }

    static TrailVerification verifyFile(const QString& path)
    {
        auto store = AuditStore::open(path, AuditDatabase::Mode::ReadOnly);
        if (!store)
            return {false, 0, -1, store.error(), {}};
        return store.value()->verifyTrail();
    }

    static QPair<int, QString> cli(const QStringList& args)
    {
        QProcess process;
        process.start(QStringLiteral(ISOAUDIT_CLI), args);
        process.waitForFinished(60000);
        return {process.exitCode(),
                QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
    }

    /// An audit with a risk (edited, linked), an interview, evidence with an attachment, a deleted and restored
    /// finding, by author "Bob"; returns the risk's uuid.
    QString fill(AuditStore& store)
    {
        store.setAuthor(QStringLiteral("Bob"));
        auto interview = store.insert({RecordKind::Interview, {}, {}, {{"interviewee", "CISO"}}, {}});
        auto risk = store.insert({RecordKind::Risk, {}, {}, {{"ref", "R1"}, {"asset", "Payroll"}}, {}});
        auto evidence = store.insert({RecordKind::Evidence, {}, {}, {{"title", "Policy"}}, {}});
        if (!interview || !risk || !evidence)
            return qWarning("insert failed"), QString();
        Record attachment{RecordKind::Attachment,
                          {},
                          evidence.value(),
                          {{"file_name", "policy.pdf"}, {"data", QByteArray("%PDF-1.7 secret bytes")}},
                          {}};
        if (auto a = store.insert(attachment); !a)
            return qWarning("%s", qPrintable(a.error())), QString();
        const auto failed = [](const Status& status) {
            if (!status)
                qWarning("%s", qPrintable(status.error()));
            return !status;
        };
        if (failed(store.setField(RecordKind::Risk, risk.value(), "asset", "Payroll system"))
            || failed(store.setFields(RecordKind::Risk, risk.value(), {{"likelihood", 3}, {"impact", 4}}))
            || failed(store.setLinks(RecordKind::Risk, risk.value(), LinkKind::Control, {"5.1", "8.2"})))
            return {};
        Record finding{RecordKind::Finding, {}, {}, {{"ref", "F1"}, {"grade", "minor"}}, {}};
        finding.links = {{LinkKind::Clause, {"6.1.2"}}, {LinkKind::Risk, {risk.value()}}};
        auto findingUuid = store.insert(finding);
        if (!findingUuid)
            return qWarning("%s", qPrintable(findingUuid.error())), QString();
        // Deleting the risk takes the finding's link to it; undo (the snapshot) puts both back.
        auto snapshot = Snapshots::take(store, RecordKind::Risk, risk.value());
        if (!snapshot || failed(store.remove(RecordKind::Risk, risk.value()))
            || failed(Snapshots::restore(store, snapshot.value())))
            return {};
        if (failed(store.remove(RecordKind::Interview, interview.value())))
            return {};
        return risk.value();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void recordJsonIsWhatQJsonDocumentWrites()
    {
        // The trail hashes the record's JSON text, written by hand for speed: it must be QJsonDocument's compact
        // form to the byte, for every character a field can hold.
        const QString tricky = QStringLiteral("quote \" backslash \\ slash / tab \t nl \n cr \r ff \f bs \b ")
            + QChar(0x01) + QChar(0x1f) + QChar(0x7f) + QStringLiteral(" é ß € 中 ")
            + QString::fromUtf8("\xf0\x9f\x98\x80") + QChar(0xd800) + QStringLiteral("x") + QChar(0xdc00)
            + QChar(0x2028);
        TrailRecordState state;
        state.kind = QStringLiteral("risk");
        state.parent = tricky;
        state.values.insert(QStringLiteral("threat"), tricky);
        state.values.insert(QStringLiteral("asset"), QString());
        state.values.insert(QStringLiteral("likelihood"), std::nullopt);
        state.values.insert(QStringLiteral("Zeta"), QStringLiteral("3"));
        QMap<QString, QSet<QString>> links;
        QCOMPARE(TrailState::toJson(state, links), TrailState::referenceJson(state, links));
        links.insert(QStringLiteral("control"), {QStringLiteral("A.5.10"), QStringLiteral("A.5.9"), tricky});
        links.insert(QStringLiteral("clause"), {});
        links.insert(QStringLiteral("evidence"), {QStringLiteral("e1")});
        QCOMPARE(TrailState::toJson(state, links), TrailState::referenceJson(state, links));
        TrailRecordState empty;
        QCOMPARE(TrailState::toJson(empty, {}), TrailState::referenceJson(empty, {}));
        // And it reads back as what was written.
        TrailRecordState back;
        QMap<QString, QSet<QString>> backLinks;
        QVERIFY(TrailState::fromJson(TrailState::toJson(state, links), &back, &backLinks));
        QCOMPARE(back.parent, state.parent);
        QCOMPARE(back.values, state.values);
        QCOMPARE(backLinks.value(QStringLiteral("control")), links.value(QStringLiteral("control")));
    }

    void entryHashIsWhatQJsonDocumentGave()
    {
        // The entry's hash covers its columns as a compact JSON array, now written by hand in one pass: it must be
        // the bytes QJsonDocument wrote, so files written before and after verify alike.
        const QString tricky = QStringLiteral("quote \" backslash \\ tab \t nl \n ") + QChar(0x01) + QChar(0x7f)
            + QStringLiteral(" é € 中 ") + QString::fromUtf8("\xf0\x9f\x98\x80") + QChar(0xd800) + QChar(0x2028);
        TrailEntry entry;
        entry.seq = 4711;
        entry.at = QStringLiteral("2026-12-07T01:02:03.456Z");
        entry.who = tricky;
        entry.action = QStringLiteral("update");
        entry.kind = QStringLiteral("risk");
        entry.recordUuid = QStringLiteral("0b6f-uuid");
        entry.field = QStringLiteral("notes");
        entry.oldValue = tricky;
        entry.newValue = std::nullopt;
        entry.prevHash = QString(64, QLatin1Char('a'));
        QCOMPARE(entry.computeHash(), entry.referenceHash());
        entry.oldValue = std::nullopt;
        entry.newValue = QStringLiteral("{\"parent\":\"\",\"values\":{\"a\":null}}");
        entry.who.clear();
        QCOMPARE(entry.computeHash(), entry.referenceHash());
        entry.seq = 1;
        entry.action = QStringLiteral("genesis");
        entry.kind.clear();
        entry.recordUuid.clear();
        entry.field.clear();
        entry.newValue = std::nullopt;
        entry.prevHash.clear();
        QCOMPARE(entry.computeHash(), entry.referenceHash());
    }

    void utf8JsonIsHashedAsItsTextWouldBe()
    {
        // The writer makes a new record's JSON once, as UTF-8, and hashes and stores it as it is: the hash must be
        // the one the verifier computes from the text read back (a QString), and QJsonDocument's, to the byte.
        const QString tricky = QStringLiteral("quote \" backslash \\ slash / tab \t nl \n cr \r ") + QChar(0x01)
            + QChar(0x1f) + QChar(0x7f) + QStringLiteral(" é ß € 中 ") + QString::fromUtf8("\xf0\x9f\x98\x80")
            + QChar(0xd800) + QStringLiteral("x") + QChar(0xdc00) + QChar(0x2028);
        TrailRecordState state;
        state.kind = QStringLiteral("risk");
        state.parent = tricky;
        state.values.insert(QStringLiteral("threat"), tricky);
        state.values.insert(QStringLiteral("asset"), QString());
        state.values.insert(QStringLiteral("likelihood"), std::nullopt);
        QMap<QString, QSet<QString>> links{{QStringLiteral("control"), {QStringLiteral("A.5.9"), tricky}}};
        const QByteArray utf8 = TrailState::toJsonUtf8(state, links);
        QCOMPARE(utf8, TrailState::referenceJson(state, links).toUtf8());
        TrailEntry entry;
        entry.seq = 12;
        entry.at = QStringLiteral("2026-12-07T01:02:03.456Z");
        entry.who = tricky;
        entry.action = QStringLiteral("insert");
        entry.kind = QStringLiteral("risk");
        entry.recordUuid = QStringLiteral("0b6f-uuid");
        entry.prevHash = QString(64, QLatin1Char('b'));
        for (const QByteArray& text : {utf8, QByteArray(""), QByteArray("{\"a\":\"\\u0001\"}"),
                                       QStringLiteral("plain é \" \\ ").toUtf8() + QByteArray("\x01\x1f\x7f")}) {
            entry.newValue = QString::fromUtf8(text);
            QCOMPARE(entry.canonicalText(text), entry.canonicalText());
            QCOMPARE(TrailEntry::digest(entry.prevHash, entry.canonicalText(text)), entry.referenceHash());
        }
    }

    void everyWriteIsChainedAndVerifies()
    {
        const QString path = newPath();
        auto store = create(path);
        QVERIFY(store);
        const QString risk = fill(*store);
        QVERIFY(!risk.isEmpty());
        QCOMPARE(store->schemaVersion(), Schema::currentVersion());

        const TrailVerification verification = store->verifyTrail();
        QVERIFY2(verification.ok, qPrintable(verification.message));
        auto all = store->trailEntries().value();
        QCOMPARE(verification.entries, qint64(all.size()));
        QCOMPARE(verification.head, all.last().hash);
        QCOMPARE(all.first().action, QStringLiteral("genesis"));
        QCOMPARE(all.first().prevHash, QString());
        for (int i = 1; i < all.size(); ++i) {
            QCOMPARE(all.at(i).seq, all.at(i - 1).seq + 1);
            QCOMPARE(all.at(i).prevHash, all.at(i - 1).hash);
            QCOMPARE(all.at(i).hash, all.at(i).computeHash());
        }

        // The risk's history: insert, the asset edit (old -> new, by Bob), the two fields of one setFields, links,
        // removal and the restore.
        auto history = store->trailEntries(risk).value();
        QStringList actions;
        for (const auto& e : history)
            actions << e.action + (e.field.isEmpty() ? QString() : QLatin1Char(':') + e.field);
        QCOMPARE(actions,
                 QStringList({"insert", "update:asset", "update:impact", "update:likelihood", "links:control", "remove",
                              "insert"}));
        QCOMPARE(history.at(1).who, QStringLiteral("Bob"));
        QCOMPARE(history.at(1).oldValue, std::optional<QString>("Payroll"));
        QCOMPARE(history.at(1).newValue, std::optional<QString>("Payroll system"));
        QCOMPARE(history.at(2).oldValue, std::optional<QString>()); // impact was not stated: null, not ""
        QCOMPARE(history.at(2).newValue, std::optional<QString>("4"));
        QVERIFY(QDateTime::fromString(history.at(1).at, Qt::ISODateWithMs).isValid());
        QVERIFY(history.at(1).at.endsWith(QLatin1Char('Z')));

        // Blobs are recorded by their SHA-256, never their bytes.
        bool sawAttachment = false;
        for (const auto& e : all) {
            QVERIFY(!e.newValue.value_or(QString()).contains(QLatin1String("secret bytes")));
            if (e.kind == QLatin1String("attachment")) {
                sawAttachment = true;
                QVERIFY(e.newValue->contains(QLatin1String("sha256:")));
            }
        }
        QVERIFY(sawAttachment);
        // The restore re-created the finding's link to the risk and recorded it.
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [&](const TrailEntry& e) {
            return e.action == QLatin1String("link-add") && e.newValue == std::optional<QString>(risk);
        }));
    }

    void aRefusedWriteLeavesNoEntry()
    {
        auto store = create(newPath());
        QVERIFY(store);
        const qint64 before = store->trailEntries()->size();
        QVERIFY(!store->insert({RecordKind::Risk, {}, {}, {{"likelihood", 99}}, {}}).ok());
        QVERIFY(!store->setField(RecordKind::Risk, "no-such-uuid", "asset", "x").ok());
        // A batch that fails half-way takes its entries with it.
        QVERIFY(!store
                     ->batch([&]() -> Status {
                         if (auto r = store->insert({RecordKind::Risk, {}, {}, {{"ref", "R9"}}, {}}); !r)
                             return Error{r.error()};
                         return Error{"stop"};
                     })
                     .ok());
        QCOMPARE(store->trailEntries()->size(), before);
        QVERIFY(store->insert({RecordKind::Risk, {}, {}, {{"ref", "R2"}}, {}}).ok());
        QCOMPARE(store->trailEntries()->size(), before + 1);
        QVERIFY(store->verifyTrail().ok);
    }

    void editedTrailEntryBreaksTheChain()
    {
        const QString path = newPath();
        {
            auto store = create(path);
            QVERIFY(store);
            QVERIFY(!fill(*store).isEmpty());
        }
        QVERIFY(verifyFile(path).ok);
        QList<TrailEntry> entries;
        {
            auto store = AuditStore::open(path, AuditDatabase::Mode::ReadOnly);
            QVERIFY(store.ok());
            entries = store.value()->trailEntries().value();
        }
        const qint64 seq = entries.last().seq - 2;
        // Someone rewrites history in the trail itself: the entry's hash no longer matches.
        QCOMPARE(sqlite3Tool(path, QStringLiteral("UPDATE trail SET who = 'Mallory' WHERE seq = %1").arg(seq)),
                 QString());
        TrailVerification verification = verifyFile(path);
        QVERIFY(!verification.ok);
        QCOMPARE(verification.brokenSeq, seq);
        // ... and recomputing that hash cuts the chain at the next entry instead.
        TrailEntry forged = entries.at(int(seq - 1));
        QCOMPARE(forged.seq, seq);
        forged.who = QStringLiteral("Mallory");
        forged.hash = forged.computeHash();
        QCOMPARE(
            sqlite3Tool(path, QStringLiteral("UPDATE trail SET hash = '%1' WHERE seq = %2").arg(forged.hash).arg(seq)),
            QString());
        verification = verifyFile(path);
        QVERIFY(!verification.ok);
        QCOMPARE(verification.brokenSeq, seq + 1);
        QVERIFY2(verification.message.contains(QLatin1String("chain")), qPrintable(verification.message));
    }

    void dataEditedWithSqlite3IsCaught_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("changed field") << "UPDATE risk SET asset = 'Nothing to see' WHERE ref = 'R1'"
                                       << "asset is \"Nothing to see\" in the file";
        QTest::newRow("added row") << "INSERT INTO risk (uuid, ref) VALUES ('planted', 'R99')"
                                   << "never recorded it";
        QTest::newRow("deleted row") << "DELETE FROM finding WHERE ref = 'F1'"
                                     << "deleted outside IsoAudit";
        QTest::newRow("removed link") << "DELETE FROM link WHERE target = '8.2'"
                                      << "links of";
        QTest::newRow("blob swapped") << "UPDATE attachment SET data = X'00'"
                                      << "data is \"sha256:";
        QTest::newRow("trail tail deleted") << "DELETE FROM trail WHERE seq = (SELECT max(seq) FROM trail)"
                                            << "never recorded it";
    }

    void dataEditedWithSqlite3IsCaught()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const QString path = newPath();
        {
            auto store = create(path);
            QVERIFY(store);
            QVERIFY(!fill(*store).isEmpty());
            if (QTest::currentDataTag() == QLatin1String("trail tail deleted"))
                QVERIFY(store->insert({RecordKind::Risk, {}, {}, {{"ref", "R7"}}, {}}).ok());
        }
        QVERIFY(verifyFile(path).ok);
        QCOMPARE(sqlite3Tool(path, sql), QString());
        const TrailVerification verification = verifyFile(path);
        QVERIFY(!verification.ok);
        QVERIFY2(verification.message.contains(expected), qPrintable(verification.message));

        // The CLI says the same and exits 1.
        const auto [code, output] = cli({"trail", path, "--verify"});
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(QLatin1String("audit trail is broken")), qPrintable(output));
        QVERIFY2(output.contains(expected), qPrintable(output));
    }

    void cliPrintsTheTrail()
    {
        const QString path = newPath();
        QString risk;
        {
            auto store = testing::createReadyAudit(path); // ready, so `advance` below writes
            QVERIFY(store);
            risk = fill(*store);
        }
        auto [code, output] = cli({"trail", path, "--record", risk});
        QCOMPARE(code, 0);
        QVERIFY2(
            output.contains(QStringLiteral("Bob: update risk %1 asset: \"Payroll\" -> \"Payroll system\"").arg(risk)),
            qPrintable(output));
        QVERIFY(!output.contains(QLatin1String("interview")));
        QVERIFY(output.contains(QLatin1String("trail verified")));
        std::tie(code, output) = cli({"trail", path, "--verify"});
        QCOMPARE(code, 0);
        QVERIFY(output.startsWith(QLatin1String("trail verified: ")));
        // The CLI names its writes after $ISOAUDIT_AUTHOR.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("ISOAUDIT_AUTHOR", "Carol CLI");
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ISOAUDIT_CLI), {"advance", path, "--to", "fieldwork"});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        auto store = AuditStore::open(path, AuditDatabase::Mode::ReadOnly);
        QVERIFY(store.ok());
        QCOMPARE(store.value()->trailEntries()->last().who, QStringLiteral("Carol CLI"));
    }

    void migrationThreeStartsTheChain()
    {
        const QString path = newPath();
        QVERIFY(QFile::copy(QStringLiteral(ISOAUDIT_TEST_DATA "/schema-v1.isoaudit"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto store = Lifecycle::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE(store.value()->schemaVersion(), Schema::currentVersion());
        QVERIFY(Schema::currentVersion() >= 3);
        auto entries = store.value()->trailEntries().value();
        QCOMPARE(entries.first().action, QStringLiteral("genesis"));
        // One baseline entry per record the old file held.
        int records = 0;
        for (const auto& info : RecordKinds::all())
            records += store.value()->count(info.kind).value();
        QCOMPARE(entries.size(), records + 1);
        QVERIFY(std::all_of(entries.cbegin() + 1, entries.cend(),
                            [](const TrailEntry& e) { return e.action == QLatin1String("baseline"); }));
        QVERIFY(store.value()->verifyTrail().ok);
        // Opening again adds nothing; the next edit continues the chain.
        store = Error{"closed"};
        store = Lifecycle::open(path);
        QVERIFY(store.ok());
        QCOMPARE(store.value()->trailEntries()->size(), entries.size());
        const QString audit = store.value()->audit()->uuid;
        QVERIFY(store.value()->setField(RecordKind::Audit, audit, "scope", "All sites").ok());
        const auto after = store.value()->trailEntries().value();
        QCOMPARE(after.size(), entries.size() + 1);
        QCOMPARE(after.last().prevHash, entries.last().hash);
        QVERIFY(store.value()->verifyTrail().ok);
    }

    void signatureRecordsTheTrailHead()
    {
        auto store = testing::createReadyAudit(newPath());
        QVERIFY(store);
        for (const char* target : {"fieldwork", "reporting"}) {
            auto advanced = Lifecycle::advance(*store, QString::fromLatin1(target));
            QVERIFY2(advanced.ok(), qPrintable(advanced.error()));
        }
        test::TestPki pki;
        QString error;
        QVERIFY2(pki.create(&error), qPrintable(error));
        auto signedReport = test::signAudit(*store, pki);
        QVERIFY2(signedReport.ok(), qPrintable(signedReport.error()));
        auto revisions = store->records(RecordKind::ReportRevision).value();
        QCOMPARE(revisions.size(), 1);
        const QString head = revisions.first().text("trail_head");
        QCOMPARE(head.size(), 64);
        // The head is the entry just before the signature's own entries.
        const auto entries = store->trailEntries(revisions.first().uuid).value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().prevHash, head);
        QVERIFY(store->verifyTrail().ok);
    }
};

QTEST_MAIN(TestTrail) // the signature test renders a report (QGuiApplication)
#include "tst_trail.moc"
