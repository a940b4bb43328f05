// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace isoaudit {

/// The repository password in the desktop's keychain (Secret Service, KWallet, Windows Credential Manager, macOS
/// Keychain) through QtKeychain, when the build has it. Never a file or QSettings: without a keychain the password
/// is asked for each time. The key is the server's URL without a password (RepositoryServer::toUrl()).
class PasswordKeychain
{
    Q_DECLARE_TR_FUNCTIONS(PasswordKeychain)

public:
    /// Whether this build can use a keychain at all (the desktop may still refuse when asked).
    static bool available();
    /// The stored password, nullopt when there is none or no keychain answers.
    static std::optional<QString> read(const QString& key);
    static Status write(const QString& key, const QString& password);
    static Status remove(const QString& key);
};

} // namespace isoaudit
