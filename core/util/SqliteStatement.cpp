// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/SqliteStatement.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

#include <utility>

namespace isoaudit {

sqlite3* SqliteStatement::handleOf(const QSqlDatabase& db)
{
    // Debian's and the official Qt builds' QSQLITE driver links the system libsqlite3, which this program links too;
    // the handle says "sqlite3*" either way, so a Qt with its own bundled SQLite would need ISOAUDIT to fall back.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

SqliteStatement::SqliteStatement(sqlite3* db, const QString& sql)
    : m_db(db)
{
    if (!db) {
        m_error = QStringLiteral("no SQLite connection");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_error(std::move(other.m_error))
    , m_kept(std::move(other.m_kept))
{
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_error = std::move(other.m_error);
        m_kept = std::move(other.m_kept);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

int SqliteStatement::parameterCount() const
{
    return m_statement ? sqlite3_bind_parameter_count(m_statement) : 0;
}

void SqliteStatement::bind(int index, const QVariant& value)
{
    // What QSQLiteResult::exec does with each value (Qt 6.4), text aside: it binds UTF-16, SQLite stores UTF-8.
    if (!value.isValid() || value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QString: {
        const QString* text = static_cast<const QString*>(value.constData());
        if (text->isNull())
            bindNull(index);
        else
            bindText(index, *text);
        return;
    }
    case QMetaType::QByteArray: {
        const QByteArray* bytes = static_cast<const QByteArray*>(value.constData());
        if (bytes->isNull()) {
            bindNull(index);
            return;
        }
        m_kept.push_back(*bytes);
        sqlite3_bind_blob(m_statement, index, m_kept.back().constData(), int(m_kept.back().size()), SQLITE_STATIC);
        return;
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        sqlite3_bind_int(m_statement, index, value.toInt());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, index, value.toDouble());
        return;
    case QMetaType::UInt:
    case QMetaType::LongLong:
        sqlite3_bind_int64(m_statement, index, value.toLongLong());
        return;
    case QMetaType::QDateTime:
        bindText(index, value.toDateTime().toString(Qt::ISODateWithMs));
        return;
    case QMetaType::QTime:
        bindText(index, value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")));
        return;
    default:
        bindText(index, value.toString());
    }
}

void SqliteStatement::bindText(int index, QStringView text)
{
    bindUtf8(index, text.toUtf8());
}

void SqliteStatement::bindUtf8(int index, QByteArray utf8)
{
    if (utf8.isNull())
        utf8 = QByteArray(""); // text, even when empty: a null QByteArray has no data pointer
    m_kept.push_back(std::move(utf8));
    sqlite3_bind_text(m_statement, index, m_kept.back().constData(), int(m_kept.back().size()), SQLITE_STATIC);
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool SqliteStatement::run()
{
    if (!m_statement)
        return false;
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_statement);
    const bool done = rc == SQLITE_DONE;
    if (!done)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    reset();
    return done;
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

QString SqliteStatement::textColumn(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)) : QString();
}

bool SqliteStatement::isNullColumn(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

void SqliteStatement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_kept.clear();
}

} // namespace isoaudit
