// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/AppSettings.h"

#include "backup/BackupManager.h"
#include "i18n/Translations.h"
#include "settings/RiskMethodPresets.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace isoaudit {

namespace {

QString knownOr(const QString& value, const QStringList& known, const QString& fallback)
{
    return known.contains(value) ? value : fallback;
}

QString languageOrEmpty(const QString& code)
{
    return Translations::isKnown(code) ? code : QString();
}

int integerIn(const QSettings& settings, const QString& key, int minimum, int maximum, int fallback)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value >= minimum && value <= maximum ? value : fallback;
}

} // namespace

AppSettings::Values AppSettings::defaults(const QLocale& locale)
{
    Values values;
    values.reportPaper = defaultPaper(locale);
    values.backupIntervalMinutes = BackupManager::defaultIntervalMinutes;
    values.backupKeep = BackupManager::defaultKeep;
    values.riskMethod = RiskMethodPresets::defaultId();
    return values;
}

AppSettings::Values AppSettings::load(const QSettings& settings, const QLocale& locale)
{
    const Values fallback = defaults(locale);
    const auto text = [&settings](const QString& key) { return settings.value(key).toString(); };
    Values values;
    values.auditorName = text(auditorNameKey()).trimmed();
    values.certificationBody.name = text(certificationBodyNameKey()).trimmed();
    values.certificationBody.address = text(certificationBodyAddressKey()).trimmed();
    values.certificationBody.accreditation = text(certificationBodyAccreditationKey()).trimmed();
    values.uiLanguage = languageOrEmpty(text(uiLanguageKey()));
    values.reportLanguage = languageOrEmpty(text(reportLanguageKey()));
    values.reportPaper = knownOr(text(reportPaperKey()), papers(), fallback.reportPaper);
    values.bodyWording = text(reportWordingKey()) == QLatin1String("certification-body");
    values.backupFolder = text(backupFolderKey()).trimmed();
    values.backupIntervalMinutes = integerIn(settings, backupIntervalKey(), minimumBackupInterval,
                                             maximumBackupInterval, fallback.backupIntervalMinutes);
    values.backupKeep = integerIn(settings, backupKeepKey(), minimumBackupKeep, maximumBackupKeep, fallback.backupKeep);
    values.riskMethod = knownOr(text(riskMethodKey()), RiskMethodPresets::ids(), fallback.riskMethod);
    using Deadlines = CorrectiveActions::Deadlines;
    values.actionDeadlines.majorActionDays
        = integerIn(settings, majorActionDaysKey(), Deadlines::minimumDays, Deadlines::maximumDays,
                    fallback.actionDeadlines.majorActionDays);
    values.actionDeadlines.minorPlanDays = integerIn(settings, minorPlanDaysKey(), Deadlines::minimumDays,
                                                     Deadlines::maximumDays, fallback.actionDeadlines.minorPlanDays);
    values.samplingPolicy.enabled = settings.value(samplingPolicyEnabledKey(), false).toBool();
    values.samplingPolicy.failurePercent
        = integerIn(settings, samplingPolicyPercentKey(), 1, 100, fallback.samplingPolicy.failurePercent);
    values.samplingPolicy.minimumFailures
        = integerIn(settings, samplingPolicyMinimumKey(), 1, 1000000, fallback.samplingPolicy.minimumFailures);
    return values;
}

AppSettings::Values AppSettings::load()
{
    return load(QSettings());
}

void AppSettings::save(const Values& values, QSettings& settings)
{
    settings.setValue(auditorNameKey(), values.auditorName.trimmed());
    settings.setValue(certificationBodyNameKey(), values.certificationBody.name.trimmed());
    settings.setValue(certificationBodyAddressKey(), values.certificationBody.address.trimmed());
    settings.setValue(certificationBodyAccreditationKey(), values.certificationBody.accreditation.trimmed());
    settings.setValue(uiLanguageKey(), values.uiLanguage);
    settings.setValue(reportLanguageKey(), values.reportLanguage);
    settings.setValue(reportPaperKey(), values.reportPaper);
    settings.setValue(reportWordingKey(),
                      values.bodyWording ? QStringLiteral("certification-body") : QStringLiteral("standard"));
    settings.setValue(backupFolderKey(), values.backupFolder.trimmed());
    settings.setValue(backupIntervalKey(), values.backupIntervalMinutes);
    settings.setValue(backupKeepKey(), values.backupKeep);
    settings.setValue(riskMethodKey(), values.riskMethod);
    settings.setValue(majorActionDaysKey(), values.actionDeadlines.majorActionDays);
    settings.setValue(minorPlanDaysKey(), values.actionDeadlines.minorPlanDays);
    settings.setValue(samplingPolicyEnabledKey(), values.samplingPolicy.enabled);
    settings.setValue(samplingPolicyPercentKey(), values.samplingPolicy.failurePercent);
    settings.setValue(samplingPolicyMinimumKey(), values.samplingPolicy.minimumFailures);
    settings.sync();
}

void AppSettings::save(const Values& values)
{
    QSettings settings;
    save(values, settings);
}

