// SPDX-License-Identifier: GPL-3.0-or-later
// AuditGenerator: exact counts, plausible content on the store's own risk method, valid links, attachments with
// correct hashes, the same bytes for the same seed, and nothing written when it is cancelled or refused.
#include "catalog/Catalog.h"
#include "generate/AuditGenerator.h"
#include "package/AuditPackage.h"
#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    /// The records of a kind as a value: a range-for over `records(...).value()` would outlive its temporary.
    static QList<Record> rows(const AuditStore& store, RecordKind kind)
    {
        auto records = store.records(kind);
        if (!records)
            qFatal("cannot read records: %s", qPrintable(records.error()));
        return std::move(records).value();
    }

    QString newPath() { return m_dir.filePath(QStringLiteral("audit-%1.isoaudit").arg(++m_files)); }

    static NewAudit seedAudit()
    {
        return {QStringLiteral("Test Client A/S"), QStringLiteral("stage2"), QStringLiteral("Karen Østergaard"),
                QStringLiteral("Everything"),      QDate(2026, 11, 23),      QDate(2026, 11, 26)};
    }

    std::unique_ptr<AuditStore> createStore(const QString& path)
    {
        auto store = Lifecycle::create(path, seedAudit());
        if (!store)
            qFatal("cannot create %s: %s", qPrintable(path), qPrintable(store.error()));
        return std::move(store).value();
    }

    static QSet<QString> uuids(const AuditStore& store, RecordKind kind)
    {
        QSet<QString> result;
        for (const auto& record : rows(store, kind))
            result.insert(record.uuid);
        return result;
    }

