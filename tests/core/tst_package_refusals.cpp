// SPDX-License-Identifier: GPL-3.0-or-later
// The audit package's importer refuses bad packages: every refusal with its JSON path, raw non-package input, hostile
// values in every key of every kind, one-line messages; nothing is written when it refuses.
#include "PackageTestSupport.h"

#include "package/AuditPackage.h"
#include "package/PackageReader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace isoaudit;
using namespace packagetest;

class TestPackageRefusals : public QObject, protected PackageFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = prepareRich();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        const QString stranger = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonValue undefined(QJsonValue::Undefined);
        QTest::newRow("range") << "risks/0/likelihood" << QJsonValue(12)
                               << "risks[0].likelihood must be between 1 and 10, not 12";
        QTest::newRow("negative") << "risks/1/impact" << QJsonValue(-1)
                                  << "risks[1].impact must be between 1 and 10, not -1";
        QTest::newRow("control") << "soa/5/control" << QJsonValue("5.99")
                                 << "soa[5].control: \"5.99\" is not an Annex A control";
        QTest::newRow("clause") << "clauses/3/clause" << QJsonValue("11")
                                << "clauses[3].clause: \"11\" is not a clause";
        QTest::newRow("dangling link") << "findings/0/risks" << QJsonValue(QJsonArray{stranger})
                                       << "findings[0].risks[0]: no risk with uuid \"" + stranger + "\"";
        QTest::newRow("link to wrong kind")
            << "evidence/0/interviews" << QJsonValue(QJsonArray{uuidOf(m_richJson, "risks", 0)})
            << "evidence[0].interviews[0]: no interview with uuid";
        QTest::newRow("version") << "version" << QJsonValue(4)
                                 << "version 4 is not supported (this IsoAudit reads versions 1 to 3)";
        QTest::newRow("version 0") << "version" << QJsonValue(0)
                                   << "version 0 is not supported (this IsoAudit reads versions 1 to 3)";
        QTest::newRow("version text") << "version" << QJsonValue("1") << "version must be a whole number, not \"1\"";
        QTest::newRow("no version") << "version" << undefined << "the package has no \"version\"";
        QTest::newRow("format") << "format" << QJsonValue("x") << "not an IsoAudit package (format is \"x\"";
        QTest::newRow("no format") << "format" << undefined << "not an IsoAudit package (it has no \"format\"";
        QTest::newRow("unknown top key") << "risk" << QJsonValue(QJsonArray()) << "risk: unknown key at the top level";
        QTest::newRow("unknown record key")
            << "risks/0/likelyhood" << QJsonValue(4) << "risks[0].likelyhood: unknown key";
        QTest::newRow("string for array") << "risks" << QJsonValue("oops") << "risks must be an array, not \"oops\"";
        QTest::newRow("object for array")
            << "sites" << QJsonValue(QJsonObject()) << "sites must be an array, not an object";
        QTest::newRow("null record") << "risks/0" << QJsonValue(QJsonValue::Null)
                                     << "risks[0] must be an object, not null";
        QTest::newRow("array record") << "evidence/0" << QJsonValue(QJsonArray())
                                      << "evidence[0] must be an object, not an array";
        QTest::newRow("singleton array") << "audit" << QJsonValue(QJsonArray())
                                         << "audit must be an object, not an array";
        QTest::newRow("number for text") << "risks/0/ref" << QJsonValue(5) << "risks[0].ref must be a string, not 5";
        QTest::newRow("null for text") << "audit/client" << QJsonValue(QJsonValue::Null)
                                       << "audit.client must be a string, not null";
        QTest::newRow("empty required") << "risks/0/ref" << QJsonValue("  ") << "risks[0].ref must not be empty";
        QTest::newRow("missing required") << "sites/0/name" << undefined << "sites[0].name is missing";
        QTest::newRow("string for number") << "risks/0/likelihood" << QJsonValue("3")
                                           << "risks[0].likelihood must be a whole number or null, not \"3\"";
        QTest::newRow("fraction") << "risks/0/likelihood" << QJsonValue(2.5)
                                  << "risks[0].likelihood must be a whole number";
        QTest::newRow("huge number") << "evidence/0/sampleSize" << QJsonValue(1e300)
                                     << "evidence[0].sampleSize must be a whole number";
        QTest::newRow("string for bool") << "risks/0/residualAccepted" << QJsonValue("yes")
                                         << "risks[0].residualAccepted must be true or false, not \"yes\"";
        QTest::newRow("enum")
            << "risks/0/treatment" << QJsonValue("mitigation")
            << "risks[0].treatment must be one of: mitigate, accept, avoid, transfer; \"mitigation\" is not";
        QTest::newRow("null enum") << "audit/type" << QJsonValue(QJsonValue::Null) << "audit.type must be one of";
        QTest::newRow("enum as number") << "findings/0/grade" << QJsonValue(1)
                                        << "findings[0].grade must be a string or null, not 1";
        QTest::newRow("date") << "audit/startDate" << QJsonValue("2026-02-30")
                              << "audit.startDate must be a date written YYYY-MM-DD";
        QTest::newRow("json as string") << "riskMethod/bands" << QJsonValue("[]")
                                        << "riskMethod.bands must be a JSON array or object, not \"[]\"";
        QTest::newRow("base64") << "attachments/0/data" << QJsonValue("not base64!")
                                << "attachments[0].data is not valid base64";
        QTest::newRow("sha256") << "attachments/0/sha256" << QJsonValue(QString(64, '0'))
                                << "attachments[0].sha256 does not match its data";
        QTest::newRow("size") << "attachments/0/size" << QJsonValue(1) << "attachments[0].size is 1, but its data has";
        QTest::newRow("orphan") << "attachments/0/evidence" << QJsonValue(stranger)
                                << "attachments[0].evidence: no evidence with uuid";
        QTest::newRow("parent of wrong kind") << "actions/0/finding" << QJsonValue(uuidOf(m_richJson, "risks", 0))
                                              << "actions[0].finding: no finding with uuid";
        QTest::newRow("no parent") << "actions/0/finding" << undefined << "actions[0].finding is missing";
        QTest::newRow("links not array") << "evidence/0/clauses" << QJsonValue("4.1")
                                         << "evidence[0].clauses must be an array of strings, not \"4.1\"";
        QTest::newRow("link not string") << "evidence/0/clauses" << QJsonValue(QJsonArray{4})
                                         << "evidence[0].clauses[0] must be a string, not 4";
        QTest::newRow("link to unknown clause") << "evidence/0/clauses" << QJsonValue(QJsonArray{"11.1"})
                                                << "evidence[0].clauses[0]: \"11.1\" is not a clause";
        QTest::newRow("link twice") << "evidence/0/controls" << QJsonValue(QJsonArray{"5.1", "5.1"})
                                    << "evidence[0].controls[1]: \"5.1\" is listed twice";
        QTest::newRow("duplicate uuid") << "sites/1/uuid" << QJsonValue(uuidOf(m_richJson, "sites", 0))
                                        << "sites[1].uuid: \"" + uuidOf(m_richJson, "sites", 0)
                + "\" is already used by sites[0]";
        QTest::newRow("no uuid") << "sites/0/uuid" << undefined << "sites[0].uuid is missing";
        QTest::newRow("bad uuid") << "sites/0/uuid" << QJsonValue("r1") << "sites[0].uuid: \"r1\" is not a UUID";
        QTest::newRow("no audit") << "audit" << undefined << "the package has no \"audit\"";
        QTest::newRow("duplicate clause")
            << "clauses/1/clause" << QJsonValue("4.1") << "clauses[1].clause: \"4.1\" is already in clauses[0]";
        // Refused by the store itself (the file allows one lead): still named by its path, and nothing is kept.
        QTest::newRow("second lead") << "team/1/role" << QJsonValue("lead")
                                     << "team[1]: The audit team already has a lead auditor";
    }

    void refusals()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const QByteArray json = bytes(setIn(m_richJson, path, value));
        const QStringList before = dirEntries();
        const QString target = newPath();
        auto imported = AuditPackage::importToFile(target, json, false);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().startsWith(expected), qPrintable(imported.error()));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(dirEntries(), before);
        // importInto refuses the same way and writes nothing.
        auto empty = AuditStore::createEmpty(newPath());
        QVERIFY(empty.ok());
        auto into = AuditPackage::importInto(*empty.value(), json);
        QVERIFY(!into.ok());
        QCOMPARE(into.error(), imported.error());
        for (const auto& info : RecordKinds::all())
            QCOMPARE(empty.value()->count(info.kind).value(), 0);
    }

    void refusesAScoreMatrixThatDoesNotFitTheMethod_data()
    {
        // The rich package's method has two likelihood and two impact levels.
        QTest::addColumn<QJsonValue>("matrix");
        QTest::addColumn<QString>("expected");
        QTest::newRow("too many rows") << QJsonValue(QJsonArray{QJsonArray{1, 2}, QJsonArray{2, 4}, QJsonArray{3, 6}})
                                       << "riskMethod.scoreMatrix: The score matrix has a row for each of 3 "
                                          "likelihood levels, but the method has 2";
        QTest::newRow("short row") << QJsonValue(QJsonArray{QJsonArray{1, 2}, QJsonArray{2}})
                                   << "riskMethod.scoreMatrix: The score matrix row for likelihood 2 gives a score "
                                      "for each of 1 impact levels, but the method has 2";
        QTest::newRow("text cell") << QJsonValue(QJsonArray{QJsonArray{1, "low"}, QJsonArray{2, 4}})
                                   << "riskMethod.scoreMatrix: The score matrix gives \"low\" for likelihood 1 and "
                                      "impact 2, which is not a whole number";
        QTest::newRow("empty") << QJsonValue(QJsonArray())
                               << "riskMethod.scoreMatrix: The score matrix has a row for each of 0";
        QTest::newRow("object") << QJsonValue(QJsonObject{{"1", 1}})
                                << "riskMethod.scoreMatrix: The score matrix is not a list of rows";
    }

    void refusesAScoreMatrixThatDoesNotFitTheMethod()
    {
        QFETCH(QJsonValue, matrix);
        QFETCH(QString, expected);
        QCOMPARE(m_richJson.value("riskMethod").toObject().value("scoring").toString(), QStringLiteral("matrix"));
        const QByteArray json = bytes(setIn(m_richJson, "riskMethod/scoreMatrix", matrix));
        const QStringList before = dirEntries();
        const QString target = newPath();
        auto imported = AuditPackage::importToFile(target, json, false);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().startsWith(expected), qPrintable(imported.error()));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(dirEntries(), before);
        auto empty = AuditStore::createEmpty(newPath());
        QVERIFY(empty.ok());
        QVERIFY(!AuditPackage::importInto(*empty.value(), json).ok());
        for (const auto& info : RecordKinds::all())
            QCOMPARE(empty.value()->count(info.kind).value(), 0);
        // The same matrix under a product method is not used, and so not refused.
        QJsonObject product = setIn(m_richJson, "riskMethod/scoreMatrix", matrix);
        product = setIn(product, "riskMethod/scoring", QJsonValue("product"));
        QVERIFY(PackageReader::read(bytes(product)).ok());
    }

    void refusesRawInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "malformed JSON at offset 0";
        QTest::newRow("truncated") << m_rich.left(m_rich.size() / 2) << "malformed JSON at offset";
        QTest::newRow("trailing comma") << QByteArray(R"({"format": "isoaudit-package",})")
                                        << "malformed JSON at offset";
        QTest::newRow("array") << QByteArray("[1, 2]") << "not an IsoAudit package";
        QTest::newRow("deep nesting") << QByteArray(200000, '[') << "malformed JSON at offset";
        QTest::newRow("deep object") << QByteArray("{\"format\": \"isoaudit-package\", \"version\": 1, \"audit\": ")
                + QByteArray(5000, '[') + QByteArray(5000, ']') + "}"
                                     << "malformed JSON at offset";
        QByteArray noise(65536, '\0');
        QRandomGenerator random(20261125);
        for (auto& c : noise)
            c = char(random.bounded(256));
        QTest::newRow("random bytes") << noise << "malformed JSON at offset";
        QTest::newRow("other JSON") << QByteArray(R"({"name": "my-app", "version": "1.0.0"})")
                                    << "not an IsoAudit package (it has no \"format\"";
    }

    void refusesRawInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QStringList before = dirEntries();
        auto imported = AuditPackage::importToFile(newPath(), json, false);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().startsWith(expected), qPrintable(imported.error()));
        QCOMPARE(dirEntries(), before);
    }

    /// Every key of the first record of every kind, and every kind's value, replaced with hostile values: a
    /// message that names the path, or a valid read; never a crash.
    void hostileValuesGetAMessageWithTheirPath()
    {
        const QList<QJsonValue> hostile{QJsonValue::Null,
                                        true,
                                        -1,
                                        1e308,
                                        "",
                                        "x",
                                        QJsonArray(),
                                        QJsonObject(),
                                        QJsonArray{QJsonArray{QJsonArray{"deep"}}},
                                        QString(100000, QChar(0x65e5))};
        int refused = 0;
        for (const auto& info : RecordKinds::all()) {
            for (const auto& value : hostile) {
                auto whole = PackageReader::read(bytes(setIn(m_richJson, info.jsonName, value)));
                // An empty array is a valid kind; the records that pointed at its former records are named instead.
                const bool dangling = !whole.ok() && whole.error().contains(" with uuid ");
                QVERIFY2(whole.ok() || whole.error().startsWith(info.jsonName)
                             || (value == QJsonValue(QJsonArray()) && dangling),
                         qPrintable(whole.error()));
            }
            const QString recordPath = info.singleton ? info.jsonName : info.jsonName + "/0";
            const QString prefix = info.singleton ? info.jsonName : info.jsonName + "[0]";
            const QJsonObject record = info.singleton ? m_richJson.value(info.jsonName).toObject()
                                                      : m_richJson.value(info.jsonName).toArray().at(0).toObject();
            for (const QString& key : record.keys()) {
                for (const auto& value : hostile) {
                    auto result = PackageReader::read(bytes(setIn(m_richJson, recordPath + "/" + key, value)));
                    if (!result.ok()) {
                        ++refused;
                        // A blob's hash and size are checked against it, so its record is named, not the key.
                        QVERIFY2(result.error().startsWith(prefix + "."), qPrintable(result.error()));
                    }
                }
            }
        }
        QVERIFY(refused > 100);
    }

    /// A hostile value cannot turn a message into many lines or a megabyte: the CLI prints one line per failure.
    void messagesStayOnOneShortLine()
    {
        const QList<QPair<QString, QJsonValue>> cases{
            {"risks/0/treatment", "mitigate\nrm -rf /"},
            {"risks/0/ref", QJsonValue(QJsonValue::Null)},
            {"audit/startDate", QString(1000000, QLatin1Char('9')) + "\r\n"},
            {"sites/0/x\ny\u2028z", 1},
        };
        for (const auto& [path, value] : cases) {
            auto result = PackageReader::read(bytes(setIn(m_richJson, path, value)));
            QVERIFY(!result.ok());
            QVERIFY2(!result.error().contains('\n') && !result.error().contains('\r')
                         && !result.error().contains(QChar(0x2028)),
                     qPrintable(result.error()));
            QVERIFY2(result.error().size() <= 420, qPrintable(result.error()));
        }
        auto treatment = PackageReader::read(bytes(setIn(m_richJson, "risks/0/treatment", "mitigate\nrm -rf /")));
        QVERIFY2(treatment.error().endsWith("\"mitigate\\nrm -rf /\" is not."), qPrintable(treatment.error()));
    }
};

QTEST_GUILESS_MAIN(TestPackageRefusals)
#include "tst_package_refusals.moc"
