// SPDX-License-Identifier: GPL-3.0-or-later
// TableExporter: the SoA, risks, findings and corrective actions as CSV (UTF-8 BOM) and XLSX (bold frozen header,
// autofilter, numbers and dates typed), read back with IsoAudit's own readers; an exported register re-imports.
#include "i18n/Translations.h"
#include "import/ColumnMapper.h"
#include "import/CsvReader.h"
#include "import/TableExporter.h"
#include "import/TableImporter.h"
#include "import/XlsxReader.h"
#include "import/XlsxWriter.h"
#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace isoaudit;

class TestTableExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditStore> m_store;

    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        auto store = Lifecycle::create(path("audit.isoaudit"), {"Nordisk Fragt A/S", "stage2", "Imp", {}, {}, {}});
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = std::move(store.value());
        for (auto [kind, file] :
             {std::pair{TableKind::Risks, "risks-da-semicolon.csv"}, std::pair{TableKind::Soa, "soa-da.xlsx"},
              std::pair{TableKind::Findings, "findings-mixed.csv"}}) {
            auto table = TableImporter::readFile(QStringLiteral(ISOAUDIT_TEST_DATA "/import/") + file, {}, kind);
            QVERIFY(table.ok());
            auto plan = TableImporter::plan(*m_store, kind, table.value(), ColumnMapper::guess(kind, table.value()));
            QVERIFY(plan.ok());
            QVERIFY(TableImporter::apply(*m_store, plan.value()).ok());
        }
        // A risk linked from a finding, and a corrective action with a due date.
        const QString f1 = m_store->uuidForKey(RecordKind::Finding, QStringLiteral("F-1")).value();
        const QString r1 = m_store->uuidForKey(RecordKind::Risk, QStringLiteral("R-01")).value();
        QVERIFY(m_store->setLinks(RecordKind::Finding, f1, LinkKind::Risk, {r1}).ok());
        QVERIFY(m_store->setLinks(RecordKind::Finding, f1, LinkKind::Control, {"5.15"}).ok());
        Record action{RecordKind::CorrectiveAction,
                      {},
                      f1,
                      {{"action", "Start an internal audit programme"}, {"due_date", "2025-06-30"}, {"status", "open"}},
                      {}};
        QVERIFY(m_store->insert(action).ok());
        const QString e515 = m_store->uuidForKey(RecordKind::SoaEntry, QStringLiteral("5.15")).value();
        QVERIFY(m_store->setField(RecordKind::SoaEntry, e515, "verdict", "nonconform").ok());
    }

    void risksCsv()
    {
        QVERIFY(TableExporter::write(*m_store, TableKind::Risks, path("risks.csv")).ok());
        QFile file(path("risks.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "Ref,Asset,Threat"));
        QVERIFY(bytes.contains("\r\n"));
        auto table = CsvReader::parse(bytes);
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table->rows.size(), 6);
        const int score = int(table->rows.first().indexOf(QStringLiteral("Score")));
        const int level = int(table->rows.first().indexOf(QStringLiteral("Level")));
        const int findings = int(table->rows.first().indexOf(QStringLiteral("Findings")));
        QCOMPARE(table->text(1, 0), QStringLiteral("R-01"));
        QCOMPARE(table->text(1, score), QStringLiteral("16"));
        QCOMPARE(table->text(1, level), QStringLiteral("Critical"));
        QCOMPARE(table->text(1, findings), QStringLiteral("F-1"));
        QCOMPARE(table->text(1, 2), QStringLiteral("Uautoriseret adgang; insider")); // quoted on the way out
    }

    void risksAreScoredByTheClientsMethod()
    {
        // R-01 is rated 4 and 4 (16, Critical, as a product): the client adds instead, 4 + 4 = 8.
        const QString method = m_store->riskMethod()->uuid;
        QVERIFY(m_store->setField(RecordKind::RiskMethod, method, "scoring", "sum").ok());
        auto rows = TableExporter::rows(*m_store, TableKind::Risks);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        const int score = int(rows->first().indexOf(QStringLiteral("Score")));
        const int level = int(rows->first().indexOf(QStringLiteral("Level")));
        QCOMPARE(rows->at(1).at(0).toString(), QStringLiteral("R-01"));
        QCOMPARE(rows->at(1).at(score).toInt(), 8);
        QCOMPARE(rows->at(1).at(level).toString(), QStringLiteral("Medium"));
        QVERIFY(m_store->setField(RecordKind::RiskMethod, method, "scoring", "product").ok());
    }

    void soaXlsx()
    {
        QVERIFY(TableExporter::write(*m_store, TableKind::Soa, path("soa.xlsx")).ok());
        auto reader = XlsxReader::open(path("soa.xlsx"));
        QVERIFY2(reader.ok(), qPrintable(reader.error()));
        auto table = reader->sheet();
        QVERIFY(table.ok());
        QCOMPARE(table->rows.size(), 94); // header + every control
        const QVariantList header = table->rows.first();
        QVERIFY(header.contains(QStringLiteral("Auditor's verdict")));
        const int verdict = int(header.indexOf(QStringLiteral("Auditor's verdict")));
        const int findings = int(header.indexOf(QStringLiteral("Findings")));
        const int risks = int(header.indexOf(QStringLiteral("Risks treated")));
        int row515 = -1;
        for (int r = 1; r < table->rows.size(); ++r) {
            if (table->text(r, 0) == QLatin1String("A.5.15"))
                row515 = r;
        }
        QVERIFY(row515 > 0);
        QCOMPARE(table->text(row515, verdict), QStringLiteral("Nonconformity"));
        QCOMPARE(table->text(row515, findings), QStringLiteral("F-1"));
        QCOMPARE(table->text(row515, risks), QStringLiteral("R-01"));
        QCOMPARE(table->text(row515, 1), QStringLiteral("Access control"));
    }

    void actionsXlsxHasTypedCells()
    {
        QVERIFY(TableExporter::write(*m_store, TableKind::Actions, path("actions.xlsx")).ok());
        auto reader = XlsxReader::open(path("actions.xlsx"));
        QVERIFY(reader.ok());
        auto table = reader->sheet();
        QVERIFY(table.ok());
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->text(1, 0), QStringLiteral("F-1"));
        QCOMPARE(table->text(1, 1), QStringLiteral("Major nonconformity"));
        const int due = int(table->rows.first().indexOf(QStringLiteral("Due date")));
        QCOMPARE(table->cell(1, due).typeId(), int(QMetaType::QDate));
        QCOMPARE(table->cell(1, due).toDate(), QDate(2025, 6, 30));
    }

    void layoutForTheClient()
    {
        const QList<QVariantList> rows = {{"Ref", "Score", "Due"}, {"R-1", 12, QDate(2025, 1, 1)}, {"R-2", 3, "x"}};
        const QString xml = QString::fromUtf8(XlsxWriter::sheetXml(rows));
        QVERIFY(xml.contains(QLatin1String("<autoFilter ref=\"A1:C3\"/>")));
        QVERIFY(xml.contains(QLatin1String("state=\"frozen\"")));
        QVERIFY(xml.contains(QLatin1String("ySplit=\"1\"")));
        QVERIFY(xml.contains(QLatin1String("<c r=\"A1\" s=\"1\" t=\"inlineStr\">"))); // the bold header style
        QVERIFY(xml.contains(QLatin1String("<c r=\"B2\"><v>12</v></c>"))); // a number, sortable as one
        QVERIFY(xml.contains(QLatin1String("<c r=\"C2\" s=\"2\"><v>45658</v></c>"))); // a date serial
        QCOMPARE(XlsxWriter::sheetName(QStringLiteral("Risks: [2025]/Q1")), QStringLiteral("Risks 2025Q1"));
    }

    void exportedRegisterImportsAgain()
    {
        QVERIFY(TableExporter::write(*m_store, TableKind::Risks, path("risks.xlsx")).ok());
        auto table = TableImporter::readFile(path("risks.xlsx"), {}, TableKind::Risks);
        QVERIFY(table.ok());
        auto plan = TableImporter::plan(*m_store, TableKind::Risks, table.value(),
                                        ColumnMapper::guess(TableKind::Risks, table.value()));
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->issues.size(), 0);
        QCOMPARE(plan->updateCount(), 5);
        QCOMPARE(plan->insertCount(), 0);
    }

    void exportInEveryLanguageImportsAgain_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("kind");
        for (const char* code : {"da", "de", "nl", "fr"}) {
            QTest::addRow("%s risks", code) << QString::fromLatin1(code) << int(TableKind::Risks);
            QTest::addRow("%s soa", code) << QString::fromLatin1(code) << int(TableKind::Soa);
            QTest::addRow("%s findings", code) << QString::fromLatin1(code) << int(TableKind::Findings);
        }
    }
    void exportInEveryLanguageImportsAgain()
    {
        // An auditor with a Dutch workbench exports the register ("Beperken", "Ja", ...) and imports it again: every
        // value the export wrote is read back, whatever the language, and its translated headers ("Håndtering") are
        // read as the English ones: the columns are guessed from the translated file itself and land on the same
        // fields as the English export's.
        QFETCH(QString, language);
        QFETCH(int, kind);
        const auto tableKind = TableKind(kind);
        QVERIFY(TableExporter::write(*m_store, tableKind, path("english.csv")).ok());
        auto english = TableImporter::readFile(path("english.csv"), {}, tableKind);
        QVERIFY(english.ok());
        std::unique_ptr<QTranslator> translator(Translations::load(language));
        QVERIFY(translator);
        QVERIFY(QCoreApplication::installTranslator(translator.get()));
        const Status written = TableExporter::write(*m_store, tableKind, path("translated.csv"));
        QCoreApplication::removeTranslator(translator.get());
        QVERIFY(written.ok());
        auto translated = TableImporter::readFile(path("translated.csv"), {}, tableKind);
        QVERIFY(translated.ok());
        QVERIFY(translated->rows != english->rows); // the export really is in another language
        const ColumnMapping englishMapping = ColumnMapper::guess(tableKind, english.value());
        const ColumnMapping translatedMapping = ColumnMapper::guess(tableKind, translated.value());
        QCOMPARE(translatedMapping.headerRow, englishMapping.headerRow);
        QCOMPARE(translatedMapping.columns, englishMapping.columns);
        auto plan = TableImporter::plan(*m_store, tableKind, translated.value(), translatedMapping);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QStringList issues;
        for (const auto& issue : plan->issues)
            issues << QStringLiteral("%1 %2: %3 (%4)").arg(issue.column, issue.value, issue.reason, issue.header);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.join(QLatin1Char('\n'))));
        QCOMPARE(plan->insertCount(), 0);
    }

    void refusals()
    {
        const Status badSuffix = TableExporter::write(*m_store, TableKind::Risks, path("risks.txt"));
        QVERIFY(!badSuffix.ok());
        QVERIFY(badSuffix.error().contains(QLatin1String(".xlsx or .csv")));
        QVERIFY(!QFile::exists(path("risks.txt")));
        const Status noFolder = TableExporter::write(*m_store, TableKind::Soa, path("missing/soa.xlsx"));
        QVERIFY(!noFolder.ok());
        QVERIFY(noFolder.error().contains(QLatin1String("soa.xlsx")));
    }

    void failedExportKeepsTheOldFile()
    {
        QFile old(path("keep.csv"));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content");
        old.close();
        QVERIFY(!TableExporter::writeCsv({{"a"}}, path("keep.csv/nested")).ok());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old content"));
    }
};

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
