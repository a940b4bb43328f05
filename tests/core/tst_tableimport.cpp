// SPDX-License-Identifier: GPL-3.0-or-later
// TableImporter: Danish and German registers, 2013 numbering, an SoA with missing controls, findings, the row
// report, all-or-nothing writes and undo.
#include "import/ColumnMapper.h"
#include "import/TableImporter.h"
#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestTableImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<AuditStore> newStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("audit%1.isoaudit").arg(++m_files));
        auto store = Lifecycle::create(path, {"Nordisk Fragt A/S", "stage2", "Imp", "Logistics", {}, {}});
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        return std::move(store.value());
    }

    static ImportPlan planFor(const AuditStore& store, TableKind kind, const char* file)
    {
        const QString path = QStringLiteral(ISOAUDIT_TEST_DATA "/import/") + QLatin1String(file);
        auto table = TableImporter::readFile(path, {}, kind);
        if (!table)
            qFatal("%s", qPrintable(table.error()));
        auto plan = TableImporter::plan(store, kind, table.value(), ColumnMapper::guess(kind, table.value()));
        if (!plan)
            qFatal("%s", qPrintable(plan.error()));
        return plan.value();
    }

    static Record byKey(const AuditStore& store, RecordKind kind, const QString& key)
    {
        auto uuid = store.uuidForKey(kind, key);
        if (!uuid)
            return {};
        auto record = store.record(kind, uuid.value());
        return record ? record.value() : Record{};
    }

    static int count(const AuditStore& store, RecordKind kind) { return store.count(kind).value(); }

