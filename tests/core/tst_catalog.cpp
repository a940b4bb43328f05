// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog registry and the shipped catalogs: ISO/IEC 27001:2022 and the AICPA Trust Services Criteria (2017),
// each complete, validated on load by its own rules, and in agreement with the checked reference lists in
// ../shared/reference/ (ids and titles); broken resources are refused with a message naming what is wrong.
#include "catalog/Catalogs.h"
#include "domain/RecordKind.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestCatalog : public QObject
{
    Q_OBJECT

private:
    static QList<QStringList> readTsv(const QString& name)
    {
        QFile file(QStringLiteral(ISOAUDIT_SOURCE_DIR "/../shared/reference/") + name);
        if (!file.open(QIODevice::ReadOnly))
            file.setFileName(QStringLiteral(ISOAUDIT_TEST_DATA "/reference/") + name);
        if (!file.isOpen() && !file.open(QIODevice::ReadOnly))
            return {};
        QList<QStringList> rows;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (int i = 1; i < lines.size(); ++i) {
            if (!lines.at(i).startsWith(QLatin1Char('#')))
                rows << lines.at(i).split(QLatin1Char('\t'));
        }
        return rows;
    }

    static Result<Catalog> loadVariant(const QByteArray& json)
    {
        static QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error{QStringLiteral("cannot write %1").arg(path)};
        file.write(json);
        file.close();
        return Catalog::load(path);
    }

    static QJsonObject resource(const QString& name)
    {
        QFile file(QStringLiteral(":/isoaudit/catalog/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    static Result<Catalog> loadVariant(const QJsonObject& root) { return loadVariant(QJsonDocument(root).toJson()); }

    /// The resource with the item `id` changed by `edit` (or removed, when edit returns an empty object).
    template<typename Edit> static QJsonObject withItem(QJsonObject root, const QString& id, Edit edit)
    {
        QJsonArray items = root.value("items").toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).toObject().value("id").toString() != id)
                continue;
            const QJsonObject changed = edit(items.at(i).toObject());
            if (changed.isEmpty())
                items.removeAt(i);
            else
                items.replace(i, changed);
            break;
        }
        root.insert("items", items);
        return root;
    }

    static QString failure(const Result<Catalog>& result) { return result.ok() ? QString() : result.error(); }

private slots:
    void countsPerTheme()
    {
        const Catalog& catalog = Catalog::isoSpecificByNature();
        QCOMPARE(catalog.frameworkId(), QStringLiteral("iso27001-2022"));
        QCOMPARE(catalog.clauses().size(), 30);
        QCOMPARE(catalog.controls().size(), 93);
        QCOMPARE(catalog.controlsInTheme("Organizational").size(), 37);
        QCOMPARE(catalog.controlsInTheme("People").size(), 8);
        QCOMPARE(catalog.controlsInTheme("Physical").size(), 14);
        QCOMPARE(catalog.controlsInTheme("Technological").size(), 34);
    }

    void agreesWithReferenceControls()
    {
        const auto rows = readTsv(QStringLiteral("iso27001_2022_annexA.tsv"));
        QCOMPARE(rows.size(), 93);
        const Catalog& catalog = Catalog::isoSpecificByNature();
        for (const auto& row : rows) {
            const CatalogItem* item = catalog.control(row.at(0));
            QVERIFY2(item, qPrintable(row.at(0)));
            QCOMPARE(item->theme, row.at(1));
            QCOMPARE(item->title, row.at(2).trimmed());
        }
    }

    void agreesWithReferenceClauses()
    {
        const auto rows = readTsv(QStringLiteral("iso27001_2022_clauses.tsv"));
        QCOMPARE(rows.size(), 30);
        const Catalog& catalog = Catalog::isoSpecificByNature();
        int documented = 0;
        for (const auto& row : rows) {
            const CatalogItem* item = catalog.clause(row.at(0));
            QVERIFY2(item, qPrintable(row.at(0)));
            QCOMPARE(item->title, row.at(1));
            QCOMPARE(item->documentedInformation, row.at(3) == QLatin1String("yes"));
            documented += item->documentedInformation;
        }
        QCOMPARE(documented, 14);
        QCOMPARE(catalog.clauses().first().id, QStringLiteral("4.1"));
        QCOMPARE(catalog.clauses().last().id, QStringLiteral("10.2"));
    }

    void newControlsFlagged()
    {
        const Catalog& catalog = Catalog::isoSpecificByNature();
        QStringList flagged;
        for (const auto& item : catalog.controls()) {
            if (item.newIn2022)
                flagged << item.id;
        }
        QCOMPARE(flagged,
                 (QStringList{"5.7", "5.23", "5.30", "7.4", "8.9", "8.10", "8.11", "8.12", "8.16", "8.23", "8.28"}));
    }

    void clauseAndControlIdsAreSeparate()
    {
        // 8.1 is both a clause item and a control: look-ups must not confuse them.
        const Catalog& catalog = Catalog::isoSpecificByNature();
        QCOMPARE(catalog.clause("8.1")->title, QStringLiteral("Operational planning and control"));
        QCOMPARE(catalog.control("8.1")->title, QStringLiteral("User end point devices"));
        QVERIFY(!catalog.clause("5.23"));
        QVERIFY(!catalog.control("4.1"));
    }

    void loadRejectsIncompleteCatalog()
    {
        QFile file(QStringLiteral(":/isoaudit/catalog/iso27001-2022.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        QVERIFY(loadVariant(json).ok());
        // Drop control 8.34: the count check must notice.
        QJsonObject root = QJsonDocument::fromJson(json).object();
        QJsonArray items = root.value("items").toArray();
        QCOMPARE(items.last().toObject().value("id").toString(), QStringLiteral("8.34"));
        items.removeLast();
        root.insert("items", items);
        auto result = loadVariant(QJsonDocument(root).toJson());
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains("93"), qPrintable(result.error()));
        // A duplicated id is refused too.
        items.append(items.first());
        items.append(items.first());
        root.insert("items", items);
        QVERIFY(!loadVariant(QJsonDocument(root).toJson()).ok());
        QVERIFY(!loadVariant("{ not json").ok());
        QVERIFY(!loadVariant(R"({"format":"other","version":1})").ok());
    }

    void registryLoadsEveryShippedFramework()
    {
        QCOMPARE(Catalogs::knownIds(), (QStringList{"iso27001-2022", "soc2-2017"}));
        QCOMPARE(Catalogs::all().size(), 2);
        QCOMPARE(Catalogs::all().first().frameworkId(), Catalogs::defaultFrameworkId());
        const Catalog* soc2 = Catalogs::find("soc2-2017");
        QVERIFY(soc2);
        QCOMPARE(soc2->frameworkName(), QStringLiteral("AICPA Trust Services Criteria (2017)"));
        QVERIFY(soc2->isAttestation()); // an examination and a report, never a certification
        QVERIFY(!Catalog::isoSpecificByNature().isAttestation());
        QCOMPARE(&Catalog::isoSpecificByNature(), Catalogs::find("iso27001-2022"));
        QVERIFY(!Catalogs::find("soc2-2022"));
        QVERIFY(!Catalogs::find(QString()));
        // Every resource in the folder is in the registry.
        const QStringList files = QDir(Catalogs::resourceFolder()).entryList({"*.json"});
        QCOMPARE(files.size(), Catalogs::all().size());
    }

    void criteriaInCatalogOrderWithoutRepeatsUnknownLast()
    {
        const Catalog* soc2 = Catalogs::find("soc2-2017");
        QVERIFY(soc2);
        QCOMPARE(soc2->inCriteriaOrder({"CC6.1", "X9.9", "A1.2", "CC1.1", "CC6.1", "CC10.1"}),
                 (QStringList{"CC1.1", "CC6.1", "A1.2", "X9.9", "CC10.1"}));
        QCOMPARE(soc2->inCriteriaOrder({}), QStringList());
    }

    void trustServicesCriteriaCountsPerCategoryAndSeries()
    {
        const Catalog& catalog = *Catalogs::find("soc2-2017");
        QCOMPARE(catalog.criteria().size(), 61);
        QVERIFY(catalog.clauses().isEmpty());
        QVERIFY(catalog.controls().isEmpty());
        QCOMPARE(catalog.categories(),
                 (QStringList{"Security", "Availability", "Confidentiality", "Processing Integrity", "Privacy"}));
        QCOMPARE(catalog.criteriaInCategory("Security").size(), 33);
        QCOMPARE(catalog.criteriaInCategory("Availability").size(), 3);
        QCOMPARE(catalog.criteriaInCategory("Confidentiality").size(), 2);
        QCOMPARE(catalog.criteriaInCategory("Processing Integrity").size(), 5);
        QCOMPARE(catalog.criteriaInCategory("Privacy").size(), 18);
        QMap<QString, int> perSeries;
        for (const auto& item : catalog.criteria()) {
            QCOMPARE(item.kind, CatalogItem::Kind::Criterion);
            ++perSeries[item.group];
        }
        const QMap<QString, int> expected{{"CC1", 5}, {"CC2", 3}, {"CC3", 4}, {"CC4", 2}, {"CC5", 3},
                                          {"CC6", 8}, {"CC7", 5}, {"CC8", 1}, {"CC9", 2}, {"A1", 3},
                                          {"C1", 2},  {"PI1", 5}, {"P1", 1},  {"P2", 1},  {"P3", 2},
                                          {"P4", 3},  {"P5", 2},  {"P6", 7},  {"P7", 1},  {"P8", 1}};
        QCOMPARE(perSeries, expected);
        QCOMPARE(catalog.groups().size(), 20);
        QCOMPARE(catalog.groups().first().title, QStringLiteral("Control Environment"));
        QCOMPARE(catalog.criterion("CC6.1")->group, QStringLiteral("CC6"));
        QCOMPARE(catalog.criterion("CC1.1")->cosoPrinciple, 1);
        QCOMPARE(catalog.criterion("CC6.1")->cosoPrinciple, 0);
        QCOMPARE(catalog.criterionIndex("P8.1"), 60);
        QVERIFY(!catalog.criterion("CC10.1"));
        QVERIFY(!catalog.control("CC6.1"));
    }

    void trustServicesCriteriaAgreeWithReference()
    {
        const auto rows = readTsv(QStringLiteral("soc2_tsc_2017.tsv"));
        QCOMPARE(rows.size(), 61);
        const Catalog& catalog = *Catalogs::find("soc2-2017");
        for (int i = 0; i < rows.size(); ++i) {
            const QStringList& row = rows.at(i);
            QCOMPARE(catalog.criteria().at(i).id, row.at(0)); // same ids, same order
            const CatalogItem* item = catalog.criterion(row.at(0));
            QVERIFY2(item, qPrintable(row.at(0)));
            QVERIFY2(row.at(1).startsWith(item->category), qPrintable(row.at(0)));
            QCOMPARE(item->group, row.at(2).section(' ', 0, 0));
            QCOMPARE(item->title, row.at(4).trimmed());
        }
    }

    void auditFrameworksNameShippedCatalogs()
    {
        // The audit's field (core/domain/RecordKind.cpp, schema 4) allows only combinations of shipped catalogs.
        const FieldInfo* field = RecordKinds::info(RecordKind::Audit).field("frameworks");
        QVERIFY(field);
        QCOMPARE(field->type, FieldType::Enum);
        QCOMPARE(field->values.first(), Catalogs::defaultFrameworkId());
        for (const QString& value : field->values) {
            const QStringList ids = value.split(' ');
            QCOMPARE(Catalogs::forFrameworks(value).size(), ids.size());
            for (const QString& id : ids)
                QVERIFY2(Catalogs::find(id), qPrintable(value));
        }
        for (const QString& id : Catalogs::knownIds())
            QVERIFY2(field->values.contains(id), qPrintable(id));

        Record audit{RecordKind::Audit, {}, {}, {}, {}};
        QCOMPARE(Catalogs::forAudit(audit), QList<const Catalog*>{&Catalog::isoSpecificByNature()});
        audit.values.insert("frameworks", "soc2-2017");
        QCOMPARE(Catalogs::forAudit(audit), QList<const Catalog*>{Catalogs::find("soc2-2017")});
        QCOMPARE(Catalogs::primaryForAudit(audit).frameworkId(), QStringLiteral("soc2-2017"));
        audit.values.insert("frameworks", "iso27001-2022 soc2-2017");
        QCOMPARE(Catalogs::forAudit(audit),
                 (QList<const Catalog*>{&Catalog::isoSpecificByNature(), Catalogs::find("soc2-2017")}));
        QCOMPARE(Catalogs::forFrameworks("unknown-1"), QList<const Catalog*>{&Catalog::isoSpecificByNature()});
    }

    void isoRulesNameWhatIsWrong()
    {
        const QJsonObject iso = resource("iso27001-2022.json");
        QVERIFY(loadVariant(iso).ok());
        // A control moved to another theme: the totals still match, the theme counts do not.
        const auto moved = loadVariant(withItem(iso, "5.10", [](QJsonObject o) {
            o.insert("theme", "People");
            return o;
        }));
        QVERIFY2(failure(moved).contains("the Organizational theme (A.5) has 36 controls instead of 37"),
                 qPrintable(failure(moved)));
        const auto lessClauses = loadVariant(withItem(iso, "10.2", [](QJsonObject) { return QJsonObject(); }));
        QVERIFY2(failure(lessClauses).contains("ISO/IEC 27001:2022 has 30 auditable clause items, the catalog has 29"),
                 qPrintable(failure(lessClauses)));
        const auto strayGroup = loadVariant(withItem(iso, "8.2", [](QJsonObject o) {
            o.insert("group", "A.9");
            return o;
        }));
        QVERIFY2(failure(strayGroup).contains("8.2") && failure(strayGroup).contains("A.9"),
                 qPrintable(failure(strayGroup)));
        const auto badKind = loadVariant(withItem(iso, "5.2", [](QJsonObject o) {
            o.insert("kind", "requirement");
            return o;
        }));
        QVERIFY2(failure(badKind).contains("\"requirement\""), qPrintable(failure(badKind)));
    }

    void trustServicesRulesNameWhatIsWrong()
    {
        const QJsonObject tsc = resource("soc2-2017.json");
        QVERIFY(loadVariant(tsc).ok());
        const auto missing = loadVariant(withItem(tsc, "P8.1", [](QJsonObject) { return QJsonObject(); }));
        QVERIFY2(failure(missing).contains("has 61 criteria, the catalog has 60"), qPrintable(failure(missing)));
        // A privacy criterion relabelled as Security: 61 in all, but 34 and 17 in the two categories.
        const auto relabelled = loadVariant(withItem(tsc, "P1.1", [](QJsonObject o) {
            o.insert("category", "Security");
            return o;
        }));
        QVERIFY2(failure(relabelled).contains("the Security category (CC1-CC9) has 34 criteria instead of 33"),
                 qPrintable(failure(relabelled)));
        // A criterion filed under a series it does not belong to.
        const auto misfiled = loadVariant(withItem(tsc, "CC6.1", [](QJsonObject o) {
            o.insert("group", "CC7");
            return o;
        }));
        QVERIFY2(failure(misfiled).contains("the criterion CC6.1"), qPrintable(failure(misfiled)));
        // The criteria pass as ISO clauses nowhere: a criterion labelled a clause breaks both frameworks' counts.
        const auto asClause = loadVariant(withItem(tsc, "A1.1", [](QJsonObject o) {
            o.insert("kind", "clause");
            return o;
        }));
        QVERIFY2(failure(asClause).contains("0 auditable clause items, the catalog has 1"),
                 qPrintable(failure(asClause)));
        // A framework IsoAudit has no rules for is refused, naming the ones it knows.
        QJsonObject unknown = tsc;
        QJsonObject framework = unknown.value("framework").toObject();
        framework.insert("id", "soc2-2022");
        unknown.insert("framework", framework);
        const auto refused = loadVariant(unknown);
        QVERIFY2(failure(refused).contains("\"soc2-2022\"") && failure(refused).contains("iso27001-2022, soc2-2017"),
                 qPrintable(failure(refused)));
    }

    void folderWithABrokenResourceFailsNamingIt()
    {
        QTemporaryDir dir;
        auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes);
        };
        QVERIFY(!Catalogs::loadFolder(dir.path()).ok()); // nothing to load is an error too
        write("iso27001-2022.json", QJsonDocument(resource("iso27001-2022.json")).toJson());
        write("soc2-2017.json", QJsonDocument(resource("soc2-2017.json")).toJson());
        auto good = Catalogs::loadFolder(dir.path());
        QVERIFY2(good.ok(), qPrintable(good.error()));
        QCOMPARE(good->size(), 2);
        QCOMPARE(good->first().frameworkId(), QStringLiteral("iso27001-2022"));

        write("soc2-2017.json", "{ \"format\": \"isoaudit-catalog\", ");
        auto broken = Catalogs::loadFolder(dir.path());
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().contains("soc2-2017.json") && broken.error().contains("not valid JSON"),
                 qPrintable(broken.error()));

        write("soc2-2017.json", QJsonDocument(resource("soc2-2017.json")).toJson());
        write("copy.json", QJsonDocument(resource("soc2-2017.json")).toJson());
        auto twice = Catalogs::loadFolder(dir.path());
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().contains("soc2-2017 has two catalogs"), qPrintable(twice.error()));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