Status AppSettings::validate(const Values& values)
{
    const CertificationBody& body = values.certificationBody;
    if (body.name.trimmed().isEmpty() && (!body.address.trimmed().isEmpty() || !body.accreditation.trimmed().isEmpty()))
        return Error{tr("An address or accreditation number needs the certification body's name as well.")};
    if (!values.uiLanguage.isEmpty() && !Translations::isKnown(values.uiLanguage))
        return Error{tr("IsoAudit cannot show itself in \"%1\"; the languages are %2.")
                         .arg(values.uiLanguage, Translations::languages().join(QStringLiteral(", ")))};
    if (!values.reportLanguage.isEmpty() && !Translations::isKnown(values.reportLanguage))
        return Error{tr("Reports cannot be written in \"%1\"; the languages are %2.")
                         .arg(values.reportLanguage, Translations::languages().join(QStringLiteral(", ")))};
    if (!papers().contains(values.reportPaper))
        return Error{tr("The report paper must be A4 or US Letter.")};
    const QString folder = values.backupFolder.trimmed();
    if (!folder.isEmpty()) {
        const QFileInfo info(folder);
        if (info.isRelative())
            return Error{tr("The backup folder must be a full path (such as %1), not \"%2\".")
                             .arg(QDir::toNativeSeparators(QDir::homePath()), folder)};
        if (!info.exists())
            return Error{tr("The backup folder %1 does not exist. Create it or choose another.")
                             .arg(QDir::toNativeSeparators(folder))};
        if (!info.isDir() || !info.isWritable())
            return Error{
                tr("The backup folder %1 is not a folder you can write to.").arg(QDir::toNativeSeparators(folder))};
    }
    if (values.backupIntervalMinutes < minimumBackupInterval || values.backupIntervalMinutes > maximumBackupInterval)
        return Error{tr("Back up every %1 to %2 minutes; %3 is not possible.")
                         .arg(minimumBackupInterval)
                         .arg(maximumBackupInterval)
                         .arg(values.backupIntervalMinutes)};
    if (values.backupKeep < minimumBackupKeep || values.backupKeep > maximumBackupKeep)
        return Error{tr("Keep %1 to %2 backups of each audit; %3 is not possible.")
                         .arg(minimumBackupKeep)
                         .arg(maximumBackupKeep)
                         .arg(values.backupKeep)};
    if (!RiskMethodPresets::isKnown(values.riskMethod))
        return Error{tr("There is no built-in risk method \"%1\"; the choices are %2.")
                         .arg(values.riskMethod, RiskMethodPresets::ids().join(QStringLiteral(", ")))};
    if (auto valid = values.samplingPolicy.validate(); !valid)
        return valid;
    return CorrectiveActions::checkDeadlines(values.actionDeadlines);
}

QString AppSettings::defaultPaper(const QLocale& locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QStringLiteral("letter") : QStringLiteral("a4");
}

QStringList AppSettings::papers()
{
    return {QStringLiteral("a4"), QStringLiteral("letter")};
}

QString AppSettings::auditorName()
{
    return load().auditorName;
}

CertificationBody AppSettings::certificationBody()
{
    return load().certificationBody;
}

QString AppSettings::uiLanguage()
{
    return load().uiLanguage;
}

QString AppSettings::reportLanguage()
{
    const Values values = load();
    return values.reportLanguage.isEmpty() ? Translations::resolveUiLanguage(values.uiLanguage) : values.reportLanguage;
}

QPageSize::PageSizeId AppSettings::reportPaper()
{
    return load().reportPaper == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
}

bool AppSettings::bodyWording()
{
    return load().bodyWording;
}

QString AppSettings::reportWordingKey()
{
    return QStringLiteral("report/wording");
}

QString AppSettings::backupFolder()
{
    return load().backupFolder;
}

int AppSettings::backupIntervalMinutes()
{
    return load().backupIntervalMinutes;
}

int AppSettings::backupKeep()
{
    return load().backupKeep;
}

QString AppSettings::riskMethod()
{
    return load().riskMethod;
}

CorrectiveActions::Deadlines AppSettings::actionDeadlines()
{
    return load().actionDeadlines;
}

QString AppSettings::auditorNameKey()
{
    return QStringLiteral("auditor/name");
}

QString AppSettings::certificationBodyNameKey()
{
    return QStringLiteral("certificationBody/name");
}

QString AppSettings::certificationBodyAddressKey()
{
    return QStringLiteral("certificationBody/address");
}

QString AppSettings::certificationBodyAccreditationKey()
{
    return QStringLiteral("certificationBody/accreditation");
}

QString AppSettings::uiLanguageKey()
{
    return Translations::settingsKey();
}

QString AppSettings::reportLanguageKey()
{
    return QStringLiteral("report/language");
}

QString AppSettings::reportPaperKey()
{
    return QStringLiteral("report/paper");
}

QString AppSettings::backupFolderKey()
{
    return QStringLiteral("backup/folder");
}

QString AppSettings::backupIntervalKey()
{
    return QStringLiteral("backup/intervalMinutes");
}

QString AppSettings::backupKeepKey()
{
    return QStringLiteral("backup/keep");
}

QString AppSettings::riskMethodKey()
{
    return QStringLiteral("newAudit/riskMethod");
}

QString AppSettings::majorActionDaysKey()
{
    return QStringLiteral("newAudit/majorActionDays");
}

SamplingPolicy AppSettings::samplingPolicy()
{
    return load().samplingPolicy;
}

QString AppSettings::samplingPolicyEnabledKey()
{
    return QStringLiteral("certificationBody/samplingPolicy");
}

QString AppSettings::samplingPolicyPercentKey()
{
    return QStringLiteral("certificationBody/samplingPolicyFailurePercent");
}

QString AppSettings::samplingPolicyMinimumKey()
{
    return QStringLiteral("certificationBody/samplingPolicyMinimumFailures");
}

QString AppSettings::minorPlanDaysKey()
{
    return QStringLiteral("newAudit/minorPlanDays");
}

} // namespace isoaudit
