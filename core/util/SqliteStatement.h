// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

namespace isoaudit {

/// One prepared statement bound and run through SQLite's C API on the connection Qt's QSQLITE driver holds, for the
/// few statements a bulk write runs thousands of times (an import's record, link and trail INSERTs). Qt's layer costs
/// more than SQLite itself there: QSqlQuery::bindValue builds a placeholder name per value, and text goes in as
/// UTF-16 for SQLite to convert back to UTF-8. Here text is bound as UTF-8 and values are bound as Qt's driver binds
/// them (QSQLiteResult::exec), so what SQLite stores is the same either way.
class SqliteStatement
{
public:
    /// The connection's sqlite3 handle, or nullptr when the driver is not Qt's QSQLITE over the sqlite3 library
    /// this program links (callers then keep to QSqlQuery).
    static sqlite3* handleOf(const QSqlDatabase& db);

    SqliteStatement() = default;
    SqliteStatement(sqlite3* db, const QString& sql);
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    ~SqliteStatement();

    bool isValid() const { return m_statement != nullptr; }
    /// Why the statement could not be prepared or the last run() failed.
    const QString& error() const { return m_error; }
    int parameterCount() const;

    /// Binds by position, 1-based as in SQLite. A null variant (and a null string or byte array) binds NULL, as
    /// Qt's driver does; a bool and the integer types bind integers; text is bound as UTF-8.
    void bind(int index, const QVariant& value);
    void bindText(int index, QStringView text);
    void bindUtf8(int index, QByteArray utf8);
    void bindInt(int index, qint64 value);
    void bindNull(int index);

    /// Runs the statement to its end (an INSERT/UPDATE/DELETE), then resets it and lets go of the bound values.
    bool run();
    /// Steps once; true while a row is available (read it with the column functions), false at the end or on an
    /// error (then error() is set). Call reset() when done.
    bool next();
    QString textColumn(int column) const;
    bool isNullColumn(int column) const;
    void reset();

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
    std::vector<QByteArray> m_kept; ///< UTF-8 texts bound without a copy, alive until the statement is reset
};

} // namespace isoaudit
