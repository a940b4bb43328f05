// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences: the dialog shows what is stored, stores what OK/Apply accept, refuses what AppSettings::validate
// refuses (on the page concerned, storing nothing), restores the defaults, names and explains every control, keeps a
// sane Tab order and remembers its size; Edit > Preferences… applies the auditor's name and backup interval at once;
// the New Audit wizard starts from the preferences and writes them into the new audit.
#include "dialogs/PreferencesDialog.h"
#include "document/AuditDocument.h"
#include "domain/ValueLabels.h"
#include "mainwindow/BackupController.h"
#include "mainwindow/DocumentController.h"
#include "mainwindow/MainMenus.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NewAuditWizard.h"
#include "settings/RiskMethodPresets.h"
#include "workflow/Lifecycle.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace isoaudit;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    AppSettings::Values sample() const
    {
        AppSettings::Values values = AppSettings::defaults();
        values.auditorName = QStringLiteral("Ane Auditor");
        values.certificationBody = {QStringLiteral("Nordic Certification A/S"),
                                    QStringLiteral("Havnegade 1\n1058 København K"), QStringLiteral("DANAK 6012")};
        values.uiLanguage = QStringLiteral("da");
        values.reportLanguage = QStringLiteral("de");
        values.reportPaper = QStringLiteral("letter");
        values.backupFolder = m_dir.path();
        values.backupIntervalMinutes = 5;
        values.backupKeep = 7;
        values.riskMethod = QStringLiteral("4x4");
        values.actionDeadlines = {30, 45};
        return values;
    }

    template<typename T> static T* child(QWidget* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QLatin1String(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }

    static QPushButton* button(PreferencesDialog& dialog, QDialogButtonBox::StandardButton which)
    {
        return child<QDialogButtonBox>(&dialog, "buttonBox")->button(which);
    }

    static void select(QComboBox* combo, const QString& data) { combo->setCurrentIndex(combo->findData(data)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("IsoAuditTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_preferencesdialog"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QVERIFY(QSettings().fileName().startsWith(m_dir.path()));
    }

    void init()
    {
        QSettings().clear();
        AuditStore::setDefaultAuthor({});
    }

    void showsWhatIsStored()
    {
        PreferencesDialog fresh;
        QCOMPARE(fresh.values(), AppSettings::defaults());
        AppSettings::save(sample());
        PreferencesDialog dialog;
        QCOMPARE(dialog.values(), sample());
        QCOMPARE(child<QLineEdit>(&dialog, "auditorNameLineEdit")->text(), QStringLiteral("Ane Auditor"));
        QCOMPARE(child<QComboBox>(&dialog, "riskMethodComboBox")->currentData().toString(), QStringLiteral("4x4"));
        QVERIFY(!button(dialog, QDialogButtonBox::Apply)->isEnabled()); // nothing changed yet
    }

    void okStoresWhatTheControlsShow()
    {
        PreferencesDialog dialog;
        QSignalSpy applied(&dialog, &PreferencesDialog::applied);
        child<QLineEdit>(&dialog, "auditorNameLineEdit")->setText(QStringLiteral("  Bo Lead "));
        child<QLineEdit>(&dialog, "bodyNameLineEdit")->setText(QStringLiteral("Cert Body GmbH"));
        child<QPlainTextEdit>(&dialog, "bodyAddressTextEdit")->setPlainText(QStringLiteral("Hauptstraße 1\nBerlin"));
        child<QLineEdit>(&dialog, "bodyAccreditationLineEdit")->setText(QStringLiteral("DAkkS D-ZM-12345"));
        select(child<QComboBox>(&dialog, "paperComboBox"), QStringLiteral("letter"));
        select(child<QComboBox>(&dialog, "reportLanguageComboBox"), QStringLiteral("fr"));
        auto* wording = child<QComboBox>(&dialog, "wordingComboBox");
        QCOMPARE(wording->currentData().toBool(), false);
        wording->setCurrentIndex(wording->findData(true));
        child<QLineEdit>(&dialog, "backupFolderLineEdit")->setText(m_dir.path());
        child<QSpinBox>(&dialog, "backupIntervalSpinBox")->setValue(3);
        child<QSpinBox>(&dialog, "backupKeepSpinBox")->setValue(9);
        select(child<QComboBox>(&dialog, "riskMethodComboBox"), QStringLiteral("3x3"));
        child<QSpinBox>(&dialog, "majorDaysSpinBox")->setValue(60);
        child<QSpinBox>(&dialog, "minorDaysSpinBox")->setValue(30);
        QVERIFY(!child<QSpinBox>(&dialog, "samplingPolicyPercentSpinBox")->isEnabled());
        child<QCheckBox>(&dialog, "samplingPolicyCheckBox")->setChecked(true);
        QVERIFY(child<QSpinBox>(&dialog, "samplingPolicyPercentSpinBox")->isEnabled());
        child<QSpinBox>(&dialog, "samplingPolicyPercentSpinBox")->setValue(30);
        QVERIFY(button(dialog, QDialogButtonBox::Apply)->isEnabled());
        button(dialog, QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(applied.count(), 1);
        const AppSettings::Values stored = AppSettings::load();
        QCOMPARE(stored.auditorName, QStringLiteral("Bo Lead"));
        QCOMPARE(stored.certificationBody,
                 (CertificationBody{QStringLiteral("Cert Body GmbH"), QStringLiteral("Hauptstraße 1\nBerlin"),
                                    QStringLiteral("DAkkS D-ZM-12345")}));
        QCOMPARE(AppSettings::reportPaper(), QPageSize::Letter);
        QCOMPARE(AppSettings::reportLanguage(), QStringLiteral("fr"));
        QVERIFY(stored.bodyWording);
        QCOMPARE(stored.backupFolder, m_dir.path());
        QCOMPARE(stored.backupIntervalMinutes, 3);
        QCOMPARE(stored.backupKeep, 9);
        QCOMPARE(stored.riskMethod, QStringLiteral("3x3"));
        QCOMPARE(stored.actionDeadlines, (CorrectiveActions::Deadlines{60, 30}));
        QCOMPARE(stored.samplingPolicy, (SamplingPolicy{true, 30, 2}));
        QCOMPARE(stored, dialog.values());
    }

    void refusesAndStoresNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("message");
        QTest::newRow("address without a name")
            << "body" << int(PreferencesDialog::CertificationBodyPage) << "certification body's name";
        QTest::newRow("missing backup folder") << "folder" << int(PreferencesDialog::BackupsPage) << "does not exist";
    }

    void refusesAndStoresNothing()
    {
        QFETCH(QString, what);
        QFETCH(int, page);
        QFETCH(QString, message);
        AppSettings::save(sample());
        PreferencesDialog dialog;
        QSignalSpy applied(&dialog, &PreferencesDialog::applied);
        child<QLineEdit>(&dialog, "auditorNameLineEdit")->setText(QStringLiteral("Someone Else"));
        if (what == QLatin1String("body"))
            child<QLineEdit>(&dialog, "bodyNameLineEdit")->clear();
        else
            child<QLineEdit>(&dialog, "backupFolderLineEdit")->setText(m_dir.filePath(QStringLiteral("gone")));
        QCOMPARE(dialog.problem(), QString());
        button(dialog, QDialogButtonBox::Apply)->click();
        QVERIFY2(dialog.problem().contains(message), qPrintable(dialog.problem()));
        QCOMPARE(int(dialog.currentPage()), page);
        QCOMPARE(child<QListWidget>(&dialog, "pageListWidget")->currentRow(), page);
        button(dialog, QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // OK did not close it
        QCOMPARE(applied.count(), 0);
        QCOMPARE(AppSettings::load(), sample()); // not even the valid name was stored

        // Fixed, Apply stores it and the message goes.
        child<QLineEdit>(&dialog, "bodyNameLineEdit")->setText(QStringLiteral("Body"));
        child<QLineEdit>(&dialog, "backupFolderLineEdit")->clear();
        QVERIFY(dialog.apply());
        QCOMPARE(dialog.problem(), QString());
        QCOMPARE(applied.count(), 1);
        QCOMPARE(AppSettings::auditorName(), QStringLiteral("Someone Else"));
        QVERIFY(!button(dialog, QDialogButtonBox::Apply)->isEnabled());
    }

    void restoreDefaultsFillsButDoesNotStore()
    {
        AppSettings::save(sample());
        PreferencesDialog dialog;
        button(dialog, QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.values(), AppSettings::defaults());
        QCOMPARE(AppSettings::load(), sample());
        QVERIFY(button(dialog, QDialogButtonBox::Apply)->isEnabled());
        button(dialog, QDialogButtonBox::Cancel)->click();
        QCOMPARE(AppSettings::load(), sample());
        PreferencesDialog again;
        button(again, QDialogButtonBox::RestoreDefaults)->click();
        button(again, QDialogButtonBox::Ok)->click();
        QCOMPARE(AppSettings::load(), AppSettings::defaults());
    }

    void languageChangeSaysRestart()
    {
        PreferencesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* note = child<QLabel>(&dialog, "restartNoteLabel");
        QVERIFY(!note->isVisible());
        select(child<QComboBox>(&dialog, "uiLanguageComboBox"), QStringLiteral("de"));
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("restart")));
        QVERIFY(dialog.apply());
        QCOMPARE(AppSettings::uiLanguage(), QStringLiteral("de"));
        QVERIFY(note->isVisible()); // still true: the running IsoAudit has not changed language
        select(child<QComboBox>(&dialog, "uiLanguageComboBox"), QString());
        QVERIFY(!note->isVisible());
    }

    void everyControlIsNamedAndExplained()
    {
        PreferencesDialog dialog;
        int controls = 0;
        for (QWidget* widget : dialog.findChildren<QWidget*>()) {
            const bool input = qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget)
                || qobject_cast<QCheckBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget)
                || qobject_cast<QPlainTextEdit*>(widget) || qobject_cast<QListWidget*>(widget)
                || qobject_cast<QPushButton*>(widget);
            if (!input || qobject_cast<QLineEdit*>(widget->parentWidget())
                || qobject_cast<QAbstractSpinBox*>(widget->parentWidget())
                || qobject_cast<QComboBox*>(widget->parentWidget()))
                continue; // the line edit inside a spin box or combo box
            ++controls;
            const bool isButton = qobject_cast<QAbstractButton*>(widget); // its text is its name
            QVERIFY2(isButton || !widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            QVERIFY2(!widget->toolTip().isEmpty(), qPrintable(widget->objectName() + widget->accessibleName()));
        }
        // The page list, 17 controls on the pages (Browse… and the sampling policy included) and OK, Cancel, Apply,
        // Restore Defaults.
        QCOMPARE(controls, 23);
    }

    void tabFollowsThePage()
    {
        PreferencesDialog dialog;
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const auto tabFrom = [](QWidget* from) {
            from->setFocus(Qt::TabFocusReason);
            QTest::keyClick(from, Qt::Key_Tab);
            return QApplication::focusWidget();
        };
        auto* list = child<QListWidget>(&dialog, "pageListWidget");
        QCOMPARE(tabFrom(list), child<QLineEdit>(&dialog, "auditorNameLineEdit"));
        QCOMPARE(tabFrom(child<QLineEdit>(&dialog, "auditorNameLineEdit")),
                 child<QComboBox>(&dialog, "uiLanguageComboBox"));
        dialog.showPage(PreferencesDialog::BackupsPage);
        QCOMPARE(tabFrom(list), child<QLineEdit>(&dialog, "backupFolderLineEdit"));
        QCOMPARE(tabFrom(child<QLineEdit>(&dialog, "backupFolderLineEdit")),
                 child<QPushButton>(&dialog, "browseBackupFolderButton"));
        QCOMPARE(tabFrom(child<QPushButton>(&dialog, "browseBackupFolderButton")),
                 child<QSpinBox>(&dialog, "backupIntervalSpinBox"));
        QCOMPARE(tabFrom(child<QSpinBox>(&dialog, "backupIntervalSpinBox")),
                 child<QSpinBox>(&dialog, "backupKeepSpinBox"));
        // After the page's last control, the dialog's buttons.
        QWidget* next = tabFrom(child<QSpinBox>(&dialog, "backupKeepSpinBox"));
        QVERIFY(child<QDialogButtonBox>(&dialog, "buttonBox")->isAncestorOf(next));
    }

    void remembersItsSize()
    {
        {
            PreferencesDialog dialog;
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.resize(777, 555);
            QTRY_COMPARE(dialog.size(), QSize(777, 555));
            dialog.reject();
        }
        PreferencesDialog again;
        QCOMPARE(again.size(), QSize(777, 555));
    }

    void mainWindowAppliesAtOnce()
    {
        NewAudit seed;
        seed.client = QStringLiteral("Prefs Client");
        seed.leadAuditor = QStringLiteral("Lena Lead");
        const QString path = m_dir.filePath(QStringLiteral("prefs.isoaudit"));
        QVERIFY(Lifecycle::create(path, seed).ok());
        MainWindow window;
        window.show();
        QAction* action = window.menus()->preferences;
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        QCOMPARE(action->menuRole(), QAction::PreferencesRole);
        QVERIFY(window.openFile(path));
        BackupController* backups = window.controller()->backups();
        QCOMPARE(backups->timer().interval(), 10 * 60 * 1000);
        bool filled = false;
        QTimer::singleShot(0, this, [&filled] {
            auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QLineEdit*>(QStringLiteral("auditorNameLineEdit"))->setText(QStringLiteral("Pia Prefs"));
            dialog->findChild<QSpinBox*>(QStringLiteral("backupIntervalSpinBox"))->setValue(3);
            auto* wording = dialog->findChild<QComboBox*>(QStringLiteral("wordingComboBox"));
            wording->setCurrentIndex(wording->findData(true));
            filled = true;
            dialog->accept();
        });
        action->trigger();
        QVERIFY(filled);
        QCOMPARE(AppSettings::auditorName(), QStringLiteral("Pia Prefs"));
        QCOMPARE(window.document()->store().author(), QStringLiteral("Pia Prefs"));
        QCOMPARE(AuditStore::defaultAuthor(), QStringLiteral("Pia Prefs"));
        QVERIFY(backups->timer().isActive());
        QCOMPARE(backups->timer().interval(), 3 * 60 * 1000);
        // The grades' wording reaches the workbench's labels at once (and the Report page's options).
        QVERIFY(ValueLabels::bodyWording());
        ValueLabels::setBodyWording(false);
    }

    void wizardStartsFromThePreferences()
    {
        AppSettings::save(sample());
        NewAuditWizard wizard;
        QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("leadAuditorLineEdit"))->text(),
                 QStringLiteral("Ane Auditor"));
        QCOMPARE(wizard.certificationBody(), QStringLiteral("Nordic Certification A/S"));
        QCOMPARE(wizard.riskMethod(), QStringLiteral("4x4"));
        QCOMPARE(wizard.actionDeadlines(), (CorrectiveActions::Deadlines{30, 45}));
        wizard.findChild<QLineEdit*>(QStringLiteral("clientLineEdit"))->setText(QStringLiteral("Wizard Client"));
        auto* team = wizard.findChild<QTableWidget*>(QStringLiteral("teamTableWidget"));
        team->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Tom Auditor")));
        team->setItem(1, 0, new QTableWidgetItem(QStringLiteral("Eve Expert")));
        auto* role = qobject_cast<QComboBox*>(team->cellWidget(1, 1));
        role->setCurrentIndex(role->findData(QStringLiteral("expert")));

        auto created = Lifecycle::create(m_dir.filePath(QStringLiteral("wizard.isoaudit")), wizard.audit());
        QVERIFY2(created.ok(), qPrintable(created.error()));
        AuditStore& store = *created.value();
        QVERIFY(wizard.addDetails(store).ok());
        QCOMPARE(store.audit()->text("client"), QStringLiteral("Wizard Client"));
        QCOMPARE(CorrectiveActions::deadlines(store).value(), (CorrectiveActions::Deadlines{30, 45}));
        const Record method = store.riskMethod().value();
        QCOMPARE(method.text("name"), RiskMethodPresets::method(QStringLiteral("4x4")).value("name").toString());
        QCOMPARE(QJsonDocument::fromJson(method.text("likelihood_levels").toUtf8()).array().size(), 4);
        QMap<QString, QString> organizations;
        const QList<Record> members = store.records(RecordKind::TeamMember).value();
        for (const Record& member : members)
            organizations.insert(member.text("name"), member.text("organization"));
        QCOMPARE(organizations.value(QStringLiteral("Ane Auditor")), QStringLiteral("Nordic Certification A/S"));
        QCOMPARE(organizations.value(QStringLiteral("Tom Auditor")), QStringLiteral("Nordic Certification A/S"));
        QCOMPARE(organizations.value(QStringLiteral("Eve Expert")), QString()); // an expert may come from elsewhere
    }

    void wizardWithoutPreferencesKeepsTheDefaults()
    {
        NewAuditWizard wizard;
        QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("leadAuditorLineEdit"))->text(), QString());
        QCOMPARE(wizard.certificationBody(), QString());
        QCOMPARE(wizard.riskMethod(), RiskMethodPresets::defaultId());
        QCOMPARE(wizard.actionDeadlines(), CorrectiveActions::Deadlines{});
        wizard.findChild<QLineEdit*>(QStringLiteral("clientLineEdit"))->setText(QStringLiteral("Plain"));
        wizard.findChild<QLineEdit*>(QStringLiteral("leadAuditorLineEdit"))->setText(QStringLiteral("Lena Lead"));
        auto created = Lifecycle::create(m_dir.filePath(QStringLiteral("plain.isoaudit")), wizard.audit());
        QVERIFY(created.ok());
        QVERIFY(wizard.addDetails(*created.value()).ok());
        QCOMPARE(created.value()->riskMethod()->text("name"),
                 RiskMethodPresets::method(RiskMethodPresets::defaultId()).value("name").toString());
        QCOMPARE(CorrectiveActions::deadlines(*created.value()).value(), CorrectiveActions::Deadlines{});
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
