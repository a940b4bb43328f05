// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AuditStore.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace isoaudit {

/// File ▸ Give a Copy to a Team Member…: asks whom the copy is for (the audit's team members are offered, any name
/// may be typed) and where to write it (by default next to the audit, "<audit> – <member>.isoaudit"), then writes
/// it with TeamCopies::fork. A refusal (the file exists, the audit is signed) is said in the dialog, which stays
/// open; nothing is written then.
class GiveCopyDialog : public QDialog
{
    Q_OBJECT

public:
    /// `chooseFile` shows a save dialog (the window's, so tests can answer it) and returns "" when cancelled.
    GiveCopyDialog(AuditStore& store, std::function<QString(const QString& proposal)> chooseFile,
                   QWidget* parent = nullptr);

    /// "Audit – Anna Berg.isoaudit" next to `auditPath`.
    static QString defaultCopyPath(const QString& auditPath, const QString& member);

    /// Writes the copy; on success the dialog knows where (copyPath()) and for whom (member()).
    Status give();
    QString member() const;
    QString copyPath() const;

    QComboBox* memberCombo() const { return m_member; }
    QLineEdit* pathEdit() const { return m_path; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* okButton() const { return m_ok; }

    void accept() override;

private:
    void memberChanged();
    void update();

    AuditStore& m_store;
    std::function<QString(const QString&)> m_chooseFile;
    QComboBox* m_member = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_ok = nullptr;
    bool m_pathEdited = false; ///< the auditor typed or chose a path: a new member no longer renames it
};

} // namespace isoaudit
