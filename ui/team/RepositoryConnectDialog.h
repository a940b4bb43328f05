// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repository/Repository.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace isoaudit {

/// Connecting to the certification body's repository (File ▸ Repository): the server's address, the user, the
/// password, and "remember the password in the desktop keychain" where the build has one. The password is never
/// written to a file or the settings; the address and the user are remembered. To check an audit out, Connect lists
/// the audits the user may see (client, lead, type, state, who has it checked out) and OK takes the chosen one; to
/// sign in for a push or pull, OK only checks the fields. Errors (an address with a password in it, a server that is
/// down) are said in the dialog, which stays open.
class RepositoryConnectDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { CheckOut, SignIn };

    explicit RepositoryConnectDialog(Purpose purpose, QWidget* parent = nullptr);

    /// Fills the address (and its user) and the password the keychain holds for it; `fixed`: the audit's own
    /// server, not to be changed here.
    void setServer(const QString& url, bool fixed = false);
    /// The server from the fields (the user field wins over a user in the address), or why it cannot be used.
    Result<RepositoryServer> server() const;
    QString password() const;
    /// After a successful connection: keeps the address and user in the settings and the password in the keychain
    /// when asked to (or forgets it there when the box was cleared).
    void remember() const;

    /// Check-out: connects in a worker thread and lists the audits; false (the reason shown) when that fails.
    bool connectAndList();
    std::optional<RepositoryAudit> chosenAudit() const;

    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QCheckBox* rememberCheckBox() const { return m_remember; }
    QPushButton* connectButton() const { return m_connect; }
    QTableWidget* auditTable() const { return m_audits; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* okButton() const { return m_ok; }

    void accept() override;

private:
    void showMessage(const QString& text);
    void update();

    Purpose m_purpose;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QPushButton* m_connect = nullptr;
    QTableWidget* m_audits = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_ok = nullptr;
    QList<RepositoryAudit> m_list;
};

} // namespace isoaudit
