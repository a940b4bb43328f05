// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/RepositoryServer.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace isoaudit {

namespace {

QString decoded(const QString& part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString encoded(const QString& part)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(part));
}

const QStringList& sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

} // namespace

Result<RepositoryServer> RepositoryServer::parse(const QString& url)
{
    // postgresql://[user@][host][:port]/database[?param=value&...], as libpq writes it; the host may be a socket
    // folder, percent-encoded (%2F) or given as ?host=.
    static const QRegularExpression pattern(
        QStringLiteral("^postgres(?:ql)?://(?:([^@/]*)@)?([^/:?]*)(?::(\\d+))?/([^?/]+)(?:\\?(.*))?$"));
    const auto match = pattern.match(url.trimmed());
    if (!match.hasMatch())
        return Error{tr("\"%1\" is not a repository address; write it as postgresql://USER@HOST:PORT/DATABASE "
                        "(docs/repository.md).")
                         .arg(url)};
    RepositoryServer server;
    const QString userInfo = match.captured(1);
    if (userInfo.contains(QLatin1Char(':')))
        return Error{tr("The repository address carries a password; leave it out: IsoAudit asks for it (or reads it "
                        "from the keychain) and never stores it.")};
    server.user = decoded(userInfo);
    server.host = decoded(match.captured(2));
    if (!match.captured(3).isEmpty())
        server.port = match.captured(3).toInt();
    server.database = decoded(match.captured(4));
    const QUrlQuery query(match.captured(5));
    for (const auto& [name, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString value = rawValue;
        if (name == QLatin1String("host"))
            server.host = value;
        else if (name == QLatin1String("port"))
            server.port = value.toInt();
        else if (name == QLatin1String("user"))
            server.user = value;
        else if (name == QLatin1String("sslmode"))
            server.sslMode = value;
        else if (name == QLatin1String("sslrootcert"))
            server.sslRootCert = value;
        else if (name == QLatin1String("sslcert"))
            server.sslCert = value;
        else if (name == QLatin1String("sslkey"))
            server.sslKey = value;
        else if (name == QLatin1String("password"))
            return Error{tr("The repository address carries a password; leave it out: IsoAudit asks for it (or reads "
                            "it from the keychain) and never stores it.")};
        else
            return Error{tr("Unknown setting \"%1\" in the repository address; use host, port, user, sslmode, "
                            "sslrootcert, sslcert or sslkey.")
                             .arg(name)};
    }
    if (server.port <= 0 || server.port > 65535)
        return Error{tr("The repository address has no valid port.")};
    if (!server.sslMode.isEmpty() && !sslModes().contains(server.sslMode))
        return Error{tr("Unknown sslmode \"%1\"; use one of: %2.").arg(server.sslMode, sslModes().join(QLatin1String(", ")))};
    if (server.sslMode.startsWith(QLatin1String("verify")) && server.sslRootCert.isEmpty())
        return Error{tr("sslmode=%1 needs the certificate authority that signed the server's certificate: add "
                        "sslrootcert=/path/to/ca.pem to the address.")
                         .arg(server.sslMode)};
    return server;
}

QString RepositoryServer::toUrl() const
{
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        url += encoded(user) + QLatin1Char('@');
    url += encoded(host);
    if (port != 5432)
        url += QLatin1Char(':') + QString::number(port);
    url += QLatin1Char('/') + encoded(database);
    QStringList parameters;
    const std::pair<const char*, const QString*> settings[] = {
        {"sslmode", &sslMode}, {"sslrootcert", &sslRootCert}, {"sslcert", &sslCert}, {"sslkey", &sslKey}};
    for (const auto& [name, value] : settings) {
        if (!value->isEmpty())
            parameters << QLatin1String(name) + QLatin1Char('=') + encoded(*value);
    }
    if (!parameters.isEmpty())
        url += QLatin1Char('?') + parameters.join(QLatin1Char('&'));
    return url;
}

QString RepositoryServer::displayName() const
{
    const QString where = host.startsWith(QLatin1Char('/')) ? host : QStringLiteral("%1:%2").arg(host).arg(port);
    return tr("%1 on %2").arg(database, where.isEmpty() ? QStringLiteral("localhost") : where);
}

QString RepositoryServer::connectOptions() const
{
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=IsoAudit")};
    const std::pair<const char*, const QString*> settings[] = {
        {"sslmode", &sslMode}, {"sslrootcert", &sslRootCert}, {"sslcert", &sslCert}, {"sslkey", &sslKey}};
    for (const auto& [name, value] : settings) {
        if (!value->isEmpty())
            options << QLatin1String(name) + QLatin1Char('=') + *value;
    }
    return options.join(QLatin1Char(';'));
}

} // namespace isoaudit
