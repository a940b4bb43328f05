// SPDX-License-Identifier: GPL-3.0-or-later
// The central repository (core/repository, docs/repository.md) against a real PostgreSQL 15 cluster that the test
// starts itself (PgTestCluster): push/pull round trips that export the same package, fast-forwards, two auditors
// merging concurrent edits, conflicts, row-level security, the triggers that keep the trail and signed revisions
// unchanged even for the superuser's SQL, a push killed half-way, a cancelled push, and a server that is down.
#include "core/PackageTestSupport.h"
#include "core/PgTestCluster.h"
#include "core/WorkflowFixture.h"
#include "package/AuditPackage.h"
#include "repository/Repository.h"
#include "repository/RepositorySchema.h"
#include "storage/FileImage.h"
#include "workflow/Lifecycle.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

namespace {
const QString auditorPassword = QStringLiteral("correct horse battery");

QByteArray packageOf(const QString& path)
{
    auto store = AuditStore::open(path, AuditDatabase::Mode::ReadOnly);
    if (!store)
        return "open failed: " + store.error().toUtf8();
    auto json = AuditPackage::serialize(*store.value());
    return json ? json.value() : "export failed: " + json.error().toUtf8();
}

QStringList trailHashes(const QString& path)
{
    auto store = AuditStore::open(path, AuditDatabase::Mode::ReadOnly);
    if (!store)
        return {store.error()};
    QStringList hashes;
    const QList<TrailEntry> entries = store.value()->trailEntries().value();
    for (const TrailEntry& entry : entries)
        hashes << QStringLiteral("%1:%2").arg(entry.seq).arg(entry.hash);
    return hashes;
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}
} // namespace

class TestRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<pgtest::PgTestCluster> m_cluster;
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString path(const QString& name) { return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_counter).arg(name)); }

    std::unique_ptr<Repository> as(const QString& role)
    {
        auto repository = Repository::connect(m_cluster->server(role), auditorPassword);
        if (!repository) {
            qWarning("%s", qPrintable(repository.error()));
            return {};
        }
        return std::move(repository).value();
    }

    /// A new audit file (Contoso, in planning) with an interview and evidence carrying a small attachment.
    QString newAudit(const QString& client = QStringLiteral("Contoso Ltd"))
    {
        const QString file = path(QStringLiteral("audit.isoaudit"));
        auto store = Lifecycle::create(file, {client, "stage2", "Alice Auditor", "Head office", QDate(2026, 3, 2),
                                              QDate(2026, 3, 4)});
        if (!store) {
            qWarning("%s", qPrintable(store.error()));
            return {};
        }
        auto interview = store.value()->insert({RecordKind::Interview, {}, {}, {{"interviewee", "CISO"}}, {}});
        auto evidence = store.value()->insert({RecordKind::Evidence, {}, {}, {{"title", "Access review"}}, {}});
        if (evidence) {
            Record attachment{RecordKind::Attachment, {}, evidence.value(),
                              {{"file_name", "review.txt"}, {"data", QByteArray("reviewed quarterly\n")}}, {}};
            if (auto added = store.value()->insert(attachment); !added)
                qWarning("%s", qPrintable(added.error()));
        }
        return interview && evidence ? file : QString();
    }

    QString auditUuidOf(const QString& file)
    {
        auto store = AuditStore::open(file, AuditDatabase::Mode::ReadOnly);
        return store ? store.value()->audit()->uuid : QString();
    }

    Status edit(const QString& file, const QString& column, const QString& value)
    {
        auto store = Lifecycle::open(file);
        if (!store)
            return Error{store.error()};
        return store.value()->setField(RecordKind::Audit, store.value()->audit()->uuid, column, value);
    }

    QString field(const QString& file, const QString& column)
    {
        auto store = AuditStore::open(file, AuditDatabase::Mode::ReadOnly);
        return store ? store.value()->audit()->text(column) : store.error();
    }

    qint64 serverSeq(const QString& uuid)
    {
        const auto rows = m_cluster->sql(QStringLiteral("SELECT trail_seq FROM isoaudit.audit WHERE uuid = '%1'").arg(uuid));
        return rows && !rows->isEmpty() ? rows->first().toLongLong() : -1;
    }

    QString serverRows(const QString& uuid)
    {
        const auto rows = m_cluster->sql(
            QStringLiteral("SELECT md5(string_agg(kind || key || data::text, ',' ORDER BY kind, key)) || count(*)"
                           " FROM isoaudit.record WHERE audit = '%1'")
                .arg(uuid));
        return rows && !rows->isEmpty() ? rows->first() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cluster = std::make_unique<pgtest::PgTestCluster>(pgtest::PgTestCluster::Tls::On);
        QVERIFY2(m_cluster->isRunning(), qPrintable(m_cluster->error()));
        QString error;
        QVERIFY2(m_cluster->sql("CREATE DATABASE isoaudit", &error, "postgres", {}, "postgres"), qPrintable(error));
        isoaudit::RepositoryServer owner = m_cluster->server(QStringLiteral("postgres"));
        auto version = Repository::init(owner, pgtest::PgTestCluster::superPassword());
        QVERIFY2(version.ok(), qPrintable(version.error()));
        QCOMPARE(version.value(), RepositorySchema::currentVersion());
        for (const auto& [role, group] : {std::pair{"anna", "isoaudit_auditor"}, std::pair{"ben", "isoaudit_auditor"},
                                          std::pair{"carl", "isoaudit_auditor"}, std::pair{"rita", "isoaudit_reviewer"}})
            QVERIFY2(m_cluster->createLogin(role, auditorPassword, {group}, &error), qPrintable(error));
        QVERIFY2(m_cluster->sql("INSERT INTO isoaudit.team (name) VALUES ('alpha'), ('beta');"
                                "INSERT INTO isoaudit.team_member (team, member) VALUES"
                                " ('alpha', 'anna'), ('alpha', 'ben'), ('beta', 'carl')",
                                &error),
                 qPrintable(error));
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void initAgainChangesNothing()
    {
        auto again = Repository::init(m_cluster->server(QStringLiteral("postgres")),
                                      pgtest::PgTestCluster::superPassword());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again.value(), RepositorySchema::currentVersion());
    }

    void addressesCarryNoPassword()
    {
        auto socket = RepositoryServer::parse("postgresql://anna@%2Ftmp%2Fpg/isoaudit");
        QVERIFY2(socket.ok(), qPrintable(socket.error()));
        QCOMPARE(socket->host, QStringLiteral("/tmp/pg"));
        QCOMPARE(socket->user, QStringLiteral("anna"));
        QCOMPARE(socket->database, QStringLiteral("isoaudit"));
        auto tls = RepositoryServer::parse(
            "postgresql://anna@db.example.org:6432/audits?sslmode=verify-full&sslrootcert=/etc/ca.pem");
        QVERIFY2(tls.ok(), qPrintable(tls.error()));
        QCOMPARE(tls->port, 6432);
        QCOMPARE(tls->sslMode, QStringLiteral("verify-full"));
        QVERIFY(tls->connectOptions().contains(QStringLiteral("sslmode=verify-full")));
        QCOMPARE(RepositoryServer::parse(tls->toUrl()).value(), tls.value());
        QVERIFY(!RepositoryServer::parse("postgresql://anna:secret@db/isoaudit").ok());
        QVERIFY(!RepositoryServer::parse("postgresql://anna@db/isoaudit?password=secret").ok());
        QVERIFY(RepositoryServer::parse("postgresql://anna@db/isoaudit?sslmode=verify-full")
                    .error()
                    .contains(QStringLiteral("sslrootcert")));
        QVERIFY(!RepositoryServer::parse("db.example.org").ok());
    }

    void tlsWithVerifyFull()
    {
        // The server's certificate, checked against the CA and for the host's name: the connection is encrypted.
        const RepositoryServer tls = m_cluster->tlsServer(QStringLiteral("anna"));
        auto anna = Repository::connect(tls, auditorPassword);
        QVERIFY2(anna.ok(), qPrintable(anna.error()));
        const QString file = newAudit(QStringLiteral("TLS Client"));
        auto pushed = anna.value()->push(file);
        QVERIFY2(pushed.ok(), qPrintable(pushed.error()));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tls-check"));
            db.setHostName(tls.host);
            db.setPort(tls.port);
            db.setDatabaseName(tls.database);
            db.setUserName(tls.user);
            db.setPassword(auditorPassword);
            db.setConnectOptions(tls.connectOptions());
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()") && query.next());
            QVERIFY(query.value(0).toBool());
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tls-check"));
        // Another CA: refused. The right CA but another name for the host: refused (verify-full checks the name).
        RepositoryServer wrongCa = tls;
        wrongCa.sslRootCert = m_cluster->otherCaFile();
        auto refused = Repository::connect(wrongCa, auditorPassword);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("certificate")), qPrintable(refused.error()));
        RepositoryServer byAddress = tls;
        byAddress.host = QStringLiteral("127.0.0.1");
        auto wrongName = Repository::connect(byAddress, auditorPassword);
        QVERIFY(!wrongName.ok());
        QVERIFY2(wrongName.error().contains(QStringLiteral("127.0.0.1")), qPrintable(wrongName.error()));
        // Without TLS the server refuses the connection itself (hostssl only).
        RepositoryServer plain = tls;
        plain.sslMode = QStringLiteral("disable");
        plain.sslRootCert.clear();
        QVERIFY(!Repository::connect(plain, auditorPassword).ok());
    }

    void aWrongPasswordIsRefused()
    {
        auto refused = Repository::connect(m_cluster->server(QStringLiteral("anna")), QStringLiteral("wrong"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("Could not connect")), qPrintable(refused.error()));
    }

    void fileImageWritesTheSameAudit()
    {
        const QString source = path(QStringLiteral("rich.isoaudit"));
        {
            auto store = Lifecycle::create(source, {"Grünwald Logistik GmbH", "surveillance", "Jürgen Groß", "日本",
                                                    QDate(2026, 3, 2), QDate(2026, 3, 3)});
            QVERIFY2(store.ok(), qPrintable(store.error()));
            const QString problem = packagetest::fillRichAudit(*store.value());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        auto store = AuditStore::open(source, AuditDatabase::Mode::ReadOnly);
        QVERIFY(store.ok());
        auto image = FileImage::read(*store.value());
        QVERIFY2(image.ok(), qPrintable(image.error()));
        const QString copy = path(QStringLiteral("image.isoaudit"));
        const Status written = image->write(copy);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(packageOf(copy), packageOf(source));
        QCOMPARE(trailHashes(copy), trailHashes(source));
        QVERIFY(!image->write(copy).ok()); // never over an existing file
        // A damaged image (a record the trail does not know) is refused and leaves no file.
        FileImage damaged = image.value();
        for (FileImageTable& table : damaged.tables) {
            if (table.name == QLatin1String("audit"))
                table.rows.first()[table.columnIndex("client")] = QStringLiteral("Edited outside IsoAudit");
        }
        const QString refused = path(QStringLiteral("damaged.isoaudit"));
        QVERIFY(!damaged.write(refused).ok());
        QVERIFY(!QFile::exists(refused));
    }

    void pushThenPullIsTheSameAudit()
    {
        const QString file = newAudit();
        QVERIFY(!file.isEmpty());
        auto anna = as("anna");
        QVERIFY(anna);
        auto pushed = anna->push(file);
        QVERIFY2(pushed.ok(), qPrintable(pushed.error()));
        QCOMPARE(pushed->kind, RepositoryPushOutcome::Kind::Created);
        const QString uuid = auditUuidOf(file);
        QCOMPARE(serverSeq(uuid), qint64(trailHashes(file).size()));
        auto again = anna->push(file);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->kind, RepositoryPushOutcome::Kind::UpToDate);

        auto ben = as("ben");
        const QString pulled = path(QStringLiteral("pulled.isoaudit"));
        auto got = ben->pull(uuid, pulled);
        QVERIFY2(got.ok(), qPrintable(got.error()));
        QCOMPARE(packageOf(pulled), packageOf(file));
        QCOMPARE(trailHashes(pulled), trailHashes(file));
        QVERIFY(got->attachmentBytes > 0);
        auto store = AuditStore::open(pulled, AuditDatabase::Mode::ReadOnly);
        QVERIFY(store.value()->verifyTrail().ok);
        const auto link = store.value()->repositoryLink().value();
        QVERIFY(link.has_value());
        QCOMPARE(link->auditUuid, uuid);
        QCOMPARE(link->checkedOutBy, QStringLiteral("ben"));
        QVERIFY(!link->server.contains(auditorPassword));
        auto status = ben->status(*store.value());
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(status->state, RepositorySyncStatus::State::InSync);
        const auto listed = ben->list({QStringLiteral("contoso"), {}, {}, {}, {}}).value();
        auto it = std::find_if(listed.begin(), listed.end(), [&](const RepositoryAudit& a) { return a.uuid == uuid; });
        QVERIFY(it != listed.end());
        QCOMPARE(it->checkedOutBy, QStringLiteral("ben"));
        QCOMPARE(it->lead, QStringLiteral("Alice Auditor"));
        QCOMPARE(it->team, QStringLiteral("alpha"));
        QVERIFY(!ben->pull(uuid, pulled).ok()); // never over an existing file
        // Ben hands it back: nothing to send, the mark is cleared on the server and in his file.
        RepositoryPushOptions release;
        release.release = true;
        store.value().reset();
        auto handedBack = ben->push(pulled, release);
        QVERIFY2(handedBack.ok(), qPrintable(handedBack.error()));
        QCOMPARE(handedBack->kind, RepositoryPushOutcome::Kind::UpToDate);
        const auto after = ben->list({QStringLiteral("contoso"), {}, {}, {}, {}}).value();
        QVERIFY(std::all_of(after.begin(), after.end(),
                            [&](const RepositoryAudit& a) { return a.uuid != uuid || a.checkedOutBy.isEmpty(); }));
        auto reread = AuditStore::open(pulled, AuditDatabase::Mode::ReadOnly);
        QCOMPARE(reread.value()->repositoryLink().value()->checkedOutBy, QString());
    }

    void richAuditRoundTripsThroughTheServer()
    {
        // Every kind of record, unicode, nulls and the signed revisions of the package tests' rich audit.
        const QString source = path(QStringLiteral("rich.isoaudit"));
        {
            auto store = Lifecycle::create(source, {"Grünwald Logistik GmbH", "surveillance", "Jürgen Groß", "日本",
                                                    QDate(2026, 3, 2), QDate(2026, 3, 3)});
            QVERIFY2(store.ok(), qPrintable(store.error()));
            QCOMPARE(packagetest::fillRichAudit(*store.value()), QString());
        }
        auto anna = as("anna");
        auto pushed = anna->push(source);
        QVERIFY2(pushed.ok(), qPrintable(pushed.error()));
        const QString pulled = path(QStringLiteral("rich-pulled.isoaudit"));
        auto got = anna->pull(auditUuidOf(source), pulled);
        QVERIFY2(got.ok(), qPrintable(got.error()));
        QCOMPARE(packageOf(pulled), packageOf(source));
        QCOMPARE(trailHashes(pulled), trailHashes(source));
    }

    void aPushSendsOnlyWhatTheServerLacks()
    {
        const QString file = newAudit();
        auto anna = as("anna");
        QVERIFY(anna->push(file).ok());
        const QString uuid = auditUuidOf(file);
        auto ben = as("ben");
        const QString bens = path(QStringLiteral("ben.isoaudit"));
        QVERIFY(ben->pull(uuid, bens).ok());
        QVERIFY(edit(bens, "scope", "Head office and the data centre").ok());
        auto forward = ben->push(bens);
        QVERIFY2(forward.ok(), qPrintable(forward.error()));
        QCOMPARE(forward->kind, RepositoryPushOutcome::Kind::FastForward);
        QCOMPARE(forward->entriesSent, qint64(1));
        QCOMPARE(serverSeq(uuid), qint64(trailHashes(bens).size()));

        // Anna's file is behind: her push sends nothing and says so; status says pull.
        {
            auto store = AuditStore::open(file, AuditDatabase::Mode::ReadOnly);
            QCOMPARE(anna->status(*store.value())->state, RepositorySyncStatus::State::ServerAhead);
        }
        auto behind = anna->push(file);
        QVERIFY2(behind.ok(), qPrintable(behind.error()));
        QCOMPARE(behind->kind, RepositoryPushOutcome::Kind::ServerAhead);
        QCOMPARE(serverSeq(uuid), qint64(trailHashes(bens).size()));
        const QString annas = path(QStringLiteral("anna-again.isoaudit"));
        QVERIFY(anna->pull(uuid, annas).ok());
        QCOMPARE(field(annas, "scope"), QStringLiteral("Head office and the data centre"));
        QCOMPARE(packageOf(annas), packageOf(bens));
    }

    void twoAuditorsMergeConcurrentEdits()
    {
        const QString file = newAudit();
        auto anna = as("anna");
        QVERIFY(anna->push(file).ok());
        const QString uuid = auditUuidOf(file);
        auto ben = as("ben");
        const QString annas = path(QStringLiteral("anna.isoaudit"));
        const QString bens = path(QStringLiteral("ben.isoaudit"));
        QVERIFY(anna->pull(uuid, annas).ok());
        QVERIFY(ben->pull(uuid, bens).ok());
        QVERIFY(edit(annas, "scope", "Anna's scope").ok());
        QVERIFY(edit(bens, "objectives", "Ben's objectives").ok());
        QCOMPARE(anna->push(annas)->kind, RepositoryPushOutcome::Kind::FastForward);
        auto merged = ben->push(bens);
        QVERIFY2(merged.ok(), qPrintable(merged.error()));
        QCOMPARE(merged->kind, RepositoryPushOutcome::Kind::Merged);
        QCOMPARE(merged->merged.updated, 1);
        // Ben's file is now the merged audit, and so is the server's.
        QCOMPARE(field(bens, "scope"), QStringLiteral("Anna's scope"));
        QCOMPARE(field(bens, "objectives"), QStringLiteral("Ben's objectives"));
        const QString third = path(QStringLiteral("third.isoaudit"));
        QVERIFY(anna->pull(uuid, third).ok());
        QCOMPARE(packageOf(third), packageOf(bens));
        QCOMPARE(trailHashes(third), trailHashes(bens));
        {
            auto store = AuditStore::open(bens, AuditDatabase::Mode::ReadOnly);
            QVERIFY(store.value()->verifyTrail().ok);
            QCOMPARE(ben->status(*store.value())->state, RepositorySyncStatus::State::InSync);
        }
        // Anna's file has her own edit only; her push now fast-forwards nothing and says pull.
        QCOMPARE(anna->push(annas)->kind, RepositoryPushOutcome::Kind::ServerAhead);
    }

    void aConflictChangesNothingUntilChosen()
    {
        const QString file = newAudit();
        auto anna = as("anna");
        QVERIFY(anna->push(file).ok());
        const QString uuid = auditUuidOf(file);
        auto ben = as("ben");
        const QString annas = path(QStringLiteral("anna.isoaudit"));
        const QString bens = path(QStringLiteral("ben.isoaudit"));
        QVERIFY(anna->pull(uuid, annas).ok());
        QVERIFY(ben->pull(uuid, bens).ok());
        QVERIFY(edit(annas, "scope", "Anna's scope").ok());
        QVERIFY(edit(bens, "scope", "Ben's scope").ok());
        QCOMPARE(anna->push(annas)->kind, RepositoryPushOutcome::Kind::FastForward);
        const qint64 seq = serverSeq(uuid);
        const QString rows = serverRows(uuid);
        const QByteArray before = bytesOf(bens);
        auto conflict = ben->push(bens);
        QVERIFY2(conflict.ok(), qPrintable(conflict.error()));
        QCOMPARE(conflict->kind, RepositoryPushOutcome::Kind::Conflicts);
        QVERIFY(conflict->plan.has_value());
        QCOMPARE(conflict->plan->conflictCount(), 1);
        QCOMPARE(serverSeq(uuid), seq);
        QCOMPARE(serverRows(uuid), rows);
        QCOMPARE(bytesOf(bens), before);
        QVERIFY(!QFile::exists(bens + QStringLiteral(".merged")));

        RepositoryPushOptions mine;
        mine.prefer = RepositoryPushOptions::Prefer::Local;
        auto merged = ben->push(bens, mine);
        QVERIFY2(merged.ok(), qPrintable(merged.error()));
        QCOMPARE(merged->kind, RepositoryPushOutcome::Kind::Merged);
        QCOMPARE(field(bens, "scope"), QStringLiteral("Ben's scope"));
        const QString third = path(QStringLiteral("third.isoaudit"));
        QVERIFY(anna->pull(uuid, third).ok());
        QCOMPARE(field(third, "scope"), QStringLiteral("Ben's scope"));
        // Anna's losing value is in the history.
        auto store = AuditStore::open(third, AuditDatabase::Mode::ReadOnly);
        bool annasKept = false;
        const QList<TrailEntry> entries = store.value()->trailEntries().value();
        for (const TrailEntry& entry : entries)
            annasKept = annasKept || entry.newValue.value_or(QString()).contains(QStringLiteral("Anna's scope"));
        QVERIFY(annasKept);
    }

    void anAuditorSeesOnlyTheirTeamsAudits()
    {
        const QString file = newAudit(QStringLiteral("Team Alpha Client"));
        auto anna = as("anna");
        QVERIFY(anna->push(file).ok());
        const QString uuid = auditUuidOf(file);
        auto carl = as("carl");
        QVERIFY(carl);
        const auto listed = carl->list().value();
        QVERIFY(std::none_of(listed.begin(), listed.end(), [&](const RepositoryAudit& a) { return a.uuid == uuid; }));
        auto pulled = carl->pull(uuid, path(QStringLiteral("carl.isoaudit")));
        QVERIFY(!pulled.ok());
        QVERIFY2(pulled.error().contains(QStringLiteral("may not see it")), qPrintable(pulled.error()));
        // Not through SQL either: the rows are invisible, and writes to them touch nothing.
        for (const char* table : {"audit", "record", "trail", "attachment_blob"}) {
            const QString where = QLatin1String(table) == QLatin1String("attachment_blob")
                                      ? QString()
                                      : QStringLiteral(" WHERE %1 = '%2'")
                                            .arg(QLatin1String(table) == QLatin1String("audit") ? "uuid" : "audit", uuid);
            QString error;
            const auto rows = m_cluster->sql(QStringLiteral("SELECT count(*) FROM isoaudit.%1%2").arg(table, where),
                                             &error, "carl", auditorPassword);
            QVERIFY2(rows.has_value(), qPrintable(error));
            QCOMPARE(rows->first(), QStringLiteral("0"));
        }
        QString error;
        const auto changed = m_cluster->sql(
            QStringLiteral("UPDATE isoaudit.record SET data = '{}' WHERE audit = '%1' RETURNING key").arg(uuid), &error,
            "carl", auditorPassword);
        QVERIFY(changed.has_value());
        QVERIFY(changed->isEmpty());
        // Carl cannot push the audit into his team either: it is there already, for another team.
        auto taken = carl->push(file);
        QVERIFY(!taken.ok());
        QVERIFY2(taken.error().contains(QStringLiteral("already holds")), qPrintable(taken.error()));
    }

    void teamsAreTheRolesOwn()
    {
        // dora is in two teams, one of them through a group role; erik is an auditor in no team.
        QString error;
        QVERIFY2(m_cluster->sql("CREATE ROLE north_office NOLOGIN", &error, "postgres", {}, "postgres"),
                 qPrintable(error));
        QVERIFY2(m_cluster->createLogin("dora", auditorPassword, {"isoaudit_auditor", "north_office"}, &error),
                 qPrintable(error));
        QVERIFY2(m_cluster->createLogin("erik", auditorPassword, {"isoaudit_auditor"}, &error), qPrintable(error));
        QVERIFY2(m_cluster->sql("INSERT INTO isoaudit.team (name) VALUES ('gamma');"
                                "INSERT INTO isoaudit.team_member (team, member) VALUES"
                                " ('beta', 'dora'), ('gamma', 'north_office')",
                                &error),
                 qPrintable(error));
        const std::pair<const char*, QStringList> expected[]
            = {{"anna", {"alpha"}}, {"carl", {"beta"}}, {"dora", {"beta", "gamma"}}, {"erik", {}}, {"rita", {}}};
        for (const auto& [role, teams] : expected) {
            auto repository = as(QLatin1String(role));
            QVERIFY(repository);
            const auto listed = repository->teams();
            QVERIFY2(listed.ok(), qPrintable(listed.error()));
            QCOMPARE(listed.value(), teams);
        }
        // The superuser is a member of every role in PostgreSQL's eyes, and so of every team.
        auto owner = Repository::connect(m_cluster->server(QStringLiteral("postgres")),
                                         pgtest::PgTestCluster::superPassword());
        QVERIFY2(owner.ok(), qPrintable(owner.error()));
        QCOMPARE(owner.value()->teams().value(), (QStringList{"alpha", "beta", "gamma"}));

        // What the teams mean on a first push: with two, one must be named; with none, the administrator is named.
        const QString file = newAudit(QStringLiteral("Two Teams Client"));
        auto dora = as("dora");
        auto ambiguous = dora->push(file);
        QVERIFY(!ambiguous.ok());
        QVERIFY2(ambiguous.error().contains(QStringLiteral("beta, gamma")), qPrintable(ambiguous.error()));
        RepositoryPushOptions gamma;
        gamma.team = QStringLiteral("gamma");
        auto pushed = dora->push(file, gamma);
        QVERIFY2(pushed.ok(), qPrintable(pushed.error()));
        QCOMPARE(pushed->kind, RepositoryPushOutcome::Kind::Created);
        const auto rows = m_cluster->sql(
            QStringLiteral("SELECT team FROM isoaudit.audit WHERE uuid = '%1'").arg(auditUuidOf(file)));
        QCOMPARE(rows.value(), QStringList{QStringLiteral("gamma")});
        // The team an audit is filed under, as each role sees it: Dora sees hers; Erik (no team) sees no such audit;
        // an audit nobody pushed has none.
        QCOMPARE(dora->teamOf(auditUuidOf(file)).value(), QStringLiteral("gamma"));
        QCOMPARE(as("erik")->teamOf(auditUuidOf(file)).value(), QString());
        QCOMPARE(dora->teamOf(QUuid::createUuid().toString(QUuid::WithoutBraces)).value(), QString());
        auto erik = as("erik");
        const QString orphan = newAudit(QStringLiteral("No Team Client"));
        auto refused = erik->push(orphan);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(), erik->noTeamMessage());
        QVERIFY2(refused.error().contains(QStringLiteral("administrator")), qPrintable(refused.error()));
        QVERIFY(m_cluster->sql(QStringLiteral("SELECT count(*) FROM isoaudit.audit WHERE uuid = '%1'")
                                   .arg(auditUuidOf(orphan)))
                    ->first()
                == QStringLiteral("0"));
    }

    void aReviewerReadsSignedAuditsOnly()
    {
        const QString file = path(QStringLiteral("ready.isoaudit"));
        {
            auto store = testing::createReadyAudit(file);
            QVERIFY(store);
        }
        auto anna = as("anna");
        QVERIFY(anna->push(file).ok());
        const QString uuid = auditUuidOf(file);
        auto rita = as("rita");
        auto hidden = rita->list().value();
        QVERIFY(std::none_of(hidden.begin(), hidden.end(), [&](const RepositoryAudit& a) { return a.uuid == uuid; }));
        {
            auto store = Lifecycle::open(file);
            QVERIFY(Lifecycle::advance(*store.value(), "fieldwork").ok());
            QVERIFY(Lifecycle::advance(*store.value(), "reporting").ok());
            auto signedOk = Lifecycle::sign(*store.value(), {"Alice Auditor", QDateTime(QDate(2026, 3, 5), QTime(9, 0), Qt::UTC),
                                                             QString(64, QLatin1Char('a')), "SHA256:AB:CD"});
            QVERIFY2(signedOk.ok(), qPrintable(signedOk.error()));
        }
        auto pushed = anna->push(file);
        QVERIFY2(pushed.ok(), qPrintable(pushed.error()));
        QCOMPARE(pushed->kind, RepositoryPushOutcome::Kind::FastForward);
        const auto listed = rita->list({{}, {}, QStringLiteral("signed"), {}, {}}).value();
        QVERIFY(std::any_of(listed.begin(), listed.end(), [&](const RepositoryAudit& a) { return a.uuid == uuid; }));
        const QString read = path(QStringLiteral("reviewed.isoaudit"));
        auto pulled = rita->pull(uuid, read);
        QVERIFY2(pulled.ok(), qPrintable(pulled.error()));
        QCOMPARE(packageOf(read), packageOf(file));
        // A reviewer reads; the audit is not marked as hers, and she cannot write.
        QVERIFY(rita->list().value().constFirst().checkedOutBy != QStringLiteral("rita"));
        QString error;
        QVERIFY(!m_cluster->sql(QStringLiteral("UPDATE isoaudit.audit SET client = 'x' WHERE uuid = '%1'").arg(uuid),
                                &error, "rita", auditorPassword));
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));

        // Nobody changes the signed revision or the trail, not even the superuser with plain SQL.
        for (const QString& statement :
             {QStringLiteral("UPDATE isoaudit.record SET data = jsonb_set(data, '{signer}', '\"Mallory\"')"
                             " WHERE kind = 'report_revision' AND audit = '%1'"),
              QStringLiteral("DELETE FROM isoaudit.record WHERE kind = 'report_revision' AND audit = '%1'"),
              QStringLiteral("TRUNCATE isoaudit.record"),
              QStringLiteral("UPDATE isoaudit.trail SET hash = 'x' WHERE audit = '%1'"),
              QStringLiteral("DELETE FROM isoaudit.trail WHERE audit = '%1'"), QStringLiteral("TRUNCATE isoaudit.trail")}) {
            error.clear();
            const QString sql = statement.contains(QLatin1String("%1")) ? statement.arg(uuid) : statement;
            QVERIFY2(!m_cluster->sql(sql, &error).has_value(), qPrintable(statement));
            QVERIFY2(error.contains(QStringLiteral("signed")) || error.contains(QStringLiteral("append-only"))
                         || error.contains(QStringLiteral("signed report revisions")),
                     qPrintable(error));
        }
        const auto signer = m_cluster->sql(
            QStringLiteral("SELECT data->>'signer' FROM isoaudit.record WHERE kind = 'report_revision' AND audit = '%1'")
                .arg(uuid));
        QCOMPARE(signer->value(0), QStringLiteral("Alice Auditor"));

        // Reopening (the one change a signed revision takes: who, when and why) is pushed as usual.
        {
            auto store = Lifecycle::open(file);
            QVERIFY(Lifecycle::reopen(*store.value(), "A typo in the scope", "Alice Auditor").ok());
        }
        auto reopened = anna->push(file);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        QCOMPARE(reopened->kind, RepositoryPushOutcome::Kind::FastForward);
    }

    void aPushKilledHalfWayChangesNothing()
    {
        const QString file = newAudit();
        auto anna = as("anna");
        QVERIFY(anna->push(file).ok());
        const QString uuid = auditUuidOf(file);
        QVERIFY(edit(file, "scope", "Changed before the connection dies").ok());
        const qint64 seq = serverSeq(uuid);
        const QString rows = serverRows(uuid);
        const QByteArray package = packageOf(file);
        const QStringList trail = trailHashes(file);
        // The connection dies after the records were written and before the trail is: the server ends the backend.
        RepositoryTask task;
        bool killed = false;
        task.progress = [&](const RepositoryProgress& progress) {
            if (!killed && progress.step.contains(QStringLiteral("trail"))) {
                killed = true;
                m_cluster->sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                               " WHERE usename = 'anna' AND application_name = 'IsoAudit'");
            }
        };
        auto pushed = anna->push(file, {}, task);
        QVERIFY(killed);
        QVERIFY(!pushed.ok());
        QCOMPARE(serverSeq(uuid), seq);
        QCOMPARE(serverRows(uuid), rows);
        QCOMPARE(packageOf(file), package);
        QCOMPARE(trailHashes(file), trail);
        // A new connection pushes it completely.
        auto again = as("anna");
        auto pushedAgain = again->push(file);
        QVERIFY2(pushedAgain.ok(), qPrintable(pushedAgain.error()));
        QCOMPARE(pushedAgain->kind, RepositoryPushOutcome::Kind::FastForward);
        QCOMPARE(serverSeq(uuid), qint64(trail.size()));
    }

    void aCancelledPushChangesNothing()
    {
        const QString file = newAudit();
        auto anna = as("anna");
        const QString uuid = auditUuidOf(file);
        std::atomic_bool cancel = false;
        RepositoryTask task;
        task.cancel = &cancel;
        task.progress = [&](const RepositoryProgress& progress) {
            if (progress.step.contains(QStringLiteral("records")))
                cancel = true;
        };
        auto pushed = anna->push(file, {}, task);
        QVERIFY(!pushed.ok());
        QVERIFY2(pushed.error().contains(QStringLiteral("Cancelled")), qPrintable(pushed.error()));
        QCOMPARE(serverSeq(uuid), qint64(-1)); // not even the audit's row
        auto store = AuditStore::open(file, AuditDatabase::Mode::ReadOnly);
        QVERIFY(!store.value()->repositoryLink().value().has_value());
    }

    void aServerThatIsDownIsNamed()
    {
        const QString file = newAudit();
        const QByteArray before = bytesOf(file);
        QTemporaryDir nowhere(QStringLiteral("/tmp/isoaudit-nopg-XXXXXX"));
        RepositoryServer down = m_cluster->server(QStringLiteral("anna"));
        down.host = nowhere.path();
        auto refused = Repository::connect(down, auditorPassword);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("Could not connect to the repository")),
                 qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(down.displayName()), qPrintable(refused.error()));
        QCOMPARE(bytesOf(file), before);
    }

    void listFiltersInSql()
    {
        const QString due = newAudit(QStringLiteral("Fabrikam Due"));
        {
            auto store = Lifecycle::open(due);
            auto programme = store.value()->records(RecordKind::ProgrammeAudit).value();
            QVERIFY(store.value()
                        ->insert({RecordKind::ProgrammeAudit, {}, {},
                                  {{"audit_type", "surveillance"}, {"status", "planned"}, {"due_by", "2027-03-01"}}, {}})
                        .ok());
            QVERIFY(Lifecycle::advance(*store.value(), "fieldwork").ok() || true);
        }
        auto anna = as("anna");
        QVERIFY(anna->push(due).ok());
        const QString uuid = auditUuidOf(due);
        auto byDue = anna->list({{}, {}, {}, {}, QDate(2027, 3, 31)}).value();
        QVERIFY(std::any_of(byDue.begin(), byDue.end(), [&](const RepositoryAudit& a) {
            return a.uuid == uuid && a.nextDue == QDate(2027, 3, 1) && a.nextDueType == QLatin1String("surveillance");
        }));
        auto tooEarly = anna->list({{}, {}, {}, {}, QDate(2027, 2, 1)}).value();
        QVERIFY(std::none_of(tooEarly.begin(), tooEarly.end(), [&](const RepositoryAudit& a) { return a.uuid == uuid; }));
        auto byClient = anna->list({QStringLiteral("fabrikam"), {}, {}, {}, {}}).value();
        QCOMPARE(byClient.size(), 1);
        QCOMPARE(byClient.first().uuid, uuid);
        QCOMPARE(anna->list({QStringLiteral("100%_"), {}, {}, {}, {}}).value().size(), 0);
        const QJsonArray json = Repository::toJson(byClient);
        QCOMPARE(json.first().toObject().value("client").toString(), QStringLiteral("Fabrikam Due"));
        QCOMPARE(json.first().toObject().value("nextDue").toString(), QStringLiteral("2027-03-01"));
    }
};

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
