// SPDX-License-Identifier: GPL-3.0-or-later
// The demo audit's report in Danish, German, Dutch and French reads as if a native auditor wrote it: no English
// that the catalogue translates ("Annex A" in the topics), no ISO dates in running text, no stored spellings
// ("do-not-recommend"), French spacing where the code joins text (ReportLeftovers.h is the check, and it is shown
// to fail when a leftover is put back); the sentences issue 19 lists read as it lists them; and the certification
// body's wording of the grades (Preferences) is printed throughout when chosen, never mixed with the standard's.
#include "ReportLeftovers.h"

#include "demo/DemoAudit.h"
#include "i18n/ReportLanguage.h"
#include "i18n/Translations.h"
#include "report/ReportData.h"
#include "report/ReportText.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace isoaudit;
using namespace reportwording;

class TestReportWording : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AuditStore> m_store;
    ReportData m_data;
    QStringList m_dataTexts;
    // The SOC 2 demo engagement's report (Soc2Report), checked by the same rules.
    std::unique_ptr<AuditStore> m_soc2Store;
    ReportData m_soc2Data;
    QStringList m_soc2DataTexts;

    ReportDocument report(const QString& language, bool bodyWording = false) const
    {
        ReportOptions options;
        options.language = language;
        options.bodyWording = bodyWording;
        return ReportDocument::build(m_data, options);
    }

    /// The report's own words in one string: the audit's data cut out.
    QString ownText(const QString& language, bool bodyWording = false) const
    {
        QString text = texts(report(language, bodyWording)).join(QChar(0x0001));
        for (const QString& word : m_dataTexts)
            text.replace(word, QStringLiteral("\u2026"));
        return text;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto path = DemoAudit::ensure(m_dir.path());
        QVERIFY2(path.ok(), qPrintable(path.error()));
        auto store = AuditStore::open(path.value(), AuditDatabase::Mode::ReadOnly);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = std::move(store.value());
        auto data = ReportData::load(*m_store);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        m_data = data.value();
        m_dataTexts = dataTexts(*m_store);
        QVERIFY(m_dataTexts.size() > 100);
        // The demo has what the check looks for: control topics, evidence dates, every grade.
        QVERIFY(!m_data.interviews.isEmpty() && !m_data.interviews.first().controls.isEmpty());
        QVERIFY(!m_data.evidence.isEmpty() && !m_data.evidence.first().collectedOn.isEmpty());
        QVERIFY(m_data.findingCount(QStringLiteral("major")) > 0);

        auto soc2Path = DemoAudit::ensure(m_dir.path(), DemoAudit::Which::Soc2);
        QVERIFY2(soc2Path.ok(), qPrintable(soc2Path.error()));
        auto soc2Store = AuditStore::open(soc2Path.value(), AuditDatabase::Mode::ReadOnly);
        QVERIFY2(soc2Store.ok(), qPrintable(soc2Store.error()));
        m_soc2Store = std::move(soc2Store.value());
        auto soc2Data = ReportData::load(*m_soc2Store);
        QVERIFY2(soc2Data.ok(), qPrintable(soc2Data.error()));
        m_soc2Data = soc2Data.value();
        m_soc2DataTexts = dataTexts(*m_soc2Store);
        QVERIFY(m_soc2DataTexts.size() > 50);
    }

    void noLeftovers_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("bodyWording");
        for (const QString& code : Translations::languages()) {
            if (code == QLatin1String("en"))
                continue;
            QTest::addRow("%s", qPrintable(code)) << code << false;
            QTest::addRow("%s, body's wording", qPrintable(code)) << code << true;
        }
    }
    void noLeftovers()
    {
        QFETCH(QString, language);
        QFETCH(bool, bodyWording);
        const QStringList found
            = leftovers(texts(report(language, bodyWording)), language, m_dataTexts, catalogue(language));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void noLeftoversInTheSoc2Report_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& code : Translations::languages()) {
            if (code != QLatin1String("en"))
                QTest::addRow("%s", qPrintable(code)) << code;
        }
    }
    void noLeftoversInTheSoc2Report()
    {
        QFETCH(QString, language);
        ReportOptions options;
        options.language = language;
        const ReportDocument doc = ReportDocument::build(m_soc2Data, options);
        // It is the SOC 2 report: its sections, not the ISO audit report's.
        QVERIFY(texts(ReportDocument::build(m_soc2Data, ReportOptions{})).join(QLatin1Char('\n'))
                    .contains(QLatin1String("SOC 2")));
        const QStringList found = leftovers(texts(doc), language, m_soc2DataTexts, catalogue(language));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void theCheckFailsWhenALeftoverIsPutBack_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("leftover");
        QTest::newRow("Annex A") << "de"
                                 << "4.2, 9.1; Annex A 5.5";
        QTest::newRow("ISO date") << "nl"
                                  << "2031-02-17\nKaren Østergaard";
        QTest::newRow("stored spelling") << "de"
                                         << "Die Empfehlung lautet do-not-recommend.";
        QTest::newRow("untranslated message") << "da"
                                              << "Executive summary and conclusion";
        QTest::newRow("French spacing") << "fr"
                                        << "Constats de l'audit : 1";
    }
    void theCheckFailsWhenALeftoverIsPutBack()
    {
        QFETCH(QString, language);
        QFETCH(QString, leftover);
        QStringList all = texts(report(language));
        const Catalogue words = catalogue(language);
        QVERIFY(leftovers(all, language, m_dataTexts, words).isEmpty());
        all << leftover;
        QCOMPARE(leftovers(all, language, m_dataTexts, words).size(), 1);
    }

    void annexAInTheReportsLanguage()
    {
        // The topics are written when the report is built, in its language (they were written on loading, in the
        // UI's, before).
        const QHash<QString, QString> annexA{
            {"da", "Anneks A"}, {"de", "Anhang A"}, {"nl", "bijlage A"}, {"fr", "Annexe A"}, {"en", "Annex A"}};
        for (auto it = annexA.cbegin(); it != annexA.cend(); ++it) {
            const ReportLanguage::Scope scope(it.key());
            const QString topics = ReportText::requirements({QStringLiteral("5.2")}, {QStringLiteral("5.1")});
            QVERIFY2(topics.contains(it.value() + QStringLiteral(" 5.1")), qPrintable(topics));
        }
        const ReportLanguage::Scope scope(QStringLiteral("fr"));
        QCOMPARE(ReportText::requirements({QStringLiteral("5.2")}, {QStringLiteral("5.1")}),
                 QStringLiteral("5.2\u00A0; Annexe A 5.1"));
        QCOMPARE(ReportText::requirements({}, {}), QStringLiteral("—"));
    }

    void sentencesReadAsListed_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("de") << "de"
                            << QStringList{"ein Stufe-2-Audit nach", "beschreibt sie im Einzelnen",
                                           "3 weisen eine Nichtkonformität auf", "Restrisiko",
                                           "Erklärung zur Anwendbarkeit"}
                            << QStringList{"gegen ISO",
                                           "gibt jede vollständig wieder",
                                           "liegt eine Nichtkonformität vor",
                                           "Restwert",
                                           "empfangen wurde",
                                           "Technischer Reviewer",
                                           "Schw."};
        QTest::newRow("fr") << "fr"
                            << QStringList{"un audit d'étape 2 chez … selon la norme …",
                                           "L'audit a relevé 1 non-conformité majeure, 4 non-conformités mineures",
                                           "Piste de progrès"}
                            << QStringList{"au regard de", "Exigences d'articles",
                                           "Constats de l'audit :", "Piste d'amélioration", "Émis"};
        QTest::newRow("da") << "da" << QStringList{"Indstilling til certificering", "anvendelseserklæring"}
                            << QStringList{"Anbefaling vedrørende certificering", "SoA"};
        QTest::newRow("nl") << "nl" << QStringList{"en daarbij getoetst aan …", "3 vertonen een afwijking"}
                            << QStringList{"uitgevoerd tegen", "vertonen er 1", "periodieke audit",
                                           "hercertificatieaudit"};
    }
    void sentencesReadAsListed()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const QString text = ownText(language).simplified();
        for (const QString& words : present)
            QVERIFY2(text.contains(words, Qt::CaseInsensitive), qPrintable(words));
        for (const QString& words : absent)
            QVERIFY2(!text.contains(words), qPrintable(words));
    }

    void englishPluralsAreResolved()
    {
        // English is the source language and has no catalogue: its plural notation is resolved, never printed.
        const QString english = texts(report(QStringLiteral("en"))).join(QLatin1Char('\n'));
        QVERIFY(english.contains(QStringLiteral("The audit raised 1 major nonconformity, 4 minor nonconformities, 2 "
                                                "observations and 2 opportunities for improvement;")));
        QVERIFY(english.contains(QStringLiteral("at 3 sites.")));
        QVERIFY(english.contains(QStringLiteral("25 conform, 3 show a nonconformity and 2 have no verdict yet.")));
        for (const char* notation : {"(s)", "(-ies)", "has/have", "was/were"})
            QVERIFY2(!english.contains(QLatin1String(notation)), notation);
        const ReportLanguage::Scope scope(QStringLiteral("en"));
        QCOMPARE(ReportLanguage::translate("ReportDocument", "%n conforms/conform", "clause requirements", 1),
                 QStringLiteral("1 conforms"));
    }

    void bodyWordingIsPrintedThroughout_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("standard");
        QTest::addColumn<QStringList>("body");
        QTest::newRow("de") << "de" << QStringList{"schwerwiegende Nichtkonformit", "geringfügige Nichtkonformit"}
                            << QStringList{"Hauptabweichung", "Nebenabweichung"};
        QTest::newRow("fr") << "fr" << QStringList{"Observations", "Piste de progrès"}
                            << QStringList{"Point sensible", "Piste de progrès"};
    }
    void bodyWordingIsPrintedThroughout()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, standard);
        QFETCH(QStringList, body);
        const QString standardText = ownText(language, false);
        const QString bodyText = ownText(language, true);
        for (const QString& words : standard)
            QVERIFY2(standardText.contains(words, Qt::CaseInsensitive), qPrintable(words));
        for (const QString& words : body)
            QVERIFY2(bodyText.contains(words, Qt::CaseInsensitive), qPrintable(words));
        // Consistently: a word of one wording that the other does not share never appears in the other's report.
        for (const QString& words : standard) {
            if (!body.contains(words))
                QVERIFY2(!bodyText.contains(words, Qt::CaseInsensitive), qPrintable(words));
        }
        for (const QString& words : body) {
            if (!standard.contains(words))
                QVERIFY2(!standardText.contains(words, Qt::CaseInsensitive), qPrintable(words));
        }
        // English has one wording.
        QCOMPARE(texts(report(QStringLiteral("en"), true)), texts(report(QStringLiteral("en"), false)));
    }
};

QTEST_GUILESS_MAIN(TestReportWording)
#include "tst_reportwording.moc"
