// SPDX-License-Identifier: GPL-3.0-or-later
// The SOC 2 control matrix through the table importer: headers in English, Danish, German, Dutch and French, frequency and
// automation words read only when unambiguous, criteria checked per row, dry run, re-import by ref, and the refusals
// across frameworks.
#include "core/Soc2MatrixFixture.h"

#include "import/ColumnMapper.h"
#include "import/ControlMatrixValues.h"
#include "import/TableImporter.h"

#include <QTemporaryDir>

using namespace isoaudit;
using namespace isoaudit::test;

class TestControlMatrix : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString nextPath() { return m_dir.filePath(QStringLiteral("e%1.isoaudit").arg(++m_files)); }

    static SheetTable sheet(const QList<QVariantList>& rows)
    {
        SheetTable table;
        table.name = QStringLiteral("Controls");
        table.rows = rows;
        table.source = QStringLiteral("test");
        return table;
    }

    static SheetTable englishMatrix()
    {
        return sheet({
            {"Control #", "Control Activity", "Control Owner", "Frequency", "Manual/Automated", "Key Control (Y/N)",
             "TSC Mapping"},
            {"CTL-1", "Access reviewed quarterly", "CISO", "Quarterly", "Manual", "Y", "CC6.1, CC6.2; A1.2"},
            {"CTL-2", "Backups monitored", "Ops", "Continuous", "Automated", "N", "CC9.9 CC7.1"},
            {"CTL-3", "Changes approved", "Dev lead", "Ad hoc", "Semi-automated", "x", "cc 8.1"},
        });
    }

    static ImportPlan planOf(const AuditStore& store, TableKind kind, const SheetTable& table)
    {
        auto plan = TableImporter::plan(store, kind, table, ColumnMapper::guess(kind, table));
        if (!plan)
            qFatal("%s", qPrintable(plan.error()));
        return plan.value();
    }

    static Record control(const AuditStore& store, const QString& ref)
    {
        auto uuid = store.uuidForKey(RecordKind::ServiceControl, ref);
        return uuid ? store.record(RecordKind::ServiceControl, uuid.value()).value() : Record{};
    }

