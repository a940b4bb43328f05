// SPDX-License-Identifier: GPL-3.0-or-later
// The report's language is chosen per report (core/i18n/ReportLanguage): each of da/de/nl/fr writes the report in
// its catalogue's words and dates, English stays English even when the application's (UI) translator is another
// language, and a scope never leaks beyond its thread or its lifetime.
#include "ReportFixture.h"

#include "i18n/ReportLanguage.h"
#include "i18n/Translations.h"
#include "report/ReportDocument.h"
#include "report/ReportRenderer.h"

#include <QTemporaryDir>
#include <QThread>
#include <QTranslator>

#include <memory>

using namespace isoaudit;
using namespace reporttest;

class TestReportLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AuditStore> m_store;

    QString reportText(const QString& language)
    {
        auto data = ReportData::load(*m_store);
        if (!data)
            qFatal("%s", qPrintable(data.error()));
        ReportOptions options;
        options.language = language;
        return ReportDocument::build(data.value(), options).plainText();
    }

    /// What the language's catalogue says for a source text, or an empty string.
    static QString catalogue(const QString& language, const char* context, const char* source,
                             const char* disambiguation = nullptr)
    {
        std::unique_ptr<QTranslator> translator(Translations::load(language));
        return translator ? translator->translate(context, source, disambiguation) : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = makeAudit(m_dir.filePath(QStringLiteral("audit.isoaudit")));
    }

    void everyLanguageHasACatalogue_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& code : Translations::languages())
            if (code != QLatin1String("en"))
                QTest::newRow(qPrintable(code)) << code;
    }
    void everyLanguageHasACatalogue()
    {
        QFETCH(QString, language);
        std::unique_ptr<QTranslator> translator(Translations::load(language));
        QVERIFY2(translator, "the .qm is not embedded");
        QVERIFY(!translator->isEmpty());
        QCOMPARE(translator->language(), language);
        QVERIFY(ReportRenderer::checkOptions([&] {
                    ReportOptions o;
                    o.language = language;
                    return o;
                }())
                    .ok());
    }

    void reportIsWrittenInTheChosenLanguage_data() { everyLanguageHasACatalogue_data(); }
    void reportIsWrittenInTheChosenLanguage()
    {
        QFETCH(QString, language);
        const QString english = reportText(QStringLiteral("en"));
        const QString translated = reportText(language);
        QVERIFY(english.contains(QStringLiteral("Executive summary and conclusion")));
        const QString heading = catalogue(language, "ReportDocument", "Executive summary and conclusion");
        QVERIFY2(!heading.isEmpty(), "the heading has no translation");
        QVERIFY(heading != QStringLiteral("Executive summary and conclusion"));
        QVERIFY2(translated.contains(heading), qPrintable(heading));
        QVERIFY(!translated.contains(QStringLiteral("Executive summary and conclusion")));
        // The grades and the findings' sections follow too (their words are in the label table, core/domain).
        const QString major = catalogue(language, "ValueLabels", "Major nonconformity", "finding grade");
        QVERIFY(!major.isEmpty());
        QVERIFY2(translated.contains(major), qPrintable(major));
    }

    void datesFollowTheReportLanguage()
    {
        // The fixture's audit runs 2 to 6 March 2026.
        QVERIFY(reportText(QStringLiteral("en")).contains(QStringLiteral("2 March 2026")));
        {
            const ReportLanguage::Scope scope(QStringLiteral("de"));
            QCOMPARE(ReportLanguage::locale().language(), QLocale::German);
            const QString date = ReportLanguage::date(QStringLiteral("2026-03-02"));
            QVERIFY2(date.contains(QStringLiteral("März")), qPrintable(date));
            QVERIFY(reportText(QStringLiteral("de")).contains(date));
        }
        {
            const ReportLanguage::Scope scope(QStringLiteral("fr"));
            const QString date = ReportLanguage::date(QStringLiteral("2026-03-02"));
            QVERIFY2(date.contains(QStringLiteral("mars")), qPrintable(date));
        }
        // Text that is not a date is left alone.
        const ReportLanguage::Scope scope(QStringLiteral("da"));
        QCOMPARE(ReportLanguage::date(QStringLiteral("next week")), QStringLiteral("next week"));
    }

    void englishReportStaysEnglishUnderATranslatedUi()
    {
        // The auditor runs a Danish workbench and writes an English report.
        std::unique_ptr<QTranslator> ui(Translations::load(QStringLiteral("da")));
        QVERIFY(ui);
        QVERIFY(QCoreApplication::installTranslator(ui.get()));
        const QString danishHeading = ReportDocument::tr("Executive summary and conclusion");
        const QString english = reportText(QStringLiteral("en"));
        QCoreApplication::removeTranslator(ui.get());
        QVERIFY2(danishHeading != QStringLiteral("Executive summary and conclusion"),
                 "outside a report scope tr() follows the UI's translator");
        QVERIFY(english.contains(QStringLiteral("Executive summary and conclusion")));
        QVERIFY(!english.contains(danishHeading));
    }

    void scopesNestAndStayOnTheirThread()
    {
        QCOMPARE(ReportLanguage::current(), QString());
        {
            const ReportLanguage::Scope outer(QStringLiteral("nl"));
            {
                const ReportLanguage::Scope inner(QStringLiteral("fr"));
                QCOMPARE(ReportLanguage::current(), QStringLiteral("fr"));
                QString seenElsewhere = QStringLiteral("unset");
                std::unique_ptr<QThread> other(
                    QThread::create([&seenElsewhere] { seenElsewhere = ReportLanguage::current(); }));
                other->start();
                QVERIFY(other->wait(10000));
                QCOMPARE(seenElsewhere, QString());
            }
            QCOMPARE(ReportLanguage::current(), QStringLiteral("nl"));
        }
        QCOMPARE(ReportLanguage::current(), QString());
        // An unknown code falls back to the source language rather than to the UI's.
        const ReportLanguage::Scope unknown(QStringLiteral("xx"));
        QCOMPARE(ReportLanguage::current(), QStringLiteral("en"));
    }

    void pluralsUseTheLanguagesForms()
    {
        const ReportLanguage::Scope scope(QStringLiteral("de"));
        const QString one = ReportLanguage::translate("HeatMapPainter", "%n risk(s) plotted", nullptr, 1);
        const QString many = ReportLanguage::translate("HeatMapPainter", "%n risk(s) plotted", nullptr, 7);
        QVERIFY2(one.startsWith(QLatin1Char('1')), qPrintable(one));
        QVERIFY2(many.startsWith(QLatin1Char('7')), qPrintable(many));
        QVERIFY(!many.contains(QStringLiteral("%n")));
        QVERIFY2(one.mid(1) != many.mid(1), "singular and plural forms differ");
    }

    void labelsInsideSentences()
    {
        // German nouns keep their capital inside a sentence; the other languages write a label in lower case.
        QCOMPARE(Translations::inSentence(QStringLiteral("Dokument"), QLocale(QLocale::German)),
                 QStringLiteral("Dokument"));
        QCOMPARE(Translations::inSentence(QStringLiteral("Dokument"), QLocale(QLocale::Danish)),
                 QStringLiteral("dokument"));
        QCOMPARE(Translations::inSentence(QStringLiteral("Likelihood"), QLocale(QLocale::English)),
                 QStringLiteral("likelihood"));
        // The report's summary follows the report's language, not the UI's.
        const QString german = reportText(QStringLiteral("de"));
        const QString stage2 = catalogue(QStringLiteral("de"), "ValueLabels", "Stage 2", "audit type");
        QVERIFY(!stage2.isEmpty());
        QVERIFY2(german.contains(stage2), qPrintable(stage2));
        QVERIFY(!german.contains(stage2.toLower()));
    }

    void uiLanguageResolution()
    {
        QCOMPARE(Translations::resolveUiLanguage(QStringLiteral("de"), QLocale(QLocale::French)), QStringLiteral("de"));
        QCOMPARE(Translations::resolveUiLanguage(QString(), QLocale(QLocale::Dutch)), QStringLiteral("nl"));
        QCOMPARE(Translations::resolveUiLanguage(QStringLiteral("xx"), QLocale(QLocale::Japanese)),
                 QStringLiteral("en"));
        QCOMPARE(Translations::resolveUiLanguage(QString(), QLocale(QLocale::Danish, QLocale::Denmark)),
                 QStringLiteral("da"));
    }
};

QTEST_GUILESS_MAIN(TestReportLanguage)
#include "tst_reportlanguage.moc"
