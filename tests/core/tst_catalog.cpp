// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped ISO/IEC 27001:2022 catalog: complete, validated on load, and in agreement with the checked reference
// lists in ../shared/reference/ (ids and titles).
#include "catalog/Catalog.h"

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
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(json);
        file.close();
        return Catalog::load(path);
    }

private slots:
    void countsPerTheme()
    {
        const Catalog& catalog = Catalog::iso27001();
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
        const Catalog& catalog = Catalog::iso27001();
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
        const Catalog& catalog = Catalog::iso27001();
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
        const Catalog& catalog = Catalog::iso27001();
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
        const Catalog& catalog = Catalog::iso27001();
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
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