private slots:
    void headersInFiveLanguages()
    {
        const ColumnMapping en = ColumnMapper::guess(TableKind::Controls, englishMatrix());
        QCOMPARE(en.headerRow, 0);
        QCOMPARE(en.fieldOf(0), QStringLiteral("ref"));
        QCOMPARE(en.fieldOf(1), QStringLiteral("description"));
        QCOMPARE(en.fieldOf(2), QStringLiteral("owner"));
        QCOMPARE(en.fieldOf(3), QStringLiteral("frequency"));
        QCOMPARE(en.fieldOf(4), QStringLiteral("automation"));
        QCOMPARE(en.fieldOf(5), QStringLiteral("key_control"));
        QCOMPARE(en.fieldOf(6), QStringLiteral("criteria"));
        const ColumnMapping da = ColumnMapper::guess(
            TableKind::Controls,
            sheet({{"Kontrol nr", "Kontrolbeskrivelse", "Kontrolejer", "Hyppighed", "Nøglekontrol", "Kriterier"}}));
        QCOMPARE(da.fieldOf(0), QStringLiteral("ref"));
        QCOMPARE(da.fieldOf(1), QStringLiteral("description"));
        QCOMPARE(da.fieldOf(2), QStringLiteral("owner"));
        QCOMPARE(da.fieldOf(3), QStringLiteral("frequency"));
        QCOMPARE(da.fieldOf(4), QStringLiteral("key_control"));
        QCOMPARE(da.fieldOf(5), QStringLiteral("criteria"));
        const ColumnMapping de
            = ColumnMapper::guess(TableKind::Controls,
                                  sheet({{"Kontroll-Nr.", "Kontrollbeschreibung", "Häufigkeit", "Manuell/Automatisiert",
                                          "Schlüsselkontrolle", "Kriterien", "Kontrolltyp"}}));
        QCOMPARE(de.fieldOf(0), QStringLiteral("ref"));
        QCOMPARE(de.fieldOf(1), QStringLiteral("description"));
        QCOMPARE(de.fieldOf(2), QStringLiteral("frequency"));
        QCOMPARE(de.fieldOf(3), QStringLiteral("automation"));
        QCOMPARE(de.fieldOf(4), QStringLiteral("key_control"));
        QCOMPARE(de.fieldOf(5), QStringLiteral("criteria"));
        QCOMPARE(de.fieldOf(6), QString()); // preventive/detective, not manual/automated: not guessed
        const ColumnMapping nl = ColumnMapper::guess(
            TableKind::Controls, sheet({{"Beheersmaatregel ID", "Omschrijving", "Eigenaar", "Frequentie",
                                         "Handmatig/Geautomatiseerd", "Kernbeheersmaatregel", "TSC"}}));
        const QStringList expected{"ref", "description", "owner", "frequency", "automation", "key_control", "criteria"};
        for (int column = 0; column < expected.size(); ++column)
            QCOMPARE(nl.fieldOf(column), expected.at(column));
        const ColumnMapping fr = ColumnMapper::guess(
            TableKind::Controls, sheet({{"Référence du contrôle", "Description du contrôle", "Propriétaire", "Fréquence",
                                         "Manuel/Automatisé", "Contrôle clé", "Critères"}}));
        for (int column = 0; column < expected.size(); ++column)
            QCOMPARE(fr.fieldOf(column), expected.at(column));
    }

    void frequencyWordsOnlyWhenUnambiguous_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("value");
        QTest::newRow("Daily") << "Daily"
                               << "daily";
        QTest::newRow("Several times a day") << "Several times a day"
                                             << "multiple-daily";
        QTest::newRow("Multiple times per day") << "Multiple times per day"
                                                << "multiple-daily";
        QTest::newRow("Ad hoc") << "Ad hoc"
                                << "as-needed";
        QTest::newRow("Event-driven") << "Event-driven"
                                      << "as-needed";
        QTest::newRow("As needed") << "As needed"
                                   << "as-needed";
        QTest::newRow("Kvartalsvis") << "Kvartalsvis"
                                     << "quarterly";
        QTest::newRow("Monatlich") << "Monatlich"
                                   << "monthly";
        QTest::newRow("Continuous") << "Continuous"
                                    << "";
        QTest::newRow("Semi-annual") << "Semi-annual"
                                     << "";
        QTest::newRow("Real-time") << "Real-time"
                                   << "";
    }

    void frequencyWordsOnlyWhenUnambiguous()
    {
        QFETCH(QString, word);
        QFETCH(QString, value);
        const auto read = ControlMatrixValues::frequency(word);
        if (value.isEmpty()) {
            QVERIFY(!read);
            QVERIFY2(read.error().contains(word), qPrintable(read.error()));
        } else {
            QVERIFY2(read, qPrintable(word));
            QCOMPARE(read.value(), value);
        }
    }

    void criteriaCheckedAgainstCatalog()
    {
        QStringList problems;
        QCOMPARE(ControlMatrixValues::criteria(QStringLiteral("CC6.1, CC6.2; A1.2 cc 7.1 CC6.1"), &problems),
                 (QStringList{"CC6.1", "CC6.2", "A1.2", "CC7.1"}));
        QVERIFY(problems.isEmpty());
        QCOMPARE(ControlMatrixValues::criteria(QStringLiteral("CC9.9 CC7.1 A.5.15"), &problems), QStringList{"CC7.1"});
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.first().contains(QLatin1String("CC9.9")));
    }

    void dryRunReportsRowsAndWritesNothing()
    {
        auto store = createEngagement(nextPath());
        const ImportPlan plan = planOf(*store, TableKind::Controls, englishMatrix());
        QCOMPARE(plan.rowsRead, 3);
        QCOMPARE(plan.insertCount(), 3);
        QCOMPARE(store->count(RecordKind::ServiceControl).value(), 0); // planning is the dry run: nothing written
        // Row 3: "Continuous" and CC9.9; row 4: "Semi-automated". Each issue names its row and column.
        QCOMPARE(plan.issues.size(), 3);
        QCOMPARE(plan.issues.at(0).row, 3);
        QCOMPARE(plan.issues.at(0).column, QStringLiteral("D"));
        QCOMPARE(plan.issues.at(1).row, 3);
        QCOMPARE(plan.issues.at(1).column, QStringLiteral("G"));
        QVERIFY(plan.issues.at(1).reason.contains(QLatin1String("CC9.9")));
        QCOMPARE(plan.issues.at(2).row, 4);
        QCOMPARE(plan.issues.at(2).value, QStringLiteral("Semi-automated"));
    }

    void importThenReimportUpdatesByRef()
    {
        auto store = createEngagement(nextPath());
        QVERIFY(TableImporter::apply(*store, planOf(*store, TableKind::Controls, englishMatrix())).ok());
        QCOMPARE(store->count(RecordKind::ServiceControl).value(), 3);
        const Record c1 = control(*store, QStringLiteral("CTL-1"));
        QCOMPARE(c1.text("frequency"), QStringLiteral("quarterly"));
        QCOMPARE(c1.text("automation"), QStringLiteral("manual"));
        QCOMPARE(c1.text("owner"), QStringLiteral("CISO"));
        QVERIFY(c1.flag("key_control"));
        QCOMPARE(c1.linked(LinkKind::Criterion), (QStringList{"A1.2", "CC6.1", "CC6.2"}));
        const Record c2 = control(*store, QStringLiteral("CTL-2"));
        QVERIFY(!c2.flag("key_control"));
        QCOMPARE(c2.linked(LinkKind::Criterion), QStringList{"CC7.1"}); // CC9.9 reported, not linked
        QVERIFY(control(*store, QStringLiteral("CTL-3")).flag("key_control")); // "x"

        const SheetTable second = sheet({
            {"Control ID", "Control Title", "Frequency", "Criteria"},
            {"CTL-1", "Quarterly access review", "Monthly", "CC6.3"},
            {"CTL-4", "New control", "Weekly", "CC1.1"},
        });
        const ImportPlan plan = planOf(*store, TableKind::Controls, second);
        QCOMPARE(plan.insertCount(), 1);
        QCOMPARE(plan.updateCount(), 1);
        QVERIFY(TableImporter::apply(*store, plan).ok());
        QCOMPARE(store->count(RecordKind::ServiceControl).value(), 4);
        const Record updated = control(*store, QStringLiteral("CTL-1"));
        QCOMPARE(updated.uuid, c1.uuid);
        QCOMPARE(updated.text("title"), QStringLiteral("Quarterly access review"));
        QCOMPARE(updated.text("frequency"), QStringLiteral("monthly"));
        QCOMPARE(updated.text("owner"), QStringLiteral("CISO")); // not in the second table: kept
        QCOMPARE(updated.linked(LinkKind::Criterion), QStringList{"CC6.3"});
        QVERIFY(TableImporter::revert(*store, plan).ok());
        QCOMPARE(control(*store, QStringLiteral("CTL-1")).text("frequency"), QStringLiteral("quarterly"));
        QCOMPARE(store->count(RecordKind::ServiceControl).value(), 3);
    }

    void refusalsAcrossFrameworks()
    {
        auto iso = Lifecycle::create(nextPath(), {"Nordisk Fragt A/S", "stage2", "Imp", "Logistics", {}, {}});
        QVERIFY(iso);
        auto refused = TableImporter::plan(*iso.value(), TableKind::Controls, englishMatrix(),
                                           ColumnMapper::guess(TableKind::Controls, englishMatrix()));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("SOC 2 engagement")), qPrintable(refused.error()));

        auto engagement = createEngagement(nextPath());
        const SheetTable risks = sheet({{"Risk ID", "Asset", "Threat"}, {"R-1", "Laptop", "Theft"}});
        auto isoTable
            = TableImporter::plan(*engagement, TableKind::Risks, risks, ColumnMapper::guess(TableKind::Risks, risks));
        QVERIFY(!isoTable);
        QVERIFY2(isoTable.error().contains(QLatin1String("ISO/IEC 27001 table")), qPrintable(isoTable.error()));
        QCOMPARE(engagement->count(RecordKind::Risk).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestControlMatrix)
#include "tst_controlmatrix.moc"
