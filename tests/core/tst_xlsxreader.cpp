// SPDX-License-Identifier: GPL-3.0-or-later
// XlsxReader: sheets, shared and inline strings, numbers, dates, merged cells, damaged and foreign files.
#include "import/XlsxReader.h"

#include <QDate>
#include <QFile>
#include <QTest>

using namespace isoaudit;

class TestXlsxReader : public QObject
{
    Q_OBJECT

private:
    static QString data(const char* name)
    {
        return QStringLiteral(ISOAUDIT_TEST_DATA "/import/") + QLatin1String(name);
    }

private slots:
    void listsEverySheet()
    {
        auto reader = XlsxReader::open(data("risks-de.xlsx"));
        QVERIFY2(reader.ok(), qPrintable(reader.error()));
        QCOMPARE(reader->sheetNames(), QStringList({"Methode", "Risiken"}));
        auto first = reader->sheet();
        QVERIFY(first.ok());
        QCOMPARE(first->name, QStringLiteral("Methode"));
    }

    void cellsOfEveryType()
    {
        auto reader = XlsxReader::open(data("risks-de.xlsx"));
        QVERIFY(reader.ok());
        auto table = reader->sheet(QStringLiteral("risiken")); // names match case-insensitively
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table->rows.size(), 6);
        QCOMPARE(table->text(2, 0), QStringLiteral("Nr.")); // shared string
        QCOMPARE(table->text(2, 1), QStringLiteral("Vermögenswert")); // shared rich text, two runs
        QCOMPARE(table->text(3, 2), QStringLiteral("Ransomware")); // inline string
        QCOMPARE(table->cell(3, 4).typeId(), int(QMetaType::Double));
        QCOMPARE(table->cell(3, 4).toDouble(), 4.0);
        QCOMPARE(table->cell(3, 10).typeId(), int(QMetaType::QDate)); // date-styled serial
        QCOMPARE(table->cell(3, 10).toDate(), QDate(2025, 3, 1));
        QCOMPARE(table->cell(5, 10).toDate(), QDate(2025, 2, 12)); // a fraction of a day is dropped
        QCOMPARE(table->cell(3, 11).typeId(), int(QMetaType::Bool));
        QCOMPARE(table->cell(3, 11).toBool(), true);
        QCOMPARE(table->text(3, 9), QStringLiteral("A.8.7, A.8.13"));
    }

    void mergedCellsAreFilled()
    {
        auto reader = XlsxReader::open(data("risks-de.xlsx"));
        QVERIFY(reader.ok());
        auto table = reader->sheet(QStringLiteral("Risiken"));
        QVERIFY(table.ok());
        QCOMPARE(table->merged.size(), 3);
        QCOMPARE(table->text(1, 4), QStringLiteral("Bruttorisiko"));
        QCOMPARE(table->text(1, 5), QStringLiteral("Bruttorisiko")); // E2:F2
        QCOMPARE(table->text(1, 8), QStringLiteral("Restrisiko")); // H2:I2
        QCOMPARE(table->text(1, 6), QString()); // G2 is outside both
        QCOMPARE(table->text(0, 11), QStringLiteral("Risikoregister 2025")); // A1:L1
    }

    void danishSoaSheet()
    {
        auto reader = XlsxReader::open(data("soa-da.xlsx"));
        QVERIFY(reader.ok());
        QCOMPARE(reader->sheetNames(), QStringList({"Forside", "SoA"}));
        auto cover = reader->sheet(QStringLiteral("Forside"));
        QVERIFY(cover.ok());
        QCOMPARE(cover->cell(1, 1).toDate(), QDate(2025, 4, 1)); // custom format 165 "dd/mm/yyyy;@"
        auto soa = reader->sheet(QStringLiteral("SoA"));
        QVERIFY(soa.ok());
        QCOMPARE(soa->rows.size(), 3 + 90);
        QCOMPARE(soa->text(2, 4), QStringLiteral("Implementeret"));
    }

    void serialDates()
    {
        QCOMPARE(XlsxReader::dateFromSerial(1), QDate(1900, 1, 1));
        QCOMPARE(XlsxReader::dateFromSerial(59), QDate(1900, 2, 28));
        QCOMPARE(XlsxReader::dateFromSerial(61), QDate(1900, 3, 1)); // after Excel's phantom 29 February 1900
        QCOMPARE(XlsxReader::dateFromSerial(45658), QDate(2025, 1, 1));
        QCOMPARE(XlsxReader::dateFromSerial(0, true), QDate());
        QCOMPARE(XlsxReader::dateFromSerial(1, true), QDate(1904, 1, 2));
        QVERIFY(!XlsxReader::dateFromSerial(-3).isValid());
        QVERIFY(!XlsxReader::dateFromSerial(1e12).isValid());
    }

    void dateFormats()
    {
        QVERIFY(XlsxReader::isDateFormat(14, {}));
        QVERIFY(XlsxReader::isDateFormat(22, {}));
        QVERIFY(!XlsxReader::isDateFormat(0, {}));
        QVERIFY(!XlsxReader::isDateFormat(20, {})); // h:mm is a time
        QVERIFY(XlsxReader::isDateFormat(165, QStringLiteral("dd/mm/yyyy;@")));
        QVERIFY(XlsxReader::isDateFormat(166, QStringLiteral("[$-406]d. mmmm yyyy")));
        QVERIFY(!XlsxReader::isDateFormat(167, QStringLiteral("0.00 \"days\"")));
        QVERIFY(!XlsxReader::isDateFormat(168, QStringLiteral("[Red]0.00")));
        QVERIFY(!XlsxReader::isDateFormat(169, QStringLiteral("mm:ss")));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("text renamed") << "not-a-spreadsheet.xlsx"
                                      << "not a zip archive";
        QTest::newRow("zip, no workbook") << "not-a-workbook.xlsx"
                                          << "has no xl/workbook.xml";
        QTest::newRow("empty") << "empty.csv"
                               << "is empty";
        QTest::newRow("missing") << "nothing-here.xlsx"
                                 << "Could not open nothing-here.xlsx";
    }
    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        auto reader = XlsxReader::open(QStringLiteral(ISOAUDIT_TEST_DATA "/import/") + file);
        QVERIFY(!reader.ok());
        QVERIFY2(reader.error().contains(message), qPrintable(reader.error()));
    }

    void missingSheetNamesTheSheets()
    {
        auto reader = XlsxReader::open(data("soa-da.xlsx"));
        QVERIFY(reader.ok());
        auto sheet = reader->sheet(QStringLiteral("Risici"));
        QVERIFY(!sheet.ok());
        QVERIFY2(sheet.error().contains(QLatin1String("no sheet \"Risici\"; its sheets are: Forside, SoA")),
                 qPrintable(sheet.error()));
    }

    void truncatedArchive()
    {
        QFile file(data("soa-da.xlsx"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        auto reader = XlsxReader::openData(bytes.left(bytes.size() / 2), QStringLiteral("half.xlsx"));
        QVERIFY(!reader.ok());
        QVERIFY2(reader.error().startsWith(QLatin1String("half.xlsx")), qPrintable(reader.error()));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