private slots:
    void danishRegister()
    {
        auto store = newStore();
        const ImportPlan plan = planFor(*store, TableKind::Risks, "risks-da-semicolon.csv");
        QCOMPARE(plan.rowsRead, 5);
        QCOMPARE(plan.insertCount(), 5);
        QCOMPARE(plan.issues.size(), 0);
        QCOMPARE(plan.renumbered.size(), 1);
        QCOMPARE(plan.renumbered.first().written, QStringLiteral("A.12.6.1"));
        QCOMPARE(plan.renumbered.first().id, QStringLiteral("8.8"));
        QCOMPARE(count(*store, RecordKind::Risk), 0); // planning writes nothing
        QVERIFY(TableImporter::apply(*store, plan).ok());
        QCOMPARE(count(*store, RecordKind::Risk), 5);

        const Record r1 = byKey(*store, RecordKind::Risk, QStringLiteral("R-01"));
        QCOMPARE(r1.integer("likelihood"), std::optional<int>(4)); // "4 - Sandsynlig"
        QCOMPARE(r1.integer("impact"), std::optional<int>(4)); // "Betydelig"
        QCOMPARE(r1.text("treatment"), QStringLiteral("mitigate")); // "Reducere"
        QCOMPARE(r1.text("owner"), QStringLiteral("Søren Ærø"));
        QCOMPARE(r1.linked(LinkKind::Control), QStringList({"5.15", "8.2"})); // "A.5.15, Bilag A 8.2"
        QCOMPARE(r1.text("notes"), QStringLiteral("Se \"Adgangspolitik\"\nversion 3"));
        const Record r3 = byKey(*store, RecordKind::Risk, QStringLiteral("R-03"));
        QCOMPARE(r3.integer("likelihood"), std::optional<int>(1)); // "Sjælden"
        QCOMPARE(r3.text("treatment"), QStringLiteral("transfer")); // "Overføre"
        QCOMPARE(r3.linked(LinkKind::Control), QStringList({"5.19", "5.20"}));
        const Record r4 = byKey(*store, RecordKind::Risk, QStringLiteral("R-04"));
        QCOMPARE(r4.integer("impact"), std::optional<int>(5));
        QCOMPARE(r4.text("treatment"), QStringLiteral("accept")); // "Acceptere"
        const Record r5 = byKey(*store, RecordKind::Risk, QStringLiteral("R-05"));
        QCOMPARE(r5.integer("likelihood"), std::optional<int>(5)); // "Næsten sikker"
        QCOMPARE(r5.text("treatment"), QStringLiteral("avoid")); // "Undgå"
        QCOMPARE(r5.linked(LinkKind::Control), QStringList({"8.8"})); // A.12.6.1 in 2013 numbering
    }

    void germanWorkbook()
    {
        auto store = newStore();
        const ImportPlan plan = planFor(*store, TableKind::Risks, "risks-de.xlsx");
        QCOMPARE(plan.source, QStringLiteral("XLSX, sheet \"Risiken\"")); // not the cover sheet
        QCOMPARE(plan.insertCount(), 3);
        QCOMPARE(plan.issues.size(), 0);
        QVERIFY(TableImporter::apply(*store, plan).ok());
        const Record x1 = byKey(*store, RecordKind::Risk, QStringLiteral("X-1"));
        QCOMPARE(x1.integer("likelihood"), std::optional<int>(4));
        QCOMPARE(x1.integer("impact"), std::optional<int>(5));
        QCOMPARE(x1.integer("residual_likelihood"), std::optional<int>(2));
        QCOMPARE(x1.integer("residual_impact"), std::optional<int>(3));
        QCOMPARE(x1.text("last_reviewed"), QStringLiteral("2025-03-01"));
        QCOMPARE(x1.flag("residual_accepted"), true);
        QCOMPARE(x1.text("threat"), QStringLiteral("Ransomware"));
        QCOMPARE(x1.linked(LinkKind::Control), QStringList({"8.7", "8.13"}));
        const Record x3 = byKey(*store, RecordKind::Risk, QStringLiteral("X-3"));
        QCOMPARE(x3.integer("likelihood"), std::optional<int>(3)); // "Möglich"
        QCOMPARE(x3.integer("impact"), std::optional<int>(4)); // "Erheblich"
        QCOMPARE(x3.flag("residual_accepted"), true); // "ja"
        QCOMPARE(x3.linked(LinkKind::Control), QStringList({"5.23", "8.9"}));
    }

    void germanUnicodeText()
    {
        auto store = newStore();
        const ImportPlan plan = planFor(*store, TableKind::Risks, "risks-de-unicode.txt");
        QCOMPARE(plan.insertCount(), 4);
        QCOMPARE(plan.issues.size(), 0);
        QVERIFY(TableImporter::apply(*store, plan).ok());
        const Record de2 = byKey(*store, RecordKind::Risk, QStringLiteral("DE-2"));
        QCOMPARE(de2.text("treatment"), QStringLiteral("transfer")); // "Übertragen"
        QCOMPARE(de2.integer("impact"), std::optional<int>(5)); // "Schwerwiegend"
        QCOMPARE(de2.integer("residual_impact"), std::optional<int>(5));
        QCOMPARE(de2.linked(LinkKind::Control), QStringList({"7.11"})); // "Anhang A 7.11"
        QCOMPARE(de2.text("owner"), QStringLiteral("Anna Weiß"));
    }

    void reimportUpdates()
    {
        auto store = newStore();
        QVERIFY(TableImporter::apply(*store, planFor(*store, TableKind::Risks, "risks-da-semicolon.csv")).ok());
        QVERIFY(store->setField(RecordKind::Risk, byKey(*store, RecordKind::Risk, "R-02").uuid, "likelihood", 1).ok());
        const ImportPlan again = planFor(*store, TableKind::Risks, "risks-da-semicolon.csv");
        QCOMPARE(again.insertCount(), 0);
        QCOMPARE(again.updateCount(), 5);
        QVERIFY(TableImporter::apply(*store, again).ok());
        QCOMPARE(count(*store, RecordKind::Risk), 5);
        QCOMPARE(byKey(*store, RecordKind::Risk, "R-02").integer("likelihood"), std::optional<int>(3));
    }

    void brokenRowsReport()
    {
        auto store = newStore();
        const ImportPlan plan = planFor(*store, TableKind::Risks, "risks-broken.csv");
        QCOMPARE(plan.rowsRead, 8); // the blank row is not counted
        QCOMPARE(plan.records.size(), 6);
        QCOMPARE(plan.issues.size(), 7);
        const QList<int> rows = {3, 4, 5, 7, 8, 9, 10};
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(plan.issues.at(i).row, rows.at(i));
        QCOMPARE(plan.issues.at(0).column, QStringLiteral("C"));
        QCOMPARE(plan.issues.at(0).header, QStringLiteral("Likelihood"));
        QCOMPARE(plan.issues.at(0).value, QStringLiteral("often"));
        QVERIFY(plan.issues.at(3).reason.contains(QLatin1String("already used in row 2")));
        QVERIFY(plan.issues.at(4).reason.contains(QLatin1String("A.5.99")));
        QVERIFY(TableImporter::apply(*store, plan).ok());
        const Record b2 = byKey(*store, RecordKind::Risk, QStringLiteral("B-2"));
        QCOMPARE(b2.integer("likelihood"), std::nullopt); // the unreadable value is left empty
        QCOMPARE(b2.integer("impact"), std::optional<int>(3));
        QCOMPARE(byKey(*store, RecordKind::Risk, "B-4").linked(LinkKind::Control), QStringList({"8.2"}));
        QCOMPARE(byKey(*store, RecordKind::Risk, "B-1").text("asset"), QStringLiteral("Good row"));
    }

    void soaWithMissingControls()
    {
        auto store = newStore();
        const Record before57 = byKey(*store, RecordKind::SoaEntry, QStringLiteral("5.7"));
        const ImportPlan plan = planFor(*store, TableKind::Soa, "soa-da.xlsx");
        QCOMPARE(plan.rowsRead, 90);
        QCOMPARE(plan.updateCount(), 90);
        QCOMPARE(plan.issues.size(), 0);
        QCOMPARE(plan.missingControls, QStringList({"5.7", "5.23", "8.28"}));
        QVERIFY(TableImporter::apply(*store, plan).ok());
        QCOMPARE(count(*store, RecordKind::SoaEntry), 93);
        QCOMPARE(byKey(*store, RecordKind::SoaEntry, "5.7"), before57); // never filled in
        const Record e75 = byKey(*store, RecordKind::SoaEntry, QStringLiteral("7.5"));
        QCOMPARE(e75.text("applicable"), QStringLiteral("no"));
        const Record e51 = byKey(*store, RecordKind::SoaEntry, QStringLiteral("5.1"));
        QCOMPARE(e51.text("applicable"), QStringLiteral("yes"));
        QCOMPARE(e51.text("implementation"), QStringLiteral("implemented"));
        QCOMPARE(e51.text("justification"), QStringLiteral("Begrundelse 5.1"));
        QCOMPARE(e51.text("client_reference"), QStringLiteral("POL-00"));
        QCOMPARE(byKey(*store, RecordKind::SoaEntry, "5.2").text("implementation"), QStringLiteral("partial"));
    }

    void soaIn2013Numbering()
    {
        auto store = newStore();
        const ImportPlan plan = planFor(*store, TableKind::Soa, "soa-2013.csv");
        QCOMPARE(plan.records.size(), 7);
        QCOMPARE(plan.renumbered.size(), 7);
        QCOMPARE(plan.issues.size(), 1); // A.9.2.5 also becomes 5.18
        QCOMPARE(plan.issues.first().row, 6);
        QCOMPARE(plan.missingControls.size(), 93 - 7);
        QVERIFY(TableImporter::apply(*store, plan).ok());
        const Record e518 = byKey(*store, RecordKind::SoaEntry, QStringLiteral("5.18"));
        QCOMPARE(e518.text("implementation"), QStringLiteral("implemented")); // row 4, not row 6's "No"
        QCOMPARE(byKey(*store, RecordKind::SoaEntry, "8.30").text("applicable"), QStringLiteral("no")); // "N/A"
        QCOMPARE(byKey(*store, RecordKind::SoaEntry, "8.2").text("implementation"), QStringLiteral("planned"));
    }

    void findings()
    {
        auto store = newStore();
        const ImportPlan plan = planFor(*store, TableKind::Findings, "findings-mixed.csv");
        QCOMPARE(plan.insertCount(), 4);
        QCOMPARE(plan.issues.size(), 1);
        QCOMPARE(plan.issues.first().value, QStringLiteral("Sometimes"));
        QVERIFY(TableImporter::apply(*store, plan).ok());
        const Record f1 = byKey(*store, RecordKind::Finding, QStringLiteral("F-1"));
        QCOMPARE(f1.text("grade"), QStringLiteral("major"));
        QCOMPARE(f1.linked(LinkKind::Clause), QStringList({"9.2.2"}));
        QCOMPARE(f1.text("raised_on"), QStringLiteral("2025-03-12"));
        const Record f2 = byKey(*store, RecordKind::Finding, QStringLiteral("F-2"));
        QCOMPARE(f2.text("grade"), QStringLiteral("minor"));
        QCOMPARE(f2.linked(LinkKind::Control), QStringList({"5.18"}));
        QCOMPARE(byKey(*store, RecordKind::Finding, "F-3").text("grade"), QStringLiteral("ofi"));
    }

    void nothingHalfWritten()
    {
        // The new records go to the store together (AuditStore::insertMany, one guard check): a row SQLite refuses
        // after earlier rows were written, a row the store refuses and a refused write all leave nothing, and the
        // message names the row.
        auto store = newStore();
        const ImportPlan plan = planFor(*store, TableKind::Risks, "risks-da-semicolon.csv");
        QVERIFY(plan.records.size() >= 3);
        ImportPlan duplicate = plan;
        duplicate.records[2].record.uuid = duplicate.records[1].record.uuid;
        Status applied = TableImporter::apply(*store, duplicate);
        QVERIFY(!applied.ok());
        QVERIFY2(applied.error().startsWith(QStringLiteral("Row %1: ").arg(plan.records[2].row)),
                 qPrintable(applied.error()));
        QCOMPARE(count(*store, RecordKind::Risk), 0);
        ImportPlan unknownControl = plan;
        unknownControl.records[1].record.links.insert(LinkKind::Control, {"99.99"});
        applied = TableImporter::apply(*store, unknownControl);
        QVERIFY(!applied.ok());
        QVERIFY2(applied.error().startsWith(QStringLiteral("Row %1: ").arg(plan.records[1].row)),
                 qPrintable(applied.error()));
        QCOMPARE(count(*store, RecordKind::Risk), 0);
        int writes = 0;
        store->setWriteGuard([&writes](RecordKind, const QStringList&) -> Status {
            ++writes;
            return Error{QStringLiteral("refused by the test")};
        });
        applied = TableImporter::apply(*store, plan);
        QVERIFY(!applied.ok());
        QVERIFY2(applied.error().contains(QLatin1String("refused by the test")), qPrintable(applied.error()));
        QCOMPARE(writes, 1);
        QCOMPARE(count(*store, RecordKind::Risk), 0);
        QVERIFY(store->verifyTrail().ok);
    }

    void revertUndoesEverything()
    {
        auto store = newStore();
        const ImportPlan risks = planFor(*store, TableKind::Risks, "risks-da-semicolon.csv");
        QVERIFY(TableImporter::apply(*store, risks).ok());
        const Record e51 = byKey(*store, RecordKind::SoaEntry, QStringLiteral("5.1"));
        const ImportPlan soa = planFor(*store, TableKind::Soa, "soa-da.xlsx");
        QVERIFY(TableImporter::apply(*store, soa).ok());
        QVERIFY(byKey(*store, RecordKind::SoaEntry, "5.1") != e51);
        QVERIFY(TableImporter::revert(*store, soa).ok());
        QCOMPARE(byKey(*store, RecordKind::SoaEntry, "5.1"), e51);
        QVERIFY(TableImporter::revert(*store, risks).ok());
        QCOMPARE(count(*store, RecordKind::Risk), 0);
        QVERIFY(TableImporter::apply(*store, risks).ok()); // redo: the same records again
        QCOMPARE(count(*store, RecordKind::Risk), 5);
        QCOMPARE(byKey(*store, RecordKind::Risk, "R-01").uuid, risks.records.first().record.uuid);
    }

    void needsAKeyColumn()
    {
        auto store = newStore();
        SheetTable table;
        table.name = QStringLiteral("t.csv");
        table.rows = {{"Asset", "Likelihood"}, {"Server", "3"}};
        auto plan = TableImporter::plan(*store, TableKind::Risks, table, ColumnMapper::guess(TableKind::Risks, table));
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().contains(QLatin1String("No column gives the reference")), qPrintable(plan.error()));
    }
};

QTEST_GUILESS_MAIN(TestTableImport)
#include "tst_tableimport.moc"
