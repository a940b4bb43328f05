// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/PreferencesDialog.h"

#include "i18n/Translations.h"
#include "settings/RiskMethodPresets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

const QString geometryKey = QStringLiteral("preferencesDialog/geometry");

void describe(QWidget* widget, const QString& accessibleName, const QString& toolTip)
{
    widget->setAccessibleName(accessibleName);
    widget->setToolTip(toolTip);
}

void selectData(QComboBox* combo, const QString& data)
{
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}

QSpinBox* spinBox(QWidget* parent, const QString& objectName, int minimum, int maximum, const QString& suffix)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(minimum, maximum);
    spin->setSuffix(suffix);
    return spin;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_stored(AppSettings::load())
    , m_languageAtOpen(m_stored.uiLanguage)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(QStringLiteral("pageListWidget"));
    describe(m_pageList, tr("Preference pages"), tr("Choose a page of preferences"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));
    addPage(tr("Auditor"), tr("You, as the audit trail names you, and the language IsoAudit speaks"),
            createAuditorPage());
    addPage(tr("Certification body"), tr("The certification body you audit for"), createCertificationBodyPage());
    addPage(tr("Report"), tr("What the report preview, export and signing start with"), createReportPage());
    addPage(tr("Backups"), tr("Rolling backups of the open audit"), createBackupsPage());
    addPage(tr("New audits"), tr("What the New Audit wizard starts a new audit with"), createNewAuditsPage());
    m_pageList->setMaximumWidth(m_pageList->sizeHintForColumn(0) + 4 * m_pageList->frameWidth() + 24);
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_problemIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_problemIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problemIcon, 0, Qt::AlignTop);
    problemRow->addWidget(m_problem, 1);
    m_problemIcon->setVisible(false);
    m_problem->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply
                                         | QDialogButtonBox::RestoreDefaults,
                                     this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Check and store the preferences, then close"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without storing the changes"));
    m_buttons->button(QDialogButtonBox::Apply)->setToolTip(tr("Check and store the preferences, and stay here"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Fill every page with the defaults; OK or Apply stores them"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);

    auto* top = new QHBoxLayout;
    top->addWidget(m_pageList);
    top->addWidget(m_pages, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(problemRow);
    layout->addWidget(m_buttons);

    setValues(m_stored);
    m_pageList->setCurrentRow(AuditorPage);
    if (!restoreGeometry(QSettings().value(geometryKey).toByteArray()))
        resize(640, 420);
}

void PreferencesDialog::addPage(const QString& title, const QString& description, QWidget* page)
{
    auto* item = new QListWidgetItem(title, m_pageList);
    item->setToolTip(description);
    auto* heading
        = new QLabel(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), description.toHtmlEscaped()));
    heading->setWordWrap(true);
    auto* wrapper = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(wrapper);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(page);
    layout->addStretch(1);
    m_pages->addWidget(wrapper);
}

QWidget* PreferencesDialog::createAuditorPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_auditorName = new QLineEdit(page);
    m_auditorName->setObjectName(QStringLiteral("auditorNameLineEdit"));
    m_auditorName->setPlaceholderText(tr("Your user name when empty"));
    describe(m_auditorName, tr("Auditor's name"),
             tr("Names you in the audit trail and in file locks, and is the lead auditor the New Audit wizard "
                "proposes"));
    m_uiLanguage = new QComboBox(page);
    m_uiLanguage->setObjectName(QStringLiteral("uiLanguageComboBox"));
    m_uiLanguage->addItem(
        tr("Follow the system (%1)").arg(Translations::nativeName(Translations::resolveUiLanguage({}))), QString());
    for (const QString& code : Translations::languages())
        m_uiLanguage->addItem(Translations::nativeName(code), code);
    describe(m_uiLanguage, tr("User interface language"), tr("The language of menus, panes and dialogs"));
    m_restartNote = new QLabel(tr("The new language takes effect when IsoAudit is restarted."), page);
    m_restartNote->setObjectName(QStringLiteral("restartNoteLabel"));
    m_restartNote->setWordWrap(true);
    form->addRow(tr("&Name:"), m_auditorName);
    form->addRow(tr("&Language:"), m_uiLanguage);
    form->addRow(QString(), m_restartNote);
    connect(m_auditorName, &QLineEdit::textChanged, this, &PreferencesDialog::updateState);
    connect(m_uiLanguage, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateState);
    return page;
}

