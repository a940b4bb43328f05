// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/DocumentController.h"

#include "demo/DemoAudit.h"
#include "document/AuditDocument.h"
#include "domain/ValueLabels.h"
#include "mainwindow/BackupController.h"
#include "mainwindow/MessageBoxHook.h"
#include "mainwindow/NewAuditWizard.h"
#include "package/AuditPackage.h"
#include "package/PackageCrypto.h"
#include "settings/AppSettings.h"
#include "soc2/Engagement.h"
#include "workflow/Lifecycle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace isoaudit {

namespace {
QString auditFilter()
{
    return DocumentController::tr("ISO 27001 audits (*.isoaudit);;All files (*)");
}
QString packageFilter()
{
    return DocumentController::tr("Audit packages (*.json *.isoaudit-pkg);;All files (*)");
}
QString withSuffix(QString path, const QString& suffix)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    return path;
}
} // namespace

DocumentController::DocumentController(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_backups(new BackupController(this))
{
    connect(m_backups, &BackupController::statusMessage, this, &DocumentController::statusMessage);
    ValueLabels::setBodyWording(AppSettings::bodyWording());
}

DocumentController::~DocumentController() = default;

void DocumentController::setDocument(std::unique_ptr<AuditDocument> document)
{
    if (m_document) {
        // Released only after everyone has heard that it is gone.
        std::unique_ptr<AuditDocument> old = std::move(m_document);
        emit documentChanged(nullptr);
    }
    m_document = std::move(document);
    if (m_document)
        emit documentChanged(m_document.get());
}

bool DocumentController::open(const QString& path, AuditDatabase::Mode mode)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_document && QFileInfo(m_document->path()).absoluteFilePath() == absolute
        && (m_document->isReadOnly() == (mode == AuditDatabase::Mode::ReadOnly))) {
        return true; // already open
    }
    const QFileInfo info(absolute);
    if (mode == AuditDatabase::Mode::ReadWrite && info.exists()
        && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
        const auto answer = MessageBoxHook::question(
            m_window, tr("Open Read-Only?"),
            tr("%1 cannot be opened for editing because the file or its folder is read-only.\n\n"
               "Open it read-only to look at it?")
                .arg(QDir::toNativeSeparators(absolute)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return false;
        mode = AuditDatabase::Mode::ReadOnly;
    }
    // The audit trail and the lock name the auditor from the settings (docs/security.md).
    AuditStore::setDefaultAuthor(AppSettings::auditorName());
    auto opened = AuditDocument::open(absolute, mode);
    const auto holder = opened ? std::nullopt : AuditLock::holder(absolute);
    if (!opened && mode == AuditDatabase::Mode::ReadWrite && holder && !AuditLock::isStale(*holder)) {
        // Someone else has it open for writing: offer read-only, or breaking a lock known to be left over.
        const auto answer = MessageBoxHook::question(
            m_window, tr("Audit Already Open"),
            tr("%1\n\nOpen: look at it read-only.\nIgnore: break the lock and edit it. Only do this when that copy "
               "of IsoAudit is no longer running, or two people will overwrite each other's work.")
                .arg(AuditLock::refusal(absolute, *holder)),
            QMessageBox::Open | QMessageBox::Ignore | QMessageBox::Cancel, QMessageBox::Open);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Ignore)
            (void)AuditLock::breakLock(absolute);
        opened = AuditDocument::open(absolute, answer == QMessageBox::Open ? AuditDatabase::Mode::ReadOnly : mode);
    }
    if (!opened) {
        MessageBoxHook::critical(
            m_window, tr("Cannot Open Audit"),
            tr("%1 could not be opened.\n\n%2").arg(QDir::toNativeSeparators(absolute), opened.error()));
        return false;
    }
    setDocument(std::move(opened).value());
    rememberDirectory(absolute);
    emit fileOpened(absolute);
    // The file name only: the full path is the status bar's tooltip and the window's file path.
    emit statusMessage(tr("Opened %1").arg(QFileInfo(absolute).fileName()));
    return true;
}

void DocumentController::close()
{
    setDocument(nullptr);
}

bool DocumentController::openWithDialog()
{
    const QString path = MessageBoxHook::openFileName(m_window, tr("Open Audit"), lastDirectory(), auditFilter());
    return !path.isEmpty() && open(path);
}

