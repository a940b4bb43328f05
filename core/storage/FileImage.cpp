// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/FileImage.h"

#include "storage/AuditStore.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace isoaudit {

namespace {

QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

void removeWithJournals(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

QString FileImageTable::key(const QVariantList& row) const
{
    QStringList parts;
    for (const QString& column : keyColumns)
        parts << row.value(columns.indexOf(column)).toString();
    return parts.join(QChar(0x1f));
}

const QStringList& FileImage::localTables()
{
    static const QStringList tables{QStringLiteral("team_origin"), QStringLiteral("team_copy"),
                                    QStringLiteral("repository_link")};
    return tables;
}

const FileImageTable* FileImage::table(const QString& name) const
{
    for (const FileImageTable& t : tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

Result<FileImage> FileImage::read(const AuditStore& store)
{
    QSqlDatabase db = store.m_database->db();
    FileImage image;
    image.schemaVersion = store.schemaVersion();
    // One read transaction: every table as of the same moment.
    const bool ownTransaction = store.m_batchDepth == 0;
    if (ownTransaction && !db.transaction())
        return Error{tr("Could not read %1: %2").arg(QDir::toNativeSeparators(store.path()), db.lastError().text())};
    auto finish = [&] {
        if (ownTransaction)
            db.rollback();
    };
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QStringList names;
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                                   " ORDER BY rowid"))) {
        finish();
        return Error{tr("Could not read %1: %2").arg(QDir::toNativeSeparators(store.path()), query.lastError().text())};
    }
    while (query.next()) {
        if (!localTables().contains(query.value(0).toString()))
            names << query.value(0).toString();
    }
    for (const QString& name : names) {
        FileImageTable table;
        table.name = name;
        QList<std::pair<int, QString>> keyParts;
        if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(name)))) {
            finish();
            return Error{tr("Could not read the table %1: %2").arg(name, query.lastError().text())};
        }
        bool integerKey = false;
        QStringList blobTyped;
        while (query.next()) {
            table.columns << query.value(1).toString();
            if (query.value(2).toString().compare(QLatin1String("BLOB"), Qt::CaseInsensitive) == 0)
                blobTyped << query.value(1).toString();
            if (const int pk = query.value(5).toInt(); pk > 0) {
                keyParts.append({pk, query.value(1).toString()});
                integerKey = query.value(2).toString().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
            }
        }
        std::sort(keyParts.begin(), keyParts.end());
        for (const auto& part : keyParts)
            table.keyColumns << part.second;
        // A rowid table keeps its rowids: records come back in creation order, which the store's reads follow.
        // (An INTEGER PRIMARY KEY is the rowid itself; a WITHOUT ROWID table has none.)
        const bool hasRowid = QSqlQuery(db).exec(QStringLiteral("SELECT rowid FROM %1 LIMIT 0").arg(quoted(name)));
        const bool rowidIsKey = table.keyColumns.size() == 1 && integerKey;
        if (hasRowid && !rowidIsKey)
            table.columns.prepend(QStringLiteral("rowid"));
        QStringList selected;
        for (const QString& column : table.columns)
            selected << quoted(column);
        // Qt reads a zero-length blob as a null QByteArray, which it would bind as NULL: ask SQLite which it is.
        QList<int> blobColumns;
        for (int i = 0; i < table.columns.size(); ++i) {
            if (blobTyped.contains(table.columns.at(i))) {
                blobColumns << i;
                selected << QStringLiteral("typeof(%1)").arg(quoted(table.columns.at(i)));
            }
        }
        QString sql = QStringLiteral("SELECT %1 FROM %2").arg(selected.join(QLatin1String(", ")), quoted(name));
        if (hasRowid) {
            sql += QStringLiteral(" ORDER BY rowid");
        } else if (!table.keyColumns.isEmpty()) {
            QStringList order;
            for (const QString& column : table.keyColumns)
                order << quoted(column);
            sql += QStringLiteral(" ORDER BY ") + order.join(QLatin1String(", "));
        }
        if (!query.exec(sql)) {
            finish();
            return Error{tr("Could not read the table %1: %2").arg(name, query.lastError().text())};
        }
        const int width = int(table.columns.size());
        while (query.next()) {
            QVariantList row;
            row.reserve(width);
            for (int i = 0; i < width; ++i)
                row << query.value(i);
            for (int b = 0; b < blobColumns.size(); ++b) {
                if (query.value(width + b).toString() == QLatin1String("blob") && row.at(blobColumns.at(b)).toByteArray().isNull())
                    row[blobColumns.at(b)] = QVariant(QByteArray("", 0));
            }
            table.rows << std::move(row);
        }
        image.tables << std::move(table);
    }
    finish();
    return image;
}