QWidget* PreferencesDialog::createCertificationBodyPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_bodyName = new QLineEdit(page);
    m_bodyName->setObjectName(QStringLiteral("bodyNameLineEdit"));
    m_bodyName->setPlaceholderText(tr("e.g. Nordic Certification A/S"));
    describe(m_bodyName, tr("Certification body's name"),
             tr("New audits name it as the organisation of the lead auditor and the auditors; the report's audit team "
                "and signature page show it"));
    m_bodyAddress = new QPlainTextEdit(page);
    m_bodyAddress->setObjectName(QStringLiteral("bodyAddressTextEdit"));
    m_bodyAddress->setTabChangesFocus(true);
    m_bodyAddress->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_bodyAddress->setPlaceholderText(tr("Street, postcode and town, country"));
    describe(m_bodyAddress, tr("Certification body's address"), tr("The postal address, on as many lines as needed"));
    m_bodyAccreditation = new QLineEdit(page);
    m_bodyAccreditation->setObjectName(QStringLiteral("bodyAccreditationLineEdit"));
    m_bodyAccreditation->setPlaceholderText(tr("e.g. DANAK reg. no. 6012"));
    describe(m_bodyAccreditation, tr("Accreditation number"),
             tr("The accreditation body and number under which the certification body certifies ISMSs"));
    form->addRow(tr("&Name:"), m_bodyName);
    form->addRow(tr("&Address:"), m_bodyAddress);
    form->addRow(tr("A&ccreditation:"), m_bodyAccreditation);
    // The body's own rule, never the standard's: ISO/IEC 17021-1 sets no sample-failure rate.
    m_policyEnabled = new QCheckBox(tr("Suggest a major nonconformity when too many samples fail"), page);
    m_policyEnabled->setObjectName(QStringLiteral("samplingPolicyCheckBox"));
    m_policyEnabled->setToolTip(tr("Your certification body's own sampling policy, applied by the classification "
                                   "assistant and named as policy in its rationale. ISO/IEC 17021-1 sets no failure "
                                   "rate; leave this off if your body has no such policy."));
    m_policyPercent = spinBox(page, QStringLiteral("samplingPolicyPercentSpinBox"), 1, 100, tr(" %"));
    describe(m_policyPercent, tr("Share of failed samples above which the policy suggests major"),
             tr("More than this share of the samples failed"));
    m_policyMinimum = spinBox(page, QStringLiteral("samplingPolicyMinimumSpinBox"), 1, 1000, tr(" failed samples"));
    describe(m_policyMinimum, tr("Least number of failed samples for the policy"),
             tr("The policy applies only from this many failed samples on"));
    form->addRow(tr("Sampling policy:"), m_policyEnabled);
    form->addRow(tr("Failure &rate above:"), m_policyPercent);
    form->addRow(tr("A&t least:"), m_policyMinimum);
    connect(m_policyEnabled, &QCheckBox::toggled, this, &PreferencesDialog::updateState);
    connect(m_policyEnabled, &QCheckBox::toggled, m_policyPercent, &QWidget::setEnabled);
    connect(m_policyEnabled, &QCheckBox::toggled, m_policyMinimum, &QWidget::setEnabled);
    m_policyPercent->setEnabled(false);
    m_policyMinimum->setEnabled(false);
    connect(m_policyPercent, &QSpinBox::valueChanged, this, &PreferencesDialog::updateState);
    connect(m_policyMinimum, &QSpinBox::valueChanged, this, &PreferencesDialog::updateState);
    connect(m_bodyName, &QLineEdit::textChanged, this, &PreferencesDialog::updateState);
    connect(m_bodyAddress, &QPlainTextEdit::textChanged, this, &PreferencesDialog::updateState);
    connect(m_bodyAccreditation, &QLineEdit::textChanged, this, &PreferencesDialog::updateState);
    return page;
}

QWidget* PreferencesDialog::createReportPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_paper = new QComboBox(page);
    m_paper->setObjectName(QStringLiteral("paperComboBox"));
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->addItem(tr("US Letter"), QStringLiteral("letter"));
    describe(m_paper, tr("Default paper size"),
             tr("The paper a report is laid out on unless you choose another for that report"));
    m_reportLanguage = new QComboBox(page);
    m_reportLanguage->setObjectName(QStringLiteral("reportLanguageComboBox"));
    m_reportLanguage->addItem(tr("Same as the user interface"), QString());
    for (const QString& code : Translations::languages())
        m_reportLanguage->addItem(Translations::nativeName(code), code);
    describe(m_reportLanguage, tr("Default report language"),
             tr("The language a report is written in unless you choose another for that report"));
    m_wording = new QComboBox(page);
    m_wording->setObjectName(QStringLiteral("wordingComboBox"));
    m_wording->addItem(tr("The standard's terms"), false);
    m_wording->setItemData(0,
                           tr("Major and minor nonconformity, observation, opportunity for improvement, as ISO/IEC "
                              "17021-1 names them in each language"),
                           Qt::ToolTipRole);
    m_wording->addItem(tr("The certification body's terms"), true);
    m_wording->setItemData(1,
                           tr("The words many certification bodies use in their reports where they differ from the "
                              "standard's (German Haupt-/Nebenabweichung, French point sensible and piste de progrès); "
                              "a policy of the body, not of the standard"),
                           Qt::ToolTipRole);
    describe(m_wording, tr("Wording of the finding grades"),
             tr("How the reports and the workbench name the finding grades: the standard's terms or those of your "
                "certification body"));
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("&Language:"), m_reportLanguage);
    form->addRow(tr("&Wording of grades:"), m_wording);
    connect(m_wording, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateState);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateState);
    connect(m_reportLanguage, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateState);
    return page;
}

