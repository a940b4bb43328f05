// SPDX-License-Identifier: GPL-3.0-or-later
// ValueNormalizer: levels through the client's method, control references (2022 spellings and 2013 numbers),
// treatment words, yes/no, implementation, grades, dates and numbers.
#include "import/ValueNormalizer.h"

#include <QFile>
#include <QTest>

using namespace isoaudit;

class TestValueNormalizer : public QObject
{
    Q_OBJECT

private:
    const QStringList likelihood5 = {"Rare", "Unlikely", "Possible", "Likely", "Almost certain"};
    const QStringList danish4 = {"Lav", "Middel", "Høj", "Meget høj"};

private slots:
    void levels_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<int>("level");
        QTest::newRow("number") << QVariant(3.0) << likelihood5 << 3;
        QTest::newRow("text number") << QVariant("4") << likelihood5 << 4;
        QTest::newRow("number and label") << QVariant("4 - Likely") << likelihood5 << 4;
        QTest::newRow("number, parenthesis") << QVariant("2 (Unlikely)") << likelihood5 << 2;
        QTest::newRow("decimal comma zero") << QVariant("5,0") << likelihood5 << 5;
        QTest::newRow("method label") << QVariant("almost CERTAIN") << likelihood5 << 5;
        QTest::newRow("danish word, 5 levels") << QVariant("Sandsynlig") << likelihood5 << 4;
        QTest::newRow("german word, 5 levels") << QVariant("Möglich") << likelihood5 << 3;
        QTest::newRow("danish rare") << QVariant("Sjælden") << likelihood5 << 1;
        QTest::newRow("client's own labels") << QVariant("Meget høj") << danish4 << 4;
        QTest::newRow("english word on a danish 4-level method") << QVariant("High") << danish4 << 3;
    }
    void levels()
    {
        QFETCH(QVariant, value);
        QFETCH(QStringList, labels);
        QFETCH(int, level);
        auto result = ValueNormalizer::level(value, labels);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result.value(), level);
    }

    void levelRefusals()
    {
        auto above = ValueNormalizer::level(QVariant("6"), likelihood5);
        QVERIFY(!above.ok());
        QVERIFY(above.error().contains(QLatin1String("1 to 5")));
        QVERIFY(!ValueNormalizer::level(QVariant(2.5), likelihood5).ok());
        QVERIFY(!ValueNormalizer::level(QVariant("3.5"), likelihood5).ok());
        auto word = ValueNormalizer::level(QVariant("often"), likelihood5);
        QVERIFY(!word.ok());
        QVERIFY(word.error().contains(QLatin1String("Rare, Unlikely")));
        // Five-level words are not guessed onto a four-level scale.
        QVERIFY(!ValueNormalizer::level(QVariant("Almost certain"), danish4).ok());
    }

    void controlSpellings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("A.5.15") << "A.5.15" << QStringList{"5.15"};
        QTest::newRow("5.15") << "5.15" << QStringList{"5.15"};
        QTest::newRow("A5.15") << "A5.15" << QStringList{"5.15"};
        QTest::newRow("Annex A 5.15") << "Annex A 5.15" << QStringList{"5.15"};
        QTest::newRow("Bilag A") << "Bilag A 8.2" << QStringList{"8.2"};
        QTest::newRow("Anhang A") << "Anhang A.7.11" << QStringList{"7.11"};
        QTest::newRow("list") << "A.5.15, A.8.2; 8.24\nA.5.15" << QStringList{"5.15", "8.2", "8.24"};
        QTest::newRow("with title") << "A.5.23 Information security for use of cloud services" << QStringList{"5.23"};
    }
    void controlSpellings()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        QStringList problems;
        QStringList found;
        for (const auto& ref : ValueNormalizer::controls(text, &problems)) {
            found << ref.id;
            QVERIFY(!ref.from2013);
        }
        QCOMPARE(found, ids);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));
    }

    void numbering2013()
    {
        QStringList problems;
        const auto refs = ValueNormalizer::controls(QStringLiteral("A.9.2.3, A.12.6.1, Annex A 18.1.4"), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(refs.size(), 3);
        QCOMPARE(refs.at(0).id, QStringLiteral("8.2"));
        QCOMPARE(refs.at(0).written, QStringLiteral("A.9.2.3"));
        QVERIFY(refs.at(0).from2013);
        QCOMPARE(refs.at(1).id, QStringLiteral("8.8"));
        QCOMPARE(refs.at(2).id, QStringLiteral("5.34"));
        QCOMPARE(ValueNormalizer::control2022For2013(QStringLiteral("9.2.3")), QStringLiteral("8.2"));
        QCOMPARE(ValueNormalizer::control2022For2013(QStringLiteral("A.99.1.1")), QString());
    }

    void everyLineOfTheShippedCorrespondence()
    {
        QFile file(QStringLiteral(ISOAUDIT_SOURCE_DIR "/resources/catalog/iso27001-2013-to-2022.tsv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        int n = 0;
        for (const QByteArray& line : file.readAll().split('\n')) {
            const QList<QByteArray> cols = line.trimmed().split('\t');
            if (cols.size() != 2 || !cols.at(0).startsWith("A."))
                continue;
            QCOMPARE(ValueNormalizer::control2022For2013(QString::fromLatin1(cols.at(0))),
                     QString::fromLatin1(cols.at(1)));
            ++n;
        }
        QCOMPARE(n, 114); // the 114 controls of ISO/IEC 27001:2013 Annex A
    }

    void controlProblems()
    {
        QStringList problems;
        const auto refs = ValueNormalizer::controls(QStringLiteral("A.5.99, A.8.2, A.9.9.9"), &problems);
        QCOMPARE(refs.size(), 1);
        QCOMPARE(refs.first().id, QStringLiteral("8.2"));
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).contains(QLatin1String("A.5.99 is not an ISO/IEC 27001:2022")));
        QVERIFY(problems.at(1).contains(QLatin1String("A.9.9.9 is not an ISO/IEC 27001:2013")));
        problems.clear();
        QVERIFY(ValueNormalizer::controls(QStringLiteral("firewall"), &problems).isEmpty());
        QCOMPARE(problems.size(), 1);
    }

    void treatments_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("option");
        const QList<std::pair<const char*, const char*>> words = {
            {"Reduce", "mitigate"},     {"Modify", "mitigate"},       {"Mitigate", "mitigate"},
            {"Reducere", "mitigate"},   {"Reduzieren", "mitigate"},   {"Retain", "accept"},
            {"Accept", "accept"},       {"Acceptere", "accept"},      {"Akzeptieren", "accept"},
            {"Avoid", "avoid"},         {"Undgå", "avoid"},           {"Vermeiden", "avoid"},
            {"Share", "transfer"},      {"Transfer", "transfer"},     {"Overføre", "transfer"},
            {"Übertragen", "transfer"}, {"reduce - MFA", "mitigate"},
        };
        for (const auto& [word, option] : words)
            QTest::newRow(word) << QString::fromUtf8(word) << QString::fromUtf8(option);
    }
    void treatments()
    {
        QFETCH(QString, word);
        QFETCH(QString, option);
        auto result = ValueNormalizer::treatment(word);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result.value(), option);
    }

    void otherEnumerations()
    {
        QCOMPARE(ValueNormalizer::applicability(QVariant("Ja")).value(), QStringLiteral("yes"));
        QCOMPARE(ValueNormalizer::applicability(QVariant("Nein")).value(), QStringLiteral("no"));
        QCOMPARE(ValueNormalizer::applicability(QVariant("N/A")).value(), QStringLiteral("no"));
        QCOMPARE(ValueNormalizer::applicability(QVariant("Anwendbar")).value(), QStringLiteral("yes"));
        QCOMPARE(ValueNormalizer::applicability(QVariant(true)).value(), QStringLiteral("yes"));
        QCOMPARE(ValueNormalizer::applicability(QVariant("?")).value(), QStringLiteral("undecided"));
        QVERIFY(!ValueNormalizer::applicability(QVariant("perhaps")).ok());
        QCOMPARE(ValueNormalizer::implementation(QStringLiteral("Delvist")).value(), QStringLiteral("partial"));
        QCOMPARE(ValueNormalizer::implementation(QStringLiteral("Teilweise umgesetzt")).value(),
                 QStringLiteral("partial"));
        QCOMPARE(ValueNormalizer::implementation(QStringLiteral("Ikke implementeret")).value(),
                 QStringLiteral("not-implemented"));
        QCOMPARE(ValueNormalizer::implementation(QStringLiteral("Geplant")).value(), QStringLiteral("planned"));
        QCOMPARE(ValueNormalizer::grade(QStringLiteral("Major NC")).value(), QStringLiteral("major"));
        QCOMPARE(ValueNormalizer::grade(QStringLiteral("Nebenabweichung")).value(), QStringLiteral("minor"));
        QCOMPARE(ValueNormalizer::grade(QStringLiteral("Større afvigelse")).value(), QStringLiteral("major"));
        QCOMPARE(ValueNormalizer::grade(QStringLiteral("Forbedringsmulighed")).value(), QStringLiteral("ofi"));
        QVERIFY(!ValueNormalizer::grade(QStringLiteral("NC")).ok());
        QCOMPARE(ValueNormalizer::boolean(QVariant("ja")).value(), true);
        QCOMPARE(ValueNormalizer::boolean(QVariant("nej")).value(), false);
        QVERIFY(!ValueNormalizer::boolean(QVariant("maybe")).ok());
    }

    void dates()
    {
        QCOMPARE(ValueNormalizer::date(QVariant("2025-03-12")).value(), QDate(2025, 3, 12));
        QCOMPARE(ValueNormalizer::date(QVariant("12.03.2025")).value(), QDate(2025, 3, 12));
        QCOMPARE(ValueNormalizer::date(QVariant("12/3/2025")).value(), QDate(2025, 3, 12));
        QCOMPARE(ValueNormalizer::date(QVariant("12.03.25")).value(), QDate(2025, 3, 12));
        QCOMPARE(ValueNormalizer::date(QVariant("2025-03-12T10:00:00")).value(), QDate(2025, 3, 12));
        QCOMPARE(ValueNormalizer::date(QVariant(QDate(2024, 2, 29))).value(), QDate(2024, 2, 29));
        QCOMPARE(ValueNormalizer::date(QVariant(45658.0)).value(), QDate(2025, 1, 1)); // an unformatted serial
        QVERIFY(!ValueNormalizer::date(QVariant("31.02.2024")).ok());
        QVERIFY(!ValueNormalizer::date(QVariant(3.0)).ok());
    }

    void numbers()
    {
        QCOMPARE(ValueNormalizer::number(QStringLiteral("3,5")), std::optional<double>(3.5));
        QCOMPARE(ValueNormalizer::number(QStringLiteral("3.5")), std::optional<double>(3.5));
        QCOMPARE(ValueNormalizer::number(QStringLiteral("1.234,5")), std::optional<double>(1234.5));
        QCOMPARE(ValueNormalizer::number(QStringLiteral("1,234.5")), std::optional<double>(1234.5));
        QCOMPARE(ValueNormalizer::number(QStringLiteral("1 234,5")), std::optional<double>(1234.5));
        QVERIFY(!ValueNormalizer::number(QStringLiteral("abc")));
        QVERIFY(!ValueNormalizer::number(QString()));
    }
};

QTEST_GUILESS_MAIN(TestValueNormalizer)
#include "tst_valuenormalizer.moc"
