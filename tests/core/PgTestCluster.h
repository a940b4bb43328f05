// SPDX-License-Identifier: GPL-3.0-or-later
// A PostgreSQL 15 cluster of the test's own (issue 18): Debian's binaries from /usr/lib/postgresql/15/bin, initdb into
// a temporary folder under /tmp, listening only on a Unix socket in that folder, started with pg_ctl -w and stopped
// by the destructor. PostgreSQL refuses to run as root, so under root (CI) the folder is given to the unprivileged
// user `nobody` and initdb/pg_ctl run through `runuser -u nobody --`. Passwords are checked (scram-sha-256), so a
// test proves the caller's password is what connects. With Tls::On it also listens on 127.0.0.1 for TLS only
// (hostssl), with a server certificate for "localhost" signed by a test CA made with the openssl command line.
#pragma once

#include "repository/Repository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pgtest {

class PgTestCluster
{
public:
    static QString binDir() { return QStringLiteral("/usr/lib/postgresql/15/bin"); }
    static QString superPassword() { return QStringLiteral("super-secret-for-tests"); }

    enum class Tls { Off, On };

    explicit PgTestCluster(Tls tls = Tls::Off)
        : m_dir(QStringLiteral("/tmp/isoaudit-pg-XXXXXX"))
    {
        if (!QFile::exists(binDir() + QStringLiteral("/initdb"))) {
            m_error = QStringLiteral("PostgreSQL 15 is not installed (%1/initdb); run scripts/install-deps.sh")
                          .arg(binDir());
            return;
        }
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
            return;
        }
        m_dataDir = m_dir.filePath(QStringLiteral("data"));
        const QString pwfile = m_dir.filePath(QStringLiteral("pwfile"));
        {
            QFile file(pwfile);
            if (!file.open(QIODevice::WriteOnly)) {
                m_error = QStringLiteral("cannot write %1").arg(pwfile);
                return;
            }
            file.write(superPassword().toUtf8() + '\n');
        }
        if (tls == Tls::On && !makeCertificates())
            return;
        if (geteuid() == 0) {
            m_runAs = QStringLiteral("nobody");
            QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                    | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                                    | QFile::ExeOther);
            if (!run(QStringLiteral("chown"), {QStringLiteral("-R"), m_runAs, m_dir.path()}, false))
                return;
        }
        if (!run(binDir() + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), QStringLiteral("postgres"),
                  QStringLiteral("--pwfile=") + pwfile, QStringLiteral("--auth=scram-sha-256"),
                  QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                  QStringLiteral("--no-sync")},
                 true))
            return;
        // Tests need no durability; they need speed. Only the socket in the folder: nothing else can reach it.
        QFile conf(m_dataDir + QStringLiteral("/postgresql.conf"));
        if (conf.open(QIODevice::Append)) {
            conf.write("\nlisten_addresses = ''\nunix_socket_directories = '" + m_dir.path().toUtf8()
                       + "'\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 40\n"
                         "shared_buffers = 32MB\n");
            if (tls == Tls::On) {
                m_tlsPort = freePort();
                conf.write("listen_addresses = '127.0.0.1'\nport = " + QByteArray::number(m_tlsPort)
                           + "\nssl = on\nssl_cert_file = '" + m_dir.filePath(QStringLiteral("server.crt")).toUtf8()
                           + "'\nssl_key_file = '" + m_dir.filePath(QStringLiteral("server.key")).toUtf8() + "'\n");
            }
            conf.close();
        }
        if (tls == Tls::On) {
            // TCP only with TLS: a plain connection is refused by the server itself.
            QFile hba(m_dataDir + QStringLiteral("/pg_hba.conf"));
            if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                m_error = QStringLiteral("cannot write pg_hba.conf");
                return;
            }
            hba.write("local all all scram-sha-256\nhostssl all all 127.0.0.1/32 scram-sha-256\n");
        }
        if (!run(binDir() + QStringLiteral("/pg_ctl"),
                 {QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
                  QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")},
                 true))
            return;
        m_running = true;
    }

    ~PgTestCluster()
    {
        if (m_running) {
            run(binDir() + QStringLiteral("/pg_ctl"),
                {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("immediate"),
                 QStringLiteral("-w"), QStringLiteral("stop")},
                true);
        }
    }

    PgTestCluster(const PgTestCluster&) = delete;
    PgTestCluster& operator=(const PgTestCluster&) = delete;

    bool isRunning() const { return m_running; }
    const QString& error() const { return m_error; }
    QString socketDir() const { return m_dir.path(); }
    QString serverLog() const
    {
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    }

    int tlsPort() const { return m_tlsPort; }
    int port() const { return m_tlsPort ? m_tlsPort : 5432; }
    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    /// Another CA's certificate, which did not sign the server's.
    QString otherCaFile() const { return m_dir.filePath(QStringLiteral("other-ca.pem")); }
    /// The TLS address: host "localhost" (the name in the server's certificate), sslmode verify-full.
    isoaudit::RepositoryServer tlsServer(const QString& user, const QString& database = QStringLiteral("isoaudit")) const
    {
        isoaudit::RepositoryServer s;
        s.host = QStringLiteral("localhost");
        s.port = m_tlsPort;
        s.user = user;
        s.database = database;
        s.sslMode = QStringLiteral("verify-full");
        s.sslRootCert = caFile();
        return s;
    }

    isoaudit::RepositoryServer server(const QString& user, const QString& database = QStringLiteral("isoaudit")) const
    {
        isoaudit::RepositoryServer s;
        s.host = socketDir();
        s.port = port(); // the socket's name carries the port
        s.user = user;
        s.database = database;
        return s;
    }

    /// Runs SQL as `user` (default: the superuser) on its own connection; returns the first column of each row, or
    /// nullopt with `error` filled.
    std::optional<QStringList> sql(const QString& statement, QString* error = nullptr,
                                   const QString& user = QStringLiteral("postgres"), const QString& password = {},
                                   const QString& database = QStringLiteral("isoaudit"))
    {
        const QString name = QStringLiteral("pgtest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        std::optional<QStringList> result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(socketDir());
            db.setPort(port());
            db.setDatabaseName(database);
            db.setUserName(user);
            db.setPassword(password.isEmpty() ? superPassword() : password);
            if (!db.open()) {
                if (error)
                    *error = db.lastError().text();
            } else {
                QSqlQuery query(db);
                if (!query.exec(statement)) {
                    if (error)
                        *error = query.lastError().text();
                } else {
                    QStringList rows;
                    while (query.next())
                        rows << query.value(0).toString();
                    result = rows;
                }
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

    /// A login role with a password, member of `groups`.
    bool createLogin(const QString& role, const QString& password, const QStringList& groups, QString* error)
    {
        // Roles belong to the cluster: made through the maintenance database, which always exists.
        const QString maintenance = QStringLiteral("postgres");
        if (!sql(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2'").arg(role, password), error, maintenance, {},
                 maintenance))
            return false;
        for (const QString& group : groups) {
            if (!sql(QStringLiteral("GRANT %1 TO \"%2\"").arg(group, role), error, maintenance, {}, maintenance))
                return false;
        }
        return true;
    }

private:
    /// A TCP port nothing listens on now (the kernel's choice for port 0).
    static int freePort()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        int port = 0;
        if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0
            && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
            port = ntohs(address.sin_port);
        if (fd >= 0)
            ::close(fd);
        return port ? port : 20000 + int(getpid() % 20000);
    }

    bool makeCertificates()
    {
        const QString openssl = QStringLiteral("openssl");
        const QString dir = m_dir.path();
        auto file = [&](const char* name) { return dir + QLatin1Char('/') + QLatin1String(name); };
        QFile ext(file("server.ext"));
        if (!ext.open(QIODevice::WriteOnly) || ext.write("subjectAltName=DNS:localhost\n") < 0)
            return false;
        ext.close();
        const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        for (const char* ca : {"ca", "other-ca"}) {
            if (!run(openssl,
                     QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                         + QStringList{QStringLiteral("-keyout"), file(ca) + QStringLiteral(".key"), QStringLiteral("-out"),
                                       file(ca) + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2"),
                                       QStringLiteral("-subj"), QStringLiteral("/CN=IsoAudit test CA %1").arg(QLatin1String(ca))},
                     false))
                return false;
        }
        if (!run(openssl,
                 QStringList{QStringLiteral("req")} + ec
                     + QStringList{QStringLiteral("-keyout"), file("server.key"), QStringLiteral("-out"), file("server.csr"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
                 false))
            return false;
        if (!run(openssl,
                 {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), file("server.csr"),
                  QStringLiteral("-CA"), file("ca.pem"), QStringLiteral("-CAkey"), file("ca.key"),
                  QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), file("server.crt"), QStringLiteral("-days"),
                  QStringLiteral("2"), QStringLiteral("-extfile"), file("server.ext")},
                 false))
            return false;
        // PostgreSQL refuses a key others may read.
        return QFile::setPermissions(file("server.key"), QFile::ReadOwner | QFile::WriteOwner);
    }

    bool run(const QString& program, const QStringList& arguments, bool asServerUser)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (asServerUser && !m_runAs.isEmpty())
            process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"),
                                                                 program}
                                                         + arguments);
        else
            process.start(program, arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            m_error = QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(process.readAll()));
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_dataDir;
    QString m_runAs;
    QString m_error;
    int m_tlsPort = 0;
    bool m_running = false;
};

} // namespace pgtest