QWidget* PreferencesDialog::createBackupsPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_backupFolder = new QLineEdit(page);
    m_backupFolder->setObjectName(QStringLiteral("backupFolderLineEdit"));
    m_backupFolder->setPlaceholderText(tr("A folder beside each audit file"));
    describe(m_backupFolder, tr("Backup folder"),
             tr("Where the rolling backups go; empty keeps them in a folder beside each audit file"));
    auto* browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("browseBackupFolderButton"));
    describe(browse, tr("Choose the backup folder"), tr("Choose the backup folder"));
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseBackupFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(browse);
    m_backupInterval = spinBox(page, QStringLiteral("backupIntervalSpinBox"), AppSettings::minimumBackupInterval,
                               AppSettings::maximumBackupInterval, tr(" minutes"));
    describe(m_backupInterval, tr("Backup interval in minutes"),
             tr("How often the open audit is backed up while it changes (also on opening and closing it)"));
    m_backupKeep = spinBox(page, QStringLiteral("backupKeepSpinBox"), AppSettings::minimumBackupKeep,
                           AppSettings::maximumBackupKeep, tr(" backups"));
    describe(m_backupKeep, tr("Backups kept per audit"), tr("The oldest backups beyond this number are deleted"));
    auto* folderLabel = new QLabel(tr("&Folder:"), page);
    folderLabel->setBuddy(m_backupFolder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("Back up &every:"), m_backupInterval);
    form->addRow(tr("&Keep:"), m_backupKeep);
    connect(m_backupFolder, &QLineEdit::textChanged, this, &PreferencesDialog::updateState);
    connect(m_backupInterval, &QSpinBox::valueChanged, this, &PreferencesDialog::updateState);
    connect(m_backupKeep, &QSpinBox::valueChanged, this, &PreferencesDialog::updateState);
    return page;
}

QWidget* PreferencesDialog::createNewAuditsPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_riskMethod = new QComboBox(page);
    m_riskMethod->setObjectName(QStringLiteral("riskMethodComboBox"));
    for (const QString& id : RiskMethodPresets::ids()) {
        m_riskMethod->addItem(RiskMethodPresets::label(id), id);
        m_riskMethod->setItemData(m_riskMethod->count() - 1, RiskMethodPresets::description(id), Qt::ToolTipRole);
    }
    describe(m_riskMethod, tr("Default risk method"),
             tr("The risk matrix a new audit starts with; record the client's own method in the Risks pane"));
    using Deadlines = CorrectiveActions::Deadlines;
    m_majorDays = spinBox(page, QStringLiteral("majorDaysSpinBox"), Deadlines::minimumDays, Deadlines::maximumDays,
                          tr(" days"));
    describe(m_majorDays, tr("Days to verify a major nonconformity's correction"),
             tr("A major nonconformity's corrective action is due this many days after the audit's last day"));
    m_minorDays = spinBox(page, QStringLiteral("minorDaysSpinBox"), Deadlines::minimumDays, Deadlines::maximumDays,
                          tr(" days"));
    describe(m_minorDays, tr("Days to accept a minor nonconformity's plan"),
             tr("A minor nonconformity's action plan is due this many days after the audit's last day"));
    form->addRow(tr("&Risk method:"), m_riskMethod);
    form->addRow(tr("&Major nonconformity, verified within:"), m_majorDays);
    form->addRow(tr("M&inor nonconformity, plan accepted within:"), m_minorDays);
    connect(m_riskMethod, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateState);
    connect(m_majorDays, &QSpinBox::valueChanged, this, &PreferencesDialog::updateState);
    connect(m_minorDays, &QSpinBox::valueChanged, this, &PreferencesDialog::updateState);
    return page;
}

