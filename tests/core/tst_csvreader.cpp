// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader: encodings, delimiters, quoting, line ends, and files that are not CSV.
#include "import/CsvReader.h"

#include <QTest>

using namespace isoaudit;

class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    static QString data(const char* name)
    {
        return QStringLiteral(ISOAUDIT_TEST_DATA "/import/") + QLatin1String(name);
    }

private slots:
    void danishSemicolonUtf8Bom()
    {
        auto table = CsvReader::read(data("risks-da-semicolon.csv"));
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QVERIFY(table->source.contains(QLatin1String("UTF-8 with BOM")));
        QVERIFY(table->source.contains(QLatin1String("semicolon")));
        QCOMPARE(table->rows.size(), 6);
        QCOMPARE(table->text(0, 0), QStringLiteral("Risiko-ID")); // the BOM is not part of the first header
        QCOMPARE(table->text(0, 3), QStringLiteral("Sårbarhed"));
        // Quoted fields keep embedded delimiters, doubled quotes and line breaks.
        QCOMPARE(table->text(1, 2), QStringLiteral("Uautoriseret adgang; insider"));
        QCOMPARE(table->text(1, 10), QStringLiteral("Se \"Adgangspolitik\"\nversion 3"));
        QCOMPARE(table->text(1, 7), QStringLiteral("12,5")); // decimal comma stays text for the normalizer
        QCOMPARE(table->text(5, 4), QStringLiteral("IT-chef"));
    }

    void germanUtf16LeTabs()
    {
        auto table = CsvReader::read(data("risks-de-unicode.txt"));
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QVERIFY(table->source.contains(QLatin1String("UTF-16 LE")));
        QVERIFY(table->source.contains(QLatin1String("tab")));
        QCOMPARE(table->rows.size(), 5);
        QCOMPARE(table->text(0, 4), QStringLiteral("Risikoeigentümer"));
        QCOMPARE(table->text(2, 7), QStringLiteral("Übertragen"));
        QCOMPARE(table->columnCount(), 11);
    }

    void utf16BigEndian()
    {
        auto table = CsvReader::read(data("risks-utf16be.csv"));
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QVERIFY(table->source.contains(QLatin1String("UTF-16 BE")));
        QCOMPARE(table->text(1, 1), QStringLiteral("Café server"));
    }

    void windows1252()
    {
        auto table = CsvReader::read(data("risks-cp1252.csv"));
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QVERIFY(table->source.contains(QLatin1String("Windows-1252")));
        QCOMPARE(table->text(1, 2), QStringLiteral("Søren Ærø"));
        QCOMPARE(table->text(1, 5), QStringLiteral("Budget 5.000 € – godkendt")); // 0x80 and 0x96
        QCOMPARE(table->text(2, 5), QStringLiteral("„citat“"));
    }

    void windows1252Table()
    {
        QCOMPARE(CsvReader::decodeWindows1252("\x80\x8a\x9f\xe6\x81"), QStringLiteral("€ŠŸæ\uFFFD"));
    }

    void lineEndsAndDelimiters_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma LF") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << QChar(u',');
        QTest::newRow("semicolon CRLF, decimal comma")
            << QByteArray("a;b;c\r\n1,5;2,5;3\r\n4;5,25;6\r\n") << QChar(u';');
        QTest::newRow("tab CR") << QByteArray("a\tb\tc\r1\t2\t3\r4\t5\t6") << QChar(u'\t');
    }
    void lineEndsAndDelimiters()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, delimiter);
        auto table = CsvReader::parse(bytes, QStringLiteral("t.csv"));
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table->rows.size(), 3);
        QCOMPARE(table->columnCount(), 3);
        QCOMPARE(table->text(0, 2), QStringLiteral("c"));
        QCOMPARE(table->rows.at(2).size(), 3);
        QCOMPARE(CsvReader::detectDelimiter(QString::fromUtf8(bytes)), delimiter);
    }

    void quotedFields()
    {
        auto table = CsvReader::parse("ref,text\r\nR1,\"a, \"\"b\"\"\r\nc\"\r\nR2,  plain  \r\n");
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table->rows.size(), 3);
        QCOMPARE(table->text(1, 1), QStringLiteral("a, \"b\"\r\nc"));
        QCOMPARE(table->cell(2, 1).toString(), QStringLiteral("plain")); // unquoted fields are trimmed
    }

    void blankLinesKeepRowNumbers()
    {
        auto table = CsvReader::parse("a,b\n\n1,2\n");
        QVERIFY(table.ok());
        QCOMPARE(table->rows.size(), 3);
        QVERIFY(table->isBlankRow(1));
        QCOMPARE(table->text(2, 1), QStringLiteral("2"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "empty.csv"
                               << "is empty";
        QTest::newRow("binary") << "not-a-spreadsheet.csv"
                                << "not a text table";
        QTest::newRow("unclosed quote") << "unclosed-quote.csv"
                                        << "Row 2 opens a quoted field that is never closed";
        QTest::newRow("a workbook") << "risks-de.xlsx"
                                    << "zip archive";
        QTest::newRow("missing") << "no-such-file.csv"
                                 << "Could not open no-such-file.csv";
    }
    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        auto table = CsvReader::read(QStringLiteral(ISOAUDIT_TEST_DATA "/import/") + file);
        QVERIFY(!table.ok());
        QVERIFY2(table.error().contains(message), qPrintable(table.error()));
    }

    void whitespaceOnlyIsEmpty()
    {
        auto table = CsvReader::parse("  \r\n\r\n", QStringLiteral("blank.csv"));
        QVERIFY(!table.ok());
        QVERIFY(table.error().contains(QLatin1String("blank.csv is empty")));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
