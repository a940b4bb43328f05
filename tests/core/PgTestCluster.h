// SPDX-License-Identifier: GPL-3.0-or-later
// A PostgreSQL 15 cluster of the test's own (issue 18): Debian's binaries from /usr/lib/postgresql/15/bin, initdb into
// a temporary folder under /tmp, listening only on a Unix socket in that folder, started with pg_ctl -w and stopped
// by the destructor. PostgreSQL refuses to run as root, so under root (CI) the folder is given to the unprivileged
// user `nobody` and initdb/pg_ctl run through `runuser -u nobody --`. Passwords are checked (scram-sha-256), so a
// test proves the caller's password is what connects.
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

#include <unistd.h>

namespace pgtest {

class PgTestCluster
{
public:
    static QString binDir() { return QStringLiteral("/usr/lib/postgresql/15/bin"); }
    static QString superPassword() { return QStringLiteral("super-secret-for-tests"); }

    PgTestCluster()
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
            conf.close();
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
            for (const QString& name : m_connections)
                QSqlDatabase::removeDatabase(name);
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

    isoaudit::RepositoryServer server(const QString& user, const QString& database = QStringLiteral("isoaudit")) const
    {
        isoaudit::RepositoryServer s;
        s.host = socketDir();
        s.port = 5432;
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
            db.setPort(5432);
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
        if (!sql(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2'").arg(role, password), error))
            return false;
        for (const QString& group : groups) {
            if (!sql(QStringLiteral("GRANT %1 TO \"%2\"").arg(group, role), error))
                return false;
        }
        return true;
    }

private:
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
    QStringList m_connections;
    bool m_running = false;
};

} // namespace pgtest