bool DocumentController::newAudit()
{
    NewAuditWizard wizard(m_window);
    if (wizard.exec() != QDialog::Accepted)
        return false;
    NewAudit audit = wizard.audit();
    QString kind = audit.auditType;
    if (wizard.isSoc2()) {
        const EngagementSeed seed = wizard.engagementSeed();
        auto engagement = Engagement::newAudit(seed);
        if (!engagement) {
            MessageBoxHook::critical(m_window, tr("Cannot Create Engagement"), engagement.error());
            return false;
        }
        audit = engagement.value();
        kind = QStringLiteral("soc2 ") + seed.reportType; // as the ISO proposal: the stored spelling ("stage2")
    }
    QString suggested = audit.client;
    suggested.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QString());
    const QString proposal
        = QDir(lastDirectory()).filePath(QStringLiteral("%1 %2.isoaudit").arg(suggested.trimmed(), kind));
    const QString path = withSuffix(
        MessageBoxHook::saveFileName(m_window, tr("Save New Audit As"), proposal, auditFilter()), "isoaudit");
    if (path.isEmpty())
        return false;
    if (QFileInfo::exists(path)) {
        MessageBoxHook::critical(m_window, tr("Cannot Create Audit"),
                                 tr("%1 already exists; the new audit was not created. Choose another name.")
                                     .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    auto created = Lifecycle::create(path, audit);
    if (!created) {
        MessageBoxHook::critical(m_window, tr("Cannot Create Audit"), created.error());
        return false;
    }
    if (const Status details = wizard.addDetails(*created.value()); !details)
        MessageBoxHook::warning(
            m_window, tr("Audit Created Incompletely"),
            tr("The audit was created, but the team and sites could not be added: %1").arg(details.error()));
    created.value().reset();
    return open(path);
}

void DocumentController::applyPreferences()
{
    AuditStore::setDefaultAuthor(AppSettings::auditorName());
    if (m_document)
        m_document->store().setAuthor(AppSettings::auditorName());
    m_backups->reloadSettings();
    // The grades' wording: models read it on their next paint.
    ValueLabels::setBodyWording(AppSettings::bodyWording());
    m_window->update();
}

bool DocumentController::saveCopyAs()
{
    if (!m_document)
        return false;
    const QString proposal = QFileInfo(m_document->path()).completeBaseName() + tr(" copy.isoaudit");
    const QString path
        = withSuffix(MessageBoxHook::saveFileName(m_window, tr("Save a Copy As"),
                                                  QDir(lastDirectory()).filePath(proposal), auditFilter()),
                     "isoaudit");
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_document->path()).absoluteFilePath()) {
        MessageBoxHook::critical(m_window, tr("Cannot Save Copy"), tr("A copy cannot replace the open audit itself."));
        return false;
    }
    if (const Status done = m_document->store().saveCopyAs(path); !done) {
        MessageBoxHook::critical(m_window, tr("Cannot Save Copy"), done.error());
        return false;
    }
    emit statusMessage(tr("Saved a copy as %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DocumentController::exportPackage()
{
    if (!m_document)
        return false;
    const QString proposal = QFileInfo(m_document->path()).completeBaseName() + QStringLiteral(".json");
    const QString path
        = withSuffix(MessageBoxHook::saveFileName(m_window, tr("Export Audit Package"),
                                                  QDir(lastDirectory()).filePath(proposal), packageFilter()),
                     "json");
    if (path.isEmpty())
        return false;
    if (const Status done = AuditPackage::exportToFile(m_document->store(), path); !done) {
        MessageBoxHook::critical(m_window, tr("Cannot Export Package"), done.error());
        return false;
    }
    emit statusMessage(tr("Exported the audit package to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DocumentController::exportEncryptedPackage()
{
    if (!m_document)
        return false;
    const QString proposal = QFileInfo(m_document->path()).completeBaseName() + QStringLiteral(".isoaudit-pkg");
    const QString path = MessageBoxHook::saveFileName(m_window, tr("Export Encrypted Package"),
                                                      QDir(lastDirectory()).filePath(proposal),
                                                      tr("Encrypted audit packages (*.isoaudit-pkg);;All files (*)"));
    if (path.isEmpty())
        return false;
    bool ok = false;
    const QString secret
        = QInputDialog::getText(m_window, tr("Encrypt Package"),
                                tr("Passphrase (give it to the recipient another way):"), QLineEdit::Password, {}, &ok);
    if (!ok)
        return false;
    const QString again = QInputDialog::getText(m_window, tr("Encrypt Package"), tr("The passphrase again:"),
                                                QLineEdit::Password, {}, &ok);
    if (!ok)
        return false;
    if (secret != again || secret.isEmpty()) {
        MessageBoxHook::critical(m_window, tr("Cannot Export Package"),
                                 secret.isEmpty() ? tr("The passphrase is empty.") : tr("The two passphrases differ."));
        return false;
    }
    auto bytes = AuditPackage::serialize(m_document->store());
    auto sealed
        = bytes ? PackageCrypto::encrypt(bytes.value(), secret.toUtf8()) : Result<QByteArray>(Error{bytes.error()});
    QSaveFile file(path);
    if (!sealed || !file.open(QIODevice::WriteOnly) || file.write(sealed.value()) != sealed->size() || !file.commit()) {
        MessageBoxHook::critical(
            m_window, tr("Cannot Export Package"),
            sealed ? tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())
                   : sealed.error());
        return false;
    }
    emit statusMessage(tr("Exported the encrypted audit package to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DocumentController::importPackage()
{
    const QString packagePath
        = MessageBoxHook::openFileName(m_window, tr("Import Audit Package"), lastDirectory(), packageFilter());
    if (packagePath.isEmpty())
        return false;
    QFile file(packagePath);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBoxHook::critical(
            m_window, tr("Cannot Import Package"),
            tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(packagePath), file.errorString()));
        return false;
    }
    QByteArray json = file.readAll();
    if (PackageCrypto::isEncrypted(json)) { // a sealed package (docs/audit-package.md): ask for its passphrase
        bool ok = false;
        const QString secret = QInputDialog::getText(m_window, tr("Encrypted Package"),
                                                     tr("Passphrase of %1:").arg(QFileInfo(packagePath).fileName()),
                                                     QLineEdit::Password, {}, &ok);
        if (!ok || secret.isEmpty())
            return false;
        auto plain = PackageCrypto::decrypt(json, secret.toUtf8());
        if (!plain) {
            MessageBoxHook::critical(m_window, tr("Cannot Import Package"), plain.error());
            return false;
        }
        json = plain.value();
    }
    const QString proposal = QFileInfo(packagePath).absolutePath() + QLatin1Char('/')
        + QFileInfo(packagePath).completeBaseName() + QStringLiteral(".isoaudit");
    const QString auditPath = withSuffix(
        MessageBoxHook::saveFileName(m_window, tr("Save Imported Audit As"), proposal, auditFilter()), "isoaudit");
    if (auditPath.isEmpty())
        return false;
    bool replace = false;
    if (QFileInfo::exists(auditPath)) {
        if (m_document && QFileInfo(m_document->path()).absoluteFilePath() == QFileInfo(auditPath).absoluteFilePath()) {
            MessageBoxHook::critical(m_window, tr("Cannot Import Package"),
                                     tr("The package cannot replace the audit that is open; choose another name."));
            return false;
        }
        replace = MessageBoxHook::question(
                      m_window, tr("Replace Audit?"),
                      tr("%1 exists. Replace it with the imported audit?").arg(QDir::toNativeSeparators(auditPath)))
            == QMessageBox::Yes;
        if (!replace)
            return false;
    }
    QStringList warnings;
    auto imported = AuditPackage::importToFile(auditPath, json, replace, &warnings);
    if (!imported) {
        MessageBoxHook::critical(m_window, tr("Cannot Import Package"), imported.error());
        return false;
    }
    imported.value().reset();
    if (!warnings.isEmpty())
        MessageBoxHook::information(m_window, tr("Package Imported"),
                                    tr("The package was imported with these notes:\n\n%1").arg(warnings.join("\n")));
    return open(auditPath);
}

QString DocumentController::demoDirectory()
{
    // AppDataLocation is <data>/<organization>/<application>: with both named "IsoAudit" it read
    // .../IsoAudit/IsoAudit/demo. The application folder is left out when it only repeats the organization's name.
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString legacy = QDir(appData).filePath(QStringLiteral("demo"));
    const QFileInfo appDataInfo(appData);
    const QString organization = QCoreApplication::organizationName();
    if (organization.isEmpty() || organization != QCoreApplication::applicationName()
        || appDataInfo.fileName() != organization || QFileInfo(appDataInfo.path()).fileName() != organization)
        return legacy;
    const QString dir = QDir(appDataInfo.path()).filePath(QStringLiteral("demo"));
    // A demo made by an earlier version (perhaps with the auditor's own edits) moves to the new folder; if it cannot
    // be moved it stays where it is and is used from there.
    if (!QFileInfo::exists(dir) && QFileInfo(legacy).isDir() && !QDir().rename(legacy, dir))
        return legacy;
    return dir;
}

QString DocumentController::ensureDemo(QString* error, DemoAudit::Which which)
{
    const QString dir = demoDirectory();
    if (!QDir().mkpath(dir)) {
        *error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return {};
    }
    auto demo = DemoAudit::ensure(dir, which);
    if (!demo) {
        *error = demo.error();
        return {};
    }
    return demo.value();
}

bool DocumentController::openDemo()
{
    QString error;
    const QString path = ensureDemo(&error);
    if (path.isEmpty()) {
        MessageBoxHook::critical(m_window, tr("Cannot Open Demo Audit"), error);
        return false;
    }
    return open(path);
}

bool DocumentController::openSoc2Demo()
{
    QString error;
    const QString path = ensureDemo(&error, DemoAudit::Which::Soc2);
    if (path.isEmpty()) {
        MessageBoxHook::critical(m_window, tr("Cannot Open Demo Engagement"), error);
        return false;
    }
    return open(path);
}

QString DocumentController::lastDirectory() const
{
    const QString stored = QSettings().value(QStringLiteral("lastDirectory")).toString();
    if (!stored.isEmpty() && QFileInfo(stored).isDir())
        return stored;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void DocumentController::rememberDirectory(const QString& path)
{
    if (!path.startsWith(demoDirectory()))
        QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
}

} // namespace isoaudit