private slots:
    void countsAreExact()
    {
        auto store = createStore(newPath());
        const GenerateOptions options{120, 15, 25, 30, 2, 7};
        int calls = 0;
        int lastDone = 0;
        int total = 0;
        bool increasing = true;
        const Status filled = AuditGenerator::fill(*store, options, [&](int done, int of) {
            ++calls;
            increasing = increasing && done > lastDone && done <= of;
            lastDone = done;
            total = of;
            return true;
        });
        QVERIFY2(filled.ok(), qPrintable(filled.error()));
        QVERIFY(increasing);
        QCOMPARE(store->count(RecordKind::Risk).value(), 120);
        QCOMPARE(store->count(RecordKind::Interview).value(), 15);
        QCOMPARE(store->count(RecordKind::Finding).value(), 25);
        QCOMPARE(store->count(RecordKind::Evidence).value(), 30);
        QCOMPARE(store->count(RecordKind::SoaEntry).value(), 93);
        QCOMPARE(store->count(RecordKind::ClauseAssessment).value(), 30);
        QVERIFY(calls > 0);
        QCOMPARE(lastDone, total); // the last call reports completion

        // Every grade, and one corrective action per nonconformity.
        QMap<QString, int> grades;
        for (const auto& finding : rows(*store, RecordKind::Finding))
            ++grades[finding.text("grade")];
        for (const QString& grade : Enums::findingGradesFor(QStringLiteral("stage2")))
            QVERIFY2(grades.value(grade) > 0, qPrintable(grade));
        QCOMPARE(store->count(RecordKind::CorrectiveAction).value(), grades.value("major") + grades.value("minor"));

        // Evidence of every kind; record samples have a size, population and selection.
        QSet<QString> kinds;
        for (const auto& evidence : rows(*store, RecordKind::Evidence)) {
            kinds.insert(evidence.text("kind"));
            if (evidence.text("kind") == QLatin1String("record")) {
                QVERIFY(evidence.integer("sample_size").value_or(0) > 0);
                QVERIFY(!evidence.text("population").isEmpty());
                QVERIFY(!evidence.text("sample_selection").isEmpty());
            }
        }
        QCOMPARE(kinds.size(), Enums::evidenceKinds.size());

        // Every SoA row decided; a positive verdict only where an interview or evidence covers the item, a
        // negative one only where a nonconformity names it.
        QSet<QString> covered, nonconform;
        for (RecordKind kind : {RecordKind::Interview, RecordKind::Evidence}) {
            for (const auto& record : rows(*store, kind))
                covered
                    += QSet<QString>(record.linked(LinkKind::Clause).cbegin(), record.linked(LinkKind::Clause).cend())
                    + QSet<QString>(record.linked(LinkKind::Control).cbegin(), record.linked(LinkKind::Control).cend());
        }
        for (const auto& finding : rows(*store, RecordKind::Finding)) {
            if (finding.text("grade") == QLatin1String("major") || finding.text("grade") == QLatin1String("minor"))
                nonconform
                    += QSet<QString>(finding.linked(LinkKind::Clause).cbegin(), finding.linked(LinkKind::Clause).cend())
                    + QSet<QString>(finding.linked(LinkKind::Control).cbegin(),
                                    finding.linked(LinkKind::Control).cend());
        }
        int effective = 0;
        for (const auto& entry : rows(*store, RecordKind::SoaEntry)) {
            QVERIFY(entry.text("applicable") != QLatin1String("undecided"));
            QVERIFY(!entry.text("justification").isEmpty());
            const QString id = entry.text("control_id");
            if (entry.text("verdict") == QLatin1String("effective")) {
                QVERIFY2(covered.contains(id), qPrintable(id));
                ++effective;
            }
            QCOMPARE(entry.text("verdict") == QLatin1String("nonconform"), nonconform.contains(id));
        }
        QVERIFY(effective > 0);
        int conform = 0;
        for (const auto& clause : rows(*store, RecordKind::ClauseAssessment)) {
            const QString id = clause.text("clause_id");
            QVERIFY(clause.text("verdict") != QLatin1String("not-audited"));
            if (clause.text("verdict") == QLatin1String("conform")) {
                QVERIFY2(covered.contains(id), qPrintable(id));
                ++conform;
            }
            QCOMPARE(clause.text("verdict") == QLatin1String("nonconform"), nonconform.contains(id));
        }
        QVERIFY(conform >= 10);
    }

    void attachmentsAddUpAndHashesMatch()
    {
        auto store = createStore(newPath());
        QVERIFY(AuditGenerator::fill(*store, {0, 0, 0, 5, 3, 11}).ok());
        qint64 total = 0;
        const auto attachments = store->records(RecordKind::Attachment, {}, AuditStore::Blobs::Load).value();
        QVERIFY(!attachments.isEmpty());
        const QSet<QString> evidence = uuids(*store, RecordKind::Evidence);
        for (const auto& attachment : attachments) {
            const QByteArray data = attachment.values.value("data").toByteArray();
            QCOMPARE(attachment.integer("size").value_or(-1), data.size());
            QCOMPARE(attachment.text("sha256"),
                     QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
            QVERIFY(!attachment.text("mime_type").isEmpty());
            QVERIFY(attachment.text("file_name").contains(QLatin1Char('.')));
            QVERIFY(evidence.contains(attachment.parentUuid));
            total += data.size();
        }
        QCOMPARE(total, qint64(3) * 1024 * 1024);
    }

    void linksPointAtRecordsOfTheAudit()
    {
        auto store = createStore(newPath());
        QVERIFY(AuditGenerator::fill(*store, {60, 12, 40, 25, 0, 3}).ok());
        const Catalog& catalog = Catalog::isoSpecificByNature();
        const QSet<QString> interviews = uuids(*store, RecordKind::Interview);
        const QSet<QString> evidence = uuids(*store, RecordKind::Evidence);
        const QSet<QString> risks = uuids(*store, RecordKind::Risk);
        int recordLinks = 0;
        for (RecordKind kind : {RecordKind::Risk, RecordKind::Interview, RecordKind::Evidence, RecordKind::Finding}) {
            for (const auto& record : rows(*store, kind)) {
                for (const QString& id : record.linked(LinkKind::Clause))
                    QVERIFY2(catalog.clause(id), qPrintable(id));
                for (const QString& id : record.linked(LinkKind::Control))
                    QVERIFY2(catalog.control(id), qPrintable(id));
                for (const QString& id : record.linked(LinkKind::Interview))
                    QVERIFY(interviews.contains(id));
                for (const QString& id : record.linked(LinkKind::Evidence))
                    QVERIFY(evidence.contains(id));
                for (const QString& id : record.linked(LinkKind::Risk))
                    QVERIFY(risks.contains(id));
                recordLinks += int(record.linked(LinkKind::Interview).size() + record.linked(LinkKind::Evidence).size()
                                   + record.linked(LinkKind::Risk).size());
            }
        }
        QVERIFY(recordLinks > 40); // every finding cites at least one interview and one piece of evidence
        for (const auto& finding : rows(*store, RecordKind::Finding)) {
            QVERIFY(!finding.linked(LinkKind::Evidence).isEmpty());
            QVERIFY(!finding.linked(LinkKind::Clause).isEmpty() || !finding.linked(LinkKind::Control).isEmpty());
            QVERIFY(!finding.text("statement").isEmpty() && !finding.text("objective_evidence").isEmpty());
        }
    }

    void followsTheStoresRiskMethodAndAuditDates()
    {
        auto store = createStore(newPath());
        const QString method = store->riskMethod().value().uuid;
        QVERIFY(store
                    ->setFields(RecordKind::RiskMethod, method,
                                {{"likelihood_levels", R"(["Low","Medium","High","Very high"])"},
                                 {"impact_levels", R"(["Low","Medium","High"])"},
                                 {"acceptance_threshold", 4}})
                    .ok());
        QVERIFY(AuditGenerator::fill(*store, {300, 20, 0, 0, 0, 5}).ok());
        QSet<int> likelihoods, impacts;
        int aboveUntreated = 0;
        for (const auto& risk : rows(*store, RecordKind::Risk)) {
            const int l = risk.integer("likelihood").value_or(0), i = risk.integer("impact").value_or(0);
            likelihoods.insert(l);
            impacts.insert(i);
            QVERIFY(risk.integer("residual_likelihood").value_or(1) <= l);
            QVERIFY(risk.integer("residual_impact").value_or(1) <= i);
            if (l * i > 4 && risk.text("treatment").isEmpty())
                ++aboveUntreated;
        }
        QCOMPARE(likelihoods, (QSet<int>{1, 2, 3, 4}));
        QCOMPARE(impacts, (QSet<int>{1, 2, 3}));
        QVERIFY(aboveUntreated > 0); // something for the cross-checks to find
        for (const auto& interview : rows(*store, RecordKind::Interview)) {
            const QDate day = QDateTime::fromString(interview.text("held_at"), Qt::ISODate).date();
            QVERIFY2(day >= QDate(2026, 11, 23) && day <= QDate(2026, 11, 26), qPrintable(interview.text("held_at")));
            QVERIFY(interview.text("notes").size() >= 1900); // about 2 KB of notes each
        }
    }

    void sameSeedSameBytes()
    {
        // Two copies of one freshly created file, filled with the same seed, export to identical packages.
        const QString base = newPath();
        createStore(base).reset();
        const QString first = newPath(), second = newPath(), third = newPath();
        QVERIFY(QFile::copy(base, first) && QFile::copy(base, second) && QFile::copy(base, third));
        QList<QByteArray> packages;
        for (const auto& [path, seed] : QList<std::pair<QString, quint32>>{{first, 42}, {second, 42}, {third, 43}}) {
            auto store = Lifecycle::open(path);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            QVERIFY(AuditGenerator::fill(*store.value(), {80, 10, 20, 20, 1, seed}).ok());
            auto bytes = AuditPackage::serialize(*store.value());
            QVERIFY2(bytes.ok(), qPrintable(bytes.error()));
            packages << bytes.value();
        }
        QVERIFY(packages.at(0) == packages.at(1));
        QVERIFY(packages.at(0) != packages.at(2)); // the seed matters
    }

    void sameSeedSameRecordsAcrossProcesses()
    {
        // Separate processes have different hash seeds; nothing generated may depend on hash order. The files differ
        // only in what AuditStore::create makes (audit uuid and time, catalog row uuids).
        QList<QJsonObject> packages;
        for (int run = 0; run < 2; ++run) {
            const QString path = newPath();
            const QString json = path + QStringLiteral(".json");
            QProcess cli;
            cli.start(QStringLiteral(ISOAUDIT_CLI),
                      {"generate", path, "--risks", "300", "--interviews", "10", "--findings", "40", "--evidence", "20",
                       "--seed", "77"});
            QVERIFY(cli.waitForFinished(60000) && cli.exitCode() == 0);
            cli.start(QStringLiteral(ISOAUDIT_CLI), {"export", path, "-o", json});
            QVERIFY(cli.waitForFinished(60000) && cli.exitCode() == 0);
            QFile file(json);
            QVERIFY(file.open(QIODevice::ReadOnly));
            packages << QJsonDocument::fromJson(file.readAll()).object();
        }
        for (const char* key : {"risks", "interviews", "evidence", "findings", "actions", "sites"}) {
            QVERIFY2(!packages.at(0).value(key).toArray().isEmpty(), key);
            QVERIFY2(packages.at(0).value(key) == packages.at(1).value(key), key);
        }
        for (const char* key : {"soa", "clauses", "team"}) {
            QJsonArray rows[2];
            for (int run = 0; run < 2; ++run) {
                for (const auto& row : packages.at(run).value(key).toArray()) {
                    QJsonObject object = row.toObject();
                    object.remove(QStringLiteral("uuid"));
                    rows[run].append(object);
                }
            }
            QVERIFY2(rows[0] == rows[1], key);
        }
    }

    void secondRunAddsWithoutClashing()
    {
        auto store = createStore(newPath());
        QVERIFY(AuditGenerator::fill(*store, {10, 2, 3, 2, 0, 9}).ok());
        const Status again = AuditGenerator::fill(*store, {10, 2, 3, 2, 0, 9});
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(store->count(RecordKind::Risk).value(), 20);
        QSet<QString> refs;
        for (const auto& risk : rows(*store, RecordKind::Risk))
            refs.insert(risk.text("ref"));
        QCOMPARE(refs.size(), 20);
        QVERIFY(refs.contains(QStringLiteral("R-020")));
    }

    void cancelRollsBack()
    {
        auto store = createStore(newPath());
        int calls = 0;
        const Status filled = AuditGenerator::fill(*store, {500, 50, 50, 50, 1, 1}, [&](int, int) {
            ++calls;
            return false;
        });
        QVERIFY(!filled.ok());
        QVERIFY(filled.error().contains(QLatin1String("cancelled")));
        QCOMPARE(calls, 1);
        for (RecordKind kind : {RecordKind::Risk, RecordKind::Interview, RecordKind::Evidence, RecordKind::Finding,
                                RecordKind::Attachment, RecordKind::CorrectiveAction, RecordKind::Site})
            QCOMPARE(store->count(kind).value(), 0);
        QCOMPARE(store->count(RecordKind::TeamMember).value(), 1);
        for (const auto& entry : rows(*store, RecordKind::SoaEntry))
            QCOMPARE(entry.text("applicable"), QStringLiteral("undecided"));
    }

    void refusesAttachmentsWithoutEvidence()
    {
        auto store = createStore(newPath());
        const Status filled = AuditGenerator::fill(*store, {5, 0, 0, 0, 1, 1});
        QVERIFY(!filled.ok());
        QVERIFY(filled.error().contains(QLatin1String("evidence")));
        QCOMPARE(store->count(RecordKind::Risk).value(), 0);
        QVERIFY(!AuditGenerator::fill(*store, {-1, 0, 0, 0, 0, 1}).ok());
    }

    void cliGeneratesANewFileOnly()
    {
        const QString path = newPath();
        QProcess cli;
        const QStringList args
            = {"generate", path,     "--risks", "30",       "--interviews",        "4", "--findings", "6", "--evidence",
               "8",        "--seed", "5",       "--client", "Søgaard & Müller ApS"};
        cli.start(QStringLiteral(ISOAUDIT_CLI), args);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(cli.readAllStandardOutput().contains("30 risks"));
        {
            auto store = Lifecycle::open(path);
            QVERIFY(store.ok());
            QCOMPARE(store.value()->count(RecordKind::Risk).value(), 30);
            QCOMPARE(store.value()->audit().value().text("client"), QStringLiteral("Søgaard & Müller ApS"));
        }
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        cli.start(QStringLiteral(ISOAUDIT_CLI), args);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(cli.readAllStandardError().contains("already exists"));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QVERIFY(after.readAll() == before);

        const QString missing = newPath();
        cli.start(QStringLiteral(ISOAUDIT_CLI), {"generate", missing, "--risks", "3"});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
