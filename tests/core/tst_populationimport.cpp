// SPDX-License-Identifier: GPL-3.0-or-later
// SOC 2 populations (issue 16, point 4): import from CSV and XLSX, the id and date columns by option or by their
// usual names, rows outside the period flagged or refused, duplicate ids and bad dates refused by row, an empty
// population, the SHA-256 as SampleSelection computes it, a damaged row caught, nothing written on failure.
#include "Soc2Fixture.h"
#include "StoreTestAccess.h"

#include "import/XlsxWriter.h"
#include "sampling/SampleSize.h"
#include "soc2/PopulationImport.h"
#include "soc2/Populations.h"
#include "storage/PopulationTable.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;
using namespace isoaudit::test;

class TestPopulationImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString file(const QByteArray& bytes, const QString& suffix = QStringLiteral("csv"))
    {
        const QString path = m_dir.filePath(QStringLiteral("list%1.%2").arg(++m_files).arg(suffix));
        writeFile(path, bytes);
        return path;
    }
    std::unique_ptr<AuditStore> engagement(QString* control)
    {
        return soc2Engagement(m_dir.filePath(QStringLiteral("e%1.isoaudit").arg(++m_files)), control);
    }
    static PopulationImportOptions options(const QString& control, const QString& path)
    {
        PopulationImportOptions o;
        o.controlUuid = control;
        o.path = path;
        return o;
    }

