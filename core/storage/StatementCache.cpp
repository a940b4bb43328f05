// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StatementCache.h"

#include <QSqlError>

namespace isoaudit {

QSqlQuery* StatementCache::prepared(const QString& sql, QString* error)
{
    auto found = m_statements.find(sql);
    if (found != m_statements.end()) {
        found->finish(); // a caller that did not release() it: start over (callers never nest one statement)
        return &found.value();
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        return nullptr;
    }
    return &(m_statements.insert(sql, query).value());
}

SqliteStatement* StatementCache::raw(const QString& sql, QString* error)
{
    auto found = m_raw.find(sql);
    if (found != m_raw.end())
        return found->get();
    auto statement = std::make_shared<SqliteStatement>(SqliteStatement::handleOf(m_db), sql);
    if (!statement->isValid()) {
        if (error)
            *error = statement->error();
        return nullptr;
    }
    return m_raw.insert(sql, std::move(statement))->get();
}

void StatementCache::release(QSqlQuery* query)
{
    if (!query)
        return;
    query->finish();
}

} // namespace isoaudit
