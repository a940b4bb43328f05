// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"
#include "workflow/CorrectiveActions.h"
#include "workflow/FindingClassifier.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QString>

class QSettings;

namespace isoaudit {

/// The certification body the auditor works for. The New Audit wizard writes its name as the organisation of the lead
/// auditor and the auditors of a new audit (the report's team table and signature page show it); the workbench's
/// reports print name, address and accreditation number on the cover as the issuing body (ReportOptions::issuer).
struct CertificationBody
{
    QString name;
    QString address; ///< postal address, several lines
    QString accreditation; ///< accreditation number, e.g. "DANAK 6012"
    bool operator==(const CertificationBody&) const = default;
};

/// Every user preference of the GUI in one typed place: its QSettings key, its default and its checks
/// (docs/preferences.md). Preferences (ui/dialogs/PreferencesDialog) edits a Values; the places where a preference
/// acts read it through the typed getters, which fall back to the default for a missing or unusable stored value.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    static constexpr int minimumBackupInterval = 1; ///< minutes
    static constexpr int maximumBackupInterval = 1440;
    static constexpr int minimumBackupKeep = 1;
    static constexpr int maximumBackupKeep = 1000;

    /// All preferences at once, as the dialog edits them.
    struct Values
    {
        QString auditorName; ///< "" = the operating-system user (AuditStore::defaultAuthor)
        CertificationBody certificationBody;
        QString uiLanguage; ///< a Translations::languages() code, "" = follow the system
        QString reportLanguage; ///< a Translations::languages() code, "" = the UI language
        QString reportPaper; ///< "a4" or "letter"
        /// The finding grades in the certification body's own wording where its reports use other words than the
        /// standard (German Haupt-/Nebenabweichung, French PS/PP): the body's policy, off = the standard's terms.
        bool bodyWording = false;
        QString backupFolder; ///< "" = a folder beside each audit file
        int backupIntervalMinutes = 0;
        int backupKeep = 0;
        QString riskMethod; ///< a RiskMethodPresets id
        CorrectiveActions::Deadlines actionDeadlines;
        /// The certification body's own sampling policy for the classification assistant (off by default).
        SamplingPolicy samplingPolicy;
        bool operator==(const Values&) const = default;
    };

    /// The defaults; the paper follows the locale (US Letter where it measures in the US system, else A4).
    static Values defaults(const QLocale& locale = QLocale::system());
    /// The stored preferences; a missing or unusable value (unknown code, number out of range) reads as its default.
    static Values load(const QSettings& settings, const QLocale& locale = QLocale::system());
    static Values load();
    /// Stores every preference (validate first: save does not check).
    static void save(const Values& values, QSettings& settings);
    static void save(const Values& values);
    /// Fails with a message naming the first preference that is not usable and why.
    static Status validate(const Values& values);

    static QString defaultPaper(const QLocale& locale = QLocale::system());
    /// "a4", "letter".
    static QStringList papers();

    // Where each preference acts reads it here.
    static QString auditorName();
    static CertificationBody certificationBody();
    static QString uiLanguage();
    /// The language reports preselect: the chosen one, else the UI language (always a Translations code).
    static QString reportLanguage();
    /// The paper reports preselect: QPageSize::A4 or QPageSize::Letter.
    static QPageSize::PageSizeId reportPaper();
    /// Whether reports and the workbench name the finding grades in the certification body's wording.
    static bool bodyWording();
    static QString backupFolder();
    static int backupIntervalMinutes();
    static int backupKeep();
    /// The RiskMethodPresets id new audits start with.
    static QString riskMethod();
    /// The corrective-action deadlines new audits start with.
    static CorrectiveActions::Deadlines actionDeadlines();
    /// The certification body's sampling policy the classification assistant applies (off by default).
    static SamplingPolicy samplingPolicy();

    // The keys, for code and documentation that need them.
    static QString auditorNameKey(); ///< "auditor/name"
    static QString certificationBodyNameKey(); ///< "certificationBody/name"
    static QString certificationBodyAddressKey(); ///< "certificationBody/address"
    static QString certificationBodyAccreditationKey(); ///< "certificationBody/accreditation"
    static QString uiLanguageKey(); ///< Translations::settingsKey(), "ui/language"
    static QString reportLanguageKey(); ///< "report/language"
    static QString reportPaperKey(); ///< "report/paper"
    static QString reportWordingKey(); ///< "report/wording": "standard" or "certification-body"
    static QString backupFolderKey(); ///< "backup/folder"
    static QString backupIntervalKey(); ///< "backup/intervalMinutes"
    static QString backupKeepKey(); ///< "backup/keep"
    static QString riskMethodKey(); ///< "newAudit/riskMethod"
    static QString majorActionDaysKey(); ///< "newAudit/majorActionDays"
    static QString minorPlanDaysKey(); ///< "newAudit/minorPlanDays"
    static QString samplingPolicyEnabledKey(); ///< "certificationBody/samplingPolicy"
    static QString samplingPolicyPercentKey(); ///< "certificationBody/samplingPolicyFailurePercent"
    static QString samplingPolicyMinimumKey(); ///< "certificationBody/samplingPolicyMinimumFailures"
};

} // namespace isoaudit