private slots:
    void csvBySynonymsKeepsOtherColumns()
    {
        QString control;
        auto store = engagement(&control);
        auto r = PopulationImport::run(*store, options(control, file(populationCsv(50))));
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->rows, 50);
        QCOMPARE(r->idColumn, QStringLiteral("Ticket ID"));
        QCOMPARE(r->dateColumn, QStringLiteral("Created On"));
        QVERIFY(r->idColumnFound && r->dateColumnFound);
        QCOMPARE(r->otherColumns, QStringList{QStringLiteral("Owner")});
        auto record = store->record(RecordKind::Population, r->uuid);
        QVERIFY(record);
        QCOMPARE(record->integer(QStringLiteral("row_count")), 50);
        QCOMPARE(QJsonDocument::fromJson(record->text(QStringLiteral("columns")).toUtf8()).array(),
                 QJsonArray{QStringLiteral("Owner")});
        auto page = PopulationTable::rows(*store, r->uuid, 3, 2);
        QVERIFY(page);
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->first().rowNo, 3);
        QCOMPARE(page->first().occurrenceId, QStringLiteral("TX-0003"));
        QCOMPARE(page->first().other, QByteArray(R"(["owner 2"])"));
        // The population record has one trail entry; its rows have none of their own.
        auto entries = store->trailEntries(r->uuid);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QVERIFY(store->verifyTrail().ok);
    }

    void explicitColumnsAndDateFormat()
    {
        QString control;
        auto store = engagement(&control);
        const QString path = file("Ref;When;Note\nA-1;3/4/2024 09:15;x\nA-2;13/12/2024 17:00;y\n");
        auto o = options(control, path);
        o.idColumn = QStringLiteral("Ref");
        o.dateColumn = QStringLiteral("When");
        auto refused = PopulationImport::run(*store, o);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("Row 2"))
                     && refused.error().contains(QLatin1String("--date-format")),
                 qPrintable(refused.error()));
        o.dateFormat = QStringLiteral("d/M/yyyy HH:mm");
        auto r = PopulationImport::run(*store, o);
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(!r->idColumnFound);
        auto page = PopulationTable::rows(*store, r->uuid, 1, 10);
        QCOMPARE(page->at(0).occurredOn, QDate(2024, 4, 3));
        QCOMPARE(page->at(1).occurredOn, QDate(2024, 12, 13));
        QVERIFY(PopulationImport::parseDate(u"2024-02-29T23:59:59+02:00").has_value());
        QVERIFY(!PopulationImport::parseDate(u"2023-02-29").has_value());
        QVERIFY(!PopulationImport::parseDate(u"2024-01-01 noon").has_value());
    }

    void xlsx()
    {
        QString control;
        auto store = engagement(&control);
        const QString path = m_dir.filePath(QStringLiteral("list.xlsx"));
        QList<QVariantList> rows{{QStringLiteral("Change ID"), QStringLiteral("Date"), QStringLiteral("Approver")},
                                 {QStringLiteral("CHG-1"), QDate(2024, 2, 1), QStringLiteral("Ann")},
                                 {QStringLiteral("CHG-2"), QStringLiteral("2024-03-05"), QStringLiteral("Bo")}};
        auto written = XlsxWriter::workbook(rows, QStringLiteral("Changes"));
        QVERIFY2(written, qPrintable(written.error()));
        writeFile(path, written.value());
        auto r = PopulationImport::run(*store, options(control, path));
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->rows, 2);
        QCOMPARE(r->idColumn, QStringLiteral("Change ID"));
        auto frame = Populations::frame(*store, r->uuid);
        QCOMPARE(frame->at(0), (PopulationItem{QStringLiteral("CHG-1"), QDate(2024, 2, 1)}));
    }

    void outOfPeriodFlaggedOrRefused()
    {
        QString control;
        auto store = engagement(&control);
        const QString path = file("id,date\nA,2023-12-31\nB,2024-01-01\nC,2025-01-01\nD,2024-06-30\n");
        auto o = options(control, path);
        o.outside = PopulationImportOptions::Outside::Refuse;
        auto refused = PopulationImport::run(*store, o);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("2 row(s)"))
                     && refused.error().contains(QLatin1String("row 2 (2023-12-31)")),
                 qPrintable(refused.error()));
        QCOMPARE(store->count(RecordKind::Population).value(), 0);
        o.outside = PopulationImportOptions::Outside::Flag;
        auto flagged = PopulationImport::run(*store, o);
        QVERIFY2(flagged, qPrintable(flagged.error()));
        QCOMPARE(flagged->rows, 4);
        QCOMPARE(flagged->outOfPeriod, 2);
        auto record = store->record(RecordKind::Population, flagged->uuid);
        QCOMPARE(record->integer(QStringLiteral("out_of_period")), 2);
        auto frame = Populations::frame(*store, flagged->uuid);
        QCOMPARE(frame->size(), 2);
        QCOMPARE(frame->at(0).id, QStringLiteral("B"));
        QCOMPARE(frame->at(1).id, QStringLiteral("D"));
        QCOMPARE(flagged->sha256, SampleSelection::populationSha256(frame.value()));
    }

    void duplicatesAndBadDatesRefusedByRow_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("duplicate") << QByteArray("id,date\nA,2024-01-01\nB,2024-01-02\nA,2024-01-03\n")
                                   << QStringList{QStringLiteral("Rows 2 and 4"), QStringLiteral("\"A\"")};
        QTest::newRow("unreadable") << QByteArray("id,date\nA,2024-01-01\nB,someday\n")
                                    << QStringList{QStringLiteral("Row 3"), QStringLiteral("someday")};
        QTest::newRow("ambiguous") << QByteArray("id,date\nA,03/04/2024\n")
                                   << QStringList{QStringLiteral("Row 2"), QStringLiteral("day or month")};
        QTest::newRow("no date") << QByteArray("id,date\nA,\n") << QStringList{QStringLiteral("Row 2 has no date")};
        QTest::newRow("no id column") << QByteArray("what,date\nA,2024-01-01\n")
                                      << QStringList{QStringLiteral("--id-column")};
    }
    void duplicatesAndBadDatesRefusedByRow()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, mentions);
        QString control;
        auto store = engagement(&control);
        const QString path = file(csv);
        auto r = PopulationImport::run(*store, options(control, path));
        QVERIFY(!r);
        for (const QString& mention : mentions)
            QVERIFY2(r.error().contains(mention), qPrintable(r.error()));
        // Nothing written: no record, no row, no trail entry; the file read is unchanged.
        QCOMPARE(store->count(RecordKind::Population).value(), 0);
        QSqlQuery rows(StoreTestAccess::db(*store));
        QVERIFY(rows.exec(QStringLiteral("SELECT count(*) FROM population_row")) && rows.next());
        QCOMPARE(rows.value(0).toInt(), 0);
        QFile source(path);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(source.readAll(), csv);
    }

    void emptyPopulationIsNotAPass()
    {
        QString control;
        auto store = engagement(&control);
        auto r = PopulationImport::run(*store, options(control, file("id,date,who\n")));
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->rows, 0);
        QCOMPARE(r->sha256, SampleSelection::populationSha256({}));
        QVERIFY(SampleSize::noOccurrencesMessage().contains(QLatin1String("not occurring")));
    }

    void sha256MatchesSampleSelectionAndDamageIsCaught()
    {
        QString control;
        auto store = engagement(&control);
        auto r = PopulationImport::run(*store, options(control, file(populationCsv(300))));
        QVERIFY2(r, qPrintable(r.error()));
        auto frame = Populations::frame(*store, r->uuid);
        QCOMPARE(frame->size(), 300);
        QCOMPARE(r->sha256, SampleSelection::populationSha256(frame.value()));
        auto record = store->record(RecordKind::Population, r->uuid);
        QVERIFY(Populations::verify(*store, record.value()));
        // Rows are frozen: the schema refuses an UPDATE.
        QSqlQuery query(StoreTestAccess::db(*store));
        QVERIFY(!query.exec(QStringLiteral("UPDATE population_row SET occurrence_id = 'X' WHERE row_no = 5")));
        // A damaged file: a row's date changed behind the trigger's back.
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER population_row_frozen")));
        // A column outside the sampling frame (not the id, not the date) changed: the whole rows' hash catches it.
        QVERIFY(!record->text(QStringLiteral("rows_sha256")).isEmpty());
        QVERIFY(query.exec(QStringLiteral("UPDATE population_row SET other = '[\"someone else\"]' WHERE row_no = 9")));
        const Status otherColumn = Populations::verify(*store, record.value());
        QVERIFY2(!otherColumn && otherColumn.error().contains(QLatin1String("SHA-256 of its rows")),
                 qPrintable(otherColumn.error()));
        QVERIFY(query.exec(QStringLiteral("UPDATE population_row SET occurred_on = '2024-01-02' WHERE row_no = 200")));
        const Status damaged = Populations::verify(*store, record.value());
        QVERIFY(!damaged);
        QVERIFY2(damaged.error().contains(QLatin1String("SHA-256")), qPrintable(damaged.error()));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM population_row WHERE row_no = 7")));
        const Status missing = Populations::verify(*store, record.value());
        QVERIFY2(!missing && missing.error().contains(QLatin1String("row 7 is missing")), qPrintable(missing.error()));
    }

    void completenessAccuracyAndRemovalWhole()
    {
        QString control;
        auto store = engagement(&control);
        auto r = PopulationImport::run(*store, options(control, file(populationCsv(10))));
        QVERIFY(r);
        QVERIFY(Populations::setCompletenessAccuracy(*store, r->uuid,
                                                     QStringLiteral("Reconciled to the ticketing system's count"),
                                                     QStringLiteral("A. Auditor"), QDate(2025, 1, 15)));
        auto record = store->record(RecordKind::Population, r->uuid);
        QCOMPARE(record->text(QStringLiteral("ca_checked_on")), QStringLiteral("2025-01-15"));
        QVERIFY(store->remove(RecordKind::Population, r->uuid));
        QCOMPARE(PopulationTable::count(*store, r->uuid).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPopulationImport)
#include "tst_populationimport.moc"
