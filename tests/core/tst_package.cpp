// SPDX-License-Identifier: GPL-3.0-or-later
// The audit package: lossless round trip byte for byte, the shape of every key, defaults for missing catalog entries,
// files left untouched when an import fails, and the documented example (refusals: tst_package_refusals.cpp).
#include "PackageTestSupport.h"

#include "domain/RiskMethod.h"
#include "package/AuditPackage.h"
#include "package/PackageReader.h"
#include "workflow/Lifecycle.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace isoaudit;
using namespace packagetest;

class TestPackage : public QObject, protected PackageFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = prepareRich();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void roundTripIsByteIdentical()
    {
        const QString path = newPath();
        QStringList warnings{"stale"};
        auto imported = AuditPackage::importToFile(path, m_rich, false, &warnings);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(warnings, QStringList());
        auto again = AuditPackage::serialize(*imported.value());
        QVERIFY(again.ok());
        QCOMPARE(again.value(), m_rich);
        // And once more from the imported file, read-only, as `isoaudit-cli export` does.
        imported.value().reset();
        auto readOnly = AuditStore::open(path, AuditDatabase::Mode::ReadOnly);
        QVERIFY(readOnly.ok());
        QCOMPARE(AuditPackage::serialize(*readOnly.value()).value(), m_rich);
    }

    void roundTripThroughImportInto()
    {
        auto empty = AuditStore::createEmpty(newPath());
        QVERIFY(empty.ok());
        auto warnings = AuditPackage::importInto(*empty.value(), m_rich);
        QVERIFY2(warnings.ok(), qPrintable(warnings.error()));
        QCOMPARE(AuditPackage::serialize(*empty.value()).value(), m_rich);
    }

    void exportHasEveryKindKeyAndType()
    {
        const QJsonObject& root = m_richJson;
        QCOMPARE(root.value("format").toString(), QStringLiteral("isoaudit-package"));
        QCOMPARE(root.value("version").toInt(), 3);
        // An ISO/IEC 27001 audit has no SOC 2 engagement record; the SOC 2 kinds' arrays are there, empty
        // (tests/cli/tst_cli_soc2_engagement.cpp checks an engagement's package).
        QCOMPARE(root.size(), RecordKinds::all().size() + 2 - 1);
        QVERIFY(!root.contains(QStringLiteral("engagement")));
        QSet<QString> uuids;
        QHash<QString, RecordKind> kindOfUuid;
        for (const auto& info : RecordKinds::all()) {
            QList<QJsonObject> records;
            if (info.kind >= RecordKind::Engagement) {
                if (!info.singleton)
                    QVERIFY2(root.value(info.jsonName).toArray().isEmpty(), qPrintable(info.jsonName));
                continue;
            }
            if (info.singleton) {
                QVERIFY2(root.value(info.jsonName).isObject(), qPrintable(info.jsonName));
                records << root.value(info.jsonName).toObject();
            } else {
                QVERIFY2(root.value(info.jsonName).isArray(), qPrintable(info.jsonName));
                for (const auto& v : root.value(info.jsonName).toArray())
                    records << v.toObject();
                QVERIFY2(records.size() >= 2, qPrintable(info.jsonName + " has too few records in the rich audit"));
            }
            for (const QJsonObject& object : records) {
                const QString uuid = object.value("uuid").toString();
                QVERIFY(!QUuid::fromString(uuid).isNull());
                QVERIFY(!uuids.contains(uuid));
                uuids.insert(uuid);
                kindOfUuid.insert(uuid, info.kind);
                int expectedKeys = 1 + int(info.fields.size()) + int(info.links.size());
                if (!info.parentColumn.isEmpty()) {
                    ++expectedKeys;
                    const QString parent = object.value(info.parentJsonName).toString();
                    QVERIFY2(kindOfUuid.value(parent, RecordKind::Audit) == info.parentKind, qPrintable(parent));
                }
                QCOMPARE(object.size(), expectedKeys);
                for (const auto& field : info.fields) {
                    const QJsonValue v = object.value(field.jsonName);
                    const QString where = info.jsonName + "." + field.jsonName;
                    switch (field.type) {
                    case FieldType::Text:
                        QVERIFY2(v.isString(), qPrintable(where));
                        break;
                    case FieldType::Integer:
                        QVERIFY2(v.isDouble() || v.isNull(), qPrintable(where));
                        break;
                    case FieldType::Boolean:
                        QVERIFY2(v.isBool(), qPrintable(where));
                        break;
                    case FieldType::Date:
                    case FieldType::DateTime:
                    case FieldType::Enum:
                        QVERIFY2(v.isString() || (v.isNull() && (field.nullable || field.type != FieldType::Enum)),
                                 qPrintable(where));
                        break;
                    case FieldType::Json:
                        QVERIFY2(v.isArray() || v.isObject(), qPrintable(where));
                        break;
                    case FieldType::Blob:
                        QVERIFY2(v.isString(), qPrintable(where));
                        break;
                    }
                }
                for (const auto& link : info.links) {
                    QVERIFY2(object.value(link.jsonName).isArray(), qPrintable(info.jsonName + "." + link.jsonName));
                    for (const auto& target : object.value(link.jsonName).toArray())
                        QVERIFY(target.isString());
                }
            }
        }
        QVERIFY(m_rich.contains("æøå ü 日本"));
        QVERIFY(m_rich.contains(": null"));
        // Links of every kind, in the order the store gives them (catalog order for controls).
        const QJsonObject finding = root.value("findings").toArray().at(0).toObject();
        QCOMPARE(finding.value("controls").toArray(), QJsonArray({"5.3", "5.23", "8.28"}));
        QCOMPARE(finding.value("risks").toArray().size(), 2);
        QCOMPARE(root.value("findings").toArray().at(1).toObject().value("risks").toArray(), QJsonArray());
        // Attachments: base64 of the bytes, and the stated hash agrees.
        const QJsonObject attachment = root.value("attachments").toArray().at(0).toObject();
        const QByteArray data = QByteArray::fromBase64(attachment.value("data").toString().toLatin1());
        QVERIFY(data.size() >= 3000);
        QCOMPARE(attachment.value("sha256").toString(),
                 QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(attachment.value("evidence").toString(), uuidOf(root, "evidence", 0));
        QCOMPARE(root.value("actions").toArray().at(0).toObject().value("finding").toString(),
                 uuidOf(root, "findings", 0));
        QVERIFY(root.value("riskMethod").toObject().value("bands").isArray());
    }

    void exportToFileWritesTheSerializedBytes()
    {
        auto imported = AuditPackage::importToFile(newPath(), m_rich, false);
        QVERIFY(imported.ok());
        const QString packagePath = m_dir.filePath("export.json");
        QVERIFY(writeAll(packagePath, "old content"));
        QVERIFY(AuditPackage::exportToFile(*imported.value(), packagePath).ok());
        QCOMPARE(readAll(packagePath), m_rich);
        auto refused = AuditPackage::exportToFile(*imported.value(), m_dir.filePath("no/such/folder/p.json"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains("p.json"));
    }

    void missingCatalogEntriesAreCreatedWithWarnings()
    {
        QJsonObject root = setIn(m_richJson, "clauses", QJsonValue::Undefined);
        for (int i = 0; i < 3; ++i)
            root = setIn(root, "soa/0", QJsonValue::Undefined);
        QStringList warnings;
        auto imported = AuditPackage::importToFile(newPath(), bytes(root), false, &warnings);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(warnings.size(), 2);
        QVERIFY2(warnings.at(0).startsWith("clauses: the package has no entry for 4.1, 4.2, 4.3"),
                 qPrintable(warnings.at(0)));
        QVERIFY(warnings.at(0).contains("10.2; added with default values"));
        QCOMPARE(warnings.at(1),
                 QStringLiteral("soa: the package has no entry for 5.1, 5.2, 5.3; added with default values."));
        AuditStore& store = *imported.value();
        QCOMPARE(store.count(RecordKind::ClauseAssessment).value(), 30);
        QCOMPARE(store.count(RecordKind::SoaEntry).value(), 93);
        const Record control = store.records(RecordKind::SoaEntry)->at(1);
        QCOMPARE(control.text("control_id"), QStringLiteral("5.2"));
        QCOMPARE(control.text("applicable"), QStringLiteral("undecided"));
        QCOMPARE(control.text("notes"), QString());
        // The entries the package had keep their values and uuids.
        QCOMPARE(store.records(RecordKind::SoaEntry)->at(5).uuid, uuidOf(m_richJson, "soa", 5));
    }

    void missingOptionalSingletonIsCreatedWithWarning()
    {
        QStringList warnings;
        auto imported = AuditPackage::importToFile(
            newPath(), bytes(setIn(m_richJson, "riskMethod", QJsonValue::Undefined)), false, &warnings);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(warnings, QStringList{"riskMethod is missing from the package; it was created with default values."});
        QVERIFY(imported.value()->riskMethod().ok());
        // A record without its optional keys takes the defaults.
        QJsonObject root = setIn(m_richJson, "sites/0/address", QJsonValue::Undefined);
        auto sparse = AuditPackage::importToFile(newPath(), bytes(root), false);
        QVERIFY(sparse.ok());
        QCOMPARE(sparse.value()->records(RecordKind::Site)->first().text("address"), QString());
    }

    void theClientsScoringTravelsWithThePackage()
    {
        // A 5 x 5 method scored by the client's own matrix: exported cell by cell, imported the same.
        auto store = newAudit();
        RiskMethod method = RiskMethod::fromRecord(store->riskMethod().value());
        method.scoring = RiskMethod::Scoring::Matrix;
        method.matrix = RiskMethod::productMatrix(5, 5);
        method.matrix[1][4] = 15; // likelihood 2, impact 5: the client rates it higher than 2 x 5
        QVERIFY(store->setFields(RecordKind::RiskMethod, store->riskMethod()->uuid, method.toValues()).ok());
        auto serialized = AuditPackage::serialize(*store);
        QVERIFY(serialized.ok());
        const QJsonObject root = QJsonDocument::fromJson(serialized.value()).object();
        const QJsonObject exported = root.value("riskMethod").toObject();
        QCOMPARE(exported.value("scoring").toString(), QStringLiteral("matrix"));
        QCOMPARE(exported.value("scoreMatrix").toArray().size(), 5);
        QCOMPARE(exported.value("scoreMatrix").toArray().at(1).toArray().at(4).toInt(), 15);
        auto imported = AuditPackage::importToFile(newPath(), serialized.value(), false);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        const RiskMethod back = RiskMethod::fromRecord(imported.value()->riskMethod().value());
        QCOMPARE(back, method);
        QCOMPARE(back.score(2, 5), std::optional<int>(15));

        // A package written before the scoring existed (no scoring, no scoreMatrix) scores as the product.
        QJsonObject older = setIn(root, "riskMethod/scoring", QJsonValue::Undefined);
        older = setIn(older, "riskMethod/scoreMatrix", QJsonValue::Undefined);
        QStringList warnings;
        auto old = AuditPackage::importToFile(newPath(), bytes(older), false, &warnings);
        QVERIFY2(old.ok(), qPrintable(old.error()));
        QCOMPARE(warnings, QStringList());
        const Record stored = old.value()->riskMethod().value();
        QCOMPARE(stored.text("scoring"), QStringLiteral("product"));
        QCOMPARE(stored.text("score_matrix"), QStringLiteral("[]"));
        QCOMPARE(RiskMethod::fromRecord(stored).score(2, 5), std::optional<int>(10));
    }

    void importIntoRefusesAStoreThatIsNotEmpty()
    {
        auto store = newAudit();
        const int risks = store->count(RecordKind::Risk).value();
        auto refused = AuditPackage::importInto(*store, m_rich);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains("is not empty"), qPrintable(refused.error()));
        QCOMPARE(store->count(RecordKind::Risk).value(), risks);
    }

    void importToFileRefusesAnExistingFile()
    {
        auto existing = newAudit(QStringLiteral("Existing Client"));
        const QString path = existing->path();
        existing.reset();
        const QByteArray before = readAll(path);
        auto refused = AuditPackage::importToFile(path, m_rich, false);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains("already exists"), qPrintable(refused.error()));
        QCOMPARE(readAll(path), before);
        auto folder = AuditPackage::importToFile(m_dir.path(), m_rich, true);
        QVERIFY(!folder.ok());
        QVERIFY(folder.error().contains("is a folder"));
        auto nowhere = AuditPackage::importToFile(m_dir.filePath("missing/x.isoaudit"), m_rich, false);
        QVERIFY(!nowhere.ok());
        QVERIFY(nowhere.error().contains("does not exist"));
    }

    void failedReplaceLeavesTheFileUntouched()
    {
        auto existing = newAudit(QStringLiteral("Existing Client"));
        const QString path = existing->path();
        existing.reset();
        const QByteArray before = readAll(path);
        const QDateTime modified = QFileInfo(path).lastModified();
        const QStringList entries = dirEntries();
        // One refused while reading, one refused by the store half-way through writing the temporary file.
        for (const QByteArray& bad :
             {bytes(setIn(m_richJson, "risks/0/likelihood", 12)), bytes(setIn(m_richJson, "team/1/role", "lead"))}) {
            auto refused = AuditPackage::importToFile(path, bad, true);
            QVERIFY(!refused.ok());
            QCOMPARE(readAll(path), before);
            QCOMPARE(QFileInfo(path).lastModified(), modified);
            QCOMPARE(dirEntries(), entries);
        }
        auto opened = Lifecycle::open(path);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value()->audit()->text("client"), QStringLiteral("Existing Client"));
    }

    void replaceSwapsTheFileAndKeepsItsPermissions()
    {
        auto existing = newAudit(QStringLiteral("Existing Client"));
        const QString path = existing->path();
        existing.reset();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const QStringList entries = dirEntries();
        auto replaced = AuditPackage::importToFile(path, m_rich, true);
        QVERIFY2(replaced.ok(), qPrintable(replaced.error()));
        QCOMPARE(AuditPackage::serialize(*replaced.value()).value(), m_rich);
        replaced.value().reset();
        QCOMPARE(QFile::permissions(path) & 0x7077, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(dirEntries(), entries);
    }

    void replaceRefusesAFileWithUnsavedLog()
    {
        auto open = newAudit(QStringLiteral("Open Client"));
        QVERIFY(open->setField(RecordKind::Audit, open->audit()->uuid, "scope", "changed while open").ok());
        QVERIFY(QFileInfo(open->path() + "-wal").size() > 0);
        const QByteArray before = readAll(open->path());
        auto refused = AuditPackage::importToFile(open->path(), m_rich, true);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains("is open in IsoAudit"), qPrintable(refused.error()));
        QCOMPARE(readAll(open->path()), before);
        QCOMPARE(open->audit()->text("scope"), QStringLiteral("changed while open"));
    }

    /// The example in docs/audit-package.md is a checked-in fixture that imports, and the document names every key.
    void documentedExampleImportsAndEveryKeyIsDocumented()
    {
        const QByteArray example = readAll(QStringLiteral(ISOAUDIT_TEST_DATA "/packages/example.json"));
        QVERIFY(!example.isEmpty());
        const QString doc = QString::fromUtf8(readAll(QStringLiteral(ISOAUDIT_SOURCE_DIR "/docs/audit-package.md")));
        QVERIFY(doc.contains(QString::fromUtf8(example).trimmed()));
        QStringList warnings;
        auto imported = AuditPackage::importToFile(newPath(), example, false, &warnings);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(warnings.size(), 2);
        AuditStore& store = *imported.value();
        QCOMPARE(store.audit()->text("client"), QStringLiteral("Nordlys Betalinger ApS"));
        QCOMPARE(store.count(RecordKind::SoaEntry).value(), 93);
        const Record finding = store.records(RecordKind::Finding)->first();
        QCOMPARE(finding.linked(LinkKind::Risk).size(), 1);
        QCOMPARE(store.records(RecordKind::Attachment)->first().integer("size").value_or(-1), 11);
        QCOMPARE(store.attachmentData(store.records(RecordKind::Attachment)->first().uuid).value(),
                 QByteArray("hello world"));
        for (const auto& info : RecordKinds::all()) {
            QVERIFY2(doc.contains("`" + info.jsonName + "`"), qPrintable(info.jsonName));
            for (const auto& field : info.fields)
                QVERIFY2(doc.contains("`" + field.jsonName + "`"), qPrintable(info.jsonName + "." + field.jsonName));
            for (const auto& field : info.fields) {
                for (const QString& value : field.values)
                    QVERIFY2(doc.contains("`" + value + "`"), qPrintable(info.jsonName + "." + value));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
