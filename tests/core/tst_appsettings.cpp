// SPDX-License-Identifier: GPL-3.0-or-later
// AppSettings: every preference's key and default, the round trip through QSettings, the fallback for unusable
// stored values, the checks with their messages; the risk method presets new audits start with; corrective-action
// deadlines set on an audit and honoured by the default due dates. The user's real settings are never touched:
// QSettings is pointed at a temporary folder.
#include "WorkflowFixture.h"

#include "i18n/Translations.h"
#include "settings/AppSettings.h"
#include "settings/RiskMethodPresets.h"
#include "workflow/CorrectiveActions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    static AppSettings::Values sample()
    {
        AppSettings::Values values = AppSettings::defaults(QLocale(QLocale::Danish, QLocale::Denmark));
        values.auditorName = QStringLiteral("Ane Auditor");
        values.certificationBody = {QStringLiteral("Nordic Certification A/S"),
                                    QStringLiteral("Havnegade 1\n1058 København K"), QStringLiteral("DANAK 6012")};
        values.uiLanguage = QStringLiteral("da");
        values.reportLanguage = QStringLiteral("de");
        values.reportPaper = QStringLiteral("letter");
        values.bodyWording = true;
        values.backupIntervalMinutes = 5;
        values.backupKeep = 7;
        values.riskMethod = QStringLiteral("3x3");
        values.actionDeadlines = {30, 60};
        values.samplingPolicy = {true, 25, 3};
        return values;
    }

    std::unique_ptr<AuditStore> newAudit()
    {
        return testing::createReadyAudit(m_dir.filePath(QStringLiteral("a%1.isoaudit").arg(++m_counter)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("IsoAuditTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_appsettings"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QVERIFY(QSettings().fileName().startsWith(m_dir.path()));
    }

    void init() { QSettings().clear(); }

    void defaults()
    {
        const AppSettings::Values values = AppSettings::defaults(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(values.auditorName, QString());
        QCOMPARE(values.certificationBody, CertificationBody{});
        QCOMPARE(values.uiLanguage, QString());
        QCOMPARE(values.reportLanguage, QString());
        QCOMPARE(values.reportPaper, QStringLiteral("a4"));
        QVERIFY(!values.bodyWording); // the standard's terms unless the body's are chosen
        QCOMPARE(values.backupFolder, QString());
        QCOMPARE(values.backupIntervalMinutes, 10);
        QCOMPARE(values.backupKeep, 20);
        QCOMPARE(values.riskMethod, QStringLiteral("5x5"));
        QCOMPARE(values.actionDeadlines.majorActionDays, 90);
        QCOMPARE(values.actionDeadlines.minorPlanDays, 90);
        // The certification body's sampling policy is its own and off until it is chosen.
        QCOMPARE(values.samplingPolicy.enabled, false);
        QVERIFY(AppSettings::validate(values).ok());
        // US measurement -> US Letter; the rest of the world A4.
        QCOMPARE(AppSettings::defaults(QLocale(QLocale::English, QLocale::UnitedStates)).reportPaper,
                 QStringLiteral("letter"));
        QCOMPARE(AppSettings::defaults(QLocale(QLocale::English, QLocale::UnitedKingdom)).reportPaper,
                 QStringLiteral("a4"));
        // Nothing stored: the defaults.
        QCOMPARE(AppSettings::load(QSettings(), QLocale(QLocale::German, QLocale::Germany)), values);
    }

    void roundTrip()
    {
        AppSettings::Values values = sample();
        values.backupFolder = m_dir.path();
        {
            QSettings settings;
            AppSettings::save(values, settings);
        }
        QCOMPARE(AppSettings::load(), values);
        QCOMPARE(AppSettings::auditorName(), QStringLiteral("Ane Auditor"));
        QCOMPARE(AppSettings::certificationBody().accreditation, QStringLiteral("DANAK 6012"));
        QCOMPARE(AppSettings::uiLanguage(), QStringLiteral("da"));
        QCOMPARE(AppSettings::reportLanguage(), QStringLiteral("de"));
        QCOMPARE(AppSettings::reportPaper(), QPageSize::Letter);
        QVERIFY(AppSettings::bodyWording());
        QCOMPARE(QSettings().value(AppSettings::reportWordingKey()).toString(), QStringLiteral("certification-body"));
        QCOMPARE(AppSettings::backupFolder(), m_dir.path());
        QCOMPARE(AppSettings::backupIntervalMinutes(), 5);
        QCOMPARE(AppSettings::backupKeep(), 7);
        QCOMPARE(AppSettings::riskMethod(), QStringLiteral("3x3"));
        QCOMPARE(AppSettings::actionDeadlines(), (CorrectiveActions::Deadlines{30, 60}));
        QCOMPARE(AppSettings::samplingPolicy(), (SamplingPolicy{true, 25, 3}));
    }

    void keysOthersRelyOn()
    {
        // The keys the rest of the application (and existing users' settings) already use.
        QCOMPARE(AppSettings::auditorNameKey(), QStringLiteral("auditor/name"));
        QCOMPARE(AppSettings::backupFolderKey(), QStringLiteral("backup/folder"));
        QCOMPARE(AppSettings::backupIntervalKey(), QStringLiteral("backup/intervalMinutes"));
        QCOMPARE(AppSettings::backupKeepKey(), QStringLiteral("backup/keep"));
        QCOMPARE(AppSettings::uiLanguageKey(), Translations::settingsKey());
        QSettings settings;
        settings.setValue(QStringLiteral("auditor/name"), QStringLiteral("  Bo Lead "));
        settings.setValue(QStringLiteral("backup/intervalMinutes"), 15);
        settings.setValue(QStringLiteral("backup/keep"), QStringLiteral("3"));
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("nl"));
        settings.sync();
        QCOMPARE(AppSettings::auditorName(), QStringLiteral("Bo Lead"));
        QCOMPARE(AppSettings::backupIntervalMinutes(), 15);
        QCOMPARE(AppSettings::backupKeep(), 3);
        QCOMPARE(AppSettings::uiLanguage(), QStringLiteral("nl"));
        // No report language of its own: the UI's.
        QCOMPARE(AppSettings::reportLanguage(), QStringLiteral("nl"));
    }

    void unusableStoredValuesReadAsDefaults()
    {
        QSettings settings;
        settings.setValue(AppSettings::backupIntervalKey(), 0);
        settings.setValue(AppSettings::backupKeepKey(), QStringLiteral("many"));
        settings.setValue(AppSettings::reportPaperKey(), QStringLiteral("a3"));
        settings.setValue(AppSettings::reportWordingKey(), QStringLiteral("jargon"));
        settings.setValue(AppSettings::uiLanguageKey(), QStringLiteral("tlh"));
        settings.setValue(AppSettings::reportLanguageKey(), QStringLiteral("xx"));
        settings.setValue(AppSettings::riskMethodKey(), QStringLiteral("7x7"));
        settings.setValue(AppSettings::majorActionDaysKey(), 0);
        settings.setValue(AppSettings::minorPlanDaysKey(), 5000);
        settings.setValue(AppSettings::samplingPolicyPercentKey(), 0);
        settings.setValue(AppSettings::samplingPolicyMinimumKey(), QStringLiteral("some"));
        settings.sync();
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(AppSettings::load(settings, us), AppSettings::defaults(us));
    }

    void validationNamesTheProblem_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("address without body") << "address"
                                              << "certification body's name";
        QTest::newRow("ui language") << "uiLanguage"
                                     << "\"tlh\"";
        QTest::newRow("report language") << "reportLanguage"
                                         << "\"xx\"";
        QTest::newRow("paper") << "paper"
                               << "A4 or US Letter";
        QTest::newRow("relative folder") << "relativeFolder"
                                         << "full path";
        QTest::newRow("missing folder") << "missingFolder"
                                        << "does not exist";
        QTest::newRow("file as folder") << "fileFolder"
                                        << "not a folder you can write to";
        QTest::newRow("interval") << "interval"
                                  << "1 to 1440 minutes";
        QTest::newRow("keep") << "keep"
                              << "1 to 1000 backups";
        QTest::newRow("risk method") << "riskMethod"
                                     << "\"7x7\"";
        QTest::newRow("major days") << "majorDays"
                                    << "major nonconformity";
        QTest::newRow("minor days") << "minorDays"
                                    << "minor nonconformity";
        QTest::newRow("sampling policy rate") << "policyPercent"
                                              << "1 to 100 %";
    }

    void validationNamesTheProblem()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        AppSettings::Values values = sample();
        QVERIFY(AppSettings::validate(values).ok());
        if (field == QLatin1String("address"))
            values.certificationBody.name.clear();
        else if (field == QLatin1String("uiLanguage"))
            values.uiLanguage = QStringLiteral("tlh");
        else if (field == QLatin1String("reportLanguage"))
            values.reportLanguage = QStringLiteral("xx");
        else if (field == QLatin1String("paper"))
            values.reportPaper = QStringLiteral("a3");
        else if (field == QLatin1String("relativeFolder"))
            values.backupFolder = QStringLiteral("backups");
        else if (field == QLatin1String("missingFolder"))
            values.backupFolder = m_dir.filePath(QStringLiteral("nowhere"));
        else if (field == QLatin1String("fileFolder")) {
            QFile file(m_dir.filePath(QStringLiteral("plain-file")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            values.backupFolder = file.fileName();
        } else if (field == QLatin1String("interval"))
            values.backupIntervalMinutes = 0;
        else if (field == QLatin1String("keep"))
            values.backupKeep = 1001;
        else if (field == QLatin1String("riskMethod"))
            values.riskMethod = QStringLiteral("7x7");
        else if (field == QLatin1String("majorDays"))
            values.actionDeadlines.majorActionDays = 0;
        else if (field == QLatin1String("minorDays"))
            values.actionDeadlines.minorPlanDays = 3651;
        else if (field == QLatin1String("policyPercent"))
            values.samplingPolicy.failurePercent = 0;
        const Status status = AppSettings::validate(values);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(expected), qPrintable(status.error()));
    }

    void riskMethodPresets_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("levels");
        QTest::addColumn<int>("threshold");
        QTest::newRow("3x3") << "3x3" << 3 << 4;
        QTest::newRow("4x4") << "4x4" << 4 << 6;
        QTest::newRow("5x5") << "5x5" << 5 << 10;
    }

    void riskMethodPresets()
    {
        QFETCH(QString, id);
        QFETCH(int, levels);
        QFETCH(int, threshold);
        const QVariantMap method = RiskMethodPresets::method(id);
        const auto array = [&method](const char* key) {
            return QJsonDocument::fromJson(method.value(QLatin1String(key)).toString().toUtf8()).array();
        };
        QCOMPARE(array("likelihood_levels").size(), levels);
        QCOMPARE(array("impact_levels").size(), levels);
        // The bands cover every score from 1 to levels², without gaps or overlaps.
        int next = 1;
        for (const auto& band : array("bands")) {
            QCOMPARE(band.toObject().value(QStringLiteral("from")).toInt(), next);
            next = band.toObject().value(QStringLiteral("to")).toInt() + 1;
        }
        QCOMPARE(next, levels * levels + 1);
        QCOMPARE(method.value(QStringLiteral("acceptance_threshold")).toInt(), threshold);
        QVERIFY(!RiskMethodPresets::label(id).isEmpty());
        QVERIFY(!RiskMethodPresets::description(id).isEmpty());

        auto store = newAudit();
        QVERIFY(store);
        // A preset replaces the whole method, a matrix method's scoring too: every preset multiplies.
        QVERIFY(store
                    ->setFields(RecordKind::RiskMethod, store->riskMethod()->uuid,
                                {{"scoring", "matrix"}, {"score_matrix", "[[1,2],[3,4]]"}})
                    .ok());
        QVERIFY(RiskMethodPresets::apply(*store, id).ok());
        const Record stored = store->riskMethod().value();
        QCOMPARE(stored.text("scoring"), QStringLiteral("product"));
        QCOMPARE(stored.text("score_matrix"), QStringLiteral("[]"));
        QCOMPARE(QJsonDocument::fromJson(stored.text("impact_levels").toUtf8()).array().size(), levels);
        QCOMPARE(stored.integer("acceptance_threshold"), std::optional<int>(threshold));
        QCOMPARE(stored.text("name"), method.value(QStringLiteral("name")).toString());
    }

    void unknownRiskMethodLeavesTheAuditAlone()
    {
        auto store = newAudit();
        QVERIFY(store);
        const Record before = store->riskMethod().value();
        const Status refused = RiskMethodPresets::apply(*store, QStringLiteral("6x6"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("6x6")));
        QCOMPARE(store->riskMethod()->values, before.values);
    }

    void deadlinesAreHonoured()
    {
        auto store = newAudit();
        QVERIFY(store);
        // A new audit (as the CLI makes it) has the defaults.
        QCOMPARE(CorrectiveActions::deadlines(*store).value(), CorrectiveActions::Deadlines{});
        QVERIFY(CorrectiveActions::setDeadlines(*store, {30, 45}).ok());
        QCOMPARE(CorrectiveActions::deadlines(*store).value(), (CorrectiveActions::Deadlines{30, 45}));
        const QString major = testing::addFinding(*store, "NC-01", "major", LinkKind::Clause, "8.1");
        const QString minor = testing::addFinding(*store, "NC-02", "minor", LinkKind::Clause, "8.1");
        const QDateTime when(QDate(2026, 3, 5), QTime(9, 0), Qt::UTC);
        const auto dueOf = [&](const QString& finding) {
            auto uuid = CorrectiveActions::create(*store, finding, {}, QStringLiteral("Alice"), when);
            return uuid ? store->record(RecordKind::CorrectiveAction, uuid.value())->text("due_date") : uuid.error();
        };
        // The fixture's audit ends on 2026-03-04.
        QCOMPARE(dueOf(major), QStringLiteral("2026-04-03"));
        QCOMPARE(dueOf(minor), QStringLiteral("2026-04-18"));

        const Status refused = CorrectiveActions::setDeadlines(*store, {0, 45});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("major")), qPrintable(refused.error()));
        QCOMPARE(CorrectiveActions::deadlines(*store).value(), (CorrectiveActions::Deadlines{30, 45}));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
