// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoAudit.h"
#include "storage/AuditDatabase.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace isoaudit {

class AuditDocument;
class BackupController;

/// The File and Help menu work of the main window: opening, creating, copying, exporting and importing audit
/// files, and the demo audit. It owns the one open AuditDocument and tells the window when it changes. Failures
/// are shown with the store's own message (through MessageBoxHook) and leave the files as they were.
class DocumentController : public QObject
{
    Q_OBJECT

public:
    explicit DocumentController(QWidget* window);
    ~DocumentController() override;

    AuditDocument* document() const { return m_document.get(); }
    /// The folder the last file was opened from or saved to (QSettings), else the documents folder.
    QString lastDirectory() const;
    /// The rolling backups of the open audit and File > Restore from Backup….
    BackupController* backups() const { return m_backups; }

    /// Opens `path`; when the file cannot be written, offers to open it read-only. Returns false (after telling
    /// the user why) if nothing was opened; the current audit then stays open.
    bool open(const QString& path, AuditDatabase::Mode mode = AuditDatabase::Mode::ReadWrite);
    void close();
    bool openWithDialog();
    bool newAudit();
    bool saveCopyAs();
    bool exportPackage();
    /// The package sealed with a passphrase (AES-256-GCM + scrypt) for mail or a USB stick.
    bool exportEncryptedPackage();
    bool importPackage();
    bool openDemo();
    /// Opens the SOC 2 demo engagement (a Type 2 examination with its populations, samples and exceptions).
    bool openSoc2Demo();
    /// After Preferences: the trail names the auditor from the settings, backups take the new interval.
    void applyPreferences();
    /// Where the demo audit lives: <data>/IsoAudit/demo (AppDataLocation/demo, without repeating the application
    /// name as organization folder); a demo left in the old .../IsoAudit/IsoAudit/demo is moved there.
    static QString demoDirectory();
    /// Creates (if missing) the demo audit and returns its path, or "" with `error` set.
    static QString ensureDemo(QString* error, DemoAudit::Which which = DemoAudit::Which::Iso27001);

signals:
    /// Emitted after an audit was opened or closed (nullptr). Before the old document is destroyed, panes get
    /// documentChanged(nullptr) so nothing refers to it.
    void documentChanged(isoaudit::AuditDocument* document);
    void fileOpened(const QString& path);
    void statusMessage(const QString& message);

private:
    void setDocument(std::unique_ptr<AuditDocument> document);
    void rememberDirectory(const QString& path);

    QWidget* m_window;
    BackupController* m_backups;
    std::unique_ptr<AuditDocument> m_document;
};

} // namespace isoaudit