AppSettings::Values PreferencesDialog::values() const
{
    AppSettings::Values values;
    values.auditorName = m_auditorName->text().trimmed();
    values.uiLanguage = m_uiLanguage->currentData().toString();
    values.certificationBody
        = {m_bodyName->text().trimmed(), m_bodyAddress->toPlainText().trimmed(), m_bodyAccreditation->text().trimmed()};
    values.reportPaper = m_paper->currentData().toString();
    values.reportLanguage = m_reportLanguage->currentData().toString();
    values.bodyWording = m_wording->currentData().toBool();
    values.backupFolder = m_backupFolder->text().trimmed();
    values.backupIntervalMinutes = m_backupInterval->value();
    values.backupKeep = m_backupKeep->value();
    values.riskMethod = m_riskMethod->currentData().toString();
    values.actionDeadlines = {m_majorDays->value(), m_minorDays->value()};
    values.samplingPolicy = {m_policyEnabled->isChecked(), m_policyPercent->value(), m_policyMinimum->value()};
    return values;
}

void PreferencesDialog::setValues(const AppSettings::Values& values)
{
    m_auditorName->setText(values.auditorName);
    selectData(m_uiLanguage, values.uiLanguage);
    m_bodyName->setText(values.certificationBody.name);
    m_bodyAddress->setPlainText(values.certificationBody.address);
    m_bodyAccreditation->setText(values.certificationBody.accreditation);
    selectData(m_paper, values.reportPaper);
    selectData(m_reportLanguage, values.reportLanguage);
    m_wording->setCurrentIndex(values.bodyWording ? 1 : 0);
    m_backupFolder->setText(QDir::toNativeSeparators(values.backupFolder));
    m_backupInterval->setValue(values.backupIntervalMinutes);
    m_backupKeep->setValue(values.backupKeep);
    selectData(m_riskMethod, values.riskMethod);
    m_majorDays->setValue(values.actionDeadlines.majorActionDays);
    m_minorDays->setValue(values.actionDeadlines.minorPlanDays);
    m_policyEnabled->setChecked(values.samplingPolicy.enabled);
    m_policyPercent->setValue(values.samplingPolicy.failurePercent);
    m_policyMinimum->setValue(values.samplingPolicy.minimumFailures);
    updateState();
}

bool PreferencesDialog::apply()
{
    AppSettings::Values values = this->values();
    values.backupFolder = QDir::fromNativeSeparators(values.backupFolder);
    if (const Status valid = AppSettings::validate(values); !valid) {
        showPage(pageOfProblem(values));
        showProblem(valid.error());
        return false;
    }
    AppSettings::save(values);
    m_stored = values;
    showProblem({});
    updateState();
    emit applied();
    return true;
}

void PreferencesDialog::restoreDefaults()
{
    setValues(AppSettings::defaults());
    showProblem({});
}

QString PreferencesDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void PreferencesDialog::showPage(Page page)
{
    m_pageList->setCurrentRow(page);
}

PreferencesDialog::Page PreferencesDialog::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void PreferencesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void PreferencesDialog::done(int result)
{
    QSettings().setValue(geometryKey, saveGeometry());
    QDialog::done(result);
}

void PreferencesDialog::chooseBackupFolder()
{
    const QString start = m_backupFolder->text().trimmed().isEmpty() ? QDir::homePath() : m_backupFolder->text();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup Folder"), start);
    if (!folder.isEmpty())
        m_backupFolder->setText(QDir::toNativeSeparators(folder));
}

void PreferencesDialog::updateState()
{
    if (!m_minorDays) // still building the pages
        return;
    m_restartNote->setVisible(m_uiLanguage->currentData().toString() != m_languageAtOpen);
    AppSettings::Values current = values();
    current.backupFolder = QDir::fromNativeSeparators(current.backupFolder);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(current != m_stored);
}

void PreferencesDialog::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setHidden(message.isEmpty());
    m_problemIcon->setHidden(message.isEmpty());
}

PreferencesDialog::Page PreferencesDialog::pageOfProblem(const AppSettings::Values& values) const
{
    const AppSettings::Values defaults = AppSettings::defaults();
    for (int page = 0; page < PageCount; ++page) {
        AppSettings::Values probe = defaults;
        switch (Page(page)) {
        case AuditorPage:
            probe.auditorName = values.auditorName;
            probe.uiLanguage = values.uiLanguage;
            break;
        case CertificationBodyPage:
            probe.certificationBody = values.certificationBody;
            probe.samplingPolicy = values.samplingPolicy;
            break;
        case ReportPage:
            probe.reportPaper = values.reportPaper;
            probe.reportLanguage = values.reportLanguage;
            probe.bodyWording = values.bodyWording;
            break;
        case BackupsPage:
            probe.backupFolder = values.backupFolder;
            probe.backupIntervalMinutes = values.backupIntervalMinutes;
            probe.backupKeep = values.backupKeep;
            break;
        case NewAuditsPage:
            probe.riskMethod = values.riskMethod;
            probe.actionDeadlines = values.actionDeadlines;
            break;
        case PageCount:
            break;
        }
        if (!AppSettings::validate(probe))
            return Page(page);
    }
    return currentPage();
}

} // namespace isoaudit
