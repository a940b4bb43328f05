// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/AppSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

namespace isoaudit {

/// Edit > Preferences… (the application menu on macOS): the auditor, the certification body, report defaults,
/// backups and what new audits start with, one page each. OK and Apply check everything (AppSettings::validate) and
/// show what is wrong under the pages, on the page concerned, storing nothing until it is right; Restore Defaults
/// fills in the defaults without storing them. Emits applied() after each store so the main window can act at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Page { AuditorPage, CertificationBodyPage, ReportPage, BackupsPage, NewAuditsPage, PageCount };

    explicit PreferencesDialog(QWidget* parent = nullptr);

    /// What the controls show now.
    AppSettings::Values values() const;
    /// Shows `values` in the controls (nothing is stored).
    void setValues(const AppSettings::Values& values);
    /// Checks and stores what the controls show; false (with the reason shown) when something is wrong.
    bool apply();
    /// Fills every page with the defaults (stored only by OK or Apply).
    void restoreDefaults();
    /// The message shown for the last refused OK or Apply ("" when none).
    QString problem() const;
    void showPage(Page page);
    Page currentPage() const;

    void accept() override;
    void done(int result) override;

signals:
    /// The preferences were stored.
    void applied();

private:
    QWidget* createAuditorPage();
    QWidget* createCertificationBodyPage();
    QWidget* createReportPage();
    QWidget* createBackupsPage();
    QWidget* createNewAuditsPage();
    void addPage(const QString& title, const QString& description, QWidget* page);
    void chooseBackupFolder();
    void updateState();
    void showProblem(const QString& message);
    /// The page whose controls make `values` invalid: each page's part checked on top of the defaults.
    Page pageOfProblem(const AppSettings::Values& values) const;

    AppSettings::Values m_stored;
    QString m_languageAtOpen;
    QListWidget* m_pageList = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_problemIcon = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QLineEdit* m_auditorName = nullptr;
    QComboBox* m_uiLanguage = nullptr;
    QLabel* m_restartNote = nullptr;
    QLineEdit* m_bodyName = nullptr;
    QPlainTextEdit* m_bodyAddress = nullptr;
    QLineEdit* m_bodyAccreditation = nullptr;
    QComboBox* m_paper = nullptr;
    QComboBox* m_wording = nullptr;
    QComboBox* m_reportLanguage = nullptr;
    QLineEdit* m_backupFolder = nullptr;
    QSpinBox* m_backupInterval = nullptr;
    QSpinBox* m_backupKeep = nullptr;
    QComboBox* m_riskMethod = nullptr;
    QCheckBox* m_policyEnabled = nullptr;
    QSpinBox* m_policyPercent = nullptr;
    QSpinBox* m_policyMinimum = nullptr;
    QSpinBox* m_majorDays = nullptr;
    QSpinBox* m_minorDays = nullptr;
};

} // namespace isoaudit
