// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace isoaudit {

/// One open `.isoaudit` file: the SQLite connection, its pragmas (WAL, synchronous=FULL, foreign keys) and the
/// schema migrations. It checks a file before it writes a byte to it, so a file that is not an audit, is damaged or
/// comes from a newer version is refused with a clear message and left untouched.
class AuditDatabase
{
    Q_DECLARE_TR_FUNCTIONS(AuditDatabase)

public:
    enum class Mode { ReadWrite, ReadOnly };

    ~AuditDatabase();
    AuditDatabase(const AuditDatabase&) = delete;
    AuditDatabase& operator=(const AuditDatabase&) = delete;

    /// Opens an existing audit file, migrating an older schema forward (after a backup copy beside it).
    static Result<std::unique_ptr<AuditDatabase>> open(const QString& path, Mode mode = Mode::ReadWrite);
    /// Creates an empty audit file with the current schema. Refuses to overwrite an existing file.
    static Result<std::unique_ptr<AuditDatabase>> create(const QString& path);
    /// Checks the file's header without opening it through SQLite: exists, not empty, SQLite, not truncated.
    static Status checkFile(const QString& path);

    QSqlDatabase& db() { return m_db; }
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    sqlite3* handle() const;

    /// Writes a consistent copy of the live database to `target` with SQLite's online backup API.
    Status saveCopyAs(const QString& target) const;

    /// Runs `sql` and returns a message that names the statement's purpose on failure.
    Status exec(const QString& sql);

private:
    AuditDatabase(QString path, Mode mode);
    Status connect(bool create);
    Status applyPragmas();
    Status migrate();

    QString m_path;
    QString m_connectionName;
    Mode m_mode;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
};

/// A write transaction (BEGIN IMMEDIATE) that rolls back unless committed: every edit is one of these.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& begun() const { return m_begun; }
    Status commit();

private:
    QSqlDatabase& m_db;
    Status m_begun;
    bool m_open = false;
};

} // namespace isoaudit
