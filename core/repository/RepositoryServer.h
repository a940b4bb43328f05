// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace isoaudit {

/// Where the repository is: a PostgreSQL connection URL without its password (docs/repository.md), e.g.
/// `postgresql://anna@db.example.org:5432/isoaudit?sslmode=verify-full&sslrootcert=/etc/ssl/certs/body-ca.pem`, or a
/// Unix socket folder as the host: `postgresql://anna@%2Fvar%2Frun%2Fpostgresql/isoaudit` or `?host=/path`.
/// A URL carrying a password is refused: passwords are asked for or read from the keychain, never stored.
struct RepositoryServer
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryServer)

public:
    QString host; ///< a name, an address, or an absolute socket folder
    int port = 5432;
    QString database;
    QString user; ///< empty: the operating-system user, as libpq does
    QString sslMode; ///< disable, allow, prefer, require, verify-ca, verify-full ("" = libpq's default)
    QString sslRootCert; ///< the CA certificate file for verify-ca / verify-full
    QString sslCert; ///< a client certificate (optional)
    QString sslKey;

    static Result<RepositoryServer> parse(const QString& url);
    /// The URL again, without a password: what repository_link and messages show.
    QString toUrl() const;
    /// A short name for messages: "isoaudit on db.example.org:5432".
    QString displayName() const;
    /// The QPSQL connect options (sslmode, sslrootcert, …, connect_timeout).
    QString connectOptions() const;
    bool operator==(const RepositoryServer&) const = default;
};

} // namespace isoaudit