Status FileImage::write(const QString& path) const
{
    const QString native = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path))
        return Error{tr("%1 already exists; choose another name.").arg(native)};
    if (schemaVersion != Schema::currentVersion())
        return Error{schemaVersion > Schema::currentVersion()
                         ? tr("The audit is in file format %1, newer than this IsoAudit (format %2): update IsoAudit.")
                               .arg(schemaVersion)
                               .arg(Schema::currentVersion())
                         : tr("The audit is in file format %1, older than this IsoAudit's (format %2): push it again "
                              "with this version.")
                               .arg(schemaVersion)
                               .arg(Schema::currentVersion())};
    const QString partial = path + QStringLiteral(".writing");
    removeWithJournals(partial);
    auto fail = [&](const QString& why) -> Status {
        removeWithJournals(partial);
        return Error{tr("Could not write %1: %2").arg(native, why)};
    };
    {
        auto created = AuditStore::createEmpty(partial);
        if (!created)
            return fail(created.error());
        AuditStore& store = *created.value();
        QSqlDatabase db = store.m_database->db();
        // Rows go in table by table; the references between them hold once all are in.
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        if (!db.transaction())
            return fail(db.lastError().text());
        for (const FileImageTable& table : tables) {
            if (localTables().contains(table.name) || table.rows.isEmpty())
                continue;
            QStringList columns;
            QStringList marks;
            for (const QString& column : table.columns) {
                columns << quoted(column);
                marks << QStringLiteral("?");
            }
            QSqlQuery insert(db);
            if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(quoted(table.name), columns.join(QLatin1String(", ")),
                                         marks.join(QLatin1String(", "))))) {
                db.rollback();
                return fail(tr("the table %1 is not in this file format (%2)")
                                .arg(table.name, insert.lastError().text()));
            }
            for (const QVariantList& row : table.rows) {
                if (row.size() != table.columns.size()) {
                    db.rollback();
                    return fail(tr("a row of %1 has %2 values for %3 columns")
                                    .arg(table.name)
                                    .arg(row.size())
                                    .arg(table.columns.size()));
                }
                for (int i = 0; i < row.size(); ++i)
                    insert.bindValue(i, row.at(i));
                if (!insert.exec()) {
                    db.rollback();
                    return fail(tr("a row of %1 was refused: %2").arg(table.name, insert.lastError().text()));
                }
            }
        }
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")) || check.next()) {
            const QString table = check.isActive() ? check.value(0).toString() : QString();
            check.finish();
            db.rollback();
            return fail(tr("a row of %1 refers to a record that is not in the audit").arg(table));
        }
        check.finish();
        if (!db.commit()) {
            const QString why = db.lastError().text();
            db.rollback();
            return fail(why);
        }
        pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        const TrailVerification verified = store.verifyTrail();
        if (!verified.ok)
            return fail(tr("its audit trail does not verify (%1)").arg(verified.message));
        if (auto left = store.leaveWriteAheadLog(); !left)
            return fail(left.error());
    }
    if (!QFile::rename(partial, path))
        return fail(tr("the finished file could not be renamed into place"));
    return {};
}

} // namespace isoaudit
