// SPDX-License-Identifier: GPL-3.0-or-later
// ColumnMapper: header words in English, Danish and German, group headers, the header row, saved mappings.
#include "import/ColumnMapper.h"
#include "import/CsvReader.h"
#include "import/XlsxReader.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestColumnMapper : public QObject
{
    Q_OBJECT

private slots:
    void normalize()
    {
        QCOMPARE(ColumnMapper::normalize(QStringLiteral("  Risiko-Eigentümer ")), QStringLiteral("risiko eigentumer"));
        QCOMPARE(ColumnMapper::normalize(QStringLiteral("Sårbarhed")), QStringLiteral("sarbarhed"));
        QCOMPARE(ColumnMapper::normalize(QStringLiteral("Maßnahme")), QStringLiteral("massnahme"));
        QCOMPARE(ColumnMapper::normalize(QStringLiteral("Bemærkninger")), QStringLiteral("bemaerkninger"));
        QCOMPARE(ColumnMapper::normalize(QStringLiteral("Ø-Ejer")), QStringLiteral("o ejer"));
    }

    void synonyms_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("field");
        const int risks = int(TableKind::Risks);
        const int soa = int(TableKind::Soa);
        const int findings = int(TableKind::Findings);
        QTest::newRow("en likelihood") << risks << "Likelihood"
                                       << "likelihood";
        QTest::newRow("da likelihood") << risks << "Sandsynlighed"
                                       << "likelihood";
        QTest::newRow("de likelihood") << risks << "Eintrittswahrscheinlichkeit"
                                       << "likelihood";
        QTest::newRow("en impact") << risks << "Impact"
                                   << "impact";
        QTest::newRow("da impact") << risks << "Konsekvens"
                                   << "impact";
        QTest::newRow("de impact") << risks << "Auswirkung"
                                   << "impact";
        QTest::newRow("en owner") << risks << "Risk owner"
                                  << "owner";
        QTest::newRow("da owner") << risks << "Ejer"
                                  << "owner";
        QTest::newRow("de owner") << risks << "Eigentümer"
                                  << "owner";
        QTest::newRow("de owner ue") << risks << "Risikoeigentümer"
                                     << "owner";
        QTest::newRow("en control") << risks << "Annex A controls"
                                    << "controls";
        QTest::newRow("da control") << risks << "Kontrol"
                                    << "controls";
        QTest::newRow("de control") << risks << "Maßnahme"
                                    << "controls";
        QTest::newRow("asset da") << risks << "Aktiv"
                                  << "asset";
        QTest::newRow("asset de") << risks << "Vermögenswert"
                                  << "asset";
        QTest::newRow("threat") << risks << "Trussel"
                                << "threat";
        QTest::newRow("threat de") << risks << "Bedrohung"
                                   << "threat";
        QTest::newRow("vulnerability da") << risks << "Sårbarhed"
                                          << "vulnerability";
        QTest::newRow("vulnerability de") << risks << "Schwachstelle"
                                          << "vulnerability";
        QTest::newRow("treatment da") << risks << "Behandling"
                                      << "treatment";
        QTest::newRow("treatment de") << risks << "Behandlung"
                                      << "treatment";
        QTest::newRow("treatment plan beats treatment") << risks << "Treatment plan"
                                                        << "treatment_plan";
        QTest::newRow("residual en") << risks << "Residual likelihood"
                                     << "residual_likelihood";
        QTest::newRow("residual group") << risks << "Residual risk Impact"
                                        << "residual_impact";
        QTest::newRow("residual da compound") << risks << "Restsandsynlighed"
                                              << "residual_likelihood";
        QTest::newRow("after treatment") << risks << "Likelihood after treatment"
                                         << "residual_likelihood";
        QTest::newRow("gross is not residual") << risks << "Bruttorisiko Auswirkung"
                                               << "impact";
        QTest::newRow("score ignored") << risks << "Risk score"
                                       << "";
        QTest::newRow("unknown") << risks << "Colour of the sky"
                                 << "";
        QTest::newRow("soa applicable da") << soa << "Relevant"
                                           << "applicable";
        QTest::newRow("soa applicable de") << soa << "Anwendbar"
                                           << "applicable";
        QTest::newRow("soa justification da") << soa << "Begrundelse"
                                              << "justification";
        QTest::newRow("soa justification de") << soa << "Begründung"
                                              << "justification";
        QTest::newRow("soa control de") << soa << "Maßnahme"
                                        << "control_id";
        QTest::newRow("soa control title is not the control") << soa << "Control title"
                                                              << "";
        QTest::newRow("soa implementation de") << soa << "Umsetzungsstatus"
                                               << "implementation";
        QTest::newRow("finding grade") << findings << "Type"
                                       << "grade";
        QTest::newRow("finding evidence de") << findings << "Objektiver Nachweis"
                                             << "objective_evidence";
        // The export's own headers in another language (issue 19): Danish "Håndtering" is the treatment column,
        // French "Relevé le" the date a finding was raised.
        QTest::newRow("exported da treatment") << risks << QStringLiteral("Håndtering") << "treatment";
        QTest::newRow("exported da treatment plan") << risks << QStringLiteral("Håndteringsplan") << "treatment_plan";
        QTest::newRow("exported fr raised on") << findings << QStringLiteral("Relevé le") << "raised_on";
    }
    void synonyms()
    {
        QFETCH(int, kind);
        QFETCH(QString, header);
        QFETCH(QString, field);
        QCOMPARE(ColumnMapper::match(TableKind(kind), header), field);
    }

    void headerRowBelowTitleAndGroups()
    {
        auto reader = XlsxReader::open(QStringLiteral(ISOAUDIT_TEST_DATA "/import/risks-de.xlsx"));
        QVERIFY(reader.ok());
        auto table = reader->sheet(QStringLiteral("Risiken"));
        QVERIFY(table.ok());
        const ColumnMapping mapping = ColumnMapper::guess(TableKind::Risks, table.value());
        QCOMPARE(mapping.headerRow, 2);
        const QStringList headers = ColumnMapper::headers(table.value(), 2);
        QCOMPARE(headers.at(4), QStringLiteral("Bruttorisiko Wahrscheinlichkeit"));
        QCOMPARE(headers.at(7), QStringLiteral("Restrisiko Wahrscheinlichkeit"));
        QCOMPARE(headers.at(0), QStringLiteral("Nr.")); // the full-width title is not a group header
        QCOMPARE(mapping.fieldOf(0), QStringLiteral("ref"));
        QCOMPARE(mapping.fieldOf(4), QStringLiteral("likelihood"));
        QCOMPARE(mapping.fieldOf(5), QStringLiteral("impact"));
        QCOMPARE(mapping.fieldOf(7), QStringLiteral("residual_likelihood"));
        QCOMPARE(mapping.fieldOf(8), QStringLiteral("residual_impact"));
        QCOMPARE(mapping.fieldOf(9), QStringLiteral("controls"));
        QCOMPARE(mapping.fieldOf(10), QStringLiteral("last_reviewed"));
        QCOMPARE(mapping.fieldOf(11), QStringLiteral("residual_accepted"));
    }

    void eachFieldOnce()
    {
        auto table = CsvReader::parse("Likelihood,Probability,Impact\n1,2,3\n");
        QVERIFY(table.ok());
        const ColumnMapping mapping = ColumnMapper::guess(TableKind::Risks, table.value());
        QCOMPARE(mapping.fieldOf(0), QStringLiteral("likelihood"));
        QCOMPARE(mapping.fieldOf(1), QString());
        QCOMPARE(mapping.columnOf(QStringLiteral("impact")), 2);
    }

    void savedMappingFollowsMovedColumns()
    {
        auto first = CsvReader::parse("Nummer;Farlighed;Hyppighed;Ting\nR1;3;2;Server\n");
        QVERIFY(first.ok());
        ColumnMapping mapping = ColumnMapper::guess(TableKind::Risks, first.value());
        QCOMPARE(mapping.fieldOf(1), QString()); // "Farlighed" is no synonym: the auditor maps it by hand
        mapping.columns.insert(1, QStringLiteral("impact"));
        mapping.columns.insert(2, QStringLiteral("likelihood"));
        mapping.columns.insert(3, QStringLiteral("asset"));
        const QJsonObject json = mapping.toJson(ColumnMapper::headers(first.value(), 0));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("map.json"));
        QVERIFY(ColumnMapper::saveFile(path, json).ok());
        auto loaded = ColumnMapper::loadFile(path);
        QVERIFY(loaded.ok());
        // The next export has a title row and the columns in another order.
        auto next = CsvReader::parse("Risici 2026;;;\nTing;Hyppighed;Nummer;Farlighed\nServer;4;R9;1\n");
        QVERIFY(next.ok());
        auto again = ColumnMapper::fromJson(TableKind::Risks, next.value(), loaded.value());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->headerRow, 1);
        QCOMPARE(again->fieldOf(0), QStringLiteral("asset"));
        QCOMPARE(again->fieldOf(1), QStringLiteral("likelihood"));
        QCOMPARE(again->fieldOf(2), QStringLiteral("ref"));
        QCOMPARE(again->fieldOf(3), QStringLiteral("impact"));
    }

    void savedMappingWithUnknownField()
    {
        auto table = CsvReader::parse("A,B\n1,2\n");
        QVERIFY(table.ok());
        const QJsonObject json = QJsonDocument::fromJson(R"({"columns":{"A":"colour"}})").object();
        auto mapping = ColumnMapper::fromJson(TableKind::Risks, table.value(), json);
        QVERIFY(!mapping.ok());
        QVERIFY2(mapping.error().contains(QLatin1String("\"colour\"")), qPrintable(mapping.error()));
    }

    void noHeaderRow()
    {
        auto table = CsvReader::parse("1,2,3\n4,5,6\n");
        QVERIFY(table.ok());
        QCOMPARE(ColumnMapper::guess(TableKind::Soa, table.value()).headerRow, -1);
    }
};

QTEST_GUILESS_MAIN(TestColumnMapper)
#include "tst_columnmapper.moc"
