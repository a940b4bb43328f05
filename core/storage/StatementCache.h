// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/SqliteStatement.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace isoaudit {

/// Prepared statements of one connection, kept by their SQL text: a statement is parsed by SQLite once and then
/// only bound and run again, which is most of the cost of a small INSERT or lookup repeated for thousands of rows
/// (an import). The statements must go before the connection does, so the cache belongs to whoever owns it.
class StatementCache
{
public:
    explicit StatementCache(const QSqlDatabase& db)
        : m_db(db)
    {
    }
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;
    ~StatementCache() { clear(); }

    /// The statement for `sql`, prepared and with no values bound, or nullptr (then `error` says why) if SQLite
    /// cannot prepare it. The caller binds every value (bindValue by position), runs and reads it, then calls
    /// release(); it must not ask for the same SQL again while it still reads this one's result.
    QSqlQuery* prepared(const QString& sql, QString* error = nullptr);
    /// The statement for `sql` bound and run through SQLite's C API (a bulk write's INSERTs), or nullptr (then
    /// `error` says why). SqliteStatement::run() leaves it reset for the next use.
    SqliteStatement* raw(const QString& sql, QString* error = nullptr);
    /// Lets go of the statement's result (its read lock) and bound values, keeping it prepared for next time.
    static void release(QSqlQuery* query);
    /// Drops every statement (the schema changed, or the connection is about to close).
    void clear()
    {
        m_statements.clear();
        m_raw.clear();
    }
    qsizetype size() const { return m_statements.size() + m_raw.size(); }

private:
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    QHash<QString, std::shared_ptr<SqliteStatement>> m_raw;
};

} // namespace isoaudit
